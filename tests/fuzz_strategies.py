"""Hypothesis strategies for the fuzz suite: valid calls, and the bad input real exports hold.

Every strategy is bounded (at most a few thousand characters per value, a dozen calls per
document, nesting 1,500 deep at most) so that each generated case finishes quickly; what the
scorer does with really large inputs is measured by benchmarks/bench_pathological.py instead.

JSON documents are built as text from fragments rather than with `json.dumps`, so that they can
hold what `json.dumps` never writes and exports do: 1e400, NaN, 4,301-digit integers, lone
surrogate escapes, 1,000-deep nesting, duplicate keys.
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from typing import Any

from hypothesis import strategies as st

from mot_detect.labels import SPEAKER_ALIASES, UTTERANCE_LABELS

# --- text ---------------------------------------------------------------------------------

SENTENCES: tuple[str, ...] = (
    "Thank you for calling, how can I help you today?",
    "I need it by 5pm tomorrow.",
    "The party is Saturday at two and the tracking hasn't moved since last Thursday.",
    "My father's funeral is on Friday and I have to be in Savannah.",
    "This is the third time I've called about this.",
    "I've been a customer for twenty years.",
    "If this isn't fixed today I'm cancelling my account.",
    "My mother is on oxygen and the power has been out since five.",
    "I can't afford another overdraft fee, my rent is due.",
    "I want to speak to your supervisor.",
    "I'm so stressed, I don't know what to do.",
    "This is my first claim ever.",
    "I understand your frustration.",
    "Please hold while I check that for you.",
    "Unfortunately that's our policy and there's nothing I can do.",
    "Can you verify your date of birth again?",
    "You should have read the terms and conditions.",
    "Let me transfer you to another department.",
    "My email is jane.doe@example.com and my account number is 55029174.",
    "Call me back on 555-0142 before 9 a.m. on Monday, or at 3:30 p.m.",
    "Okay. Right. Thanks. Bye.",
    "by 5pm by 5pm by 5pm tomorrow tomorrow",
    "Mi vuelo fue cancelado y necesito llegar mañana.",
    "Ich brauche das bis morgen um 17 Uhr.",
    "私の父の葬儀は金曜日です。",
    "",
    "   ",
)

#: Characters that reach a terminal as instructions: ANSI/OSC sequences, C0/C1 controls,
#: bidirectional overrides, zero-width characters, a BOM in the middle of text.
CONTROL_SNIPPETS: tuple[str, ...] = (
    "\x1b[31m",
    "\x1b[0m",
    "\x1b[2J\x1b[H",
    "\x1b]0;pwned\x07",
    "\x1b]8;;http://example.com\x1b\\link\x1b]8;;\x1b\\",
    "\x9b31m",
    "\x00",
    "\x07",
    "\x08\x08\x08",
    "\r",
    "\x0b\x0c",
    "\x7f",
    "\u202e",
    "\u200b",
    "\ufeff",
    "\u2028",
    "[bold red]markup[/]",
    "[link=http://x]y[/link]",
)

#: Words whose length or repetition stresses the matchers (kept short enough to stay fast).
LONG_WORDS = st.tuples(
    st.sampled_from(("a", "5", ".", "-", "x@", "5pm", "ab.", "@", "0-", "é", "😀")),
    st.integers(min_value=50, max_value=1_500),
).map(lambda pair: pair[0] * pair[1])

UNICODE_TEXT = st.text(max_size=40)
WORD = st.from_regex(r"[A-Za-z0-9'@.,:-]{1,12}", fullmatch=True)

#: Lone surrogates as Python characters: what JSON's "\\ud800" escapes and stdin's
#: surrogateescape decoding of invalid UTF-8 both produce.
LONE_SURROGATES = st.sampled_from(("\ud800", "\udfff", "\udc80", "\udcff", "\ud83d"))

TEXT = st.one_of(
    st.sampled_from(SENTENCES),
    st.sampled_from(SENTENCES),
    st.lists(
        st.one_of(
            st.sampled_from(SENTENCES),
            WORD,
            UNICODE_TEXT,
            st.sampled_from(CONTROL_SNIPPETS),
            LONG_WORDS,
        ),
        min_size=1,
        max_size=6,
    ).map(" ".join),
)

#: Text that may also hold lone surrogates (only reachable through JSON escapes or stdin).
TEXT_WITH_SURROGATES = st.one_of(
    TEXT,
    st.tuples(TEXT, LONE_SURROGATES, TEXT).map("".join),
)

SPEAKER_NAMES: tuple[str, ...] = (
    *SPEAKER_ALIASES,
    "Agent",
    "CUSTOMER",
    "Caller 2",
    "agent (Kevin)",
    " customer ",
)
BAD_SPEAKER_NAMES: tuple[str, ...] = (
    "robot",
    "",
    " ",
    "Agent\x1b[31m",
    "ＡＧＥＮＴ",
    "agent\u0000",
)

# --- JSON fragments (raw JSON text) -----------------------------------------------------------


def _json_string(text: str, ascii_only: bool) -> str:
    return json.dumps(text, ensure_ascii=ascii_only)


JSON_STRING = st.builds(_json_string, TEXT, st.booleans())

#: A JSON string with a lone surrogate escape, such as "\ud800" (valid JSON, invalid Unicode).
JSON_LONE_SURROGATE = st.tuples(
    st.sampled_from(("", "call ", "text ")),
    st.sampled_from(("\\ud800", "\\udfff", "\\udc00\\udc00", "\\ud83d", "\\ude00x")),
).map(lambda parts: f'"{parts[0]}{parts[1]}"')

#: Numbers at and beyond every limit: Python's 4,300-digit int limit, float overflow, and the
#: non-standard literals Python's json module accepts.
ODD_NUMBERS = st.one_of(
    st.sampled_from(
        (
            "1e400",
            "-1e400",
            "1e-400",
            "NaN",
            "Infinity",
            "-Infinity",
            "-0",
            "-0.0",
            "1E+308",
            "1.7976931348623157e308",
            "4.9e-324",
            "-1",
            "1e99999999999",
            "123456789012345678901234567890",
        )
    ),
    st.integers(min_value=1, max_value=5_000).map(lambda n: "9" * n),
    st.integers(min_value=60, max_value=500).map(lambda n: "-1" + "0" * n),
    st.integers(min_value=1, max_value=3_000).map(lambda n: "0." + "0" * n + "1"),
    st.integers(min_value=1, max_value=3_000).map(lambda n: "1." + "5" * n + "e3"),
)

#: Arrays or objects nested up to 1,500 deep (Python's json gives up near 1,000).
NESTED = st.tuples(st.integers(min_value=1, max_value=1_500), st.booleans()).map(
    lambda pair: (
        "[" * pair[0] + "]" * pair[0] if pair[1] else '{"a": ' * pair[0] + "0" + "}" * pair[0]
    )
)

_JSON_SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**20), max_value=10**20),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=12),
)
ANY_JSON_VALUE = st.recursive(
    _JSON_SCALARS,
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=6), children, max_size=3)
    ),
    max_leaves=8,
)
ANY_JSON = ANY_JSON_VALUE.map(json.dumps)

#: A value of 10,000 characters, to check error messages quote a bad value briefly.
LONG_JSON_STRING = st.sampled_from(("A", "x", "\u00e9", "9")).map(lambda c: json.dumps(c * 10_000))

BAD_VALUE = st.one_of(
    ODD_NUMBERS,
    NESTED,
    JSON_LONE_SURROGATE,
    ANY_JSON,
    LONG_JSON_STRING,
    st.sampled_from(("null", "true", "false", '""', "[]", "{}", "0", '" "', '"\\u0000"')),
)


def _field(good: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    """Mostly a good value, sometimes anything at all."""
    return st.one_of(good, good, good, BAD_VALUE)


_EPOCH = datetime(2026, 1, 1, tzinfo=timezone.utc)
ISO_DATETIMES = st.one_of(
    st.datetimes(
        min_value=datetime(1970, 1, 2),
        max_value=datetime(2199, 12, 30),
        timezones=st.sampled_from((timezone.utc, timezone(timedelta(hours=-5)), None)),
    ).map(lambda value: value.isoformat()),
    st.sampled_from(
        (
            "9999-12-31T23:59:59+00:00",
            "9999-12-31T23:59:59.999999",
            "0001-01-01T00:00:00+00:00",
            "0001-01-01T00:00:00+14:00",
            "2200-12-31T23:59:59-12:00",
            "1970-01-01T00:00:00+14:00",
            "2026-05-04T15:00:00Z",
            "2026-05-04",
            "2026-13-45T99:00:00",
            "tomorrow",
            "",
            "2026-05-04T15:00:00+25:00",
        )
    ),
)

SPEAKER = st.one_of(st.sampled_from(SPEAKER_NAMES), st.sampled_from(BAD_SPEAKER_NAMES))
SECONDS = st.floats(min_value=0, max_value=100_000, allow_nan=False, allow_infinity=False)
GOLD = st.lists(st.sampled_from(UTTERANCE_LABELS), max_size=3, unique=True)


def _json_object(pairs: list[tuple[str, str]]) -> str:
    return "{" + ", ".join(f"{json.dumps(key)}: {value}" for key, value in pairs) + "}"


@st.composite
def _object_of(draw: st.DrawFn, fields: dict[str, st.SearchStrategy[str]]) -> str:
    """A JSON object with each field present (usually) or missing, sometimes an unknown key,
    sometimes a key twice, in a random order."""
    pairs = [(key, draw(value)) for key, value in fields.items() if draw(st.integers(0, 9)) > 0]
    if draw(st.integers(0, 9)) == 0:
        pairs.append((draw(st.text(max_size=8)), draw(BAD_VALUE)))
    if pairs and draw(st.integers(0, 19)) == 0:
        pairs.append((pairs[0][0], draw(BAD_VALUE)))
    return _json_object(draw(st.permutations(pairs)))


UTTERANCE_FRAGMENT = _object_of(
    {
        "speaker": _field(st.builds(json.dumps, SPEAKER)),
        "text": _field(st.one_of(JSON_STRING, JSON_STRING, JSON_LONE_SURROGATE)),
        "start": _field(st.builds(json.dumps, SECONDS)),
        "end": _field(st.builds(json.dumps, SECONDS)),
        "gold": _field(st.builds(json.dumps, GOLD)),
    }
)

CALL_FRAGMENT = _object_of(
    {
        "call_id": _field(st.one_of(JSON_STRING, st.builds(json.dumps, st.integers(0, 10**6)))),
        "started_at": _field(st.builds(json.dumps, ISO_DATETIMES)),
        "metadata": _field(
            st.one_of(
                st.builds(json.dumps, st.dictionaries(st.text(max_size=6), ANY_JSON_VALUE)),
                NESTED.map(lambda nested: '{"ivr": ' + nested + "}"),
                JSON_LONE_SURROGATE.map(lambda s: "{" + s + ": " + s + "}"),
            )
        ),
        "utterances": _field(
            st.lists(UTTERANCE_FRAGMENT, max_size=8).map(lambda items: "[" + ", ".join(items) + "]")
        ),
    }
)

# --- valid calls ------------------------------------------------------------------------------


@st.composite
def valid_call(draw: st.DrawFn, call_id: str | None = None) -> dict[str, object]:
    """A call every reader should accept: known speakers, text of any kind, times in order."""
    count = draw(st.integers(min_value=1, max_value=12))
    timed = draw(st.booleans())
    clock = 0.0
    utterances = []
    for _ in range(count):
        utterance: dict[str, object] = {
            "speaker": draw(st.sampled_from(("agent", "customer", "customer", "ivr", "Agent"))),
            "text": draw(TEXT),
        }
        if timed:
            clock += draw(st.floats(min_value=0, max_value=120, allow_nan=False))
            utterance["start"] = round(clock, 2)
            clock += draw(st.floats(min_value=0, max_value=30, allow_nan=False))
            utterance["end"] = round(clock, 2)
        if draw(st.integers(0, 9)) == 0:
            utterance["gold"] = draw(GOLD)
        utterances.append(utterance)
    call: dict[str, object] = {
        "call_id": call_id or draw(st.from_regex(r"[a-z]{1,8}-[0-9]{1,5}", fullmatch=True)),
        "utterances": utterances,
    }
    if draw(st.booleans()):
        call["started_at"] = (
            _EPOCH + timedelta(minutes=draw(st.integers(-(10**7), 10**7)))
        ).isoformat()
    if draw(st.booleans()):
        call["metadata"] = draw(st.dictionaries(st.text(max_size=6), ANY_JSON_VALUE, max_size=4))
    return call


@st.composite
def quirky_call(draw: st.DrawFn) -> str:
    """A call that should be read (perhaps with a warning) although it holds what odd exports
    hold: a lone surrogate escape in its text or id, or a date at the edge of the range."""
    call = draw(valid_call())
    text = json.dumps(call, ensure_ascii=draw(st.booleans()))
    tweak = draw(st.integers(0, 4))
    if tweak == 0:  # a lone surrogate escape in the first utterance's text
        return text.replace('"text": "', '"text": "\\ud800', 1)
    if tweak == 1:  # and in the call id
        return text.replace('"call_id": "', '"call_id": "\\udfff', 1)
    if tweak == 2:  # a date at the edge of the accepted years
        return text.replace(
            '"utterances"',
            f'"started_at": {json.dumps(draw(ISO_DATETIMES))}, "utterances"',
            1,
        )
    return text


# --- whole documents ----------------------------------------------------------------------

EMPTY_DOCUMENTS = st.sampled_from(("", " ", "\n\n", "\t \r\n ", "\ufeff", "[]", "[ ]\n", "{}"))


@st.composite
def json_document(draw: st.DrawFn) -> str:
    kind = draw(st.integers(0, 9))
    if kind == 0:
        return draw(EMPTY_DOCUMENTS)
    if kind == 1:
        return draw(st.one_of(BAD_VALUE, NESTED))
    calls = draw(
        st.lists(
            st.one_of(CALL_FRAGMENT, st.builds(json.dumps, valid_call()), quirky_call()),
            min_size=1,
            max_size=6,
        )
    )
    document = calls[0] if kind < 5 and len(calls) == 1 else "[" + ",\n".join(calls) + "]"
    return _damage(draw, document)


@st.composite
def jsonl_document(draw: st.DrawFn) -> str:
    if draw(st.integers(0, 9)) == 0:
        return draw(EMPTY_DOCUMENTS)
    lines = draw(
        st.lists(
            st.one_of(
                CALL_FRAGMENT,
                st.builds(json.dumps, valid_call()),
                quirky_call(),
                st.sampled_from(("", "   ", "[]", "null", "{", "}")),
                BAD_VALUE,
            ),
            min_size=1,
            max_size=8,
        )
    )
    newline = draw(st.sampled_from(("\n", "\r\n", "\r", "\u2028")))
    return _damage(draw, newline.join(lines) + draw(st.sampled_from(("", newline))))


TXT_TIMES = st.one_of(
    st.builds(lambda m, s: f"{m:02d}:{s:02d}", st.integers(0, 99), st.integers(0, 59)),
    st.builds(
        lambda h, m, s: f"{h}:{m:02d}:{s:02d}",
        st.integers(0, 9),
        st.integers(0, 59),
        st.integers(0, 59),
    ),
    st.sampled_from(
        (
            "100:02",
            "1:00:00:00",
            "99:99",
            "0:0",
            "123456789:00",
            "00:00.",
            "00:00.5",
            "-1:00",
            "00:60",
            "1e5:00",
            "\u0663:\u0660\u0660",
            "9" * 400 + ":00",
            "",
            " ",
        )
    ),
)


@st.composite
def txt_document(draw: st.DrawFn) -> str:
    if draw(st.integers(0, 9)) == 0:
        return draw(EMPTY_DOCUMENTS)
    line = st.one_of(
        st.builds(
            lambda time, speaker, text: f"[{time}] {speaker}: {text}",
            TXT_TIMES,
            st.sampled_from(SPEAKER_NAMES + BAD_SPEAKER_NAMES),
            TEXT_WITH_SURROGATES,
        ),
        st.builds(
            lambda speaker, text: f"{speaker}: {text}",
            st.sampled_from((*SPEAKER_NAMES, "Robot", "Mr. Smith")),
            TEXT_WITH_SURROGATES,
        ),
        st.builds(lambda value: f"# call_id: {value}", TEXT),
        st.builds(lambda value: f"# started_at: {value}", ISO_DATETIMES | TEXT),
        st.sampled_from(("# a comment", "", "   ", "#", "# unknown_key: x")),
        TEXT_WITH_SURROGATES,
    )
    lines = draw(st.lists(line, min_size=1, max_size=10))
    newline = draw(st.sampled_from(("\n", "\r\n", "\r")))
    return _damage(draw, newline.join(lines))


VTT_TIMESTAMPS = st.one_of(
    st.builds(
        lambda h, m, s, ms: f"{h:02d}:{m:02d}:{s:02d}.{ms:03d}",
        st.integers(0, 99),
        st.integers(0, 59),
        st.integers(0, 59),
        st.integers(0, 999),
    ),
    st.builds(lambda m, s: f"{m:02d}:{s:02d}.000", st.integers(0, 99), st.integers(0, 99)),
    st.sampled_from(("999999999999:00:00.000", "1:2:3.4", "00:00:00,000", "-00:01.000", "")),
)
VTT_TIMING = st.one_of(
    st.builds(lambda a, b: f"{a} --> {b}", VTT_TIMESTAMPS, VTT_TIMESTAMPS),
    st.builds(lambda a, b: f"{a} --> {b} align:start position:10%", VTT_TIMESTAMPS, VTT_TIMESTAMPS),
    st.sampled_from(
        (
            "00:00.000-->00:01.000",
            "00:01.000 --> 00:00.500",
            "--> ",
            "00:00.000 --> ",
            "00:00.000 --> 00:01.000 --> 00:02.000",
            "x" * 10_000,
            "00:00.000 --> " + "x" * 10_000,
        )
    ),
)
VTT_PAYLOAD = st.one_of(
    st.builds(
        lambda name, text: f"<v {name}>{text}",
        st.sampled_from(SPEAKER_NAMES + BAD_SPEAKER_NAMES),
        TEXT_WITH_SURROGATES,
    ),
    st.builds(
        lambda name, text: f"<v.loud {name}><b>{text}</b></v><v Agent>ok",
        st.sampled_from(SPEAKER_NAMES),
        TEXT,
    ),
    st.sampled_from(
        ("<v>", "<v >x", "<v Agent", "no voice tag", "<c.x>text</c>", "</v>", "<<v Agent>>")
    ),
    TEXT_WITH_SURROGATES,
)


@st.composite
def vtt_document(draw: st.DrawFn) -> str:
    if draw(st.integers(0, 9)) == 0:
        return draw(EMPTY_DOCUMENTS | st.just("WEBVTT") | st.just("WEBVTT\n\n"))
    header = draw(
        st.sampled_from(("WEBVTT", "WEBVTT - a call", "WEBVTT\nKind: captions", "webvtt", ""))
    )
    blocks = []
    for _ in range(draw(st.integers(0, 8))):
        kind = draw(st.integers(0, 9))
        if kind == 0:
            blocks.append(
                f"NOTE call_id: {draw(TEXT)}"
                if draw(st.booleans())
                else f"NOTE started_at: {draw(ISO_DATETIMES)}"
            )
        elif kind == 1:
            blocks.append(
                draw(st.sampled_from(("STYLE\n::cue { color: red }", "REGION\nid:r1", "NOTE")))
            )
        else:
            cue = []
            if draw(st.booleans()):
                cue.append(draw(st.from_regex(r"[a-z0-9-]{1,6}", fullmatch=True)))
            cue.append(draw(VTT_TIMING))
            cue.extend(draw(st.lists(VTT_PAYLOAD, min_size=0, max_size=3)))
            blocks.append("\n".join(cue))
    return _damage(draw, "\n\n".join([header, *blocks]) + "\n")


def _damage(draw: st.DrawFn, document: str) -> str:
    """Usually the document as it is; sometimes with a BOM, cut short, or with garbage after."""
    how = draw(st.integers(0, 11))
    if how == 0:
        return "\ufeff" + document
    if how == 1 and document:
        return document[: draw(st.integers(0, len(document) - 1))]
    if how == 2:
        return document + draw(st.sampled_from(("}", "]", ",", "\x00", "garbage", "\n\n\n")))
    return document


DOCUMENTS_BY_FORMAT = {
    "json": json_document(),
    "jsonl": jsonl_document(),
    "txt": txt_document(),
    "vtt": vtt_document(),
}

INVALID_UTF8 = st.sampled_from(
    (b"\xff", b"\xc3", b"\xed\xa0\x80", b"\x80\x80", b"\xf4\x90\x80\x80")
)


@st.composite
def file_bytes(draw: st.DrawFn, document: str) -> bytes:
    """The document as a file holds it: UTF-8 (maybe with a BOM), or with invalid bytes put in,
    or in another encoding altogether."""
    how = draw(st.integers(0, 7))
    raw = document.encode("utf-8", "surrogatepass")
    if how == 0:
        return b"\xef\xbb\xbf" + raw
    if how == 1:
        at = draw(st.integers(0, len(raw)))
        return raw[:at] + draw(INVALID_UTF8) + raw[at:]
    if how == 2:
        return document.encode("utf-16", "surrogatepass")
    if how == 3:
        return document.encode("latin-1", "replace")
    return raw


# --- running the command line many times ----------------------------------------------------


def reuse_detectors(monkeypatch: Any) -> None:
    """Make `mot-detect` invoked in-process build each kind of Detector once, not per run.

    Building one loads and checks every pattern (and the model), which is not what these tests
    exercise; the inputs are. Subprocess tests still build their own."""
    import functools

    import mot_detect.cli as cli

    built = functools.lru_cache(maxsize=None)(cli.build_detector)
    monkeypatch.setattr(cli, "build_detector", built)
