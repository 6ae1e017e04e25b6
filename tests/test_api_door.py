"""The Python API checks at the door: `session()`, `CallSession.add()` and `score_call()` take what
the readers take (an ISO string for `started_at`) and refuse anything else at once, naming the
field, instead of failing deep inside scoring. And a deadline that leaves datetime's range is
left unresolved rather than crashing the call."""

from __future__ import annotations

import logging
import math
from datetime import date, datetime, timezone
from typing import Any

import pytest

from mot_detect.call_checks import CallValueError, check_call
from mot_detect.detect.deadlines import find_time_expression, resolve
from mot_detect.errors import InputError
from mot_detect.pipeline import Detector
from mot_detect.types import Call, Utterance
from mot_detect.validate import DATETIME_EXPECTED

DEADLINE = "I need the payoff letter by seven tonight or the sale falls through."
STARTED = "2026-03-04T16:05:00-05:00"


def deadline_detail(call: Call) -> dict[str, Any]:
    return next(f for f in call.findings if f.label == "deadline").detail


def live(detector: Detector, started_at: Any, text: str = DEADLINE) -> Call:
    session = detector.session("c-1042", started_at=started_at)
    session.add({"speaker": "customer", "text": text, "start": 0.0})
    return session.finish()


# --- session() ---------------------------------------------------------------------------------


def test_session_takes_an_iso_string_as_a_reader_does(detector: Detector) -> None:
    from_string = live(detector, STARTED)
    from_datetime = live(detector, datetime.fromisoformat(STARTED))
    assert from_string.started_at == datetime.fromisoformat(STARTED)
    assert deadline_detail(from_string)["resolved"] == "2026-03-04T19:00:00-05:00"
    assert deadline_detail(from_string) == deadline_detail(from_datetime)


def test_session_takes_a_trailing_z_as_utc(detector: Detector) -> None:
    session = detector.session("c", started_at="2026-03-04T21:05:00Z")
    assert session.call.started_at == datetime(2026, 3, 4, 21, 5, tzinfo=timezone.utc)


@pytest.mark.parametrize(
    "started_at",
    [
        "yesterday",
        "2026-13-01T00:00:00",
        "9999-12-31T23:59:59+00:00",
        datetime(1900, 1, 1),
        date(2026, 3, 4),
        1_780_000_000,
        True,
    ],
    ids=repr,
)
def test_session_refuses_a_bad_started_at_at_once(detector: Detector, started_at: Any) -> None:
    with pytest.raises(CallValueError) as info:
        detector.session("c-1042", started_at=started_at)
    message = str(info.value)
    assert "field 'started_at'" in message and DATETIME_EXPECTED in message
    assert "c-1042" in message
    # Both what a Python caller expects of a bad argument and what a batch reports.
    assert isinstance(info.value, ValueError) and isinstance(info.value, InputError)


@pytest.mark.parametrize("call_id", ["", "   ", None, 42, "x" * 10_000], ids=repr)
def test_session_refuses_a_bad_call_id(detector: Detector, call_id: Any) -> None:
    with pytest.raises(CallValueError, match="field 'call_id'") as info:
        detector.session(call_id)
    assert len(str(info.value)) < 300  # a 10,000-character id is not echoed in full


def self_containing() -> dict[str, Any]:
    loop: dict[str, Any] = {}
    loop["again"] = loop
    return loop


@pytest.mark.parametrize(
    ("metadata", "reason"),
    [
        (["ivr"], "expected a dict, got list"),
        ("ivr", "expected a dict, got str"),
        ({"ivr": {1, 2}}, "got set"),
        ({"when": datetime(2026, 1, 1)}, "got datetime"),
        ({"score": math.nan}, "expected a finite number"),
        ({1: "one"}, "expected string keys"),
        ({"big": 10**200}, "more than 64 digits"),
        (self_containing(), "nested more than 64 deep"),
    ],
    ids=lambda v: v if isinstance(v, str) else type(v).__name__,
)
def test_session_refuses_metadata_no_reader_could_produce(
    detector: Detector, metadata: Any, reason: str
) -> None:
    with pytest.raises(CallValueError, match="field 'metadata") as info:
        detector.session("c", metadata=metadata)
    assert reason in str(info.value)


def test_session_metadata_is_cleaned_in_a_copy(
    detector: Detector, caplog: pytest.LogCaptureFixture
) -> None:
    metadata = {"ivr": {"account_number": "44\ud80017", "tags": ("a", "b")}}
    with caplog.at_level(logging.WARNING, logger="mot_detect"):
        session = detector.session("c-7", metadata=metadata)
    assert session.call.metadata == {"ivr": {"account_number": "44\ufffd17", "tags": ["a", "b"]}}
    assert metadata["ivr"]["account_number"] == "44\ud80017"
    assert "metadata.ivr.account_number" in caplog.text and "c-7" in caplog.text


