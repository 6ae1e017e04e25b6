"""The learned half of the name and account-number search: two small logistic-regression models
over hand-made features, trained on the development redaction sets (`mot_detect/train/
redaction_model.py`) and shipped as weights in `learned.json`.

The rules (patterns.py, name_patterns.py, finder.py) know the phrasings that say a name or a number
comes. What they cannot list is the open-ended rest: "my lodger kemal is at work", "the pans were
77609407". Each word the rules left alone is a name candidate, each number run of three or more
digits an account candidate; a candidate is described by what it is (census first name or surname,
how frequent a word, capitalised, how many digits, spoken or typed) and by what is around it (the
words either side, what the agent asked for, what the last turns gave), and the model's probability
decides. The models only add to what the rules found; they never take anything away."""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from mot_detect.redact import name_patterns, patterns, vocabulary
from mot_detect.redact.numbers import NumberRun
from mot_detect.redact.patterns import Found

WEIGHTS_FILE = Path(__file__).with_name("learned.json")
NAME = "NAME"
ACCOUNT = "ACCOUNT_NUMBER"

_TOKEN = re.compile(r"[^\W\d_][\w'’-]*|\d+")
_NAME_CANDIDATE = re.compile(r"[^\W\d_][^\W\d_'’]*(?:['’][^\W\d_]+)?(?:-[^\W\d_]+)?")
_SENTENCE_END = re.compile(r"[.?!]\s*$")
# Words for a person's role or relation, after which a name often comes ("my lodger kemal",
# "the courier is seamus"): the class generalises where each word alone was rarely seen.
ROLE_WORDS = frozenset(
    """husband wife son daughter mother father partner mum mom dad brother sister aunt uncle
    nephew niece cousin grandson granddaughter grandmother grandfather grandma grandad nan
    fiance fiancee boyfriend girlfriend neighbour neighbor landlord landlady lodger tenant
    flatmate housemate roommate friend colleague boss manager supervisor builder plumber
    electrician engineer technician courier driver carer nurse doctor midwife surveyor adjuster
    advisor adviser consultant solicitor accountant apprentice assistant teacher caretaker
    inspector officer agent rep representative executor child kid baby stepson stepdaughter
    called named lady gentleman door""".split()
)
# Roles a name follows ("our walker kit"): not a surname before it, though some are surnames.
_MORE_ROLES = frozenset(
    """walker chef colourist colorist stylist florist caterer planner groomer trainer barber
    tutor instructor coach photographer designers consultants technicians stylists fitters
    engineers""".split()
)
_NOT_BESIDE = name_patterns.PARTICLES | ROLE_WORDS | name_patterns.DEPARTMENTS | _MORE_ROLES
_ARTICLES = frozenset(("the", "a", "an"))
_NUMBER_WORD = re.compile(r"\d+|" + patterns._NUMBER_WORD)
# Joining two names when between them: "Padraig Ó Ceallaigh", "Seren ap Rhys".
_JOINING = name_patterns.PARTICLES | frozenset(
    "ó o ap ab ní nic ua ter ten dos das do y bint".split()
)
# What says a name comes next, so that a name that is also a word ("hope", "june") is one before
# a surname: "its hope [NAME]", "a lady called june [NAME]" (not "i hope [NAME] is ok").
_NAME_COMES = re.compile(
    r"\b(?:called|named|its|it's|i'm|im|this is|hi|hello|hey|thanks|sorry|lady|man|guy|woman|under|"
    r"mrs|mr|ms|miss|missus|mister|dr)\.?\s+$",
    re.IGNORECASE,
)
_GREETING_WORDS = frozenset(
    "hi hiya hello hey thanks cheers sorry okay ok lovely morning afternoon evening bye".split()
)


@dataclass(frozen=True)
class Context:
    """What the call said before the utterance, as far as the features need it."""

    speaker: str  # agent or customer
    asked: frozenset[str]  # the types the agent's last turn asked for
    recent: frozenset[str]  # the types found in the last two utterances


