"""Recall of the conversation layer on real-call language (issue 12), precision kept.

`reverification`: answers that speech recognition put inside the agent's own turn, details
confirmed with "yes, that's right", details said as words, the detail kinds of common domains
(insurance, tech support, travel, retail), more question wordings, and IVR fields. Cues: an
apology is not engaged because it shares a placeholder, a link or a stop-word with the cue; an
offer that misses the customer's deadline, and a redirect elsewhere, leave the cue unmet. Every
example here is invented for these tests.
"""

from __future__ import annotations

from datetime import datetime

import numpy as np
import pytest

from mot_detect.conversation.cues import (
    AcknowledgementCatalog,
    CueTracker,
    content_tokens,
    is_late,
)
from mot_detect.conversation.details import DetailCatalog, DetailTracker
from mot_detect.conversation.spoken_numbers import to_digits
from mot_detect.detect.deadlines import ResolvedTime
from mot_detect.pipeline import Detector
from mot_detect.types import Call, LabelScore, Utterance

# A few turns of other business between giving a detail and being asked for it again.
MEANWHILE = (
    ("customer", "Okay."),
    ("agent", "Thanks, let me pull that up."),
    ("customer", "Sure."),
)


def make_call(*turns: tuple[str, str], metadata: dict | None = None) -> Call:
    return Call(
        call_id="recall",
        utterances=[
            Utterance(speaker, text, start=float(i * 5)) for i, (speaker, text) in enumerate(turns)
        ],
        metadata=metadata or {},
    )


def reverified(call: Call) -> list[tuple[int, str, object]]:
    """(utterance, detail kind, where it was given) of each reverification in a scored call."""
    found = []
    for utterance in call.utterances:
        label = utterance.label("reverification")
        if label is not None:
            found.append((utterance.index, label.detail["detail"], label.detail["given_at"]))
    return found


def decisions(call: Call) -> dict[int, str]:
    """Cue utterance -> "missed_cue" or "acknowledged_cue"."""
    return {
        f.utterance: f.label for f in call.findings if f.label in ("missed_cue", "acknowledged_cue")
    }


# --- the customer's answer inside the agent's turn (speaker bleed) --------------------------


@pytest.mark.parametrize(
    ("asked", "asked_again", "kind"),
    [
        ("May I have your zip code, please? [LOCATION].", "And what's your zip code?", "postcode"),
        ("Could I get your zip code? 44120.", "Can you verify your zip?", "postcode"),
        (
            "and what's your date of birth? march third nineteen eighty",
            "can you confirm your date of birth for me",
            "date_of_birth",
        ),
        (
            "Who is your current insurance provider? [ORGANIZATION].",
            "And who are you currently insured with?",
            "current_insurer",
        ),
        (
            "And what do you currently pay per month for your insurance? $142.",
            "How much are you paying with them right now?",
            "premium",
        ),
        (
            "May I have your name, please? [PERSON_NAME] [PERSON_NAME].",
            "And your last name?",
            "last_name",
        ),
        (
            "Please confirm your date of birth. [DATE_OF_BIRTH].",
            "And your date of birth?",
            "date_of_birth",
        ),
    ],
)
def test_answer_bled_into_the_agents_turn_counts_as_given(
    detector: Detector, asked: str, asked_again: str, kind: str
) -> None:
    call = detector.score_call(make_call(("agent", asked), *MEANWHILE, ("agent", asked_again)))
    assert reverified(call) == [(4, kind, 0)]


def test_answer_bled_into_the_start_of_the_next_agent_utterance(detector: Detector) -> None:
    call = detector.score_call(
        make_call(
            ("agent", "And do you own your home?"),
            ("agent", "No. And can you please confirm your date of birth?"),
            *MEANWHILE,
            ("agent", "And do you own or rent?"),
        )
    )
    assert reverified(call) == [(5, "home_ownership", 1)]


@pytest.mark.parametrize(
    "more_talk",
    [
        "Can I have your account number? I need it to pull up your file.",
        "What's your name? I'm Sam from the claims team, by the way.",
        "Who is your current insurance provider? We work with most of the big ones.",
    ],
)
def test_the_agent_talking_on_after_a_question_is_no_answer(
    detector: Detector, more_talk: str
) -> None:
    ask_again = {
        "Can": "Can I get your account number?",
        "Wha": "Can I get your name please?",
        "Who": "Who are you currently insured with?",
    }[more_talk[:3]]
    call = detector.score_call(make_call(("agent", more_talk), *MEANWHILE, ("agent", ask_again)))
    assert reverified(call) == []


