"""The redaction stage: after detection, before anything leaves the process.

`redact_call` gives a copy of a scored call in which each span of personal data the policy
covers is replaced by its typed placeholder ("[CARD_NUMBER]"), with every label's and finding's
offsets moved to match the new text, the findings' quoted text and details redacted the same
way, and IVR values in the metadata replaced. `CallRedactor` does the same one utterance at a
time for the live hook, with the same state, so a number read out in pieces is caught there too.
"""

from __future__ import annotations

import copy
import logging
import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, replace
from typing import Any

from mot_detect.redact.finder import Finder
from mot_detect.redact.patterns import Found
from mot_detect.redact.policy import KINDS, RedactionPolicy, placeholder
from mot_detect.redact.timing import redacted_seconds
from mot_detect.types import Call, Finding, LabelScore, Utterance

logger = logging.getLogger("mot_detect")
_PRIORITY = {kind: i for i, kind in enumerate(KINDS)}
# Metadata keys whose values are personal data of a type, whatever they hold.
_METADATA_KINDS = (
    ("card", "CARD_NUMBER"),
    ("cvv", "CVV"),
    ("security_code", "CVV"),
    ("expir", "EXPIRY"),
    ("ssn", "SSN"),
    ("social", "SSN"),
    ("phone", "PHONE"),
    ("ani", "PHONE"),
    ("caller_id", "PHONE"),
    ("mobile", "PHONE"),
    ("email", "EMAIL"),
    ("birth", "DOB"),
    ("dob", "DOB"),
    ("address", "ADDRESS"),
    ("street", "ADDRESS"),
    ("zip", "POSTCODE"),
    ("postcode", "POSTCODE"),
    ("postal", "POSTCODE"),
    ("account", "ACCOUNT_NUMBER"),
    ("policy", "ACCOUNT_NUMBER"),
    ("member", "ACCOUNT_NUMBER"),
    ("order", "ACCOUNT_NUMBER"),
    ("claim", "ACCOUNT_NUMBER"),
    ("name", "NAME"),
)


@dataclass(frozen=True)
class Replacement:
    """One span replaced in an utterance: where it was, where its placeholder is now."""

    start: int
    end: int
    kind: str
    new_start: int
    new_end: int


@dataclass(frozen=True)
class RedactedText:
    text: str
    replacements: tuple[Replacement, ...]

    def moved(self, offset: int, end: bool = False) -> int:
        """Where an offset of the original text is in the redacted one. An offset inside a
        replaced span moves to its placeholder's start (a span's start) or end (its end)."""
        starts = [r.start for r in self.replacements]
        i = bisect_right(starts, offset) - 1
        if i < 0:
            return offset
        r = self.replacements[i]
        if offset >= r.end:
            return r.new_end + (offset - r.end)
        if offset == r.start:
            return r.new_start
        return r.new_end if end else r.new_start

    def span(self, span: tuple[int, int] | None) -> tuple[int, int] | None:
        if span is None:
            return None
        return self.moved(span[0]), self.moved(span[1], end=True)


_SPELLED_LETTERS = re.compile(
    r"(?:(?<![\w'’])(?:[A-Za-z](?:\s+(?:as in|for)\s+[a-z-]+)?|[A-Z]{2,3}|dash|hyphen)[\s-])+$"
)
_LETTERS_AFTER = re.compile(r"^(?:[\s-]+[A-Z]{1,3}\b)+")


def _whole_words(text: str, found: Found) -> tuple[int, int]:
    """A span grown to the whole words it touches ("BW" of "BW1433433"); an identifier's
    spelled letters before it ("w 4 0 4 3 ...", "l u four eight ...") joined to it."""
    start, end = found.start, found.end
    while start > 0 and (
        text[start - 1].isalnum()
        or (text[start - 1] == "-" and text[start - 2 : start - 1].isalnum())
    ):
        start -= 1  # "PO-" of "PO-46991"
    while end < len(text) and (
        text[end].isalnum() or (text[end] in "-/" and text[end + 1 : end + 2].isalnum())
    ):
        end += 1
    spelled = found.kind == "ACCOUNT_NUMBER" or "spelled" in found.recognizer
    if spelled:  # not "BC" before "V6H 1J8", a province before its postcode
        letters = _SPELLED_LETTERS.search(text[max(0, start - 60) : start])
        if letters and not re.match(r"(?i)\b(?:a|i)\s$", letters[0]):
            start -= len(letters[0])
        after = _LETTERS_AFTER.match(text[end:])
        if after and found.kind == "ACCOUNT_NUMBER":
            end += after.end()  # "NV 40 19 37 W"
    return start, end