@dataclass(frozen=True)
class Candidate:
    start: int
    end: int
    kind: str
    features: tuple[str, ...]


@dataclass(frozen=True)
class LinearModel:
    weights: dict[str, float]
    bias: float
    threshold: float

    def probability(self, features: Iterable[str]) -> float:
        score = self.bias + sum(self.weights.get(f, 0.0) for f in features)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, score))))


@lru_cache(maxsize=1)
def models() -> dict[str, LinearModel]:
    """The shipped models by type; none when the weights file is absent (before training)."""
    if not WEIGHTS_FILE.exists():
        return {}
    data = json.loads(WEIGHTS_FILE.read_text(encoding="utf-8"))
    return {
        kind: LinearModel(m["weights"], m["bias"], m["threshold"])
        for kind, m in data["models"].items()
    }


def _frequency(word: str) -> str:
    rank = vocabulary.vocabulary_ranks().get(word)
    if rank is None:
        return "none"
    return (
        "top2k" if rank < 2000 else "top8k" if rank < 8000 else "top20k" if rank < 20000 else "rare"
    )


def ordinary_word(word: str) -> bool:
    """Among the 8,000 most frequent words of the vocabulary ("miles", "flying")."""
    return _frequency(word) in ("top2k", "top8k")


def _lexical(word: str) -> str:
    """One word's class: a name, a word that is also a name, an unknown word, a word."""
    first, last = vocabulary.name_lexicon()
    in_names = word in first or word in last
    frequency = _frequency(word)
    if word in vocabulary.COMMON_WORDS:
        return "common"
    if in_names:
        return "name" if frequency in ("none", "rare", "top20k") else "name_word"
    return "unknown" if frequency in ("none", "rare") else "word"


def _shown(word: str) -> str:
    """A context word as a feature: itself when it is an ordinary word, else its class."""
    if word.isdigit():
        return "#"
    if word in vocabulary.COMMON_WORDS or _frequency(word) in ("top2k", "top8k"):
        return word
    return "?" + _lexical(word)


def _context_features(ctx: Context, lower_case: bool) -> list[str]:
    out = [f"speaker={ctx.speaker}", "style=lower" if lower_case else "style=cased"]
    out += [f"asked={k}" for k in sorted(ctx.asked)]
    out += [f"recent={k}" for k in sorted(ctx.recent)]
    return out


def _around(words: Sequence[str], i: int, j: int) -> list[str]:
    """The words before index i and after index j (exclusive) as features."""
    p1 = _shown(words[i - 1]) if i >= 1 else "^"
    p2 = _shown(words[i - 2]) if i >= 2 else "^"
    p3 = _shown(words[i - 3]) if i >= 3 else "^"
    n1 = _shown(words[j]) if j < len(words) else "$"
    n2 = _shown(words[j + 1]) if j + 1 < len(words) else "$"
    return [
        f"p1={p1}",
        f"p2={p2}",
        f"p3={p3}",
        f"p2p1={p2}_{p1}",
        f"n1={n1}",
        f"n2={n2}",
        f"p1n1={p1}_{n1}",
    ]


