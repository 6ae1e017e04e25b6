"""Training examples and batching."""

from __future__ import annotations

import json
import random
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from mot_detect.detect.encoding import ModelInput, model_text, pad, tokenize
from mot_detect.labels import UTTERANCE_LABELS


def read_examples(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def model_input(row: dict[str, Any]) -> ModelInput:
    """A training row as the model reads it at run time (pipeline.model_input)."""
    previous = row.get("previous")
    if previous:
        speaker, sep, text = previous.partition(": ")
        previous = f"{speaker}: {model_text(text)}" if sep else model_text(previous)
    return ModelInput(speaker=row["speaker"], text=model_text(row["text"]), previous=previous)


def targets(rows: Sequence[dict[str, Any]], labels: Sequence[str] = UTTERANCE_LABELS) -> np.ndarray:
    index = {label: i for i, label in enumerate(labels)}
    y = np.zeros((len(rows), len(labels)), dtype=np.float32)
    for r, row in enumerate(rows):
        for label in row["labels"]:
            y[r, index[label]] = 1.0
    return y


def bucketed_batches(
    encodings: Sequence[Any], batch_size: int, rng: random.Random
) -> Iterator[list[int]]:
    """Shuffled batches of similar length (less padding, faster steps): shuffle, cut into chunks of
    50 batches, sort each chunk by length, batch it, shuffle the batches."""
    order = list(range(len(encodings)))
    rng.shuffle(order)
    batches = []
    chunk = batch_size * 50
    for start in range(0, len(order), chunk):
        part = sorted(order[start : start + chunk], key=lambda i: len(encodings[i].ids))
        batches += [part[i : i + batch_size] for i in range(0, len(part), batch_size)]
    rng.shuffle(batches)
    yield from batches


def batch_arrays(encodings: Sequence[Any], indices: Sequence[int]) -> dict[str, np.ndarray]:
    return pad([encodings[i] for i in indices])


__all__ = [
    "batch_arrays",
    "bucketed_batches",
    "model_input",
    "pad",
    "read_examples",
    "targets",
    "tokenize",
]
