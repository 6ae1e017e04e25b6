"""The conversation layer: reverification, missed and acknowledged cues, the score, and the
promise that live (one utterance at a time) and batch scoring agree."""

from __future__ import annotations

import json
from datetime import datetime

import pytest
from conftest import EXAMPLES, INSURANCE_CALLS

from mot_detect import load_calls
from mot_detect.io.writers import call_to_dict
from mot_detect.pipeline import Detector, DetectorOptions
from mot_detect.types import Call, Utterance


def make_call(
    *turns: tuple[str, str], metadata: dict | None = None, started_at: str | None = None
) -> Call:
    return Call(
        call_id="t",
        utterances=[
            Utterance(speaker, text, start=float(i * 5)) for i, (speaker, text) in enumerate(turns)
        ],
        metadata=metadata or {},
        started_at=datetime.fromisoformat(started_at) if started_at else None,
    )


def labels_of(call: Call, index: int) -> list[str]:
    return call.utterances[index].label_names


def findings(call: Call, label: str) -> list[int]:
    return [f.utterance for f in call.findings if f.label == label]


# --- reverification -----------------------------------------------------------------------


def test_asking_for_the_number_the_customer_already_gave_is_reverification(
    detector: Detector,
) -> None:
    call = detector.score_call(
        make_call(
            ("agent", "Can I have your order number, please?"),
            ("customer", "Yes, it's 88412-B."),
            ("agent", "Thanks. What seems to be the problem?"),
            ("customer", "The parcel never arrived."),
            ("agent", "Okay. Can I get that order number again?"),
        )
    )
    assert "reverification" not in labels_of(call, 0)
    assert "reverification" in labels_of(call, 4)
    finding = next(f for f in call.findings if f.label == "reverification")
    assert finding.detail == {"detail": "order_number", "given_at": 1}


def test_detail_typed_into_the_ivr_counts_as_given(detector: Detector) -> None:
    call = detector.score_call(
        make_call(
            ("agent", "Thanks for calling. Can I start with your account number?"),
            metadata={"ivr": {"account_number": "4417 2231"}},
        )
    )
    assert "reverification" in labels_of(call, 0)
    assert call.findings[0].detail["given_at"] == "ivr"


def test_asking_for_a_detail_never_given_is_ordinary(detector: Detector) -> None:
    call = detector.score_call(
        make_call(
            ("customer", "My account number is 55120934."),
            ("agent", "Thank you. And can I take your date of birth?"),
        )
    )
    assert "reverification" not in labels_of(call, 1)


def test_asking_again_straight_after_is_a_clarification(detector: Detector) -> None:
    call = detector.score_call(
        make_call(
            ("agent", "What's your policy number?"),
            ("customer", "It's PX-40091."),
            ("agent", "Sorry, the line cut out, could you give me the policy number once more?"),
        )
    )
    assert "reverification" not in labels_of(call, 2)


def test_reading_a_detail_back_is_not_reverification(detector: Detector) -> None:
    call = detector.score_call(
        make_call(
            ("customer", "My zip code is 43215."),
            ("agent", "Great, let me check coverage."),
            ("customer", "Sure."),
            ("agent", "Just to confirm, is your zip code 43215?"),
        )
    )
    assert "reverification" not in labels_of(call, 3)


def test_volunteered_email_then_asked_again(detector: Detector) -> None:
    call = detector.score_call(
        make_call(
            ("customer", "You can reach me at dana.r@example.com about this."),
            ("agent", "Sure. Let me look at the account."),
            ("customer", "Thanks."),
            ("agent", "And what's your email address?"),
        )
    )
    assert "reverification" in labels_of(call, 3)


def test_email_address_is_not_the_postal_address(detector: Detector) -> None:
    call = detector.score_call(
        make_call(
            ("agent", "Can I please have your full home address?"),
            ("customer", "It is 12 Harbor Lane, Salem."),
            ("agent", "Thanks."),
            ("customer", "Sure."),
            ("agent", "Do you have an email address where I can send the quote?"),
        )
    )
    assert "reverification" not in labels_of(call, 4)


def test_declining_to_give_a_detail_is_not_giving_it(detector: Detector) -> None:
    call = detector.score_call(
        make_call(
            ("agent", "Do you have an email address for us?"),
            ("customer", "No, not really."),
            ("agent", "Okay."),
            ("customer", "Right."),
            ("agent", "What's the email address we should use for the documents?"),
        )
    )
    assert "reverification" not in labels_of(call, 4)