def name_candidates(text: str, ctx: Context, found: Sequence[Found]) -> list[Candidate]:
    """Each word no rule took, with its features."""
    tokens = list(_TOKEN.finditer(text))
    words = [t[0].lower().replace("’", "'") for t in tokens]
    named = patterns.Spans((f.start, f.end) for f in found if f.kind == NAME)
    held = patterns.Spans((f.start, f.end) for f in found)
    names_at = {i for i, t in enumerate(tokens) if named.hold(t.start(), t.end())}
    taken = {i for i, t in enumerate(tokens) if held.hold(t.start(), t.end())}
    lower_case = not patterns.cased(text)
    shared = _context_features(ctx, lower_case)
    out = []
    for i, token in enumerate(tokens):
        word = words[i]
        if i in taken or word.isdigit() or len(word) < 2 or not _NAME_CANDIDATE.fullmatch(token[0]):
            continue
        lexical = _lexical(word)
        if lexical == "common" or word in patterns.NATO_WORDS:
            continue
        if vocabulary.contraction_of_word(word) or (token[0].isupper() and len(word) <= 4):
            continue  # "When's the earliest?"; "date of birth and SSN?"
        if token[0].islower() and vocabulary.plural_or_verb_s(word):
            continue  # "that's all our birthdays"
        sentence_start = i == 0 or bool(
            _SENTENCE_END.search(patterns.before(text, token.start(), 80))
        )
        capital = token[0][0].isupper()
        shape = "lower" if not capital else "start" if sentence_start else "capital"
        first, last = vocabulary.name_lexicon()
        p1 = _shown(words[i - 1]) if i else "^"
        role = _role(words, i)
        features = [
            f"role={role}",
            f"role={role}&lex={lexical}",
            f"greeted={i >= 1 and words[i - 1] in _GREETING_WORDS}&lex={lexical}",
            f"short={len(words) <= 4}&lex={lexical}",
            f"lex={lexical}",
            f"shape={shape}",
            f"freq={_frequency(word)}",
            f"first={word in first}",
            f"last={word in last}",
            f"len={min(len(word), 9)}",
            f"lex={lexical}&shape={shape}",
            f"lex={lexical}&p1={p1}",
            f"prev_name={i - 1 in names_at}",
            f"after_article={_after_article(tokens, words, i)}",
            f"after_number={i >= 1 and words[i - 1] != 'oh' and bool(_NUMBER_WORD.fullmatch(words[i - 1]))}",
            *(
                (f"suffix={word[-3:]}", f"suffix={word[-2:]}")
                if lexical in ("name", "unknown")
                else ()
            ),
            f"next_name={i + 1 in names_at}",
            *_around(words, i, i + 1),
            *shared,
            *(f"lex={lexical}&{f}" for f in shared if f.startswith(("asked=", "recent="))),
        ]
        out.append(Candidate(token.start(), token.end(), NAME, tuple(features)))
    return out


def _after_article(tokens: Sequence[re.Match[str]], words: Sequence[str], i: int) -> bool:
    """After "the" or "a", straight or with a capitalised word between: "the Skoda Octavia"
    is a thing; people's names rarely take an article."""
    if i >= 1 and words[i - 1] in _ARTICLES:
        return True
    between = tokens[i - 1][0][0].isupper() or words[i - 1] in ("old", "new", "other")
    return i >= 2 and words[i - 2] in _ARTICLES and between  # "the old isa"


def _role(words: Sequence[str], i: int) -> str:
    """Where a role word stands before word i: "my lodger kemal" (1), "the courier is
    seamus" (2), "my husband's ... " with a possessive (1s); none."""
    if i >= 1 and words[i - 1].removesuffix("'s") in ROLE_WORDS:
        return "1"
    if i >= 2 and words[i - 2] in ROLE_WORDS and words[i - 1] in ("is", "was", "called", "named"):
        return "2"
    if i >= 2 and words[i - 2] in ROLE_WORDS:
        return "2x"
    return "none"


