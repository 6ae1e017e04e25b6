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

Each channel is cut into stretches of speech at the pauses that end an utterance (endpoint.py),
and Whisper decodes each stretch on its own: exactly what the live hook does with a streamed call,
so a call scored live ends with the labels and findings batch scoring of its recording gives. The
audio is read in windows (10 minutes by default) and only the stretch in progress is kept, so an
hour-long call is never in memory whole.
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

from mot_detect.audio.asr import Transcriber
from mot_detect.audio.decode import iter_pcm, pcm_rate, probe
from mot_detect.audio.endpoint import ChannelStream, Stretch
from mot_detect.audio.ivr import mark_recorded_speech
from mot_detect.audio.pcm import SAMPLE_RATE
from mot_detect.audio.segmentation import SpokenUtterance
from mot_detect.audio.stretches import endpoint_options, transcribe_stretch
from mot_detect.types import Call, Utterance

if TYPE_CHECKING:
    from mot_detect.audio.metadata import RecordingMetadata

logger = logging.getLogger("mot_detect")

AUDIO_EXTENSIONS = (".wav", ".flac", ".mp3", ".ogg", ".opus", ".m4a", ".mp4", ".aac", ".webm")
DEFAULT_CHANNELS = ("agent", "customer")
WINDOW_SECONDS = 600.0


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
    if info.channels == 1:
        # Both parties, unless the platform says whose line it is (a customer-only stream).
        one = metadata is not None and metadata.channels and len(metadata.channels) == 1
        speakers = [channels[0]] if one else ["unknown"]
    else:
        speakers = [channels[i] if i < len(channels) else "unknown" for i in range(info.channels)]
    rate = pcm_rate(info.sample_rate)
    streams = [ChannelStream(rate, endpoint_options(transcriber.options)) for _ in speakers]
    spoken: list[tuple[float, float, int, SpokenUtterance]] = []
    samples = 0

    def transcribe(channel: int, stretches: list[Stretch]) -> None:
        for stretch in stretches:
            times.speech_seconds += len(stretch.audio) / SAMPLE_RATE
            with times.timing("asr"):
                found = transcribe_stretch(transcriber, stretch)
            spoken.extend((u.start, u.end, channel, u) for u in found)

    chunks = iter_pcm(path, window_seconds)
    # Silero runs on one core: the channels go side by side.
    with ThreadPoolExecutor(max_workers=len(speakers), thread_name_prefix="vad") as vad:
        while True:
            with times.timing("decode"):
                window = next(chunks, None)
            if window is None:
                break
            samples += window.shape[1]
            with times.timing("vad"):
                found = list(vad.map(ChannelStream.feed, streams, window[: len(speakers)]))
            for channel, stretches in enumerate(found):
                transcribe(channel, stretches)
        for channel, stream in enumerate(streams):
            with times.timing("vad"):
                stretches = stream.close()
            transcribe(channel, stretches)
    offset = samples / rate
    times.audio_seconds += offset
    # The live hook releases utterances in this same order (stream/live.py).
    spoken.sort(key=lambda item: item[:3])
    utterances = [
        Utterance(
            speaker=speakers[channel],
            text=u.text,
            start=round(u.start, 3),
            end=round(u.end, 3),
            words=[(w.start, w.end, w.word) for w in u.words] or None,
        )
        for _, _, channel, u in spoken
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
