"""The Python API's door: a `Call` built in code, `Detector.session()` and `CallSession.add()`
are checked field by field as the readers check a file, so a wrong value fails at once with a
message naming the field, instead of deep inside scoring.

What the readers accept is accepted here too: `started_at` as an ISO 8601 string, speaker
aliases ("Agent", "caller"), integer times. Those are normalised; an unpaired UTF-16 surrogate
in a text becomes U+FFFD with a warning (the tokenizer and the writers cannot take one).
"""

from __future__ import annotations

import logging
import math
import numbers
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from mot_detect.errors import InputError
from mot_detect.labels import UTTERANCE_LABELS, normalise_speaker
from mot_detect.limits import (
    MAX_CALL_ID_CHARS,
    MAX_CALL_UTTERANCES,
    MAX_INTEGER_DIGITS,
    MAX_JSON_DEPTH,
    MAX_TIME_SECONDS,
    quote,
    shorten,
)
from mot_detect.types import Call, Utterance
from mot_detect.validate import DATETIME_EXPECTED, parse_datetime, replace_lone_surrogates

logger = logging.getLogger("mot_detect")

SPEAKERS_EXPECTED = "'agent', 'customer' or 'ivr'"
TIME_EXPECTED = f"seconds as a number from 0 to {MAX_TIME_SECONDS:,.0f}, or None"


class CallValueError(InputError, ValueError):
    """A wrong value given to the Python API. An `InputError` like a reader's (so a batch reports
    it in the call's place), and a `ValueError`, which is what Python code expects of a bad
    argument."""


@dataclass(frozen=True)
class UtteranceFields:
    speaker: str
    text: str
    start: float | None
    end: float | None


def where_call(call_id: object) -> str:
    """How a call given through the API is named in messages (a file would be named by path)."""
    return f"<call {quote(call_id)}>"


def check_call_id(value: object) -> str:
    if not isinstance(value, str) or not value.strip():
        raise CallValueError(
            f"expected a non-empty string, got {quote(value)}", path="<call>", field="call_id"
        )
    if len(value) > MAX_CALL_ID_CHARS:
        raise CallValueError(
            f"{len(value):,} characters: expected at most {MAX_CALL_ID_CHARS}",
            path="<call>",
            field="call_id",
        )
    cleaned, replaced = replace_lone_surrogates(value)
    if replaced:
        logger.warning(
            "%s: field 'call_id': %d unpaired UTF-16 surrogate(s) replaced by U+FFFD",
            where_call(cleaned),
            replaced,
        )
    return cleaned


def check_started_at(value: object, where: str) -> datetime | None:
    """None, a datetime, or an ISO 8601 string (as in a transcript file), within the years
    calls are dated in."""
    if value is None:
        return None
    parsed = parse_datetime(value)
    if parsed is None:
        raise CallValueError(
            f"expected {DATETIME_EXPECTED} (a datetime or an ISO string), got {quote(value)}",
            path=where,
            field="started_at",
        )
    return parsed


def check_metadata(value: object, where: str) -> dict[str, Any]:
    """A copy of `value`, which has to be what a JSON reader could have produced (the writers
    write it back out), with unpaired surrogates replaced in its strings."""
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise CallValueError(
            f"expected a dict, got {type(value).__name__}", path=where, field="metadata"
        )
    return _json_value(value, where, "metadata", 0)


def _json_value(value: Any, where: str, field: str, depth: int) -> Any:
    # `field` is the path to the value (metadata.ivr.account_number), built from the user's keys,
    # so it is shortened wherever it is shown.
    field = shorten(field)
    if depth > MAX_JSON_DEPTH:
        # Also where a dict that contains itself ends.
        raise CallValueError(
            f"nested more than {MAX_JSON_DEPTH} deep", path=where, field="metadata"
        )
    if value is None or isinstance(value, bool):
        return value
    if isinstance(value, str):
        return _clean(value, where, field)
    if isinstance(value, int):
        if abs(value) >= 10**MAX_INTEGER_DIGITS:
            raise CallValueError(
                f"an integer of more than {MAX_INTEGER_DIGITS} digits", path=where, field=field
            )
        return value
    if isinstance(value, float):
        if not math.isfinite(value):
            raise CallValueError(
                f"expected a finite number, got {value!r}", path=where, field=field
            )
        return value
    if isinstance(value, (list, tuple)):
        return [
            _json_value(item, where, f"{field}[{i}]", depth + 1) for i, item in enumerate(value)
        ]
    if isinstance(value, dict):
        copy: dict[str, Any] = {}
        for key, item in value.items():
            if not isinstance(key, str):
                raise CallValueError(
                    f"expected string keys, got {quote(key)}", path=where, field=field
                )
            clean_key = _clean(key, where, field)
            copy[clean_key] = _json_value(item, where, f"{field}.{clean_key}", depth + 1)
        return copy
    raise CallValueError(
        f"expected JSON values (dict, list, str, int, float, bool or None), "
        f"got {type(value).__name__}",
        path=where,
        field=field,
    )