def account_candidates(
    text: str, runs: Sequence[NumberRun], ctx: Context, found: Sequence[Found]
) -> list[Candidate]:
    """Each number run of three or more digits no rule took, with its features."""
    tokens = list(_TOKEN.finditer(text))
    words = [t[0].lower() for t in tokens]
    lower_case = not patterns.cased(text)
    shared = _context_features(ctx, lower_case)
    out = []
    taken = patterns.Spans((f.start, f.end) for f in found)
    for run in runs:
        digits = run.digits
        if len(digits) < 3 or taken.overlap(run.start, run.end):
            continue
        if patterns.labelled_lookalike(text, run.start, digits):
            continue
        inside = [k for k, t in enumerate(tokens) if run.start <= t.start() < run.end]
        if not inside:
            continue
        i, j = inside[0], inside[-1] + 1
        spoken = {t.spoken for t in run.tokens}
        said = "spoken" if spoken == {True} else "typed" if spoken == {False} else "mixed"
        n = len(digits)
        size = str(n) if n <= 5 else "6-7" if n <= 7 else "8-9" if n <= 9 else "10+"
        before, after = text[max(0, run.start - 2) : run.start], text[run.end : run.end + 2]
        currency = bool(re.search(r"[$£€]", before))
        decimal = bool(re.match(r"[.,]\d", after))
        letters = bool(re.match(r"-?[A-Za-z]\b", after) or re.search(r"[A-Za-z]-?$", before))
        shape = [
            f"digits={size}",
            f"said={said}",
            f"digits={size}&said={said}",
            f"year={len(digits) == 4 and digits[:2] in ('19', '20')}",
            f"currency={currency}",
            f"decimal={decimal}",
            f"letters_next={letters}",
            f"groups={min(len(run.tokens), 6)}",
            f"lead_zero={digits[0] == '0'}",
        ]
        here = sorted({f.kind for f in found if f.end <= run.start})
        features = [*shape, *_around(words, i, j), *shared, *(f"before_here={k}" for k in here)]
        features += [f"digits={size}&{f}" for f in shared if f.startswith(("asked=", "recent="))]
        out.append(Candidate(run.start, run.end, ACCOUNT, tuple(features)))
    return out


def chosen(
    candidates: Sequence[Candidate], by: dict[str, LinearModel] | None = None
) -> list[Found]:
    """The candidates the models take, as findings."""
    by = models() if by is None else by
    out = []
    for candidate in candidates:
        model = by.get(candidate.kind)
        if model is not None and model.probability(candidate.features) >= model.threshold:
            out.append(Found(candidate.start, candidate.end, candidate.kind, "learned"))
    return out


def next_to_names(text: str, found: Sequence[Found]) -> list[Found]:
    """Words beside a name that are names or no word at all ("Ottoline [NAME]", "sunniva
    [NAME]"): a first name before a surname the rules took, or a surname after a first name.
    Only where nothing but a space or a hyphen is between, and in a cased text only words with
    a capital."""
    names = _Names(text, [(f.start, f.end) for f in found if f.kind == NAME])
    taken = {i for f in found for i in range(f.start, f.end)}  # each character taken

    def free(start: int, end: int) -> bool:
        return not any(i in taken for i in range(start, end))

    cased = patterns.cased(text)
    out: list[Found] = []
    for token in _NAME_CANDIDATE.finditer(text):
        word = token[0].lower().replace("’", "'")
        between = (
            word in _JOINING and names.before(token.start(), " ") and names.after(token.end(), " ")
        )
        initial = cased and len(token[0]) == 1 and token[0].isupper() and token[0] not in "AI"
        if initial and names.after(token.end(), " "):
            out.append(Found(token.start(), token.end(), NAME, "initial"))  # "held by D [NAME]"
            continue
        if re.search(
            r"\b(?:the|a|an)\s+$", patterns.before(text, token.start(), 80), re.IGNORECASE
        ):
            continue  # "the Skoda [NAME] estate": a thing
        introduced = (
            word in vocabulary.WORDS_THAT_ARE_NAMES
            and _NAME_COMES.search(patterns.before(text, token.start(), 80)) is not None
            and names.after(token.end(), " ")
        )
        if introduced and free(token.start(), token.end()):
            out.append(Found(token.start(), token.end(), NAME, "beside a name"))
            continue
        surname = _particle_surname(text, token, names)
        if surname is not None and free(token.start(), surname):
            out.append(Found(token.start(), surname, NAME, "beside a name"))  # "[NAME] ni chonaill"
            continue
        after_name = names.before(token.start(), " ")
        # "it's robert [macdonald]": a surname that is also a rarer word; "copy the loan
        # officer, [NAME] Ward": one that is also a common word, with its capital
        surname_after = after_name and (
            (
                cased
                and token[0][0].isupper()
                and word in vocabulary.name_lexicon()[1]
                and word not in vocabulary.DAYS_AND_MONTHS
            )
            or (not cased and _rarer_surname(word))
        )
        if surname_after:
            if free(token.start(), token.end()):
                out.append(Found(token.start(), token.end(), NAME, "beside a name"))
            continue
        # "i have eva ni [NAME]": a first name before a particle and a name
        before_particle = word in vocabulary.name_lexicon()[0] and bool(
            names.particle_then_name(token.end())
        )
        if (
            not between
            and (len(word) < 2 or not _beside_word(word, token[0], cased))
            and not before_particle
        ):
            continue
        if not between and ((cased and not token[0][0].isupper()) or word in _NOT_BESIDE):
            continue  # "my housemate [NAME]": the role stays
        if not free(token.start(), token.end()):
            continue
        if names.before(token.start(), " -") or names.after(token.end(), " -"):
            out.append(Found(token.start(), token.end(), NAME, "beside a name"))
            continue
        for s in names.particle_then_name(token.end()):  # "Eoin Ó [NAME]": a first name, then
            if not between and free(token.end(), s):  # a particle, then the name
                out.append(Found(token.start(), s - 1, NAME, "beside a name"))
    return out


