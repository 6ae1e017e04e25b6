"""Speech recognition with faster-whisper, one channel at a time, with guards against Whisper's
hallucinations on silence and hold music.

A hallucinated "thank you for watching" on the agent channel must never become a script-bound
reply, so a segment is dropped when Whisper itself doubts it (no-speech probability high and
average log-probability low), when its text is too repetitive to be speech (gzip compression
ratio), when it is a phrase Whisper is known to invent over silence and it was not said with
confidence, or when it repeats one short phrase over and over. Silero VAD (bundled with
faster-whisper) keeps silence and music from reaching the decoder in the first place.
"""

from __future__ import annotations

import logging
import re
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from mot_detect.audio.decode import SAMPLE_RATE
from mot_detect.errors import MotDetectError

logger = logging.getLogger("mot_detect")

DEFAULT_MODEL = "small.en"
# Said over silence and music by Whisper far more often than by anyone on a support call.
HALLUCINATIONS = (
    "thank you for watching", "thanks for watching", "please subscribe", "like and subscribe",
    "subtitles by", "captions by", "transcribed by", "see you next time", "bye bye",
    "thank you so much for watching", "you",
)  # fmt: skip


class AsrError(MotDetectError):
    """The speech model cannot be loaded or run."""


@dataclass(frozen=True)
class AsrOptions:
    """`model`: a faster-whisper size name (fetched by faster-whisper on a machine with internet)
    or a local CTranslate2 folder; `device`: auto, cpu or cuda; `compute_type`: auto (int8 on CPU,
    float16 on GPU) or any CTranslate2 type; the thresholds are the guards (see module doc)."""

    model: str = DEFAULT_MODEL
    device: str = "auto"
    compute_type: str = "auto"
    cpu_threads: int = 0
    language: str = "en"
    beam_size: int = 1
    vad: bool = True
    word_timestamps: bool = True
    no_speech_threshold: float = 0.6
    log_prob_threshold: float = -1.0
    compression_ratio_threshold: float = 2.4
    max_new_tokens: int | None = None
    temperature: tuple[float, ...] = (0.0, 0.2, 0.4, 0.6, 0.8, 1.0)


@dataclass
class Word:
    start: float
    end: float
    word: str
    probability: float


@dataclass
class AsrSegment:
    start: float
    end: float
    text: str
    no_speech_prob: float = 0.0
    avg_logprob: float = 0.0
    compression_ratio: float = 1.0
    words: list[Word] = field(default_factory=list)


def resolve_device(device: str) -> str:
    if device not in ("auto", "cpu", "cuda"):
        raise AsrError(f"unknown device {device!r}: expected auto, cpu or cuda")
    if device != "auto":
        return device
    import ctranslate2

    return "cuda" if ctranslate2.get_cuda_device_count() > 0 else "cpu"


def resolve_compute_type(compute_type: str, device: str) -> str:
    if compute_type != "auto":
        return compute_type
    return "float16" if device == "cuda" else "int8"


def compression_ratio(text: str) -> float:
    data = text.encode("utf-8")
    return len(data) / max(1, len(zlib.compress(data)))


_WORDS = re.compile(r"[a-z']+")


def is_repetitive(text: str, min_repeats: int = 3) -> bool:
    """One short phrase said `min_repeats` times or more in a row ("okay okay okay okay")."""
    words = _WORDS.findall(text.lower())
    for size in range(1, 5):
        for start in range(0, max(0, len(words) - size * min_repeats) + 1):
            phrase = words[start : start + size]
            if all(
                words[start + k * size : start + (k + 1) * size] == phrase
                for k in range(min_repeats)
            ):
                return True
    return False


def keep_segment(segment: AsrSegment, options: AsrOptions) -> bool:
    text = segment.text.strip()
    if not text:
        return False
    if (
        segment.no_speech_prob > options.no_speech_threshold
        and segment.avg_logprob < options.log_prob_threshold
    ):
        return False
    if segment.compression_ratio > options.compression_ratio_threshold or is_repetitive(text):
        return False
    plain = " ".join(_WORDS.findall(text.lower()))
    return not (
        plain in HALLUCINATIONS and (segment.no_speech_prob > 0.3 or segment.avg_logprob < -0.7)
    )


class Transcriber:
    """One faster-whisper model, loaded on first use and shared by every channel and file."""

    def __init__(self, options: AsrOptions | None = None) -> None:
        self.options = options or AsrOptions()
        self.device = resolve_device(self.options.device)
        self.compute_type = resolve_compute_type(self.options.compute_type, self.device)
        self._model: Any = None

    @property
    def model(self) -> Any:
        if self._model is None:
            from faster_whisper import WhisperModel

            name = self.options.model
            try:
                self._model = WhisperModel(
                    name,
                    device=self.device,
                    compute_type=self.compute_type,
                    cpu_threads=self.options.cpu_threads,
                )
            except Exception as exc:  # faster-whisper raises many kinds for a bad or missing model
                hint = (
                    ""
                    if Path(name).is_dir()
                    else "; without internet, pass a local CTranslate2 folder"
                )
                raise AsrError(f"cannot load the Whisper model {name!r}: {exc}{hint}") from exc
            logger.info("loaded Whisper %s on %s (%s)", name, self.device, self.compute_type)
        return self._model

    def transcribe(self, audio: np.ndarray, offset: float = 0.0) -> list[AsrSegment]:
        """Segments of one channel (float32 mono at 16 kHz), times in seconds plus `offset`."""
        options = self.options
        duration = len(audio) / SAMPLE_RATE
        kwargs: dict[str, Any] = {}
        if options.max_new_tokens:
            kwargs["max_new_tokens"] = options.max_new_tokens
        segments, _ = self.model.transcribe(
            audio,
            language=options.language,
            beam_size=options.beam_size,
            vad_filter=options.vad,
            word_timestamps=options.word_timestamps,
            condition_on_previous_text=False,  # one hallucination must not seed the next
            no_speech_threshold=options.no_speech_threshold,
            log_prob_threshold=options.log_prob_threshold,
            compression_ratio_threshold=options.compression_ratio_threshold,
            temperature=list(options.temperature),
            **kwargs,
        )
        kept = []
        for raw in segments:
            start = min(max(0.0, float(raw.start)), duration)
            end = min(max(start, float(raw.end)), duration)
            segment = AsrSegment(
                start=offset + start,
                end=offset + end,
                text=raw.text.strip(),
                no_speech_prob=float(raw.no_speech_prob),
                avg_logprob=float(raw.avg_logprob),
                compression_ratio=compression_ratio(raw.text),
                words=[
                    Word(
                        offset + min(max(0.0, float(w.start)), duration),
                        offset + min(max(0.0, float(w.end)), duration),
                        w.word,
                        float(w.probability),
                    )
                    for w in (raw.words or [])
                ],
            )
            if keep_segment(segment, options):
                kept.append(segment)
            else:
                logger.debug(
                    "dropped a likely hallucination at %.1fs: %r", segment.start, segment.text
                )
        return kept
