"""A call recording -> a `Call` whose utterances carry speaker, text and times.

Stereo recordings carry one party per channel; `channels` maps them (default agent on the first,
customer on the second, as most recorders write them). Each channel is transcribed on its own,
its Whisper segments are split into utterances at pauses and VAD region edges and timed by their
words (segmentation.py), and the utterances of all channels are merged in time order. The IVR's
and the queue's recorded voices on the agent channel become speaker `ivr` (ivr.py), and what
the telephony platform knows (call id, start time, IVR data, channel map: metadata.py) is
applied, so a recording scores exactly as its transcript would. A mono recording is one channel with both parties in
it: its utterances get speaker `unknown`, so the detector can find cues and script lines but
cannot tell whose they are, which costs the missed-cue analysis (it needs an agent's replies).

The audio is read in windows (10 minutes by default) so an hour-long call is never in memory
whole. A window boundary must not cut a word: speech that VAD finds running into the end of a
window is held back and decoded with the next window, from the pause before it. VAD caps a
speech region at 30 s, so at most that much audio per channel is carried over.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from mot_detect.audio.asr import Transcriber
from mot_detect.audio.decode import SAMPLE_RATE, iter_chunks, probe
from mot_detect.audio.ivr import mark_recorded_speech
from mot_detect.audio.segmentation import SpokenUtterance, split_segments
from mot_detect.audio.vad import VAD_OPTIONS, SpeechRegion, speech_seconds
from mot_detect.types import Call, Utterance

if TYPE_CHECKING:
    from mot_detect.audio.metadata import RecordingMetadata

logger = logging.getLogger("mot_detect")

AUDIO_EXTENSIONS = (".wav", ".flac", ".mp3", ".ogg", ".opus", ".m4a", ".mp4", ".aac", ".webm")
DEFAULT_CHANNELS = ("agent", "customer")
WINDOW_SECONDS = 600.0
# Speech ending this close to a window's end may go on past it (VAD pads regions by 0.4 s).
HOLD_BACK_MARGIN = SAMPLE_RATE // 2


@dataclass
class StageTimes:
    """Seconds spent in each stage of transcribing recordings, and audio seconds seen."""

    decode: float = 0.0
    vad: float = 0.0
    asr: float = 0.0
    audio_seconds: float = 0.0
    speech_seconds: float = 0.0

    @contextmanager
    def timing(self, stage: str) -> Iterator[None]:
        began = time.perf_counter()
        try:
            yield
        finally:
            setattr(self, stage, getattr(self, stage) + time.perf_counter() - began)


def hold_back(speech: list[SpeechRegion], length: int) -> tuple[list[SpeechRegion], int]:
    """The speech regions of a window to decode now, and the sample from which the window is
    carried into the next one: a region running into the window's end may not have ended."""
    if speech and speech[-1]["end"] >= length - HOLD_BACK_MARGIN:
        return speech[:-1], speech[-1]["start"]
    return speech, length


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
    times: StageTimes | None = None,
    metadata: RecordingMetadata | None = None,
) -> Call:
    """Transcribe one recording; `times`, when given, gathers how long each stage took;
    `metadata`: what the telephony platform knows about the call (audio/metadata.py), whose
    channel map, when it has one, replaces `channels`."""
    times = times if times is not None else StageTimes()
    if metadata is not None and metadata.channels:
        channels = metadata.channels
    info = probe(path)
    speakers = (
        ["unknown"]
        if info.channels == 1
        else [channels[i] if i < len(channels) else "unknown" for i in range(info.channels)]
    )
    spoken: list[tuple[str, SpokenUtterance]] = []
    lead_in = VAD_OPTIONS.speech_pad_ms / 1000 if transcriber.options.vad else 0.0
    held = [np.zeros(0, dtype=np.float32) for _ in speakers]
    offset = 0.0

    def decode_window(window: np.ndarray, vad: ThreadPoolExecutor, last: bool) -> None:
        """One window of every channel, after what the window before held back."""
        signals = [
            np.concatenate((held[channel], window[channel].astype(np.float32, copy=False)))
            for channel in range(len(speakers))
        ]
        with times.timing("vad"):  # Silero runs on one core: the channels go side by side
            speeches = list(vad.map(transcriber.find_speech, signals))
        for channel, (signal, speech) in enumerate(zip(signals, speeches, strict=True)):
            cut = len(signal)
            if not last:
                speech, cut = hold_back(speech, len(signal))
            start = offset - len(held[channel]) / SAMPLE_RATE
            with times.timing("asr"):
                found = transcriber.transcribe_speech(signal, speech, start)
            regions = [
                (start + r["start"] / SAMPLE_RATE, start + r["end"] / SAMPLE_RATE) for r in speech
            ]
            spoken.extend(
                (speakers[channel], u) for u in split_segments(found, regions, lead_in=lead_in)
            )
            times.speech_seconds += speech_seconds(speech)
            held[channel] = signal[cut:]

    chunks = iter_chunks(path, window_seconds)
    with ThreadPoolExecutor(max_workers=len(speakers), thread_name_prefix="vad") as vad:
        with times.timing("decode"):
            window = next(chunks, None)
        while window is not None:
            # One window ahead: speech running into the end of the recording is not held back
            # to be decoded alone (Whisper can drop the words of a short clip that opens on
            # speech), and a recording shorter than a window is decoded in one piece.
            with times.timing("decode"):
                upcoming = next(chunks, None)
            decode_window(window, vad, last=upcoming is None)
            offset += window.shape[1] / SAMPLE_RATE
            window = upcoming
    times.audio_seconds += offset
    # Ties (both parties starting at once) go to the earlier end, then to channel order.
    spoken.sort(key=lambda item: (item[1].start, item[1].end))
    utterances = [
        Utterance(speaker=speaker, text=u.text, start=round(u.start, 3), end=round(u.end, 3))
        for speaker, u in spoken
    ]
    logger.info(
        "%s: %d utterances from %d channel(s), %.0f s", path, len(utterances), info.channels, offset
    )
    call = Call(
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
    if metadata is not None:
        from mot_detect.audio.metadata import apply_metadata  # it imports this module

        call = apply_metadata(call, metadata)
    marked = mark_recorded_speech(call.utterances, call.metadata)
    if marked:
        logger.info(
            "%s: %d utterance(s) on the agent side are the IVR's recorded voice", path, marked
        )
    for index, utterance in enumerate(call.utterances):
        utterance.index = index
    return call
