"""What a Ray job needs to know, sent to every actor (so it must pickle)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from mot_detect.audio.asr import blas_thread_count
from mot_detect.audio.metadata import ExplicitMetadata
from mot_detect.batch import is_audio
from mot_detect.redact.policy import RedactionPolicy


@dataclass(frozen=True)
class JobSettings:
    """`detector`: build_detector's keyword arguments; `asr`: the speech model's (asr_model,
    compute_type, channels, asr_max_tokens, beam_size, workers); `out`: the shard folder (a
    path or URL), or None with the store alone; `keep_calls`: send each scored call back to the
    driver (for --store)."""

    detector: dict[str, Any]
    asr: dict[str, Any]
    redaction: RedactionPolicy
    input_format: str | None = None
    metadata: ExplicitMetadata = None
    out: str | None = None
    shard_format: str = "jsonl"
    keep_calls: bool = False
    threads: int = 1
    extra: dict[str, Any] = field(default_factory=dict)
    # The driver's BLAS threads, which the workers take (audio/asr.py: use_blas_threads).
    blas_threads: int | None = field(default_factory=blas_thread_count)

    def stamp(self, scored_by: Any, source: str) -> dict[str, str]:
        """What scored a call from `source`, as its shard row records it and resume compares
        it: the detector (package and patterns), the model, the engine, the redaction policy,
        and for a recording the speech model."""
        stamp = {
            "detector_version": scored_by.detector_version,
            "model_version": scored_by.model_version,
            "engine": scored_by.engine,
            "redaction": str(self.redaction),
        }
        if is_audio(source):
            stamp["asr_model"] = str(self.asr["asr_model"])
        return stamp
