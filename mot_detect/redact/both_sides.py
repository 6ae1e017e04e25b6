"""A card number read out in pieces over several turns, under either speaker's label or both.

A mono recording's diarizer puts some of a caller's turns under the agent's label, so a card read
out in pieces can arrive as "4764 1577" (customer) / "Yep, 4721" (agent) / "5552, expires ..."
(customer); a caller may also break a piece off with words of another language ("three eight
three five czekaj kochanie zaraz two four zero nine"). Joined in the order they were said,
skipping what only repeats the digits before it (a read-back), the pieces make the card. A join
counts only when it is exactly one card in use now (`whole_card`: 15 or 16 digits, an issuer's
start, Luhn-valid), each piece ends its turn, is followed only by a few joining words or was
found as a piece of a card already, and a card was spoken of in the last few utterances.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from mot_detect.redact.card_turns import whole_card
from mot_detect.redact.numbers import MARKER, NumberRun

# How many utterances back a piece may be, and a card spoken of, for the join to count.
_REACH = 8
_MOST_PIECES = 12  # a card is at most eight pieces, with read-backs between them
# What may come after a piece before the next number or the end of the turn: "5552, expires
# 06/27", "eight nine nine seven and the last one eight five oh", "5993. Yep.". A run followed by
# other words is something else ("six hundred and fourteen rupees per kg", "seats three seven c").
_AFTER_A_PIECE = frozenset(
    "and then the last next bit block group sorry um uh er erm ah yeah yep yes okay ok so "
    "expires expiry exp code cvv security is it's that's it mm hmm mm-hmm got that right".split()
)
_MOST_WORDS_AFTER = 5


def said_as_piece(text: str, end: int, next_start: int) -> bool:
    """Whether a number ending at `end` is said as a piece of a value: nothing but a few words
    of `_AFTER_A_PIECE` (and a transcriber's markers, "[crosstalk]") after it, up to
    `next_start` (the next number, or the end of the turn)."""
    words = re.findall(r"[a-z'-]+", MARKER.sub(" ", text[end:next_start]).lower())
    return len(words) <= _MOST_WORDS_AFTER and all(w in _AFTER_A_PIECE for w in words)


@dataclass
class PiecesOnBothSides:
    """The digit runs of the last few utterances, of both speakers, in the order said."""

    said: list[tuple[int, str, NumberRun]] = field(default_factory=list)
    card_spoken_at: int | None = None  # the last utterance that spoke of a card

    def add(self, index: int, speaker: str, runs: list[NumberRun], card_spoken: bool) -> None:
        if card_spoken:
            self.card_spoken_at = index
        self.said = [s for s in self.said if index - s[0] <= _REACH]
        self.said += [(index, speaker, r) for r in runs if len(r.digits) >= 2]
        del self.said[:-_MOST_PIECES]

    def card(self, index: int) -> tuple[str, list[tuple[int, NumberRun]]] | None:
        """The digits of a card that runs of utterance `index` complete, and its pieces with
        their utterances (read-backs between them included); None if they complete none."""
        if self.card_spoken_at is None or index - self.card_spoken_at > _REACH:
            return None
        ends = [end for end in range(1, len(self.said) + 1) if self.said[end - 1][0] == index]
        for end in ends:
            for first in range(end):
                joined = self._joined(self.said[first:end])
                if joined is not None:
                    self.said = self.said[end:]
                    return joined
        return None

    @staticmethod
    def _joined(
        said: list[tuple[int, str, NumberRun]],
    ) -> tuple[str, list[tuple[int, NumberRun]]] | None:
        digits, speakers = "", set()
        for _, speaker, run in said:
            if not (len(run.digits) >= 3 and digits.endswith(run.digits)):  # not a read-back
                digits += run.digits[_said_again(digits, run.digits) :]
                speakers.add(speaker)
            if len(digits) > 16:
                return None
        if not whole_card(digits):
            return None
        return digits, [(at, run) for at, _, run in said]


def _said_again(digits: str, piece: str) -> int:
    """How many digits at the start of `piece` say again the block of four that `digits` end
    on ("... four five two" / "from the third bit" / "oh four five two nine oh six six")."""
    block = piece[:4]
    return 4 if len(piece) > 4 and len(digits) >= 4 and digits.endswith(block) else 0
