"""zig's clang run directly on the driver's own IR files (enzymec/driver/zig_cc1.py).

What must hold: the direct cc1 command gives the same pre-AD IR, byte for byte, and an
object with the same code as the `zig cc` command it stands for; the template is asked of
zig once and then read from the cache; anything unexpected (not zig, a command of another
shape, a broken cache file, a cc1 failure) gives None, so the caller runs `zig cc` itself.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from enzymec.driver import cc1_cwd, clang_codegen, clang_pre_ad, zig_cc1
from enzymec.driver.options import parse_args
from enzymec.driver.pipeline import Context
from enzymec.driver.toolchain import Toolchain, find_toolchain

IR = """target triple = "x86_64-pc-linux-gnu"
define double @f(ptr %x, i64 %n) {
entry:
  br label %loop
loop:
  %i = phi i64 [ 0, %entry ], [ %j, %loop ]
  %s = phi double [ 0.0, %entry ], [ %t, %loop ]
  %p = getelementptr inbounds double, ptr %x, i64 %i
  %v = load double, ptr %p
  %w = fmul double %v, %v
  %t = fadd double %s, %w
  %j = add nuw nsw i64 %i, 1
  %c = icmp ult i64 %j, %n
  br i1 %c, label %loop, label %done
done:
  ret double %t
}
"""

TC = find_toolchain()
needs_zig = pytest.mark.skipif(not TC.is_zig, reason="the direct route exists for zig cc only")


@pytest.fixture(autouse=True)
def own_cache(tmp_path, monkeypatch):
    """A cache directory of the test's own: no template from an earlier run is read."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))


def _ctx(tmp_path: Path, argv: list[str]) -> Context:
    work = tmp_path / "work"
    work.mkdir(exist_ok=True)
    return Context(parse_args(argv + ["-c", "x.c"]), TC, str(work))


def _text_section(obj: str) -> bytes:
    out = subprocess.run(["objcopy", "-O", "binary", "-j", ".text", obj, "/dev/stdout"],
                         capture_output=True, check=True)
    return out.stdout


@needs_zig
def test_pre_ad_ir_is_zig_cc_s_byte_for_byte(tmp_path):
    ctx = _ctx(tmp_path, ["-O3", "-march=native"])
    src = tmp_path / "in.ll"
    src.write_text(IR)
    cmd = clang_pre_ad.command(ctx, str(src), str(tmp_path / "zig.ll"))
    subprocess.run(cmd, check=True, capture_output=True)
    direct = zig_cc1.command(TC, cmd, str(src), str(tmp_path / "direct.ll"))
    assert direct[:3] == [TC.cc[0], "clang", "-cc1"]
    subprocess.run(direct, check=True, capture_output=True)
    zig_text = (tmp_path / "zig.ll").read_text()
    assert "fmul double" in zig_text and (tmp_path / "direct.ll").read_text() == zig_text


@needs_zig
@pytest.mark.parametrize("level", ["-O0", "-O3"])
def test_object_code_is_zig_cc_s(tmp_path, level):
    ctx = _ctx(tmp_path, [level, "-march=native", "-fno-math-errno"])
    src = tmp_path / "in.ll"
    src.write_text(IR)
    cmd = clang_codegen.command(ctx, str(src), str(tmp_path / "zig.o"))
    subprocess.run(cmd, check=True, capture_output=True)
    assert zig_cc1.run(TC, cmd, str(src), str(tmp_path / "direct.o")) == b""
    code = _text_section(str(tmp_path / "zig.o"))
    assert len(code) > 16 and _text_section(str(tmp_path / "direct.o")) == code


def _paths(tmp_path: Path, name: str, stem: str) -> tuple[str, str]:
    """An input file (zig cc -### wants it to exist) and an output path in the directory
    `name` under tmp_path."""
    where = tmp_path / name
    where.mkdir(exist_ok=True)
    (where / f"{stem}.bc").write_text(IR)
    return str(where / f"{stem}.bc"), str(where / f"{stem}.o")


@needs_zig
def test_template_is_asked_once_then_read_from_the_cache(tmp_path, monkeypatch):
    ctx = _ctx(tmp_path, ["-O2"])
    a_in, a_out = _paths(tmp_path, "a", "in")
    first = zig_cc1.command(TC, clang_codegen.command(ctx, a_in, a_out), a_in, a_out)
    monkeypatch.setattr(zig_cc1, "_ask_zig", lambda *a: pytest.fail("zig asked again"))
    b_in, b_out = _paths(tmp_path, "b", "post7")
    second = zig_cc1.command(TC, clang_codegen.command(ctx, b_in, b_out), b_in, b_out)
    assert first[-1] == a_in and second[-1] == b_in
    assert second[second.index("-o") + 1] == b_out
    assert second[second.index("-main-file-name") + 1] == "post7.bc"
    assert [a for a in first if a not in (a_in, a_out, "in.bc")] == \
        [a for a in second if a not in (b_in, b_out, "post7.bc")]


@needs_zig
def test_other_flags_or_directory_ask_again(tmp_path, monkeypatch):
    asked = []
    real = zig_cc1._ask_zig
    monkeypatch.setattr(zig_cc1, "_ask_zig", lambda *a: asked.append(1) or real(*a))
    src, out = _paths(tmp_path, "a", "in")
    for argv in (["-O2"], ["-O3"], ["-O2"]):
        cmd = clang_codegen.command(_ctx(tmp_path, argv), src, out)
        assert zig_cc1.command(TC, cmd, src, out) is not None
    assert len(asked) == 2  # -O2, -O3
    monkeypatch.chdir(tmp_path)
    moved = zig_cc1.command(TC, cmd, src, out)
    assert len(asked) == 2  # the directory only in the debug and coverage directories
    assert f"-fdebug-compilation-dir={tmp_path}" in moved
    assert f"-fcoverage-compilation-dir={tmp_path}" in moved


