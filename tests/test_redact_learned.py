"""The learned half of the name and account-number search (mot_detect/redact/learned.py) and
its trainer (mot_detect/train/redaction_model.py)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mot_detect.redact import learned
from mot_detect.redact.finder import Finder
from mot_detect.train import redaction_model

DATA = Path(__file__).resolve().parent.parent / "data" / "redaction"


def _found(turns: list[tuple[str, str]], models: dict | None = None) -> list[list[tuple[str, str]]]:
    finder = Finder(models=models)
    return [
        [(text[f.start : f.end], f.recognizer) for f in finder.observe(i, speaker, text)]
        for i, (speaker, text) in enumerate(turns)
    ]


def test_shipped_models_load_with_their_thresholds() -> None:
    models = learned.models()
    assert set(models) == {"NAME", "ACCOUNT_NUMBER"}
    for model in models.values():
        assert 0 < model.threshold < 1 and len(model.weights) > 50


def test_a_name_the_rules_miss_is_learned_and_the_role_before_it_stays() -> None:
    turns = [
        ("agent", "who's going to be at the property"),
        ("customer", "my housemate dmitri will be in all day"),
    ]
    assert _found(turns, models={}) == [[], []]
    assert _found(turns) == [[], [("dmitri", "learned")]]


def test_the_rest_of_an_account_number_after_an_aside_is_learned() -> None:
    turns = [
        ("agent", "can you read me the account number at the top"),
        ("customer", "five five one nine then it goes onto the next line three oh six two"),
    ]
    assert _found(turns, models={})[1] == [("five five one nine", "cue")]
    assert _found(turns)[1] == [("five five one nine", "cue"), ("three oh six two", "learned")]


def test_the_rest_of_an_account_number_after_a_pause_is_found_by_the_rules() -> None:
    turns = [
        ("agent", "can i take the policy number"),
        (
            "customer",
            "it's six one two two eight four sorry the kettle's going hang on four nine one",
        ),
    ]
    assert _found(turns, models={})[1] == [
        ("six one two two eight four", "cue"),
        ("four nine one", "cue"),
    ]


def test_an_account_number_read_out_over_turns_after_a_cue_that_ends_a_turn() -> None:
    turns = [
        ("customer", "hi i want to pay my bill the account number is"),
        ("customer", "seven eight two"),
        ("agent", "okay"),
        ("customer", "seven three nine nine seven seven"),
    ]
    found = _found(turns, models={})
    assert found[1] == [("seven eight two", "cue")] and found[3] == [
        ("seven three nine nine seven seven", "cue")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "we fly out on ba two four nine one at ten past six and the room was four hundred pounds",
        "I ordered 3 chairs for 129.99 each on the 4th of May, model KX-200",
        "it took forty five minutes and the fee went up by twelve percent in 2023",
    ],
)
def test_look_alikes_are_left_alone(text: str) -> None:
    assert _found([("customer", text)]) == [[]]


def test_a_first_name_beside_a_surname_the_rules_took() -> None:
    turns = [
        ("agent", "Can I take the name on the policy?"),
        ("customer", "Ottoline Vasquez. I'm travelling with my daughter."),
    ]
    said = [text for text, _ in _found(turns)[1]]
    assert "Ottoline" in " ".join(said) and "Vasquez" in " ".join(said)


def test_rules_only_when_no_models_are_given() -> None:
    turns = [
        ("customer", "my housemate dmitri will be in all day"),
        ("customer", "the pans were 77609407 and the mixer was fine"),
    ]
    assert all(r != "learned" for found in _found(turns, models={}) for _, r in found)


def test_the_finder_keeps_no_candidates_unless_asked() -> None:
    finder = Finder()
    finder.observe(0, "customer", "my lodger kemal is at work")
    assert finder.record is None
    assert finder.recent and all(k in ("NAME", "ACCOUNT_NUMBER") for k in finder.recent[0])


def test_trained_weights_round_trip_through_json(tmp_path: Path) -> None:
    sets = [DATA / "dev4.jsonl", DATA / "dev5.jsonl"]
    fitted = redaction_model.fit(redaction_model.examples(sets))
    assert set(fitted) == {"NAME", "ACCOUNT_NUMBER"}
    out = tmp_path / "learned.json"
    redaction_model.save(fitted, out, sets)
    data = json.loads(out.read_text())
    assert data["trained_on"] == ["dev4.jsonl", "dev5.jsonl"]
    loaded = {
        k: learned.LinearModel(m["weights"], m["bias"], m["threshold"])
        for k, m in data["models"].items()
    }
    examples = redaction_model.examples([DATA / "dev3.jsonl"])[:200]
    for e in examples:
        kind = e.candidate.kind
        assert loaded[kind].probability(e.candidate.features) == pytest.approx(
            fitted[kind].probability(e.candidate.features)
        )


def test_the_trainer_refuses_a_held_out_set(capsys: pytest.CaptureFixture[str]) -> None:
    import sys

    argv = sys.argv
    sys.argv = ["redaction_model", str(DATA / "test.jsonl")]
    try:
        with pytest.raises(SystemExit) as stop:
            redaction_model.main()
    finally:
        sys.argv = argv
    assert stop.value.code == 2
    assert "held-out" in capsys.readouterr().err


def test_a_corrupt_case_names_its_file_and_line(tmp_path: Path) -> None:
    bad = tmp_path / "dev9.jsonl"
    bad.write_text('{"case_id": "x", "utterances": []}\n{"case_id": "y"}\n')
    with pytest.raises(ValueError, match=r"dev9.jsonl:2: not a redaction case"):
        redaction_model.examples([bad])
