"""The rule layer: patterns kept as JSON Lines data files, matched against utterances.

A pattern file holds one JSON object per line:

    {"id": "deadline.by_time", "label": "deadline", "pattern": "\\bby {TIME}", "score": 0.9}

Fields: `label` (a label of the taxonomy), exactly one of `pattern` (a Python regular expression,
matched case-insensitively; `{NAME}` expands a macro of `macros.json`) or `phrase` (plain words,
matched whole and case-insensitively, any spacing), and optionally `id`, `score` (0..1, default
0.8), `speaker` (`customer`, `agent`, `ivr` or `any`; default: `customer` for cues, `agent` for
agent labels) and `exclude` (a regular expression that, found in the same sentence as the match, stops
the pattern from firing: the place for near-misses such as negations).

Users add their own files (their company's scripts and phrases) with `--patterns`.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from importlib import resources
from pathlib import Path
from typing import Any

from mot_detect.detect.linear_regex import LinearRegex, UnsafePatternError, compile_linear
from mot_detect.detect.prefilter import pattern_keys, word_start_keys
from mot_detect.errors import PatternError
from mot_detect.io.bounded_json import JsonLimitError, find_out_of_range, loads
from mot_detect.labels import UTTERANCE_LABELS, is_cue
from mot_detect.types import LabelScore

logger = logging.getLogger("mot_detect")

BUILTIN_LABEL_FILES: tuple[str, ...] = ("customer_cues.jsonl", "agent_scripts.jsonl")
_MACRO = re.compile(r"\{([A-Z][A-Z0-9_]*)\}")
_FLAGS = re.IGNORECASE
# What parsing or compiling a hostile pattern raises besides re.error: nesting deeper than the
# parser's recursion ("((((...a))))"), a repeat count past the C limit (a{4294967295}).
_REGEX_LIMIT_ERRORS = (RecursionError, OverflowError, ValueError, MemoryError)


@dataclass(frozen=True)
class Pattern:
    id: str
    label: str
    regex: LinearRegex
    score: float
    speakers: frozenset[str]
    exclude: LinearRegex | None
    origin: str
    # False where the dev data shows the pattern right more often than the model's denial of it
    # (a stock formula the model reads as help because a sentence about the matter follows).
    model_veto: bool = True


def builtin_path(name: str) -> Path:
    return Path(str(resources.files("mot_detect.detect") / "patterns" / name))


def load_macros(path: Path | None = None) -> dict[str, str]:
    path = path or builtin_path("macros.json")
    try:
        raw = loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as exc:  # JSONDecodeError, JsonLimitError
        raise PatternError(f"{path}: cannot load macros: {exc}") from exc
    if not isinstance(raw, dict):
        raise PatternError(f"{path}: expected a JSON object of macro names and patterns")
    macros: dict[str, str] = {}
    for name, value in raw.items():
        if name.startswith("_"):
            continue
        if isinstance(value, list) and all(isinstance(v, str) for v in value):
            value = "|".join(value)
        if not isinstance(value, str):
            raise PatternError(
                f"{path}: macro {name!r}: expected a pattern or a list of patterns (strings)"
            )
        macros[name] = value
    return macros


def expand_macros(pattern: str, macros: dict[str, str], where: str, depth: int = 0) -> str:
    if depth > 8:
        raise PatternError(f"{where}: macros nest too deeply (a macro refers to itself?)")

    def replace(match: re.Match[str]) -> str:
        name = match[1]
        if name not in macros:
            known = ", ".join(sorted(macros))
            raise PatternError(f"{where}: unknown macro {{{name}}}: expected one of {known}")
        return "(?:" + expand_macros(macros[name], macros, where, depth + 1) + ")"

    return _MACRO.sub(replace, pattern)


def phrase_to_regex(phrase: str) -> str:
    words = [re.escape(w) for w in phrase.split()]
    return r"\b" + r"[\s,]+".join(words) + r"\b"


def read_jsonl_records(path: Path) -> Iterable[tuple[int, dict[str, Any]]]:
    """Yield (line number, object) for each non-blank, non-comment line of a JSON Lines file."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise PatternError(f"{path}: cannot read pattern file: {exc}") from exc
    for number, line in enumerate(lines, start=1):
        if not line.strip() or line.lstrip().startswith("//"):
            continue
        try:
            record = loads(line)
        except JsonLimitError as exc:
            raise PatternError(f"{path}:{number}: invalid JSON: {exc.reason}") from exc
        except json.JSONDecodeError as exc:
            raise PatternError(f"{path}:{number}: invalid JSON: {exc.msg}") from exc
        if not isinstance(record, dict):
            raise PatternError(f"{path}:{number}: expected a JSON object per line")
        out_of_range = find_out_of_range(record)
        if out_of_range is not None:
            field, value = out_of_range
            raise PatternError(
                f"{path}:{number}: field '{field}': expected a number in range, got {value}"
            )
        yield number, record


def compile_regex(record: dict[str, Any], macros: dict[str, str], where: str) -> LinearRegex:
    has_pattern, has_phrase = "pattern" in record, "phrase" in record
    if has_pattern == has_phrase:
        raise PatternError(f"{where}: expected exactly one of the fields 'pattern' or 'phrase'")
    key = "pattern" if has_pattern else "phrase"
    source = record[key]
    if not isinstance(source, str) or not source.strip():
        raise PatternError(f"{where}: field '{key}': expected a non-empty string")
    regex = expand_macros(source, macros, where) if has_pattern else phrase_to_regex(source)
    try:
        return compile_linear(regex, _FLAGS)
    except re.error as exc:
        raise PatternError(f"{where}: field '{key}': invalid regular expression: {exc}") from exc
    except UnsafePatternError as exc:
        raise PatternError(f"{where}: field '{key}': unsafe regular expression: {exc}") from exc
    except _REGEX_LIMIT_ERRORS as exc:
        raise PatternError(f"{where}: field '{key}': {regex_limit_reason(exc)}") from exc


