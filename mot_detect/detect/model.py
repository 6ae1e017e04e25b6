"""The learned utterance model at run time: onnxruntime and tokenizers, nothing else.

One encoder pass per utterance gives the probability of each label and the utterance's sentence
embedding (which the conversation layer and company-script matching compare). The session is
built once per (folder, provider, threads) and reused across calls.

Each input runs alone (a batch of one, one thread inside the run), and many inputs run at once
on `workers` threads. The int8 model quantises its activations with a scale taken over the whole
batch, so in a batch of several an utterance's probabilities move with its neighbours (0.3-0.7%
of decisions changed between batch sizes): run alone, an utterance gets exactly the outputs the
live path gives it, and results do not depend on the thread count either. On 2 CPU cores two
single-threaded runs at once also outran length-sorted batches of 32. `batch_size` > 1 batches
by length instead (for a GPU, where batching is what pays), at the price of that invariance.

A long utterance is also read in windows of whole sentences (at most `window_words` words
each), and each label's probability is the highest over the whole and its windows: a cue in
the third sentence of a 60-word turn is diluted in the mean of the whole, not in its own window.
The embedding stays the whole utterance's.
"""

from __future__ import annotations

import json
import logging
import os
import re
import time
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np

from mot_detect.detect.encoding import (
    INPUT_FORMAT,
    ModelInput,
    load_tokenizer,
    pad,
    previous_tail,
    tokenize,
)
from mot_detect.errors import MotDetectError
from mot_detect.labels import UTTERANCE_LABELS

logger = logging.getLogger("mot_detect")

MODEL_FILE = "mot_utterance.int8.onnx"
TOKENIZER_FILE = "tokenizer.json"
LABELS_FILE = "labels.json"
PROVIDERS = ("auto", "cpu", "cuda")
_CUDA = "CUDAExecutionProvider"
_CPU = "CPUExecutionProvider"


class ModelError(MotDetectError):
    """A model folder that cannot be used: missing, corrupt, or asking for a provider not present."""


@dataclass(frozen=True)
class ModelOptions:
    """`path`: a folder with the files export_onnx.py writes (default: the one shipped in the
    package); `provider`: auto (CUDA when onnxruntime-gpu sees a GPU, else CPU), cpu or cuda;
    `workers`: inputs run at once when many are given (0: the cores free on this machine when
    the model loads, see `choose_threads`); `intra_op_threads`: threads inside one run;
    `batch_size`: inputs per run (1 keeps every utterance's outputs independent of the others,
    see the module docstring); `window_words`: utterances longer than this are also read in
    sentence windows of at most this many words (0: never)."""

    path: Path | None = None
    provider: str = "auto"
    workers: int = 0
    intra_op_threads: int = 1
    inter_op_threads: int = 1
    batch_size: int = 1
    window_words: int = 24


@dataclass(frozen=True)
class ModelOutput:
    probabilities: dict[str, float]
    embedding: np.ndarray


def default_model_dir() -> Path:
    return Path(str(resources.files("mot_detect.models")))


def choose_threads(sample_seconds: float = 0.1) -> int:
    """Threads for the model on this machine now: the cores this process may use, less the ones
    other work keeps busy right now (measured over `sample_seconds` from /proc/stat; the 1-minute
    load average where that cannot be read, which lags and counts this process's own recent
    work). On a busy 2-core machine one thread ran twice as fast as two fighting the other
    work for the cores."""
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cores = os.cpu_count() or 1
    busy_share = _busy_share(sample_seconds)
    busy = None if busy_share is None else busy_share * cores
    if busy is None:
        try:
            busy = os.getloadavg()[0]
        except OSError:
            busy = 0.0
    return max(1, min(cores, round(cores - busy)))


def _busy_share(seconds: float) -> float | None:
    """The share (0..1) of the machine's CPU time that was busy over the next `seconds` (None
    off Linux)."""

    def read() -> tuple[int, int]:
        with open("/proc/stat", encoding="ascii") as stat:
            # user nice system idle iowait irq softirq steal (guest time is inside user already)
            fields = [int(x) for x in stat.readline().split()[1:9]]
        return sum(fields), fields[3] + (fields[4] if len(fields) > 4 else 0)  # idle + iowait

    try:
        total0, idle0 = read()
        time.sleep(seconds)
        total1, idle1 = read()
    except (OSError, ValueError, IndexError):
        return None
    elapsed = total1 - total0
    if elapsed <= 0:
        return None
    return 1 - (idle1 - idle0) / elapsed


