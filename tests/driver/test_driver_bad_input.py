"""Malformed and unusual inputs: each is clang's behaviour, or a clean located error.

Every case runs enzymec as a build system would and checks the exit status, the diagnostic,
that no Python traceback or internal error escaped, that no output file appeared on failure
(and one did on success), and that no temporary file was left behind. `test_same_as_clang`
runs the reference compiler (the toolchain's clang with -c, the system cc for links) on the
same input and checks that it agrees on success or failure.
"""

from __future__ import annotations

import os
import random
import re
import struct
import subprocess
from dataclasses import dataclass

import llvmlite.binding as llvm
import pytest

from drivertools import run_enzymec

MAIN_IR = "define i32 @main() {\n  ret i32 7\n}\n"
JUNK = b"\xff\x80" + random.Random(10).randbytes(300)  # seeded; starts with bytes UTF-8 never has


def bitcode(ir: str = MAIN_IR) -> bytes:
    return llvm.parse_assembly(ir).as_bitcode()


def wrapped_bitcode() -> bytes:
    """Bitcode inside the wrapper header (magic 0x0B17C0DE, offset, size, CPU type)."""
    data = bitcode()
    return struct.pack("<5I", 0x0B17C0DE, 0, 20, len(data), 7) + data


def truncated(fraction: float) -> bytes:
    data = bitcode()
    return data[:max(5, int(len(data) * fraction))]


@dataclass(frozen=True)
class Case:
    """One input file, how enzymec is run on it, and what must happen."""

    id: str
    file: str
    data: bytes | None  # None: a directory
    rc: int
    stderr: tuple[str, ...] = ()  # regular expressions, each matching a whole stderr line
    link: bool = False  # link into a program instead of -c
    writes: bool | None = None  # an output file appears (default: when rc is 0)
    reference: str = "clang"  # the compiler to agree with: the toolchain's clang, or cc
    same_as_clang: bool = True  # False: enzymec differs from clang on purpose (see `why`)
    why: str = ""

    @property
    def output_expected(self) -> bool:
        return self.rc == 0 if self.writes is None else self.writes


CASES = [
    Case("nul-then-garbage.ll", "nul.ll", MAIN_IR.encode() + b"\0garbage\n", 1,
         (r"nul\.ll:4:1: warning: null character ignored",
          r"nul\.ll:4:2: error: expected top-level entity")),
    Case("nul-then-bad-body.ll", "nul2.ll", b"define i32 @main() {\0\n  ret i32 %x\n}\n", 1,
         (r"nul2\.ll:1:21: warning: null character ignored",
          r"nul2\.ll:2:11: error: use of undefined value '%x'")),
    Case("non-utf8-outside-strings.ll", "bad8.ll", b"define i32 @main() {\n  ret i32 \xe9\n}\n", 1,
         (r"bad8\.ll:2:11: error: invalid byte 0xE9 in LLVM IR \(outside any comment or "
          r"quoted string\)",)),
    Case("junk.ll", "junk.ll", JUNK, 1, (r"junk\.ll:1:1: error: invalid byte 0xFF .*",)),
    Case("junk.bc", "junk.bc", JUNK, 1, (r"junk\.bc:1:1: error: invalid byte 0xFF .*",)),
    Case("c-source-named.bc", "src.bc", b"int main(void) { return 0; }\n", 1,
         (r"src\.bc:1:1: error: expected top-level entity",)),
    Case("text-ir-named.bc", "text.bc", MAIN_IR.encode(), 0),
    Case("bitcode-named.ll", "binary.ll", bitcode(), 0),
    Case("wrapped-bitcode.bc", "wrapped.bc", wrapped_bitcode(), 0),
    Case("bitcode-magic-only.bc", "magic.bc", b"BC\xc0\xde", 1,
         (r"magic\.bc: error: invalid bitcode: .*",)),
    *[Case(f"truncated-{int(f * 100)}pct.bc", "cut.bc", truncated(f), 1,
           (r"cut\.bc: error: invalid bitcode: .*",)) for f in (0.1, 0.5, 0.9, 0.99)],
    Case("junk.c", "junk.c", JUNK, 1, (r"junk\.c:1:1: error: source file is not valid UTF-8",)),
    Case("junk.cpp", "junk.cpp", JUNK, 1,
         (r"junk\.cpp:1:1: error: source file is not valid UTF-8",)),
    Case("junk.o-linked", "junk.o", JUNK, 1, (r".*junk\.o: file (format )?not recognized.*",),
         link=True, reference="cc"),
    Case("junk.o-with-c", "junk.o", JUNK, 0,
         (r"enzymec: warning: junk\.o: 'linker' input unused \[-Wunused-command-line-argument\]",),
         writes=False, reference="cc"),
    Case("empty.c", "empty.c", b"", 0),
    Case("empty.cpp", "empty.cpp", b"", 0),
    Case("empty.ll", "empty.ll", b"", 0),
    Case("empty.bc", "empty.bc", b"", 0),
    Case("empty.o-with-c", "empty.o", b"", 0, (r"enzymec: warning: empty\.o: 'linker' .*",),
         writes=False, reference="cc"),
    Case("empty.c-linked", "empty.c", b"", 1, (r".*undefined reference to [`']main'",), link=True,
         reference="cc"),
    Case("empty.s-with-c", "empty.s", b"", 1,
         (r"enzymec: error: 'empty\.s' is assembly input, which enzymec does not compile .*",),
         same_as_clang=False, why="clang assembles it; enzymec says so instead of doing nothing"),
    Case("directory.c", "dir.c", None, 1, (r"enzymec: error: error reading 'dir\.c': Is a directory",)),
    Case("directory.ll", "dir.ll", None, 1,
         (r"enzymec: error: error reading 'dir\.ll': Is a directory",)),
    Case("directory.o-linked", "dir.o", None, 1,
         (r"enzymec: error: error reading 'dir\.o': Is a directory",), link=True, reference="cc"),
]


