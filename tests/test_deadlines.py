from __future__ import annotations

from datetime import date, datetime

import pytest

from mot_detect.detect.deadlines import find_time_expression, resolve

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
