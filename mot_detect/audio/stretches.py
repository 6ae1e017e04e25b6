"""A channel's stretches of speech -> its utterances: Whisper on each stretch, then the split of
segmentation.py. Batch (recording.py) and live (stream/live.py) both transcribe a channel this way,
stretch by stretch, so they give the same words for the same audio."""

from __future__ import annotations

import logging

import numpy as np

from mot_detect.audio.asr import AsrOptions, AsrSegment, Transcriber
from mot_detect.audio.endpoint import EndpointOptions, Stretch
from mot_detect.audio.pcm import SAMPLE_RATE
from mot_detect.audio.segmentation import SpokenUtterance, split_segments

logger = logging.getLogger("mot_detect")

# Silence put before a stretch: Whisper dropped a turn's short first words ("Marisol Vega.",
# "What?") from a stretch that opens on them, and kept them with half a second of silence first.
LEADING_SILENCE = SAMPLE_RATE // 2
# Which lead keeps them is not stable: on another CPU the same stretch lost "Marisol Vega." with
# half a second and kept it with a fifth. A stretch whose first word starts this long after the
# speech the endpointer heard is decoded once more with the other lead, and the reading that
# hears more of the opening is kept.
RETRY_LEADING_SILENCE = SAMPLE_RATE // 5
DROPPED_OPENING_SECONDS = 0.5


def endpoint_options(asr: AsrOptions) -> EndpointOptions:
    """How a channel is cut into stretches under these ASR options."""
    return EndpointOptions(vad=asr.vad, endpoint_silence=asr.endpoint_silence)


def transcribe_stretch(transcriber: Transcriber, stretch: Stretch) -> list[SpokenUtterance]:
    """The utterances said in one stretch, timed from the start of the call."""
    segments = _decode(transcriber, stretch, LEADING_SILENCE)
    heard_from = stretch.speech_start / SAMPLE_RATE
    first = _first_word_start(segments)
    if first is not None and first - heard_from > DROPPED_OPENING_SECONDS:
        retry = _decode(transcriber, stretch, RETRY_LEADING_SILENCE)
        earlier = _first_word_start(retry)
        if earlier is not None and earlier < first and _word_count(retry) > _word_count(segments):
            logger.debug(
                "stretch at %.2f s: first words heard from %.2f s, not %.2f s, with a shorter lead",
                stretch.start_seconds,
                earlier,
                first,
            )
            segments = retry
    # Whisper can put a first word in the silence before the stretch: it was said at the
    # stretch's start at the earliest (and must not look like a pause before the next word).
    floor = stretch.start_seconds
    for segment in segments:
        segment.start = max(segment.start, floor)
        for word in segment.words:
            word.start = max(word.start, floor)
            word.end = max(word.end, word.start)
    region = (floor, stretch.end_seconds)
    lead_in = (stretch.speech_start - stretch.start) / SAMPLE_RATE
    spoken = list(split_segments(segments, [region], lead_in=lead_in))
    # Nothing starts before its stretch: the live hook scores an utterance once no channel can
    # still give one that starts earlier, and relies on this bound.
    for utterance in spoken:
        utterance.start = max(utterance.start, floor)
        utterance.end = max(utterance.end, utterance.start)
    return spoken


def _decode(transcriber: Transcriber, stretch: Stretch, lead: int) -> list[AsrSegment]:
    audio = np.concatenate((np.zeros(lead, dtype=np.float32), stretch.audio))
    start = stretch.start - lead
    return transcriber.transcribe_speech(
        audio, [{"start": 0, "end": len(audio)}], start / SAMPLE_RATE
    )


def _first_word_start(segments: list[AsrSegment]) -> float | None:
    return next((word.start for segment in segments for word in segment.words), None)


def _word_count(segments: list[AsrSegment]) -> int:
    return sum(len(segment.words) for segment in segments)
