"""Calls handing a callee memory whose contents only the caller knows: a copy typed for it.

At -O0, and in callees differentiated on their own (split calls), a struct holding a
pointer or a double is often copied as an integer (`%v = load i64, ptr %src; store i64 %v,
ptr %dst`: a `std::pair` of iterators built from two iterators). Inside the callee nothing
says what those bytes are; the caller may know (it stored a pointer there, or loads one
back). Integers carry no shadow and no derivative, so such a copy left untyped loses the
pointer's shadow (a crash) or the double's derivative. As Enzyme analyses a callee with the
type trees of its call site's arguments, a call whose callee moves bits as integers is
redirected to a private copy of the callee whose type analysis starts from the caller's
facts about the argument memory; the punning rewrite (`punning.py`, given as `untangle`)
then types the copy's moves. One copy per callee and set of facts.
"""

from __future__ import annotations

from enzymec.analysis.type_analysis import loaded_kind
from enzymec.digest import sha256_hex
from enzymec.ir import CallInst, Function

from .typed_calls import copy_function

# what memory must be known to hold for a copy to be worth making
TYPED_KINDS = frozenset({"ptr", "double", "float", "half"})
SITE = ".site."  # in the name of a copy typed for a call site: it is not copied again
# the callees whose typed copies are being typed now: a call of one of them from inside such
# a copy (recursion: std::sort's introsort loop calls itself with other facts each level)
# stays a call of the callee, or the chain of copies would never end
_TYPING: set = set()


def call_with_site_types(call: CallInst, facts: dict, may_retype, untangle) -> bool:
    """Redirect `call` to a copy of its callee typed with the caller's `facts` about its
    pointer arguments, when the callee moves untyped bits; False when nothing changes."""
    callee = call.called_function
    if callee is None or callee.is_declaration or callee.function_type.varargs or \
            callee is call.block.function or callee.name.startswith("llvm.") or \
            SITE in callee.name or callee in _TYPING or not may_retype(callee) or \
            not _moves_untyped_bits(callee):
        return False
    tables = {i: facts[arg] for i, arg in enumerate(call.args)
              if arg.type.is_pointer and set(facts.get(arg, {}).values()) & TYPED_KINDS}
    if not tables:
        return False
    call.set_operand(call.arg_count, site_typed_copy(callee, tables, may_retype, untangle))
    return True


def site_typed_copy(callee: Function, tables: dict, may_retype, untangle) -> Function:
    """`@callee.site.<digest>`: the callee with its integer moves typed from `tables`
    ({argument index: {offset: kind}})."""
    text = repr(sorted((i, sorted(t.items(), key=repr)) for i, t in tables.items()))
    name = f"{callee.name}{SITE}{sha256_hex(text, 10)}"
    existing = callee.module.get_function(name)
    if existing is not None:
        return existing
    copy = copy_function(callee, name, {})
    _TYPING.add(callee)
    try:
        untangle(copy, may_retype, seeds={copy.args[i]: table for i, table in tables.items()})
    finally:
        _TYPING.discard(callee)
    return copy


def _moves_untyped_bits(function: Function) -> bool:
    """`function` loads an integer only to move its bits (type analysis cannot type it)."""
    return any(inst.opcode == "load" and inst.type.is_integer and loaded_kind(inst) is None
               for inst in function.instructions())
