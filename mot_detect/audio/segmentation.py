"""Whisper's segments of one channel -> utterances that follow the conversation.

Whisper segments by its own 30 s decoding windows, not by who is talking: decoded over the
concatenated speech regions, one segment can run from an account number said at 6 s to a
complaint said at 20 s, after the other party spoke in between, and be timed at the first. An
utterance here is a run of words with no pause longer than `max_pause` seconds inside one VAD
speech region, timed by its own first and last word. Pieces of one Whisper segment can become
several utterances, and several short segments said without a pause become one.

`UtteranceSplitter` takes segments as they are decoded and gives back each utterance once a
later word (or `close_before`, when the audio is known to be silent up to a time) shows that the
speaker paused. `split_segments` runs it over the segments of one stretch (stretches.py).
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field

from mot_detect.audio.asr import AsrSegment, Word

# Longer than the gaps between words and between the sentences of one turn, shorter than
# the other party's reply.
MAX_PAUSE_SECONDS = 1.0

Region = tuple[float, float]  # seconds


@dataclass
class SpokenUtterance:
    """Consecutive words of one channel, with no long pause and no VAD region edge inside."""

    start: float
    end: float
    text: str
    words: list[Word] = field(default_factory=list)


def _joined(words: list[Word]) -> str:
    return " ".join("".join(word.word for word in words).split())


class UtteranceSplitter:
    """Splits one channel's segments, given in time order, into `SpokenUtterance`s.

    `regions`: the channel's VAD speech regions in seconds, in order, known so far (a live
    caller passes them as it finds them). A word belongs to the region holding its middle and
    is clipped to that region: faster-whisper maps times back from the concatenated regions,
    and a word decoded across a joint can otherwise start before its region did. `lead_in`: the
    silence VAD pads each region with; Whisper puts a region's first word at the region's
    start, so without this an utterance would start that much before it was said."""

    def __init__(self, max_pause: float = MAX_PAUSE_SECONDS, lead_in: float = 0.0) -> None:
        self.max_pause = max_pause
        self.lead_in = lead_in
        self._words: list[Word] = []
        self._region: Region | None = None
        # The start times of the regions last passed, kept while the same list comes back.
        self._regions: Sequence[Region] = ()
        self._starts: list[float] = []

    def add(self, segment: AsrSegment, regions: Sequence[Region] = ()) -> list[SpokenUtterance]:
        """The utterances `segment` completes (those before a pause or region edge in it)."""
        done: list[SpokenUtterance] = []
        # Whisper's words start with their space; a segment without words is one "word".
        words = segment.words or [Word(segment.start, segment.end, f" {segment.text}", 1.0)]
        # A live caller may pass the same list, grown: compare the length too.
        if regions is not self._regions or len(regions) != len(self._starts):
            self._regions, self._starts = regions, [start for start, _ in regions]
        starts = self._starts
        for word in words:
            region = _region_of(word, regions, starts)
            if region is not None:
                low, high = region
                # Never past the word's middle: a late VAD onset must not swallow the word.
                floor = min(low + self.lead_in, (word.start + word.end) / 2)
                start = min(max(word.start, floor), high)
                word = Word(start, min(max(word.end, start), high), word.word, word.probability)
            if self._words and (
                word.start - self._words[-1].end > self.max_pause or region != self._region
            ):
                done.extend(self.flush())
            if not self._words:
                self._region = region
            self._words.append(word)
        return done

    def close_before(self, time: float) -> list[SpokenUtterance]:
        """The utterance in progress, if the channel has been silent from its last word up to
        `time` for longer than the pause that ends an utterance."""
        if self._words and time - self._words[-1].end > self.max_pause:
            return self.flush()
        return []

    def flush(self) -> list[SpokenUtterance]:
        """The utterance in progress, whatever follows (the end of the audio or of a window)."""
        words, self._words, self._region = self._words, [], None
        text = _joined(words)
        if not text:
            return []
        return [SpokenUtterance(words[0].start, max(w.end for w in words), text, words)]


def _region_of(word: Word, regions: Sequence[Region], starts: list[float]) -> Region | None:
    """The region holding the word's middle, or None when none does (a word VAD did not hear
    as speech keeps its own times). Regions are told apart by their times, not their place in
    the list, so a live caller may pass only the recent ones."""
    middle = (word.start + word.end) / 2
    index = bisect.bisect_right(starts, middle) - 1
    if index < 0 or middle > regions[index][1]:
        return None
    return regions[index]


def split_segments(
    segments: Iterable[AsrSegment],
    regions: Sequence[Region] = (),
    max_pause: float = MAX_PAUSE_SECONDS,
    lead_in: float = 0.0,
) -> Iterator[SpokenUtterance]:
    """The utterances of one channel's segments (in time order), lazily."""
    splitter = UtteranceSplitter(max_pause, lead_in)
    for segment in segments:
        yield from splitter.add(segment, regions)
    yield from splitter.flush()
