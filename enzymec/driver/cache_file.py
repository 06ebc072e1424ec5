"""A list of strings in the user's cache directory, written so that parallel builds never
read half a file (zig_cc1.py's cc1 templates, llvm_facts.py's facts of llvmlite's LLVM,
toolchain.py's clang versions); `cache_path` is enzymec's cache directory for every cache.

The list is stored in Python's `marshal` form: it keeps any string (zig_cc1's placeholders
hold NUL), and reading it back is one call of a module every Python process has loaded
anyway. `json`'s import was a millisecond of every compile's start; the length-prefixed text
that replaced it took 0.6 ms to parse per file in Python, and a compile reads three to
seven of these files (a cc1 template per clang run, the clang version, llvm_facts).
The files carry a suffix of their own (`.marshal`), so that an older enzymec sharing the
cache directory keeps its files in its form and neither rewrites the other's; any file not
in this form (a damaged one) is no entry.
"""

from __future__ import annotations

import marshal
import os

SUFFIX = ".marshal"


def cache_path(*parts: str) -> str:
    """$XDG_CACHE_HOME/enzymec/PARTS (or ~/.cache/enzymec/PARTS)."""
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "enzymec", *parts)


def store(path: str, strings: list[str]) -> None:
    """Write `strings` to `path` (+ SUFFIX) atomically; a cache that cannot be written is
    no error."""
    store_bytes(path + SUFFIX, marshal.dumps(list(strings)))


def store_bytes(path: str, data: bytes) -> None:
    """Write `data` to `path` through a temporary file renamed over it (a reader never sees
    half a file); a cache that cannot be written is no error and leaves no temporary file."""
    tmp = f"{path}.{os.getpid()}.tmp"
    try:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(tmp, "wb") as handle:
            handle.write(data)
        os.replace(tmp, path)
    except OSError:
        try:
            os.unlink(tmp)
        except OSError:
            pass


def load(path: str) -> list[str] | None:
    """The strings stored at `path` (+ SUFFIX), or None (no such file, not in that form)."""
    try:
        with open(path + SUFFIX, "rb") as handle:
            strings = marshal.loads(handle.read())
    except (OSError, EOFError, ValueError, TypeError):
        return None
    if type(strings) is not list or not all(type(s) is str for s in strings):
        return None
    return strings
