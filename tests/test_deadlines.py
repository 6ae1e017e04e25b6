from __future__ import annotations

from datetime import date, datetime

import pytest

from mot_detect.detect.deadlines import find_time_expression, resolve
from mot_detect.pipeline import Detector

# Wednesday 4 March 2026, 16:05 in New York.
SAID_AT = datetime.fromisoformat("2026-03-04T16:05:00-05:00")


@pytest.mark.parametrize(
    ("expression", "expected", "precision"),
    [
        ("by seven tonight", "2026-03-04T19:00:00-05:00", "minute"),
        ("in two hours", "2026-03-04T18:05:00-05:00", "minute"),
        ("in forty minutes", "2026-03-04T16:45:00-05:00", "minute"),
        ("in half an hour", "2026-03-04T16:35:00-05:00", "minute"),
        ("tomorrow morning", "2026-03-05T09:00:00-05:00", "part_of_day"),
        ("Friday at noon", "2026-03-06T12:00:00-05:00", "minute"),
        ("noon tomorrow", "2026-03-05T12:00:00-05:00", "minute"),
        ("by 5 pm", "2026-03-04T17:00:00-05:00", "minute"),
        ("by five", "2026-03-04T17:00:00-05:00", "minute"),
        ("by 9am", "2026-03-05T09:00:00-05:00", "minute"),
        ("by 6:30 this evening", "2026-03-04T18:30:00-05:00", "minute"),
        ("ten thirty tomorrow", "2026-03-05T10:30:00-05:00", "minute"),
        ("by the end of the day", "2026-03-04T17:00:00-05:00", "part_of_day"),
        ("by end of the week", "2026-03-06T17:00:00-05:00", "part_of_day"),
        ("Saturday at two", "2026-03-07T14:00:00-05:00", "minute"),
        ("this Saturday", "2026-03-07", "day"),
        ("next Tuesday", "2026-03-10", "day"),
        ("March 10", "2026-03-10", "day"),
        ("March 10th at 3pm", "2026-03-10T15:00:00-05:00", "minute"),
        ("by the 12th", "2026-03-12", "day"),
        ("by the 2nd", "2026-04-02", "day"),
        ("in two days", "2026-03-06", "day"),
    ],
)
def test_resolves_spoken_time_expressions(expression: str, expected: str, precision: str) -> None:
    resolved = resolve(expression, SAID_AT)
    assert resolved is not None
    assert resolved.isoformat() == expected
    assert resolved.precision == precision


def test_keeps_the_calls_timezone() -> None:
    london = datetime.fromisoformat("2026-06-01T09:00:00+01:00")
    resolved = resolve("by noon", london)
    assert resolved is not None and resolved.isoformat() == "2026-06-01T12:00:00+01:00"


def test_redacted_time_is_not_resolved() -> None:
    assert resolve("by [TIME]", SAID_AT) is None


def test_date_only_result_is_a_date() -> None:
    resolved = resolve("Thursday", SAID_AT)
    assert resolved is not None and resolved.value == date(2026, 3, 5)


@pytest.mark.parametrize(
    ("text", "expression"),
    [
        ("I need the letter by seven tonight or we lose the house", "seven tonight"),
        ("the closing is at noon tomorrow and the bank needs it", "noon tomorrow"),
        ("I have to board in forty minutes", "in forty minutes"),
        ("my interview is Friday at 9:30 am", "Friday at 9:30 am"),
    ],
)
def test_finds_the_longest_time_expression(text: str, expression: str) -> None:
    found = find_time_expression(text)
    assert found is not None and found[0] == expression


# --- clock times as Whisper writes them (issue 10) ------------------------------------------

SEVEN_PM_FORMS = [
    "7 o'clock",
    "seven o'clock",
    "7 pm",
    "7PM",
    "seven p.m.",
    "7 p.m.",
    "7.00 pm",
    "7:00 tonight",
    "seven tonight",
    "7 o'clock tonight",
    "7 in the evening",
    "7",  # "by seven" as Whisper writes it: "by 7."
]


@pytest.mark.parametrize("form", SEVEN_PM_FORMS)
@pytest.mark.parametrize(
    "context",
    [
        "I need it fixed by {}.",
        "It has to be there before {}, otherwise I lose the deal.",
        "My flight leaves at {}.",
        "The closing is at {}, and the bank needs the letter.",
    ],
)
def test_every_form_of_seven_pm_is_a_deadline_at_19_00(
    detector: Detector, form: str, context: str
) -> None:
    text = context.format(form)
    labels = detector.rules.match("customer", text)
    assert "deadline" in [ls.label for ls in labels], text
    found = find_time_expression(text)
    assert found is not None, text
    resolved = resolve(found[0], SAID_AT)
    assert resolved is not None and resolved.isoformat() == "2026-03-04T19:00:00-05:00", text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Whisper tiny.en's writing of "seven thirty tomorrow morning", "half past seven",
        # "nine tomorrow morning" and "five p.m. today", spoken by piper:
        ("It has to be there by 730 tomorrow morning.", "2026-03-05T07:30:00-05:00"),
        ("My flight leaves at half past 7.", "2026-03-04T19:30:00-05:00"),
        ("I need it done by 9 tomorrow morning.", "2026-03-05T09:00:00-05:00"),
        ("I need this by 5pm today, please.", "2026-03-04T17:00:00-05:00"),
        ("I need it by 7.30pm.", "2026-03-04T19:30:00-05:00"),
        ("The wedding starts at quarter to 8.", "2026-03-04T19:45:00-05:00"),
        ("The party is at quarter past seven.", "2026-03-04T19:15:00-05:00"),
        ("The ceremony starts at 600 pm.", "2026-03-04T18:00:00-05:00"),
        ("I need it by half past seven p.m. tomorrow.", "2026-03-05T19:30:00-05:00"),
        ("It has to be there by quarter to eight pm.", "2026-03-04T19:45:00-05:00"),
        ("I need it by 8 at night.", "2026-03-04T20:00:00-05:00"),
    ],
)
def test_whisper_clock_forms_resolve(detector: Detector, text: str, expected: str) -> None:
    assert "deadline" in [ls.label for ls in detector.rules.match("customer", text)]
    found = find_time_expression(text)
    assert found is not None
    resolved = resolve(found[0], SAID_AT)
    assert resolved is not None and resolved.isoformat() == expected


@pytest.mark.parametrize(
    "text",
    [
        "It costs 7.30 a month.",
        "The fee is 250.",
        "Back in 2015.",
        "The price went up by 250 dollars.",
        "My flight number is 742, the gate closes soon.",
    ],
)
def test_amounts_and_years_are_no_clock_times(detector: Detector, text: str) -> None:
    assert find_time_expression(text) is None
    assert "deadline" not in [ls.label for ls in detector.rules.match("customer", text)]


@pytest.mark.parametrize(
    "text",
    [
        "My bill went up by 10, and nobody told me why.",
        "They overcharged me by 5.",
        "It's off by 1 or 2 cents every month.",
    ],
)
def test_a_change_by_an_amount_is_no_deadline(detector: Detector, text: str) -> None:
    assert "deadline" not in [ls.label for ls in detector.rules.match("customer", text)]