# --- CallSession.add() with a dict -------------------------------------------------------------


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("start", math.inf),
        ("start", math.nan),
        ("start", -1.0),
        ("start", 1e400),
        ("end", 10**401),
        ("start", "12.5"),
        ("end", True),
        ("end", 2e6),
    ],
    ids=lambda v: repr(v)[:30],
)
def test_add_refuses_bad_times(detector: Detector, field: str, value: Any) -> None:
    session = detector.session("c-9")
    session.add({"speaker": "agent", "text": "Hello."})
    with pytest.raises(CallValueError) as info:
        session.add({"speaker": "customer", "text": "Hi.", field: value})
    message = str(info.value)
    assert f"field 'utterances[1].{field}'" in message and "seconds as a number" in message
    assert "c-9" in message
    assert len(session.call.utterances) == 1  # the refused utterance was not half-added


def test_add_refuses_an_end_before_the_start(detector: Detector) -> None:
    with pytest.raises(CallValueError, match=r"utterances\[0\]\.end.*end \(1\.0\) is before"):
        detector.session("c").add({"speaker": "agent", "text": "Hi.", "start": 2, "end": 1})


def test_add_refuses_text_that_is_not_a_string(detector: Detector) -> None:
    with pytest.raises(CallValueError, match=r"utterances\[0\]\.text': expected a string"):
        detector.session("c").add({"speaker": "agent", "text": ["Hi."]})


def test_add_takes_integer_times_and_speaker_aliases(detector: Detector) -> None:
    update = detector.session("c").add({"speaker": "Caller", "text": "Hi.", "start": 3, "end": 4})
    assert (update.utterance.speaker, update.utterance.start, update.utterance.end) == (
        "customer",
        3.0,
        4.0,
    )


def test_add_replaces_lone_surrogates_with_a_warning(
    model_detector: Detector, caplog: pytest.LogCaptureFixture
) -> None:
    # With the model, a lone surrogate reached the tokenizer: "TextInputSequence must be str".
    session = model_detector.session("c-sur")
    with caplog.at_level(logging.WARNING, logger="mot_detect"):
        update = session.add(
            {"speaker": "customer", "text": "This is the fifth time \ud800 today."}
        )
        assert update.utterance.text == "This is the fifth time \ufffd today."
        assert "c-sur" in caplog.text and "utterances[0].text" in caplog.text
        # The same for an Utterance object.
        update = session.add(Utterance("Agent", "Sorry \udfff about that.", start=4))
    assert (update.utterance.speaker, update.utterance.text) == (
        "agent",
        "Sorry \ufffd about that.",
    )
    assert "utterances[1].text" in caplog.text


def test_add_refuses_a_bad_utterance_object(detector: Detector) -> None:
    session = detector.session("c-obj")
    with pytest.raises(CallValueError, match=r"'c-obj'.*utterances\[0\]\.start'"):
        session.add(Utterance("agent", "Hi.", start=math.inf))
    with pytest.raises(CallValueError, match=r"utterances\[0\]': expected an Utterance"):
        session.add(("agent", "Hi."))  # type: ignore[arg-type]
    assert session.call.utterances == []


# --- score_call() on a Call built in code -------------------------------------------------------


def make_call(**changes: Any) -> Call:
    call = Call(
        call_id="api-1",
        utterances=[
            Utterance("agent", "How can I help?", start=0.0, end=2.0),
            Utterance("customer", DEADLINE, start=2.0, end=6.0),
        ],
        started_at=datetime.fromisoformat(STARTED),
    )
    for name, value in changes.items():
        setattr(call, name, value)
    return call


def test_score_call_takes_started_at_as_an_iso_string(detector: Detector) -> None:
    scored = detector.score_call(make_call(started_at=STARTED))
    assert deadline_detail(scored)["resolved"] == "2026-03-04T19:00:00-05:00"
    assert scored.started_at == datetime.fromisoformat(STARTED)


def utterance_with(**changes: Any) -> Utterance:
    utterance = Utterance("customer", "Hi.", start=1.0, end=2.0)
    for name, value in changes.items():
        setattr(utterance, name, value)
    return utterance