def choose_providers(requested: str, available: Sequence[str]) -> list[str]:
    if requested not in PROVIDERS:
        raise ModelError(f"unknown provider {requested!r}: expected one of {', '.join(PROVIDERS)}")
    if requested == "cuda":
        if _CUDA not in available:
            raise ModelError(
                "provider 'cuda' asked for, but this onnxruntime has no CUDAExecutionProvider "
                f"(available: {', '.join(available)}); install onnxruntime-gpu on a machine with a GPU"
            )
        return [_CUDA, _CPU]
    if requested == "auto" and _CUDA in available:
        return [_CUDA, _CPU]
    return [_CPU]


class UtteranceModel:
    def __init__(self, options: ModelOptions | None = None) -> None:
        import onnxruntime as ort

        self.options = options or ModelOptions()
        folder = Path(self.options.path) if self.options.path else default_model_dir()
        self.folder = folder
        for name in (MODEL_FILE, TOKENIZER_FILE, LABELS_FILE):
            if not (folder / name).is_file():
                raise ModelError(
                    f"{folder / name}: model file not found; a model folder holds {MODEL_FILE}, "
                    f"{TOKENIZER_FILE} and {LABELS_FILE}, as written by scripts/export_onnx.py"
                )
        self.meta = _read_meta(folder / LABELS_FILE)
        self.labels: list[str] = self.meta["labels"]
        self.thresholds: dict[str, float] = self.meta["thresholds"]
        self.rule_veto: dict[str, float] = rule_vetoes(self.meta.get("rule_veto", 0.0))
        try:
            self.tokenizer = load_tokenizer(folder / TOKENIZER_FILE, int(self.meta["max_length"]))
        except Exception as exc:
            raise ModelError(
                f"{folder / TOKENIZER_FILE}: cannot load the tokenizer: {exc}"
            ) from exc
        if self.meta.get("input_format") != INPUT_FORMAT:
            raise ModelError(
                f"{folder / LABELS_FILE}: field 'input_format': this version reads "
                f"{INPUT_FORMAT!r}, the model was trained on {self.meta.get('input_format')!r}; "
                "retrain or use a matching mot-detect"
            )
        session_options = ort.SessionOptions()
        self.workers = self.options.workers or choose_threads()
        session_options.intra_op_num_threads = self.options.intra_op_threads
        session_options.inter_op_num_threads = self.options.inter_op_threads
        # Spinning threads wait for work by burning a core; on a shared machine that core is
        # taken from the other work, and from the model's own other thread.
        session_options.add_session_config_entry("session.intra_op.allow_spinning", "0")
        session_options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        self.providers = choose_providers(self.options.provider, ort.get_available_providers())
        try:
            self.session = ort.InferenceSession(
                str(folder / MODEL_FILE), session_options, providers=self.providers
            )
        except Exception as exc:  # onnxruntime raises its own exception types for a bad file
            raise ModelError(f"{folder / MODEL_FILE}: cannot load the ONNX model: {exc}") from exc
        outputs = {o.name for o in self.session.get_outputs()}
        if not {"probabilities", "embedding"} <= outputs:
            raise ModelError(
                f"{folder / MODEL_FILE}: expected outputs 'probabilities' and 'embedding', found {sorted(outputs)}"
            )
        self._pool = ThreadPoolExecutor(self.workers, thread_name_prefix="mot-model")
        logger.info(
            "loaded %s with %s, %d worker(s)",
            folder / MODEL_FILE,
            ", ".join(self.session.get_providers()),
            self.workers,
        )

    def predict(self, items: Sequence[ModelInput]) -> list[ModelOutput]:
        """Label probabilities and embeddings, in input order; batched by token length, long
        utterances pooled over their sentence windows (see the module docstring)."""
        if not items:
            return []
        inputs = list(items)
        owner = list(range(len(items)))
        for i, item in enumerate(items):
            for window in sentence_windows(item, self.options.window_words):
                inputs.append(window)
                owner.append(i)
        encodings = tokenize(self.tokenizer, inputs)
        order = sorted(range(len(inputs)), key=lambda i: len(encodings[i].ids))
        size = max(1, self.options.batch_size)
        batches = [order[start : start + size] for start in range(0, len(order), size)]
        probabilities = np.zeros((len(inputs), len(self.labels)), dtype=np.float32)
        embeddings = np.zeros((len(inputs), int(self.meta["embedding_dim"])), dtype=np.float32)

        def run(idx: list[int]) -> None:
            p, e = self.session.run(
                ["probabilities", "embedding"], pad([encodings[i] for i in idx])
            )
            probabilities[idx], embeddings[idx] = p, e

        if len(batches) == 1 or self.workers == 1:
            for idx in batches:
                run(idx)
        else:
            # onnxruntime lets go of the GIL while it runs, so the workers use the cores.
            list(self._pool.map(run, batches))
        pooled = probabilities[: len(items)].copy()
        for i in range(len(items), len(inputs)):
            np.maximum(pooled[owner[i]], probabilities[i], out=pooled[owner[i]])
        return [
            ModelOutput(
                dict(zip(self.labels, (round(float(x), 4) for x in row), strict=True)),
                embeddings[i].copy(),
            )
            for i, row in enumerate(pooled)
        ]

    def embed(self, texts: Sequence[str], speaker: str = "agent") -> np.ndarray:
        return (
            np.stack([o.embedding for o in self.predict([ModelInput(speaker, t) for t in texts])])
            if texts
            else np.zeros((0, int(self.meta["embedding_dim"])), dtype=np.float32)
        )


