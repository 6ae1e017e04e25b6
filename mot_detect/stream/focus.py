"""A cue alert's suggested focus: the customer's own words around the cue, said back about her.

"the closing is at noon tomorrow" becomes "deadline: the closing is at 12:00 tomorrow (Fri 29
May)"; "I've been paying you people for eleven years" becomes "tenure: customer has been paying
you people for 11 years". Nothing here is a canned sentence: the text is the clause of the
utterance that holds the cue, cut short, moved to the third person, with its deadline written as
the resolved time. Everything is bounded: a focus never exceeds MAX_FOCUS_CHARS.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from typing import Any

MAX_FOCUS_CHARS = 140
_MAX_CLAUSE_WORDS = 16
_MIN_CLAUSE_WORDS = 4
_WORDS_AROUND_SPAN = 5
_RELATED_WORDS_AROUND = 2
_MAX_ASIDE_WORDS = 2

LABEL_NAMES = {
    "deadline": "deadline",
    "first_claim": "first claim",
    "tenure": "tenure",
    "family_event": "family event",
    "health_safety": "safety",
    "financial_impact": "money at stake",
    "repeat_contact": "repeat contact",
    "churn_risk": "may leave",
    "escalation": "escalation",
    "distress": "distress",
}

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
_CLAUSE_BREAK = re.compile(r"\s*[,;:\u2014]\s+|\s+-\s+")
_WORD = re.compile(r"\S+")
# First person, said back about the customer ("they" keeps the verbs that follow agreeing).
_PERSON = {
    "i": "they", "i'm": "they're", "i've": "they've", "i'll": "they'll", "i'd": "they'd",
    "me": "them", "my": "their", "mine": "theirs", "myself": "themselves",
    "we": "they", "we're": "they're", "we've": "they've", "we'll": "they'll", "we'd": "they'd",
    "us": "them", "our": "their", "ours": "theirs", "ourselves": "themselves",
}  # fmt: skip
# Verbs that follow "I" and change with it ("I was" -> "they were"); elsewhere ("8 am") kept.
_AFTER_I = {"am": "are", "was": "were", "wasn't": "weren't"}
# "customer" leads a clause that starts with "I": the verb after it takes the singular.
_SINGULAR = {
    "are": "is", "were": "was", "have": "has", "do": "does", "don't": "doesn't",
    "haven't": "hasn't", "aren't": "isn't", "weren't": "wasn't", "they're": "is",
    "they've": "has", "they'll": "will", "they'd": "would",
}  # fmt: skip
_ADVERBS = frozenset(
    "really just honestly still also actually seriously only already absolutely desperately "
    "literally never always truly".split()
)
# Words that open a sentence without saying anything about the cue.
_OPENERS = frozenset(
    "and but so well okay ok yes yeah no look sorry um uh oh honestly listen see".split()
)
_DANGLING = frozenset(
    "and but or so the a an to of that if with for in at by they their it is".split()
)
_REGULAR_VERBS = frozenset(
    "need want work drive fly live lose get pay feel think know mean own use run rely depend "
    "care look hope expect worry plan try rent travel sit stay wait drop keep leave cancel take "
    "call ring spend earn owe start finish".split()
)
_NUMBERS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
_UNITS = r"(?:years?|months?|weeks?|days?|hours?|minutes?|times?|calls?|kids?|children)"
_NUMBER_BEFORE_UNIT = re.compile(
    r"\b(" + "|".join(_NUMBERS) + r")(?:[ -](one|two|three|four|five|six|seven|eight|nine))?"
    r"(?=\s+" + _UNITS + r"\b)",
    re.IGNORECASE,
)
# After a time expression, a word that continues it ("at ten oh five"): replacing the
# expression there would cut the time in two, so the resolved time is added instead.
_CONTINUES_TIME = re.compile(
    r"\s*(?:oh|o'clock|[ap]\.?m\b|\d|" + "|".join(_NUMBERS) + r")", re.IGNORECASE
)


def cue_focus(
    label: str,
    text: str,
    span: tuple[int, int] | None,
    *,
    deadline: dict[str, Any] | None = None,
    said_at: datetime | None = None,
    related: list[tuple[str, tuple[int, int] | None]] | None = None,
) -> str:
    """The suggested focus for one cue label of an utterance.

    `deadline`: the deadline label's detail (expression, resolved, precision) when the
    utterance has one; `said_at`: when the utterance was said (to write "tomorrow");
    `related`: the utterance's other cue labels and spans, whose words are added when they lie
    outside this cue's clause ("first claim ... after 11 years")."""
    start, end = _clause(text, span)
    clause = _with_deadline(text[start:end], deadline, said_at, append=label == "deadline")
    parts = [_spoken_about(clause)]
    for other_label, other_span in related or []:
        if other_span is None or other_label == label:
            continue
        if start <= other_span[0] and other_span[1] <= end:
            continue  # already in this cue's words
        sentence = _sentence(text, other_span[0])
        low, high = _words_around(text, sentence, other_span, _RELATED_WORDS_AROUND)
        # Never the cue's own words twice ("by Thursday; Thursday, they don't get paid").
        if other_span[0] >= end:
            low = max(low, end)
        if other_span[1] <= start:
            high = min(high, start)
        other = _with_deadline(text[low:high], deadline, said_at, append=False)
        parts.append(_spoken_about(other))
        break  # one related cue keeps the focus short
    name = LABEL_NAMES.get(label, label.replace("_", " "))
    focus = f"{name}: " + "; ".join(p for p in parts if p)
    return _shorten(focus, MAX_FOCUS_CHARS)


