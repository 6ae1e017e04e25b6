"""The transcript readers: every format read right, every kind of bad input named precisely."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from mot_detect.errors import InputError
from mot_detect.io.readers import call_from_dict, iter_calls, iter_text, load_calls, sniff_format
from mot_detect.types import Call

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
EXAMPLE_FILES = sorted(p for p in EXAMPLES.iterdir() if p.suffix in {".json", ".txt", ".vtt"})


def _call(**overrides: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "call_id": "c-1",
        "started_at": "2026-03-04T16:05:00-05:00",
        "utterances": [
            {"speaker": "agent", "text": "Thanks for calling.", "start": 0.0, "end": 2.1},
            {"speaker": "customer", "text": "My card was declined.", "start": 2.4, "end": 5.0},
            {"speaker": "agent", "text": "Let me look.", "start": 5.5, "end": 6.0},
        ],
    }
    data.update(overrides)
    return data


def _write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def _only_error(path: Path, **kwargs: Any) -> InputError:
    items = list(iter_calls(path, **kwargs))
    assert len(items) == 1, items
    assert isinstance(items[0], InputError), items
    return items[0]


def _bad_call_error(tmp_path: Path, data: Any) -> InputError:
    path = _write(tmp_path, "bad.json", json.dumps(data))
    error = _only_error(path)
    assert error.path == str(path)
    assert str(path) in str(error)
    return error


# --- JSON ---------------------------------------------------------------------------------


def test_json_single_object(tmp_path: Path) -> None:
    path = _write(tmp_path, "call.json", json.dumps(_call(metadata={"ivr": {"acct": "42"}})))
    [call] = load_calls(path)
    assert call.call_id == "c-1"
    assert call.started_at is not None
    assert call.started_at.utcoffset() == timedelta(hours=-5)
    assert call.started_at.isoformat() == "2026-03-04T16:05:00-05:00"
    assert call.metadata == {"ivr": {"acct": "42"}}
    assert [u.speaker for u in call.utterances] == ["agent", "customer", "agent"]
    assert [u.text for u in call.utterances] == [
        "Thanks for calling.",
        "My card was declined.",
        "Let me look.",
    ]
    assert [u.start for u in call.utterances] == [0.0, 2.4, 5.5]
    assert [u.end for u in call.utterances] == [2.1, 5.0, 6.0]
    assert [u.index for u in call.utterances] == [0, 1, 2]
    assert call.source == str(path)


def test_json_object_defaults(tmp_path: Path) -> None:
    data = {
        "utterances": [
            {"speaker": "System", "text": "Please hold."},
            {"speaker": "Caller", "text": "Hello?", "start": 3},
        ]
    }
    path = _write(tmp_path, "no-id.json", json.dumps(data))
    [call] = load_calls(path)
    assert call.call_id == "no-id"  # the file's stem
    assert call.started_at is None
    assert call.metadata == {}
    assert [u.speaker for u in call.utterances] == ["ivr", "customer"]
    assert call.utterances[0].start is None and call.utterances[0].end is None
    assert call.utterances[1].start == 3.0


def test_json_numeric_call_id_and_zulu_time(tmp_path: Path) -> None:
    path = _write(
        tmp_path, "c.json", json.dumps(_call(call_id=1042, started_at="2026-03-04T21:05:00Z"))
    )
    [call] = load_calls(path)
    assert call.call_id == "1042"
    assert call.started_at is not None and call.started_at.utcoffset() == timedelta(0)


def test_json_array_of_calls(tmp_path: Path) -> None:
    calls = [_call(call_id="a"), _call(call_id="b", started_at=None)]
    path = _write(tmp_path, "calls.json", json.dumps(calls, indent=2))
    loaded = load_calls(path)
    assert [c.call_id for c in loaded] == ["a", "b"]
    assert loaded[0].started_at is not None and loaded[1].started_at is None
    assert all(len(c.utterances) == 3 for c in loaded)


def test_jsonl_several_calls_blank_lines_skipped(tmp_path: Path) -> None:
    lines = [
        json.dumps(_call(call_id="a")),
        "",
        "   ",
        json.dumps(_call(call_id="b")),
        json.dumps({"utterances": [{"speaker": "customer", "text": "hi"}]}),
        "",
    ]
    path = _write(tmp_path, "calls.jsonl", "\n".join(lines))
    loaded = load_calls(path)
    assert [c.call_id for c in loaded] == ["a", "b", "calls-5"]
    assert loaded[0].source == f"{path}:1"
    assert loaded[1].source == f"{path}:4"


def test_ndjson_extension_is_json_lines(tmp_path: Path) -> None:
    path = _write(tmp_path, "calls.ndjson", json.dumps(_call()) + "\n" + json.dumps(_call()))
    assert len(load_calls(path)) == 2


# --- plain text ---------------------------------------------------------------------------

PLAIN = """\
# call_id: txt-7
# started_at: 2026-11-19T18:32:00-08:00
[00:00] Agent: Thank you for calling, how can I help?
[01:23] Customer: My order never arrived.
It was for my son's birthday.
Rep: Let me check that.
Caller: Thanks.
[1:02:03.5] IVR: Please stay on the line.
System: Goodbye.
"""


def test_plain_text(tmp_path: Path) -> None:
    path = _write(tmp_path, "call.txt", PLAIN)
    [call] = load_calls(path)
    assert call.call_id == "txt-7"
    assert call.started_at is not None
    assert call.started_at.isoformat() == "2026-11-19T18:32:00-08:00"
    assert [u.speaker for u in call.utterances] == [
        "agent",
        "customer",
        "agent",
        "customer",
        "ivr",
        "ivr",
    ]
    assert call.utterances[1].text == "My order never arrived. It was for my son's birthday."
    assert call.utterances[2].text == "Let me check that."
    assert [u.start for u in call.utterances] == [0.0, 83.0, None, None, 3723.5, None]
    assert all(u.end is None for u in call.utterances)
    assert [u.index for u in call.utterances] == list(range(6))


def test_plain_text_without_headers_uses_stem(tmp_path: Path) -> None:
    path = _write(tmp_path, "support-call.txt", "Customer: hello\nAgent Smith: hi there\n")
    [call] = load_calls(path)
    assert call.call_id == "support-call"
    assert call.started_at is None
    assert [(u.speaker, u.text) for u in call.utterances] == [
        ("customer", "hello"),
        ("agent", "hi there"),
    ]


# --- WebVTT -------------------------------------------------------------------------------

VTT = """\
WEBVTT - support call

