"""The stated limits: inputs beyond them get a clear error naming the place, never a crash."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest

from mot_detect import Detector, DetectorOptions
from mot_detect.errors import InputError, InternalError
from mot_detect.io import bounded_json
from mot_detect.io.readers import iter_calls, iter_text
from mot_detect.limits import MAX_INTEGER_DIGITS, MAX_JSON_DEPTH, MAX_UTTERANCE_CHARS
from mot_detect.long_utterances import split_points, split_utterance
from mot_detect.types import Call, Utterance


def _one(path: Path) -> Call | InputError:
    (item,) = list(iter_calls(path))
    return item


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize("where", ["utterances", "metadata"])
def test_deep_nesting_is_an_input_error(tmp_path: Path, where: str) -> None:
    deep = "[" * 1000 + "]" * 1000
    body = (
        f'{{"call_id": "x", "utterances": {deep}}}'
        if where == "utterances"
        else f'{{"call_id": "x", "metadata": {{"a": {deep}}}, "utterances": []}}'
    )
    for name, text in (("deep.json", body), ("deep.jsonl", body + "\n")):
        error = _one(_write(tmp_path, name, text))
        assert isinstance(error, InputError), error
        assert f"nested deeper than {MAX_JSON_DEPTH}" in str(error)
        assert name in str(error) and ":1" in str(error)


def test_nesting_at_the_limit_is_read(tmp_path: Path) -> None:
    nested: object = 1
    for _ in range(MAX_JSON_DEPTH - 3):  # the call object, metadata and "a" take three levels
        nested = [nested]
    call = {"call_id": "x", "metadata": {"a": nested}, "utterances": []}
    assert isinstance(_one(_write(tmp_path, "ok.json", json.dumps(call))), Call)


def test_brackets_inside_strings_do_not_count() -> None:
    text = json.dumps({"t": "[" * 500, "u": "{" * 500})
    assert bounded_json.loads(text) == {"t": "[" * 500, "u": "{" * 500}


@pytest.mark.parametrize(
    ("field", "fragment"),
    [
        ("start", '"utterances": [{"speaker": "agent", "text": "hi", "start": NUMBER}]'),
        ("metadata.n", '"metadata": {"n": NUMBER}, "utterances": []'),
        ("call_id", '"call_id": NUMBER, "utterances": []'),
    ],
)
@pytest.mark.parametrize(
    ("number", "says"),
    [
        ("1" * 4301, "an integer of 4,301 digits"),
        ("1" + "0" * 400, "an integer of 401 digits"),
        ("1e400", "1e400, too large"),
        ("-Infinity", "-Infinity, not a finite number"),
        ("NaN", "NaN, not a finite number"),
    ],
)
def test_numbers_out_of_range_name_their_field(
    tmp_path: Path, field: str, fragment: str, number: str, says: str
) -> None:
    body = fragment.replace("NUMBER", number)
    text = "{" + body + "}" if field == "call_id" else '{"call_id": "x", ' + body + "}"
    error = _one(_write(tmp_path, "n.json", text))
    assert isinstance(error, InputError), error
    assert says in str(error)
    assert field.split(".")[-1] in (error.field or "")
    assert len(str(error)) < 300


def test_integer_at_the_limit_is_a_number() -> None:
    assert bounded_json.loads("1" * MAX_INTEGER_DIGITS) == int("1" * MAX_INTEGER_DIGITS)


def test_times_beyond_the_limit(tmp_path: Path) -> None:
    text = '{"call_id": "x", "utterances": [{"speaker": "agent", "text": "hi", "start": 1e12}]}'
    error = _one(_write(tmp_path, "t.json", text))
    assert isinstance(error, InputError) and error.field == "utterances[0].start"
    error = _one(_write(tmp_path, "t.txt", "[9999999:00] Agent: hi\n"))
    assert isinstance(error, InputError) and "expected at most 1,000,000 s" in str(error)


def test_lone_surrogates_are_replaced_and_the_call_scores(tmp_path: Path) -> None:
    text = (
        '{"call_id": "c\\ud800", "metadata": {"k\\udfff": ["v\\ud800"]}, "utterances": '
        '[{"speaker": "customer", "text": "I need it by 5pm \\ud800 today"}]}'
    )
    call = _one(_write(tmp_path, "s.json", text))
    assert isinstance(call, Call)
    assert call.call_id == "c\ufffd"
    assert call.metadata == {"k\ufffd": ["v\ufffd"]}
    assert "\ufffd" in call.utterances[0].text
    scored = Detector(DetectorOptions(engine="rules")).score_call(call)
    json.dumps(scored.metadata, ensure_ascii=False).encode("utf-8")
    assert "deadline" in scored.utterances[0].label_names


def test_stdin_surrogate_escapes_are_replaced() -> None:
    (call,) = list(iter_text("Agent: caf\udce9 open\n", name="<stdin>"))
    assert isinstance(call, Call) and call.utterances[0].text == "caf\ufffd open"


def test_hundred_minute_times_start_their_own_utterance(tmp_path: Path) -> None:
    call = _one(
        _write(tmp_path, "long.txt", "[99:59] Agent: hello\n[100:02] Customer: still here\n")
    )
    assert isinstance(call, Call)
    assert [(u.start, u.text) for u in call.utterances] == [
        (5999.0, "hello"),
        (6002.0, "still here"),
    ]


def test_long_bad_values_are_shortened(tmp_path: Path) -> None:
    text = json.dumps({"call_id": "x", "started_at": "y" * 10_000, "utterances": []})
    error = _one(_write(tmp_path, "v.json", text))
    assert isinstance(error, InputError)
    assert "10,002 characters" in str(error) and len(str(error)) < 300


def test_continuation_lines_are_joined_once(tmp_path: Path) -> None:
    lines = ["Agent: start"] + [f"more {i}" for i in range(20_000)]
    call = _one(_write(tmp_path, "cont.txt", "\n".join(lines)))
    assert isinstance(call, Call) and len(call.utterances) == 1
    assert call.utterances[0].text.endswith("more 19999")


def test_an_internal_reader_failure_costs_only_its_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from mot_detect.io import readers

    def broken(*_args: object, **_kwargs: object) -> Call:
        raise RuntimeError("reader bug")

    monkeypatch.setattr(readers, "_read_plain_text", broken)
    (error,) = list(iter_calls(_write(tmp_path, "a.txt", "Agent: hi\n")))
    assert isinstance(error, InternalError)
    assert "a.txt" in str(error) and "RuntimeError: reader bug" in str(error)
    assert "Traceback" in error.details


def test_jsonl_line_failure_costs_only_that_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from mot_detect.io import readers

    real = readers.call_from_dict

    def flaky(data: object, **kwargs: object) -> Call:
        if isinstance(data, dict) and data.get("call_id") == "bad":
            raise RecursionError("deep")
        return real(data, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(readers, "call_from_dict", flaky)
    rows = [{"call_id": cid, "utterances": [{"speaker": "agent", "text": "hi"}]} for cid in "ab"]
    rows.insert(1, {"call_id": "bad", "utterances": []})
    path = _write(tmp_path, "x.jsonl", "\n".join(json.dumps(r) for r in rows) + "\n")
    items = list(iter_calls(path))
    assert [type(i).__name__ for i in items] == ["Call", "InternalError", "Call"]
    assert items[1].line == 2


def test_split_points_cover_the_text_within_the_limit() -> None:
    text = ("Words go here. " * 3000) + ("x" * 50_000) + (" tail" * 100)
    pieces = list(split_points(text, 1000))
    assert pieces[0][0] == 0 and pieces[-1][1] == len(text)
    assert all(end - start <= 1000 for start, end in pieces)
    assert all(a[1] == b[0] for a, b in itertools.pairwise(pieces))
    assert text[pieces[0][0] : pieces[0][1]].endswith(". ")  # a sentence end, not mid-word


def test_long_utterance_is_scored_as_pieces_with_shared_out_times() -> None:
    text = "My closing is at noon tomorrow. " + "blah " * (MAX_UTTERANCE_CHARS // 5 + 10)
    pieces = split_utterance(Utterance("customer", text, start=10.0, end=110.0))
    assert len(pieces) == 2
    assert pieces[0].start == 10.0 and pieces[-1].end == 110.0
    assert pieces[0].end == pytest.approx(pieces[1].start)
    call = Call("long", [Utterance("customer", text, start=10.0, end=110.0)])
    scored = Detector(DetectorOptions(engine="rules")).score_call(call)
    assert len(scored.utterances) == 2
    assert all(len(u.text) <= MAX_UTTERANCE_CHARS for u in scored.utterances)
    assert "deadline" in scored.utterances[0].label_names


@pytest.mark.slow
def test_a_fifty_thousand_utterance_call_scores() -> None:
    lines = [
        ("customer", "This is the fifth time I'm calling and my closing is at noon tomorrow."),
        ("agent", "I understand your frustration. Please hold."),
        ("customer", "My account number is 44172."),
        ("agent", "Can I have your account number?"),
    ]
    utterances = [Utterance(*lines[i % len(lines)]) for i in range(50_000)]
    scored = Detector(DetectorOptions(engine="rules")).score_call(Call("big", utterances))
    assert len(scored.utterances) == 50_000
    assert scored.score is not None and scored.score.level == "high"
    assert sum(f.label == "repeat_contact" for f in scored.findings) == 12_500


def test_model_outputs_are_produced_as_consumed() -> None:
    calls: list[int] = []

    class CountingModel:
        def predict(self, batch: list[object]) -> list[None]:
            calls.append(len(batch))
            return [None] * len(batch)

    detector = Detector(DetectorOptions(engine="rules", model_batch_size=8))
    detector.model = CountingModel()  # type: ignore[assignment]
    outputs = detector.predict([Utterance("agent", "hi")] * 1_000)
    next(outputs)
    assert calls == [8]  # one batch in hand, not the whole call's outputs


def test_vtt_cue_right_after_the_header_is_read(tmp_path: Path) -> None:
    text = (
        "WEBVTT\n00:00.000 --> 00:02.000\n<v Customer>my mother died &amp; I&#39;m &lt;lost&gt;\n"
    )
    call = _one(_write(tmp_path, "c.vtt", text))
    assert isinstance(call, Call)
    assert [u.text for u in call.utterances] == ["my mother died & I'm <lost>"]


def test_gold_stays_on_the_first_piece() -> None:
    pieces = split_utterance(Utterance("customer", "word " * 30_000, gold=["deadline"]))
    assert [p.gold for p in pieces] == [["deadline"], None]


def test_devices_are_not_read_as_transcripts() -> None:
    (error,) = list(iter_calls("/dev/zero", format="jsonl"))
    assert isinstance(error, InputError) and "not a regular file" in str(error)
