"""One private temporary directory per enzymec invocation, and atomic output files.

Build systems run many compilers at once on the same sources (`make -j`), so every
intermediate file lives in a directory of its own that is removed on every exit path,
including SIGINT/SIGTERM, and final outputs appear atomically (temp file + os.replace) so a
parallel reader never sees half a file.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import tempfile
from collections.abc import Iterator

from enzymec.diagnostics import CompileError


class Interrupted(Exception):
    """A termination signal arrived; the driver exits 128 + signum after cleaning up."""

    def __init__(self, signum: int):
        super().__init__(f"signal {signum}")
        self.signum = signum


def _raise_interrupted(signum, _frame):
    raise Interrupted(signum)


@contextlib.contextmanager
def private_tempdir() -> Iterator[str]:
    """Yield a fresh `enzymec-*` directory; turn SIGINT/SIGTERM into `Interrupted` meanwhile."""
    previous = {sig: signal.signal(sig, _raise_interrupted) for sig in (signal.SIGINT, signal.SIGTERM)}
    path = tempfile.mkdtemp(prefix="enzymec-")
    try:
        yield path
    finally:
        shutil.rmtree(path, ignore_errors=True)
        for sig, handler in previous.items():
            signal.signal(sig, handler)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _is_special(path: str) -> bool:
    """True for /dev/null and other non-regular files, which must be written in place."""
    return os.path.exists(path) and not os.path.isfile(path)


def atomic_write(path: str, data: bytes | str, mode: int = 0o666) -> None:
    """Write `data` to `path` via a temporary file in the same directory and os.replace."""
    if _is_special(path):
        with open(path, "wb") as out:
            out.write(data.encode() if isinstance(data, str) else data)
        return
    directory = os.path.dirname(os.path.abspath(path))
    fd, tmp = tempfile.mkstemp(dir=directory, prefix=f".{os.path.basename(path)}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data.encode() if isinstance(data, str) else data)
        os.chmod(tmp, mode & ~_umask())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


@contextlib.contextmanager
def output_errors(path: str) -> Iterator[None]:
    """An output that cannot be created (a missing directory, a directory of that name, no
    permission) is clang's error, not a crash."""
    try:
        yield
    except OSError as err:
        reason = err.strerror or str(err)
        raise CompileError(f"unable to open output file '{path}': '{reason}'") from None


@contextlib.contextmanager
def atomic_output(path: str) -> Iterator[str]:
    """Yield a temporary name next to `path` for a tool to write; move it into place on success."""
    if _is_special(path):
        yield path
        return
    directory = os.path.dirname(os.path.abspath(path))
    fd, tmp = tempfile.mkstemp(dir=directory, prefix=f".{os.path.basename(path)}.", suffix=".tmp")
    os.close(fd)
    try:
        yield tmp
        os.replace(tmp, path)
    finally:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
