"""Malformed IR is a `CompileError` located at `file:line` of the offending text.

The driver prints `str(err)` and exits 1, so the location is what a user sees; a Python
exception of any other kind reaching the user is a bug.
"""

from __future__ import annotations

import pytest

from enzymec.diagnostics import CompileError
from enzymec.ir import parse_module

BODY = "define i32 @f(i32 %x) {{\n{}\n}}\n"

CASES = {  # name: (source, expected line, a fragment of the message)
    "missing_brace": ("define i32 @f(i32 %x) {\n  ret i32 %x\n", 1, "no closing '}'"),
    "unknown_instruction": (BODY.format("  %y = frob i32 %x\n  ret i32 %y"), 2, "frob"),
    "undefined_global": (BODY.format("  call void @nope()\n  ret i32 0"), 2, "@nope"),
    "bad_type_global": ("@g = global flot 1.0\n", 1, "flot"),
    "bad_type_instruction": (BODY.format("  %y = add i32 %x, 1\n  %z = fadd dubble %y, 1.0\n"
                                         "  ret i32 %y"), 3, ""),
    "unterminated_string": ('@s = constant [3 x i8] c"ab\n\ndefine void @f() {\n'
                            '  ret void\n}\n', 1, ""),
}


@pytest.mark.parametrize("name", CASES)


def test_error_is_located(name: str) -> None:
    source, line, fragment = CASES[name]
    with pytest.raises(CompileError) as info:
        parse_module(source, "bad.ll")
    text = str(info.value)
    assert text.startswith(f"bad.ll:{line}:"), text
    assert "error:" in text and fragment in text, text


def test_undefined_local_is_located_at_its_use() -> None:
    source = BODY.format("  %y = add i32 %x, 1\n  ret i32 %z")
    with pytest.raises(CompileError, match=r"^bad\.ll:3:"):
        parse_module(source, "bad.ll")


def test_redefinition_is_located_at_the_second_definition() -> None:
    source = BODY.format("  %y = add i32 %x, 1\n  %y = add i32 %x, 2\n  ret i32 %y")
    with pytest.raises(CompileError, match=r"^bad\.ll:3:.*multiple definition"):
        parse_module(source, "bad.ll")


def test_block_without_terminator_is_rejected() -> None:
    with pytest.raises(CompileError, match=r"^bad\.ll:2:"):
        parse_module(BODY.format("  %y = add i32 %x, 1"), "bad.ll")


def test_mistyped_operand_is_rejected() -> None:
    with pytest.raises(CompileError, match=r"^bad\.ll:3:"):
        parse_module(BODY.format("  %y = add i32 %x, 1\n  ret double %y"), "bad.ll")