def _clause(text: str, span: tuple[int, int] | None) -> tuple[int, int]:
    """The bounds of the sentence holding the span, narrowed to its clause when it is long."""
    if span is None or not (0 <= span[0] < span[1] <= len(text)):
        # A label of the model alone has no span: the utterance's longest sentence stands in.
        sentences = _pieces(text, 0, len(text), _SENTENCE_END)
        span = max(sentences, key=lambda piece: _word_count(text, *piece))
    sentence = _piece_around(text, 0, len(text), span, _SENTENCE_END)
    if _word_count(text, *sentence) <= _MAX_CLAUSE_WORDS:
        return sentence
    clause = _piece_around(text, *sentence, span, _CLAUSE_BREAK)
    if _word_count(text, *clause) > _MAX_CLAUSE_WORDS:
        return _words_around(text, clause, span)
    return clause


def _piece_around(
    text: str, low: int, high: int, span: tuple[int, int], breaks: re.Pattern[str]
) -> tuple[int, int]:
    """Of text[low:high] cut at `breaks`, the pieces the span touches, with a short piece's
    neighbour after it (a clause of three words rarely says enough on its own)."""
    pieces = _pieces(text, low, high, breaks)
    touched = [i for i, (a, b) in enumerate(pieces) if a < span[1] and span[0] < b]
    if not touched:
        touched = [min(range(len(pieces)), key=lambda i: abs(pieces[i][0] - span[0]))]
    first, last = touched[0], touched[-1]
    while (
        _word_count(text, pieces[first][0], pieces[last][1]) < _MIN_CLAUSE_WORDS
        and last + 1 < len(pieces)
        and _word_count(text, pieces[first][0], pieces[last + 1][1]) <= _MAX_CLAUSE_WORDS
    ):
        last += 1
    return pieces[first][0], pieces[last][1]


def _pieces(text: str, low: int, high: int, breaks: re.Pattern[str]) -> list[tuple[int, int]]:
    pieces = []
    position = low
    for found in breaks.finditer(text, low, high):
        pieces.append((position, found.start()))
        position = found.end()
    pieces.append((position, high))
    return pieces


def _words_around(
    text: str, bounds: tuple[int, int], span: tuple[int, int], around: int = _WORDS_AROUND_SPAN
) -> tuple[int, int]:
    words = list(_WORD.finditer(text, *bounds))
    inside = [i for i, w in enumerate(words) if w.start() < span[1] and span[0] < w.end()]
    if not inside:
        return bounds
    first = max(0, inside[0] - around)
    last = min(len(words) - 1, inside[-1] + around)
    return words[first].start(), words[last].end()


def _sentence(text: str, position: int) -> tuple[int, int]:
    start, end = 0, len(text)
    for found in _SENTENCE_END.finditer(text):
        if found.start() < position:
            start = found.end()
        else:
            end = found.start()
            break
    return start, end


def _word_count(text: str, start: int, end: int) -> int:
    return sum(1 for _ in _WORD.finditer(text, start, end))


def _with_deadline(
    clause: str, deadline: dict[str, Any] | None, said_at: datetime | None, *, append: bool
) -> str:
    """The clause with the deadline's expression written as its resolved time; when the
    expression is not in it, the time is added at the end if `append`."""
    if not deadline or not deadline.get("resolved"):
        return clause
    when = format_resolved(str(deadline["resolved"]), str(deadline.get("precision")), said_at)
    if when is None:
        return clause
    expression = str(deadline.get("expression") or "")
    at = clause.lower().find(expression.lower()) if expression else -1
    if at < 0:
        return f"{clause.rstrip(' .!?')} (by {when})" if append else clause
    after = at + len(expression)
    if re.match(r"(?:in|within|the next)\b", expression, re.IGNORECASE) or _CONTINUES_TIME.match(
        clause, after
    ):
        # "boards in forty minutes (21:56 today)", "leaves at ten (22:00 today) oh five".
        return f"{clause[:after]} ({when}){clause[after:]}"
    return f"{clause[:at]}{when}{clause[after:]}"


