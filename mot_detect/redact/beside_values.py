"""What stands beside a value found in a turn and belongs to it: a said dash between two pieces,
a phone's extension, letters before an id, the digits said again, the rest after a pause, the
particles and second names beside a name."""

from __future__ import annotations

import bisect
import itertools
import re

from mot_detect.redact import name_patterns, patterns, vocabulary
from mot_detect.redact.numbers import (
    LEADING_HOMOPHONES,
    TRAILING_HOMOPHONES,
    NumberRun,
    gap_joins,
    number_tokens,
)
from mot_detect.redact.patterns import DIGIT_KINDS, Found

_SAID_DASH = re.compile(r"(?i)\s+(?:dash|hyphen)\s+")


def dashes_between(text: str, found: list[Found]) -> list[Found]:
    """A "dash" said between two pieces of one value ("one two oh three nine dash five four oh
    four"): hidden with them, so that the pieces read as one value."""
    out = []
    starting: dict[int, list[Found]] = {}
    for f in found:
        starting.setdefault(f.start, []).append(f)
    for left in found:
        for at in range(left.end + 6, min(len(text), left.end + 20) + 1):  # " dash " ...
            for right in starting.get(at, ()):
                gap = text[left.end : right.start]
                if left.kind == right.kind and _SAID_DASH.fullmatch(gap):
                    out.append(Found(left.start, right.end, left.kind, left.recognizer))
    return out


_EXTENSION = re.compile(r"(?i)\b(?:extension|ext\.?)(?: number)?(?: is)?[\s:#.,-]*$")


def extensions(text: str, runs: list[NumberRun], found: list[Found]) -> list[Found]:
    """The extension of a phone number given in the same turn ("... oh one oh one extension six
    three seven", "my work line so you'll need extension eight oh six"): part of the number."""
    phones = [f for f in found if f.kind == "PHONE"]
    out = []
    for run in runs:
        if not phones or not _EXTENSION.search(text[max(0, run.start - 30) : run.start]):
            continue
        # phonenumbers may have taken its first digit: one span with the phone
        start = min([run.start] + [f.start for f in phones if f.start < run.end <= f.end + 30])
        out.append(Found(start, run.end, "PHONE", "extension"))
    return out


def said_twice(text: str, runs: list[NumberRun], found: list[Found]) -> list[Found]:
    """A value's digits said again in the same turn ("It's LS-7555546. The letters are L-S, then
    7555546.")."""
    said = {
        "".join(t.digits for t in number_tokens(text[f.start : f.end])): f.kind
        for f in found
        if f.kind in DIGIT_KINDS
    }
    taken = patterns.Spans((f.start, f.end) for f in found)
    return [
        Found(run.start, run.end, said[run.digits], "said twice")
        for run in runs
        if len(run.digits) >= 4 and run.digits in said and not taken.overlap(run.start, run.end)
    ]


def restarted(text: str, runs: list[NumberRun], found: list[Found]) -> list[Found]:
    """The start of a value said, broken off and said again whole in one breath ("nine seventy
    one two seven six wait sorry nine seventy one two seven six four five oh three")."""
    out = []
    starts = [run.start for run in runs]  # in order, apart: only the one before can hold it
    for f in found:
        if f.kind not in DIGIT_KINDS:
            continue
        value = "".join(t.digits for t in number_tokens(text[f.start : f.end]))
        at = bisect.bisect_left(starts, f.start)
        for run in runs[max(0, at - 1) : at]:
            before = [t for t in run.tokens if t.end <= f.start]
            if not before or not run.start < f.start < run.end:
                continue
            digits = "".join(t.digits for t in before)
            if len(digits) >= 3 and value.startswith(digits):
                out.append(Found(before[0].start, before[-1].end, f.kind, "restarted"))
    return out


_JOINERS = frozenset("and um uh er erm then".split())