# --- a detail read out by the agent and confirmed --------------------------------------------


@pytest.mark.parametrize(
    "yes", ["Yes, that's right.", "Correct.", "Yep.", "That's correct.", "yes"]
)
def test_a_read_out_detail_the_customer_confirms_counts_as_given(
    detector: Detector, yes: str
) -> None:
    call = detector.score_call(
        make_call(
            ("agent", "So that's 4 4 1 2 Main Street?"),
            ("customer", yes),
            ("agent", "Great, and what can I help with today?"),
            ("customer", "The boiler's making a noise."),
            ("agent", "Okay. What's the address on the account?"),
        )
    )
    assert reverified(call) == [(4, "address", 1)]


@pytest.mark.parametrize(
    ("read_out", "asked_again", "kind"),
    [
        (
            "Your date of birth is March 3rd, 1980, correct?",
            "What's your date of birth?",
            "date_of_birth",
        ),
        (
            "And you're with Geico and you pay about $140 a month?",
            "Who are you insured with?",
            "current_insurer",
        ),
        ("I have your zip code as 43215, is that right?", "Can I get your zip code?", "postcode"),
    ],
)
def test_confirmed_read_outs_of_other_kinds(
    detector: Detector, read_out: str, asked_again: str, kind: str
) -> None:
    call = detector.score_call(
        make_call(
            ("agent", read_out),
            ("customer", "Yes."),
            ("agent", "Thanks."),
            ("customer", "Okay."),
            ("agent", asked_again),
        )
    )
    assert reverified(call) == [(4, kind, 1)]


@pytest.mark.parametrize("reply", ["No, that's my old place.", "Hmm, let me think.", "What?"])
def test_a_read_out_not_confirmed_is_not_given(detector: Detector, reply: str) -> None:
    call = detector.score_call(
        make_call(
            ("agent", "So that's 4 4 1 2 Main Street?"),
            ("customer", reply),
            ("agent", "Okay."),
            ("customer", "Okay."),
            ("agent", "What's the address on the account?"),
        )
    )
    assert reverified(call) == []


def test_a_denial_bled_into_the_agents_turn_drops_the_read_out(detector: Detector) -> None:
    call = detector.score_call(
        make_call(
            ("agent", "And I see your zip code is 43215."),
            ("agent", "Is that correct?"),
            ("agent", "No. What's your zip code? 43216."),
            *MEANWHILE,
            ("agent", "And the zip code again?"),
        )
    )
    # Given at 2 (the corrected one, bled in), not at 1.
    assert reverified(call) == [(6, "postcode", 2)]


# --- details said as words ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("said", "digits"),
    [("oh five", "05"), ("double seven", "77"), ("one of my kids", "1 of my kids")],
)
def test_short_numbers_are_read_where_a_number_is_expected(said: str, digits: str) -> None:
    assert to_digits(said, min_digits=1) == digits
    assert to_digits(said) == said  # in prose a short run stays words


@pytest.mark.parametrize(
    ("ask", "given", "ask_again", "kind"),
    [
        (
            "What's your zip code?",
            ("It's four four one", "oh five."),
            "Can I get your zip code?",
            "postcode",
        ),
        (
            "Can I have your account number?",
            ("It's four four one two", "double seven."),
            "Can I get that account number again?",
            "account_number",
        ),
        ("What's your zip code?", ("four four one oh five",), "And your zip code?", "postcode"),
    ],
)
def test_details_said_as_words(
    detector: Detector, ask: str, given: tuple[str, ...], ask_again: str, kind: str
) -> None:
    call = detector.score_call(
        make_call(
            ("agent", ask),
            *(("customer", g) for g in given),
            ("agent", "Thanks."),
            ("customer", "Okay."),
            ("agent", ask_again),
        )
    )
    found = reverified(call)
    assert [(index, detail) for index, detail, _ in found] == [(len(given) + 3, kind)]


