"""The label set of the taxonomy (shared/spec/TAXONOMY.md v1). These strings are public API."""

from __future__ import annotations

CUE_LABELS: tuple[str, ...] = (
    "deadline",
    "first_claim",
    "tenure",
    "family_event",
    "health_safety",
    "financial_impact",
    "repeat_contact",
    "churn_risk",
    "escalation",
    "distress",
)

AGENT_LABELS: tuple[str, ...] = (
    "canned_empathy",
    "hold_script",
    "policy_refusal",
    "reverification",
    "blame_customer",
    "transfer",
)

UTTERANCE_LABELS: tuple[str, ...] = CUE_LABELS + AGENT_LABELS

MISSED_CUE = "missed_cue"
ACKNOWLEDGED_CUE = "acknowledged_cue"
CALL_FINDINGS: tuple[str, ...] = (MISSED_CUE, ACKNOWLEDGED_CUE)

# How much each cue raises what is at stake in a call (see conversation/score.py). Safety and a
# stated intention to leave weigh most; loyalty offered as a reason weighs least.
CUE_WEIGHTS: dict[str, float] = {
    "health_safety": 1.0,
    "churn_risk": 0.9,
    "deadline": 0.8,
    "family_event": 0.8,
    "financial_impact": 0.8,
    "escalation": 0.8,
    "distress": 0.7,
    "repeat_contact": 0.7,
    "first_claim": 0.6,
    "tenure": 0.5,
}

# How badly each script-bound reply counts against handling.
AGENT_WEIGHTS: dict[str, float] = {
    "blame_customer": 1.0,
    "policy_refusal": 0.8,
    "reverification": 0.7,
    "canned_empathy": 0.6,
    "transfer": 0.5,
    "hold_script": 0.3,
}

SPEAKERS: tuple[str, ...] = ("agent", "customer", "ivr", "unknown")
SPEAKER_ALIASES: dict[str, str] = {
    "agent": "agent",
    "rep": "agent",
    "representative": "agent",
    "advisor": "agent",
    "adviser": "agent",
    "operator": "agent",
    "customer": "customer",
    "caller": "customer",
    "client": "customer",
    "member": "customer",
    "ivr": "ivr",
    "system": "ivr",
    "unknown": "unknown",
}


def normalise_speaker(raw: str) -> str | None:
    """Map a speaker name as found in a transcript to one of SPEAKERS, or None if unknown."""
    key = raw.strip().lower()
    if key in SPEAKER_ALIASES:
        return SPEAKER_ALIASES[key]
    first = key.split()[0] if key.split() else ""
    return SPEAKER_ALIASES.get(first)


def is_cue(label: str) -> bool:
    return label in CUE_WEIGHTS


def is_agent_label(label: str) -> bool:
    return label in AGENT_WEIGHTS