@pytest.mark.parametrize(
    ("changes", "field", "reason"),
    [
        ({"call_id": 1042}, "call_id", "expected a non-empty string"),
        ({"call_id": ""}, "call_id", "expected a non-empty string"),
        ({"started_at": "next Tuesday"}, "started_at", DATETIME_EXPECTED),
        ({"started_at": datetime(9999, 12, 31, 23, 59)}, "started_at", DATETIME_EXPECTED),
        ({"metadata": None}, None, None),  # None is an empty metadata, as in a file
        ({"metadata": "ivr"}, "metadata", "expected a dict"),
        ({"utterances": ({"speaker": "agent"},)}, "utterances", "expected a list of Utterance"),
        ({"utterances": [{"speaker": "agent", "text": "Hi"}]}, "utterances[0]", "an Utterance"),
        ({"utterances": [utterance_with(speaker="robot")]}, "utterances[0].speaker", "unknown"),
        ({"utterances": [utterance_with(speaker=None)]}, "utterances[0].speaker", "unknown"),
        ({"utterances": [utterance_with(text=None)]}, "utterances[0].text", "a string"),
        ({"utterances": [utterance_with(start=math.nan)]}, "utterances[0].start", "seconds"),
        ({"utterances": [utterance_with(end=-3)]}, "utterances[0].end", "seconds"),
        ({"utterances": [utterance_with(start="1")]}, "utterances[0].start", "seconds"),
        ({"utterances": [utterance_with(start=5.0)]}, "utterances[0].end", "before start"),
        ({"utterances": [utterance_with(gold=["nope"])]}, "utterances[0].gold", "taxonomy"),
    ],
    ids=lambda v: repr(v)[:40],
)
def test_score_call_checks_a_call_at_the_door(
    detector: Detector, changes: dict[str, Any], field: str | None, reason: str | None
) -> None:
    call = make_call(**changes)
    if field is None:
        assert detector.score_call(call).score is not None
        return
    with pytest.raises(CallValueError) as info:
        detector.score_call(call)
    assert f"field '{field}'" in str(info.value) and reason in str(info.value)


def test_check_call_refuses_what_is_not_a_call() -> None:
    with pytest.raises(CallValueError, match="expected a Call, got dict"):
        check_call({"call_id": "x", "utterances": []})  # type: ignore[arg-type]


def test_score_call_replaces_lone_surrogates_with_a_warning(
    model_detector: Detector, caplog: pytest.LogCaptureFixture
) -> None:
    call = make_call(
        call_id="sur\udfff-1",
        utterances=[Utterance("customer", "I need it by seven tonight \udc80.", start=0.0)],
    )
    with caplog.at_level(logging.WARNING, logger="mot_detect"):
        scored = model_detector.score_call(call)
    assert scored.call_id == "sur\ufffd-1"
    assert scored.utterances[0].text == "I need it by seven tonight \ufffd."
    assert "utterances[0].text" in caplog.text and "call_id" in caplog.text


# --- deadlines at the edge of datetime's range --------------------------------------------------

LATE = datetime(9999, 12, 31, 23, 59, 59, tzinfo=timezone.utc)


@pytest.mark.parametrize(
    ("expression", "said_at"),
    [
        ("in 99999999999 days", datetime(2026, 3, 4, 16, 5)),
        ("in " + "9" * 400 + " hours", datetime(2026, 3, 4, 16, 5)),
        ("in 2 hours", LATE),
        ("in 3 days", LATE),
        ("by the 12th", LATE),
        ("end of the month", LATE),
        ("next Friday", LATE),
    ],
    ids=lambda v: repr(v)[:30],
)
def test_deadline_beyond_datetimes_range_is_left_unresolved(
    expression: str, said_at: datetime
) -> None:
    assert resolve(expression, said_at) is None


def test_deadline_beyond_range_leaves_the_call_scored(detector: Detector) -> None:
    # The latest started_at the door accepts, and a cue that points past year 9999.
    call = detector.score_call(
        make_call(
            started_at="2200-12-31T23:59:00+00:00",
            utterances=[Utterance("customer", "I need it done in 99999999999 days.", start=0.0)],
        )
    )
    assert deadline_detail(call)["resolved"] is None
    assert deadline_detail(call)["expression"] == "in 99999999999 days"


def test_dateparser_is_only_given_short_spans(monkeypatch: pytest.MonkeyPatch) -> None:
    # resolve() hands dateparser only the day words of a matched time expression, whitespace
    # collapsed: even a match padded with 50,000 spaces reaches it as a few words.
    import dateparser

    given: list[str] = []
    parse = dateparser.parse

    def recording(words: str, *args: Any, **kwargs: Any) -> Any:
        given.append(words)
        return parse(words, *args, **kwargs)

    monkeypatch.setattr(dateparser, "parse", recording)
    said_at = datetime(2031, 7, 15, 16, 5)  # a reference day no other test caches
    found = find_time_expression("by Friday" + " " * 50_000 + "at 5pm")
    assert found is not None and len(found[0]) > 50_000
    resolved = resolve(found[0], said_at)
    assert resolved is not None and resolved.value == datetime(2031, 7, 18, 17, 0)
    assert given == ["friday"]