def test_reading_a_spoken_number_back_is_a_confirmation(detector: Detector) -> None:
    call = detector.score_call(
        make_call(
            ("agent", "Can I have your account number?"),
            ("customer", "It's four four one two"),
            ("customer", "double seven."),
            ("agent", "Thanks."),
            ("customer", "Okay."),
            ("agent", "Can you confirm your account number is 441277?"),
        )
    )
    assert reverified(call) == []


# --- detail kinds of common domains ------------------------------------------------------


@pytest.mark.parametrize(
    ("given", "asked_again", "kind"),
    [
        # insurance
        ("I'm with Geico right now.", "Who is your current insurance provider?", "current_insurer"),
        ("My premium is $120 a month.", "And what are you paying now?", "premium"),
        ("We own our home.", "Do you own or rent your home?", "home_ownership"),
        (
            "I've never had an accident.",
            "Any accidents in the last five years?",
            "accident_history",
        ),
        ("No tickets, clean record.", "Have you had any tickets or violations?", "ticket_history"),
        (
            "I drive a 2015 Honda Civic.",
            "What's the year, make and model of the vehicle?",
            "vehicle",
        ),
        ("We have two cars to insure.", "How many vehicles are we quoting today?", "vehicle_count"),
        (
            "I've been with them about six years.",
            "And how long have you been with them?",
            "insurer_tenure",
        ),
        # tech support
        ("My laptop model is a Dell XPS 13.", "Which laptop do you have?", "device"),
        ("I'm on iOS 17.2.", "What version of iOS are you on?", "os_version"),
        ("The serial number is C02XK1JH.", "Can you read me the serial number?", "service_tag"),
        # travel
        (
            "My booking reference is QX7P2L.",
            "Can I have your booking reference?",
            "booking_reference",
        ),
        ("I'm on flight UA 1423 tonight.", "What's your flight number?", "flight_number"),
        # retail
        (
            "I bought it at your Springfield store.",
            "Which store did you buy it from?",
            "store_location",
        ),
        ("My order number is 55-20418.", "And the order number?", "order_number"),
        # utilities and parcels
        ("The meter number is 009 8812 33.", "Do you have the meter number handy?", "meter_number"),
        (
            "The tracking number is 1Z999AA10123456784.",
            "Can I get the tracking number?",
            "tracking_number",
        ),
    ],
)
def test_detail_kinds_of_common_domains(
    detector: Detector, given: str, asked_again: str, kind: str
) -> None:
    call = detector.score_call(make_call(("customer", given), *MEANWHILE, ("agent", asked_again)))
    assert [(index, detail) for index, detail, _ in reverified(call)] == [(4, kind)]


@pytest.mark.parametrize(
    ("asked", "answer", "asked_again", "kind"),
    [
        ("Do you own your home?", "No, we rent.", "Are you a homeowner?", "home_ownership"),
        (
            "Any DUIs or at fault accidents in the past five years?",
            "No.",
            "And any accidents in the last five years?",
            "accident_history",
        ),
        (
            "How many vehicles are you looking to insure?",
            "Just one.",
            "And how many cars are we quoting?",
            "vehicle_count",
        ),
        (
            "Who is your auto insurance provider?",
            "State Farm.",
            "Who do you currently have your insurance with?",
            "current_insurer",
        ),
        (
            "What flight are you on?",
            "It's Delta 212.",
            "Can I get the flight number?",
            "flight_number",
        ),
    ],
)
def test_answers_to_domain_questions(
    detector: Detector, asked: str, answer: str, asked_again: str, kind: str
) -> None:
    call = detector.score_call(
        make_call(
            ("agent", asked),
            ("customer", answer),
            ("agent", "Thanks."),
            ("customer", "Okay."),
            ("agent", asked_again),
        )
    )
    assert reverified(call) == [(4, kind, 1)]


# --- question wordings ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("given", "asked_again", "kind"),
    [
        ("My zip code is 43215.", "Can you verify your zip?", "postcode"),
        ("Hi, this is Dana Reyes.", "Who am I speaking with?", "name"),
        (
            "Hi, this is [PERSON_NAME] [PERSON_NAME].",
            "Who do I have the pleasure of speaking with today?",
            "name",
        ),
        ("My name is Dana Reyes.", "Can I get your first and last name?", "last_name"),
        ("My name is Dana Reyes.", "Okay, and how about your last name?", "last_name"),
        (
            "My account number is 4417-2231.",
            "And the account number on there again?",
            "account_number",
        ),
    ],
)
def test_question_wordings(detector: Detector, given: str, asked_again: str, kind: str) -> None:
    call = detector.score_call(make_call(("customer", given), *MEANWHILE, ("agent", asked_again)))
    assert [(index, detail) for index, detail, _ in reverified(call)] == [(4, kind)]