def continued(text: str, runs: list[NumberRun], found: list[Found]) -> list[Found]:
    """Numbers going on straight after a value ("p x seven five two nine um four one three"):
    the rest of that value."""
    out: list[Found] = []
    spans = [f for f in found if f.kind in DIGIT_KINDS]
    held = patterns.Spans((f.start, f.end) for f in found)
    for run in runs:
        rest = [t for t in run.tokens if not held.hold(t.start, t.start + 1)]
        if not rest or (len(rest) == len(run.tokens) and not spans):
            continue
        if len(rest) == 1 and re.match(r"\s+(?:sec|second|moment|minute)\b", text[rest[0].end :]):
            continue  # "5594 3209... one second, my screen froze"
        after = re.match(r"\s+([A-Za-z]+)", text[rest[-1].end :])
        if len("".join(t.digits for t in rest)) <= 2 and after and after[1].lower() not in _JOINERS:
            continue  # "TB-2414061, two wool coats": a count
        before = [f for f in spans + out if f.end <= rest[0].start]
        if before:
            last = max(before, key=lambda f: f.end)
            if gap_joins(text[last.end : rest[0].start]):
                out.append(Found(rest[0].start, rest[-1].end, last.kind, "continued"))
    return out


def particles_between_names(text: str, found: list[Found]) -> list[Found]:
    """ "[NAME] van der [NAME]": the particles between two parts of one name."""
    names = sorted((f for f in found if f.kind == "NAME"), key=lambda f: f.start)
    return [
        Found(a.end, b.start, "NAME", "particles")
        for a, b in itertools.pairwise(names)
        if b.start > a.end
        and all(w.lower() in name_patterns.PARTICLES for w in text[a.end : b.start].split())
        and re.fullmatch(r"(?: [^\W\d_]+)+ ", text[a.end : b.start])
    ]


def irish_o_surname(text: str, found: list[Found]) -> list[Found]:
    """ "[NAME] o brien": an O' surname the recogniser wrote as two words after a name."""
    _, surnames = vocabulary.name_lexicon()
    out = []
    for f in found:
        after = (
            re.match(r"\s+[oO]['’]?\s([A-Za-z]+)\b", text[f.end :]) if f.kind == "NAME" else None
        )
        if (
            after
            and after[1].lower() in surnames
            and after[1].lower() not in vocabulary.COMMON_WORDS
        ):
            out.append(Found(f.end, f.end + after.end(), "NAME", "o surname"))
    return out


def second_name(text: str, found: list[Found]) -> list[Found]:
    """ "The fitters will be [NAME] and Leon": a capitalised first name after "and" beside a
    name, when it is no word too ("Gwen and Mark" is left: "mark" is one)."""
    first, _ = vocabulary.name_lexicon()
    out = []
    for f in found:
        after = re.match(r"\s+and\s+([A-Z][a-z'-]+)\b(?!\s+[A-Z])", text[f.end :])
        if f.kind != "NAME" or after is None:
            continue
        word = after[1].lower()
        if word in first and not (
            word in vocabulary.COMMON_WORDS
            or word in vocabulary.WORDS_THAT_ARE_NAMES
            or word in vocabulary.NOT_NAMES
        ):
            out.append(Found(f.end + after.start(1), f.end + after.end(1), "NAME", "and a name"))
    return out


def spellings(text: str, found: list[Found]) -> list[Found]:
    """A name's spelling straight after it ("ingrid halvorsen h a l v o r s e n")."""
    out = []
    for f in found:
        end = name_patterns.spelled_after(text, f.end) if f.kind == "NAME" else f.end
        if end > f.end and not any(g.start < end and f.end < g.end for g in found):
            out.append(Found(f.end, end, "NAME", "spelled"))
    return out


_LETTERS = re.compile(r"(?<![\w'])(?:[a-z] ){2,}[a-z](?![\w'])", re.IGNORECASE)