@needs_zig
def test_the_frontend_in_a_directory_holding_zig_stays_tied_to_it(tmp_path, monkeypatch):
    """zig names its headers by a path relative to a directory that holds them."""
    zig_root = os.path.dirname(os.path.dirname(os.path.realpath(TC.cc[0])))
    monkeypatch.chdir(zig_root)
    src = tmp_path / "a.c"
    src.write_text("#include <stddef.h>\nsize_t f(size_t x) { return x + 1; }\n")
    cmd = [*TC.cc, "-O2", "-c", "-emit-llvm", "-o", str(tmp_path / "a.bc"), str(src)]
    direct = zig_cc1.command(TC, cmd, str(src), str(tmp_path / "a.bc"))
    assert direct is not None
    monkeypatch.chdir(tmp_path)
    moved = zig_cc1.command(TC, cmd, str(src), str(tmp_path / "a.bc"))
    assert subprocess.run(moved, capture_output=True).returncode == 0


def test_a_template_names_the_directory_only_through_the_placeholder():
    template = ["-cc1", "-fdebug-compilation-dir=/p", "-fcoverage-compilation-dir=/p",
                "-resource-dir", "/p/.venv/lib/clang/22", "-I", "/p/include", "-o", "\0out"]
    general = cc1_cwd.generalize(template, "/p", ["zig", "cc", "-I/p/include"], "/p/.venv")
    assert general is not None and not any("/p" == a or "=/p" in a for a in general)
    assert cc1_cwd.fill(general, "/q")[1:3] == ["-fdebug-compilation-dir=/q",
                                                "-fcoverage-compilation-dir=/q"]
    assert cc1_cwd.fill(general, "/q")[3:8] == template[3:8]  # toolchain and given paths


@pytest.mark.parametrize("template", [
    ["-cc1", "-fdebug-compilation-dir=/p", "-I", "/p/inc"],  # a path zig made of the cwd
    ["-cc1", "-fdebug-compilation-dir=/p", "-fprofile-instrument-path=/p/x.prof"],
    ["-cc1", "-I", "inc"],  # no flag says which argument is the directory
    ["-cc1", "-fdebug-compilation-dir=/p", "-isystem", ".venv/lib/include"],  # zig's, relative
    ["-cc1", "-fdebug-compilation-dir=/p/sub"],  # another directory than the cwd
])
def test_a_template_with_the_directory_elsewhere_stays_tied_to_it(template):
    assert cc1_cwd.generalize(template, "/p", ["zig", "cc", "-Iinc"], "/z") is None


@needs_zig
def test_a_broken_cache_file_is_asked_again(tmp_path):
    src, out = _paths(tmp_path, "a", "in")
    cmd = clang_codegen.command(_ctx(tmp_path, ["-O2"]), src, out)
    good = zig_cc1.command(TC, cmd, src, out)
    for path in (tmp_path / "cache" / "enzymec" / "cc1").iterdir():
        path.write_text("4:-cc12:-o1:x")  # not ending in the source
    assert good is not None and zig_cc1.command(TC, cmd, src, out) == good


@needs_zig
def test_a_cc1_failure_leaves_the_command_to_zig_cc(tmp_path):
    ctx = _ctx(tmp_path, ["-O2"])
    src = tmp_path / "bad.ll"
    src.write_text("define i32 @f( {\n")
    cmd = clang_codegen.command(ctx, str(src), str(tmp_path / "bad.o"))
    assert zig_cc1.run(TC, cmd, str(src), str(tmp_path / "bad.o")) is None


def test_not_zig_or_another_command_has_no_direct_form():
    plain = Toolchain(("clang-22",), ("clang-22",), "22.1.8", False)
    assert zig_cc1.command(plain, ["clang-22", "-c", "a.bc"], "a.bc", "a.o") is None
    zig = Toolchain(("/z/zig", "cc"), ("/z/zig", "c++"), "22.1.8", True)
    assert zig_cc1.command(zig, ["/z/zig", "c++", "-c", "a.bc"], "a.bc", "a.o") is None


@pytest.mark.parametrize("argv", [
    ["zig", "-cc1", "-main-file-name", "a.bc", "-o", "a.o", "-x", "ir", "a.bc"],
])
def test_template_puts_placeholders_for_the_paths(argv):
    args = zig_cc1._template(argv, "a.bc")
    assert args[0] == "-cc1" and "a.bc" not in args and "a.o" not in args
    assert len(args) == len(argv) - 1


@pytest.mark.parametrize("argv", [
    ["zig", "-emit-obj", "-main-file-name", "a.bc", "-o", "a.o", "a.bc"],  # no -cc1
    ["zig", "-cc1", "-main-file-name", "a.bc", "-o", "a.o", "a.bc", "-v"],  # source not last
    ["zig", "-cc1", "-main-file-name", "a.bc", "-o", "a.o", "-o", "b.o", "a.bc"],  # two -o
    ["zig", "-cc1", "-o", "a.o", "a.bc"],  # no main file name
    ["zig", "-cc1", "-main-file-name", "m", "-o", "a.o", "-include", "a.bc", "a.bc"],
])
def test_unexpected_shapes_give_no_template(argv):
    assert zig_cc1._template(argv, "a.bc") is None


def test_cache_path_follows_xdg(tmp_path):
    assert zig_cc1._path("k").startswith(os.path.join(str(tmp_path), "cache", "enzymec"))
