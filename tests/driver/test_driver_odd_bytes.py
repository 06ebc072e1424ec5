"""NUL and non-UTF-8 bytes, unreadable and corrupted inputs: clang's meaning or a clean error.

LLVM reads a NUL outside quotes as whitespace and keeps every byte inside quotes and
comments; llvmlite alone would stop at the NUL and cannot take non-UTF-8 text. The module
enzymec compiles from such a .ll must be the one clang compiles: the tests compare the
globals and functions of both `-S -emit-llvm` outputs.
"""

from __future__ import annotations

import os
import random
import re
import shutil
import subprocess
import sys

import llvmlite.binding as llvm
import pytest

from drivertools import run_enzymec
from enzymec.diagnostics import CompileError
from enzymec.driver import backend, irinput
from enzymec.driver.isolated import ChildCrashed, call_isolated
from enzymec.driver.options import Input
from enzymec.driver.toolchain import find_toolchain

# name -> the .ll file's bytes; each must compile (clang accepts all of them).
ODD_IR = {
    "nul-between-functions": b"define i32 @f() {\n  ret i32 1\n}\n\0define i32 @g() {\n"
                             b"  ret i32 2\n}\n",
    "nul-in-string": b'@s = constant [3 x i8] c"a\0b"\n',
    "nul-in-comment": b"; a \0 comment\n@x = global i32 3\n",
    "latin1-in-string": b'@s = constant [2 x i8] c"\xe9\xff"\n',
    "utf8-in-string": b'@s = constant [2 x i8] c"\xc3\xa9"\n',
    "backslash-then-byte": b'@s = constant [3 x i8] c"\\\xff\\\\"\n',
    "escape-then-byte": b'@s = constant [2 x i8] c"\\41\xfe"\n',
    "bytes-in-comment": b"; caf\xe9 \xff\xfe\n@x = global i32 4 ; \xc0\n",
    "byte-in-quoted-name": b'@"n\xffm" = global i32 5\n',
    "byte-in-metadata": b'@x = global i32 6, !md !0\n!0 = !{!"m\xffd"}\n',
}


def defined_lines(ir: str) -> list[str]:
    """The lines that define globals and functions (what differs if bytes were lost)."""
    return [ln for ln in ir.splitlines()
            if re.match(r'(@|define |!\d+ = !\{!")', ln) and "llvm.ident" not in ln]


def clang_ir(path, cwd) -> str:
    """clang's own reading of the .ll (zig cc takes `-o -` for a file named '-')."""
    cmd = [*find_toolchain().clang(False), "-S", "-emit-llvm", str(path), "-o", "clang.ll"]
    subprocess.run(cmd, cwd=cwd, capture_output=True, check=True)
    return (cwd / "clang.ll").read_bytes().decode()


