"""`-g` with derivatives: the module enzymec writes keeps valid debug info.

Synthesized functions have no DISubprogram; code copied into them (inlined callees, loop
metadata) once carried locations scoped to the user's functions, which after LLVM inlined a
gradient into its caller pointed at the wrong subprogram: LLVM then dropped the module's
whole debug info when reading it, and its loop vectorizer aborted the compiler at -O2
(gauss_seidel). `#dbg_value(!DIArgList(...))` records printed stale value names
(cxx_vector_data at -O2: an unreadable module); OpenMP gradients, which always split the
outlined body, failed LLVM's verifier. Each program here hit one of these."""

from __future__ import annotations

import subprocess
import sys

import pytest

from drivertools import REPO, run_enzymec

PROGRAMS = ["gauss_seidel.c", "custom_derivative.c", "cxx_vector_data.cpp",
            "split_recursive.c", "heap_struct_array.c", "omp/private_plain.c"]

# reads a module as llvmlite (LLVM's IR reader) does, printing what it says about debug info
REREAD = ("import sys, llvmlite.binding as llvm\n"
          "m = llvm.parse_assembly(open(sys.argv[1]).read())\n"
          "print(str(m).count('!dbg'))\n")


@pytest.mark.parametrize("level", ["-O0", "-O2"])
@pytest.mark.parametrize("program", PROGRAMS)
def test_debug_info_survives_differentiation(tmp_path, program, level):
    source = REPO / "tests" / "c" / program
    out = tmp_path / "out.ll"
    openmp = ["-fopenmp"] if program.startswith("omp/") else []  # split calls in every gradient
    run_enzymec(level, "-g", *openmp, "-S", "-emit-llvm", f"-I{source.parent}", source, "-o",
                out, check=True)
    text = out.read_text()
    reread = subprocess.run([sys.executable, "-c", REREAD, str(out)], capture_output=True,
                            text=True, check=True)
    assert "invalid debug info" not in reread.stderr, reread.stderr
    kept = int(reread.stdout)
    # every located line of the user's code is still there after reading the module back
    assert kept == text.count("!dbg") and kept > 10, (kept, text.count("!dbg"))
