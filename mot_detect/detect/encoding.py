"""How an utterance is shown to the learned model: the same in training and at run time.

The utterance, prefixed with its speaker, is the first segment; the end of the previous turn
(its last PREVIOUS_WORDS words, speaker-prefixed) is the second, so that truncation trims the
context before it trims the utterance. The model pools only the first segment, so its sentence
embedding describes the utterance (read in its context). Only the end of the previous turn is
kept because that is what the utterance answers, and a whole turn doubled the tokens per
utterance (29.5 against 15.3 on average) and so halved the model's speed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from mot_detect.detect.text_channel import collapse_spaces, mask_channel_noise

MAX_LENGTH = 128
PREVIOUS_WORDS = 12
INPUT_FORMAT = (
    f"speaker-prefixed utterance [SEP] last {PREVIOUS_WORDS} words of the previous turn, "
    "speaker-prefixed (v2)"
)


@dataclass(frozen=True)
class ModelInput:
    speaker: str
    text: str
    previous: str | None = None  # "agent: ..." or "customer: ...", the turn just before

    @property
    def first(self) -> str:
        return f"{self.speaker}: {self.text}"

    def pair(self) -> str | tuple[str, str]:
        return (self.first, previous_tail(self.previous)) if self.previous else self.first


def model_text(text: str) -> str:
    """What the model reads of a text: text-channel noise (handles, links, sign-offs, emoji)
    left out, spaces tidied; the text itself if nothing else is left."""
    return collapse_spaces(mask_channel_noise(text)) or text


def previous_tail(previous: str, words: int = PREVIOUS_WORDS) -> str:
    """ "speaker: text" cut to the speaker and the last `words` words of the text."""
    speaker, sep, text = previous.partition(": ")
    if not sep:
        speaker, text = "", previous
    tail = text.split()[-words:]
    return f"{speaker}: {' '.join(tail)}" if sep else " ".join(tail)


def load_tokenizer(path: Path, max_length: int = MAX_LENGTH) -> Any:
    """A `tokenizers` tokenizer set to truncate (longest segment first) and not to pad."""
    from tokenizers import Tokenizer

    tokenizer = Tokenizer.from_file(str(path))
    tokenizer.enable_truncation(max_length=max_length, strategy="longest_first")
    tokenizer.no_padding()
    return tokenizer


def tokenize(tokenizer: Any, items: Sequence[ModelInput]) -> list[Any]:
    """Encodings of the items, each segment cut first so the work is linear (see `bounded_segments`)."""
    return tokenizer.encode_batch([bounded_segments(tokenizer, item.pair()) for item in items])


# The tokenizer's pair truncation ("longest_first") takes time quadratic in the tokens it is
# given (20,000 one-character tokens a side: 25 s and gigabytes), and tokenizing a long text only
# to keep 128 tokens of it is waste. So the model reads at most the first READ_WORDS
# whitespace-separated words of a segment, cut again right after its first max_length tokens,
# before the pair is encoded. Truncation only ever keeps a segment's leading tokens, and
# WordPiece splits a word the same way whether or not the text goes on past a token's end, so
# the encoding is exactly what the whole texts give whenever one segment has fewer than
# READ_WORDS words (tests check it); when both are longer, which of them keeps the odd token
# is decided by their first READ_WORDS words rather than by their whole length.
_SHORT = 2 * MAX_LENGTH  # characters below which a pair is passed as it is
READ_WORDS = 4 * MAX_LENGTH
_WORD = re.compile(r"\S+")


def leading_words(text: str, count: int = READ_WORDS) -> str:
    """`text` up to the end of its `count`-th whitespace-separated word."""
    if len(text) <= count:
        return text
    for number, word in enumerate(_WORD.finditer(text), start=1):
        if number == count:
            return text[: word.end()]
    return text


@lru_cache(maxsize=4)
def _untruncated(tokenizer: Any) -> Any:
    from tokenizers import Tokenizer

    clone = Tokenizer.from_str(tokenizer.to_str())
    clone.no_truncation()
    return clone


def bounded_segments(tokenizer: Any, pair: str | tuple[str, str]) -> str | tuple[str, str]:
    """The segment(s) of `pair` cut to what the model reads (see above)."""
    texts = [pair] if isinstance(pair, str) else list(pair)
    if all(len(text) <= _SHORT for text in texts):
        return pair
    limit = tokenizer.truncation["max_length"]
    texts = [leading_words(text) for text in texts]
    encodings = _untruncated(tokenizer).encode_batch(texts, add_special_tokens=False)
    counts = [len(e.ids) for e in encodings]
    cut = []
    for text, encoding, count in zip(texts, encodings, counts, strict=True):
        # The longer segment keeps one token more, so truncation splits the two as it would.
        keep = min(count, limit + (count == max(counts) and counts.count(count) == 1))
        cut.append(text if keep == count else text[: encoding.offsets[keep - 1][1]])
    return cut[0] if isinstance(pair, str) else (cut[0], cut[1])


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
