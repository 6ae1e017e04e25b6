"""Over-long utterances, scored as consecutive pieces so the work per utterance stays bounded.

No one speaks 100,000 characters (well over an hour) without a pause; an utterance that long is
a transcript whose turns were never split (a whole channel in one field, a pasted document).
Matching is linear in any case; the pieces bound what one utterance holds in the conversation
layer, and give the model (which reads an utterance's first 128 tokens) one look per piece
instead of one for the whole text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from mot_detect.limits import MAX_UTTERANCE_CHARS
from mot_detect.types import Utterance

_SENTENCE_END = re.compile(r"[.?!…][\"')\]]*\s+")
_SPACE = re.compile(r"\s+")


def split_points(text: str, limit: int = MAX_UTTERANCE_CHARS) -> Iterator[tuple[int, int]]:
    """(start, end) of each piece of `text`: at most `limit` characters, cut after the last
    sentence end in the second half of the window, else at the last space, else hard."""
    start = 0
    while len(text) - start > limit:
        window_end = start + limit
        cut = _last_match_end(_SENTENCE_END, text, start + limit // 2, window_end)
        if cut is None:
            cut = _last_match_end(_SPACE, text, start + 1, window_end) or window_end
        yield start, cut
        start = cut
    yield start, len(text)


def _last_match_end(pattern: re.Pattern[str], text: str, low: int, high: int) -> int | None:
    last = None
    for found in pattern.finditer(text, low, high):
        last = found.end()
    return last


def split_utterance(utterance: Utterance, limit: int = MAX_UTTERANCE_CHARS) -> list[Utterance]:
    """`utterance` itself when short enough, else its pieces (same speaker; a reviewer's gold
    labels on the first piece only, so evaluation counts them once; times shared out by
    character position when the utterance has both start and end)."""
    if len(utterance.text) <= limit:
        return [utterance]
    total = len(utterance.text)
    pieces = []
    for begin, end in split_points(utterance.text, limit):
        start, stop = utterance.start, utterance.end
        if utterance.start is not None and utterance.end is not None:
            span = utterance.end - utterance.start
            start = utterance.start + span * begin / total
            stop = utterance.start + span * end / total
        pieces.append(
            Utterance(
                speaker=utterance.speaker,
                text=utterance.text[begin:end].strip(),
                start=start,
                end=stop,
                gold=utterance.gold if not pieces else None,
            )
        )
    return pieces
