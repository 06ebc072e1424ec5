"""The driver's other-language inputs: Fortran suffixes and flang-only flags, -c/-S on
Fortran, a plain C + Fortran program (no derivatives) linked with flang's runtime, and
-flto's whole-program link."""

from __future__ import annotations

import subprocess

import pytest

import langcheck
from enzymec.driver.options import parse_args


@pytest.mark.parametrize("name", ["k.f", "k.F", "k.f90", "k.F90", "k.f95", "k.f03", "k.f08"])
def test_fortran_suffixes(name):
    assert [i.lang for i in parse_args(["-c", name]).inputs] == ["fortran"]


def test_flang_only_flags_stay_away_from_clang():
    opts = parse_args(["-J", "mods", "-ffree-form", "-cpp", "-fPIC", "-Iinc", "x.f90", "y.c"])
    assert opts.fcflags == ["-J", "mods", "-ffree-form", "-cpp"]
    assert opts.cflags == ["-fPIC", "-Iinc"] and opts.fortran


def _run(cmd, cwd):
    proc = subprocess.run([str(c) for c in cmd], capture_output=True, text=True, cwd=cwd)
    assert proc.returncode == 0, proc.stderr
    return proc.stdout


def test_fortran_object_and_ir(tmp_path):
    langcheck.require("fortran")
    src = tmp_path / "k.f90"
    src.write_text("real(8) function twice(x) bind(C)\n  real(8), value :: x\n"
                   "  twice = 2 * x\nend function\n")
    _run(["enzymec", "-O2", "-c", src], tmp_path)
    assert (tmp_path / "k.o").stat().st_size > 0
    _run(["enzymec", "-O2", "-S", "-emit-llvm", src], tmp_path)
    assert "define double @twice(double" in (tmp_path / "k.ll").read_text()


def test_c_and_fortran_program_links_flang_runtime(tmp_path):
    """Fortran I/O needs flang's runtime: enzymec adds it to the link."""
    langcheck.require("fortran")
    (tmp_path / "p.f90").write_text(
        "subroutine show(x) bind(C)\n  real(8), value :: x\n  print '(F6.2)', x\n"
        "end subroutine\n")
    (tmp_path / "m.c").write_text("void show(double);\nint main(void) { show(2.5); return 0; }\n")
    _run(["enzymec", "m.c", "p.f90", "-o", "prog"], tmp_path)
    assert _run(["./prog"], tmp_path).strip() == "2.50"


def test_flto_links_units_before_ad(tmp_path):
    """A C unit differentiates a function of an IR unit only with -flto."""
    (tmp_path / "k.ll").write_text("define double @cube(double %x) {\n  %a = fmul double %x, %x\n"
                                   "  %b = fmul double %a, %x\n  ret double %b\n}\n")
    (tmp_path / "m.c").write_text(
        "#include <enzyme.h>\n#include <stdio.h>\ndouble cube(double);\n"
        "int main(void) { printf(\"%g\\n\", __builtin_autodiff(cube, 2.0)); return 0; }\n")
    proc = subprocess.run(["enzymec", "m.c", "k.ll", "-o", "prog"], capture_output=True,
                          text=True, cwd=tmp_path)
    assert proc.returncode == 1 and "enzymec -flto" in proc.stderr
    _run(["enzymec", "-flto", "m.c", "k.ll", "-o", "prog"], tmp_path)
    assert _run(["./prog"], tmp_path).strip() == "12"


def test_fortran_preprocess_uses_flang(tmp_path):
    langcheck.require("fortran")
    (tmp_path / "p.F90").write_text("subroutine s()\n  print *, SCALE\nend subroutine\n")
    out = _run(["enzymec", "-E", "-DSCALE=7", "p.F90"], tmp_path)
    assert "print *, 7" in out


@pytest.mark.parametrize("flags, merged", [(["-flto"], True), (["-flto=thin"], True),
                                           (["-flto", "-fno-lto"], False), ([], False)])
def test_whole_program_switch(flags, merged):
    assert parse_args([*flags, "a.c", "b.f90"]).whole_program is merged
    assert parse_args([*flags, "a.c", "b.o"]).whole_program is False