def spelled_words(text: str, found: list[Found]) -> list[Found]:
    """A word spelled out letter by letter after it was said ("yeah mere kingi that's k i n g i"):
    the caller spelling a name, so the word and its letters are the name."""
    out = []
    first, last = vocabulary.name_lexicon()
    for letters in _LETTERS.finditer(text):
        joined = letters[0].replace(" ", "").lower()
        if len(joined) < 3 or any(
            f.start < letters.end() and letters.start() < f.end for f in found
        ):
            continue
        if joined in vocabulary.english_words() and joined not in first and joined not in last:
            continue  # "was that proton as in p r o t o n": a word of an e-mail address
        said = list(re.finditer(r"\b" + re.escape(joined) + r"\b", text[: letters.start()], re.I))
        if said:
            out.append(Found(said[-1].start(), said[-1].end(), "NAME", "spelled"))
            out.append(Found(letters.start(), letters.end(), "NAME", "spelled"))
    return out


def with_plus(text: str, found: Found) -> Found:
    """A phone number with the "plus" said before its country code."""
    phone_like = found.kind == "PHONE" or (
        found.kind == "ACCOUNT_NUMBER" and found.end - found.start > 9
    )
    plus = re.search(r"(?i)\bplus\s+$", patterns.before(text, found.start)) if phone_like else None
    return Found(plus.start(), found.end, found.kind, found.recognizer) if plus else found


# The recogniser's homophones of a digit at the edges of a card's piece or a code ("it's for
# nine oh eight", "to four nine zero six", "... six oh one won"): said in card talk, they are
# its digits, and leaving the word would leave a digit in the clear.
_HOMOPHONE_BEFORE = re.compile(r"(?i)\b" + LEADING_HOMOPHONES + r"\s+$")
_HOMOPHONE_AFTER = re.compile(
    r"(?i)^\s+" + TRAILING_HOMOPHONES + r"\b(?!['’])(?=\s*(?:$|[,.?!]|um|uh|er|and|then))"
)


def with_homophones(text: str, found: Found) -> Found:
    """A card's piece or a security code with a digit's homophone said at its edge."""
    if found.kind not in ("CARD_NUMBER", "CVV") or not re.match(r"(?i)\w", text[found.start :]):
        return found
    start, end = found.start, found.end
    if re.match(patterns.SAID_DIGIT + r"\b", text[start:], re.I) and (
        before := _HOMOPHONE_BEFORE.search(text[:start])
    ):
        start = before.start()
    if after := _HOMOPHONE_AFTER.match(text[end:]):
        end += after.end()
    return Found(start, end, found.kind, found.recognizer)


_ID_ITEM = r"(?:" + patterns._NATO_WORD + r"|[b-hj-z]|" + patterns.SAID_DIGIT + r"|double|\d+)"
# The end of an id with letters in it, up to the end of the sentence.
_ID_TAIL = re.compile(
    r"(?i)^((?:\s+" + _ID_ITEM + r")*\s+(?:" + patterns._NATO_WORD + r"|[b-hj-z])"
    r"(?:\s+" + _ID_ITEM + r")*)\b(?=\s*(?:[.?!]\s*)?$|,? is that right)"
)


# A floor said before a street line, or before its own word "floor" at the line's start.
_ORDINAL_FLOOR = (
    r"(?:ground|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|top|"
    r"\d{1,2}(?:st|nd|rd|th))"
)
_FLOOR_BEFORE = re.compile(r"(?i)\b(?:the )?" + _ORDINAL_FLOOR + r" floor,?\s+$")
_FLOOR_WORD = re.compile(r"(?i)\b(?:the )?" + _ORDINAL_FLOOR + r"\s+$")


# Digits said before a letter inside an account number: "[five seven] j oh oh two nine six nine".
_DIGITS_BEFORE_LETTER = re.compile(
    r"(?i)(?<![\w'])(?:" + patterns.SAID_DIGIT + r"\s){2,}(?=[a-z]\s$)"
)