NOTE call_id: vtt-3

NOTE started_at: 2026-01-27T19:52:00+01:00

NOTE this note is ignored

STYLE
::cue { color: white }

cue-1
00:00:01.000 --> 00:00:04.500 align:start
<v Agent>Thanks for calling, <b>this is</b> Priya.</v>

2
00:05.250 --> 00:09.000
<v Customer Name>My mother is on <i>oxygen</i>
and the power is off.</v>

01:00:00.000 --> 01:00:02.000
<v Agent>Okay.</v><v.loud Customer>Please <c.yellow>hurry</c>.</v>
"""


def test_webvtt(tmp_path: Path) -> None:
    path = _write(tmp_path, "call.vtt", VTT)
    [call] = load_calls(path)
    assert call.call_id == "vtt-3"
    assert call.started_at is not None
    assert call.started_at.utcoffset() == timedelta(hours=1)
    assert [u.speaker for u in call.utterances] == ["agent", "customer", "agent", "customer"]
    assert [u.text for u in call.utterances] == [
        "Thanks for calling, this is Priya.",
        "My mother is on oxygen and the power is off.",
        "Okay.",
        "Please hurry.",
    ]
    assert [(u.start, u.end) for u in call.utterances] == [
        (1.0, 4.5),
        (5.25, 9.0),
        (3600.0, 3602.0),
        (3600.0, 3602.0),
    ]
    assert [u.index for u in call.utterances] == [0, 1, 2, 3]


def test_webvtt_voices_without_closing_tags(tmp_path: Path) -> None:
    content = "WEBVTT\n\n00:01.000 --> 00:02.000\n<v Agent>Hello. <v Caller>Hi, it's me.\n"
    [call] = load_calls(_write(tmp_path, "open-voices.vtt", content))
    assert call.call_id == "open-voices"
    assert [(u.speaker, u.text) for u in call.utterances] == [
        ("agent", "Hello."),
        ("customer", "Hi, it's me."),
    ]


def test_webvtt_header_lines_are_ignored(tmp_path: Path) -> None:
    content = "WEBVTT\nKind: captions\nLanguage: en\n\n00:01.000 --> 00:02.000\n<v Agent>Hello.\n"
    [call] = load_calls(_write(tmp_path, "yt.vtt", content))
    assert [u.text for u in call.utterances] == ["Hello."]


# --- the repo's examples ------------------------------------------------------------------


def test_examples_exist() -> None:
    assert {p.suffix for p in EXAMPLE_FILES} == {".json", ".txt", ".vtt"}
    assert len(EXAMPLE_FILES) == 8


@pytest.mark.parametrize("path", EXAMPLE_FILES, ids=lambda p: p.name)
def test_examples_load(path: Path) -> None:
    calls = load_calls(path)
    assert len(calls) == 1
    call = calls[0]
    assert call.call_id.startswith("ex-")
    assert call.started_at is not None and call.started_at.tzinfo is not None
    assert len(call.utterances) > 5
    assert [u.index for u in call.utterances] == list(range(len(call.utterances)))
    assert {u.speaker for u in call.utterances} >= {"agent", "customer"}
    assert all(u.text for u in call.utterances)


# --- bad JSON -----------------------------------------------------------------------------


def test_invalid_json_names_line(tmp_path: Path) -> None:
    path = _write(tmp_path, "broken.json", '{\n  "call_id": "x",\n  "utterances": [,]\n}\n')
    error = _only_error(path)
    assert error.line == 3
    assert f"{path}:3:" in str(error)
    assert "invalid JSON" in str(error)


def test_jsonl_corrupt_line_costs_only_itself(tmp_path: Path) -> None:
    lines = [json.dumps(_call(call_id=f"c{n}")) for n in range(1, 6)]
    lines[2] = '{"call_id": "c3", "utterances": ['
    path = _write(tmp_path, "calls.jsonl", "\n".join(lines) + "\n")
    items = list(iter_calls(path))
    assert len(items) == 5
    calls = [i for i in items if isinstance(i, Call)]
    errors = [i for i in items if isinstance(i, InputError)]
    assert [c.call_id for c in calls] == ["c1", "c2", "c4", "c5"]
    assert len(errors) == 1
    assert errors[0].line == 3
    assert f"{path}:3:" in str(errors[0])
    assert "invalid JSON" in str(errors[0])
    assert isinstance(items[2], InputError)  # in its place
    with pytest.raises(InputError, match=r":3: invalid JSON"):
        load_calls(path)


def test_jsonl_bad_field_names_line_and_field(tmp_path: Path) -> None:
    bad = _call()
    bad["utterances"][1]["speaker"] = "robot"
    path = _write(tmp_path, "calls.jsonl", json.dumps(_call()) + "\n" + json.dumps(bad) + "\n")
    items = list(iter_calls(path))
    assert isinstance(items[0], Call)
    error = items[1]
    assert isinstance(error, InputError)
    assert error.line == 2
    assert error.field == "utterances[1].speaker"
    assert f"{path}:2: field 'utterances[1].speaker': unknown speaker 'robot'" in str(error)


@pytest.mark.parametrize(
    ("overrides", "field", "expected"),
    [
        ({"utterances": {"speaker": "agent"}}, "utterances", "expected a list, got an object"),
        ({"utterances": "hello"}, "utterances", "expected a list, got a string"),
        ({"metadata": "ivr"}, "metadata", "expected an object, got a string"),
        ({"metadata": [1]}, "metadata", "expected an object, got a list"),
        ({"call_id": ""}, "call_id", "expected a non-empty string"),
        ({"call_id": "   "}, "call_id", "expected a non-empty string"),
        ({"call_id": ["a"]}, "call_id", "expected a non-empty string"),
        ({"call_id": True}, "call_id", "expected a non-empty string"),
        ({"started_at": "yesterday"}, "started_at", "expected an ISO 8601 date-time"),
        ({"started_at": 1700000000}, "started_at", "expected an ISO 8601 date-time"),
    ],
)
def test_bad_call_fields(
    tmp_path: Path, overrides: dict[str, Any], field: str, expected: str
) -> None:
    error = _bad_call_error(tmp_path, _call(**overrides))
    assert error.field == field
    assert f"field '{field}'" in str(error)
    assert expected in str(error)


def test_missing_utterances(tmp_path: Path) -> None:
    data = _call()
    del data["utterances"]
    error = _bad_call_error(tmp_path, data)
    assert error.field == "utterances"
    assert f"{tmp_path / 'bad.json'}: field 'utterances': missing: expected a list" in str(error)


@pytest.mark.parametrize(
    ("utterance", "field", "expected"),
    [
        ("hello", "utterances[2]", "expected an utterance object, got a string"),
        (["agent", "hi"], "utterances[2]", "expected an utterance object, got a list"),
        ({"speaker": "robot", "text": "hi"}, "utterances[2].speaker", "unknown speaker 'robot'"),
        ({"text": "hi"}, "utterances[2].speaker", "expected 'agent', 'customer' or 'ivr'"),
        ({"speaker": 3, "text": "hi"}, "utterances[2].speaker", "expected 'agent'"),
        ({"speaker": "agent"}, "utterances[2].text", "expected a string, got null"),
        ({"speaker": "agent", "text": 5}, "utterances[2].text", "expected a string, got a number"),
        (
            {"speaker": "agent", "text": "hi", "start": -1},
            "utterances[2].start",
            "expected seconds as a number from 0 to 1,000,000, got -1",
        ),
        (
            {"speaker": "agent", "text": "hi", "start": "0:05"},
            "utterances[2].start",
            "expected seconds as a number from 0 to 1,000,000, got '0:05'",
        ),
        (
            {"speaker": "agent", "text": "hi", "start": True},
            "utterances[2].start",
            "expected seconds as a number from 0 to 1,000,000, got True",
        ),
        (
            {"speaker": "agent", "text": "hi", "end": -0.5},
            "utterances[2].end",
            "expected seconds as a number from 0 to 1,000,000",
        ),
        (
            {"speaker": "agent", "text": "hi", "start": 9.0, "end": 8.0},
            "utterances[2].end",
            "end (8.0) is before start (9.0)",
        ),
    ],
)
def test_bad_utterances(tmp_path: Path, utterance: Any, field: str, expected: str) -> None:
    data = _call()
    data["utterances"][2] = utterance
    error = _bad_call_error(tmp_path, data)
    assert error.field == field
    assert f"field '{field}'" in str(error)
    assert expected in str(error)


def test_nan_start_rejected(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        "nan.json",
        '{"call_id": "x", "utterances": [{"speaker": "agent", "text": "hi", "start": NaN}]}',
    )
    error = _only_error(path)
    assert error.field == "utterances[0].start"


def test_empty_list_metadata_rejected(tmp_path: Path) -> None:
    error = _bad_call_error(tmp_path, _call(metadata=[]))
    assert error.field == "metadata"


def test_json_array_with_one_bad_item(tmp_path: Path) -> None:
    bad = _call(call_id="b")
    bad["utterances"][0]["start"] = -3
    path = _write(tmp_path, "calls.json", json.dumps([_call(call_id="a"), bad, _call(call_id="c")]))
    items = list(iter_calls(path))
    assert [i.call_id for i in items if isinstance(i, Call)] == ["a", "c"]
    error = items[1]
    assert isinstance(error, InputError)
    assert error.field == "[1].utterances[0].start"
    assert f"{path}: field '[1].utterances[0].start': expected seconds" in str(error)


def test_json_array_item_without_call_id_gets_a_positional_id(tmp_path: Path) -> None:
    data = _call()
    del data["call_id"]
    path = _write(tmp_path, "calls.json", json.dumps([_call(), data]))
    items = list(iter_calls(path))
    assert isinstance(items[1], Call)
    assert items[1].call_id == "calls-2"


def test_json_array_non_object_item_names_position(tmp_path: Path) -> None:
    path = _write(tmp_path, "calls.json", json.dumps([_call(), 42]))
    error = list(iter_calls(path))[1]
    assert isinstance(error, InputError)
    assert "[1]" in str(error)


def test_top_level_not_an_object(tmp_path: Path) -> None:
    error = _bad_call_error(tmp_path, "just a string")
    assert "expected a call object, got a string" in str(error)


def test_json_with_utf8_bom(tmp_path: Path) -> None:
    path = _write(tmp_path, "bom.json", "\ufeff" + json.dumps(_call()))
    assert [c.call_id for c in load_calls(path)] == ["c-1"]


# --- bad files ----------------------------------------------------------------------------


def test_unsupported_extension(tmp_path: Path) -> None:
    path = _write(tmp_path, "call.docx", "Agent: hi")
    error = _only_error(path)
    assert str(path) in str(error)
    assert "unsupported file type '.docx'" in str(error)
    assert "expected one of .json, .jsonl, .ndjson, .txt, .vtt" in str(error)


def test_no_extension(tmp_path: Path) -> None:
    error = _only_error(_write(tmp_path, "call", "Agent: hi"))
    assert "unsupported file type '(none)'" in str(error)


@pytest.mark.parametrize("suffix", [".json", ".jsonl", ".txt", ".vtt"])
def test_not_utf8(tmp_path: Path, suffix: str) -> None:
    path = _write(tmp_path, f"binary{suffix}", b"\xff\xfe\x00bad")
    error = _only_error(path)
    assert str(path) in str(error)
    assert "not UTF-8 text" in str(error)


def test_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "nowhere.json"
    error = _only_error(path)
    assert str(path) in str(error)
    assert "cannot read file" in str(error)
    with pytest.raises(InputError, match="cannot read file"):
        load_calls(path)


def test_empty_inputs_say_so(tmp_path: Path) -> None:
    for name, content in [
        ("empty.jsonl", ""),
        ("blank.jsonl", "\n  \n\n"),
        ("empty.json", ""),
        ("blank.json", "  \n"),
        ("none.json", "[]"),
        ("blank.txt", " \n\t\n"),
    ]:
        (error,) = list(iter_calls(_write(tmp_path, name, content)))
        assert isinstance(error, InputError), name
        assert name in str(error) and ("empty" in str(error) or "no utterances" in str(error))


def test_empty_txt(tmp_path: Path) -> None:
    path = _write(tmp_path, "empty.txt", "")
    error = _only_error(path)
    assert str(path) in str(error)
    assert "no utterances found" in str(error)
    assert "expected lines like 'Agent: text'" in str(error)


def test_txt_no_speaker_before_any_utterance(tmp_path: Path) -> None:
    path = _write(tmp_path, "call.txt", "# call_id: x\n\nhello there\nAgent: hi\n")
    error = _only_error(path)
    assert error.line == 3
    assert f"{path}:3:" in str(error)
    assert "expected a line like 'Agent: text'" in str(error)


def test_txt_time_with_unknown_speaker(tmp_path: Path) -> None:
    path = _write(tmp_path, "call.txt", "[00:00] Agent: hi\n[00:04] Robot: beep\n")
    error = _only_error(path)
    assert error.line == 2
    assert f"{path}:2:" in str(error)
    assert "unknown speaker 'Robot': expected Agent, Customer or IVR" in str(error)


def test_txt_bad_started_at(tmp_path: Path) -> None:
    path = _write(tmp_path, "call.txt", "# started_at: next tuesday\nAgent: hi\n")
    error = _only_error(path)
    assert error.line == 1 and error.field == "started_at"
    assert f"{path}:1: field 'started_at': expected an ISO 8601 date-time" in str(error)


def test_vtt_without_header(tmp_path: Path) -> None:
    path = _write(tmp_path, "call.vtt", "00:00:01.000 --> 00:00:02.000\n<v Agent>hi\n")
    error = _only_error(path)
    assert f"{path}:1:" in str(error)
    assert "expected the file to start with 'WEBVTT'" in str(error)


@pytest.mark.parametrize(
    ("cue", "line"),
    [
        ("00:00:01.000 --> 00:00:02\n<v Agent>hi", 3),  # no milliseconds on the end
        ("00:00:01,000 --> 00:00:02,000\n<v Agent>hi", 3),  # SRT-style commas
        ("id-1\n00:00:01.000 -> 00:00:02.000\n<v Agent>hi", 4),  # '->' not '-->'
    ],
)
def test_vtt_malformed_timing(tmp_path: Path, cue: str, line: int) -> None:
    path = _write(tmp_path, "call.vtt", f"WEBVTT\n\n{cue}\n")
    error = _only_error(path)
    assert error.line == line
    assert f"{path}:{line}:" in str(error)
    assert "expected a cue timing line 'HH:MM:SS.mmm --> HH:MM:SS.mmm'" in str(error)


def test_vtt_identifier_without_timing(tmp_path: Path) -> None:
    path = _write(tmp_path, "call.vtt", "WEBVTT\n\norphan\n")
    error = _only_error(path)
    assert error.line == 3
    assert "expected a cue timing line" in str(error)


def test_vtt_cue_without_voice(tmp_path: Path) -> None:
    content = "WEBVTT\n\n00:01.000 --> 00:02.000\n<v Agent>hi\n\n00:03.000 --> 00:04.000\nhello\n"
    path = _write(tmp_path, "call.vtt", content)
    error = _only_error(path)
    assert error.line == 7
    assert f"{path}:7:" in str(error)
    assert "expected a voice tag such as '<v Agent>'" in str(error)


def test_vtt_unknown_voice(tmp_path: Path) -> None:
    path = _write(tmp_path, "call.vtt", "WEBVTT\n\n1\n00:01.000 --> 00:02.000\n<v Narrator>hi\n")
    error = _only_error(path)
    assert error.line == 5
    assert f"{path}:5:" in str(error)
    assert "unknown voice 'Narrator': expected Agent, Customer or IVR" in str(error)


def test_vtt_cue_ends_before_start(tmp_path: Path) -> None:
    path = _write(tmp_path, "call.vtt", "WEBVTT\n\n00:05.000 --> 00:04.000\n<v Agent>hi\n")
    error = _only_error(path)
    assert error.line == 3
    assert "cue ends (00:04.000) before it starts (00:05.000)" in str(error)


def test_vtt_bad_started_at_note(tmp_path: Path) -> None:
    content = (
        "WEBVTT\n\nNOTE\ncall_id: v1\nstarted_at: soon\n\n00:01.000 --> 00:02.000\n<v Agent>hi\n"
    )
    path = _write(tmp_path, "call.vtt", content)
    error = _only_error(path)
    assert error.line == 5 and error.field == "started_at"
    assert "expected an ISO 8601 date-time between 1970 and 2200" in str(error)
    assert "got 'soon'" in str(error)


def test_vtt_without_cues(tmp_path: Path) -> None:
    path = _write(tmp_path, "call.vtt", "WEBVTT\n\nNOTE nothing here\n")
    error = _only_error(path)
    assert str(path) in str(error)
    assert "no cues found" in str(error)


def test_forced_format(tmp_path: Path) -> None:
    path = _write(tmp_path, "call.log", "Agent: hi\nCustomer: hello\n")
    [call] = load_calls(path, format="txt")
    assert call.call_id == "call"
    assert [u.speaker for u in call.utterances] == ["agent", "customer"]


# --- call_from_dict, sniff_format, iter_text ----------------------------------------------


def test_call_from_dict_names_where() -> None:
    call = call_from_dict(_call(), path="x.jsonl", line=7)
    assert call.source == "x.jsonl:7"
    with pytest.raises(InputError) as info:
        call_from_dict({"utterances": []}, path="x.jsonl", line=7, field_prefix="[0].")
    assert (
        str(info.value) == "x.jsonl:7: field '[0].call_id': expected a non-empty string, got null"
    )


def test_call_from_dict_default_id() -> None:
    call = call_from_dict({"utterances": []}, default_id="fallback")
    assert call.call_id == "fallback"
    assert call.utterances == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (json.dumps(_call(), indent=2), "json"),
        (json.dumps(_call()), "json"),
        (json.dumps(_call()) + "\n\n", "json"),
        (json.dumps([_call(), _call()]), "json"),
        (json.dumps(_call()) + "\n" + json.dumps(_call()) + "\n", "jsonl"),
        ("WEBVTT\n\n00:01.000 --> 00:02.000\n<v Agent>hi\n", "vtt"),
        ("\ufeffWEBVTT\n", "vtt"),
        ("\n  # call_id: x\nAgent: hi\n", "txt"),
        ("Customer: hello\n", "txt"),
    ],
)
def test_sniff_format(text: str, expected: str) -> None:
    assert sniff_format(text) == expected


def test_sniff_timestamped_plain_text() -> None:
    assert sniff_format("[00:00] Agent: Hello\n[00:03] Customer: Hi\n") == "txt"


def test_iter_text_stdin_json() -> None:
    [call] = list(iter_text(json.dumps(_call()), name="<stdin>"))
    assert isinstance(call, Call)
    assert call.call_id == "c-1"
    assert call.source == "<stdin>"


def test_iter_text_stdin_plain_text_default_id() -> None:
    [call] = list(iter_text("Customer: hello\nAgent: hi\n", name="<stdin>"))
    assert isinstance(call, Call)
    assert call.call_id == "stdin"
    assert [u.speaker for u in call.utterances] == ["customer", "agent"]


def test_iter_text_stdin_jsonl_with_error() -> None:
    text = json.dumps(_call(call_id="a")) + "\n{oops\n" + json.dumps(_call(call_id="b")) + "\n"
    items = list(iter_text(text, name="<stdin>"))
    assert [type(i) for i in items] == [Call, InputError, Call]
    assert str(items[1]).startswith("<stdin>:2: invalid JSON")


def test_iter_text_stdin_jsonl_default_id() -> None:
    line = json.dumps({"utterances": [{"speaker": "agent", "text": "hi"}]})
    items = list(iter_text(f"{line}\n{line}\n", name="<stdin>"))
    assert [i.call_id for i in items if isinstance(i, Call)] == ["stdin-1", "stdin-2"]


def test_iter_text_forced_and_unknown_format() -> None:
    [call] = list(iter_text("[00:00] Agent: hi\n", name="<stdin>", format="txt"))
    assert isinstance(call, Call) and call.utterances[0].start == 0.0
    [error] = list(iter_text("Agent: hi", name="<stdin>", format="docx"))
    assert isinstance(error, InputError)
    assert "unknown format 'docx': expected json, jsonl, txt or vtt" in str(error)


def test_txt_unknown_speaker_label_without_time_is_an_error(tmp_path: Path) -> None:
    path = _write(tmp_path, "call.txt", "Agent: Hello.\nSupervisor: I'll take it from here.\n")
    error = next(iter(iter_calls(path)))
    assert isinstance(error, InputError)
    assert error.line == 2 and "unknown speaker 'Supervisor'" in str(error)


def test_txt_continuation_line_with_lowercase_colon_is_kept(tmp_path: Path) -> None:
    path = _write(tmp_path, "call.txt", "Customer: I need two things\nfirst: the refund.\n")
    (call,) = load_calls(path)
    assert call.utterances[0].text == "I need two things first: the refund."
