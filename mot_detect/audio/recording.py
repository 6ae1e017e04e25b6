"""A call recording -> a `Call` whose utterances carry speaker, text and times.

Stereo recordings carry one party per channel; `channels` maps them (default agent on the first,
customer on the second, as most recorders write them). Each channel is transcribed on its own and
the utterances are merged in time order. A mono recording is one channel with both parties in
it: its utterances get speaker `unknown`, so the detector can find cues and script lines but
cannot tell whose they are, which costs the missed-cue analysis (it needs an agent's replies).

The audio is read in windows (10 minutes by default) so an hour-long call is never in memory
whole; a word cut by a window boundary may be lost or split.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from mot_detect.audio.asr import AsrSegment, Transcriber
from mot_detect.audio.decode import SAMPLE_RATE, iter_chunks, probe
from mot_detect.types import Call, Utterance

logger = logging.getLogger("mot_detect")

AUDIO_EXTENSIONS = (".wav", ".flac", ".mp3", ".ogg", ".opus", ".m4a", ".mp4", ".aac", ".webm")
DEFAULT_CHANNELS = ("agent", "customer")
WINDOW_SECONDS = 600.0


def parse_channel_map(text: str) -> tuple[str, ...]:
    names = tuple(part.strip().lower() for part in text.split(","))
    if not names or any(name not in ("agent", "customer", "unknown") for name in names):
        raise ValueError(f"expected speakers per channel such as 'agent,customer', got {text!r}")
    return names


def transcribe_recording(
    path: str | Path,
    transcriber: Transcriber,
    channels: Sequence[str] = DEFAULT_CHANNELS,
    window_seconds: float = WINDOW_SECONDS,
) -> Call:
    info = probe(path)
    speakers = (
        ["unknown"]
        if info.channels == 1
        else [channels[i] if i < len(channels) else "unknown" for i in range(info.channels)]
    )
    segments: list[tuple[str, AsrSegment]] = []
    offset = 0.0
    for window in iter_chunks(path, window_seconds):
        for channel, speaker in enumerate(speakers):
            signal = np.ascontiguousarray(window[channel], dtype=np.float32)
            segments += [(speaker, s) for s in transcriber.transcribe(signal, offset)]
        offset += window.shape[1] / SAMPLE_RATE
    segments.sort(key=lambda item: (item[1].start, item[1].end))
    utterances = [
        Utterance(
            speaker=speaker,
            text=segment.text,
            start=round(segment.start, 3),
            end=round(segment.end, 3),
            index=i,
        )
        for i, (speaker, segment) in enumerate(segments)
    ]
    logger.info(
        "%s: %d utterances from %d channel(s), %.0f s", path, len(utterances), info.channels, offset
    )
    return Call(
        call_id=Path(path).stem,
        utterances=utterances,
        metadata={
            "audio": {
                "file": str(path),
                "codec": info.codec,
                "sample_rate": info.sample_rate,
                "channels": info.channels,
                "channel_speakers": speakers,
                "duration": round(offset, 3),
                "asr_model": transcriber.options.model,
            }
        },
        source=str(path),
    )
