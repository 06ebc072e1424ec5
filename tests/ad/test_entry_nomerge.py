"""Entry points are declared `nomerge` before the pre-AD passes (entry_points.py), at the
place LLVM's grammar takes function attributes, whatever the front end wrote after the
parameter list, and the module still parses."""

import llvmlite.binding as llvm
import pytest

from enzymec.ad.entry.entry_points import keep_entry_calls_apart

MODULE = """
declare {ret} @{name}(ptr, ...){tail}
declare void @other(ptr) unnamed_addr
define double @g(ptr %f) {{
  %r = call double (ptr, ...) @__enzyme_autodiff(ptr %f, double 1.0)
  ret double %r
}}
attributes #1 = {{ nounwind }}
"""
CASES = [  # (how clang, rustc and a hand-written module declare the entry point)
    ("double", "__enzyme_autodiff", " local_unnamed_addr #1"),
    ("double", "__enzyme_autodiff", " unnamed_addr #1"),
    ("double", "__enzyme_autodiff", ""),
]


@pytest.mark.parametrize("ret,name,tail", CASES)
def test_declaration_gets_nomerge_and_parses(ret, name, tail):
    text = keep_entry_calls_apart(MODULE.format(ret=ret, name=name, tail=tail))
    declared = next(line for line in text.splitlines() if f"@{name}(" in line)
    assert "nomerge" in declared
    assert "nomerge" not in next(line for line in text.splitlines() if "@other(" in line)
    llvm.parse_assembly(text).verify()


def test_other_declarations_unchanged():
    text = "declare double @exp(double) local_unnamed_addr #1\n"
    assert keep_entry_calls_apart(text) == text


def test_registered_function_attributes_parse_after_unnamed_addr():
    """protect_registered_functions' `noinline`/`nofree` go to the same place (rustc marks
    every function `unnamed_addr`)."""
    from enzymec.ad.entry.registrations import _add_function_attribute
    text = ("define internal double @f(double %x) unnamed_addr #1 {\n  ret double %x\n}\n"
            "declare double @h(double) unnamed_addr\n"
            "attributes #1 = { nounwind }\n")
    text = _add_function_attribute(text, "f", "noinline", ("define",))
    text = _add_function_attribute(text, "h", "nofree", ("define", "declare"))
    assert "unnamed_addr noinline #1" in text and "unnamed_addr nofree" in text
    llvm.parse_assembly(text).verify()
