"""Counter-examples (patterns/counter_examples.jsonl): look-alikes the model alone takes for a
label. A label the model gives with no pattern behind it is dropped where one matches."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from mot_detect.detect.linear_regex import LinearRegex
from mot_detect.detect.rules import builtin_path, compile_regex, load_macros, read_jsonl_records
from mot_detect.errors import PatternError
from mot_detect.labels import UTTERANCE_LABELS
from mot_detect.types import LabelScore


class CounterExamples:
    def __init__(self, by_label: dict[str, list[LinearRegex]]) -> None:
        self.by_label = by_label

    @classmethod
    def load(cls, path: Path | None = None) -> CounterExamples:
        path = path or builtin_path("counter_examples.jsonl")
        macros = load_macros()
        by_label: dict[str, list[LinearRegex]] = defaultdict(list)
        for number, record in read_jsonl_records(path):
            where = f"{path}:{number}"
            label = record.get("label")
            if label not in UTTERANCE_LABELS:
                raise PatternError(
                    f"{where}: field 'label': expected one of the taxonomy's labels, got {label!r}"
                )
            by_label[label].append(compile_regex(record, macros, where))
        return cls(dict(by_label))

    def keep(self, labels: list[LabelScore], text: str) -> list[LabelScore]:
        """`labels` without the model-only ones a counter-example of their label matches."""
        return [
            ls
            for ls in labels
            if ls.source != "model"
            or not any(regex.search(text) for regex in self.by_label.get(ls.label, ()))
        ]
