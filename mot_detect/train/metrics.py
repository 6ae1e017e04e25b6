"""Per-label precision, recall, F1 and threshold tuning, shared by training and evaluation."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def tune_thresholds(
    probabilities: np.ndarray,
    y: np.ndarray,
    labels: Sequence[str],
    grid: Sequence[float] | None = None,
) -> dict[str, float]:
    """Per label, the threshold with the best F1 on these examples (0.5 without positives).
    Ties go to the higher threshold: precision over recall."""
    grid = grid or [round(0.05 * i, 2) for i in range(2, 19)]
    thresholds = {}
    for j, label in enumerate(labels):
        if y[:, j].sum() == 0:
            thresholds[label] = 0.5
            continue
        best = (-1.0, 0.5)
        for t in grid:
            predicted = probabilities[:, j] >= t
            tp = int((predicted & (y[:, j] == 1)).sum())
            fp = int((predicted & (y[:, j] == 0)).sum())
            fn = int((~predicted & (y[:, j] == 1)).sum())
            f1 = prf(tp, fp, fn)[2]
            if f1 >= best[0]:
                best = (f1, t)
        thresholds[label] = best[1]
    return thresholds


def macro_f1(
    predicted: np.ndarray, y: np.ndarray
) -> tuple[float, dict[int, tuple[float, float, float, int]]]:
    """Macro-F1 over the labels with at least one positive, and the per-label figures."""
    per_label = {}
    for j in range(y.shape[1]):
        tp = int((predicted[:, j] & (y[:, j] == 1)).sum())
        fp = int((predicted[:, j] & (y[:, j] == 0)).sum())
        fn = int((~predicted[:, j] & (y[:, j] == 1)).sum())
        per_label[j] = (*prf(tp, fp, fn), int(y[:, j].sum()))
    supported = [v[2] for v in per_label.values() if v[3] > 0]
    return (float(np.mean(supported)) if supported else 0.0), per_label


def per_label_report(
    per_label: dict[int, tuple[float, float, float, int]], labels: Sequence[str]
) -> dict[str, dict[str, float | int]]:
    """`macro_f1`'s per-label figures, keyed by label name, rounded for a report."""
    return {
        labels[j]: {
            "precision": round(p, 3),
            "recall": round(r, 3),
            "f1": round(f, 3),
            "support": n,
        }
        for j, (p, r, f, n) in per_label.items()
    }