def rule_vetoes(value: Any) -> dict[str, float]:
    """labels.json's `rule_veto`: one level per label, or one number for all (older models)."""
    try:
        if isinstance(value, dict):
            unknown = set(value) - set(UTTERANCE_LABELS)
            if unknown:
                raise ValueError(f"unknown labels {sorted(unknown)}")
            return {label: float(value.get(label, 0.0)) for label in UTTERANCE_LABELS}
        return dict.fromkeys(UTTERANCE_LABELS, float(value))
    except (TypeError, ValueError) as exc:
        raise ModelError(
            f"field 'rule_veto': expected a number or one number per label, got {value!r}: {exc}"
        ) from exc


# At most this many windows per utterance: an utterance's cost stays bounded however long it is
# (16 windows of 24 words cover the first 384 words; the whole is read too).
MAX_WINDOWS = 16
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def sentence_windows(item: ModelInput, max_words: int) -> list[ModelInput]:
    """The windows a long utterance is also read in: whole sentences packed up to `max_words`
    words (a longer sentence is cut every `max_words` words). Each window's context is the end
    of what came before it: the previous turn for the first, the utterance's own earlier words
    for the rest. None when the utterance is short enough to read whole."""
    words = item.text.split()
    if max_words <= 0 or len(words) <= max_words:
        return []
    pieces: list[list[str]] = []
    for sentence in _SENTENCE_END.split(item.text):
        sentence_words = sentence.split()
        for start in range(0, len(sentence_words), max_words):
            piece = sentence_words[start : start + max_words]
            if pieces and len(pieces[-1]) + len(piece) <= max_words:
                pieces[-1] = pieces[-1] + piece
            else:
                pieces.append(piece)
    windows = []
    before: list[str] = []
    for piece in pieces[:MAX_WINDOWS]:
        context = (
            item.previous if not before else previous_tail(f"{item.speaker}: {' '.join(before)}")
        )
        windows.append(ModelInput(item.speaker, " ".join(piece), context))
        before += piece
    return windows


def _read_meta(path: Path) -> dict[str, Any]:
    try:
        meta = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise ModelError(f"{path}: cannot read the label file: {exc}") from exc
    if not isinstance(meta, dict):
        raise ModelError(f"{path}: expected a JSON object")
    labels = meta.get("labels")
    if labels != list(UTTERANCE_LABELS):
        raise ModelError(
            f"{path}: field 'labels': expected the 16 taxonomy labels in order, got {labels!r}"
        )
    thresholds = meta.get("thresholds")
    if not isinstance(thresholds, dict) or set(thresholds) != set(labels):
        raise ModelError(f"{path}: field 'thresholds': expected one threshold per label")
    for key in ("max_length", "embedding_dim"):
        if not isinstance(meta.get(key), int):
            raise ModelError(f"{path}: field '{key}': expected an integer")
    return meta


@lru_cache(maxsize=4)
def load_model(options: ModelOptions | None = None) -> UtteranceModel:
    """The model for these options, loaded once per process and shared."""
    return UtteranceModel(options)