def make_input(directory, case: Case) -> None:
    path = directory / case.file
    if case.data is None:
        path.mkdir()
    else:
        path.write_bytes(case.data)


def command(case: Case) -> list[str]:
    return [case.file, "-o", "prog"] if case.link else ["-c", case.file, "-o", "out.o"]


def output_name(case: Case) -> str:
    return "prog" if case.link else "out.o"


def assert_clean(proc, case: Case, tmp_path, tmpdir) -> None:
    """Exit status, diagnostics, no traceback, output only on success, no leftovers."""
    assert proc.returncode == case.rc, proc.stderr
    assert "Traceback" not in proc.stderr and "internal compiler error" not in proc.stderr
    lines = proc.stderr.splitlines()
    for pattern in case.stderr:
        assert any(re.fullmatch(pattern, line) for line in lines), (pattern, proc.stderr)
    assert (tmp_path / output_name(case)).exists() == case.output_expected
    assert sorted(os.listdir(tmp_path)) == sorted({case.file, "tmp"} | (
        {output_name(case)} if case.output_expected else set()))
    assert os.listdir(tmpdir) == []


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_bad_input(case, tmp_path):
    tmpdir = tmp_path / "tmp"
    tmpdir.mkdir()
    make_input(tmp_path, case)
    proc = run_enzymec(*command(case), cwd=tmp_path, env={"TMPDIR": str(tmpdir)})
    assert_clean(proc, case, tmp_path, tmpdir)


def reference_command(case: Case) -> list[str]:
    """The toolchain's clang, or the system cc (links, and linker inputs: zig cc links those)."""
    if case.reference == "cc":
        return ["cc", *command(case)]
    from enzymec.driver.toolchain import find_toolchain

    return [*find_toolchain().clang(case.file.endswith(".cpp")), *command(case)]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_same_as_clang(case, tmp_path):
    """The reference compiler succeeds or fails on the same input as enzymec does."""
    make_input(tmp_path, case)
    ref = subprocess.run(reference_command(case), cwd=tmp_path, capture_output=True)
    if case.same_as_clang:
        assert (ref.returncode == 0) == (case.rc == 0), ref.stderr
    else:
        assert (ref.returncode == 0) != (case.rc == 0), case.why


@pytest.mark.parametrize("args, shown", [
    (["-c", "ok.c", "-o", "missing/ok.o"], "missing/ok.o': 'No such file or directory'"),
    (["-c", "ok.c", "-o", "adir"], "adir': 'Is a directory'"),
    (["ok.c", "-o", "missing/prog"], "missing/prog': 'No such file or directory'"),
])
def test_unwritable_output(args, shown, tmp_path):
    """An output enzymec cannot create is clang's error (exit 1), with nothing left behind."""
    (tmp_path / "ok.c").write_text("int main(void) { return 0; }\n")
    (tmp_path / "adir").mkdir()
    proc = run_enzymec(*args, cwd=tmp_path)
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    assert f"enzymec: error: unable to open output file '{shown}" in proc.stderr
    assert sorted(os.listdir(tmp_path)) == ["adir", "ok.c"] and not os.listdir(tmp_path / "adir")
