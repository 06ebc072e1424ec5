"""Run the external tools of a build (clang, the linker) as cc would show them.

A tool's diagnostics pass through to the user (rewritten where enzymec's own flags would
confuse them); its failure becomes ToolFailed, which the driver maps to cc's exit status.
"""

from __future__ import annotations

import sys

from enzymec.diagnostics import CompileError
from enzymec.driver import spawn, toolchain


class ToolFailed(Exception):
    """A subprocess (clang, the linker) failed and has already printed its diagnostics."""

    def __init__(self, returncode: int):
        super().__init__(f"exit status {returncode}")
        self.returncode = returncode


def run_tool(cmd: list[str], ctx, diagnose=None) -> None:
    """Run a tool with stdout/stderr passed through; its failure becomes ToolFailed (`ctx`:
    the pipeline's Context; -v shows the command).

    `diagnose(stderr) -> (stderr, failed)` may rewrite the diagnostics and fail the run (the
    frontend turns warnings about Enzyme's attributes into errors: attributes.py)."""
    if ctx.opts.verbose:
        print(" ".join(_quote(c) for c in cmd), file=sys.stderr)
    try:
        status, said = spawn.run(cmd)
    except OSError as err:
        raise CompileError(f"unable to execute '{cmd[0]}': {err.strerror}") from None
    report(said, status, diagnose)


def report(stderr: bytes, returncode: int, diagnose=None) -> None:
    """Show a finished tool's diagnostics (through `diagnose`, see run_tool) and turn its
    failure into ToolFailed."""
    stderr, failed = diagnose(stderr) if diagnose and stderr else (stderr, False)
    if stderr:
        sys.stderr.flush()
        sys.stderr.buffer.write(toolchain.rewrite_diagnostics(stderr))
        sys.stderr.flush()
    if returncode != 0 or failed:
        raise ToolFailed(returncode or 1)


def _quote(arg: str) -> str:
    return f'"{arg}"' if (not arg or any(c in arg for c in ' "\'$\\')) else arg
