"""Where one signal holds speech, in one pass over all of it (`Transcriber.transcribe`, the
benchmarks): Silero VAD (bundled with faster-whisper), run only where the signal rises above its
own noise floor. Calls, batch and live, are cut by the streaming endpointer of endpoint.py.

On a two-channel call each channel sits at its noise floor while the other party talks, during
hold and in pauses: about half the call. Silero costs about 2 ms per second of audio on one
core, a large share of what the rest of the pipeline costs beside Whisper, so stretches that stay
at the floor are not given to it. The gate is generous, because speech it drops is lost for
good: a 32 ms frame counts as loud at `GATE_DB` above the floor, every loud frame keeps
`MARGIN_SECONDS` either side, and only quiet stretches of at least `MIN_SKIP_SECONDS` are
skipped. That is longer than Silero's own minimum silence, so a region it would find never
straddles a skipped stretch. The floor is tracked locally, as the quietest level within about
`FLOOR_SECONDS` either side (minimum statistics), because the noise on a call changes: a customer
walks out to the street. Speech in noise still gets through: syllables rise well above the
quietest moment around them, and noise that fluctuates as much as speech is not skipped at all.
"""

from __future__ import annotations

import numpy as np
from faster_whisper.vad import VadOptions, get_speech_timestamps

from mot_detect.audio.decode import SAMPLE_RATE

SpeechRegion = dict[str, int]  # {"start": sample, "end": sample}, as faster-whisper's VAD gives

# faster-whisper's defaults, but no region longer than one 30 s decoding window, which also
# bounds the audio a recording holds back at a window's end.
VAD_OPTIONS = VadOptions(max_speech_duration_s=30.0)
FRAME = 512  # Silero's window at 16 kHz
GATE_DB = 6.0
SILENT_DB = -70.0  # below this a frame is never speech, whatever the floor
MARGIN_SECONDS = 1.0
MIN_SKIP_SECONDS = VAD_OPTIONS.min_silence_duration_ms / 1000 + 2 * MARGIN_SECONDS
FLOOR_SECONDS = 1.5


def speech_seconds(regions: list[SpeechRegion]) -> float:
    return sum(region["end"] - region["start"] for region in regions) / SAMPLE_RATE


def frame_levels(audio: np.ndarray) -> np.ndarray:
    """Level in dB relative to full scale of each whole `FRAME` of `audio`."""
    frames = audio[: len(audio) // FRAME * FRAME].reshape(-1, FRAME).astype(np.float64)
    return 10.0 * np.log10(np.mean(frames * frames, axis=1) + 1e-10)


def noise_floor(levels: np.ndarray) -> np.ndarray:
    """The local noise floor under each frame level: the quietest (100 ms smoothed) level
    within about `FLOOR_SECONDS` either side."""
    block = max(1, int(FLOOR_SECONDS * SAMPLE_RATE / FRAME / 2))
    smooth = np.convolve(levels, np.ones(3) / 3, mode="same")
    blocks = -(-len(smooth) // block)
    padded = np.full(blocks * block, np.inf)
    padded[: len(smooth)] = smooth
    minima = padded.reshape(blocks, block).min(axis=1)
    spread = minima.copy()
    for shift in (1, 2):  # two blocks either side
        spread[shift:] = np.minimum(spread[shift:], minima[:-shift])
        spread[:-shift] = np.minimum(spread[:-shift], minima[shift:])
    return np.repeat(spread, block)[: len(levels)]


def loud_spans(audio: np.ndarray) -> list[tuple[int, int]]:
    """Sample ranges of `audio` that may hold speech: everything but long stretches at the
    channel's noise floor."""
    levels = frame_levels(audio)
    if len(levels) * FRAME < MIN_SKIP_SECONDS * SAMPLE_RATE:
        return [(0, len(audio))] if len(audio) else []
    loud = levels > np.maximum(noise_floor(levels) + GATE_DB, SILENT_DB)
    margin = int(MARGIN_SECONDS * SAMPLE_RATE / FRAME)
    kept = np.convolve(loud, np.ones(2 * margin + 1), mode="same") > 0
    # The last partial frame belongs with its neighbour.
    kept = np.append(kept, kept[-1] if len(audio) % FRAME else np.zeros(0, dtype=bool))
    edges = np.flatnonzero(np.diff(np.concatenate(([0], kept.astype(np.int8), [0]))))
    spans = [(int(s) * FRAME, min(len(audio), int(e) * FRAME)) for s, e in edges.reshape(-1, 2)]
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start - merged[-1][1] < MIN_SKIP_SECONDS * SAMPLE_RATE:
            merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged


def find_speech(audio: np.ndarray, gate: bool = True) -> list[SpeechRegion]:
    """Speech regions of one channel (float32 at 16 kHz), in samples, in order."""
    spans = loud_spans(audio) if gate else [(0, len(audio))]
    regions: list[SpeechRegion] = []
    for start, end in spans:
        found = get_speech_timestamps(audio[start:end], VAD_OPTIONS, sampling_rate=SAMPLE_RATE)
        regions += [{"start": r["start"] + start, "end": r["end"] + start} for r in found]
    return regions
