"""The stated limits on what one input may hold, so that no file can exhaust the scorer.

Each limit is far above anything a real contact-center export holds; an input beyond one gets
an `InputError` naming the file, line and field (or, for an over-long utterance, is split), never
a crash. The README's "Limits" section lists the same numbers.
"""

from __future__ import annotations

#: Arrays and objects nested deeper than this anywhere in a JSON call (metadata included).
MAX_JSON_DEPTH = 64

#: Digits in one JSON integer literal (Python refuses to read more than 4,300 on its own).
MAX_INTEGER_DIGITS = 64

#: Characters in a JSON number literal of any kind (floats, exponents).
MAX_NUMBER_CHARS = 100

#: Bytes in one JSON document read whole (a .json file or one JSON Lines line).
MAX_DOCUMENT_BYTES = 256 * 1024 * 1024

#: Utterances in one call.
MAX_CALL_UTTERANCES = 200_000

#: Characters of one utterance scored as a unit; a longer one is scored as consecutive pieces
#: of at most this length, split at a sentence or word boundary (with a warning).
MAX_UTTERANCE_CHARS = 100_000

#: Seconds from the start of a call that an utterance's start or end may name (about 11 days).
MAX_TIME_SECONDS = 1_000_000.0

#: Characters of a call_id.
MAX_CALL_ID_CHARS = 256

#: Characters of a bad value quoted in an error message; the rest is elided.
MAX_QUOTED_CHARS = 80


def shorten(text: str, limit: int = MAX_QUOTED_CHARS) -> str:
    """`text`, cut to about `limit` characters (saying how long it was) so a message stays short."""
    if len(text) <= limit:
        return text
    return f"{text[: max(1, limit - 24)]}… ({len(text):,} characters)"


def quote(value: object, limit: int = MAX_QUOTED_CHARS) -> str:
    """`repr(value)`, shortened to about `limit` characters so an error message stays readable."""
    if isinstance(value, int) and value.bit_length() > 4 * limit:
        # Python refuses to write an int of more than 4,300 digits; the length says enough.
        return f"an integer of about {int(value.bit_length() * 0.30103):,} digits"
    return shorten(repr(value), limit)