def replace_spans(text: str, found: list[Found], policy: RedactionPolicy) -> RedactedText:
    """`text` with each span of a type the policy covers replaced by its placeholder; spans
    that overlap are joined and take the type that matters most (a card number over a phone)."""
    spans = sorted(
        (*_whole_words(text, f), f.kind)
        for f in found
        if f.kind in policy.kinds and 0 <= f.start < f.end <= len(text)
    )
    merged: list[list[Any]] = []
    for start, end, kind in spans:
        if merged and start < merged[-1][1]:
            last = merged[-1]
            last[1] = max(last[1], end)
            if _PRIORITY[kind] < _PRIORITY[last[2]]:
                last[2] = kind
        else:
            merged.append([start, end, kind])
    pieces: list[str] = []
    replacements: list[Replacement] = []
    done = 0
    length = 0
    for start, end, kind in merged:
        pieces.append(text[done:start])
        length += start - done
        mark = placeholder(kind)
        replacements.append(Replacement(start, end, kind, length, length + len(mark)))
        pieces.append(mark)
        length += len(mark)
        done = end
    pieces.append(text[done:])
    return RedactedText("".join(pieces), tuple(replacements))


def summary(policy: RedactionPolicy, counts: Counter[str] | dict[str, int]) -> dict[str, Any]:
    """What redaction did to a call, kept with it (`Call.redaction`) and written out with it."""
    return {"policy": str(policy), "redacted": dict(sorted(counts.items()))}


class CallRedactor:
    """Redaction of one call as it goes, utterance by utterance (the live hook's)."""

    def __init__(self, policy: RedactionPolicy) -> None:
        self.policy = policy
        self.finder = Finder()
        self.counts: Counter[str] = Counter()
        self.texts: dict[int, RedactedText] = {}  # by utterance index

    def utterance(self, index: int, speaker: str, text: str) -> RedactedText:
        """Utterance `index` of the call, redacted with what the call said before it."""
        if not self.policy.enabled:
            redacted = RedactedText(text, ())
        else:
            found = self.finder.observe(index, speaker, text)
            redacted = replace_spans(text, found, self.policy)
            self.counts.update(r.kind for r in redacted.replacements)
        self.texts[index] = redacted
        return redacted

    def interim(self, speaker: str, text: str) -> str:
        """Interim text of speech still going on, redacted as the next utterance would be
        (the call's state is left as it was: the final text will come)."""
        if not self.policy.enabled:
            return text
        finder = copy.deepcopy(self.finder)
        return replace_spans(text, finder.observe(-1, speaker, text), self.policy).text

    def view(self, call: Call) -> Call:
        """`call` as far as it has been redacted (see `redacted_view`)."""
        if not self.policy.enabled:
            return call
        return redacted_view(call, self.texts)

    def findings(self, call: Call, findings: list[Finding]) -> list[Finding]:
        if not self.policy.enabled:
            return findings
        return redacted_findings(findings, call.utterances, self.texts)

    def metadata(self, metadata: dict[str, Any]) -> dict[str, Any]:
        return redact_metadata(metadata, self.policy)[0] if self.policy.enabled else metadata

    def summary(self) -> dict[str, Any]:
        return summary(self.policy, self.counts)


def redact_call(call: Call, policy: RedactionPolicy) -> Call:
    """A copy of `call` with its personal data replaced (see the module's docstring); the input
    is left as it is. The copy carries what was done in `call.redaction`."""
    if not policy.enabled:
        return replace(call, redaction=summary(policy, {}))
    texts = redacted_texts([(u.speaker, u.text) for u in call.utterances], policy)
    counts: Counter[str] = Counter(r.kind for t in texts for r in t.replacements)
    by_index = {u.index: t for u, t in zip(call.utterances, texts, strict=True)}
    view = redacted_view(call, by_index)
    metadata, in_metadata = redact_metadata(call.metadata, policy)
    counts.update(in_metadata)
    seconds = redacted_seconds(call.utterances, texts)
    return replace(
        view,
        metadata=metadata,
        redaction=summary(policy, counts)
        | ({"seconds": [[round(a, 3), round(b, 3)] for a, b in seconds]} if seconds else {}),
    )


