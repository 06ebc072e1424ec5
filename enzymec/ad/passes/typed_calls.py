"""Calls that pass a float (or pointer) as the integer image of it: call a typed copy.

`substore(bits, 3)` with `bits = bitcast double %x to i64` hands the callee a double it will
store or bitcast back; as an integer argument it carries no derivative, so a callee that is
differentiated on its own (split calls, recursion) would lose it. The call is redirected
to a copy of the callee whose parameter has the float (pointer) type and whose body starts
by taking the bits again (`%bits = bitcast double %p to i64`), which `punning.py` then
removes inside the copy as it does in the caller. One copy per callee and signature.
"""

from __future__ import annotations

from enzymec import regex_cache
from enzymec.ir import CallInst, Function, FunctionType, Instruction
from enzymec.ir.clone import clone_body

# header text a private copy cannot keep: the callee's debug subprogram and comdat group
_NOT_COPIED = regex_cache.compile(r"\s*(!dbg ![0-9]+|comdat(\([^)]*\))?)")


def retype_call(call: CallInst, typed: dict, may_retype) -> bool:
    """Redirect `call` to the copy of its callee taking `typed` ({argument index: float or
    pointer value whose image was passed}) in their own types; False when it cannot."""
    callee = call.called_function
    if callee is None or callee.is_declaration or callee.function_type.varargs or \
            callee.name.startswith("llvm.") or not may_retype(callee):
        return False
    copy = typed_copy(callee, {i: v.type for i, v in typed.items()})
    for index, value in typed.items():
        call.set_operand(index, value)
        call.arg_attrs[index] = ""
    call.set_operand(call.arg_count, copy)
    call.function_type = copy.function_type
    return True


def typed_copy(callee: Function, types: dict) -> Function:
    """`@callee.typed.<sig>`: the callee with the parameters in `types` retyped."""
    signature = "".join(f"{i}{str(t)[0]}" for i, t in sorted(types.items()))
    name = f"{callee.name}.typed.{signature}"
    return callee.module.get_function(name) or copy_function(callee, name, types)


def copy_function(callee: Function, name: str, types: dict) -> Function:
    """A private copy `@name` of `callee`, the parameters in `types` retyped (their bits are
    taken again at the start of the body)."""
    module = callee.module
    params = tuple(types.get(i, p) for i, p in enumerate(callee.function_type.params))
    copy = Function(name, FunctionType(callee.return_type, params))
    copy.set_signature(copy.function_type, [a.name for a in callee.args],
                       ["" if i in types else a.attrs for i, a in enumerate(callee.args)])
    copy.prefix = "internal"
    copy.suffix = _NOT_COPIED.sub("", callee.suffix or "")
    module.add_function(copy)
    casts, value_map = [], {}
    for old, new in zip(callee.args, copy.args):
        if old.type == new.type:
            value_map[old] = new
            continue
        cast = Instruction("ptrtoint" if new.type.is_pointer else "bitcast", old.type, [new])
        cast.name = copy.unique_name((old.name or "arg") + ".bits")
        casts.append(cast)
        value_map[old] = cast
    blocks = clone_body(callee, copy, value_map, keep_debug_location=True)
    for cast in reversed(casts):
        blocks[0].insert(0, cast)
    return copy
