"""How an utterance is shown to the learned model: the same in training and at run time.

The utterance, prefixed with its speaker, is the first segment; the previous turn is the second,
so that truncation trims the context before it trims the utterance. The model pools only the
first segment, so its sentence embedding describes the utterance (read in its context).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

MAX_LENGTH = 128
INPUT_FORMAT = "speaker-prefixed utterance [SEP] previous turn (v1)"


@dataclass(frozen=True)
class ModelInput:
    speaker: str
    text: str
    previous: str | None = None  # "agent: ..." or "customer: ...", the turn just before

    @property
    def first(self) -> str:
        return f"{self.speaker}: {self.text}"

    def pair(self) -> str | tuple[str, str]:
        return (self.first, self.previous) if self.previous else self.first


def load_tokenizer(path: Path, max_length: int = MAX_LENGTH) -> Any:
    """A `tokenizers` tokenizer set to truncate (longest segment first) and not to pad."""
    from tokenizers import Tokenizer

    tokenizer = Tokenizer.from_file(str(path))
    tokenizer.enable_truncation(max_length=max_length, strategy="longest_first")
    tokenizer.no_padding()
    return tokenizer


def tokenize(tokenizer: Any, items: Sequence[ModelInput]) -> list[Any]:
    return tokenizer.encode_batch([item.pair() for item in items])


def pad(encodings: Sequence[Any]) -> dict[str, np.ndarray]:
    """Token ids, attention mask and segment ids, padded to the longest of the batch."""
    width = max(len(e.ids) for e in encodings)
    input_ids = np.zeros((len(encodings), width), dtype=np.int64)
    attention_mask = np.zeros((len(encodings), width), dtype=np.int64)
    token_type_ids = np.zeros((len(encodings), width), dtype=np.int64)
    for row, encoding in enumerate(encodings):
        length = len(encoding.ids)
        input_ids[row, :length] = encoding.ids
        attention_mask[row, :length] = 1
        token_type_ids[row, :length] = encoding.type_ids
    return {
        "input_ids": input_ids,
        "attention_mask": attention_mask,
        "token_type_ids": token_type_ids,
    }