# --- missed and acknowledged cues ----------------------------------------------------------


def test_scripted_replies_miss_the_cue(detector: Detector) -> None:
    call = detector.score_call(
        make_call(
            ("customer", "My daughter's recital is at seven tonight and the car won't start."),
            ("agent", "I understand your frustration."),
            ("customer", "Can you send someone?"),
            ("agent", "Please hold while I check."),
            ("customer", "Okay."),
            ("agent", "Can I have your membership number?"),
            ("customer", "It's 7730."),
        )
    )
    missed = [f for f in call.findings if f.label == "missed_cue"]
    assert len(missed) == 1
    assert missed[0].utterance == 0
    assert set(missed[0].cues) == {"family_event", "deadline"}
    assert missed[0].replies == [1, 3, 5]
    assert missed[0].detail["reason"] == "window_passed"


def test_a_specific_reply_acknowledges_the_cue(detector: Detector) -> None:
    call = detector.score_call(
        make_call(
            ("customer", "My daughter's recital is at seven tonight and the car won't start."),
            (
                "agent",
                "Let's get you to that recital. I'll send a mechanic who can be there before six.",
            ),
        )
    )
    acknowledged = [f for f in call.findings if f.label == "acknowledged_cue"]
    assert [f.utterance for f in acknowledged] == [0]
    assert acknowledged[0].detail["acknowledged_by"] == 1
    assert not findings(call, "missed_cue")


def test_an_apology_naming_the_situation_is_not_canned(detector: Detector) -> None:
    call = detector.score_call(
        make_call(
            (
                "customer",
                "We're burying my father on Thursday and the flowers haven't been delivered.",
            ),
            (
                "agent",
                "I'm so sorry to hear about your father. Let me get the flowers out for Thursday morning.",
            ),
        )
    )
    assert "canned_empathy" not in labels_of(call, 1)
    assert findings(call, "acknowledged_cue") == [0]


def test_a_refusal_that_repeats_the_words_does_not_acknowledge(detector: Detector) -> None:
    call = detector.score_call(
        make_call(
            ("customer", "I want to speak to your supervisor."),
            ("agent", "My supervisor will tell you the same thing."),
        )
    )
    assert "policy_refusal" in labels_of(call, 1)
    missed = [f for f in call.findings if f.label == "missed_cue"]
    assert [f.utterance for f in missed] == [0]
    assert missed[0].detail["reason"] == "call_ended"


def test_cue_with_no_agent_reply_is_missed_at_call_end(detector: Detector) -> None:
    call = detector.score_call(
        make_call(("agent", "Hello?"), ("customer", "Cancel everything, I'm done with you."))
    )
    missed = [f for f in call.findings if f.label == "missed_cue"]
    assert (
        len(missed) == 1 and missed[0].replies == [] and missed[0].detail["reason"] == "call_ended"
    )


def test_window_counts_agent_turns_not_utterances(detector: Detector) -> None:
    call = detector.score_call(
        make_call(
            ("customer", "This is the fifth time I'm calling about the outage."),
            ("agent", "Thank you for your patience."),
            ("agent", "Please hold."),
            ("agent", "Thanks for holding."),
            ("customer", "Hello?"),
            (
                "agent",
                "I can see you've called us five times about this outage, I'm sorry, I'll own it.",
            ),
        )
    )
    # Three agent utterances are one turn: the fourth utterance is still inside the window.
    assert findings(call, "acknowledged_cue") == [0]


def test_window_turns_option(detector: Detector) -> None:
    narrow = Detector(DetectorOptions(window_turns=1))
    call = make_call(
        ("customer", "This is the fifth time I'm calling about the outage."),
        ("agent", "Please hold."),
        ("customer", "Hello?"),
        ("agent", "I can see you've called us five times about this outage."),
    )
    assert findings(narrow.score_call(call), "missed_cue") == [0]
    assert findings(detector.score_call(call), "acknowledged_cue") == [0]


def test_deadline_finding_resolves_against_started_at_plus_offset(detector: Detector) -> None:
    call = detector.score_call(
        make_call(
            ("agent", "How can I help?"),
            ("customer", "I need the payoff letter by seven tonight or the sale falls through."),
            started_at="2026-03-04T16:05:00-05:00",
        )
    )
    deadline = next(f for f in call.findings if f.label == "deadline")
    assert deadline.detail["resolved"] == "2026-03-04T19:00:00-05:00"
    assert deadline.detail["expression"] == "seven tonight"


