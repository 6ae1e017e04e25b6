"""Checks shared by every door into the scorer: the readers, `Call`, and live sessions."""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

#: Calls are dated within these years; a date-time outside them is a broken export, and date
#: arithmetic near datetime's own limits (year 1 or 9999) would overflow.
EARLIEST_YEAR, LATEST_YEAR = 1970, 2200

_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def replace_lone_surrogates(text: str) -> tuple[str, int]:
    """`text` with each unpaired UTF-16 surrogate (invalid Unicode that JSON's "\\ud800" can
    produce) replaced by U+FFFD, and how many were replaced."""
    if not _LONE_SURROGATE.search(text):
        return text, 0
    return _LONE_SURROGATE.subn("\ufffd", text)


def parse_datetime(value: Any) -> datetime | None:
    """An ISO 8601 date-time (a trailing Z means UTC) within the years calls are dated in;
    None for anything else."""
    if isinstance(value, datetime):
        parsed = value
    elif isinstance(value, str):
        text = value.strip()
        if text.endswith(("Z", "z")):
            text = text[:-1] + "+00:00"
        try:
            parsed = datetime.fromisoformat(text)
        except ValueError:
            return None
    else:
        return None
    if not EARLIEST_YEAR <= parsed.year <= LATEST_YEAR:
        return None
    return parsed


DATETIME_EXPECTED = (
    f"an ISO 8601 date-time between {EARLIEST_YEAR} and {LATEST_YEAR}, "
    "such as 2026-03-04T16:05:00-05:00"
)
