"""What gets redacted: the types of personal data, their placeholders and the `--redact` policy.

`pci` is what PCI DSS forbids keeping after authorisation (the card number, its security code
and expiry); `pii` is the rest of the personal data a caller says. A policy is a set of types,
written as groups and types with commas, a leading '-' taking one off: "pci,pii" (the default),
"pci", "pii,-name", "card_number,cvv", or "none", which must be asked for explicitly and is
recorded in every output.
"""

from __future__ import annotations

from dataclasses import dataclass

PCI = ("CARD_NUMBER", "CVV", "EXPIRY")
PII = (
    "SSN",
    "PHONE",
    "EMAIL",
    "DOB",
    "ADDRESS",
    "POSTCODE",
    "ACCOUNT_NUMBER",
    "NAME",
)
KINDS = PCI + PII
GROUPS = {"pci": PCI, "pii": PII, "all": KINDS}
DEFAULT_POLICY = "pci,pii"


def placeholder(kind: str) -> str:
    """What a redacted span of `kind` reads as: "[CARD_NUMBER]"."""
    return f"[{kind}]"


class PolicyError(ValueError):
    """A `--redact` value that is not a policy."""


@dataclass(frozen=True)
class RedactionPolicy:
    kinds: frozenset[str]

    @property
    def enabled(self) -> bool:
        return bool(self.kinds)

    def __str__(self) -> str:
        """The policy as written back: groups where whole, then types, in a fixed order."""
        if not self.kinds:
            return "none"
        parts = [name for name in ("pci", "pii") if set(GROUPS[name]) <= self.kinds]
        covered = {kind for name in parts for kind in GROUPS[name]}
        parts += [kind.lower() for kind in KINDS if kind in self.kinds and kind not in covered]
        return ",".join(parts)

    @classmethod
    def parse(cls, text: str) -> RedactionPolicy:
        """`text` as a policy; PolicyError saying what was expected when it is not one."""
        items = [item.strip().lower() for item in text.split(",") if item.strip()]
        expected = (
            "expected 'none' or a comma-separated list of pci, pii, all and the types "
            f"{', '.join(kind.lower() for kind in KINDS)} (a leading '-' takes one off)"
        )
        if not items:
            raise PolicyError(f"empty redaction policy: {expected}")
        if "none" in items:
            if items != ["none"]:
                raise PolicyError(f"'none' cannot be combined with other types: {expected}")
            return cls(frozenset())
        kinds: set[str] = set()
        for item in items:
            name, remove = item.removeprefix("-"), item.startswith("-")
            found = GROUPS.get(name) or ((name.upper(),) if name.upper() in KINDS else None)
            if found is None:
                raise PolicyError(f"unknown redaction type {item!r}: {expected}")
            if remove:
                kinds.difference_update(found)
            else:
                kinds.update(found)
        if not kinds:
            raise PolicyError(
                f"the policy {text!r} redacts nothing: expected at least one type, or 'none'"
            )
        return cls(frozenset(kinds))


NO_REDACTION = RedactionPolicy(frozenset())