def test_deadline_without_started_at_keeps_expression_only(detector: Detector) -> None:
    call = detector.score_call(
        make_call(("customer", "I need it by Friday at noon, the closing depends on it."))
    )
    deadline = next(f for f in call.findings if f.label == "deadline")
    assert deadline.detail == {"expression": "Friday at noon", "resolved": None}


# --- the score ----------------------------------------------------------------------------


def test_ordinary_call_scores_zero(detector: Detector) -> None:
    call = detector.score_call(
        make_call(("agent", "How can I help?"), ("customer", "I'd like to update my address."))
    )
    assert call.score is not None
    assert (call.score.stakes, call.score.priority, call.score.level) == (0.0, 0.0, "low")


def test_missed_high_stakes_outrank_handled_high_stakes(detector: Detector) -> None:
    cue = ("customer", "I'm stranded on the shoulder of the highway with my two kids.")
    missed = detector.score_call(
        make_call(cue, ("agent", "I understand your frustration. Please hold."))
    )
    handled = detector.score_call(
        make_call(cue, ("agent", "Are you and the kids safe? I'm dispatching a tow truck now."))
    )
    assert missed.score and handled.score
    assert missed.score.stakes == handled.score.stakes > 0.5
    assert missed.score.priority > handled.score.priority
    assert missed.score.level == "high" and handled.score.level == "low"


def test_examples_rank_bad_calls_above_good_ones(detector: Detector) -> None:
    scored = {
        c.call_id: c
        for p in sorted(EXAMPLES.glob("*.*"))
        if p.suffix != ".md"
        for c in map(detector.score_call, load_calls(p))
    }
    bad = ["ex-airline-01", "ex-broadband-01", "ex-carclaim-01", "ex-retail-01"]
    good = ["ex-roadside-01", "ex-energy-01", "ex-mortgage-01", "ex-address-01"]
    assert min(scored[c].score.priority for c in bad) > max(scored[c].score.priority for c in good)  # type: ignore[union-attr]


# --- live == batch -------------------------------------------------------------------------


def live_score(detector: Detector, call: Call) -> tuple[Call, list]:
    session = detector.session(call.call_id, started_at=call.started_at, metadata=call.metadata)
    emitted = []
    for u in call.utterances:
        update = session.add({"speaker": u.speaker, "text": u.text, "start": u.start, "end": u.end})
        assert update.utterance.index == len(session.call.utterances) - 1
        emitted.extend(update.findings)
    return session.finish(), emitted


def example_and_real_calls() -> list[Call]:
    calls = [c for p in sorted(EXAMPLES.glob("*.*")) if p.suffix != ".md" for c in load_calls(p)]
    if INSURANCE_CALLS.exists():
        calls += load_calls(INSURANCE_CALLS)[:12]
    return calls


@pytest.mark.parametrize("call", example_and_real_calls(), ids=lambda c: c.call_id)
def test_live_scoring_gives_exactly_the_batch_result(detector: Detector, call: Call) -> None:
    batch = detector.score_call(call)
    live, emitted = live_score(detector, call)
    assert json.dumps(call_to_dict(live), sort_keys=True) == json.dumps(
        call_to_dict(batch), sort_keys=True
    )
    # Everything but the cues still open at hang-up was already announced while the call ran.
    ended = [f for f in batch.findings if f.detail.get("reason") == "call_ended"]
    assert len(emitted) + len(ended) == len(batch.findings)


def test_missed_cue_is_announced_live_once_the_window_passes(detector: Detector) -> None:
    session = detector.session("live")
    session.add({"speaker": "customer", "text": "Put your manager on, now."})
    for text in ("Please hold.", "Thanks for holding.", "One moment."):
        update = session.add({"speaker": "agent", "text": text})
        assert not any(f.label == "missed_cue" for f in update.findings)
        session.add({"speaker": "customer", "text": "Hello?"}) if text != "One moment." else None
    update = session.add({"speaker": "customer", "text": "Hello??"})
    assert [f.label for f in update.findings] == ["missed_cue"]
    assert update.score.handling < 1.0


def test_score_call_does_not_modify_its_input(detector: Detector) -> None:
    call = make_call(("customer", "Cancel everything."), ("agent", "Please hold."))
    detector.score_call(call)
    assert all(u.labels == [] for u in call.utterances) and call.findings == []


