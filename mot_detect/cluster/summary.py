"""What a Ray job did: calls scored, skipped (scored by an earlier run), failed; its exit code."""

from __future__ import annotations

from dataclasses import dataclass

# As the local path (cli.py): 1 is the input's fault, 3 is ours and wins.
EXIT_OK, EXIT_SOME_FAILED, EXIT_INTERNAL = 0, 1, 3


@dataclass
class JobSummary:
    scored: int = 0
    skipped: int = 0
    failed: int = 0
    internal: int = 0  # of `failed`, those by an internal error

    def add(self, status: str, internal: bool = False) -> None:
        if status == "scored":
            self.scored += 1
        elif status == "skipped":
            self.skipped += 1
        else:
            self.failed += 1
            self.internal += int(bool(internal))

    def text(self, verb: str = "scored") -> str:
        text = f"{self.scored} call(s) {verb}, {self.skipped} skipped (done by an earlier run)"
        text += f", {self.failed} failed"
        if self.internal:
            text += f" ({self.internal} by an internal error)"
        return text

    def exit_code(self) -> int:
        if self.internal:
            return EXIT_INTERNAL
        return EXIT_SOME_FAILED if self.failed else EXIT_OK