@pytest.mark.parametrize("name", sorted(ODD_IR))
def test_odd_bytes_mean_what_they_mean_to_clang(name, tmp_path):
    (tmp_path / "odd.ll").write_bytes(ODD_IR[name])
    proc = run_enzymec("-S", "-emit-llvm", "odd.ll", "-o", "-", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    ours = defined_lines(proc.stdout)
    assert ours and ours == defined_lines(clang_ir(tmp_path / "odd.ll", tmp_path))


def test_nul_warning_is_located(tmp_path):
    (tmp_path / "n.ll").write_bytes(ODD_IR["nul-between-functions"])
    proc = run_enzymec("-c", "n.ll", cwd=tmp_path)
    assert proc.returncode == 0
    first, source, caret = proc.stderr.splitlines()
    assert first == "n.ll:4:1: warning: null character ignored"
    assert source.startswith("    4 | <U+0000>") and caret == "      | ^"


def test_non_utf8_in_c_comment_and_string(tmp_path):
    """Raw bytes in a C comment and string literal keep their values, in the derivative too."""
    (tmp_path / "u.c").write_bytes(
        b"#include <stdio.h>\n#include <enzyme.h>\n/* caf\xe9 \xff */\n"
        b'static const char s[] = "a\xffz\xe9";\n'
        b"double f(double x) { return x * x * (unsigned char)s[1] + (unsigned char)s[3]; }\n"
        b'int main(void) { printf("%d %d %g\\n", (unsigned char)s[1], (unsigned char)s[3],'
        b" __builtin_autodiff(f, 3.0)); return 0; }\n")
    proc = run_enzymec("-O2", "u.c", "-o", "u", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    run = subprocess.run([str(tmp_path / "u")], capture_output=True, text=True, check=True)
    assert run.stdout == f"255 233 {2 * 3.0 * 255:g}\n"


def test_utf8_identifier_keeps_its_symbol(tmp_path):
    """A C identifier in UTF-8 names the same symbol after AD (enzymec's IR printer)."""
    (tmp_path / "cafe.c").write_bytes(
        b"#include <enzyme.h>\ndouble caf\xc3\xa9(double x) { return x * x * x; }\n"
        b"double dcafe(double x) { return __builtin_autodiff(caf\xc3\xa9, x); }\n")
    proc = run_enzymec("-S", "-emit-llvm", "cafe.c", "-o", "-", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert re.search(r'^define .*@"caf\\C3\\A9"\(', proc.stdout, re.M), proc.stdout


def test_stdin_ir_junk_is_located(tmp_path):
    junk = b"\x80" + random.Random(4).randbytes(100)
    proc = subprocess.run([*_python_enzymec(), "-c", "-x", "ir", "-", "-o", "o.o"], cwd=tmp_path,
                          input=junk, capture_output=True)
    assert proc.returncode == 1
    assert proc.stderr.decode().startswith("<stdin>:1:1: error: invalid byte 0x80")
    assert not (tmp_path / "o.o").exists()


def _python_enzymec() -> list[str]:
    return [sys.executable, "-m", "enzymec"]


def _without_read_permission() -> list[str]:
    """A command prefix under which a mode-000 file cannot be read, even by root."""
    if os.geteuid() != 0:
        return []
    assert shutil.which("setpriv"), "root needs setpriv (util-linux) to drop CAP_DAC_*"
    caps = "-dac_override,-dac_read_search"
    return ["setpriv", f"--inh-caps={caps}", f"--bounding-set={caps}"]


@pytest.mark.parametrize("name", ["secret.c", "secret.ll", "secret.bc"])
def test_unreadable_input(name, tmp_path):
    path = tmp_path / name
    path.write_text("int main(void) { return 0; }\n")
    path.chmod(0)
    proc = run_enzymec("-c", name, "-o", "out.o", cwd=tmp_path, prefix=_without_read_permission())
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    assert proc.stderr == f"enzymec: error: error reading '{name}': Permission denied\n"
    assert not (tmp_path / "out.o").exists()


def test_isolated_child_crash_is_reported():
    with pytest.raises(ChildCrashed, match="SIGABRT"):
        call_isolated(os.abort)
    assert call_isolated(lambda a, b: a + b, "x", "y") == "xy"


def test_isolated_compile_error_keeps_its_location():
    def fail():
        from enzymec.diagnostics import SourceLocation
        raise CompileError("bad", SourceLocation("f.ll", 3, 4), "a note")
    with pytest.raises(CompileError) as info:
        call_isolated(fail)
    assert str(info.value) == "f.ll:3:4: error: bad\nf.ll:3:4: note: a note"


def test_reader_crash_becomes_located_error(tmp_path, monkeypatch):
    """A bitcode reader that aborts (LLVM's assertions) is an error, not a dead compiler."""
    path = tmp_path / "c.bc"
    path.write_bytes(llvm.parse_assembly("@x = global i32 1\n").as_bitcode())
    monkeypatch.setattr(backend, "parse_bitcode", lambda data, name: os.abort())
    with pytest.raises(CompileError) as info:
        irinput.load_ir_input(Input(str(path), "bc"), "c.bc")
    assert str(info.value) == ("c.bc: error: invalid bitcode: LLVM's reader failed on this "
                               "file (SIGABRT)")


def _corrupt(data: bytes, rnd: random.Random) -> bytes:
    out = bytearray(data)
    for _ in range(rnd.randint(1, 8)):
        out[rnd.randrange(len(out))] = rnd.randrange(256)
    return bytes(out)


@pytest.mark.parametrize("suffix", [".bc", ".ll"])
def test_corrupted_ir_never_crashes(suffix, tmp_path):
    """Seeded random byte corruptions of a real module: compiled, or a clean error."""
    src = tmp_path / "g.c"
    src.write_text("double g(double x) { double s = 0; for (int i = 0; i < 9; i++) "
                   "s += x * i; return s; }\nint main(void) { return (int)g(2.0); }\n")
    flags = ["-c", "-emit-llvm"] if suffix == ".bc" else ["-S", "-emit-llvm"]
    run_enzymec(*flags, "g.c", "-o", "g" + suffix, cwd=tmp_path, check=True)
    data, rnd, tmpdir = (tmp_path / ("g" + suffix)).read_bytes(), random.Random(7), tmp_path / "t"
    tmpdir.mkdir()
    statuses = []
    for _ in range(12):
        (tmp_path / ("c" + suffix)).write_bytes(_corrupt(data, rnd))
        proc = run_enzymec("-c", "c" + suffix, "-o", "c.o", cwd=tmp_path,
                           env={"TMPDIR": str(tmpdir)})
        assert proc.returncode in (0, 1), proc.stderr
        assert "Traceback" not in proc.stderr and "internal compiler error" not in proc.stderr
        assert (tmp_path / "c.o").exists() == (proc.returncode == 0)
        assert os.listdir(tmpdir) == []
        statuses.append(proc.returncode)
        (tmp_path / "c.o").unlink(missing_ok=True)
    assert 1 in statuses
