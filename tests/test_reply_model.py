"""The learned reply decision (conversation/reply_model.py), the concern gate on canned empathy,
counter-examples of model-only labels, and details said to be given before
(conversation/details.py). Every example is invented here."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np
import pytest

from mot_detect.conversation.cues import AcknowledgementCatalog, CueTracker
from mot_detect.conversation.reply_model import (
    EVIDENCE_FEATURES,
    REPLY_MODEL_FILE,
    REPLY_MODEL_FORMAT,
    ReplyModel,
)
from mot_detect.detect.counter_examples import CounterExamples
from mot_detect.detect.model import ModelError, ModelOptions
from mot_detect.errors import PatternError
from mot_detect.models import __file__ as models_init
from mot_detect.pipeline import Detector, DetectorOptions
from mot_detect.types import Call, LabelScore, Utterance

SHIPPED = Path(models_init).parent
DIM = 4
SIZE = len(EVIDENCE_FEATURES) + DIM


def reply_model_file(folder: Path, **changes: object) -> Path:
    """A reply.json that is sure a reply without script labels addresses the cue (p 0.99) and
    that any other does not (p 0.01)."""
    weights = [0.0] * SIZE
    weights[EVIDENCE_FEATURES.index("no_label")] = 10.0
    data = {
        "format": REPLY_MODEL_FORMAT,
        "evidence_features": list(EVIDENCE_FEATURES),
        "mean": [0.0] * SIZE,
        "scale": [1.0] * SIZE,
        "weights": weights,
        "bias": -4.6,
        "veto": 0.05,
        "accept": 0.9,
    } | changes
    path = folder / REPLY_MODEL_FILE
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def sure_model(tmp_path: Path, **changes: object) -> ReplyModel:
    reply_model_file(tmp_path, **changes)
    model = ReplyModel.load(tmp_path, DIM)
    assert model is not None
    return model


UNIT = np.ones(DIM, dtype=np.float32) / 2.0
ELSE = np.array([0.5, -0.5, 0.5, -0.5], dtype=np.float32)  # means nothing like UNIT
RECITAL = "My daughter's recital is tonight and the costume still hasn't arrived."


def tracker_with_cue(model: ReplyModel | None, seen: list | None = None) -> CueTracker:
    tracker = CueTracker(
        AcknowledgementCatalog.load(),
        reply_model=model,
        pair_observer=(
            lambda cue, reply, features, rules_yes: seen.append((cue.utterance, reply, rules_yes))
        )
        if seen is not None
        else None,
    )
    tracker.add_cue(
        Utterance("customer", RECITAL, index=0, labels=[LabelScore("family_event", 0.9)]),
        embedding=UNIT,
    )
    return tracker


def test_a_model_folder_without_reply_json_leaves_the_decision_to_the_rules(
    tmp_path: Path,
) -> None:
    assert ReplyModel.load(tmp_path, DIM) is None


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"format": 99}, "'format'"),
        ({"evidence_features": ["core_echo"]}, "'evidence_features'"),
        ({"weights": [0.0] * (SIZE - 1)}, "'weights'"),
        ({"scale": [0.0] * SIZE}, "'scale'"),
        ({"veto": 1.5}, "'veto'"),
        ({"accept": 0.01}, "'accept'"),
        ({"bias": "high"}, "'bias'"),
        ({"bias": float("nan")}, "'bias'"),
        ({"evidence_features": 5}, "'evidence_features'"),
        ({"mean": ["x"] * SIZE}, "'mean'"),
        ({"mean": [[0.0]] * SIZE}, "'mean'"),
        ({"weights": [None] * SIZE}, "'weights'"),
    ],
)
def test_a_bad_reply_json_is_an_error_naming_the_file_and_field(
    tmp_path: Path, change: dict, field: str
) -> None:
    path = reply_model_file(tmp_path, **change)
    with pytest.raises(ModelError) as raised:
        ReplyModel.load(tmp_path, DIM)
    assert str(path) in str(raised.value) and field in str(raised.value)


def test_unreadable_reply_json_is_an_error(tmp_path: Path) -> None:
    (tmp_path / REPLY_MODEL_FILE).write_text("{not json", encoding="utf-8")
    with pytest.raises(ModelError, match="not readable as JSON"):
        ReplyModel.load(tmp_path, DIM)


def test_the_model_accepts_what_the_rules_missed_and_sees_every_pair(tmp_path: Path) -> None:
    seen: list = []
    tracker = tracker_with_cue(sure_model(tmp_path), seen)
    hold = Utterance(
        "agent", "Thanks for waiting, one moment.", index=1, labels=[LabelScore("hold_script", 0.9)]
    )
    assert tracker.agent_reply(hold, turn=2, embedding=UNIT)[0] == []
    found, _ = tracker.agent_reply(
        Utterance("agent", "Right, okay.", index=2), turn=2, embedding=ELSE
    )
    assert [f.label for f in found] == ["acknowledged_cue"]
    assert found[0].detail["reply_model"] > 0.9
    assert seen == [(0, 1, False), (0, 2, False)]


def test_the_model_vetoes_an_echo_it_is_sure_of(tmp_path: Path) -> None:
    tracker = tracker_with_cue(sure_model(tmp_path))
    echo = Utterance(
        "agent",
        "I see the costume for the recital, please hold.",
        index=1,
        labels=[LabelScore("hold_script", 0.9)],
    )
    found, _ = tracker.agent_reply(echo, turn=2, embedding=UNIT)
    assert found == []
    [missed] = tracker.finish()
    assert missed.detail["unmet"] == [{"reply": 1, "why": "reply_model"}]
    # The rules alone count the echoed "costume" and "recital".
    by_rules = tracker_with_cue(None)
    assert [f.label for f in by_rules.agent_reply(echo, turn=2, embedding=UNIT)[0]] == [
        "acknowledged_cue"
    ]


@pytest.mark.parametrize(
    ("reply", "labels"),
    [
        ("That's our policy, I'm afraid.", [LabelScore("policy_refusal", 0.9)]),
        ("You'll need to ring the courier about that.", []),
        ("Please hold.", [LabelScore("hold_script", 0.9)]),
    ],
)
def test_no_model_makes_a_refusal_a_redirect_or_a_script_an_answer(
    tmp_path: Path, reply: str, labels: list[LabelScore]
) -> None:
    always = sure_model(tmp_path, bias=30.0)  # sure of every reply
    tracker = tracker_with_cue(always)
    found, _ = tracker.agent_reply(
        Utterance("agent", reply, index=1, labels=labels), turn=2, embedding=ELSE
    )
    assert found == []


def test_a_late_offer_is_never_learned_away(tmp_path: Path) -> None:
    tracker = CueTracker(AcknowledgementCatalog.load(), reply_model=sure_model(tmp_path))
    tracker.add_cue(
        Utterance(
            "customer",
            "The part has to be fitted before Friday's inspection or I lose the contract.",
            index=0,
            labels=[LabelScore("deadline", 0.9, detail={"expression": "Friday"})],
        ),
        embedding=UNIT,
    )
    found, _ = tracker.agent_reply(
        Utterance("agent", "I can book the part fitting for Friday afternoon.", index=1),
        turn=2,
        embedding=UNIT,
    )
    assert found == []
    [missed] = tracker.finish()
    assert missed.label == "missed_cue"
    assert missed.detail["unmet"] == [{"reply": 1, "why": "late_offer"}]


def test_without_embeddings_the_rules_decide(tmp_path: Path) -> None:
    """The rules engine has no embeddings: the reply model is not consulted."""
    seen: list = []
    tracker = tracker_with_cue(sure_model(tmp_path), seen)
    found, _ = tracker.agent_reply(Utterance("agent", "Right, okay.", index=1), turn=2)
    assert found == []
    assert seen == []


def test_the_detector_loads_the_reply_model_of_its_model_folder(tmp_path: Path) -> None:
    folder = tmp_path / "models"
    shutil.copytree(SHIPPED, folder, ignore=shutil.ignore_patterns("__pycache__", "*.py"))
    (folder / REPLY_MODEL_FILE).unlink(missing_ok=True)
    detector = Detector(DetectorOptions(model=ModelOptions(path=folder)))
    assert detector.reply_model is None
    dim = int(detector.model.meta["embedding_dim"])  # type: ignore[union-attr]
    weights = [0.0] * (len(EVIDENCE_FEATURES) + dim)
    reply = {
        "format": REPLY_MODEL_FORMAT,
        "evidence_features": list(EVIDENCE_FEATURES),
        "mean": [0.0] * len(weights),
        "scale": [1.0] * len(weights),
        "weights": weights,
        "bias": -5.0,
        "veto": 0.5,
        "accept": 0.9,
    }
    (folder / REPLY_MODEL_FILE).write_text(json.dumps(reply), encoding="utf-8")
    never = Detector(DetectorOptions(model=ModelOptions(path=folder)))
    assert never.reply_model is not None
    call = never.score_call(
        Call(
            call_id="never",
            utterances=[
                Utterance("customer", RECITAL),
                Utterance("agent", "Oh no, the recital is tonight? I'll courier the costume now."),
            ],
        )
    )
    assert [f.label for f in call.findings if f.label.endswith("_cue")] == ["missed_cue"]


@pytest.mark.parametrize(
    ("reply", "decision"),
    [
        ("I do apologize for any inconvenience this may have caused.", "missed_cue"),
        ("Is there anything else I can help you with today?", "missed_cue"),
        ("You'll need to contact the courier directly about that.", "missed_cue"),
        (
            "Oh no, with the recital tonight let's not wait on the courier: I'm sending a "
            "replacement costume by same-day taxi now, it'll be with you by five.",
            "acknowledged_cue",
        ),
    ],
)
def test_the_shipped_reply_model(model_detector: Detector, reply: str, decision: str) -> None:
    call = model_detector.score_call(
        Call(
            call_id="shipped",
            utterances=[Utterance("customer", RECITAL), Utterance("agent", reply)],
        )
    )
    found = [f.label for f in call.findings if f.label.endswith("_cue")]
    assert found == [decision]


# --- canned empathy needs a concern to stand in for an answer --------------------------------


@pytest.mark.parametrize(
    ("before", "canned"),
    [
        (("And who do you have your auto insurance with now?", "Progressive."), False),
        (("My refund still hasn't come and I'm so frustrated.",), True),
    ],
)
def test_canned_empathy_from_the_model_needs_a_concern_before_it(
    model_detector: Detector, before: tuple[str, ...], canned: bool
) -> None:
    speakers = ["agent", "customer"][-len(before) :]
    call = model_detector.score_call(
        Call(
            call_id="concern",
            utterances=[
                *(Utterance(s, t) for s, t in zip(speakers, before, strict=True)),
                Utterance("agent", "I understand."),
            ],
        )
    )
    assert ("canned_empathy" in call.utterances[-1].label_names) is canned


# --- details the conversation says were given before -----------------------------------------


def reverified(detector: Detector, *turns: tuple[str, str]) -> list[int]:
    call = detector.score_call(Call(call_id="said", utterances=[Utterance(s, t) for s, t in turns]))
    return [u.index for u in call.utterances if "reverification" in u.label_names]


@pytest.mark.parametrize(
    "claim",
    [
        "I already typed my account number into the phone menu",
        "i put in the account number and the pin at the start",
        "I gave the automated line my account number before I got you",
        "I've already given you my account number",
    ],
)
def test_a_detail_the_customer_says_they_gave_counts_as_given(
    detector: Detector, claim: str
) -> None:
    assert reverified(
        detector, ("customer", claim), ("agent", "Okay, can I get your account number please?")
    ) == [1]


@pytest.mark.parametrize(
    "not_a_claim",
    [
        "I haven't given you my account number yet",
        "did I already give you my account number?",
        "I'll give you my account number in a sec",
        "I gave up looking for my account number",
        "I just said I don't know my account number",
        "I've already told you I can't find my account number",
        "I put my account number somewhere and can't find it",
        "I provided the documents but not my account number",
    ],
)
def test_no_claim_no_reverification(detector: Detector, not_a_claim: str) -> None:
    assert (
        reverified(
            detector,
            ("customer", not_a_claim),
            ("agent", "Okay, can I get your account number please?"),
        )
        == []
    )


@pytest.mark.parametrize(
    "asked_again",
    [
        "Sorry, what was the claim number you gave me a minute ago?",
        "Can you repeat the order number from before?",
        "Remind me your order number again?",
    ],
)
def test_the_agent_saying_it_was_given_is_a_re_ask(detector: Detector, asked_again: str) -> None:
    assert reverified(
        detector,
        ("customer", "It's been three weeks and nothing has arrived."),
        ("agent", asked_again),
    ) == [1]


@pytest.mark.parametrize(
    "asked",
    [
        "Can I get your order number so I can check again",
        "I'll try again, what's the order number",
        "You said the parcel didn't arrive, can I get the order number",
        "So earlier today we had an outage can I get your order number",
    ],
)
def test_again_or_earlier_elsewhere_in_the_question_is_no_admission(
    detector: Detector, asked: str
) -> None:
    assert reverified(detector, ("customer", "It's been a week."), ("agent", asked)) == []


def test_a_value_said_after_a_claim_replaces_it(detector: Detector) -> None:
    """Read back with the value the customer then gave: a confirmation, not a re-ask."""
    assert reverified(
        detector,
        ("customer", "I already typed my account number into the menu"),
        ("agent", "Okay, what's the account number?"),
        ("customer", "It's 55210."),
        ("agent", "Thanks."),
        ("customer", "So can you fix it?"),
        ("agent", "Can you verify the account number 55210 for me?"),
    ) == [1]


def test_an_admitted_re_ask_says_it_was_given_earlier(detector: Detector) -> None:
    call = detector.score_call(
        Call(
            call_id="admitted",
            utterances=[
                Utterance("customer", "It's been a week."),
                Utterance("agent", "Remind me your order number again?"),
            ],
        )
    )
    assert call.utterances[1].label("reverification").detail["given_at"] == "earlier"  # type: ignore[union-attr]


def test_asking_again_after_asking_is_a_clarification(detector: Detector) -> None:
    assert (
        reverified(
            detector,
            ("agent", "What's your order number?"),
            ("customer", "It's, um, hang on."),
            ("agent", "What's your order number again?"),
        )
        == []
    )


def test_fillers_do_not_hide_a_question(detector: Detector) -> None:
    assert reverified(
        detector,
        ("customer", "my account number is 55210"),
        ("agent", "okay thanks"),
        ("customer", "so what's happening with it"),
        ("agent", "alright can you uh give me the account number"),
    ) == [3]


# --- counter-examples: look-alikes the model alone takes for a label ------------------------


def test_a_counter_example_drops_a_model_only_label_and_keeps_a_pattern_backed_one() -> None:
    counters = CounterExamples.load()
    text = "The spare's in the trunk. I'm just not getting out next to that traffic."
    model_only = [LabelScore("churn_risk", 0.98, "model")]
    assert counters.keep(model_only, text) == []
    backed = [LabelScore("churn_risk", 0.98, "rule+model")]
    assert counters.keep(backed, text) == backed
    leaving = [LabelScore("churn_risk", 0.98, "model")]
    assert counters.keep(leaving, "That's it, I'm getting out of this contract.") == leaving


@pytest.mark.parametrize(
    ("text", "dropped"),
    [
        ("You absolutely shouldn't. I'm noting a blown tire with a spare on board.", True),
        ("No, you don't have to. The driver will do it.", True),
        ("You shouldn't have left it so late to call us.", False),
        ("You don't read the terms, that's the problem.", False),
    ],
)
def test_an_agreeing_you_shouldnt_is_no_blame(text: str, dropped: bool) -> None:
    """ "I'm just not getting out near traffic" / "You absolutely shouldn't.": reassurance."""
    model_only = [LabelScore("blame_customer", 0.9, "model")]
    assert (CounterExamples.load().keep(model_only, text) == []) is dropped


def test_a_counter_example_file_with_an_unknown_label_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "counter.jsonl"
    path.write_text('{"label": "churn", "phrase": "get out of the car"}\n', encoding="utf-8")
    with pytest.raises(PatternError, match=r"counter.jsonl:1: field 'label'"):
        CounterExamples.load(path)


def test_the_stranded_customer_staying_in_the_car_is_no_churn(model_detector: Detector) -> None:
    call = model_detector.score_call(
        Call(
            call_id="stranded",
            utterances=[
                Utterance("agent", "Stay in the car with your hazards on."),
                Utterance(
                    "customer",
                    "If they can just put the spare on, that would be amazing. I'm just not "
                    "getting out next to that traffic.",
                ),
            ],
        )
    )
    assert "churn_risk" not in call.utterances[1].label_names
