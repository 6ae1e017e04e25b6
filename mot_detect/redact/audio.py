"""Redacted recordings: a copy of a call's audio with each redacted stretch silenced or covered
by a tone, found from speech recognition's word timestamps.

A stretch is silenced on every channel (a card number said on the customer's channel is often
heard faintly on the agent's), with a margin either side for the words' timing error. Where an
utterance has no word timings (an old transcript) its whole time is covered: too much is better
than a card number left in. The copy is 16-bit PCM WAV at the recording's telephony rate (8 or
16 kHz), written whole or not at all.
"""

from __future__ import annotations

import logging
import os
import tempfile
import wave
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from mot_detect.audio.decode import iter_pcm, pcm_rate, probe

logger = logging.getLogger("mot_detect")
MODES = ("silence", "tone")
TONE_HZ = 1000.0
TONE_LEVEL = 0.1  # of full scale: clearly a bleep, not painful


def redact_recording(
    source: Path, stretches: Sequence[tuple[float, float]], target: Path, mode: str = "silence"
) -> Path:
    """Writes `source` with `stretches` (seconds) silenced or toned to `target` (WAV)."""
    if mode not in MODES:
        raise ValueError(f"redacted audio mode {mode!r}: expected one of {', '.join(MODES)}")
    rate = pcm_rate(probe(source).sample_rate)
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(
        dir=target.parent, prefix=f".{target.name}.", suffix=".part"
    )
    os.close(handle)
    try:
        with wave.open(temporary, "wb") as out:
            at = 0  # samples written so far
            channels = 0
            for chunk in iter_pcm(source):
                if not channels:
                    channels = chunk.shape[0]
                    out.setnchannels(channels)
                    out.setsampwidth(2)
                    out.setframerate(rate)
                chunk = chunk.copy()
                for start, end in stretches:
                    first = max(int(start * rate) - at, 0)
                    last = min(int(end * rate) - at, chunk.shape[1])
                    if first < last:
                        chunk[:, first:last] = _cover(mode, at + first, last - first, rate)
                out.writeframes(np.ascontiguousarray(chunk.T).astype("<i2").tobytes())
                at += chunk.shape[1]
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    logger.info("%s: %d stretch(es) %s in %s", source, len(stretches), mode, target)
    return target


def _cover(mode: str, first: int, count: int, rate: int) -> np.ndarray | int:
    if mode == "silence":
        return 0
    t = (first + np.arange(count)) / rate
    return (np.sin(2 * np.pi * TONE_HZ * t) * TONE_LEVEL * 32767).astype(np.int16)
