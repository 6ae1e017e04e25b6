"""Each utterance label fires on what it means and stays quiet on near-misses."""

from __future__ import annotations

import pytest

from mot_detect.detect.rules import RuleMatcher
from mot_detect.labels import UTTERANCE_LABELS

POSITIVES: list[tuple[str, str, str]] = [
    ("deadline", "customer", "The closing is at noon tomorrow and the bank needs this letter."),
    ("deadline", "customer", "I have to board in forty minutes, can you please hurry."),
    ("deadline", "customer", "The report is due at five and my laptop won't boot."),
    ("deadline", "customer", "I need the replacement card by Friday or I can't pay rent."),
    ("first_claim", "customer", "We've never claimed on this policy before."),
    ("first_claim", "customer", "This is the first time I've had to use the warranty."),
    ("first_claim", "customer", "It's my first claim, I don't even know how this works."),
    ("tenure", "customer", "I've banked with you since 2004."),
    ("tenure", "customer", "Twelve years of premiums and this is how you treat me."),
    ("tenure", "customer", "I've been a loyal customer for over ten years."),
    ("family_event", "customer", "My son's graduation is Saturday and the tickets haven't come."),
    ("family_event", "customer", "We're burying my father on Thursday."),
    ("family_event", "customer", "My wife is due any day now."),
    ("health_safety", "customer", "I'm stuck on the shoulder of the highway with two kids."),
    ("health_safety", "customer", "My mother is on oxygen and the power is off."),
    ("health_safety", "customer", "I can smell gas in the kitchen."),
    ("financial_impact", "customer", "I'll lose the contract if this isn't sent."),
    ("financial_impact", "customer", "They're threatening to send me to collections."),
    (
        "financial_impact",
        "customer",
        "It's costing us two thousand dollars a day while the shop is closed.",
    ),
    ("repeat_contact", "customer", "This is the fourth time I'm calling about this."),
    ("repeat_contact", "customer", "Nobody ever rang me back."),
    ("repeat_contact", "customer", "I've called three times this week about the same fault."),
    ("churn_risk", "customer", "I'll take my business elsewhere."),
    ("churn_risk", "customer", "Just cancel everything."),
    ("churn_risk", "customer", "Your competitor is cheaper and they answer the phone."),
    ("escalation", "customer", "Put your manager on."),
    ("escalation", "customer", "What is your full name?"),
    ("escalation", "customer", "I'm reporting this to the ombudsman."),
    ("distress", "customer", "I am at the end of my rope."),
    ("distress", "customer", "I'm shaking right now."),
    ("distress", "customer", "Honestly I'm so stressed, I haven't slept."),
    ("canned_empathy", "agent", "I understand your frustration."),
    ("canned_empathy", "agent", "I apologize for any inconvenience this may have caused."),
    ("canned_empathy", "agent", "Oh, sorry to hear that."),
    ("canned_empathy", "agent", "I've had the same thing happen to me, honestly."),
    ("canned_empathy", "agent", "I understand your frustration and I'm here to help."),
    (
        "canned_empathy",
        "agent",
        "I apologize for any inconvenience, but the system won't allow it.",
    ),
    ("canned_empathy", "agent", "I'm sorry to hear that, let me see what I can do."),
    ("canned_empathy", "agent", "I'm sorry to hear that you feel that way."),
    ("canned_empathy", "agent", "I understand your frustration with the situation, and I'm here."),
    ("canned_empathy", "agent", "I apologize for any inconvenience caused by this, thank you."),
    ("canned_empathy", "agent", "I'm sorry to hear that you're upset, let me help."),
    ("canned_empathy", "agent", "I'm sorry for the trouble with your order."),
    ("hold_script", "agent", "Please bear with me while I look into that."),
    ("hold_script", "agent", "Your call is important to us."),
    ("hold_script", "agent", "Thank you for your patience."),
    ("policy_refusal", "agent", "That's against our policy."),
    ("policy_refusal", "agent", "The system won't let me do that."),
    ("policy_refusal", "agent", "There's nothing I can do from here."),
    ("blame_customer", "agent", "You really should have kept track of your PIN."),
    ("blame_customer", "agent", "You should have read the terms."),
    ("blame_customer", "agent", "Well, that's your responsibility, not ours."),
    ("transfer", "agent", "I'll transfer you to billing."),
    ("transfer", "agent", "You'll need to call a different number for that."),
    ("transfer", "agent", "That's not my department, I'm afraid."),
]