def test_asking_to_spell_a_name_given_earlier_is_reverification(detector: Detector) -> None:
    call = detector.score_call(
        make_call(
            ("agent", "What's your last name?"),
            ("customer", "Reyes."),
            ("agent", "Thanks. And what's the problem today?"),
            ("customer", "My internet keeps dropping."),
            ("agent", "Okay. Can you spell your last name for me?"),
        )
    )
    assert reverified(call) == [(4, "last_name", 1)]


@pytest.mark.parametrize("answer", ["Reyes.", "[inaudible]", "It's, uh, Ray... Reyes?"])
def test_asking_to_spell_straight_after_the_answer_is_a_clarification(
    detector: Detector, answer: str
) -> None:
    call = detector.score_call(
        make_call(
            ("agent", "What's your last name?"),
            ("customer", answer),
            ("agent", "Sorry, can you spell your last name for me?"),
        )
    )
    assert reverified(call) == []


# --- the IVR's fields ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("ivr", "asked", "flagged"),
    [
        ({"entered_number": "5552017788"}, "What's the best phone number for you?", True),
        ({"caller_name": "Dana Reyes"}, "Who am I speaking with?", True),
        ({"frequent_flyer_number": "88123307"}, "Can I have your frequent flyer number?", True),
        ({"account_found": False}, "Can I get your account number?", False),
        ({"account_found": "false"}, "Can I get your account number?", False),
        ({"account_status": "active"}, "Can I get your account number?", False),
        ({"account_number": None}, "Can I get your account number?", False),
        ({"account_number": {"digits": "4417"}}, "Can I get your account number?", False),
        ({"account_type": "checking"}, "Can I get your account number?", False),
    ],
)
def test_ivr_fields(detector: Detector, ivr: dict, asked: str, flagged: bool) -> None:
    call = detector.score_call(make_call(("agent", asked), metadata={"ivr": ivr}))
    assert bool(reverified(call)) is flagged


def test_flags_and_nulls_are_no_details() -> None:
    catalog = DetailCatalog.load()
    given = catalog.from_ivr_metadata(
        {
            "ivr": {
                "account_found": False,
                "verified": True,
                "entered_number": "555 201 7788",
                "dob": None,
                "account_status": "active",
                "policy_number": "",
            }
        }
    )
    assert given == {"phone": "555 201 7788"}


# --- precision: what is not reverification -------------------------------------------------


@pytest.mark.parametrize(
    "turns",
    [
        # reading a detail back to confirm it, as written and redacted
        (
            ("customer", "My zip code is 43215."),
            *MEANWHILE,
            ("agent", "Just to confirm, can you confirm your zip code is 43215?"),
        ),
        (
            ("agent", "What's your zip code? [LOCATION]."),
            *MEANWHILE,
            ("agent", "Can you confirm your zip code is [LOCATION]?"),
        ),
        # asking again straight after a garbled or partial answer
        (
            ("agent", "What's your account number?"),
            ("customer", "It's four four... sorry."),
            ("agent", "Can I get the account number again?"),
        ),
        (
            ("agent", "What's your policy number?"),
            ("customer", "PX-400"),
            ("agent", "Sorry, the whole policy number please?"),
        ),
        # a detail never given
        (
            ("customer", "My name is Dana Reyes."),
            *MEANWHILE,
            ("agent", "And what's your date of birth?"),
        ),
        # another detail of the same family
        (
            ("customer", "My number is 555-201-7788."),
            *MEANWHILE,
            ("agent", "And what's your email address?"),
        ),
        (
            ("customer", "My email is dana@example.com."),
            *MEANWHILE,
            ("agent", "What's the best phone number for you?"),
        ),
        (
            ("customer", "My number is 555-201-7788."),
            *MEANWHILE,
            ("agent", "Do you have an alternate phone number?"),
        ),
        (
            ("customer", "My name is Dana Reyes."),
            *MEANWHILE,
            ("agent", "And what's your husband's name?"),
        ),
        (
            ("customer", "My address is 12 Harbor Lane."),
            *MEANWHILE,
            ("agent", "And what was your previous address?"),
        ),
        (
            ("customer", "My address is 12 Harbor Lane."),
            *MEANWHILE,
            ("agent", "Can I get your email address?"),
        ),
        (
            ("customer", "My premium is $120 a month."),
            *MEANWHILE,
            ("agent", "And for your homeowner's insurance, what are you paying?"),
        ),
        # one yes/no question that is partly new
        (
            ("agent", "Any at fault accidents in the last five years?"),
            ("customer", "No."),
            ("agent", "Thanks."),
            ("customer", "Sure."),
            ("agent", "Any accidents or tickets at all?"),
        ),
        # a question about a value the customer has just said
        (
            ("agent", "What do you pay now?"),
            ("customer", "$120."),
            ("agent", "Okay."),
            ("customer", "Well, it went up to $135 last month."),
            ("agent", "You're paying how much right now?"),
        ),
    ],
)
def test_not_reverification(detector: Detector, turns: tuple[tuple[str, str], ...]) -> None:
    assert reverified(detector.score_call(make_call(*turns))) == []