def redacted_utterance(utterance: Utterance, redacted: RedactedText | None) -> Utterance:
    """`utterance` with `redacted`'s text, its labels' spans moved, and no recognition words
    (they are the text in the clear)."""
    if redacted is None or not redacted.replacements:
        return replace(utterance, words=None)
    return replace(
        utterance,
        text=redacted.text,
        labels=[_moved_label(ls, utterance.text, redacted) for ls in utterance.labels],
        words=None,
    )


def redacted_findings(
    findings: list[Finding], utterances: list[Utterance], texts: dict[int, RedactedText]
) -> list[Finding]:
    """`findings` with their quoted text, spans and details redacted as their utterances."""
    original = {u.index: u.text for u in utterances}
    return [
        _moved_finding(f, (original[f.utterance], texts[f.utterance]))
        if f.utterance in texts and f.utterance in original
        else f
        for f in findings
    ]


def redacted_view(call: Call, texts: dict[int, RedactedText]) -> Call:
    """`call` with each utterance in `texts` (by index) redacted, and what points into them:
    the live hook's events are built from this view, the writers from `redact_call`'s."""
    return replace(
        call,
        utterances=[redacted_utterance(u, texts.get(u.index)) for u in call.utterances],
        findings=redacted_findings(call.findings, call.utterances, texts),
    )


def redacted_texts(turns: list[tuple[str, str]], policy: RedactionPolicy) -> list[RedactedText]:
    """Each (speaker, text) of a finished call, redacted with what the whole call says: the
    earlier pieces of a card number read out in pieces included."""
    finder = Finder()
    found = [finder.observe(i, speaker, text) for i, (speaker, text) in enumerate(turns)]
    for position, piece in finder.retro:
        found[position].append(piece)
    return [replace_spans(text, f, policy) for (_, text), f in zip(turns, found, strict=True)]


def _scrub(value: Any, original: str, redacted: RedactedText) -> Any:
    """A detail value with any redacted stretch of the utterance in it replaced too."""
    if isinstance(value, str):
        for r in redacted.replacements:
            secret = original[r.start : r.end]
            if len(secret) >= 2 and secret in value:
                value = value.replace(secret, placeholder(r.kind))
        return value
    if isinstance(value, dict):
        return {k: _scrub(v, original, redacted) for k, v in value.items()}
    if isinstance(value, list):
        return [_scrub(v, original, redacted) for v in value]
    return value


def _moved_label(label: LabelScore, original: str, redacted: RedactedText) -> LabelScore:
    if not redacted.replacements:
        return label
    return replace(
        label,
        span=redacted.span(label.span),
        detail=_scrub(label.detail, original, redacted),
    )


def _moved_finding(finding: Finding, redacted: tuple[str, RedactedText]) -> Finding:
    if not redacted[1].replacements:
        return finding
    original, new = redacted
    span = new.span(finding.span)
    if span is not None:
        text: str | None = new.text[span[0] : span[1]]
    elif finding.text == original:
        text = new.text
    else:
        text = _scrub(finding.text, original, new)
    return replace(finding, span=span, text=text, detail=_scrub(finding.detail, original, new))


def redact_metadata(
    metadata: dict[str, Any], policy: RedactionPolicy
) -> tuple[dict[str, Any], Counter[str]]:
    """`metadata` with values under keys that name a type ("account_number", "ani") replaced
    by the type's placeholder, and personal data found by shape in other text values."""
    counts: Counter[str] = Counter()

    def walk(value: Any, key: str) -> Any:
        if isinstance(value, dict):
            return {k: walk(v, str(k)) for k, v in value.items()}
        if isinstance(value, list):
            return [walk(v, key) for v in value]
        if not isinstance(value, (str, int)) or isinstance(value, bool):
            return value
        kind = _kind_of_key(key)
        if kind is not None and kind in policy.kinds and str(value).strip():
            counts[kind] += 1
            return placeholder(kind)
        if isinstance(value, str):
            found = Finder().observe(0, "customer", value)
            redacted = replace_spans(value, found, policy)
            counts.update(r.kind for r in redacted.replacements)
            return redacted.text
        return value

    return walk(metadata, ""), counts


def _kind_of_key(key: str) -> str | None:
    lowered = key.lower()
    if lowered in ("agent", "agent_name", "agent_id", "queue", "queue_name", "skill"):
        return None
    for part, kind in _METADATA_KINDS:
        if part in lowered:
            return kind
    return None
