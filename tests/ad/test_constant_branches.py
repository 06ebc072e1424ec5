"""ad/passes/constant_branches.py on IR: a switch and a conditional branch on constants
become branches to the successor they take, the phis of the successors left behind forget
this block's edges (all of them, for a switch naming one block twice), the blocks no path
reaches any more go, and clang compiles the result. The C++ case that needs it (a
std::function's manager inlined with a constant operation): tests/c/cxx_std_function.cpp."""

from __future__ import annotations

import pytest

from enzymec.ir import parse_module, print_module
from enzymec.ad.passes.constant_branches import fold_constant_branches
from test_scoped_arrays import assert_clang_compiles

MANAGER = """
define double @f(ptr %p, double %x) {
entry:
  switch i32 3, label %done [
    i32 0, label %typeinfo
    i32 1, label %pointer
    i32 2, label %copy
    i32 5, label %done
    i32 6, label %done
  ]

typeinfo:
  store ptr null, ptr %p, align 8
  br label %done

pointer:
  store ptr %p, ptr %p, align 8
  br label %done

copy:
  %bits = load i64, ptr %p, align 8
  store i64 %bits, ptr %p, align 8
  br label %done

done:
  %r = phi double [ 1.0, %typeinfo ], [ 2.0, %pointer ], [ 3.0, %copy ], [ %x, %entry ], [ %x, %entry ], [ %x, %entry ]
  br i1 true, label %last, label %never

never:
  br label %last

last:
  %q = phi double [ %r, %done ], [ 0.0, %never ]
  ret double %q
}
"""


def test_switch_and_branch_on_constants_fold(tmp_path):
    module = parse_module(MANAGER)
    fn = module.get_function("f")
    assert fold_constant_branches(fn)
    text = print_module(module)
    body = text[text.index("define double @f"):]
    for gone in ("typeinfo:", "pointer:", "copy:", "never:", "switch", "store"):
        assert gone not in body, gone
    phi = next(line for line in body.splitlines() if "%r = phi" in line)
    assert phi.strip() == "%r = phi double [ %x, %entry ]"  # one entry for the one edge left
    assert "%q = phi double [ %r, %done ]" in body
    assert not fold_constant_branches(fn)  # nothing left to fold
    assert_clang_compiles(text, tmp_path)


@pytest.mark.parametrize("value, kept", [("0", "typeinfo"), ("2", "copy"), ("5", "done"),
                                         ("-1", "done")])
def test_the_case_taken_is_kept(value, kept):
    module = parse_module(MANAGER.replace("switch i32 3,", f"switch i32 {value},"))
    fn = module.get_function("f")
    fold_constant_branches(fn)
    names = [b.name for b in fn.blocks]
    assert kept in names and all(n not in names for n in {"typeinfo", "pointer", "copy"} - {kept})


def test_a_switch_on_a_variable_stays():
    module = parse_module(MANAGER.replace("define double @f(ptr %p, double %x)",
                                          "define double @f(ptr %p, double %x, i32 %op)")
                          .replace("switch i32 3,", "switch i32 %op,")
                          .replace("br i1 true,", "br i1 false,"))
    fn = module.get_function("f")
    assert fold_constant_branches(fn)  # the branch folds (to %never), the switch stays
    text = print_module(module)
    assert "switch i32 %op" in text and "copy:" in text and "never:" in text
