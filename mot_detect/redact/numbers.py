"""Numbers as callers say them and speech recognition writes them, token by token, each with its
place in the text: "four one one one", "forty one eleven", "double five", "oh four", "4111-1111".

A run is a sequence of number tokens that reads as one number: between two tokens only spaces,
separators ("-", "/", ".", ","), the words people put inside a number ("dash", "space") and a
few hesitations ("um", "sorry", "let me see") stand, so "four one one one ... sorry ... one one
one one" is one run of eight digits. A run never crosses a quantity, price or time: "4000 units",
"$12", "4:30" and "forty five minutes" are kept out of runs (`measure` tokens).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from stdnum import luhn

from mot_detect.conversation.spoken_numbers import DIGIT_WORDS, TEEN_WORDS, TENS_WORDS

# The spoken-number words the detail tracker reads (conversation/spoken_numbers.py), as the digits
# each token stands for here: a tens word is its first digit ("forty" "one" -> "41").
_DIGITS = {word: str(value) for word, value in DIGIT_WORDS.items()} | {"nought": "0"}
_TEENS = {word: str(value) for word, value in TEEN_WORDS.items()}
_TENS = {word: str(value // 10) for word, value in TENS_WORDS.items()}
_REPEATS = {"double": 2, "triple": 3, "treble": 3}
_ZERO_WORDS = frozenset({"oh", "o"})  # zero only next to another number: "oh I see" is none
# What a recogniser writes for a digit it mishears ("five for won three", "three to eight", and
# for callers whose "three" and "six" it hears as "tree", "free" and "sex"): digits only inside
# a run of digit words (`_misheard_digit`).
SOUNDS_LIKE = {
    "won": "1", "for": "4", "fore": "4", "ate": "8", "to": "2", "too": "2", "tree": "3",
    "free": "3", "sex": "6",
}  # fmt: skip
_BEFORE_PRONOUN_ONE = frozenset("old new other same wrong another current main spare".split())
_WORD = re.compile(r"[A-Za-z]+(?:'[A-Za-z]+)?|\d+")
# Words inside one number as people read it out, and hesitations that do not end it.
FILLERS = frozenset(
    """um uh uhm er erm hmm ah sorry dash hyphen space and then um, is it's its that's thats
    okay ok yeah yes right so let me see wait hang on sec second just the i mean no slash say again
    point dot stroke mm mhm huh eh ehn""".split()
)
MAX_GAP_WORDS = 4
# What transcription services write for what they did not take down as words: "[inaudible]",
# "[crosstalk]", "[pause]", "<um>", "(coughs)". Inside a number they are no more than a pause.
MARKER = re.compile(r"\[[^\]\n]{1,40}\]|<[a-z][a-z ]{0,14}>|\((?:[a-z]+)(?: [a-z]+)?\)", re.I)
# A gap that takes back what came before it: "no sorry", "sorry no", "i mean".
_CORRECTION_GAP = re.compile(r"(?i)\bno\b|\bi mean\b")
_GAP_PUNCTUATION = re.compile(r"^[\s,.;:/\-–—()#+*]*$")
# What makes a number a measure, not an identifier: said before it, or right after it.
# "over" after a verb is no amount ("i've pulled over sixty three forty eight", "i'll just turn it
# over double four zero two")
_OVER = r"(?<!\bit )(?<!pulled )(?<!moved )(?<!came )(?<!come )(?<!popped )(?<!turned )over"
_MEASURE_BEFORE = re.compile(
    r"(?:[$£€]|\b(?:flight|at|by|about|around|" + _OVER + r"|under|than)\s*)$", re.I
)
_MEASURE_AFTER = re.compile(
    r"^\s*(?:%|percent|per ?cent|units?|boxes|box|items?|pieces?|pcs|dollars?|bucks|pounds?|"
    r"(?:thousand |million |hundred )?(?:dollars?|pounds?|euros?)|rupees?|rands?|lakhs?|crores?|"
    r"pesos?|yen|dirhams?|digits?|characters?|letters?|"
    r"quid|euros?|cents?|pence|p\b|k\b|grand|a month|a year|a week|per|minutes?|mins?|hours?|"
    r"hrs?|days?|weeks?|months?|years?|times?|am\b|pm\b|a\.m|p\.m|o'clock|kids?|children|people|"
    r"miles?|km|kilometers?|kilometres?|gallons?|liters?|litres?|kg|lbs?|gb|mb|tb|inch|inches|"
    r"feet|foot|ft|degrees?|th\b|st\b|nd\b|rd\b|tablets?|pills?|capsules?|bags?|packs?|"
    r"bottles?|cases?|pallets?|tickets?|nights?|rooms?|seats?|adults?|guests?|passengers?|forms?|"
    r"bus\b|tram\b|sec\b|secs\b|seconds?\b|moment\b)",
    re.I,
)
# The rest of an amount said in words after "hundred": "... ninety two dollars".
_AMOUNT_GOES_ON = re.compile(
    r"(?i)(?:\s+(?:and\s+)?(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|"
    r"sixty|seventy|eighty|ninety|hundred))+\s+(?:dollars?|pounds?|euros?|quid|bucks|cents?|pence|"
    r"rands?|rupees?|zlotys?|zloty|pesos?|naira|cedis?|dirhams?|riyals?|yen|yuan|francs?|kronor|"
    r"krona|miles|kilometres|kilometers|km|kilos|kg|litres|liters|gallons|metres|meters|feet|"
    r"people|guests|units|items|points|hours|minutes|days|weeks|months|years)\b"
)
_TIME = re.compile(r"\d{1,2}:\d{2}")
_THOUSANDS = re.compile(r"(?:,\d{3})+(?!\d|,\d)")


@dataclass(frozen=True)
class NumberToken:
    start: int
    end: int
    digits: str
    spoken: bool  # said as words ("four"), not written as digits


@dataclass(frozen=True)
class NumberRun:
    tokens: tuple[NumberToken, ...]
    # Tokens taken back by a correction inside the run ("two two one two no sorry five two one
    # two": the first "two two one two"): redacted with the run, left out of its digits.
    taken_back: frozenset[int] = frozenset()
    corrections: tuple[int, ...] = ()  # the tokens a correction gap stands before

    @property
    def digits(self) -> str:
        return "".join(t.digits for i, t in enumerate(self.tokens) if i not in self.taken_back)

    @property
    def start(self) -> int:
        return self.tokens[0].start

    @property
    def end(self) -> int:
        return self.tokens[-1].end


def number_tokens(text: str) -> list[NumberToken]:
    """The number tokens of `text`, in order (measures and times left out)."""
    words = [(m.start(), m.end(), m[0].lower()) for m in _WORD.finditer(text)]
    only_digits = _only_digits_said(words)
    tokens: list[NumberToken] = []
    i = 0
    while i < len(words):
        start, end, word = words[i]
        nxt = words[i + 1] if i + 1 < len(words) else None
        adjacent = nxt is not None and text[end : nxt[0]].strip(" -") == ""
        found: NumberToken | None = None
        used = 1
        if word.isdigit():
            thousands = _THOUSANDS.match(text, end) if len(word) <= 3 else None
            if thousands:  # "12,000 miles", "₹2,649,000": an amount, no one's number
                i += 1 + thousands[0].count(",")
                continue
            found = NumberToken(start, end, word, False)
        elif (said_tens := _said_tens(words, i, text, tokens)) is not None:
            found, used = said_tens
        elif word in _TENS:
            if adjacent and nxt is not None and nxt[2] in _DIGITS and nxt[2] not in _ZERO_WORDS:
                found = NumberToken(start, nxt[1], _TENS[word] + _DIGITS[nxt[2]], True)
                used = 2
            else:
                found = NumberToken(start, end, _TENS[word] + "0", True)
        elif word in _TEENS:
            found = NumberToken(start, end, _TEENS[word], True)
        elif word in _REPEATS and nxt is not None and adjacent:
            digit = _DIGITS.get(nxt[2]) or (nxt[2] if nxt[2].isdigit() and len(nxt[2]) == 1 else "")
            if digit:
                found = NumberToken(start, nxt[1], digit * _REPEATS[word], True)
                used = 2
        elif word in _DIGITS and word not in _ZERO_WORDS and not _pronoun_one(words, i):
            found = NumberToken(start, end, _DIGITS[word], True)
        elif word == "hundred" and tokens and tokens[-1].spoken and tokens[-1].end >= start - 1:
            if _AMOUNT_GOES_ON.match(text, end):
                tokens.pop()  # "two hundred ninety two dollars": an amount
            elif (below := _below_a_hundred(words, i + 1, text)) is not None:
                digits, below_end, below_used = below  # "thirty six hundred and seventy seven"
                found, used = NumberToken(start, below_end, digits, True), 1 + below_used
            else:
                found = NumberToken(start, end, "00", True)  # "ninety three hundred": 9300
        elif (
            word == "thousand"
            and tokens
            and tokens[-1].spoken
            and len(tokens[-1].digits) <= 2
            and tokens[-1].end >= start - 1
            and not _AMOUNT_GOES_ON.match(text, end)
            and (
                (hundreds := _HUNDREDS_NEXT.match(text, end)) is not None
                or (below := _below_a_hundred(words, i + 1, text)) is not None
            )
        ):
            # "five thousand five hundred and twenty five": 5525; "two thousand and eight": 2008
            before = tokens.pop()
            if hundreds is not None:
                found = NumberToken(before.start, end, before.digits, True)
            else:
                found = NumberToken(before.start, below[1], before.digits + "0" + below[0], True)
                used = 1 + below[2]
        elif word in _ZERO_WORDS and (
            _next_to_number(words, i, text)
            # "three six for oh": after a homophone taken as a digit
            or (tokens and i > 0 and tokens[-1].end == words[i - 1][1] == start - 1)
        ):
            found = NumberToken(start, end, "0", True)
        elif word in SOUNDS_LIKE and (_misheard_digit(words, i, text) or word in only_digits):
            found = NumberToken(start, end, SOUNDS_LIKE[word], True)
        if found is not None and found.spoken and i > 0:
            found = _after_stutter(words, i, text, tokens, found)
            if (
                words[i - 1][2] in ("first", "last")
                and found.digits in "23456"
                and _digits_follow(words, i) >= int(found.digits)
            ):
                found = None  # "and the last four six nine six one": how many digits follow
        if found is not None and (
            not _is_measure(text, found) or _digits_follow(words, i + used - 1) >= 4
        ):
            tokens.append(found)  # "reach you at five oh five five five ...": a phone number
        i += used
    return tokens


# A hundreds group after "thousand": "... thousand five hundred ...".
_HUNDREDS_NEXT = re.compile(
    r"(?i)\s+(?:and\s+)?(?:one|two|three|four|five|six|seven|eight|nine)\s+hundred\b"
)


def _below_a_hundred(
    words: list[tuple[int, int, str]], i: int, text: str
) -> tuple[str, int, int] | None:
    """The number from 1 to 99 said at `words[i]` after "and", right after "hundred" or
    "thousand" ("and twenty", "and seventy seven", "and five"): its two digits, where it ends
    and how many words it took; None if none is said there. Without "and" the words are digits
    read in pairs ("forty five hundred twenty nine ...": 4500 29, "oh seven seven hundred nine
    hundred ...": 07700 900)."""
    if i + 1 >= len(words) or words[i][2] != "and":
        return None
    i += 1
    if text[words[i - 1][1] : words[i][0]].strip() != "":
        return None
    said = _below_a_hundred_said(words, i, text)
    if said is None:
        return None
    digits, end, more = said
    after = i + more
    if after < len(words) and words[after][2] in ("hundred", "thousand", "million"):
        return None  # "between twenty two thousand and thirty eight thousand kilometres"
    return digits, end, 1 + more


def _below_a_hundred_said(
    words: list[tuple[int, int, str]], i: int, text: str
) -> tuple[str, int, int] | None:
    """The number from 1 to 99 said at `words[i]` ("seventy seven", "twelve", "five"): its two
    digits, where it ends and how many words it took."""
    end, word = words[i][1], words[i][2]
    if word in _TENS:
        nxt = words[i + 1] if i + 1 < len(words) else None
        if (
            nxt is not None
            and nxt[2] in _DIGITS
            and nxt[2] not in _ZERO_WORDS
            and nxt[2] not in ("zero", "nought")
            and text[end : nxt[0]].strip(" -") == ""
        ):
            return _TENS[word] + _DIGITS[nxt[2]], nxt[1], 2
        return _TENS[word] + "0", end, 1
    if word in _TEENS:
        return _TEENS[word], end, 1
    if word in _DIGITS and word not in _ZERO_WORDS and word not in ("zero", "nought"):
        return "0" + _DIGITS[word], end, 1
    return None


# Words an utterance of nothing but digits may hold besides them: "five sex seven oh sex nine
# sex to", "for seven five to uh to nine no sorry to nine ate three".
_AROUND_DIGITS = frozenset(
    "um uh er erm hmm no sorry wait yes yeah it's its is it that's okay ok and then tee".split()
)
_RANGE_WORDS = frozenset({"to", "too", "for", "fore"})


def _only_digits_said(words: list[tuple[int, int, str]]) -> frozenset[str]:
    """The homophones that stand for digits because the text says nothing but digits: any
    ("won nine nine", "oh six three to") while three number words or more are said, "to" and
    "for" only among four ("nine to five" is a time)."""
    said = [w for _, _, w in words if w not in _AROUND_DIGITS and not w.endswith("-")]
    numbers = [w for w in said if w in _DIGITS or w in _TEENS or w in _TENS or w in _REPEATS]
    sounds = {w for w in said if w in SOUNDS_LIKE}
    if len(numbers) + sum(w in sounds for w in said) != len(said) or len(said) < 3:
        return frozenset()
    if len(numbers) < 2:
        return frozenset()
    return frozenset(sounds if len(said) >= 4 else sounds - _RANGE_WORDS)


def _said_tens(
    words: list[tuple[int, int, str]], i: int, text: str, tokens: list[NumberToken]
) -> tuple[NumberToken, int] | None:
    """A tens word the recogniser split ("for tee two" 42, "six tee eleven" 6011, "ate tee nine"
    89), with the words it takes, inside a number: a number word follows or one came before."""
    word = words[i][2]
    digit = SOUNDS_LIKE.get(word) or _DIGITS.get(word)
    if digit in (None, "0", "1") or i + 1 >= len(words) or words[i + 1][2] != "tee":
        return None

    def joined(a: int, b: int) -> bool:
        return text[words[a][1] : words[b][0]].strip(" -") == ""

    after = words[i + 2][2] if i + 2 < len(words) and joined(i + 1, i + 2) else ""
    number_after = after in _DIGITS or after in _TEENS or after in _TENS or after in SOUNDS_LIKE
    number_before = bool(tokens) and text[tokens[-1].end : words[i][0]].strip(" ,-") == ""
    if not joined(i, i + 1) or not (number_after or number_before):
        return None
    if after in _DIGITS and after not in _ZERO_WORDS:
        return NumberToken(words[i][0], words[i + 2][1], digit + _DIGITS[after], True), 3
    return NumberToken(words[i][0], words[i + 1][1], digit + "0", True), 2


def _after_stutter(
    words: list[tuple[int, int, str]],
    i: int,
    text: str,
    tokens: list[NumberToken],
    found: NumberToken,
) -> NumberToken:
    """`found` with a stutter before it taken in: "f- five", "tw- two", and "five- five" said
    once."""
    start, end, said = words[i - 1]
    if not (re.fullmatch(r"-\s+", text[end : words[i][0]]) and words[i][2].startswith(said)):
        return found
    if tokens and tokens[-1].start == start and tokens[-1].end == end:
        tokens.pop()
    return NumberToken(start, found.end, found.digits, True)


def _pronoun_one(words: list[tuple[int, int, str]], i: int) -> bool:
    """ "one" after an adjective is a pronoun ("that's my old one hang on it's oh seven ...")."""
    if words[i][2] != "one" or i == 0:
        return False
    before, after = words[i - 1][2], words[i + 1][2] if i + 1 < len(words) else ""
    # "dad's finance one is 3343-6158-6782"
    return before in _BEFORE_PRONOUN_ONE or (
        after in ("is", "was") and before not in _DIGITS and not before.isdigit()
    )


# Words before "won", "ate" or "for" that make it the word: "i won", "we ate", "it's for".
_SUBJECTS = frozenset(
    "i we you they he she it who which that and have has had just never also 's is was it's "
    "what's that's one".split()
)


def _misheard_digit(words: list[tuple[int, int, str]], i: int, text: str) -> bool:
    """Whether a homophone of a digit stands for one: digits (or other homophones) right before
    and after it, in a run of at least four ("five for won three"; not "two to three days", "i
    won two tickets", "nine to five")."""

    def digit(j: int, tens: bool = False) -> bool:
        if not 0 <= j < len(words):
            return False
        word = words[j][2]
        return (
            word in _DIGITS
            or word in SOUNDS_LIKE
            or (word.isdigit() and len(word) == 1)
            or (tens and (word in _TENS or word in _TEENS))  # "oh won twenty eight"
        )

    def joined(a: int, b: int) -> bool:
        return text[words[a][1] : words[b][0]].strip(" ,") == ""

    if i == 0 and _digits_follow(words, i) >= 6 and joined(i, i + 1):
        return True  # "for eight one oh one one six eight": a piece that starts with it
    if (
        i >= 3
        and all(digit(i - k) and joined(i - k, i - k + 1) for k in (1, 2, 3))
        and (i + 1 == len(words) or len(words[i + 1][2]) == 1)
    ):
        return True  # "card three oh eight won", "three three one one two seven ate r a"
    if (
        i > 0
        and words[i][2] in ("ate", "won")  # not "text the link to zero seven ..."
        and words[i - 1][2] not in _SUBJECTS
        and _digits_follow(words, i) >= 3
        and joined(i, i + 1)
        and all(digit(i + k) for k in (1, 2, 3))
    ):
        return True  # "hang on my son's yelling ate nine oh eight"
    if not (digit(i - 1) and digit(i + 1, tens=True) and joined(i - 1, i) and joined(i, i + 1)):
        return False
    if i >= 2 and words[i - 2][2] in ("from", "between"):
        return False  # "from one to five": a range
    if i + 2 < len(words) and words[i + 2][2] in ("hundred", "thousand", "million"):
        return False  # "ending seven five three nine for four hundred ...": an amount
    # "nine to five", "four to six": too short to be read out digit by digit
    return (
        (digit(i - 2) and joined(i - 2, i - 1))
        or (i + 2 < len(words) and digit(i + 2) and joined(i + 1, i + 2))
        # "six for five and one three one", "oh ate seven and then seven seven one": the piece
        # goes on after "and"
        or (
            words[i][2] not in ("to", "too")  # "nine to five and one on sundays"
            and (goes_on := _after_and(words, i + 2)) > i + 2
            and goes_on + 1 < len(words)
            and all(digit(k) and joined(k - 1, k) for k in (goes_on, goes_on + 1))
            and joined(i + 1, i + 2)
        )
    )


def _after_and(words: list[tuple[int, int, str]], at: int) -> int:
    """Where a number goes on after "and" or "and then" at word `at` (`at` itself if neither)."""
    if at < len(words) and words[at][2] == "and":
        at += 1
        if at < len(words) and words[at][2] == "then":
            at += 1
    return at


def _digits_follow(words: list[tuple[int, int, str]], i: int) -> int:
    """How many number words (or digits written as digits) follow word `i` straight on."""
    count = 0
    for word in words[i + 1 :]:
        w = word[2]
        if w.isdigit():
            count += len(w)  # "and the last four 5557."
            continue
        if not (w in _DIGITS or w in _ZERO_WORDS or w in _TEENS or w in _TENS or w in _REPEATS):
            break
        count += 1
    return count


def _next_to_number(words: list[tuple[int, int, str]], i: int, text: str) -> bool:
    """Whether "oh" at word i stands beside a number with no pause between ("6467. Oh, and"
    is no zero)."""

    def number(j: int) -> bool:
        if not 0 <= j < len(words):
            return False
        w = words[j][2]
        return (
            w.isdigit()
            or w in _DIGITS
            or w in _TEENS
            or w in _TENS
            or w in _REPEATS
            or (j > i and w in SOUNDS_LIKE and _misheard_digit(words, j, text))  # "oh ate six"
        )

    def joined(a: int, b: int) -> bool:
        return not re.search(r"[.,!?;]", text[words[a][1] : words[b][0]])

    return (number(i - 1) and joined(i - 1, i)) or (number(i + 1) and joined(i, i + 1))


def _is_measure(text: str, token: NumberToken) -> bool:
    if not token.spoken and re.search(
        r"[$£€]\d+[.,]$", text[max(0, token.start - 12) : token.start]
    ):
        return True  # the cents of "$34.99"
    if _MEASURE_BEFORE.search(text[max(0, token.start - 12) : token.start]):
        return True
    if _MEASURE_AFTER.match(text[token.end : token.end + 16]):
        return True
    around = text[max(0, token.start - 3) : token.end + 3]
    return bool(_TIME.search(around)) and ":" in around


def gap_joins(gap: str) -> bool:
    """Whether `gap`, the text between two number tokens, leaves them one number."""
    gap = MARKER.sub(" ", gap)  # "five eight three three oh [inaudible] nine two three one"
    if _GAP_PUNCTUATION.match(gap):
        return True
    words = [w.lower() for w in _WORD.findall(gap)]
    if len(words) > MAX_GAP_WORDS or any(w not in FILLERS for w in words):
        return False
    if "the" in words and re.search(r"[,.;]", gap):
        return False  # "booking AMB-4846-L, the eight-day tour": a new phrase
    return bool(_GAP_PUNCTUATION.match(_WORD.sub("", gap)))


def split_at_pauses(text: str, run: NumberRun) -> list[NumberRun]:
    """`run` cut where a comma or a full stop stands between two of its tokens: "168-94-7889,
    04/01/1971" is two values said one after the other."""
    pieces: list[list[NumberToken]] = [[run.tokens[0]]]
    for before, token in zip(run.tokens, run.tokens[1:], strict=False):
        if re.search(r"[,.;]\s", text[before.end : token.start] + " "):
            pieces.append([token])
        else:
            pieces[-1].append(token)
    return [NumberRun(tuple(piece)) for piece in pieces]


def number_runs(text: str, tokens: list[NumberToken] | None = None) -> list[NumberRun]:
    """The runs of `text`: tokens with only separators and hesitations between them."""
    tokens = number_tokens(text) if tokens is None else tokens
    runs: list[list[NumberToken]] = []
    corrections: list[list[int]] = []  # per run: where a correction gap stands before a token
    for token in tokens:
        gap = text[runs[-1][-1].end : token.start] if runs else ""
        if runs and gap_joins(gap):
            if _CORRECTION_GAP.search(gap):
                corrections[-1].append(len(runs[-1]))
            runs[-1].append(token)
        else:
            runs.append([token])
            corrections.append([])
    return [
        NumberRun(tuple(run), _taken_back(run, at), tuple(at))
        for run, at in zip(runs, corrections, strict=True)
    ]


def refit_correction(run: NumberRun, sizes: tuple[int, ...]) -> NumberRun:
    """`run` with the fewest tokens before its first correction taken back that leave one of
    `sizes` digits ("three seven four eight one no one eight oh five oh oh" as a nine-digit
    number: "eight one" taken back), or `run` as it is."""
    if len(run.digits) in sizes or not run.corrections:
        return run
    at = run.corrections[0]
    for count in range(1, at + 1):
        refit = NumberRun(run.tokens, frozenset(range(at - count, at)), run.corrections)
        if len(refit.digits) in sizes:
            return refit
    return run


def block_said_twice(text: str, run: NumberRun) -> NumberRun:
    """`run` with a block of four said twice in a row, a hesitation between, counted once ("five
    five four one um five five four one sorry i said that twice", "... oh one oh eight uh oh one
    oh eight sorry i said that twice"), or `run` as it is."""
    tokens = run.tokens
    said = [len(t.digits) for t in tokens]
    before = 0  # digits before token k
    for k in range(1, len(tokens)):
        before += said[k - 1]
        if before % 4 or not re.search(
            r"(?i)\b(?:um|uh|er|erm|sorry)\b", text[tokens[k - 1].end : tokens[k].start]
        ):
            continue
        j, size = k, 0
        while j > 0 and size < 4:
            j -= 1
            size += said[j]
        block = "".join(t.digits for t in tokens[j:k])
        if size == 4 and "".join(t.digits for t in tokens[k:]).startswith(block):
            return NumberRun(tokens, run.taken_back | frozenset(range(j, k)), run.corrections)
    return run


def _taken_back(run: list[NumberToken], corrections: list[int]) -> frozenset[int]:
    """The tokens each correction replaces: as many digits just before it as the group after it
    has (up to the next correction), where tokens line up with that count."""
    dropped: set[int] = set()
    for n, at in enumerate(corrections):
        end = corrections[n + 1] if n + 1 < len(corrections) else len(run)
        size = _restated(_last_digits(run, at, dropped), "".join(t.digits for t in run[at:end]))
        count, i = 0, at
        while i > 0 and count < size:
            i -= 1
            if i not in dropped:
                count += len(run[i].digits)
        if count == size:
            dropped.update(j for j in range(i, at))
    return frozenset(dropped)


def _last_digits(run: list[NumberToken], at: int, dropped: set[int], most: int = 8) -> str:
    """The last `most` digits or so said before token `at` and not taken back."""
    said: list[str] = []
    count, i = 0, at
    while i > max(0, at - 4 * most) and count < most:
        i -= 1
        if i not in dropped:
            said.append(run[i].digits)
            count += len(run[i].digits)
    return "".join(reversed(said))


def _restated(before: str, after: str) -> int:
    """How many digits a correction takes back: as many as it says ("two two one two no sorry
    five two one two"), or those it says again before going on ("to nine no sorry to nine ate
    three": "two nine")."""
    for size in range(min(len(after) - 1, 8), 1, -1):  # a few digits: "two nine"
        if before.endswith(after[:size]):
            return size
    return len(after)


def issued_start(digits: str) -> bool:
    """Whether a card can start so: 3 to 6, or 2 only in Mastercard's 2221-2720 (a ticket's
    "2385 6950 ..." is no card)."""
    if digits[:1] == "2":
        return len(digits) < 4 or "2221" <= digits[:4] <= "2720"
    return digits[:1] in ("3", "4", "5", "6")


def _issued_length(part: str) -> bool:
    """Whether a card can have this many digits with this start: fifteen digits are American
    Express (34, 37) or enRoute (2014, 2149), fourteen Diners Club or Maestro, thirteen an old
    Visa or Maestro (a superannuation fund's USI "2316 8198 1284 78" is no card); a phone's
    IMEI ("35 052282 356017 1") is Luhn-valid too, and no card."""
    if len(part) == 14:
        return part[0] in "356"  # Diners Club, Maestro
    if len(part) == 13:
        return part[0] in "456"  # an old Visa, Maestro
    return len(part) != 15 or part[:2] in ("34", "37") or part[:4] in ("2014", "2149")


def luhn_window(digits: str, lengths: range = range(13, 20)) -> tuple[int, int] | None:
    """The longest stretch of `digits` that is a card number (13-19 digits, Luhn-valid)."""
    for size in sorted(lengths, reverse=True):
        for first in range(0, len(digits) - size + 1):
            part = digits[first : first + size]
            if issued_start(part) and _issued_length(part) and luhn.is_valid(part):
                return first, first + size
    return None


# The homophones of a digit that start a piece of a number ("for nine oh eight") and those that
# end one ("six oh one won").
LEADING_HOMOPHONES = r"(?:for|fore|to|too)"
TRAILING_HOMOPHONES = r"(?:won|ate)"
# "for" and "to" after words that a card's digits follow, not after "valid", "up" or "charge".
_HOMOPHONE_LEADS = re.compile(
    r"(?i)(?:^|\b(?:it's|its|is|was|then|and|um|uh|er|erm|okay|ok|yes|yeah|so|right|out|starts|"
    r"begins|number|card|bit|part|visa|mastercard|amex|first|code|cvv|cvc)\s+)("
    + LEADING_HOMOPHONES
    + r")\s+$"
)
_HOMOPHONE_TRAILS = re.compile(
    r"(?i)^\s+(" + TRAILING_HOMOPHONES + r")\b(?!['’])"
    r"(?=\s*(?:$|[,.?!]|(?:um|uh|er|and|then|in the|is that|right|or|yes|yeah|no)\b))"
)

_HOMOPHONE_AFTER_PIECE = re.compile(r"(?i)^\s+(" + TRAILING_HOMOPHONES + r")\b(?!['’])")


def with_edge_homophones(text: str, runs: list[NumberRun], codes: bool) -> list[NumberRun]:
    """Runs with a digit's homophone at their edge taken as the digit, while a card or a code
    is being given: "it's for nine oh eight" (4908: no card starts with 9), "cvv" / "to five
    four", "six oh one won um two three one nine ..." (6011, Discover's start)."""
    out = []
    for run in runs:
        tokens = list(run.tokens)
        base = max(0, run.start - 300)
        lead = _HOMOPHONE_LEADS.search(text, base, run.start)
        # "for two hundred": an amount; "for to four six um forty five hundred": a card's start
        opening = text[run.start : run.tokens[min(2, len(run.tokens) - 1)].end]
        amount = re.search(r"(?i)\b(?:hundred|thousand|million)\b", opening)
        if (
            lead
            and run.tokens[0].spoken
            and not amount
            and (
                (
                    len(run.digits) >= 3
                    and (
                        run.digits[0] not in "23456"
                        # "it's for to four six": homophones in a row
                        or text[run.start : run.tokens[0].end].lower() in SOUNDS_LIKE
                        # "for three sex seven" said as the answer
                        or not text[: lead.start(1)].strip(" ,.")
                    )
                )
                or (codes and len(run.digits) == 2)
            )
        ):
            tokens.insert(
                0, NumberToken(lead.start(1), lead.end(1), SOUNDS_LIKE[lead[1].lower()], True)
            )
        # "five zero for ate kenji always did this": after a piece of three digits or more,
        # whatever follows; after two, only where a code could end
        trail = (_HOMOPHONE_AFTER_PIECE if len(run.digits) >= 3 else _HOMOPHONE_TRAILS).match(
            text[run.end :]
        )
        if trail and (len(run.digits) >= 3 or codes) and run.tokens[-1].spoken:
            at = run.end + trail.start(1)
            tokens.append(NumberToken(at, at + len(trail[1]), SOUNDS_LIKE[trail[1].lower()], True))
        if len(tokens) == len(run.tokens):
            out.append(run)
        else:
            shift = 1 if tokens[0] is not run.tokens[0] else 0
            out.append(
                NumberRun(
                    tuple(tokens),
                    frozenset(i + shift for i in run.taken_back),
                    tuple(i + shift for i in run.corrections),
                )
            )
    return out
