"""User-facing compiler diagnostics.

Every layer raises `CompileError` for input it cannot handle; the driver catches it and
prints it as clang does: `file:line:col: error: message`, then the source line with a caret
under the column, then the note (what the user can do), and exits 1. A Python traceback
reaching the user is always a bug.

How diagnostics look is one per-process setting (`STYLE`), as in clang's diagnostic engine:
the driver sets it from the command line (`-fcolor-diagnostics`, `-fno-caret-diagnostics`,
`-w`, `-Werror`) before anything can report, so deep layers warn with `warn()` without
being handed the options.
"""

from __future__ import annotations

import sys

from enzymec.records import FrozenRecord, ValueRecord, init_field

# clang's colours: bold location and message, red error, magenta warning, grey note,
# green caret
_BOLD, _RESET = "\033[1m", "\033[0m"
_SEVERITY_COLOR = {"error": "\033[0;1;31m", "warning": "\033[0;1;35m", "note": "\033[0;1;30m",
                   "remark": "\033[0;1;34m"}
_CARET_COLOR = "\033[0;1;32m"


class SourceLocation(FrozenRecord):
    """A position in a user's file; line and column are 1-based, 0 means unknown."""

    __slots__ = _fields = ("file", "line", "column")

    def __init__(self, file: str, line: int = 0, column: int = 0) -> None:
        init_field(self, "file", file)
        init_field(self, "line", line)
        init_field(self, "column", column)

    def __str__(self) -> str:
        parts = [self.file]
        if self.line:
            parts.append(str(self.line))
            if self.column:
                parts.append(str(self.column))
        return ":".join(parts)


class Style(ValueRecord):
    """How diagnostics are shown (set once by the driver)."""

    _fields = ("color", "caret", "warnings", "warnings_are_errors")

    def __init__(
            self, color: bool = False, caret: bool = True, warnings: bool = True,
            warnings_are_errors: bool = False
    ) -> None:
        self.color = color
        self.caret = caret  # source line and caret under located diagnostics
        self.warnings = warnings  # -w turns them off
        self.warnings_are_errors = warnings_are_errors  # -Werror


STYLE = Style()

# How many times some layer has looked for a source location in a unit's debug metadata,
# in this process (ir/debuginfo.py counts them). A unit whose frontend wrote no locations
# is compiled again with them when this moves (driver/source_locations.py), so that no
# diagnostic and no message the derivative prints loses the place it points at.
_location_reads = [0]


def note_location_read() -> None:
    _location_reads[0] += 1


def location_reads() -> int:
    return _location_reads[0]


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

    def render(self, style: Style = STYLE) -> str:
        """The error as the driver prints it: with the source line, caret and colours the
        style asks for; an unlocated error is prefixed `enzymec:` as clang's driver does."""
        lines = [diagnostic_line("error", self.message, self.location, style)]
        lines += snippet(self.location, style)
        if self.note:
            lines.append(diagnostic_line("note", self.note, self.location, style))
        return "\n".join(lines)


def diagnostic_line(severity: str, message: str, location: SourceLocation | None,
                    style: Style = STYLE) -> str:
    where = f"{location}: " if location else "enzymec: "
    if not style.color:
        return f"{where}{severity}: {message}"
    return (f"{_BOLD}{where}{_SEVERITY_COLOR[severity]}{severity}: {_RESET}{_BOLD}{message}"
            f"{_RESET}")


def snippet(location: SourceLocation | None, style: Style = STYLE) -> list[str]:
    """clang's source snippet: `  12 | text` and `     |    ^` under the column (tabs kept
    so that the caret lines up in a terminal); nothing when the line cannot be read."""
    if not style.caret or location is None or not location.line:
        return []
    text = source_line(location.file, location.line)
    if text is None:
        return []
    gutter = f"{location.line:>5} | "
    lines = [gutter + text]
    if location.column:
        lead = "".join(c if c == "\t" else " " for c in text[:location.column - 1])
        caret = f"{_CARET_COLOR}^{_RESET}" if style.color else "^"
        lines.append(" " * (len(gutter) - 2) + "| " + lead + caret)
    return lines


def source_line(path: str, line: int) -> str | None:
    try:
        with open(path, "rb") as handle:
            for number, raw in enumerate(handle, 1):
                if number == line:
                    text = raw.decode("utf-8", "replace").rstrip("\r\n")
                    return text.replace("\0", "<U+0000>")  # as clang shows it
    except OSError:
        return None
    return None


def warn(message: str, location: SourceLocation | None = None, note: str = "") -> None:
    """Report a warning of enzymec's own: silent under -w, an error under -Werror."""
    if not STYLE.warnings:
        return
    if STYLE.warnings_are_errors:
        raise CompileError(message, location, note)
    lines = [diagnostic_line("warning", message, location)] + snippet(location)
    if note:
        lines.append(diagnostic_line("note", note, location))
    print("\n".join(lines), file=sys.stderr)


def configure(flags: list[str], stderr_is_terminal: bool) -> None:
    """Set STYLE from the compiler flags, in command-line order (the last one wins), the
    way clang reads them: colours by default only on a terminal."""
    color = stderr_is_terminal
    for flag in flags:
        if flag in ("-fcolor-diagnostics", "-fdiagnostics-color", "-fdiagnostics-color=always"):
            color = True
        elif flag in ("-fno-color-diagnostics", "-fno-diagnostics-color",
                      "-fdiagnostics-color=never"):
            color = False
        elif flag == "-fdiagnostics-color=auto":
            color = stderr_is_terminal
        elif flag in ("-fcaret-diagnostics", "-fno-caret-diagnostics"):
            STYLE.caret = flag == "-fcaret-diagnostics"
        elif flag == "-w":
            STYLE.warnings = False
        elif flag in ("-Werror", "-Wno-error"):
            STYLE.warnings_are_errors = flag == "-Werror"
    STYLE.color = color
