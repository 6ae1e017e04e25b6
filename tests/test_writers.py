"""The writers: the taxonomy's output contract in JSON, JSON Lines and CSV, written lazily."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from mot_detect import score_call
from mot_detect.io.readers import load_calls
from mot_detect.io.writers import CSV_COLUMNS, call_to_dict, write_calls
from mot_detect.labels import CALL_FINDINGS, MISSED_CUE, UTTERANCE_LABELS
from mot_detect.types import Call

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
ALL_LABELS = set(UTTERANCE_LABELS) | set(CALL_FINDINGS)


@pytest.fixture(scope="module")
def claim() -> Call:
    return score_call(load_calls(EXAMPLES / "car_insurance_first_claim_missed.json")[0])


@pytest.fixture(scope="module")
def control() -> Call:
    return score_call(load_calls(EXAMPLES / "credit_union_address_change_control.json")[0])


def _write(calls: list[Call], format: str) -> str:
    stream = io.StringIO()
    for _ in write_calls(calls, stream, format):
        pass
    return stream.getvalue()


def _check_contract(data: dict[str, Any], call: Call) -> None:
    assert data["call_id"] == call.call_id
    utterances = data["utterances"]
    assert [u["index"] for u in utterances] == list(range(len(call.utterances)))
    assert [u["text"] for u in utterances] == [u.text for u in call.utterances]
    assert [u["speaker"] for u in utterances] == [u.speaker for u in call.utterances]
    for utterance in utterances:
        assert isinstance(utterance["labels"], list)
        for label in utterance["labels"]:
            assert label["label"] in UTTERANCE_LABELS
            assert isinstance(label["score"], float)
            assert 0.0 <= label["score"] <= 1.0
    assert isinstance(data["findings"], list)
    for finding in data["findings"]:
        assert finding["label"] in ALL_LABELS
        assert 0 <= finding["utterance"] < len(utterances)
        assert 0.0 <= finding["score"] <= 1.0
    score = data["score"]
    assert set(score) >= {"stakes", "handling", "priority", "level"}
    assert 0.0 <= score["stakes"] <= 1.0
    assert 0.0 <= score["handling"] <= 1.0
    assert 0.0 <= score["priority"] <= 100.0
    assert score["level"] in {"low", "medium", "high"}


def test_call_to_dict_contract(claim: Call, control: Call) -> None:
    for call in (claim, control):
        data = call_to_dict(call)
        _check_contract(data, call)
        assert json.loads(json.dumps(data)) == data
    assert call_to_dict(claim)["started_at"] == "2026-01-13T08:42:00-06:00"
    assert call_to_dict(claim)["metadata"]["ivr"]["policy_number"] == "BSM-7730-4418"


def test_cue_findings_carry_text_and_span(claim: Call) -> None:
    data = call_to_dict(claim)
    cue_findings = [f for f in data["findings"] if f["label"] not in CALL_FINDINGS]
    assert cue_findings
    for finding in cue_findings:
        text = data["utterances"][finding["utterance"]]["text"]
        assert finding["text"]
        if "span" in finding:
            start, end = finding["span"]
            assert text[start:end] == finding["text"]


def test_json_array_round_trip(claim: Call, control: Call) -> None:
    out = _write([claim, control], "json")
    data = json.loads(out)
    assert isinstance(data, list)
    assert [d["call_id"] for d in data] == ["ex-carclaim-01", "ex-address-01"]
    _check_contract(data[0], claim)
    _check_contract(data[1], control)
    assert data[0] == json.loads(json.dumps(call_to_dict(claim)))
    assert out.endswith("]\n")


def test_json_empty_iterable_writes_empty_array() -> None:
    out = _write([], "json")
    assert out.strip() == "[]"
    assert json.loads(out) == []


def test_jsonl_one_line_per_call(claim: Call, control: Call) -> None:
    out = _write([claim, control, claim], "jsonl")
    lines = out.splitlines()
    assert len(lines) == 3
    parsed = [json.loads(line) for line in lines]
    assert [p["call_id"] for p in parsed] == ["ex-carclaim-01", "ex-address-01", "ex-carclaim-01"]
    _check_contract(parsed[0], claim)
    assert _write([], "jsonl") == ""


def test_csv_one_row_per_finding(claim: Call, control: Call) -> None:
    assert control.findings == []
    out = _write([claim, control], "csv")
    rows = list(csv.reader(io.StringIO(out)))
    assert tuple(rows[0]) == CSV_COLUMNS
    body = [dict(zip(CSV_COLUMNS, row, strict=True)) for row in rows[1:]]
    assert len(body) == len(claim.findings)
    assert {r["call_id"] for r in body} == {"ex-carclaim-01"}
    assert [r["finding"] for r in body] == [f.label for f in claim.findings]
    assert [int(r["utterance"]) for r in body] == [f.utterance for f in claim.findings]
    assert claim.score is not None
    assert {r["level"] for r in body} == {claim.score.level}
    assert {float(r["priority"]) for r in body} == {claim.score.priority}
    for row, finding in zip(body, claim.findings, strict=True):
        utterance = claim.utterances[finding.utterance]
        assert row["speaker"] == utterance.speaker
        assert row["utterance_text"] == utterance.text
        assert row["cues"] == " ".join(finding.cues)
        assert row["replies"] == " ".join(str(r) for r in finding.replies)
        if finding.detail:
            assert json.loads(row["detail"]) == finding.detail


def test_csv_call_without_findings_adds_no_rows(control: Call) -> None:
    rows = list(csv.reader(io.StringIO(_write([control], "csv"))))
    assert rows == [list(CSV_COLUMNS)]
    assert list(csv.reader(io.StringIO(_write([], "csv")))) == [list(CSV_COLUMNS)]


def test_deadline_findings_carry_resolved_detail(claim: Call) -> None:
    deadlines = [f for f in call_to_dict(claim)["findings"] if f["label"] == "deadline"]
    assert deadlines
    for finding in deadlines:
        assert "resolved" in finding["detail"]
        assert finding["detail"]["expression"]
    # "by Thursday", said on Tuesday 2026-01-13 (started_at is known): Thursday the 15th
    assert any(str(f["detail"]["resolved"]).startswith("2026-01-15") for f in deadlines)


def test_missed_cue_findings_carry_cues_and_replies(claim: Call) -> None:
    data = call_to_dict(claim)
    missed = [f for f in data["findings"] if f["label"] == MISSED_CUE]
    assert missed
    assert 5 in {f["utterance"] for f in missed}  # the answer key's first missed cue
    for finding in missed:
        cue_utterance = data["utterances"][finding["utterance"]]
        assert cue_utterance["speaker"] == "customer"
        assert finding["cues"]
        assert set(finding["cues"]) <= {ls["label"] for ls in cue_utterance["labels"]}
        assert finding["replies"]
        for reply in finding["replies"]:
            assert data["utterances"][reply]["speaker"] == "agent"
            assert reply > finding["utterance"]


def test_unknown_format_raises(claim: Call) -> None:
    with pytest.raises(ValueError, match="unknown output format 'xml'"):
        write_calls([claim], io.StringIO(), "xml")


def test_write_calls_passes_calls_on(claim: Call, control: Call) -> None:
    passed = list(write_calls([claim, control], io.StringIO(), "csv"))
    assert passed == [claim, control]


def test_write_calls_is_lazy(claim: Call, control: Call) -> None:
    consumed: list[str] = []

    def source() -> Iterator[Call]:
        for call in (claim, control):
            consumed.append(call.call_id)
            yield call

    stream = io.StringIO()
    writer = write_calls(source(), stream, "jsonl")
    assert stream.getvalue() == "" and consumed == []
    assert next(writer) is claim
    assert consumed == ["ex-carclaim-01"]
    lines = stream.getvalue().splitlines()
    assert len(lines) == 1
    assert json.loads(lines[0])["call_id"] == "ex-carclaim-01"
    assert next(writer) is control
    assert len(stream.getvalue().splitlines()) == 2