def test_a_detail_volunteered_just_before_is_reverification_at_once(detector: Detector) -> None:
    call = detector.score_call(
        make_call(
            ("customer", "Hi, my account number is 4417-2231 and my internet is down again."),
            ("agent", "Sorry about that. Can I get your account number?"),
        )
    )
    assert reverified(call) == [(1, "account_number", 0)]


# --- the tracker on its own ----------------------------------------------------------------


def test_tracker_records_bled_answers_as_answered() -> None:
    tracker = DetailTracker(DetailCatalog.load())
    assert tracker.observe("agent", "What's your zip code? 44120.", 0, 1) is None
    given = tracker.given["postcode"]
    assert (given.utterance, given.turn, given.answered) == (0, 1, True)
    assert given.value == tracker.seal("44120") and given.read_back_in("so that's 4 4 1 2 0?")
    # asked again in the same agent turn: the garbled-answer clarification, not a re-ask
    assert tracker.observe("agent", "Sorry, what's your zip code?", 1, 1) is None
    tracker.observe("customer", "Okay.", 2, 2)
    label = tracker.observe("agent", "And your zip code?", 3, 3)
    assert label is not None and label.detail == {"detail": "postcode", "given_at": 0}


@pytest.mark.parametrize(
    ("kind", "part", "value"),
    [
        ("postcode", " [LOCATION].", "[LOCATION]"),
        ("postcode", " It's 44120.", "44120"),
        ("name", " Dana Reyes.", "Dana Reyes"),
        ("name", " Great.", None),
        ("name", " Thank you so much.", None),
        ("home_ownership", " No.", "No"),
        ("account_number", " I'll need it to look you up, it's on your 2024 statement.", None),
        ("premium", " [MONEY_AMOUNT] for two vehicles.", "[MONEY_AMOUNT]"),
    ],
)
def test_bled_answer(kind: str, part: str, value: str | None) -> None:
    catalog = DetailCatalog.load()
    assert catalog.bled_answer(catalog.by_kind[kind], part) == value


def test_every_detail_regex_runs_on_re2() -> None:
    catalog = DetailCatalog.load()
    for kind in catalog.kinds:
        read_back = kind.read_back.regex if kind.read_back else None
        for regex in (kind.ask.regex, kind.volunteer.regex, kind.value, read_back, kind.other):
            assert regex is None or regex.engine == "re2", (kind.kind, regex)
    assert catalog.ivr_ignore is not None and catalog.ivr_ignore.engine == "re2"
    assert catalog.different is not None and catalog.different.engine == "re2"


# --- acknowledgement: what an echo is -------------------------------------------------------


def test_placeholders_links_handles_and_generic_words_are_no_echo() -> None:
    said = "@user so sorry for the inconvenience [PERSON_NAME], see URL or <url> https://x.co/a ^JD"
    assert content_tokens(said) == []
    assert content_tokens("I'm so frustrated and upset, sorry to hear that") == []
    # words that only look like generic ones stay: a court hearing, a patient, a coming flight
    assert content_tokens("the hearing is coming up and the patient is my son") == [
        "hear",
        "com",
        "patient",
        "son",
    ]


