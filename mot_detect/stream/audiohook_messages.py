"""Genesys AudioHook v2 messages: the envelope and parameter checks of the reference server,
media selection, durations, and the server messages we build.

Pure functions: no sockets, no calls. Every check returns or raises a message that names the
field and what was expected, sent back to the client as `disconnect {reason: error, info}`.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from typing import Any

VERSION = "2"
NULL_UUID = "00000000-0000-0000-0000-000000000000"
CLIENT_TYPES = ("open", "close", "discarded", "error", "paused", "ping", "resumed", "update")
CLOSE_REASONS = ("end", "error", "disconnect", "reconnect")
CHANNEL_ROLES = {"external": "customer", "internal": "agent"}
MAX_DURATION_SECONDS = 24 * 3600.0  # a position or gap beyond a day is not a call

_UUID = re.compile(
    r"(?:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-5][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}"
    r"|00000000-0000-0000-0000-000000000000)"
)
_DURATION = re.compile(r"PT(\d{0,12}\.)?\d{1,12}S")
_LANGUAGE = re.compile(r"[a-z]{2,3}-[A-Za-z]{2,3}")


class ProtocolError(Exception):
    """A client message the protocol does not allow; `info` goes back in `disconnect`, `kind`
    labels the error metric."""

    def __init__(self, info: str, kind: str = "protocol") -> None:
        super().__init__(info)
        self.info = info
        self.kind = kind


@dataclass(frozen=True)
class ClientMessage:
    type: str
    id: str
    seq: int
    serverseq: int
    position: float  # seconds
    parameters: dict[str, Any]


# -- primitive checks ---------------------------------------------------------------------------


def is_uuid(value: Any) -> bool:
    return isinstance(value, str) and _UUID.fullmatch(value) is not None


def is_seq(value: Any) -> bool:
    """A non-negative integer (JSON `3.0` is one too, as JavaScript sees it)."""
    if isinstance(value, bool):
        return False
    if isinstance(value, int):
        return value >= 0
    return isinstance(value, float) and value.is_integer() and value >= 0


def is_duration(value: Any) -> bool:
    return isinstance(value, str) and _DURATION.fullmatch(value) is not None


def parse_duration(value: str) -> float:
    """`PT12.34S` -> 12.34 (the caller has checked it with `is_duration`)."""
    return float(value[2:-1])


def format_duration(seconds: float) -> str:
    """12.34 -> `PT12.34S` (millisecond precision, no trailing zeros)."""
    text = f"{max(0.0, seconds):.3f}".rstrip("0").rstrip(".")
    return f"PT{text}S"


def _quote(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 60 else text[:57] + "..."


# -- the envelope ------------------------------------------------------------------------------


def parse_text(text: str, max_chars: int) -> dict[str, Any]:
    """A text frame -> its JSON object, checked as a client message envelope (not yet its
    type or parameters: the session checks `seq`, `serverseq` and `id` first, as the reference
    server does)."""
    if len(text) > max_chars:
        raise ProtocolError(
            f"Text message too large: {len(text)} characters (the limit is {max_chars})",
            "message_too_large",
        )
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):
        raise ProtocolError("Text message not valid JSON", "malformed_json") from None
    if not isinstance(data, dict):
        raise ProtocolError("Message not a well-formed client message: expected a JSON object")
    problems = []
    if data.get("version") != VERSION:
        problems.append(f'"version" must be "2" (got {_quote(data.get("version"))})')
    if not is_uuid(data.get("id")):
        problems.append('"id" must be the session UUID')
    if not isinstance(data.get("type"), str):
        problems.append('"type" must be a string')
    if not is_seq(data.get("seq")):
        problems.append('"seq" must be a non-negative integer')
    if not isinstance(data.get("parameters"), dict):
        problems.append('"parameters" must be an object (even {})')
    if not is_duration(data.get("position")):
        problems.append('"position" must be an ISO 8601 duration such as "PT1.5S"')
    if not is_seq(data.get("serverseq")):
        problems.append('"serverseq" must be a non-negative integer')
    if problems:
        raise ProtocolError("Message not a well-formed client message: " + "; ".join(problems))
    return data


def client_message(data: dict[str, Any]) -> ClientMessage:
    """The envelope's fields, typed, after `check_parameters` passed."""
    return ClientMessage(
        type=data["type"],
        id=data["id"],
        seq=int(data["seq"]),
        serverseq=int(data["serverseq"]),
        position=parse_duration(data["position"]),
        parameters=data["parameters"],
    )


