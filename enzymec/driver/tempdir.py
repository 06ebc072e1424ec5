"""One private temporary directory per enzymec invocation, and atomic output files.

Build systems run many compilers at once on the same sources (`make -j`), so every
intermediate file lives in a directory of its own that is removed on every exit path,
including SIGINT/SIGTERM, and final outputs appear atomically (temp file + os.replace) so a
parallel reader never sees half a file.

The names are made here rather than by `tempfile`, and the directory removed here rather
than by `shutil.rmtree`: those modules (with `random`, `hashlib`'s OpenSSL, the compression
modules) cost about 2 ms of every compile's start-up, for what a few lines of `os` do.
"""

from __future__ import annotations

import contextlib
import os
try:  # the signal module's functions and numbers without the enums it builds at import
    import _signal as signal  # (3.3M instructions of every compile; cli.py takes it here)
except ImportError:
    import signal
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
    try:
        path = _private_dir()
        try:
            yield path
        finally:
            _remove_tree(path)
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


def _private_dir() -> str:
    """A new `enzymec-*` directory (mode 0700) in the first place `tempfile.gettempdir`
    would try that takes one: $TMPDIR, $TEMP, $TMP, /tmp, /var/tmp, /usr/tmp, the current
    directory."""
    roots = [os.environ.get(name) for name in ("TMPDIR", "TEMP", "TMP")]
    for root in [r for r in roots if r] + ["/tmp", "/var/tmp", "/usr/tmp", os.getcwd()]:
        try:
            return _fresh(os.path.abspath(root), "enzymec-", "", lambda n: os.mkdir(n, 0o700))
        except OSError:
            continue
    raise CompileError("no usable temporary directory: $TMPDIR, /tmp, /var/tmp, /usr/tmp "
                       "and the current directory refuse a new directory")


def _fresh(directory: str, prefix: str, suffix: str, make) -> str:
    """A new name in `directory`, made by `make(name)`, which fails on an existing one
    (os.mkdir, an O_EXCL open): 16 random hex digits, drawn again on a collision."""
    while True:
        name = os.path.join(directory, f"{prefix}{os.urandom(8).hex()}{suffix}")
        try:
            make(name)
            return name
        except FileExistsError:
            continue


def _remove_tree(path: str) -> None:
    """Remove the directory `path` and everything under it, symbolic links not followed;
    what cannot be removed stays (shutil.rmtree's ignore_errors)."""
    try:
        entries = list(os.scandir(path))
    except OSError:
        return
    for entry in entries:
        if entry.is_dir(follow_symlinks=False):
            _remove_tree(entry.path)
        else:
            with contextlib.suppress(OSError):
                os.unlink(entry.path)
    with contextlib.suppress(OSError):
        os.rmdir(path)


def _exclusive_file(name: str) -> None:
    os.close(os.open(name, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o600))


def _sibling(path: str) -> str:
    """A new empty file beside `path` (mode 0600), for content that replaces `path`."""
    directory = os.path.dirname(os.path.abspath(path))
    return _fresh(directory, f".{os.path.basename(path)}.", ".tmp", _exclusive_file)


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
    tmp = _sibling(path)
    try:
        with open(tmp, "wb") as out:
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
    tmp = _sibling(path)
    try:
        yield tmp
        os.replace(tmp, path)
    finally:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
