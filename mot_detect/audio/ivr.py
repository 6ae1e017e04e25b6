"""The IVR is not the agent: recorded voices on the agent's channel get speaker `ivr`.

In a recording the menu prompts before an agent joins, and the queue's recorded messages while
the caller is on hold ("your call is important to us, please continue to hold"), play on the
same channel as the agent. Transcripts mark them `ivr`, and the detector never charges the agent
with them; a recording has to be marked the same way. What the voices say is data, in
`detect/patterns/recorded_messages.jsonl`:

- before the agent first speaks, agent-side utterances are the IVR while they read as prompts or
  recorded messages; the first that does not is the agent (a person introducing themselves
  never reads as a recording). When the platform says when the agent joined
  (`metadata.agent_joined_at`, seconds from the start of the recording), that decides it for
  the agent's channel; on a mono recording, where the caller speaks too, only what reads as a
  recording is marked.
- later, an agent-side recorded message is the IVR when the agent had gone quiet for
  `HOLD_SILENCE_SECONDS` or had just announced a hold; a live agent reading the same line
  mid-conversation is still the agent, and still a `hold_script`.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from mot_detect.detect.linear_regex import LinearRegex, UnsafePatternError, compile_linear
from mot_detect.detect.rules import builtin_path, read_jsonl_records
from mot_detect.errors import PatternError
from mot_detect.types import Utterance

logger = logging.getLogger("mot_detect")

AGENT_SIDE = frozenset({"agent", "unknown"})
HOLD_SILENCE_SECONDS = 8.0
KINDS = ("prompt", "hold")
_ANNOUNCES_HOLD = re.compile(r"\bhold\b|\bbear with me\b", re.IGNORECASE)
# A person introducing themselves is never a recording, whatever else the line says.
_LIVE_PERSON = re.compile(
    r"\bmy name(?:'s| is)\b|\byou(?:'re| are) (?:through|speaking) to\b|"
    r"\bhow (?:can|may) i (?:help|assist)\b|\b(?:i'm|i am) \w+,? (?:speaking|here)\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=4)
def recorded_messages(path: Path | None = None) -> tuple[tuple[str, LinearRegex], ...]:
    """(kind, pattern) of every recorded-message pattern, compiled once."""
    path = path or builtin_path("recorded_messages.jsonl")
    found = []
    for number, record in read_jsonl_records(path):
        where = f"{path}:{number}"
        kind = record.get("kind")
        if kind not in KINDS:
            raise PatternError(f"{where}: field 'kind': expected one of {', '.join(KINDS)}")
        if not isinstance(record.get("pattern"), str):
            raise PatternError(f"{where}: field 'pattern': expected a regular expression")
        try:
            found.append((kind, compile_linear(record["pattern"], re.IGNORECASE)))
        except (re.error, UnsafePatternError) as exc:
            raise PatternError(f"{where}: invalid regular expression: {exc}") from exc
    return tuple(found)


def recorded_kind(text: str) -> str | None:
    """`prompt` or `hold` when `text` reads as an IVR prompt or a queue message, else None."""
    if _LIVE_PERSON.search(text):
        return None
    return next((kind for kind, pattern in recorded_messages() if pattern.search(text)), None)


def agent_joined_at(metadata: dict[str, Any]) -> float | None:
    value = metadata.get("agent_joined_at")
    if isinstance(value, bool) or not isinstance(value, int | float) or value < 0:
        if value is not None:
            logger.warning("ignoring metadata.agent_joined_at=%r: expected seconds (>= 0)", value)
        return None
    return float(value)


@dataclass
class RecordedSpeechMarker:
    """Decides, one utterance at a time in time order, whether an agent-side utterance is the
    IVR's recorded voice; the state is one call's, so a live call keeps its own."""

    joined: float | None = None
    _agent_live: bool = False
    _last_live: Utterance | None = None
    _previous_recorded: bool = False

    @classmethod
    def for_call(cls, metadata: dict[str, Any]) -> RecordedSpeechMarker:
        return cls(joined=agent_joined_at(metadata))

    def mark(self, utterance: Utterance) -> bool:
        """Give `utterance` speaker `ivr` when it is a recording; returns whether it was."""
        if utterance.speaker not in AGENT_SIDE:
            return False
        kind = recorded_kind(utterance.text)
        if self.joined is not None and utterance.speaker == "agent":
            before_agent = (utterance.start or 0.0) < self.joined
        else:
            before_agent = not self._agent_live and kind is not None
        if before_agent:
            recorded = True
        elif kind is None:
            recorded = False
        else:
            last = self._last_live
            quiet = (
                last is None or (utterance.start or 0.0) - (last.end or 0.0) >= HOLD_SILENCE_SECONDS
            )
            recorded = (
                quiet or self._previous_recorded or bool(last and _ANNOUNCES_HOLD.search(last.text))
            )
        if recorded:
            utterance.speaker = "ivr"
        else:
            self._agent_live = True
            self._last_live = utterance
        self._previous_recorded = recorded
        return recorded


def mark_recorded_speech(utterances: list[Utterance], metadata: dict[str, Any]) -> int:
    """Give the IVR's and the queue's recorded utterances (in time order) speaker `ivr`;
    returns how many were marked."""
    marker = RecordedSpeechMarker.for_call(metadata)
    return sum(marker.mark(utterance) for utterance in utterances)