# "... and d as in delta", "... and then the letter d"
_NI_LETTER_SPELLED = re.compile(
    r"(?i),?\s+(?:and\s+)?(?:then\s+)?(?:[a-d] (?:as in|for) [a-z]+|the letters? [a-w](?: [a-w])?)\b"
)


def with_letters(text: str, found: Found) -> Found:
    """An account number with the letters said just before it ("sn [zero zero nine ...]"); a
    date of birth with the "the" said before its day ("the [fourth of march nineteen eighty]")
    and an expiry with its "end of" or month before it ("end of [june twenty nine]", "february
    [twenty eight]"), which some labellers count as part of them."""
    if found.kind in ("DOB", "EXPIRY"):
        words = r"the" if found.kind == "DOB" else r"(?:(?:the )?end of|" + patterns._MONTH + ")"
        the = re.search(r"(?i)\b" + words + r"\s+$", patterns.before(text, found.start))
        return Found(the.start(), found.end, found.kind, found.recognizer) if the else found
    if found.kind == "ADDRESS":  # "second [floor mercer house four king's parade]"
        before = patterns.before(text, found.start)
        floor = _FLOOR_BEFORE.search(before) or (
            _FLOOR_WORD.search(before) if text.startswith("floor", found.start) else None
        )
        return Found(floor.start(), found.end, found.kind, found.recognizer) if floor else found
    if found.kind not in ("ACCOUNT_NUMBER", "SSN"):
        return found
    before = re.search(
        r"(?<![\w'])([a-z]{1,3}|(?:[a-z] ){1,3}[a-z])\s(?:then\s)?$",
        patterns.before(text, found.start),
    )
    if (
        before
        and (" " in before[1] or not before[0].endswith("then "))  # "s d then [eight five ...]"
        and before[1] not in vocabulary.COMMON_WORDS
        and before[1] not in patterns.NATO_WORDS
    ):
        digits = _DIGITS_BEFORE_LETTER.search(text, 0, found.start) if len(before[1]) == 1 else None
        found = Found((digits or before).start(), found.end, found.kind, found.recognizer)
    nato = re.search(
        r"(?i)(?<![\w'])" + patterns._NATO_WORD + r"\s$",
        patterns.before(text, found.start),
    )
    if nato and (found.kind == "ACCOUNT_NUMBER" or re.match(r"[a-z] ", text[found.start :])):
        # "oscar d u y a ...", "a as in alpha two eight six ..."
        letter = re.search(r"(?<![\w'])[a-z] (?:as in|for) $", patterns.before(text, nato.start()))
        found = Found((letter or nato).start(), found.end, found.kind, found.recognizer)
    tail = _ID_TAIL.match(text[found.end :]) if found.kind == "ACCOUNT_NUMBER" else None
    if tail:  # "... fifty two eighty four charlie eight", "... six two one hotel"
        found = Found(found.start, found.end + tail.end(1), found.kind, found.recognizer)
    # "... seven oh four h" at the end, or before the caller checks it ("... five oh w is that
    # the one")
    after = re.match(
        r" [b-hj-z](?=[.?!]?$|,? (?:is that|is it|right|yeah|yes|okay|that's)\b)", text[found.end :]
    )
    if after:
        found = Found(found.start, found.end + 2, found.kind, found.recognizer)
    if found.kind == "SSN" and (letter := _NI_LETTER_SPELLED.match(text, found.end)):
        # "... forty six oh five eighty two and d as in delta at the end"
        found = Found(found.start, letter.end(), found.kind, found.recognizer)
    if found.kind == "SSN":  # a typed national insurance number's letters: "QQ [10 ... 36 67] A."
        prefix = re.search(r"(?<![\w'])[A-Z]{2}\s$", patterns.before(text, found.start))
        suffix = re.match(r" [A-D](?=[.,;!?]|$)", text[found.end :])
        found = Found(
            prefix.start() if prefix else found.start,
            found.end + (2 if suffix else 0),
            found.kind,
            found.recognizer,
        )
    return found