# -- parameters --------------------------------------------------------------------------------


def check_parameters(kind: str, params: dict[str, Any]) -> None:
    """Raise ProtocolError naming the first parameter of a `kind` message that is wrong."""
    if kind not in CLIENT_TYPES:
        raise ProtocolError(
            f"Invalid Message: '{kind}' is not a supported client message "
            f"(expected one of {', '.join(CLIENT_TYPES)})",
            "unknown_type",
        )
    check = _CHECKS[kind]
    problem = check(params)
    if problem:
        raise ProtocolError(f"Invalid Message: '{kind}' parameters: {problem}", "bad_parameters")


def _need(params: dict[str, Any], name: str, ok: bool, expected: str) -> str | None:
    if name not in params:
        return f'"{name}" is missing (expected {expected})'
    if not ok:
        return f'"{name}" must be {expected}, got {_quote(params[name])}'
    return None


def _durations(params: dict[str, Any], *names: str) -> str | None:
    for name in names:
        problem = _need(params, name, is_duration(params.get(name)), 'a duration such as "PT1.5S"')
        if problem:
            return problem
    return None


def _check_open(params: dict[str, Any]) -> str | None:
    for name in ("organizationId", "conversationId"):
        problem = _need(params, name, is_uuid(params.get(name)), "a UUID")
        if problem:
            return problem
    participant = params.get("participant")
    problem = _need(params, "participant", isinstance(participant, dict), "an object")
    if problem:
        return problem
    assert isinstance(participant, dict)
    if not is_uuid(participant.get("id")):
        return '"participant.id" must be a UUID'
    for name in ("ani", "aniName", "dnis"):
        if not isinstance(participant.get(name), str):
            return f'"participant.{name}" must be a string (empty when unknown)'
    media = params.get("media")
    problem = _need(params, "media", isinstance(media, list), "a list of media offers")
    if problem:
        return problem
    assert isinstance(media, list)
    for i, offer in enumerate(media):
        problem = _check_offer(offer)
        if problem:
            return f'"media[{i}]" {problem}'
    if "language" in params and not (
        isinstance(params["language"], str) and _LANGUAGE.fullmatch(params["language"])
    ):
        return (
            f'"language" must be a language code such as "en-US", got {_quote(params["language"])}'
        )
    if "supportedLanguages" in params and not isinstance(params["supportedLanguages"], bool):
        return '"supportedLanguages" must be true or false'
    if "customConfig" in params and not isinstance(params["customConfig"], dict):
        return '"customConfig" must be an object'
    sessions = params.get("continuedSessions")
    if "continuedSessions" in params and not (
        isinstance(sessions, list)
        and all(
            isinstance(s, dict)
            and is_uuid(s.get("id"))
            and is_seq(s.get("serverseq"))
            and is_seq(s.get("clientseq"))
            for s in sessions
        )
    ):
        return '"continuedSessions" must be a list of {id, serverseq, clientseq}'
    return None


def _check_offer(offer: Any) -> str | None:
    if not isinstance(offer, dict):
        return "must be an object {type, format, rate, channels}"
    if offer.get("type") != "audio":
        return f'"type" must be "audio", got {_quote(offer.get("type"))}'
    if not isinstance(offer.get("format"), str):
        return '"format" must be a string such as "PCMU" or "L16"'
    rate = offer.get("rate")
    if isinstance(rate, bool) or not isinstance(rate, int) or rate <= 0:
        return f'"rate" must be a positive integer (8000), got {_quote(rate)}'
    channels = offer.get("channels")
    if not (
        isinstance(channels, list)
        and 1 <= len(channels) <= 2
        and all(c in CHANNEL_ROLES for c in channels)
    ):
        return '"channels" must list "external" and/or "internal" (one or two)'
    return None


def _check_close(params: dict[str, Any]) -> str | None:
    reason = params.get("reason")
    return _need(params, "reason", reason in CLOSE_REASONS, "one of " + ", ".join(CLOSE_REASONS))


