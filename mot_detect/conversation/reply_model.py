"""Whether an agent reply addresses a pending customer cue: a small learned decision.

Word overlap alone gets this wrong both ways: a reply that repeats an incidental word of the cue
("I see you bought the protection plan with the fridge", for insulin that must stay cold) is not
an answer to it, and a reply that acts on the need in its own words ("I'm sending it to the
letters team now, marked urgent") is. The tracker (conversation/cues.py) gathers what the rules
see in a reply for one cue (`ReplyEvidence`: echoed words, acknowledgement patterns, script
labels, refusals, redirects, offers) and this module weighs that evidence together with the
utterance model's embeddings of the cue and the reply, by logistic regression, and overrules the
rules only where it is sure (`ReplyModel.veto`, `ReplyModel.accept`).

The weights live beside the utterance model, in `reply.json` of the model folder, because they
read its embeddings: `scripts/train_reply.py` fits them on hand-judged (cue, reply) pairs and
chooses the veto and accept levels on the dev calls' call-level gold. A model folder without
`reply.json` (or the rules engine, which has no embeddings) leaves the decision to the rules.
"""

from __future__ import annotations

import json
import logging
import math
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from mot_detect.detect.model import ModelError

logger = logging.getLogger("mot_detect")

REPLY_MODEL_FILE = "reply.json"
REPLY_MODEL_FORMAT = 1
# Script labels of the reply that say something about whether it engages.
REPLY_LABELS = (
    "canned_empathy",
    "hold_script",
    "policy_refusal",
    "blame_customer",
    "transfer",
    "reverification",
)
EVIDENCE_FEATURES = (
    "core_echo",
    "context_echo",
    "any_echo",
    "similarity",
    "pattern",
    "action",
    "handoff",
    "redirect",
    "emergency",
    "in_time_offer",
    "offer",
    "question",
    *(f"label_{label}" for label in REPLY_LABELS),
    "no_label",
)
_ECHO_CAP = 3


@dataclass(frozen=True)
class ReplyEvidence:
    """What the rules see in one agent reply for one pending cue."""

    core_echo: int
    context_echo: int
    similarity: float
    pattern: bool
    action: bool
    handoff: bool
    redirect: bool
    emergency: bool
    offer: str | None  # "in_time", "late" or None (no comparable offer)
    question: bool
    labels: frozenset[str]

    def vector(self) -> np.ndarray:
        values = [
            min(self.core_echo, _ECHO_CAP) / _ECHO_CAP,
            min(self.context_echo, _ECHO_CAP) / _ECHO_CAP,
            float(self.core_echo + self.context_echo > 0),
            self.similarity,
            float(self.pattern),
            float(self.action),
            float(self.handoff),
            float(self.redirect),
            float(self.emergency),
            float(self.offer == "in_time"),
            float(self.offer is not None),
            float(self.question),
            *(float(label in self.labels) for label in REPLY_LABELS),
            float(not self.labels),
        ]
        return np.asarray(values, dtype=np.float32)


def pair_features(
    evidence: ReplyEvidence, cue_embedding: np.ndarray, reply_embedding: np.ndarray
) -> np.ndarray:
    """The model's input: the evidence, then the element-wise product of the two embeddings
    (which dimensions of meaning the reply shares with the cue)."""
    return np.concatenate([evidence.vector(), (cue_embedding * reply_embedding).astype(np.float32)])


@dataclass(frozen=True)
class ReplyModel:
    """Logistic regression over standardised `pair_features`. It overrules the rules only where
    it is sure: a reply the rules found addressing the cue is not when the probability is under
    `veto`; one they did not find is when it reaches `accept` (both chosen on the dev calls; a
    veto of 0 and an accept above 1 leave every decision to the rules)."""

    mean: np.ndarray
    scale: np.ndarray
    weights: np.ndarray
    bias: float
    veto: float
    accept: float
    meta: dict[str, object]

    def probability(self, features: np.ndarray) -> float:
        z = float(((features - self.mean) / self.scale) @ self.weights) + self.bias
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    @classmethod
    def load(cls, folder: Path, embedding_dim: int) -> ReplyModel | None:
        """The reply model of a model folder, or None when it has none. A file that is there but
        wrong is an error naming the file and the field."""
        path = Path(folder) / REPLY_MODEL_FILE
        if not path.is_file():
            logger.info("%s not found: the rules decide whether replies address cues", path)
            return None
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise ModelError(f"{path}: not readable as JSON ({exc})") from exc
        if not isinstance(data, dict):
            raise ModelError(f"{path}: expected a JSON object")
        if data.get("format") != REPLY_MODEL_FORMAT:
            raise ModelError(
                f"{path}: field 'format': expected {REPLY_MODEL_FORMAT}, got {data.get('format')!r}"
            )
        features = data.get("evidence_features")
        if not isinstance(features, list) or features != list(EVIDENCE_FEATURES):
            raise ModelError(
                f"{path}: field 'evidence_features': written for other features than this "
                "version reads; retrain with scripts/train_reply.py"
            )
        size = len(EVIDENCE_FEATURES) + embedding_dim
        arrays = {}
        for name in ("mean", "scale", "weights"):
            value = data.get(name)
            expected = (
                f"{path}: field {name!r}: expected a list of {size} finite numbers "
                f"({len(EVIDENCE_FEATURES)} evidence features and an embedding of {embedding_dim})"
            )
            if not isinstance(value, list) or len(value) != size:
                raise ModelError(expected)
            try:
                array = np.asarray(value, dtype=np.float32)
            except (TypeError, ValueError) as exc:
                raise ModelError(expected) from exc
            if array.ndim != 1 or not np.all(np.isfinite(array)):
                raise ModelError(expected)
            arrays[name] = array
        if np.any(arrays["scale"] <= 0):
            raise ModelError(f"{path}: field 'scale': every entry must be positive")
        for name in ("bias", "veto", "accept"):
            value = data.get(name)
            if not isinstance(value, int | float) or isinstance(value, bool):
                raise ModelError(f"{path}: field {name!r}: expected a number")
            if not math.isfinite(value):
                raise ModelError(f"{path}: field {name!r}: expected a finite number")
        if not 0.0 <= float(data["veto"]) <= 1.0:
            raise ModelError(f"{path}: field 'veto': expected a number from 0 to 1")
        if not float(data["veto"]) < float(data["accept"]):
            raise ModelError(f"{path}: field 'accept': expected a number above 'veto'")
        return cls(
            mean=arrays["mean"],
            scale=arrays["scale"],
            weights=arrays["weights"],
            bias=float(data["bias"]),
            veto=float(data["veto"]),
            accept=float(data["accept"]),
            meta={k: v for k, v in data.items() if k not in ("mean", "scale", "weights")},
        )
