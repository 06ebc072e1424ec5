"""Struct arguments passed by value in memory (`byval`): the caller makes the copy itself.

On x86-64 a struct larger than two doubles goes by value as `ptr byval(%struct.v3) %p`: the
call copies `*%p` and the callee sees the copy. A call the gradient keeps (recursion, or
every call under ENZYMEC_AD_INLINE=0) goes through the callee's augmented forward and
reverse, whose shadow of that argument would have to be a copy as well, with its adjoints
added back into the caller's after the reverse. Rather than teach the split calls that,
each such call in the gradient's copy of a function copies the argument into an alloca of
its own (memcpy) and passes it, as a plain pointer, to a copy of the callee without `byval`
(`@callee.nobyval`): the meaning is the same (the callee has its own copy, the caller's
memory is untouched), and the alloca, its shadow and the memcpy are what AD differentiates
everywhere (the copy's adjoint flows back to the argument through the memcpy's reverse).
The callee's own calls are rewritten the same way when its copy is prepared in turn.
"""

from __future__ import annotations

import re

from enzymec import regex_cache
from enzymec.ir import AllocaInst, CallInst, Function, PTR, I64
from enzymec.ir.builder import IRBuilder, declare_function
from enzymec.ir.lexer import tokenize
from enzymec.ir.parser import IRParser
from enzymec.ir.types import VOID, I1, FunctionType

from .typed_calls import copy_function

_BYVAL = regex_cache.compile(r"\bbyval\(")
_ALIGN = regex_cache.compile(r"\balign (\d+)")


def copy_byval_arguments(function: Function) -> None:
    """Rewrite every call of `function` passing memory byval to a callee with a body (see
    the module doc)."""
    module = function.module
    for call in [i for i in function.instructions() if isinstance(i, CallInst)]:
        callee = call.called_function
        if callee is None or callee.is_declaration or call.opcode != "call":
            continue
        copied = {i: _attribute_type(module, arg.attrs) for i, arg in enumerate(callee.args)
                  if _BYVAL.search(arg.attrs)}
        if not copied or any(ty is None for ty, _ in copied.values()):
            continue
        memcpy = declare_function(module, "llvm.memcpy.p0.p0.i64",
                                  FunctionType(VOID, (PTR, PTR, I64, I1)))
        b = IRBuilder(function).position_before(call)
        for index, (ty, align) in copied.items():
            copy = AllocaInst(ty, PTR, None, function.unique_name("byval.copy"), align)
            function.blocks[0].insert(0, copy)
            size = b.value(module.layout.size(ty), I64)
            b.call(memcpy, [copy, call.args[index], size, b.value(0, I1)])
            call.set_operand(index, copy)
            call.arg_attrs[index] = ""
        target = _unbyval_copy(callee, list(copied))
        call.set_operand(call.arg_count, target)
        call.function_type = target.function_type


def _attribute_span(attrs: str, word: str = "byval") -> tuple[int, int] | None:
    """(start of `word(` (byval, sret), end after its closing parenthesis) in `attrs`, or
    None."""
    found = re.search(rf"\b{word}\(", attrs)
    if found is None:
        return None
    depth, end = 1, found.end()
    while depth and end < len(attrs):
        depth += {"(": 1, ")": -1}.get(attrs[end], 0)
        end += 1
    return (found.start(), end) if depth == 0 else None


def _attribute_type(module, attrs: str, word: str = "byval"):
    """(type, alignment) of a parameter's `byval(T) [align A]` (or sret(T)), or (None,
    None)."""
    span = _attribute_span(attrs, word)
    if span is None:
        return None, None
    source = attrs[span[0] + len(word) + 1:span[1] - 1]
    ty = IRParser(source, tokenize(source, 0, len(source), ""), module, "").parse_type()
    align = _ALIGN.search(attrs)
    return ty, int(align.group(1)) if align else None


def sret_type(module, attrs: str):
    """(type, alignment) of a parameter's `sret(T) [align A]`, or (None, None)."""
    return _attribute_type(module, attrs, "sret")


def _unbyval_copy(callee: Function, indices: list) -> Function:
    name = f"{callee.name}.nobyval"
    existing = callee.module.get_function(name)
    if existing is not None:
        return existing
    copy = copy_function(callee, name, {})
    for index in indices:
        copy.args[index].attrs = _strip_byval(copy.args[index].attrs)
    return copy


def _strip_byval(attrs: str) -> str:
    """The attributes without `byval(T)` (a plain pointer to memory the callee owns)."""
    start, end = _attribute_span(attrs)
    return (attrs[:start] + attrs[end:]).strip()