def regex_limit_reason(exc: BaseException) -> str:
    """What to tell the user when parsing or compiling a pattern hit a limit, not a syntax error."""
    if isinstance(exc, RecursionError):
        found = "groups nested too deeply"
    elif isinstance(exc, MemoryError):
        found = "a pattern too large to compile"
    else:
        found = str(exc) or type(exc).__name__
    return (
        f"cannot compile the regular expression ({found}): expected a regular expression with "
        f"groups nested at most a few dozen deep and repeat counts up to 1000"
    )


def _pattern_from_record(
    record: dict[str, Any], macros: dict[str, str], where: str, default_id: str
) -> Pattern:
    label = record.get("label")
    if label not in UTTERANCE_LABELS:
        raise PatternError(
            f"{where}: field 'label': unknown label {label!r}: expected one of "
            + ", ".join(UTTERANCE_LABELS)
        )
    score = record.get("score", 0.8)
    if isinstance(score, bool) or not isinstance(score, (int, float)) or not 0 < score <= 1:
        raise PatternError(f"{where}: field 'score': expected a number in (0, 1], got {score!r}")
    speaker = record.get("speaker", "customer" if is_cue(label) else "agent")
    if speaker not in ("customer", "agent", "ivr", "any"):
        raise PatternError(
            f"{where}: field 'speaker': expected customer, agent, ivr or any, got {speaker!r}"
        )
    speakers = (
        frozenset({"customer", "agent", "ivr", "unknown"})
        if speaker == "any"
        else frozenset({speaker, "unknown"})
    )
    model_veto = record.get("model_veto", True)
    if not isinstance(model_veto, bool):
        raise PatternError(
            f"{where}: field 'model_veto': expected true or false, got {model_veto!r}"
        )
    exclude = None
    if record.get("exclude"):
        exclude = compile_regex({"pattern": record["exclude"]}, macros, f"{where}: field 'exclude'")
    return Pattern(
        id=str(record.get("id") or default_id),
        label=label,
        regex=compile_regex(record, macros, where),
        score=float(score),
        speakers=speakers,
        exclude=exclude,
        origin=where,
        model_veto=model_veto,
    )


def load_patterns(paths: Iterable[Path], macros: dict[str, str]) -> list[Pattern]:
    patterns: list[Pattern] = []
    for path in paths:
        files = sorted(path.glob("*.jsonl")) if path.is_dir() else [path]
        if path.is_dir() and not files:
            raise PatternError(f"{path}: no *.jsonl pattern files in this folder")
        for file in files:
            for number, record in read_jsonl_records(file):
                where = f"{file}:{number}"
                default_id = f"{file.stem}:{number}"
                patterns.append(_pattern_from_record(record, macros, where, default_id))
    return patterns


_SENTENCE_END = re.compile(r"[.?!](?=\s|$)")


def sentence_bounds(text: str, match: Any) -> tuple[int, int]:
    """The start and end of the sentence(s) a match lies in: where `exclude` is looked for."""
    start = 0
    for end_mark in _SENTENCE_END.finditer(text, 0, match.start()):
        start = end_mark.end()
    after = _SENTENCE_END.search(text, match.end())
    return start, after.end() if after else len(text)


class RuleMatcher:
    """Matches every pattern against an utterance; keeps the strongest match per label."""

    def __init__(self, patterns: Sequence[Pattern], prefilter: bool = True) -> None:
        self.patterns = list(patterns)
        self.prefilter = prefilter
        keyed = [(p, pattern_keys(p.regex)) for p in self.patterns]
        self._by_speaker = {
            speaker: [(p, keys) for p, keys in keyed if speaker in p.speakers]
            for speaker in ("customer", "agent", "ivr", "unknown")
        }

    @classmethod
    def load(cls, extra: Iterable[Path] = (), builtin: bool = True) -> RuleMatcher:
        macros = load_macros()
        paths = [builtin_path(name) for name in BUILTIN_LABEL_FILES] if builtin else []
        paths.extend(Path(p) for p in extra)
        for path in paths:
            if not path.exists():
                raise PatternError(f"{path}: pattern file or folder not found")
        patterns = load_patterns(paths, macros)
        logger.debug("loaded %d patterns from %d sources", len(patterns), len(paths))
        return cls(patterns)

    def match(
        self, speaker: str, text: str, words: frozenset[str] | None = None
    ) -> list[LabelScore]:
        """The strongest match per label, which the model may not veto if any pattern of the label
        that matched is marked so. `words`: the text's word_start_keys, if already known."""
        best: dict[str, LabelScore] = {}
        if self.prefilter and words is None:
            words = word_start_keys(text)
        for pattern, keys in self._by_speaker.get(speaker, ()):
            current = best.get(pattern.label)
            weaker = current is not None and current.score >= pattern.score
            if current is not None and weaker and (pattern.model_veto or not current.model_veto):
                continue
            if words is not None and keys is not None and keys.isdisjoint(words):
                continue
            found = pattern.regex.search(text)
            if found is None:
                continue
            if pattern.exclude is not None and pattern.exclude.search(
                text, *sentence_bounds(text, found)
            ):
                continue
            if current is not None and weaker:
                best[pattern.label] = replace(current, model_veto=False)
                continue
            best[pattern.label] = LabelScore(
                label=pattern.label,
                score=pattern.score,
                source="rule",
                span=(found.start(), found.end()),
                pattern=pattern.id,
                model_veto=pattern.model_veto,
            )
        return sorted(best.values(), key=lambda ls: -ls.score)