NEAR_MISSES: list[tuple[str, str, str]] = [
    ("deadline", "customer", "No rush at all, whenever you get a chance is fine."),
    ("deadline", "customer", "I called you yesterday at five."),
    ("first_claim", "agent", "Is this your first claim with us?"),
    ("first_claim", "customer", "I've had a couple of claims over the years."),
    ("tenure", "customer", "I've been with them for years but their rates went up."),
    ("tenure", "customer", "I only signed up last month."),
    ("family_event", "customer", "My wife drives the Honda, I drive the truck."),
    ("family_event", "customer", "My father passed away years ago."),
    ("health_safety", "customer", "What are the bodily injury liability limits on that plan?"),
    ("health_safety", "customer", "I'm safe at home, the car is in the garage."),
    ("financial_impact", "customer", "How much is the monthly premium?"),
    ("repeat_contact", "customer", "This is the first time I'm calling."),
    ("repeat_contact", "customer", "Second, I wanted to ask about the bill."),
    ("churn_risk", "customer", "I'd have to cancel my policy with them first, right?"),
    ("churn_risk", "customer", "I'm not going to cancel, I just want it fixed."),
    ("escalation", "customer", "Thanks, what was your name again? Sorry."),
    ("escalation", "customer", "My manager at work gave me the day off."),
    ("distress", "customer", "I'm not upset, just curious."),
    ("canned_empathy", "agent", "Can I have your date of birth?"),
    ("canned_empathy", "customer", "I understand your frustration, I work in retail too."),
    # an apology naming the customer's situation is not a formula (data/GUIDELINES.md)
    (
        "canned_empathy",
        "agent",
        "I understand your frustration regarding the delay in receiving your $350 rebate.",
    ),
    (
        "canned_empathy",
        "agent",
        "I apologize for the inconvenience caused by not being able to locate the bill.",
    ),
    ("canned_empathy", "agent", "I'm sorry to hear that you're having trouble signing up today."),
    ("hold_script", "agent", "Let me explain how the deductible works."),
    ("policy_refusal", "agent", "Your policy is cheaper than theirs and covers more."),
    (
        "policy_refusal",
        "agent",
        "Unfortunately that's not possible online, but I can do it for you right now.",
    ),
    ("blame_customer", "agent", "You'll need to read the card number to me."),
    ("blame_customer", "agent", "Going forward you should have the new card within a week."),
    ("transfer", "agent", "Did someone transfer you to me?"),
    ("transfer", "agent", "I'll put you on a brief hold while I check."),
]


@pytest.fixture(scope="module")
def matcher() -> RuleMatcher:
    return RuleMatcher.load()


@pytest.mark.parametrize(("label", "speaker", "text"), POSITIVES)
def test_label_fires(matcher: RuleMatcher, label: str, speaker: str, text: str) -> None:
    found = {ls.label: ls for ls in matcher.match(speaker, text)}
    assert label in found, f"{label} did not fire on {text!r} (got {sorted(found)})"
    start, end = found[label].span or (0, 0)
    assert 0 <= start < end <= len(text)


@pytest.mark.parametrize(("label", "speaker", "text"), NEAR_MISSES)
def test_label_stays_quiet_on_near_miss(
    matcher: RuleMatcher, label: str, speaker: str, text: str
) -> None:
    found = [ls.label for ls in matcher.match(speaker, text)]
    assert label not in found, f"{label} fired on near-miss {text!r}"


def test_every_label_but_reverification_has_positives() -> None:
    covered = {label for label, _, _ in POSITIVES}
    assert covered == set(UTTERANCE_LABELS) - {"reverification"}


def test_agent_labels_never_fire_on_customer_speech(matcher: RuleMatcher) -> None:
    assert not matcher.match("customer", "Your call is important to us, please hold.")


def test_cue_labels_never_fire_on_agent_speech(matcher: RuleMatcher) -> None:
    assert not matcher.match("agent", "I'll take my business elsewhere.")


def test_unknown_speaker_gets_both_families(matcher: RuleMatcher) -> None:
    labels = {
        ls.label for ls in matcher.match("unknown", "Please hold. I want to speak to your manager.")
    }
    assert {"hold_script", "escalation"} <= labels