class _Names:
    """The names found in a text, by where they start and end, so that what stands beside one
    is looked up at once (an utterance may hold thousands of words)."""

    def __init__(self, text: str, spans: Sequence[tuple[int, int]]) -> None:
        self.text = text
        self.starts = {s for s, _ in spans}
        self.ends = {e for _, e in spans}

    def after(self, end: int, gaps: str) -> bool:
        """A name starts one character after `end`, that character one of `gaps`."""
        return end + 1 in self.starts and self.text[end] in gaps

    def before(self, start: int, gaps: str) -> bool:
        """A name ends one character before `start`, that character one of `gaps`."""
        return start - 1 in self.ends and self.text[start - 1] in gaps

    def particle_then_name(self, end: int) -> list[int]:
        """Where names start after `end` with " particle " between."""
        out = []
        for s in range(end + 3, min(len(self.text), end + 16)):
            gap = self.text[end:s]
            if s in self.starts and gap[:1] == gap[-1:] == " " and gap[1:-1].lower() in _JOINING:
                out.append(s)
        return out


def _rarer_surname(word: str) -> bool:
    """A census surname outside the 5,000 most frequent words ("macdonald", not "white" or
    "till"), and no day or month ("friday")."""
    rank = vocabulary.vocabulary_ranks().get(word)
    return (
        word in vocabulary.name_lexicon()[1]
        and (rank is None or rank >= 5000)
        and word not in vocabulary.COMMON_WORDS  # days, months and the like
    )


def _particle_surname(text: str, token: re.Match[str], names: _Names) -> int | None:
    """The end of a surname after a particle right after a name ("bridget [ni chonaill]"), where
    the word after the particle is a name or no word."""
    if token[0].lower() not in _JOINING or not names.before(token.start(), " "):
        return None
    after = re.match(r" ([^\W\d_][\w'’-]+)", text[token.end() :])
    if after is None or _lexical(after[1].lower()) not in ("name", "unknown"):
        return None
    return token.end() + after.end()


def _beside_word(word: str, said: str, cased: bool) -> bool:
    """Whether a word beside a name may be part of it: a name or no word at all; in a cased
    text also a capitalised word that is not among the 8,000 most frequent ("Yes, Yusuf
    [NAME]")."""
    if vocabulary.contraction_of_word(word):
        return False  # "pawlak [she's] a member"
    lexical = _lexical(word)
    if lexical in ("name", "unknown"):
        return True
    if cased and said[0].isupper() and lexical == "name_word":
        return True  # "Maya [NAME]", "[NAME] Marsh": a name that is also a word, with a capital
    if not cased and lexical == "name_word" and vocabulary.vocabulary_ranks().get(word, 0) >= 3000:
        return True  # "it's dorothy [NAME] speaking": a name that is only a rarer word
    return cased and said[0].isupper() and lexical == "word" and not ordinary_word(word)
