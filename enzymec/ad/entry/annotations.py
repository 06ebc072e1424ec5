"""Enzyme's declaration attributes as clang leaves them in the IR.

The driver spells `__attribute__((enzyme_inactive))` and its siblings as clang's `annotate`
attribute (enzymec/driver/attributes.py). clang lists annotated functions and globals in
`@llvm.global.annotations` (entries `{ptr target, ptr text, ptr file, i32 line, ptr args}`),
and annotated locals, parameters and struct fields as calls to `llvm.var.annotation` /
`llvm.ptr.annotation`, which would silently drop the attribute: those are errors here.
"""

from __future__ import annotations

import re

from enzymec.diagnostics import CompileError, SourceLocation
from enzymec.ir import (ConstantAggregate, ConstantInt, ConstantString, Function,
                        GlobalVariable, Module, Value)
from enzymec.records import FrozenRecord, init_field

PREFIX = "enzyme_"
FUNCTION_LIKE = "enzyme_function_like="
# annotation text -> what it may be attached to ("function", "global")
APPLIES_TO = {"enzyme_inactive": ("function", "global"), "enzyme_nofree": ("function",),
              FUNCTION_LIKE: ("function",)}


class Annotation(FrozenRecord):
    """One `annotate("enzyme_...")` on a function or global, with its source line."""

    _fields = ("target", "text", "location")

    def __init__(self, target: Value, text: str, location: SourceLocation) -> None:
        init_field(self, "target", target)
        init_field(self, "text", text)
        init_field(self, "location", location)

    @property
    def kind(self) -> str:
        return FUNCTION_LIKE if self.text.startswith(FUNCTION_LIKE) else self.text

    @property
    def argument(self) -> str:
        return self.text[len(FUNCTION_LIKE):] if self.kind == FUNCTION_LIKE else ""

    def fail(self, message: str) -> None:
        raise CompileError(message, self.location)


def enzyme_annotations(module: Module) -> list[Annotation]:
    """Every Enzyme annotation of a function or global, checked against `APPLIES_TO`."""
    found = []
    for var in module.globals:
        if isinstance(var, GlobalVariable) and var.name == "llvm.global.annotations" and \
                isinstance(var.initializer, ConstantAggregate):
            for entry in var.initializer.operands:
                annotation = _annotation(entry)
                if annotation is not None:
                    _check_subject(annotation)
                    found.append(annotation)
    return found


def refuse_local_annotations(ir_text: str) -> None:
    """An Enzyme attribute on a local variable, parameter or struct field has no meaning
    for enzymec (nor Enzyme): refuse it rather than drop it. Checked on the frontend's IR
    text, before the pre-AD passes (which may delete these annotation calls)."""
    if "annotation." not in ir_text:
        return
    for call in re.finditer(_LOCAL_CALL, ir_text, re.M):
        text = _string_text(ir_text, call["text"])
        if text and text.startswith(PREFIX):
            file = _string_text(ir_text, call["file"]) or ""
            raise CompileError(f"Enzyme's attribute '{_shown(text)}' on a local variable, "
                               f"parameter or struct field is not supported; it applies to "
                               f"functions and global variables",
                               SourceLocation(file, int(call["line"]),
                                              _column(ir_text, call["dbg"])),
                               "to keep a value from being differentiated, pass it with "
                               "enzyme_const or mark the function or global it comes from")


# compiled by `re` when first used (1.2 ms of CPU): only modules with annotations need it
_LOCAL_CALL = (r'call [^\n]*@llvm\.(?:var|ptr)\.annotation[\w.]*\(ptr [^,]+, '
               r'ptr @(?P<text>[\w.]+), ptr @(?P<file>[\w.]+), i32 (?P<line>\d+)'
               r'[^\n]*?(?:!dbg !(?P<dbg>\d+))?$')


def _string_text(ir_text: str, name: str) -> str | None:
    found = re.search(r'^@' + re.escape(name) + r' = [^\n]*c"([^"]*)\\00"', ir_text, re.M)
    return found[1] if found else None


def _column(ir_text: str, dbg: str | None) -> int:
    if not dbg:
        return 0
    found = re.search(r'^!' + dbg + r' = !DILocation\([^)]*column: (\d+)', ir_text, re.M)
    return int(found[1]) if found else 0


def _annotation(entry: Value) -> Annotation | None:
    if not isinstance(entry, ConstantAggregate) or len(entry.operands) < 4:
        return None
    text = _text(entry.operands[1])
    if not text or not text.startswith(PREFIX):
        return None
    return Annotation(entry.operands[0], text, _location(entry.operands[2:4]))


def _check_subject(annotation: Annotation) -> None:
    allowed = APPLIES_TO.get(annotation.kind)
    if allowed is None:
        annotation.fail(f"unknown Enzyme attribute '{_shown(annotation.text)}'")
    subject = "function" if isinstance(annotation.target, Function) else "global"
    if subject not in allowed:
        annotation.fail(f"Enzyme's attribute '{_shown(annotation.text)}' applies to "
                        f"{' and '.join(a + 's' for a in allowed)} only, not to a {subject} "
                        f"'{annotation.target.name}'")


def _text(value: Value) -> str | None:
    if isinstance(value, GlobalVariable) and isinstance(value.initializer, ConstantString):
        raw = value.initializer.text.split("\\00")[0]
        return re.sub(r"\\([0-9A-Fa-f]{2})", lambda m: chr(int(m[1], 16)), raw)
    return None


def _location(operands) -> SourceLocation | None:
    file = _text(operands[0]) if operands else None
    line = operands[1].value if len(operands) > 1 and isinstance(operands[1], ConstantInt) else 0
    return SourceLocation(file, line) if file else None


def _shown(text: str) -> str:
    return text.split("=")[0]
