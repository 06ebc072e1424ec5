"""Run one risky step in a forked child, so that a crash in LLVM cannot take enzymec down.

llvmlite's LLVM is built with assertions: a corrupted bitcode file (or, more rarely, odd
textual IR) can make LLVM's reader abort the whole process, with no diagnostic and with
enzymec's temporary files left behind. The user's IR is therefore first read and verified
in a child process; a `CompileError` there comes back intact, and a child killed by a signal
becomes an ordinary error in the parent.
"""

from __future__ import annotations

import faulthandler
import json
import os
import resource
import signal
import sys
import tempfile
from collections.abc import Callable

from enzymec.diagnostics import CompileError, SourceLocation


class ChildCrashed(Exception):
    """The child died of a signal (LLVM aborted or crashed); `signum` says which."""

    def __init__(self, signum: int):
        try:
            name = signal.Signals(signum).name
        except ValueError:
            name = f"signal {signum}"
        super().__init__(name)
        self.signum = signum


def _encode(fn: Callable[..., str], args: tuple) -> bytes:
    """The child's answer: b"O" + the result, b"E" + a CompileError as JSON, or b"X" + a bug."""
    try:
        return b"O" + fn(*args).encode("utf-8", errors="surrogateescape")
    except CompileError as err:
        loc = err.location
        fields = [err.message, err.note, loc and [loc.file, loc.line, loc.column]]
        return b"E" + json.dumps(fields).encode()
    except Exception as err:  # noqa: BLE001 - reported in the parent as an internal error
        return b"X" + f"{type(err).__name__}: {err}".encode(errors="replace")


def _decode(answer: bytes) -> str:
    if answer[:1] == b"O":
        return answer[1:].decode("utf-8", errors="surrogateescape")
    if answer[:1] == b"X":
        raise RuntimeError(f"in the isolated child: {answer[1:].decode(errors='replace')}")
    message, note, loc = json.loads(answer[1:])
    raise CompileError(message, SourceLocation(*loc) if loc else None, note)


def _child(fn: Callable[..., str], args: tuple, write_fd: int, err_fd: int) -> None:
    """In the child: answer through the pipe, LLVM's stderr to a file; never return."""
    status = 1
    try:
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))  # a crash leaves no core file behind
        faulthandler.disable()  # nor a Python stack dump, where a host enabled one
        os.dup2(err_fd, 2)
        answer = _encode(fn, args)
        with os.fdopen(write_fd, "wb") as pipe:
            pipe.write(answer)
        status = 0
    finally:
        os._exit(status)


def call_isolated(fn: Callable[..., str], *args) -> str:
    """`fn(*args)` (a string) computed in a forked child; its CompileError is re-raised here.

    What the child wrote to stderr (LLVM's warnings) is passed on unless it crashed; a crash
    raises ChildCrashed.
    """
    sys.stdout.flush()
    sys.stderr.flush()
    with tempfile.TemporaryFile() as errors:
        read_fd, write_fd = os.pipe()
        pid = os.fork()
        if pid == 0:
            os.close(read_fd)
            _child(fn, args, write_fd, errors.fileno())
        os.close(write_fd)
        with os.fdopen(read_fd, "rb") as pipe:
            answer = pipe.read()
        _, status = os.waitpid(pid, 0)
        errors.seek(0)
        text = errors.read()
    if os.WIFSIGNALED(status):
        raise ChildCrashed(os.WTERMSIG(status))
    if text:
        sys.stderr.buffer.write(text)
        sys.stderr.flush()
    if not answer:
        raise ChildCrashed(signal.SIGABRT)  # the child failed before it could answer
    return _decode(answer)