def _check_error(params: dict[str, Any]) -> str | None:
    code = params.get("code")
    ok = is_seq(code) and 400 <= code < 10000  # type: ignore[operator]
    return (
        _need(params, "code", ok, "an error code (400-9999)")
        or _need(params, "message", isinstance(params.get("message"), str), "a string")
        or (_durations(params, "retryAfter") if "retryAfter" in params else None)
    )


def _check_ping(params: dict[str, Any]) -> str | None:
    return _durations(params, "rtt") if "rtt" in params else None


def _check_update(params: dict[str, Any]) -> str | None:
    language = params.get("language")
    ok = isinstance(language, str) and _LANGUAGE.fullmatch(language) is not None
    return _need(params, "language", ok, 'a language code such as "en-US"')


_CHECKS = {
    "open": _check_open,
    "close": _check_close,
    "discarded": lambda p: _durations(p, "start", "discarded"),
    "error": _check_error,
    "paused": lambda p: None,
    "ping": _check_ping,
    "resumed": lambda p: _durations(p, "start", "discarded"),
    "update": _check_update,
}


# -- media -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Media:
    offer: dict[str, Any]  # as offered: `opened` copies it verbatim
    format: str  # "PCMU" | "L16"
    rate: int
    channels: tuple[str, ...]  # "external" | "internal", in the order samples interleave

    @property
    def bytes_per_frame(self) -> int:
        """Bytes of one sample of every channel."""
        return (1 if self.format == "PCMU" else 2) * len(self.channels)

    @property
    def speakers(self) -> tuple[str, ...]:
        return tuple(CHANNEL_ROLES[c] for c in self.channels)


_PREFERENCE = (("PCMU", 8000), ("L16", 8000), ("L16", 16000))


def select_media(offers: list[dict[str, Any]]) -> Media | None:
    """The offer we take: PCMU at 8 kHz before L16 (whose byte order the spec leaves open);
    two channels before one; an offer naming a channel twice is never taken."""
    usable = [
        offer
        for offer in offers
        if (offer.get("format"), offer.get("rate")) in _PREFERENCE
        and len(set(offer["channels"])) == len(offer["channels"])
    ]
    if not usable:
        return None
    best = min(
        usable,
        key=lambda o: (_PREFERENCE.index((o["format"], o["rate"])), -len(o["channels"])),
    )
    return Media(
        offer=best, format=best["format"], rate=best["rate"], channels=tuple(best["channels"])
    )


def is_probe(params: dict[str, Any]) -> bool:
    """A connection probe: Genesys checks an integration with all-zero conversation and
    participant ids, and wants `opened` back and nothing else."""
    return params["conversationId"] == NULL_UUID and params["participant"]["id"] == NULL_UUID


# -- server messages ---------------------------------------------------------------------------


def server_message(
    kind: str, *, session_id: str, seq: int, clientseq: int, parameters: dict[str, Any]
) -> str:
    return json.dumps(
        {
            "version": VERSION,
            "type": kind,
            "id": session_id,
            "seq": seq,
            "clientseq": clientseq,
            "parameters": parameters,
        },
        ensure_ascii=False,
        allow_nan=False,
    )


def transcript_entity(
    *,
    entity_id: str,
    channel_id: int,
    text: str,
    start: float,
    end: float,
    confidence: float,
    language: str | None = None,
    words: list[tuple[str, float, float, float]] | None = None,
) -> dict[str, Any]:
    """A Transcription Connector `transcript` entity for one final utterance; `words` are
    (text, start, end, probability) when the recogniser gave word times."""
    confidence = confidence if math.isfinite(confidence) else 0.0
    confidence = min(1.0, max(0.0, confidence))
    interpretation: dict[str, Any] = {"type": "display", "transcript": text}
    if words:
        interpretation["tokens"] = [
            {
                "type": "word",
                "value": word,
                "confidence": min(1.0, max(0.0, prob)) if math.isfinite(prob) else 0.0,
                "offset": format_duration(w_start),
                "duration": format_duration(max(0.0, w_end - w_start)),
            }
            for word, w_start, w_end, prob in words
        ]
    alternative: dict[str, Any] = {"confidence": confidence, "interpretations": [interpretation]}
    if language:
        alternative["languages"] = [language]
    return {
        "type": "transcript",
        "data": {
            "id": entity_id,
            "channelId": channel_id,
            "isFinal": True,
            "offset": format_duration(start),
            "duration": format_duration(max(0.0, end - start)),
            "alternatives": [alternative],
        },
    }
