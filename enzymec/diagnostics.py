"""User-facing compiler diagnostics.

Every layer raises `CompileError` for input it cannot handle; the driver catches it, prints
`str(err)` in clang's `file:line:col: error: message` shape and exits 1. A Python traceback
reaching the user is always a bug.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class SourceLocation:
    """A position in a user's file; line and column are 1-based, 0 means unknown."""

    file: str
    line: int = 0
    column: int = 0

    def __str__(self) -> str:
        parts = [self.file]
        if self.line:
            parts.append(str(self.line))
            if self.column:
                parts.append(str(self.column))
        return ":".join(parts)


class CompileError(Exception):
    """An error in the user's input, reported as `location: error: message`."""

    def __init__(self, message: str, location: SourceLocation | None = None, note: str = ""):
        super().__init__(message)
        self.message = message
        self.location = location
        self.note = note

    def __str__(self) -> str:
        prefix = f"{self.location}: " if self.location else ""
        text = f"{prefix}error: {self.message}"
        if self.note:
            text += f"\n{prefix}note: {self.note}"
        return text