@pytest.mark.parametrize(
    ("cue", "apology"),
    [
        (
            "@AcmeHelp my order URL never arrived and it's my son's birthday tomorrow!!",
            "@user Sorry to hear that, please DM us your order details. URL ^JD",
        ),
        (
            "[PERSON_NAME] promised my refund by Friday and now I can't pay my rent.",
            "I'm sorry to hear that, [PERSON_NAME].",
        ),
        (
            "I'm so frustrated, the heating's been off three days and my baby is sick.",
            "I understand your frustration.",
        ),
    ],
)
def test_an_apology_sharing_only_a_placeholder_or_stop_word_stays_canned(
    detector: Detector, cue: str, apology: str
) -> None:
    call = detector.score_call(make_call(("customer", cue), ("agent", apology)))
    assert "canned_empathy" in call.utterances[1].label_names
    assert decisions(call) == {0: "missed_cue"}


# --- acknowledgement: an offer that misses the deadline -------------------------------------

INSPECTION = "The part has to be fitted before Friday's inspection or I lose the contract."
FLIGHT = "My flight is at six tonight and I need the bag with my insulin before then."


@pytest.mark.parametrize(
    ("cue", "reply", "decision"),
    [
        (INSPECTION, "I can book the fitting for Friday afternoon.", "missed_cue"),
        (INSPECTION, "The earliest we can fit the part is Monday morning.", "missed_cue"),
        (
            INSPECTION,
            "I can book the fitting for Thursday morning, before the inspection.",
            "acknowledged_cue",
        ),
        (INSPECTION, "We'll get the part fitted before Friday, I promise.", "acknowledged_cue"),
        (FLIGHT, "I can have the courier bring the bag to you by eight tonight.", "missed_cue"),
        (
            FLIGHT,
            "I can have the courier bring the bag to you by four this afternoon.",
            "acknowledged_cue",
        ),
    ],
)
def test_an_offer_is_weighed_against_the_deadline(
    detector: Detector, cue: str, reply: str, decision: str
) -> None:
    call = detector.score_call(make_call(("customer", cue), ("agent", reply)))
    assert decisions(call) == {0: decision}
    if decision == "missed_cue":
        missed = next(f for f in call.findings if f.label == "missed_cue")
        assert missed.detail["unmet"] == [{"reply": 1, "why": "late_offer"}]


def _at(value: datetime, precision: str = "minute") -> ResolvedTime:
    return ResolvedTime("x", value, precision)


@pytest.mark.parametrize(
    ("offered", "due", "strict", "promise", "late"),
    [
        (
            _at(datetime(2026, 1, 9, 14), "part_of_day"),
            _at(datetime(2026, 1, 9).date(), "day"),
            True,
            False,
            True,
        ),
        (
            _at(datetime(2026, 1, 9, 14), "part_of_day"),
            _at(datetime(2026, 1, 9).date(), "day"),
            False,
            False,
            False,
        ),
        (
            _at(datetime(2026, 1, 8, 9), "part_of_day"),
            _at(datetime(2026, 1, 9).date(), "day"),
            True,
            False,
            False,
        ),
        (
            _at(datetime(2026, 1, 9).date(), "day"),
            _at(datetime(2026, 1, 9).date(), "day"),
            True,
            True,
            False,
        ),
        (_at(datetime(2026, 1, 5, 18)), _at(datetime(2026, 1, 5, 18)), True, False, True),
        (_at(datetime(2026, 1, 5, 18)), _at(datetime(2026, 1, 5, 18)), False, False, False),
        (_at(datetime(2026, 1, 5, 20)), _at(datetime(2026, 1, 5, 18)), True, True, True),
        (
            _at(datetime(2026, 1, 5).date(), "day"),
            _at(datetime(2026, 1, 5, 18)),
            True,
            False,
            False,
        ),
    ],
)
def test_is_late(
    offered: ResolvedTime, due: ResolvedTime, strict: bool, promise: bool, late: bool
) -> None:
    assert is_late(offered, due, strict, promise) is late


# --- acknowledgement: a redirect elsewhere --------------------------------------------------


