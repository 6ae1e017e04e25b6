"""The callable classes `map_batches` runs in an actor pool.

Each actor builds its models once, in `__init__` (the detector's ONNX session; the Whisper model
the first time a recording comes), and scores every batch it is given with the local path's own
core: `batch.score_inputs` (reading, transcribing, the per-call error isolation), the same
redaction, the same JSON. Nothing a single call does can fail the job: every failure becomes a
row with the error message the local path would report.
"""

from __future__ import annotations

import json
import logging
import pickle
from pathlib import Path
from typing import Any

from mot_detect.batch import is_audio, score_inputs, transcribe_files
from mot_detect.cluster.inputs import local_copies, relabelled
from mot_detect.cluster.settings import JobSettings
from mot_detect.cluster.shards import OutputFolder, part_row, write_batch
from mot_detect.errors import CallError, InternalError
from mot_detect.io.writers import call_to_dict
from mot_detect.redact.redactor import redact_call
from mot_detect.types import Call

logger = logging.getLogger("mot_detect")

# The columns every actor returns to the driver, one row per call (or per input that failed
# before any call could be read from it).
STATUS_COLUMNS = ("input", "call_id", "status", "error", "internal", "call")
SCORED, SKIPPED, FAILED = "scored", "skipped", "failed"


def _status_table(rows: list[dict[str, Any]]) -> Any:
    import pyarrow as pa

    types = {
        "input": pa.string(),
        "call_id": pa.string(),
        "status": pa.string(),
        "error": pa.string(),
        "internal": pa.bool_(),
        "call": pa.binary(),
    }
    return pa.table({key: pa.array([r.get(key) for r in rows], type=t) for key, t in types.items()})


def _column(batch: Any, name: str) -> list[str]:
    """A column of a batch (a pyarrow Table, as map_batches gives it, or a dict of lists)."""
    values = batch[name]
    return [str(v) for v in (values.to_pylist() if hasattr(values, "to_pylist") else values)]


def _failure(source: str, error: CallError, stamp: dict[str, str]) -> tuple[dict, dict]:
    call_id = getattr(error, "call_id", None)
    status = {
        "input": source,
        "call_id": call_id,
        "status": FAILED,
        "error": str(error),
        "internal": isinstance(error, InternalError),
    }
    record = {
        "input": source,
        "call_id": call_id,
        "error": str(error),
        "internal": isinstance(error, InternalError),
        "scored_by": stamp,
    }
    return status, record


class _SkippingDetector:
    """The detector, except that a call already scored (its id in `skip`) is handed back
    unscored and remembered, so a re-run never scores it again."""

    def __init__(self, detector: Any, skip: set[str], skip_everywhere: frozenset[str]) -> None:
        self.detector = detector
        self.skip = skip
        self.skip_everywhere = skip_everywhere
        self.skipped: set[int] = set()

    def score_call(self, call: Call) -> Call:
        if call.call_id in self.skip or call.call_id in self.skip_everywhere:
            self.skipped.add(id(call))
            return call
        return self.detector.score_call(call)


