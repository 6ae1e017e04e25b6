"""Word knowledge the name and address patterns share: the vocabulary's words by frequency,
the common words that are never names, the census first names and surnames, and the words that
are also names ("hope", "will")."""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

COMMON_WORDS_FILE = Path(__file__).with_name("common_words.txt")


LEXICON_FILE = Path(__file__).with_name("lexicon.json")


@lru_cache(maxsize=1)
def vocabulary_ranks() -> dict[str, int]:
    """The whole words of the shipped model's WordPiece vocabulary (about 22,000) by rank: its
    ids are in order of frequency ("the" first), so a rank says how ordinary a word is."""
    from mot_detect.detect.model import TOKENIZER_FILE, default_model_dir

    tokenizer = default_model_dir() / TOKENIZER_FILE
    vocab = json.loads(tokenizer.read_text(encoding="utf-8"))["model"]["vocab"]
    ranked = sorted((i, word) for word, i in vocab.items() if word.isalpha())
    return {word: rank for rank, (_, word) in enumerate(ranked)}


@lru_cache(maxsize=1)
def english_words() -> frozenset[str]:
    """The vocabulary's whole words: a word in lower case after "thanks" or "my mother" is taken
    as a name only when it is none of these."""
    return frozenset(vocabulary_ranks())


def _common_words() -> frozenset[str]:
    words = []
    for line in COMMON_WORDS_FILE.read_text(encoding="utf-8").splitlines():
        words += line.split("#", 1)[0].split()
    return frozenset(words)


DAYS_AND_MONTHS = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday january february march april may
    june july august september october november december""".split()
)
NOT_NAMES = DAYS_AND_MONTHS | frozenset(
    """i a an the and or but so yes yeah no not okay ok sure well um uh just calling from with
    about here speaking sorry really very still going trying looking afraid glad happy sure
    fine good great now then there this that what who how why when where calling actually
    today tomorrow yesterday mister
    mr mrs ms mx dr missus madame madam sir mam maam
    is was on in at to for of my your his her our their it its it's me you he she we they
    frustrated upset worried stuck stranded desperate annoyed angry calling ringing phoning
    also again still definitely absolutely correct right exactly hi hello hey thanks thank
    please pleasure able unable sorry new first last full middle name number card account
    the one two three four five six seven eight nine zero oh i'm i've i'll i'd it's that's
    there's we're you're can't don't won't ten eleven twelve thirteen fourteen fifteen sixteen
    seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred
    thousand double triple second third fourth fifth sixth seventh eighth ninth tenth eleventh
    twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth
    thirtieth fortieth fiftieth sixtieth seventieth eightieth ninetieth hundredth birthday
    anniversary address postcode zip email e-mail mobile phone birth date dob surname mondays
    tuesdays wednesdays thursdays fridays saturdays sundays unit flat apartment suite floor
    block ward bay ha haha aha medicaid medicare""".split()
)


COMMON_WORDS = _common_words() | NOT_NAMES


@lru_cache(maxsize=1)
def name_lexicon() -> tuple[dict[str, int], dict[str, int]]:
    """The census first names and surnames (lexicon.json), each with its rank."""
    data = json.loads(LEXICON_FILE.read_text(encoding="utf-8"))
    first = {w: i for i, w in enumerate(data["first_names"])}
    last = {w: i for i, w in enumerate(data["surnames"])}
    return first, last


def learned_ordinary(word: str) -> bool:
    """Among the 8,000 most frequent words and no first name ("behind"; not "grace", "jordan")."""
    lowered = word.lower()
    rank = vocabulary_ranks().get(lowered)
    if rank is None or rank >= 8000 or lowered in WORDS_THAT_ARE_NAMES:
        return False
    return lowered not in name_lexicon()[0]


def rare_or_first_name(word: str) -> bool:
    """A census first name outside the 2,000 most frequent words, or a word rarer than the
    15,000 most frequent ("it's conor from ..."; not "it's agony", "it's optional")."""
    lowered = word.lower()
    rank = vocabulary_ranks().get(lowered)
    if lowered in name_lexicon()[0]:
        return rank is None or rank >= 2000
    return rank is None or rank >= 15000


def is_english(word: str) -> bool:
    """A vocabulary word, or its plural, inflection or hyphenated parts ("braces", "e-mail")."""
    lowered = word.lower()
    if lowered in english_words() or inflected(lowered):
        return True
    if lowered.endswith("s") and (
        lowered[:-1] in english_words() or lowered[:-2] in english_words()
    ):
        return True
    parts = lowered.split("-")
    if len(parts) > 1 and all(p in english_words() for p in parts if p):
        return True
    return _derived(lowered)


_PREFIXES = ("re", "un", "pre", "non", "over", "under", "multi", "self")
_SUFFIXES = ("less", "ness", "ment", "ful", "able")


def _derived(word: str) -> bool:
    """A vocabulary word with a common prefix or suffix the vocabulary lacks ("reprocessing",
    "paperless"); not a census name ("Renee")."""
    first, last = name_lexicon()
    if word in first or word in last:
        return False
    for prefix in _PREFIXES:
        rest = word[len(prefix) :]
        if (
            word.startswith(prefix)
            and len(rest) >= 4
            and (rest in english_words() or inflected(rest))
        ):
            return True
    return any(
        word.endswith(suffix)
        and len(word) - len(suffix) >= 4
        and word[: -len(suffix)] in english_words()
        for suffix in _SUFFIXES
    )


def contraction_of_word(word: str) -> bool:
    """ "she's", "when's", "that'll": a common word with a clitic, never a name ("O'Brien" is)."""
    base = re.split(r"['’]", word, maxsplit=1)[0].lower()
    return base != word.lower() and base in COMMON_WORDS


def plural_or_verb_s(word: str) -> bool:
    """A word's plural or a verb's -s form, and no census name ("numbers", "birthdays", "owes",
    "clears"; not "banks", "james" or "edwards")."""
    lowered = word.lower()
    first, last = name_lexicon()
    if not lowered.endswith("s") or lowered in first or lowered in last:
        return False
    stems = [lowered[:-1]]
    if lowered.endswith("es"):
        stems.append(lowered[:-2])
    if lowered.endswith("ies"):
        stems.append(lowered[:-3] + "y")
    ranks = vocabulary_ranks()
    return any(
        len(stem) >= 3
        and stem in ranks
        and (ranks[stem] < 3000 or (stem not in first and stem not in last))
        for stem in stems
    )


def inflected(word: str) -> bool:
    """A verb's -ing or -ed form: the word, or its stem, is in the vocabulary ("cancelling":
    "cancel")."""
    if not word.endswith(("ing", "ed")) or word in name_lexicon()[0]:
        return False  # "Wilfred", "Alfred": first names
    stem = word[:-3] if word.endswith("ing") else word[:-2]
    if len(stem) < 3:
        return word in english_words() and len(word) > 4  # "ted", "reed": names too
    doubled = stem[:-1] if len(stem) > 3 and (stem[-1] == stem[-2] or stem.endswith("ck")) else ""
    return any(s in english_words() for s in (word, stem, stem + "e", doubled) if s)


# Names that are also words, taken as a name where a name is asked for or introduced.
WORDS_THAT_ARE_NAMES = frozenset(
    """hope will june april may august grace mark bill rose sky faith joy dawn summer autumn
    faye ray rob pat sue don art chase hunter lily ivy holly jade ruby pearl amber iris
    florence victoria austin sunday precious olive beck honey heather daisy poppy hazel robin""".split()
)
