"""When the redacted stretches of a call were said: from speech recognition's word timestamps
(the whole utterance where there are none), with a margin either side for their timing error.
Pure arithmetic, so redacting a transcript never loads the audio stack (redact/audio.py does)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from mot_detect.types import Utterance

if TYPE_CHECKING:
    from mot_detect.redact.redactor import RedactedText

MARGIN_SECONDS = 0.15


def _char_words(utterance: Utterance) -> list[int] | None:
    """For each character of the utterance's text, the index of the word it came from, when
    the text is the words joined as recognition wrote them (else None)."""
    words = utterance.words or []
    raw: list[tuple[str, int]] = [(char, i) for i, (_, _, w) in enumerate(words) for char in w]
    out_chars: list[str] = []
    owners: list[int] = []
    pending_space = False
    for char, owner in raw:
        if char.isspace():
            pending_space = bool(out_chars)
            continue
        if pending_space:
            out_chars.append(" ")
            owners.append(owner)
            pending_space = False
        out_chars.append(char)
        owners.append(owner)
    return owners if "".join(out_chars) == utterance.text else None


def span_seconds(utterance: Utterance, start: int, end: int) -> tuple[float, float] | None:
    """When the characters [start, end) of the utterance were said; None without times."""
    owners = _char_words(utterance) if utterance.words else None
    if owners and 0 <= start < end <= len(owners):
        touched = owners[start:end]
        words = utterance.words or []
        return words[min(touched)][0], words[max(touched)][1]
    if utterance.start is None or utterance.end is None:
        return None
    return utterance.start, utterance.end


def redacted_seconds(
    utterances: Sequence[Utterance], texts: Sequence[RedactedText]
) -> list[tuple[float, float]]:
    """The stretches of the recording to cover, merged, with their margins."""
    stretches = []
    for utterance, redacted in zip(utterances, texts, strict=True):
        for r in redacted.replacements:
            said = span_seconds(utterance, r.start, r.end)
            if said is not None:
                stretches.append((max(0.0, said[0] - MARGIN_SECONDS), said[1] + MARGIN_SECONDS))
    merged: list[list[float]] = []
    for start, end in sorted(stretches):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return [(a, b) for a, b in merged]
