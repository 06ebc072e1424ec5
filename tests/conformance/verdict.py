"""Turn what a build and a run produced into a verdict: passed, or which kind of failure.

Kinds of failure, from the issue's point of view (the target is 0 wrong numbers):
- `wrong number`: the program ran and a check aborted (APPROX_EQ/TEST_EQ print
  "Assertion Failed"), or it exited non-zero: a silently wrong gradient;
- `crash`: the program died of a signal other than the checks' abort (SIGSEGV, ...);
- `timeout`: the build or the run did not finish in time;
- `compile error`: enzymec stopped with a located `file:line:col: error:` (the honest
  refusal the bar allows, but still a failure of conformance; one located only by file
  and line, or by file alone, says so in the detail: `[no column]`, `[no line]`);
- `link error`: the object did not link (an undefined symbol that enzymec let through);
- `compiler crash`: enzymec failed without a located error (an internal error).
"""

from __future__ import annotations

import re
import signal
from dataclasses import dataclass

LOCATED_ERROR = re.compile(r"^(?P<file>[^\s:][^:\n]*)(?::(?P<line>\d+)(?::(?P<col>\d+))?)?: "
                           r"(?:fatal )?error: .*$", re.M)
# clang's note pointing from an error inside a header (a template's static_assert) to the
# line of the test that instantiated it
_INSTANTIATED_AT = re.compile(r"^(?P<file>[^\s:][^:\n]*):(?P<line>\d+):\d+: note: in "
                              r"instantiation of .* requested here$", re.M)
_LINK_ERROR = re.compile(r"^.*(?:undefined reference to|ld returned|unresolved external).*$",
                         re.M)
_CHECK_FAILED = re.compile(r"^.*Assertion Failed.*$|^.*Assertion `.*$", re.M)

WRONG_NUMBER, CRASH, TIMEOUT = "wrong number", "crash", "timeout"
COMPILE_ERROR, COMPILER_CRASH, LINK_ERROR = "compile error", "compiler crash", "link error"


@dataclass(frozen=True)
class Verdict:
    """The outcome of one test; `kind` is None when it passed."""

    name: str
    kind: str | None = None
    detail: str = ""

    @property
    def passed(self) -> bool:
        return self.kind is None

    def line(self) -> str:
        return f"{self.name}: {self.kind}: {self.detail}" if self.kind else f"{self.name}: passed"


def first_located_error(stderr: str) -> re.Match[str] | None:
    return LOCATED_ERROR.search(stderr)


def build_failure(name: str, returncode: int | None, stderr: str) -> Verdict:
    """Why a build that did not succeed failed (returncode None: it timed out)."""
    if returncode is None:
        return Verdict(name, TIMEOUT, "enzymec did not finish")
    link = _LINK_ERROR.search(stderr)
    if link:
        return Verdict(name, LINK_ERROR, link.group(0).strip())
    located = first_located_error(stderr)
    if located:
        where = "" if located.group("col") else " [no column]" if located.group("line") else \
            " [no line]"
        return Verdict(name, COMPILE_ERROR, located.group(0).strip() + where)
    return Verdict(name, COMPILER_CRASH, _last_line(stderr) or f"exit status {returncode}")


def run_result(name: str, returncode: int | None, stderr: str) -> Verdict:
    """The verdict on a built program's run (returncode None: it timed out)."""
    if returncode is None:
        return Verdict(name, TIMEOUT, "the program did not finish")
    if returncode == 0:
        return Verdict(name)
    check = _CHECK_FAILED.search(stderr)
    if check:
        return Verdict(name, WRONG_NUMBER, check.group(0).strip())
    if returncode < 0 and -returncode != signal.SIGABRT:
        return Verdict(name, CRASH, signal.Signals(-returncode).name)
    how = "abort" if returncode == -signal.SIGABRT else f"exit status {returncode}"
    return Verdict(name, WRONG_NUMBER, f"{how}: {_last_line(stderr) or 'no message'}")


def expected_error_result(name: str, returncode: int | None, stderr: str,
                          lines: frozenset[int], file_name: str) -> Verdict:
    """An expect-error test passes when the build fails with a located error in the test
    file on one of the lines that carry an `expected-error` comment, or (Enzyme's C++ header
    tests, `expected-error@<header>:N`) with an error inside a header that clang's
    "in instantiation ... requested here" note traces to such a line."""
    if returncode is None:
        return Verdict(name, TIMEOUT, "enzymec did not finish")
    if returncode == 0:
        return Verdict(name, WRONG_NUMBER, f"compiled, but an error was expected on line "
                       f"{min(lines)}")
    for match in LOCATED_ERROR.finditer(stderr):
        line = match.group("line")
        if match.group("file").endswith(file_name) and line and int(line) in lines:
            return Verdict(name)
    for match in _INSTANTIATED_AT.finditer(stderr):
        if match.group("file").endswith(file_name) and int(match.group("line")) in lines:
            return Verdict(name)
    located = first_located_error(stderr)
    if located:
        return Verdict(name, COMPILE_ERROR, f"error on another line than expected "
                       f"({sorted(lines)}): {located.group(0).strip()}")
    return Verdict(name, COMPILER_CRASH, _last_line(stderr) or f"exit status {returncode}")


def _last_line(text: str) -> str:
    lines = [line.strip() for line in text.strip().splitlines() if line.strip()]
    return lines[-1][:300] if lines else ""
