"""Regular expressions compiled once per machine instead of once per process (issue 11 item 5).

Why: a compile imports about seventy modules that compile a pattern when they load, and
Python's `re` compiles in Python: its parser and code generator (`re._parser`,
`re._compiler`) turn each pattern into a list of integers, which `_sre.compile` (C) checks
and wraps into a Pattern. For the 71 patterns a compile of benchmarks/c/logsumexp/timed.c
loads, that was 41 million of the driver's 472 million instructions, nearly all of it the
two Python steps.

How: the list, with the group names and final flags `_sre.compile` takes beside it, is kept
in one marshal file in enzymec's cache directory, named after this Python's version and its
engine's `_sre.MAGIC`; a later process passes it straight to `_sre.compile`. An entry is
stored only after the Pattern built from it compared equal to `re.compile`'s (Pattern
equality compares the pattern, the flags and the code), and `_sre.compile` checks the code
again on every load; any other Python, a missing or damaged file, or any failure falls back
to `re.compile`. Only module-level constant patterns come here (`compile`); a pattern built
from a program's names would grow the file with each program.
"""

from __future__ import annotations

import marshal
import re
import sys

from enzymec.driver.cache_file import cache_path, store_bytes

try:
    import _sre
    from re import _compiler, _parser
except ImportError:  # another interpreter: re.compile alone
    _sre = None

_MAX_ENTRIES = 2000  # stale patterns of older checkouts are dropped past this many
_loaded: dict | None = None  # (pattern, flags) -> _sre.compile's arguments after the pattern


def compile(pattern: str, flags: int = 0) -> re.Pattern:
    """`re.compile(pattern, flags)`, from the cache where it holds the pattern."""
    flags = int(flags)
    entries = _entries()
    args = entries.get((pattern, flags))
    if args is not None:
        try:
            return _sre.compile(pattern, *args)
        except Exception:  # damaged: compiled and stored anew below
            pass
    compiled = re.compile(pattern, flags)
    if _sre is not None:
        _remember(entries, pattern, flags, compiled)
    return compiled


def _path() -> str:
    version = f"{sys.implementation.name}-{sys.hexversion:x}-{getattr(_sre, 'MAGIC', 0)}"
    return cache_path(f"regex-{version}.marshal")


def _entries() -> dict:
    global _loaded
    if _loaded is None:
        _loaded = {}
        if _sre is not None:
            try:
                with open(_path(), "rb") as handle:
                    found = marshal.loads(handle.read())
                if type(found) is dict:
                    _loaded = found
            except (OSError, EOFError, ValueError, TypeError):
                pass
    return _loaded


def _arguments(pattern: str, flags: int) -> tuple:
    """What re._compiler.compile passes to _sre.compile after the pattern (CPython 3.11+)."""
    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    names = dict(parsed.state.groupdict)
    by_index = [None] * parsed.state.groups
    for name, index in names.items():
        by_index[index] = name
    return (int(flags | parsed.state.flags), [int(op) for op in code],  # named constants: ints
            parsed.state.groups - 1, names, tuple(by_index))


def _remember(entries: dict, pattern: str, flags: int, compiled: re.Pattern) -> None:
    """Store the arguments of `pattern` if they rebuild `compiled` exactly; never raises."""
    try:
        args = _arguments(pattern, flags)
        if _sre.compile(pattern, *args) != compiled:
            return
        if len(entries) >= _MAX_ENTRIES:
            entries.clear()
        entries[(pattern, flags)] = args
        data = marshal.dumps(entries)
    except Exception:  # another re's internals: no entry
        entries.pop((pattern, flags), None)
        return
    store_bytes(_path(), data)
