"""A JSON value in the user's cache directory, written so that parallel builds never read
half a file (zig_cc1.py's cc1 templates, llvm_facts.py's facts of llvmlite's LLVM)."""

from __future__ import annotations

import json
import os


def cache_path(*parts: str) -> str:
    """$XDG_CACHE_HOME/enzymec/PARTS (or ~/.cache/enzymec/PARTS)."""
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "enzymec", *parts)


def store(path: str, value) -> None:
    """Write `value` to `path` atomically; a cache that cannot be written is no error."""
    try:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        tmp = f"{path}.{os.getpid()}.tmp"
        with open(tmp, "w", encoding="utf-8") as handle:
            json.dump(value, handle)
        os.replace(tmp, path)
    except OSError:
        pass