def format_resolved(resolved: str, precision: str, said_at: datetime | None) -> str | None:
    """A resolved deadline as a person reads it: "12:00 tomorrow", "Thursday (15 Jan)"."""
    try:
        value = datetime.fromisoformat(resolved)
    except ValueError:
        return None
    day = value.date()
    day_words = _day_words(day, said_at.date() if said_at else None)
    if precision == "day":
        return day_words
    clock = value.strftime("%H:%M")
    return f"{clock} {day_words}"


def _day_words(day: date, today: date | None) -> str:
    if today is not None:
        if day == today:
            return "today"
        if day == today + timedelta(days=1):
            return "tomorrow"
        if today < day < today + timedelta(days=7):
            return f"{day.strftime('%A')} ({day.day} {day.strftime('%b')})"
    return f"{day.strftime('%a')} {day.day} {day.strftime('%b')}"


def _spoken_about(words: str) -> str:
    """Words of the customer's, moved to the third person, number words before a unit as digits
    ("for eleven years" -> "for 11 years"), without the closing punctuation."""
    words = _NUMBER_BEFORE_UNIT.sub(_number, words.strip())
    tokens = words.split()
    while len(tokens) > 2 and tokens[0].lower().strip(",.!?") in _OPENERS:
        tokens = tokens[1:]
    # A short aside before a comma ("sort of, I'm on the shoulder") says nothing of the cue.
    for i, token in enumerate(tokens[:_MAX_ASIDE_WORDS]):
        if token.endswith(",") and len(tokens) - i - 1 >= _MIN_CLAUSE_WORDS:
            tokens = tokens[i + 1 :]
            break
    if not tokens:
        return ""
    moved = [
        _person(token, tokens[i - 1].lower() == "i" if i else False)
        for i, token in enumerate(tokens)
    ]
    if tokens[0].lower().strip(",.!?") in ("i", "i'm", "i've", "i'll", "i'd", "we", "we're"):
        moved = _customer_leads(tokens[0], moved)
    elif moved[0][:1].isupper() and not _proper(tokens[0]):
        moved[0] = moved[0][0].lower() + moved[0][1:]
    while len(moved) > 2 and moved[-1].lower().strip(",.!?;:") in _DANGLING:
        moved.pop()  # a fragment cut after "and" reads as unfinished
    return " ".join(moved).rstrip(" .!?,;:")


def _customer_leads(first: str, moved: list[str]) -> list[str]:
    """'they have to be ...' from 'I have to be ...' reads better as 'customer has to be ...'."""
    head = first.lower().strip(",.!?")
    contracted = {"i'm": "is", "i've": "has", "i'll": "will", "i'd": "would", "we're": "is"}
    if head in contracted:
        return ["customer", contracted[head], *moved[1:]]
    rest = moved[1:]
    verb_at = 1 if len(rest) > 1 and rest[0].lower() in _ADVERBS else 0
    if rest:
        rest[verb_at] = _singular(rest[verb_at])
    return ["customer", *rest]


def _singular(verb: str) -> str:
    bare = verb.lower()
    if bare in _SINGULAR:
        return _SINGULAR[bare]
    if bare in _REGULAR_VERBS:
        if bare.endswith("y") and bare[-2:-1] not in "aeiou":
            return bare[:-1] + "ies"
        return bare + ("es" if bare.endswith(("s", "sh", "ch", "x", "o")) else "s")
    return verb


def _person(token: str, after_i: bool = False) -> str:
    core = token.strip(",.!?;:\"'")
    if not core:
        return token
    lead = token[: token.find(core)]
    trail = token[token.find(core) + len(core) :]
    key = core.lower().replace("\u2019", "'")
    if key in _PERSON:
        return lead + _PERSON[key] + trail
    if after_i and key in _AFTER_I:
        return lead + _AFTER_I[key] + trail
    return token


def _proper(token: str) -> bool:
    return (token[:1].isupper() and token[1:2].isupper()) or token.strip(",.!?") == "I"


def _number(found: re.Match[str]) -> str:
    value = _NUMBERS[found[1].lower()]
    if found[2]:
        value += _NUMBERS[found[2].lower()]
    return str(value)


def _shorten(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:") + "…"
