"""A company's own script lines, caught by pattern and by meaning.

A scripts file is plain text, one script line per line, each with the agent label it belongs to:

    # our hold and refusal scripts
    hold_script: Thanks so much for your patience while I review your account
    policy_refusal: Per our terms of service, refunds are only available within 30 days

Each line becomes a phrase pattern (its exact words, any spacing or case) and, when the learned
model is in use, an embedding: an agent utterance whose embedding is close enough to a script
line's (cosine similarity at or above the threshold) gets that line's label, so paraphrases
("thank you for bearing with me while I look over the account") are caught too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from mot_detect.detect.linear_regex import compile_linear
from mot_detect.detect.rules import Pattern, phrase_to_regex
from mot_detect.errors import PatternError
from mot_detect.labels import AGENT_LABELS
from mot_detect.types import LabelScore

DEFAULT_SIMILARITY = 0.8
# The text is taken whole and stripped in Python: a lazy `(\S.*?)\s*$` retries the trailing
# `\s*` at every character of a long run of spaces (quadratic: 25 s for 60,000 of them).
_LINE = re.compile(r"\s*(?P<label>[a-z_]+)\s*(?::|\t)(?P<text>.*)")


@dataclass(frozen=True)
class ScriptLine:
    label: str
    text: str
    origin: str


def read_script_lines(path: Path) -> list[ScriptLine]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise PatternError(f"{path}: cannot read scripts file: {exc}") from exc
    found = []
    for number, line in enumerate(lines, start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        match = _LINE.match(line)
        text = match["text"].strip() if match else ""
        if not text:
            raise PatternError(
                f"{path}:{number}: expected 'label: script line', e.g. 'hold_script: Please hold'"
            )
        if match["label"] not in AGENT_LABELS:
            raise PatternError(
                f"{path}:{number}: unknown agent label {match['label']!r}: expected one of {', '.join(AGENT_LABELS)}"
            )
        found.append(ScriptLine(match["label"], text, f"{path}:{number}"))
    if not found:
        raise PatternError(f"{path}: no script lines found")
    return found


def script_patterns(lines: list[ScriptLine], score: float = 0.9) -> list[Pattern]:
    return [
        Pattern(
            id=f"script:{line.origin}",
            label=line.label,
            regex=compile_linear(phrase_to_regex(line.text), re.IGNORECASE),
            score=score,
            speakers=frozenset({"agent", "unknown"}),
            exclude=None,
            origin=line.origin,
        )
        for line in lines
    ]


class ScriptEmbeddings:
    """Script lines and their embeddings; `match` finds the lines an utterance paraphrases."""

    def __init__(
        self, lines: list[ScriptLine], embeddings: np.ndarray, threshold: float = DEFAULT_SIMILARITY
    ) -> None:
        self.lines = lines
        self.embeddings = embeddings
        self.threshold = threshold

    def match(self, embedding: np.ndarray) -> list[LabelScore]:
        if not self.lines:
            return []
        similarities = self.embeddings @ embedding
        best: dict[str, LabelScore] = {}
        for line, similarity in zip(self.lines, similarities, strict=True):
            similarity = float(similarity)
            if similarity >= self.threshold and similarity > (
                best[line.label].score if line.label in best else 0.0
            ):
                best[line.label] = LabelScore(
                    line.label,
                    round(similarity, 4),
                    "script",
                    None,
                    f"script:{line.origin}",
                    {"script": line.text},
                )
        return list(best.values())