class ScoreActor:
    """Scores a batch of inputs (columns `input`, and `skip`: the JSON list of call ids of that
    input already scored) and writes the batch's shards; returns a status row per call."""

    def __init__(self, settings: JobSettings) -> None:
        from mot_detect.cli_options import build_detector
        from mot_detect.store.calls import ScoredBy

        self.settings = settings
        self.detector = build_detector(**settings.detector)
        self.scored_by = ScoredBy.of(self.detector)
        self.transcriber: Any = None
        self.folder = OutputFolder(settings.out) if settings.out else None

    def _transcriber(self) -> Any:
        if self.transcriber is None:
            from mot_detect.audio.asr import use_blas_threads
            from mot_detect.cli_options import build_transcriber

            use_blas_threads(self.settings.blas_threads)
            asr = self.settings.asr
            self.transcriber = build_transcriber(
                asr["asr_model"],
                asr["compute_type"],
                self.settings.detector["device"],
                self.settings.threads,
                asr["asr_max_tokens"],
                asr["beam_size"],
                asr["workers"],
            )
        return self.transcriber

    def __call__(self, batch: dict[str, Any]) -> Any:
        sources = _column(batch, "input")
        skips = [set(json.loads(s)) for s in _column(batch, "skip")]
        status: list[dict[str, Any]] = []
        rows: list[dict[str, Any]] = []
        failures: list[dict[str, Any]] = []
        with local_copies(sources) as copies:
            for source, skip in zip(sources, skips, strict=True):
                self._score_one(source, copies[source], skip, status, rows, failures)
        if self.folder is not None:
            try:
                write_batch(self.folder, rows, failures, self.settings.shard_format)
            except Exception as exc:  # the batch is lost, not the job: its calls are failures
                logger.debug("writing a batch of %d call(s) failed", len(rows), exc_info=True)
                error = InternalError.from_exception(exc, path=self.settings.out)
                for row in status:
                    if row["status"] == SCORED:
                        row.update(status=FAILED, error=str(error), internal=True, call=None)
        return _status_table(status)

    def _score_one(
        self,
        source: str,
        local: str,
        skip: set[str],
        status: list[dict[str, Any]],
        rows: list[dict[str, Any]],
        failures: list[dict[str, Any]],
    ) -> None:
        settings = self.settings
        stamp = settings.stamp(self.scored_by, source)
        try:
            transcriber = self._transcriber() if is_audio(local) else None
            everywhere = settings.extra.get("skip_calls", frozenset())
            detector = _SkippingDetector(self.detector, skip, everywhere)
            items = score_inputs(
                [local],
                detector,  # type: ignore[arg-type]
                settings.input_format,
                transcriber,
                settings.asr["channels"],
                settings.asr["workers"],
                settings.metadata,
            )
            for _file, item in items:
                item = relabelled(item, local, source)
                if isinstance(item, Call) and id(item) in detector.skipped:
                    status.append({"input": source, "call_id": item.call_id, "status": SKIPPED})
                    continue
                if isinstance(item, Call):
                    item = self._row(item, source, stamp, status, rows)
                if isinstance(item, CallError):
                    row, record = _failure(source, item, stamp)
                    status.append(row)
                    failures.append(record)
        except Exception as exc:  # an input that breaks the reader costs only that input
            logger.debug("scoring %s failed", source, exc_info=True)
            row, record = _failure(source, InternalError.from_exception(exc, path=source), stamp)
            status.append(row)
            failures.append(record)

    def _row(
        self,
        call: Call,
        source: str,
        stamp: dict[str, str],
        status: list[dict[str, Any]],
        rows: list[dict[str, Any]],
    ) -> Call | InternalError:
        """The scored call redacted and made a shard row (as `score -f jsonl` writes it), or
        the error that kept it out."""
        try:
            call = redact_call(call, self.settings.redaction)
            data = call_to_dict(call)
            json.dumps(data, ensure_ascii=False).encode("utf-8")  # fails here, not in the shard
        except Exception as exc:  # one call that cannot be written must not cost the rest
            logger.debug("writing %s failed", call.call_id, exc_info=True)
            return InternalError.from_exception(exc, path=call.source, call_id=call.call_id)
        rows.append(part_row(data, source, stamp))
        status.append(
            {
                "input": source,
                "call_id": call.call_id,
                "status": SCORED,
                "call": pickle.dumps(call) if self.settings.keep_calls else None,
            }
        )
        return call


class TranscribeActor:
    """Transcribes a batch of recordings (column `input`) to OUT/<stem>.json, as `transcribe`
    writes them, with the Whisper model loaded once; returns a status row per recording."""

    def __init__(self, settings: JobSettings) -> None:
        from mot_detect.audio.asr import use_blas_threads
        from mot_detect.cli_options import build_transcriber

        use_blas_threads(settings.blas_threads)
        asr = settings.asr
        self.settings = settings
        self.transcriber = build_transcriber(
            asr["asr_model"],
            asr["compute_type"],
            settings.extra["device"],
            settings.threads,
            asr["asr_max_tokens"],
            asr["beam_size"],
            asr["workers"],
        )
        self.folder = OutputFolder(str(settings.out))

    def __call__(self, batch: dict[str, Any]) -> Any:
        sources = _column(batch, "input")
        status: list[dict[str, Any]] = []
        with local_copies(sources) as copies:
            for source in sources:
                status.append(self._transcribe_one(source, copies[source]))
        return _status_table(status)

    def _transcribe_one(self, source: str, local: str) -> dict[str, Any]:
        import tempfile

        from mot_detect.cli import _write_transcript

        settings = self.settings
        try:
            _file, item = next(
                transcribe_files(
                    [local],
                    self.transcriber,
                    settings.asr["channels"],
                    1,
                    settings.metadata,
                )
            )
            item = relabelled(item, local, source)
            if isinstance(item, Call):
                item = redact_call(item, settings.redaction)
                if self.folder.remote:
                    with tempfile.TemporaryDirectory(prefix="mot-ray-") as folder:
                        item = _write_transcript(item, Path(folder), local)
                        if isinstance(item, Call):
                            name = f"{Path(local).stem}.json"
                            self.folder.write(name, (Path(folder) / name).read_bytes())
                else:
                    item = _write_transcript(item, Path(self.folder.root), local)
        except Exception as exc:  # one recording's failure must not cost the rest
            logger.debug("transcribing %s failed", source, exc_info=True)
            item = InternalError.from_exception(exc, path=source)
        if isinstance(item, CallError):
            return _failure(source, item, {})[0]
        return {"input": source, "call_id": item.call_id, "status": SCORED}
