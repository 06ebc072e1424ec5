"""Golden properties of optimized gradients: the talk's case studies end as handwritten code.

reluf: after -O3 the gradient has no allocation and no loop (the talk's "essentially the
optimal hand-compiled program"). read-sum: `total += read() * x[i]` over 10 iterations
needs the 10 values of read() in the reverse sweep; after -O3 no tape allocation remains
(the talk's "after more optimizations"). The properties are read from the printed IR with
enzymec's own parser and loop analysis.
"""

from __future__ import annotations

import shutil
import subprocess
import sys

import pytest

from enzymec.analysis import loops
from enzymec.ir import CallInst, parse_module

REL_UF = r"""
#include <enzyme.h>
#include <math.h>
double reluf(double x) { double r; if (x > 0) r = sin(x) * x; else r = 0; return r; }
double diffe_reluf(double x) { return __builtin_autodiff(reluf, x); }
"""

READ_SUM = r"""
#include <enzyme.h>
double read(void);
static double sum(double *x) {
    double total = 0;
    for (int i = 0; i < 10; i++) total += read() * x[i];
    return total;
}
void diffe_sum(double *x, double *xp) { __builtin_autodiff(sum, x, xp); }
"""

# the kept and stacked tapes' slow paths (runtime/enzymec_rt.c) are what is left of them
# after inlining
ALLOCATORS = {"malloc", "calloc", "realloc", "free", "__enzymec_tape_slot", "__enzymec_tape_reserve",
              "__enzymec_tape_acquire", "__enzymec_tape_keep", "__enzymec_stack_tape_take"}


def enzymec() -> list[str]:
    found = shutil.which("enzymec")
    return [found] if found else [sys.executable, "-m", "enzymec"]


def optimized_function(tmp_path, source: str, name: str):
    path = tmp_path / "case.c"
    path.write_text(source)
    out = tmp_path / "case.ll"
    subprocess.run([*enzymec(), "-O3", "-S", "-emit-llvm", str(path), "-o", str(out)],
                   check=True)
    module = parse_module(out.read_text(), str(out))
    function = module.get_function(name)
    assert function is not None and not function.is_declaration
    return function


def called_names(function) -> set[str]:
    return {i.called_function.name for i in function.instructions()
            if isinstance(i, CallInst) and i.called_function is not None}


def test_reluf_gradient_has_no_tape_and_no_loop(tmp_path):
    function = optimized_function(tmp_path, REL_UF, "diffe_reluf")
    assert not called_names(function) & ALLOCATORS
    assert not [i for i in function.instructions() if i.opcode == "alloca"]
    assert len(loops(function)) == 0
    assert "llvm.cos.f64" in called_names(function)  # the derivative of sin is there


def test_read_sum_tape_is_optimized_away(tmp_path):
    function = optimized_function(tmp_path, READ_SUM, "diffe_sum")
    names = called_names(function)
    assert not names & ALLOCATORS, names
    assert not [i for i in function.instructions() if i.opcode == "alloca"]
    assert sum(1 for i in function.instructions()
               if isinstance(i, CallInst) and i.called_function.name == "read") == 10


@pytest.mark.parametrize("level", ["-O0", "-O2"])
def test_unoptimized_read_sum_does_tape(tmp_path, level):
    """The property above is the optimizer's work: before it, the tape is there."""
    path = tmp_path / "case.c"
    path.write_text(READ_SUM)
    out = tmp_path / "case.ll"
    subprocess.run([*enzymec(), level, "--enzymec-dump-ir=ad", "-c", str(path), "-o",
                    str(tmp_path / "case.o")], check=True, stderr=out.open("w"))
    assert "__enzymec_tape" in out.read_text()


TREE = r"""
#include <enzyme.h>
static double leaf(const double *x, int n) {
    double s = 0;
    for (int i = 0; i < n; i++) s += x[i] * x[i];
    return s;
}
double tree(const double *x, int n) {
    if (n <= 16) return leaf(x, n);
    double a = tree(x, n / 2), b = tree(x + n / 2, n - n / 2);
    return a * b + a;
}
double outer(double *x, int n) {
    %s
    return tree(x, n);
}
void dtree(double *x, double *dx, int n) { __builtin_autodiff(outer, x, dx, n); }
"""


@pytest.mark.parametrize("writes_x", [False, True])
def test_split_callee_rereads_memory_nobody_writes(tmp_path, writes_x):
    """A recursive reader of `x`: when nothing in the gradient writes x, the reverse of the
    recursive function loads x[i] again instead of taping it (no tape array at all, since
    the leaf loop needs nothing else); when the caller writes x first, the values are taped."""
    source = TREE % ("x[0] = 2.0 * x[0];" if writes_x else "")
    function = optimized_function(tmp_path, source, "tree.augmented")
    # the tape record every augmented call returns comes from __enzymec_record_push (a
    # stack); any other allocation is a tape array
    tape_arrays = called_names(function) & (ALLOCATORS - {"free"})
    assert bool(tape_arrays) == writes_x, called_names(function)
