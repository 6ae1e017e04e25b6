"""Inputs that made the matching super-linear (issue 9), as generators: the fuzz suite and
benchmarks/bench_pathological.py import them. Each takes a size in characters."""

from __future__ import annotations

import random
import string
from collections.abc import Callable


def no_space_word(size: int) -> str:
    rng = random.Random(9)
    return "".join(rng.choice(string.ascii_lowercase) for _ in range(size))


def digits(size: int) -> str:
    return ("1234567890" * (size // 10 + 1))[:size]


def dots(size: int) -> str:
    return "." * size


def dashes(size: int) -> str:
    return "-" * size


def repeated_5pm(size: int) -> str:
    return ("5pm" * (size // 3 + 1))[:size]


def email_like(size: int) -> str:
    return ("a.b+c-d" * (size // 7 + 1))[:size] + "@x"


def digit_dashes(size: int) -> str:
    return ("1-" * (size // 2 + 1))[:size]


def id_like(size: int) -> str:
    return ("AB-" * (size // 3 + 1))[:size]  # a long ID-shaped run with no digit


def mention_then_colons(size: int) -> str:
    return "my address " + (": " * (size // 2))[:size]


def spaces_after_deadline(size: int) -> str:
    return "by " + " " * size + "x"


def ordinary_words(size: int) -> str:
    rng = random.Random(9)
    words = (
        "the customer said i need this fixed by friday my account number is on the letter".split()
    )
    out = " ".join(rng.choice(words) for _ in range(size // 4 + 1))
    return out[:size]


def time_expressions(size: int) -> str:
    return ("by 5pm tomorrow, in two hours, friday at noon. " * (size // 48 + 1))[:size]


def accented_word(size: int) -> str:
    return ("é" * size)[:size]


PATHOLOGICAL: dict[str, Callable[[int], str]] = {
    "no_space_word": no_space_word,
    "digits": digits,
    "dots": dots,
    "dashes": dashes,
    "repeated_5pm": repeated_5pm,
    "email_like": email_like,
    "digit_dashes": digit_dashes,
    "id_like": id_like,
    "mention_then_colons": mention_then_colons,
    "spaces_after_deadline": spaces_after_deadline,
    "accented_word": accented_word,
    "time_expressions": time_expressions,
    "ordinary_words": ordinary_words,
}
