"""Concern patterns (patterns/concerns.jsonl): whether a customer utterance raises something an
agent could help with, so that a stock apology after it may be canned empathy."""

from __future__ import annotations

from pathlib import Path

from mot_detect.detect.linear_regex import LinearRegex
from mot_detect.detect.rules import builtin_path, compile_regex, load_macros, read_jsonl_records
from mot_detect.errors import PatternError

ROLES = ("concern", "not")


class ConcernPatterns:
    def __init__(self, concerns: list[LinearRegex], exceptions: list[LinearRegex]) -> None:
        self.concerns = concerns
        self.exceptions = exceptions

    @classmethod
    def load(cls, path: Path | None = None) -> ConcernPatterns:
        path = path or builtin_path("concerns.jsonl")
        macros = load_macros()
        by_role: dict[str, list[LinearRegex]] = {role: [] for role in ROLES}
        for number, record in read_jsonl_records(path):
            where = f"{path}:{number}"
            role = record.get("role", "concern")
            if role not in ROLES:
                raise PatternError(f"{where}: field 'role': expected one of {', '.join(ROLES)}")
            by_role[role].append(compile_regex(record, macros, where))
        return cls(by_role["concern"], by_role["not"])

    def search(self, text: str) -> bool:
        for regex in self.exceptions:
            for found in list(regex.finditer(text)):
                start, end = found.start(), found.end()
                text = text[:start] + " " * (end - start) + text[end:]
        return any(regex.search(text) for regex in self.concerns)
