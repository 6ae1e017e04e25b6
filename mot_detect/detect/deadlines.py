"""Resolving a deadline's time expression ("by seven tonight") to a date-time.

The date part ("tomorrow", "Friday", "next Tuesday", "March 10", "in two hours") is resolved by
dateparser, relative to the call's `started_at`. Spoken forms dateparser does not read reliably
are rewritten first: number words become digits, "tonight"/"this evening" become today with an
afternoon hint, "noon" becomes 12:00, "half past"/"quarter to" and the clock times Whisper
writes ("7 o'clock", "7.30pm", "730 tomorrow") become H:MM, and a bare hour ("by seven", "by 7")
takes the next occurrence of that hour after the moment it was said, which is what a caller
means.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import lru_cache
from typing import Any

from mot_detect.detect.linear_regex import LinearRegex, compile_linear
from mot_detect.detect.rules import expand_macros, load_macros

logger = logging.getLogger("mot_detect")

_NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50, "sixty": 60, "ninety": 90,
}  # fmt: skip
_PART_OF_DAY_HOUR = {"morning": 9, "afternoon": 14, "evening": 18, "night": 20, "tonight": 20}
_END_OF = re.compile(
    r"\b(?:the\s+)?end\s+of\s+(?:the\s+)?(?:business\s+)?(day|week|month)\b|\bclose of business\b"
)
_CLOCK = re.compile(
    r"\b(?P<hour>\d{1,2})(?::(?P<minute>\d{2}))?\s*(?P<meridiem>a\.?m\b\.?|p\.?m\b\.?|o'?clock)?"
    r"|\b(?P<special>noon|midday|midnight)\b"
)
_RELATIVE = re.compile(
    r"\b(?:in|within|the next)\s+(?P<amount>\d+|an?|half an?|a couple of|a few)?\s*"
    r"(?P<and_half>and a half\s+)?(?P<unit>minute|min|hour|hr|day)s?\b"
)
_MONTH_DATE = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?\b"
    r"|\bthe\s+\d{1,2}(?:st|nd|rd|th)\b(?:\s+of\s+[a-z]+)?"
)
_PART_OF_DAY = re.compile(r"\b(morning|afternoon|evening|tonight|night)\b")
_QUARTER_TO = re.compile(r"\bquarter\s+(?:to|till?|before)\s+(1[0-2]|[1-9])\b")
_PAST = re.compile(r"\b(half|quarter)\s+(?:past|after)\s+(1[0-2]|[1-9])\b")
_RUN_TOGETHER_CLOCK = re.compile(
    r"^(1[0-2]|[1-9])([0-5]\d)\b(?=\s*(?:[ap]\.?m\b|tonight|today|tomorrow|this\b|in the\b|at night"
    r"|$))"
)
_LEADING = re.compile(r"^(?:by|before|until|no later than|in time for|ahead of|at|on|is|due)\s+")


@dataclass(frozen=True)
class ResolvedTime:
    expression: str
    value: datetime | date
    precision: str  # "minute", "part_of_day" or "day"

    def isoformat(self) -> str:
        return self.value.isoformat()


@lru_cache(maxsize=1)
def time_expression() -> LinearRegex:
    macros = load_macros()
    return compile_linear(expand_macros("{TIME}", macros, "macros.json:TIME"), re.IGNORECASE)


def find_time_expression(text: str, start: int = 0, end: int | None = None) -> Any:
    """The longest time expression within text[start:end] (the first of the longest)."""
    longest = None
    for found in time_expression().finditer(text, start, len(text) if end is None else end):
        if longest is None or found.end() - found.start() > longest.end() - longest.start():
            longest = found  # kept one at a time: a long text can hold millions of matches
    return longest


def normalise(expression: str) -> str:
    text = expression.lower().strip()
    text = re.sub(r"\bforty[ -]five\b", "45", text)
    text = re.sub(
        r"\b(" + "|".join(_NUMBER_WORDS) + r")\b", lambda m: str(_NUMBER_WORDS[m[1]]), text
    )
    text = re.sub(r"\b(\d{1,2})[ -](30|15|45)\b", r"\1:\2", text)
    text = re.sub(r"\b(\d{1,2})\s*o'?clock\b", r"\1:00", text)
    text = _QUARTER_TO.sub(lambda m: f"{int(m[1]) - 1 or 12}:45", text)
    text = _PAST.sub(lambda m: f"{m[2]}:{'30' if m[1] == 'half' else '15'}", text)
    text = re.sub(r"\b(\d{1,2})\.([0-5]\d)(?!\d)", r"\1:\2", text)  # "7.30 pm"
    while True:
        stripped = _LEADING.sub("", text)
        if stripped == text:
            break
        text = stripped
    # Whisper writes "seven thirty" as "730": a clock time where a meridiem, a day or nothing
    # follows ("by 730 tomorrow"), never an amount ("in 120 minutes").
    return _RUN_TOGETHER_CLOCK.sub(r"\1:\2", text)


def resolve(expression: str, reference: datetime) -> ResolvedTime | None:
    """Resolve a time expression said at `reference` (timezone kept) or None if it cannot be."""
    try:
        return _resolve(expression, reference)
    except (OverflowError, ValueError) as exc:
        # Date arithmetic that leaves datetime's range ("in 99999999999 days", or any expression
        # said near year 9999) has no answer: the deadline stays unresolved, the call is scored.
        logger.debug("could not resolve %r said at %s: %s", expression, reference, exc)
        return None


def _resolve(expression: str, reference: datetime) -> ResolvedTime | None:
    text = normalise(expression)
    if "[" in text:  # a redacted [TIME] or [DATE] tag: there is nothing left to resolve
        return None
    tz = reference.tzinfo
    naive = reference.replace(tzinfo=None)
    relative = _RELATIVE.search(text)
    if relative:
        amount_text = relative["amount"] or "1"
        amount = {"a": 1, "an": 1, "half a": 0.5, "half an": 0.5, "a couple of": 2, "a few": 3}.get(
            amount_text
        )
        amount = float(amount_text) if amount is None else amount
        if relative["and_half"]:
            amount += 0.5
        unit = relative["unit"]
        seconds = {"minute": 60, "min": 60, "hour": 3600, "hr": 3600, "day": 86400}[unit] * amount
        value = naive + timedelta(seconds=seconds)
        if unit == "day":
            return ResolvedTime(expression, value.date(), "day")
        value = value.replace(second=0, microsecond=0)
        return ResolvedTime(expression, value.replace(tzinfo=tz), "minute")

    month_date = _MONTH_DATE.search(text)
    rest = text.replace(month_date[0], " ") if month_date else text
    end_of = _END_OF.search(rest)
    clock = _CLOCK.search(rest)
    part = _PART_OF_DAY.search(rest)
    day_words = rest
    for found in (end_of, clock, part):
        if found:
            day_words = day_words.replace(found[0], " ")
    if month_date:
        day_words = f"{month_date[0]} {day_words}"
    day_words = re.sub(r"\b(?:at|by|in the|this|on|the)\b", " ", day_words)
    if part and part[1] == "tonight":
        day_words += " today"
    day_words = " ".join(day_words.split())
    day = _resolve_day(day_words, naive)
    if day is None:
        return None

    if end_of:
        unit = end_of[1] or "day"
        if unit == "week":
            day = day + timedelta(days=(4 - day.weekday()) % 7)
        elif unit == "month":
            day = (day.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
        return ResolvedTime(expression, datetime.combine(day, time(17, 0), tz), "part_of_day")
    if clock:
        hour_minute = _clock_time(clock, part[1] if part else None, day, naive)
        if hour_minute is None:
            return None
        value = datetime.combine(day, hour_minute)
        if not day_words and value < naive:
            value += timedelta(days=1)  # "by 9am" said in the afternoon means tomorrow
        return ResolvedTime(expression, value.replace(tzinfo=tz), "minute")
    if part:
        hour = _PART_OF_DAY_HOUR[part[1]]
        return ResolvedTime(expression, datetime.combine(day, time(hour, 0), tz), "part_of_day")
    return ResolvedTime(expression, day, "day")


def _clock_time(
    clock: re.Match[str], part: str | None, day: date, reference: datetime
) -> time | None:
    special = clock["special"]
    if special in ("noon", "midday"):
        return time(12, 0)
    if special == "midnight":
        return time(23, 59)
    hour, minute = int(clock["hour"]), int(clock["minute"] or 0)
    if hour > 23 or minute > 59:
        return None
    meridiem = (clock["meridiem"] or "").replace(".", "")
    if meridiem.startswith("p") and hour < 12:
        hour += 12
    elif meridiem.startswith("a") and hour == 12:
        hour = 0
    elif not meridiem.startswith(("a", "p")) and hour <= 12:
        if part in ("afternoon", "evening", "night", "tonight") and hour < 12:
            hour += 12
        elif part is None and day == reference.date() and hour < 12:
            # A bare hour means its next occurrence: "by seven" said at 16:05 is 19:00.
            if time(hour, minute) <= reference.time():
                hour += 12
        elif part is None and hour < 7:
            hour += 12  # "Friday at five" is a business hour, not 05:00.
    if hour > 23:
        return None
    return time(hour, minute)


def _resolve_day(words: str, reference: datetime) -> date | None:
    if not words or words in ("today", "now"):
        return reference.date()
    ordinal = re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th)", words)
    if ordinal:  # "by the 12th": that day of this month, or of the next one if it has passed
        day_of_month = int(ordinal[1])
        this_month = reference.date().replace(day=1)
        for month_start in (this_month, (this_month + timedelta(days=32)).replace(day=1)):
            try:
                candidate = month_start.replace(day=day_of_month)
            except ValueError:
                return None
            if candidate >= reference.date():
                return candidate
        return None
    return _parse_day(words, reference.date())


@lru_cache(maxsize=4096)
def _parse_day(words: str, reference_day: date) -> date | None:
    import dateparser  # imported on first use: it takes a moment to load its language data

    base = datetime.combine(reference_day, time(12, 0))
    parsed = dateparser.parse(
        words,
        languages=["en"],
        settings={
            "RELATIVE_BASE": base,
            "PREFER_DATES_FROM": "future",
            "RETURN_AS_TIMEZONE_AWARE": False,
        },
    )
    if parsed is None:
        logger.debug("could not resolve the day in %r", words)
        return None
    return parsed.date()