def _clean(text: str, where: str, field: str) -> str:
    cleaned, replaced = replace_lone_surrogates(text)
    if replaced:
        logger.warning(
            "%s: field '%s': %d unpaired UTF-16 surrogate(s) replaced by U+FFFD",
            where,
            field,
            replaced,
        )
    return cleaned


def check_time(value: object, where: str, field: str) -> float | None:
    if value is None:
        return None
    # The range test alone also refuses NaN and infinities, and never converts a huge integer
    # to float (which would overflow).
    if (
        isinstance(value, bool)
        or not isinstance(value, numbers.Real)
        or not 0 <= value <= MAX_TIME_SECONDS
    ):
        raise CallValueError(
            f"expected {TIME_EXPECTED}, got {quote(value)}", path=where, field=field
        )
    return float(value)


def check_utterance_fields(
    speaker: object, text: object, start: object, end: object, where: str, field: str
) -> UtteranceFields:
    """One utterance's fields, checked and normalised; `field` names it (`utterances[3]`)."""
    known = normalise_speaker(speaker) if isinstance(speaker, str) else None
    if known is None:
        raise CallValueError(
            f"unknown speaker {quote(speaker)}: expected {SPEAKERS_EXPECTED}",
            path=where,
            field=f"{field}.speaker",
        )
    if not isinstance(text, str):
        raise CallValueError(
            f"expected a string, got {type(text).__name__}", path=where, field=f"{field}.text"
        )
    start_s = check_time(start, where, f"{field}.start")
    end_s = check_time(end, where, f"{field}.end")
    if start_s is not None and end_s is not None and end_s < start_s:
        raise CallValueError(
            f"end ({end_s}) is before start ({start_s})", path=where, field=f"{field}.end"
        )
    return UtteranceFields(known, _clean(text, where, f"{field}.text"), start_s, end_s)


def check_utterance(utterance: object, where: str, field: str) -> None:
    """Check an `Utterance` built in code and normalise it in place (as `check_call` does);
    `where` names its call, `field` the utterance (`utterances[3]`)."""
    if not isinstance(utterance, Utterance):
        raise CallValueError(
            f"expected an Utterance, got {type(utterance).__name__}", path=where, field=field
        )
    checked = check_utterance_fields(
        utterance.speaker, utterance.text, utterance.start, utterance.end, where, field
    )
    gold = utterance.gold
    if gold is not None and (
        not isinstance(gold, list) or any(label not in UTTERANCE_LABELS for label in gold)
    ):
        raise CallValueError(
            f"expected None or a list of taxonomy labels, got {quote(gold)}",
            path=where,
            field=f"{field}.gold",
        )
    utterance.speaker, utterance.text = checked.speaker, checked.text
    utterance.start, utterance.end = checked.start, checked.end


def check_call(call: Call) -> None:
    """Check a `Call` built in code before it is scored; raise `CallValueError` naming the first
    wrong field. Accepted values are normalised in place, as a reader would have produced them:
    `started_at` given as an ISO string becomes a datetime, speaker aliases become agent,
    customer or ivr, times become floats, unpaired surrogates become U+FFFD."""
    if not isinstance(call, Call):
        raise CallValueError(f"expected a Call, got {type(call).__name__}", path="<call>")
    call.call_id = check_call_id(call.call_id)
    where = call.source or where_call(call.call_id)
    call.started_at = check_started_at(call.started_at, where)
    call.metadata = check_metadata(call.metadata, where)
    if not isinstance(call.utterances, list):
        raise CallValueError(
            f"expected a list of Utterance, got {type(call.utterances).__name__}",
            path=where,
            field="utterances",
        )
    if len(call.utterances) > MAX_CALL_UTTERANCES:
        raise CallValueError(
            f"{len(call.utterances):,} utterances: expected at most {MAX_CALL_UTTERANCES:,} "
            "in one call",
            path=where,
            field="utterances",
        )
    for index, utterance in enumerate(call.utterances):
        check_utterance(utterance, where, f"utterances[{index}]")
