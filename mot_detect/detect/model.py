"""The learned utterance model at run time: onnxruntime and tokenizers, nothing else.

One encoder pass per utterance gives the probability of each label and the utterance's sentence
embedding (which the conversation layer and company-script matching compare). The session is
built once per (folder, provider, threads) and reused across calls; inputs are batched by length
(length bucketing) so that a batch pads to its own longest member, not the call's.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np

from mot_detect.detect.encoding import ModelInput, load_tokenizer, pad, tokenize
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
    `intra_op_threads`: threads inside an operator (0: onnxruntime decides); `batch_size`:
    utterances per inference batch."""

    path: Path | None = None
    provider: str = "auto"
    intra_op_threads: int = 0
    inter_op_threads: int = 1
    batch_size: int = 32


@dataclass(frozen=True)
class ModelOutput:
    probabilities: dict[str, float]
    embedding: np.ndarray


def default_model_dir() -> Path:
    return Path(str(resources.files("mot_detect.models")))


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
        self.rule_veto: float = float(self.meta.get("rule_veto", 0.0))
        try:
            self.tokenizer = load_tokenizer(folder / TOKENIZER_FILE, int(self.meta["max_length"]))
        except Exception as exc:
            raise ModelError(
                f"{folder / TOKENIZER_FILE}: cannot load the tokenizer: {exc}"
            ) from exc
        session_options = ort.SessionOptions()
        session_options.intra_op_num_threads = self.options.intra_op_threads
        session_options.inter_op_num_threads = self.options.inter_op_threads
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
        logger.info(
            "loaded %s with %s", folder / MODEL_FILE, ", ".join(self.session.get_providers())
        )

    def predict(self, items: Sequence[ModelInput]) -> list[ModelOutput]:
        """Label probabilities and embeddings, in input order; batched by token length."""
        if not items:
            return []
        encodings = tokenize(self.tokenizer, items)
        order = sorted(range(len(items)), key=lambda i: len(encodings[i].ids))
        probabilities = np.zeros((len(items), len(self.labels)), dtype=np.float32)
        embeddings = np.zeros((len(items), int(self.meta["embedding_dim"])), dtype=np.float32)
        size = max(1, self.options.batch_size)
        for start in range(0, len(order), size):
            idx = order[start : start + size]
            p, e = self.session.run(
                ["probabilities", "embedding"], pad([encodings[i] for i in idx])
            )
            probabilities[idx], embeddings[idx] = p, e
        return [
            ModelOutput(
                dict(zip(self.labels, (round(float(x), 4) for x in row), strict=True)),
                embeddings[i],
            )
            for i, row in enumerate(probabilities)
        ]

    def embed(self, texts: Sequence[str], speaker: str = "agent") -> np.ndarray:
        return (
            np.stack([o.embedding for o in self.predict([ModelInput(speaker, t) for t in texts])])
            if texts
            else np.zeros((0, int(self.meta["embedding_dim"])), dtype=np.float32)
        )


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
