"""Issue 12, fourth round: wordings the dev calls of unseen writers showed missed, each with the
near-misses that must stay quiet. The examples are written for this file; none is copied from
the held-out sets."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_conversation_recall import decisions, make_call, reverified

from mot_detect.detect.fuse import fuse
from mot_detect.detect.rules import RuleMatcher, load_macros, load_patterns
from mot_detect.errors import PatternError
from mot_detect.pipeline import Detector, DetectorOptions
from mot_detect.types import LabelScore


@pytest.fixture(scope="module")
def matcher() -> RuleMatcher:
    return RuleMatcher.load()


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector(DetectorOptions(engine="rules"))


def labels(matcher: RuleMatcher, speaker: str, text: str) -> set[str]:
    return {ls.label for ls in matcher.match(speaker, text)}


FIRES = [
    ("policy_refusal", "as per our process the engineer has to test the line first"),
    (
        "policy_refusal",
        "In line with our delivery policy, we can only send tickets 48 hours before.",
    ),
    ("policy_refusal", "I'm not able to give you a date for that, I'm afraid."),
    ("policy_refusal", "we can't expedite it from this side"),
    ("policy_refusal", "We no longer offer paper statements on that account."),
    ("policy_refusal", "Hire cars aren't covered on the basic plan."),
    ("blame_customer", "Well, that one's on you, the box says fragile."),
    ("blame_customer", "That's what happens when you skip the update."),
    ("blame_customer", "You were supposed to notify us within a week."),
    ("blame_customer", "If you'd kept the receipt this would be simple."),
    ("blame_customer", "You never submitted the second page of the form."),
    ("blame_customer", "You just needed to read the email we sent."),
    ("blame_customer", "The email you entered was out of date, so nothing reached you."),
    ("blame_customer", "Please keep your card details current so this doesn't keep happening."),
    ("blame_customer", "In future, check the size guide before you order."),
    ("churn_risk", "one more missed delivery and I'm gone."),
    ("churn_risk", "honestly if the bill goes up again we're leaving you for good"),
    ("churn_risk", "the other lot can do it Friday so I'm switching to them"),
    ("churn_risk", "I've signed up with another broadband company already."),
    ("churn_risk", "I'm going to stop shopping with you after this."),
    ("churn_risk", "We're moving our pension somewhere else."),
    ("churn_risk", "Just let it lapse at the end of the year."),
    ("escalation", "I want to put a complaint in about your engineer."),
    ("repeat_contact", "I rang on Wednesday and was told the engineer would come Friday."),
    ("repeat_contact", "I've already spoken to someone about this, twice."),
    ("repeat_contact", "it's the same fault I reported in March"),
    ("repeat_contact", "the manager who promised to call me back never did"),
    ("canned_empathy", "We apologise for any inconvenience caused."),
    ("transfer", "You can lodge a complaint through our website, it takes two minutes."),
    ("transfer", "you'll need to submit the claim via the app"),
    ("transfer", "Appeals can be submitted online at https://example.org/appeals."),
    ("canned_empathy", "I'm sorry you feel this way."),
]

QUIET = [
    ("policy_refusal", "Per our conversation, I've booked the engineer for Tuesday."),
    ("policy_refusal", "I can't see why it was declined, give me a moment to look."),
    ("policy_refusal", "We don't do that often, but I can make an exception today."),
    ("policy_refusal", "Your new phone is covered from today."),
    ("blame_customer", "That's on us, I'm sorry, the label was printed wrong."),
    ("blame_customer", "You're meant to receive a code by text in a minute."),
    ("blame_customer", "If you'd like, I can send the receipt again."),
    ("blame_customer", "We've fixed the fault so this doesn't happen again."),
    ("blame_customer", "Next time you call you'll go straight through."),
    ("churn_risk", "My boss said if I'm late again I'm out, so I need this fixed."),
    ("churn_risk", "I'm out of the house all day tomorrow."),
    ("churn_risk", "I'm going with them to the branch on Saturday."),
    ("churn_risk", "Can you stop sending me paper bills?"),
    ("churn_risk", "I want to move my savings to the fixed rate account."),
    ("escalation", "I'd like to put an order in for two more."),
    ("repeat_contact", "I called yesterday to book the engineer, can I change the slot?"),
    ("repeat_contact", "They called me on Monday about a quote."),
    ("repeat_contact", "Can somebody call me back this afternoon?"),
    ("transfer", "I've made a complaint on your behalf through our system."),
    ("transfer", "You can make a payment in the app any time."),
    (
        "transfer",
        "I'll take the details now, or you can submit the claim through the app if you'd rather",
    ),
    ("transfer", "If you ever have an accident, you can file a claim right through our app, 24/7."),
    ("transfer", "You can also send your claim photos through the app."),
    ("policy_refusal", "Per our policy you are covered for accidental damage."),
    (
        "policy_refusal",
        "According to our terms, the refund will land in three to five working days.",
    ),
    (
        "policy_refusal",
        "Rental car reimbursement isn't included on this quote, do you want me to add it?",
    ),
    ("policy_refusal", "we don't accept cheques, you can pay by card or bank transfer."),
    (
        "blame_customer",
        "I'll email the application, you just have to read it and e-sign at the bottom.",
    ),
    ("blame_customer", "The number you gave is not correct for this account, could you check it?"),
    ("blame_customer", "So the deductible, that's on you, and the rest we pay."),
    ("churn_risk", "I accidentally let it lapse last month and now I need to reinstate it."),
    ("churn_risk", "I want the monthly payments to stop at renewal, I'll pay annually instead."),
    ("churn_risk", "I'll leave the key under the mat and then I'm gone."),
    ("churn_risk", "If he's not there by six, I'm leaving."),
    ("churn_risk", "My landlord signed with a different supplier."),
    ("churn_risk", "Can I stop ordering from you for a bit while I'm abroad?"),
    # a review of this round's patterns found these misfiring; they stay quiet now
    ("blame_customer", "You just need to check your email for the link."),
    ("blame_customer", "For future reference, keep this reference number."),
    ("blame_customer", "Next time, review the app, it has all your bookings in one place."),
    ("blame_customer", "You didn't tell us anything wrong, it's our mistake."),
    ("blame_customer", "You didn't notify us? That's fine, I can do it now."),
    ("blame_customer", "The date you selected is not available, would the 5th work?"),
    ("blame_customer", "You're meant to let it charge for an hour first."),
    ("blame_customer", "you're required to check in at least two hours before your flight"),
    ("blame_customer", "If you'd read me the number on the back, please."),
    ("blame_customer", "If you'd kept your old router that would be fine too."),
    ("blame_customer", "That's what happens when you update the app, it resets your settings."),
    ("blame_customer", "That's all on you, sir, whatever date you prefer."),
    ("blame_customer", "Please bear with me, I'm adding a note to stop this from happening again."),
    ("blame_customer", "I'd recommend we update your address so this doesn't happen again."),
    ("churn_risk", "Can you text me? I'm out."),
    ("churn_risk", "If the parcel comes while I'm out, can they leave it next door?"),
    ("churn_risk", "I'll be gone the day of the delivery."),
    ("churn_risk", "I signed up with another email address."),
    ("churn_risk", "My husband signed up with a different number."),
    ("churn_risk", "I don't want it to lapse, that's why I'm calling."),
    ("churn_risk", "What happens if I let it lapse by mistake?"),
    ("churn_risk", "I think I'm going with the other one, the 24-month plan."),
    ("churn_risk", "If it's not here by Friday we're leaving for holiday without it."),
    ("churn_risk", "Can I stop ordering from the old account?"),
    ("policy_refusal", "I am unable to move it to Friday, but Thursday is free, would that work?"),
    ("policy_refusal", "According to our policy you're entitled to a full refund."),
    ("policy_refusal", "In line with our refund policy, I've refunded you in full."),
    ("policy_refusal", "The price is capped at this rate for two years."),
    ("policy_refusal", "That's not included in the total I gave you, it's an extra ten pounds."),
    ("policy_refusal", "The direct debit needs to be in place before the first payment date."),
    ("policy_refusal", "I can't log in to see that, give me a moment."),
    ("policy_refusal", "I'm unable to log in to that system right now."),
]


@pytest.mark.parametrize(("label", "text"), FIRES)
def test_fires(matcher: RuleMatcher, label: str, text: str) -> None:
    speaker = "customer" if label in ("churn_risk", "escalation", "repeat_contact") else "agent"
    assert label in labels(matcher, speaker, text)


@pytest.mark.parametrize(("label", "text"), QUIET)
def test_stays_quiet(matcher: RuleMatcher, label: str, text: str) -> None:
    speaker = "customer" if label in ("churn_risk", "escalation", "repeat_contact") else "agent"
    assert label not in labels(matcher, speaker, text)


# --- the model may not overrule a stock formula marked "model_veto": false ------------------


def test_stock_formulas_are_marked_and_the_rest_are_not(matcher: RuleMatcher) -> None:
    unvetoed = {p.id for p in matcher.patterns if not p.model_veto}
    assert unvetoed == {
        "canned_empathy.any_inconvenience",
        "canned_empathy.feel_that_way",
    }


def test_an_apology_that_goes_on_to_name_the_matter_is_left_to_the_model(
    matcher: RuleMatcher,
) -> None:
    text = "We apologise for any inconvenience the roadworks on Mill Lane caused."
    assert all(ls.model_veto for ls in matcher.match("agent", text))


def test_a_marked_pattern_keeps_the_hit_when_a_stronger_plain_one_also_fires(
    matcher: RuleMatcher,
) -> None:
    text = "Sorry for the inconvenience, and I'm sorry you feel that way."
    (hit,) = matcher.match("agent", text)
    assert (hit.pattern, hit.score, hit.model_veto) == ("canned_empathy.inconvenience", 0.95, False)


def test_a_marked_pattern_survives_the_models_denial_and_others_do_not() -> None:
    probabilities = {"canned_empathy": 0.01, "policy_refusal": 0.01}
    marked = LabelScore("canned_empathy", 0.95, pattern="p1", model_veto=False)
    plain = LabelScore("policy_refusal", 0.8, pattern="p2")
    veto = {"canned_empathy": 0.2, "policy_refusal": 0.05}
    fused = fuse([marked, plain], probabilities, {}, veto, "agent")
    assert [(ls.label, ls.source) for ls in fused] == [("canned_empathy", "rule+model")]
    assert fuse([marked], probabilities, {}, veto, "agent", engine="model") == []


def test_model_veto_must_be_a_boolean(tmp_path: Path) -> None:
    path = tmp_path / "mine.jsonl"
    record = {"label": "transfer", "pattern": "hand you over", "score": 0.8, "model_veto": "no"}
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    with pytest.raises(PatternError, match=r"mine\.jsonl:1: field 'model_veto': expected true"):
        load_patterns([path], load_macros())


# --- reverification: card and social security numbers, job references, short questions -----


def reasked(detector: Detector, given: str, asked: str) -> list[str]:
    call = detector.score_call(make_call(("customer", given), ("agent", asked)))
    return [kind for _, kind, _ in reverified(call)]


@pytest.mark.parametrize(
    ("given", "asked", "kind"),
    [
        (
            "I keyed my card number into the phone menu",
            "Could you read me the long number on the front of the card?",
            "card_number",
        ),
        (
            "I put the last four of my card in already",
            "Can you confirm the last 4 digits of your card?",
            "card_number",
        ),
        (
            "I already entered my social security number",
            "I'll need the last four of your social, please.",
            "ssn",
        ),
        ("my job reference is JB-5520", "Have you got the job reference?", "ticket_number"),
        ("the ticket number is 125-8841-207", "Do you have your e-ticket number?", "ticket_number"),
        ("the claim number is CL-7710", "Sorry, and the claim number was?", "claim_number"),
        (
            "my policy number's HX-4410",
            "Yes, the policy number on the account please.",
            "policy_number",
        ),
        ("my order 66120 hasn't arrived", "What's the order number?", "order_number"),
        (
            "I already gave you my security PIN at the start",
            "Could you tell me your four-digit security PIN?",
            "pin",
        ),
        (
            "I keyed my insurance ID into the menu",
            "What's the insurance ID number?",
            "insurance_id",
        ),
        (
            "my mobile number? I just said it",
            "Okay, the mobile number please.",
            "phone",
        ),
    ],
)
def test_re_asked(detector: Detector, given: str, asked: str, kind: str) -> None:
    assert reasked(detector, given, asked) == [kind]


@pytest.mark.parametrize(
    ("given", "asked"),
    [
        ("my policy number's HX-4410", "Yes, the policy number, please hold while I find it."),
        (
            "I've lost my policy number. I put the papers somewhere safe.",
            "What's your policy number?",
        ),
        (
            "my phone's been off since Monday",
            "Could you confirm that since Monday you've had no signal?",
        ),
        ("my loyalty card number is 6633 2211", "Can you confirm the job now is complete?"),
        (
            "I haven't given you my card number yet",
            "Can you confirm the last 4 digits of your card?",
        ),
        ("I'd like to pay by card", "Could you read me the long number on the front of the card?"),
        ("I saw it on social media", "What's the last four of your social?"),
        ("my social worker set up the account", "What's the last four of your social?"),
        ("I can't pin it down exactly", "Can you confirm your PIN?"),
        ("hello, it's about my card", "Could you tell me your four-digit security PIN?"),
        ("my order from 2024-05-01 never came", "What's the order number?"),
        ("my order 2024 came late", "What's the order number?"),
        ("the engineer came but never fixed it", "Have you got the job reference?"),
    ],
)
def test_not_re_asked(detector: Detector, given: str, asked: str) -> None:
    assert reasked(detector, given, asked) == []


# --- replies that meet the need without echoing it -------------------------------------------

HARD_SHOULDER = (
    "we've broken down on the hard shoulder and the lorries are flying past, I've got the baby"
)
FIRST_CLAIM = "twelve years I've paid you and this is the first time I've ever claimed"


def decided(detector: Detector, cue: str, reply: str) -> dict[int, str]:
    turns = (("customer", cue), ("agent", reply), ("customer", "okay"))
    return decisions(detector.score_call(make_call(*turns)))


@pytest.mark.parametrize(
    ("cue", "reply", "decision"),
    [
        (HARD_SHOULDER, "Keep your hazards on and stay buckled in, okay?", "acknowledged_cue"),
        (HARD_SHOULDER, "Right, a truck is about fifteen minutes out.", "acknowledged_cue"),
        (HARD_SHOULDER, "I'm getting someone headed to you now.", "acknowledged_cue"),
        (HARD_SHOULDER, "Can I take the registration please?", "missed_cue"),
        (HARD_SHOULDER, "Someone's on their way to you now.", "acknowledged_cue"),
        (
            HARD_SHOULDER,
            "Your plan doesn't include recovery, the nearest driver is ninety minutes out anyway.",
            "missed_cue",
        ),
        (
            HARD_SHOULDER,
            "I can't say when someone is on the way, we're very busy tonight.",
            "missed_cue",
        ),
        (
            FIRST_CLAIM,
            "The excess still applies though, that's just what it's there for.",
            "missed_cue",
        ),
        (FIRST_CLAIM, "Well, this is exactly what your policy is there for.", "acknowledged_cue"),
        (FIRST_CLAIM, "Can I take the policy number please?", "missed_cue"),
    ],
)
def test_replies_that_meet_the_need(
    detector: Detector, cue: str, reply: str, decision: str
) -> None:
    assert decided(detector, cue, reply) == {0: decision}
