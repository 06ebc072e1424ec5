"""Exceptions of the Python API: a failed build carrying its located diagnostics, and a call
whose arguments do not fit the C signature."""

from __future__ import annotations

import re
from dataclasses import dataclass

from enzymec import regex_cache

# clang's and enzymec's shape: `file:line:col: error: message` (the column may be missing).
_DIAGNOSTIC = regex_cache.compile(r"^(?P<file>[^:\n]+):(?P<line>\d+):(?:(?P<col>\d+):)? "
                                  r"(?P<severity>fatal error|error|warning|note): (?P<message>.*)$",
                                  re.MULTILINE)


@dataclass(frozen=True)
class Diagnostic:
    """One located message of the compiler."""

    file: str
    line: int
    column: int
    severity: str
    message: str

    def __str__(self) -> str:
        col = f"{self.column}:" if self.column else ""
        return f"{self.file}:{self.line}:{col} {self.severity}: {self.message}"


def parse_diagnostics(stderr: str) -> list[Diagnostic]:
    """Every located line of the compiler's standard error, in order."""
    return [Diagnostic(m["file"], int(m["line"]), int(m["col"] or 0), m["severity"],
                       m["message"]) for m in _DIAGNOSTIC.finditer(stderr)]


class BuildError(Exception):
    """enzymec (or clang, or the linker) rejected the program.

    `diagnostics` holds the located messages (`file:line:col`); `stderr` the whole output."""

    def __init__(self, stderr: str, command: list[str]):
        self.stderr = stderr
        self.command = command
        self.diagnostics = parse_diagnostics(stderr)
        errors = [d for d in self.diagnostics if d.severity in ("error", "fatal error")]
        headline = str(errors[0]) if errors else (stderr.strip().splitlines() or ["failed"])[-1]
        body = stderr.rstrip()
        if body.startswith(headline):  # the first error heads the output: not twice
            body = body[len(headline):].lstrip("\n")
        super().__init__(f"enzymec build failed: {headline}" + (f"\n{body}" if body else ""))

    @property
    def errors(self) -> list[Diagnostic]:
        return [d for d in self.diagnostics if d.severity in ("error", "fatal error")]


class ArgumentError(TypeError):
    """A Python argument does not fit the C parameter (type, dtype, contiguity, shape)."""