def test_finished_session_refuses_more(detector: Detector) -> None:
    session = detector.session("done")
    session.finish()
    with pytest.raises(RuntimeError, match="finished"):
        session.add({"speaker": "agent", "text": "Hello?"})


def test_live_session_rejects_unknown_speaker(detector: Detector) -> None:
    with pytest.raises(ValueError, match="unknown speaker"):
        detector.session("x").add({"speaker": "robot", "text": "beep"})


def test_default_score_call_reuses_one_detector() -> None:
    from mot_detect import pipeline

    first = pipeline.default_detector()
    pipeline.score_call(make_call(("customer", "hi")))
    assert pipeline.default_detector() is first


@pytest.mark.parametrize(
    ("given", "asked_again", "kind"),
    [
        ("My account number is 4417-2231.", "Could I get your account number?", "account_number"),
        ("The policy number is PX-40091.", "And what's your policy number?", "policy_number"),
        ("Order number 88412, it's a bike.", "Can I have the order number please?", "order_number"),
        ("My claim number is 0914462.", "What is the claim number?", "claim_number"),
        ("The ticket number is INC-55310.", "Can you give me the ticket number?", "ticket_number"),
        ("The service tag is 7XKQ2M3.", "Can you read me the service tag?", "service_tag"),
        ("Call me on 555-201-7788 if it drops.", "What's the best phone number for you?", "phone"),
        ("It's dana.r@example.com.", "Could I get your email address?", "email"),
        ("My zip code is 43215.", "And what's your zip code?", "postcode"),
        ("My date of birth is 03/14/1988.", "Can you confirm your date of birth?", "date_of_birth"),
        ("My name is Dana Reyes.", "Can I get your name please?", "name"),
        ("My address is 12 Harbor Lane.", "What's the address on the account?", "address"),
        ("My phone model is an iPhone 13 on iOS 17.", "What device are you using?", "device"),
    ],
)
def test_reverification_for_every_detail_kind(
    detector: Detector, given: str, asked_again: str, kind: str
) -> None:
    call = detector.score_call(
        make_call(
            ("customer", given),
            ("agent", "Thanks, let me look into that."),
            ("customer", "Okay."),
            ("agent", asked_again),
        )
    )
    label = call.utterances[3].label("reverification")
    assert label is not None, f"{kind}: no reverification on {asked_again!r}"
    assert label.detail["detail"] == kind


@pytest.mark.parametrize(
    ("key", "asked"),
    [
        ("member_number", "Can I have your member number?"),
        ("zip", "What's your zip code?"),
        ("dob", "Could you confirm your date of birth?"),
        ("policy", "Can I get the policy number?"),
        ("caller_phone", "What's a good phone number for you?"),
    ],
)
def test_ivr_metadata_keys_map_to_detail_kinds(detector: Detector, key: str, asked: str) -> None:
    call = detector.score_call(make_call(("agent", asked), metadata={"ivr": {key: "1234"}}))
    assert "reverification" in labels_of(call, 0)


# --- numbers as Whisper writes them (issue 10) ----------------------------------------------

ACCOUNT_ASK = ("agent", "Can I have your account number, please?")
MEANWHILE = (
    ("agent", "Thanks. What seems to be the problem?"),
    ("customer", "The parcel never arrived."),
)


@pytest.mark.parametrize(
    "given",
    [
        ("It's four four zero one seven two three.",),
        ("four four oh one seven two three",),
        ("Forty-four, zero one, seventy-two, three.",),
        ("Double four zero one seven two three.",),
        ("4401723",),
        ("44-01-72-93",),
        ("4401 723",),
        ("44 01 72 93",),
        # As Whisper tiny.en wrote numbers spoken by piper:
        ("My count number is 4-4-01-7-2-3.",),
        ("It's 44, 01, 72, 93.",),
        ("Sure, it's 4-4-01, 7-2-3.",),
        # Split over two utterances of one turn at a pause:
        ("It's four four zero one.", "Seven two three."),
        ("It's 4401.", "7-2-3."),
        ("It's four four", "zero one seven two three"),
    ],
)
def test_a_number_given_in_any_form_makes_the_re_ask_reverification(
    detector: Detector, given: tuple[str, ...]
) -> None:
    call = detector.score_call(
        make_call(
            ACCOUNT_ASK,
            *(("customer", text) for text in given),
            *MEANWHILE,
            ("agent", "Okay. Can I get that account number again?"),
        )
    )
    label = call.utterances[-1].label("reverification")
    assert label is not None
    assert label.detail["detail"] == "account_number"
    assert label.detail["given_at"] in range(1, 1 + len(given))  # where it began or was finished