@pytest.mark.parametrize(
    ("reply", "decision"),
    [
        ("You'll need to call the baggage desk at the airport about your bag.", "missed_cue"),
        ("I'll transfer you to our baggage team about the bag.", "missed_cue"),
        (
            "Our baggage team can sort that bag out for you, please call them on 0800 555 0100.",
            "missed_cue",
        ),
        ("Let me transfer you to our baggage team, I've let them know.", "missed_cue"),
        (
            "I'm getting you to our baggage team right now and I've told them your flight is at six"
            " and the bag has your insulin.",
            "acknowledged_cue",
        ),
    ],
)
def test_a_redirect_leaves_the_cue_unmet_unless_a_warm_hand_off_names_it(
    detector: Detector, reply: str, decision: str
) -> None:
    call = detector.score_call(make_call(("customer", FLIGHT), ("agent", reply)))
    assert decisions(call) == {0: decision}


def test_sending_someone_in_danger_to_emergency_help_addresses_it(detector: Detector) -> None:
    call = detector.score_call(
        make_call(
            ("customer", "My daughter is locked in the car and it's ninety degrees out."),
            ("agent", "You need to call 911 right now, and I'll stay on the line with you."),
        )
    )
    assert decisions(call) == {0: "acknowledged_cue"}


# --- the model's similarity does not overrule these decisions ------------------------------


def _cue(text: str, labels: list[LabelScore], start: float = 0.0) -> Utterance:
    return Utterance("customer", text, start=start, index=0, labels=labels)


@pytest.mark.parametrize(
    ("reply", "labels"),
    [
        ("I can book the fitting for Friday afternoon.", []),
        ("You'll need to ring our parts line for that.", []),
        ("I'll pass you over to the parts team.", [LabelScore("transfer", 0.9)]),
    ],
)
def test_similar_embeddings_do_not_acknowledge_an_unmet_need(
    reply: str, labels: list[LabelScore]
) -> None:
    tracker = CueTracker(AcknowledgementCatalog.load())
    same = np.ones(4, dtype=np.float32) / 2.0  # unit length: similarity 1.0
    cue = _cue(INSPECTION, [LabelScore("deadline", 0.9, detail={"expression": "Friday"})])
    tracker.add_cue(cue, embedding=same)
    found, _ = tracker.agent_reply(
        Utterance("agent", reply, start=5.0, index=1, labels=labels), turn=2, embedding=same
    )
    assert found == []
    assert [f.label for f in tracker.finish()] == ["missed_cue"]


def test_similar_embeddings_still_acknowledge_a_plain_reply() -> None:
    tracker = CueTracker(AcknowledgementCatalog.load())
    same = np.ones(4, dtype=np.float32) / 2.0
    tracker.add_cue(_cue(INSPECTION, [LabelScore("deadline", 0.9)]), embedding=same)
    found, _ = tracker.agent_reply(
        Utterance("agent", "Let me see what I can do.", index=1), turn=2, embedding=same
    )
    assert [f.label for f in found] == ["acknowledged_cue"]


@pytest.mark.parametrize(
    ("reply", "decision"),
    [
        ("I can book the fitting for Friday afternoon.", "missed_cue"),
        ("You'll need to call our parts line about the fitting.", "missed_cue"),
        ("We'll get the part fitted before Friday, I promise.", "acknowledged_cue"),
    ],
)
def test_with_the_model(model_detector: Detector, reply: str, decision: str) -> None:
    call = model_detector.score_call(make_call(("customer", INSPECTION), ("agent", reply)))
    assert decisions(call) == {0: decision}


# --- a reply that commits to act takes the situation on ----------------------------------

BOILER = "I'm sick and tired of this, the boiler's been dead for a week and my mum is ninety."


