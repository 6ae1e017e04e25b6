"""Decoding call recordings with PyAV: any format FFmpeg reads, each channel kept apart, 16 kHz.

Telephony audio (8 kHz, G.711 mu-law or A-law, one party per channel) is the normal case. The
channels are never mixed: a stereo call carries the agent on one and the customer on the other,
and speech recognition runs on each separately. `iter_chunks` streams a recording in fixed-length
pieces, so an hour-long call never sits in memory whole.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from mot_detect.errors import MotDetectError

logger = logging.getLogger("mot_detect")

SAMPLE_RATE = 16_000
PCM_RATES = (8000, 16000)
DEFAULT_CHUNK_SECONDS = 30.0


class AudioError(MotDetectError):
    """A recording that cannot be decoded; the message names the file and what was expected."""


@dataclass(frozen=True)
class AudioInfo:
    path: str
    codec: str
    sample_rate: int
    channels: int
    duration: float | None  # seconds, when the container says


def _open(path: str | Path):  # type: ignore[no-untyped-def]
    import av

    name = str(path)
    file = Path(path)
    if not file.is_file():
        raise AudioError(f"{name}: file not found")
    if file.stat().st_size == 0:
        raise AudioError(
            f"{name}: empty file: expected an audio recording (WAV, FLAC, MP3, OGG/Opus, M4A)"
        )
    try:
        container = av.open(name)
    except av.error.FFmpegError as exc:
        raise AudioError(
            f"{name}: not a readable audio file ({exc.strerror or exc}): expected WAV, FLAC, MP3, OGG/Opus or M4A"
        ) from exc
    if not container.streams.audio:
        container.close()
        raise AudioError(f"{name}: no audio stream in this file")
    return container


def probe(path: str | Path) -> AudioInfo:
    container = _open(path)
    try:
        stream = container.streams.audio[0]
        duration = None
        if stream.duration is not None and stream.time_base is not None:
            duration = float(stream.duration * stream.time_base)
        elif container.duration is not None:
            duration = container.duration / 1_000_000
        return AudioInfo(
            str(path), stream.codec_context.name, stream.rate, stream.channels, duration
        )
    finally:
        container.close()


def _resampled(
    path: str | Path, sample_format: str, rate: int | None = None
) -> Iterator[np.ndarray]:
    """The recording's audio as PyAV gives it in `sample_format` (planar: (channels, samples))
    at `rate` (None: `pcm_rate` of its own), piece by piece; errors name the file."""
    import av

    container = _open(path)
    try:
        stream = container.streams.audio[0]
        layout = stream.layout.name if stream.channels <= 2 else f"{stream.channels}c"
        target = rate if rate is not None else pcm_rate(stream.rate)
        resampler = av.AudioResampler(format=sample_format, layout=layout, rate=target)
        frames = 0
        try:
            for frame in container.decode(stream):
                frames += 1
                for out in resampler.resample(frame):
                    yield out.to_ndarray()
            for out in resampler.resample(None):
                yield out.to_ndarray()
        except av.error.FFmpegError as exc:
            raise AudioError(
                f"{path}: the audio data is damaged after {frames} frames ({exc.strerror or exc})"
            ) from exc
        if frames == 0:
            raise AudioError(f"{path}: no audio could be decoded: expected a non-empty recording")
    finally:
        container.close()


def _check_chunk_seconds(chunk_seconds: float) -> None:
    if chunk_seconds <= 0:
        raise ValueError(f"chunk_seconds must be positive, got {chunk_seconds}")


def iter_chunks(
    path: str | Path, chunk_seconds: float = DEFAULT_CHUNK_SECONDS
) -> Iterator[np.ndarray]:
    """Float32 arrays of shape (channels, samples) at 16 kHz, `chunk_seconds` each (the last shorter)."""
    _check_chunk_seconds(chunk_seconds)
    size = int(chunk_seconds * SAMPLE_RATE)
    pending: list[np.ndarray] = []
    held = 0
    for piece in _resampled(path, "fltp", SAMPLE_RATE):
        pending.append(piece)
        held += piece.shape[1]
        while held >= size:
            block = np.concatenate(pending, axis=1)
            yield block[:, :size]
            rest = block[:, size:]
            pending, held = ([rest] if rest.shape[1] else []), rest.shape[1]
    if held:
        yield np.concatenate(pending, axis=1)


def pcm_rate(rate: int) -> int:
    """The rate `iter_pcm` gives a recording at `rate`: telephony rates as they are (the live
    path takes them so, and pcm.py raises both to 16 kHz the same way), others at 16 kHz."""
    return rate if rate in PCM_RATES else SAMPLE_RATE


def iter_pcm(
    path: str | Path, chunk_seconds: float = DEFAULT_CHUNK_SECONDS
) -> Iterator[np.ndarray]:
    """int16 arrays of shape (channels, samples) at `pcm_rate` of the recording's rate, about
    `chunk_seconds` each: a recording as a telephony platform would stream it."""
    _check_chunk_seconds(chunk_seconds)
    size = int(chunk_seconds * pcm_rate(probe(path).sample_rate))
    pending: list[np.ndarray] = []
    held = 0
    for piece in _resampled(path, "s16p"):
        pending.append(piece)
        held += piece.shape[1]
        if held >= size:
            yield np.concatenate(pending, axis=1)
            pending, held = [], 0
    if pending:
        yield np.concatenate(pending, axis=1)


def decode(path: str | Path) -> np.ndarray:
    """The whole recording as float32 (channels, samples) at 16 kHz. For long files prefer iter_chunks."""
    chunks = list(iter_chunks(path))
    return np.concatenate(chunks, axis=1).astype(np.float32, copy=False)