@pytest.mark.parametrize(
    "given",
    [
        ("My account number is 4401723.",),
        ("My account number is four four oh one seven two three.",),
        ("It's four four zero one.", "Seven two three."),
        ("My account number is four four zero one", "seven two three"),
        ("It's 4401.", "723."),
    ],
)
@pytest.mark.parametrize(
    "read_back",
    [
        "Can you confirm your account number is 4401723?",
        "Can you confirm your account number is four four oh one seven two three?",
        "Can you confirm your account number is 440-1723?",
    ],
)
def test_reading_the_number_back_in_another_form_is_a_confirmation(
    detector: Detector, given: tuple[str, ...], read_back: str
) -> None:
    call = detector.score_call(
        make_call(
            ACCOUNT_ASK, *(("customer", text) for text in given), *MEANWHILE, ("agent", read_back)
        )
    )
    assert "reverification" not in labels_of(call, len(call.utterances) - 1)


def test_reading_back_a_different_number_is_still_a_re_ask(detector: Detector) -> None:
    call = detector.score_call(
        make_call(
            ACCOUNT_ASK,
            ("customer", "It's four four zero one."),
            ("customer", "Seven two three."),
            *MEANWHILE,
            ("agent", "Can you confirm your account number is 5512?"),
        )
    )
    assert "reverification" in labels_of(call, 5)


@pytest.mark.parametrize("keyed_in", ["4401723", "44-01-72-3", 4401723])
@pytest.mark.parametrize(
    ("asked", "flagged"),
    [
        ("Can you confirm your account number is four four zero one seven two three?", False),
        ("Can you confirm your account number is 4401723?", False),
        ("Can I get your account number?", True),
    ],
)
def test_ivr_values_compare_in_any_form(
    detector: Detector, keyed_in: object, asked: str, flagged: bool
) -> None:
    call = detector.score_call(
        make_call(("agent", asked), metadata={"ivr": {"account_number": keyed_in}})
    )
    assert ("reverification" in labels_of(call, 0)) is flagged


def test_a_question_split_at_a_pause_is_still_a_re_ask(detector: Detector) -> None:
    call = detector.score_call(
        make_call(
            ("customer", "My account number is 4401723."),
            *MEANWHILE,
            ("agent", "Okay. Can I get your account"),
            ("agent", "number again?"),
        )
    )
    assert "reverification" not in labels_of(call, 3)
    label = call.utterances[4].label("reverification")
    assert label is not None and label.span == (0, len("number"))


@pytest.mark.parametrize(
    "prose", ["One of my kids has it, hold on.", "I've called two or three times."]
)
def test_number_words_in_prose_do_not_give_a_detail(detector: Detector, prose: str) -> None:
    call = detector.score_call(
        make_call(
            ACCOUNT_ASK,
            ("customer", prose),
            *MEANWHILE,
            ("agent", "Sorry, can I get your account number?"),
        )
    )
    assert "reverification" not in labels_of(call, 4)


def test_account_number_volunteered_as_whisper_hears_it(detector: Detector) -> None:
    # tiny.en writes "My account number is four four oh one ..." said by piper as below.
    call = detector.score_call(
        make_call(
            ("customer", "My count number is 4-4-01-7-2-3."),
            *MEANWHILE,
            ("agent", "Could I get your account number?"),
        )
    )
    label = call.utterances[3].label("reverification")
    assert label is not None and label.detail == {"detail": "account_number", "given_at": 0}


@pytest.mark.parametrize(
    "answer",
    [
        "It's the account with the $1,500 balance.",
        "It's on the bill, the one for nineteen ninety-nine a month.",
        "I took it out in twenty nineteen.",
    ],
)
def test_money_and_years_are_no_details(answer: str) -> None:
    ask = "Can I get your account number?"
    call = Call(
        "amounts",
        [
            Utterance("agent", ask),
            Utterance("customer", answer),
            Utterance("agent", "Okay."),
            Utterance("customer", "Right."),
            Utterance("agent", ask),
        ],
    )
    scored = Detector(DetectorOptions(engine="rules")).score_call(call)
    assert not [f for f in scored.findings if f.label == "reverification"]
