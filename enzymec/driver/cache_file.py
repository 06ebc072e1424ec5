"""A list of strings in the user's cache directory, written so that parallel builds never
read half a file (zig_cc1.py's cc1 templates, llvm_facts.py's facts of llvmlite's LLVM,
toolchain.py's clang versions); `cache_path` is enzymec's cache directory for every cache.

Each string is stored as its length, a colon and itself, in UTF-8 (any character may occur,
zig_cc1's placeholders hold NUL): reading them back needs no `json`, whose import was a
millisecond of every compile's start.
"""

from __future__ import annotations

import os


def cache_path(*parts: str) -> str:
    """$XDG_CACHE_HOME/enzymec/PARTS (or ~/.cache/enzymec/PARTS)."""
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "enzymec", *parts)


def store(path: str, strings: list[str]) -> None:
    """Write `strings` to `path` atomically; a cache that cannot be written is no error."""
    try:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        tmp = f"{path}.{os.getpid()}.tmp"
        with open(tmp, "w", encoding="utf-8") as handle:
            handle.write("".join(f"{len(s)}:{s}" for s in strings))
        os.replace(tmp, path)
    except OSError:
        pass


def load(path: str) -> list[str] | None:
    """The strings stored at `path`, or None (no such file, not UTF-8, not in that form)."""
    try:
        with open(path, encoding="utf-8") as handle:
            text = handle.read()
    except (OSError, ValueError):
        return None
    strings, at = [], 0
    while at < len(text):
        colon = text.find(":", at)
        if colon < 0 or not text[at:colon].isdigit():
            return None
        end = colon + 1 + int(text[at:colon])
        if end > len(text):
            return None
        strings.append(text[colon + 1:end])
        at = end
    return strings
