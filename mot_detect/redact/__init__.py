"""Redaction: personal data replaced by typed placeholders before anything leaves the process."""

from mot_detect.redact.policy import (
    DEFAULT_POLICY,
    KINDS,
    NO_REDACTION,
    PolicyError,
    RedactionPolicy,
)
from mot_detect.redact.redactor import CallRedactor, RedactedText, redact_call

__all__ = [
    "DEFAULT_POLICY",
    "KINDS",
    "NO_REDACTION",
    "CallRedactor",
    "PolicyError",
    "RedactedText",
    "RedactionPolicy",
    "redact_call",
]
