"""Regular expressions compiled once per machine (enzymec/regex_cache.py).

What must hold: a pattern from the cache is the very Pattern `re.compile` makes (Pattern
equality compares pattern, flags and code), with the same groups and matches, whether it
was just compiled or read back by another process; a damaged or foreign cache file is no
entry and no error; a cache that cannot be written leaves no file behind; and a process
whose cache holds the driver's patterns compiles none of them with `re`'s compiler.
"""

from __future__ import annotations

import marshal
import os
import re
import subprocess
import sys

import pytest

from drivertools import REPO
from enzymec import regex_cache

# patterns of every kind the modules use: named groups, flags, lookbehinds, bytes, verbose
PATTERNS = [
    (r'@("(?:[^"\\]|\\.)*"|[-a-zA-Z$._0-9]+)', 0),
    (r"^(?P<loc>[^\n]*?:\d+:\d+): warning: unknown attribute '(?P<name>[^']*)'", re.M),
    (r"call(?<!\wcall)\s+(?P<ret>\w+)", 0),
    (rb'^error: unknown clang option: "([^"]*)"$', re.MULTILINE),
    (r"""(?P<ws>[ \t]+) | (?P<word>[a-z]+) | (?P<num>-?\d+)""", re.VERBOSE),
    (r"ǅ[a-z]+", re.IGNORECASE),
]
TEXTS = ['@"a b" @x.1 %y', "f.c:3:7: warning: unknown attribute 'enzyme_x' ignored\nrest",
         "  %r = call double @f()", b'error: unknown clang option: "-fnope"', "ab -12  cd",
         "ǆABC ǅabc"]


@pytest.fixture(autouse=True)
def own_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setattr(regex_cache, "_loaded", None)


def _same(a: re.Pattern, b: re.Pattern) -> None:
    assert a == b and a.flags == b.flags and a.groupindex == b.groupindex
    for text in TEXTS:
        if isinstance(text, bytes) == isinstance(a.pattern, bytes):
            assert [m.span() for m in a.finditer(text)] == [m.span() for m in b.finditer(text)]
            assert [m.groups() for m in a.finditer(text)] == [m.groups() for m in b.finditer(text)]


def test_compiled_and_read_back_patterns_are_res_own(monkeypatch):
    first = [regex_cache.compile(p, f) for p, f in PATTERNS]
    stored = regex_cache._path()
    with open(stored, "rb") as handle:
        assert len(marshal.loads(handle.read())) == len(PATTERNS)
    monkeypatch.setattr(regex_cache, "_loaded", None)  # as a new process would start
    again = [regex_cache.compile(p, f) for p, f in PATTERNS]
    for (pattern, flags), a, b in zip(PATTERNS, first, again):
        _same(a, re.compile(pattern, flags))
        _same(b, re.compile(pattern, flags))
    # the second round built each Pattern from the stored code alone
    assert all(key in regex_cache._loaded for key in ((p, int(f)) for p, f in PATTERNS))


@pytest.mark.parametrize("content", [b"", b"not marshal", marshal.dumps([1, 2]),
                                     marshal.dumps({(PATTERNS[0][0], 0): (1, [999], 0, {}, ())})])
def test_a_damaged_cache_file_is_no_entry(content):
    path = regex_cache._path()
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as handle:
        handle.write(content)
    pattern, flags = PATTERNS[0]
    _same(regex_cache.compile(pattern, flags), re.compile(pattern, flags))


def test_an_unwritable_cache_leaves_no_file(tmp_path, monkeypatch):
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the cache directory would be")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocked))
    pattern, flags = PATTERNS[1]
    _same(regex_cache.compile(pattern, flags), re.compile(pattern, flags))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["blocked"]


def test_a_warm_driver_start_compiles_no_pattern_with_re(tmp_path):
    """Every module the driver, the IR parser and the AD load takes its patterns from the
    cache once it is filled: re's compiler (re._compiler.compile) is not called for them
    (the standard library's own patterns, `locale`'s, still are)."""
    code = ("import re._compiler as c, sys, traceback; calls = []; real = c.compile\n"
            "def counted(*a):\n"  # the frame that asked re for the pattern: enzymec's?
            "    asker = [f for f in traceback.extract_stack() if '/re/' not in f.filename][-2]\n"
            "    if '/enzymec/' in asker.filename:\n"
            "        calls.append(a[0])\n"
            "    return real(*a)\n"
            "c.compile = counted\n"
            "import enzymec.driver.cli, enzymec.driver.pipeline, enzymec.ir.parser, "
            "enzymec.driver.rt_text, enzymec.driver.pre_ad_scope, enzymec.ad.api\n"
            "print(len(calls))")
    env = {"XDG_CACHE_HOME": str(tmp_path / "cache"), "PYTHONPATH": str(REPO),
           "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}
    runs = [subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                           env=env, check=True).stdout.strip() for _ in range(2)]
    assert int(runs[0]) > 30  # the first start compiles the modules' patterns (and stores them)
    assert runs[1] == "0"