@pytest.mark.parametrize(
    ("reply", "decision"),
    [
        (
            "Right, I've flagged it as a priority job and booked the engineer for Wednesday.",
            "acknowledged_cue",
        ),
        ("I can move your visit up to the first slot tomorrow morning.", "acknowledged_cue"),
        ("We'll get someone out to you.", "acknowledged_cue"),
        (
            "You won't need to wait for the usual slot, I'm putting a vulnerable-customer note on it.",
            "acknowledged_cue",
        ),
        ("I can't move the appointment, the system books them in order.", "missed_cue"),
        ("Okay. Can I take the postcode please?", "missed_cue"),
        ("I understand, please bear with me while I move you to the queue.", "missed_cue"),
    ],
)
def test_a_reply_that_commits_to_act_addresses_the_cue(
    detector: Detector, reply: str, decision: str
) -> None:
    """Said in the agent's own words, with no script label: "I've flagged it", "we'll get someone
    out". A refusal, a question, or a script line with the same verbs does not."""
    call = detector.score_call(
        make_call(("customer", BOILER), ("agent", reply), ("customer", "Okay."))
    )
    assert decisions(call) == {0: decision}


@pytest.mark.parametrize(
    ("given", "asked_again", "kind"),
    [
        (
            "yeah it's order 88314, it was meant to come Tuesday",
            "Okay, what's the order number?",
            "order_number",
        ),
        (
            "the reference is ZX-4410, like I said",
            "And what's the reference number?",
            "ticket_number",
        ),
        ("my date of birth is the fourth of May '71", "And date of birth?", "date_of_birth"),
        ("i already said my phone number its 555 0182", "ok can i get the phone number", "phone"),
        ("my phone number's 555 0182", "And what's your phone number?", "phone"),
        ("case #55120", "And the case number?", "ticket_number"),
        ("my mobile is 07700 900 123", "What's the best phone number for you?", "phone"),
        ("right, the booking's under Malik, two rooms", "What name is the booking under?", "name"),
    ],
)
def test_details_given_in_short_forms(
    detector: Detector, given: str, asked_again: str, kind: str
) -> None:
    """Forms people use without the detail's full name ("order 88314", "the reference is ...",
    a two-digit year, a local phone number): asked for in the very next turn, still a re-ask."""
    call = detector.score_call(make_call(("customer", given), ("agent", asked_again)))
    assert [(index, detail) for index, detail, _ in reverified(call)] == [(1, kind)]


@pytest.mark.parametrize(
    ("said", "asked"),
    [
        ("I'd like to order 2000 units of the blue ones", "Okay, what's the order number?"),
        ("I'm calling about my order, it hasn't come", "Okay, what's the order number?"),
        ("the parcel hasn't moved in days", "Can I get the tracking number?"),
        ("for reference, I'm at home all day", "What's the reference number?"),
        ("I'm under a lot of pressure", "What name is the booking under?"),
        ("the policy is under Progressive", "Can I take your full name?"),
        ("in my case 2019 was a bad year", "Can I get the case number?"),
        ("for reference 2019 model", "What's the reference number?"),
        ("there's a code on my phone, 4829137", "What's your phone number?"),
        ("the order 2024-05-01 never came", "What's the order number?"),
        ("the order came 10-14 days late", "What's the order number?"),
    ],
)
def test_short_forms_need_a_value(detector: Detector, said: str, asked: str) -> None:
    call = detector.score_call(make_call(("customer", said), ("agent", asked)))
    assert reverified(call) == []


def test_the_tracker_keeps_keyed_hashes_never_the_values() -> None:
    """What the tracker keeps of a given detail is keyed hashes: the value is in none of its
    fields, two calls' trackers (two keys) seal one value differently, and a read-back is still
    recognised in every form and as a run of four of its digits."""
    import pickle

    tracker = DetailTracker(DetailCatalog.load())
    tracker.observe("agent", "Can I get your account number?", 0, 1)
    tracker.observe("customer", "Sure, it's four four one seven two two three one.", 1, 2)
    given = tracker.given["account_number"]
    state = pickle.dumps(given) + repr(given).encode()
    for form in (b"44172231", b"4417", b"2231", b"four four one seven"):
        assert form not in state
    other = DetailTracker(DetailCatalog.load())
    assert other.seal("44172231").digest != given.value.digest
    for read_back in (
        "is that 4417-2231?",
        "the account ending 2231",
        "four four one seven two two three one, right?",
    ):
        assert given.read_back_in(read_back), read_back
    for other_text in ("is that 4417-2232?", "ending in 1234", "the same account"):
        assert not given.read_back_in(other_text), other_text
    named = tracker.seal("Dana Reyes")
    assert named.read_back_in("Am I speaking with Dana Reyes?")
    assert not named.read_back_in("Am I speaking with Dana?")
