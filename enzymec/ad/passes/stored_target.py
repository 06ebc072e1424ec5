"""The one function a local object's function-pointer field can hold, when the code shows it.

A `std::function` keeps its invoker and manager as function pointers in the object itself,
and every call through it is indirect. indirect.py compares such a pointer with every
function of the call's type whose address is taken, and all of a translation unit's
std::function invokers have one type (`double (ptr, ptr)` for the storage and the argument
passed by reference), so each call site inlines every lambda's body, each reading the
site's storage as its own capture: one as a double, another as a pointer. Dead at run time,
those bodies still meet in the flow-insensitive analyses (type analysis sees a pointer and
a double at one offset, and the copy of a captured double stays an integer copy).

When the pointer is loaded from a local object (an alloca, at a constant offset) and every
store the function makes to those bytes stores the same function (or null, a constructor's
clearing), with nothing else able to write them (no copy or set of those bytes, no call
taking the object's address, except the calls through the object's own function pointers
and lifetime markers), that function
is the only candidate. Should the pointer be another at run time after all, the call takes
indirect.py's unknown-target branch, which stops the program with a message: never a wrong
number.
"""

from __future__ import annotations

from enzymec.analysis.type_analysis import gep_offset
from enzymec.ir import AllocaInst, CallInst, ConstantInt, Function, GepInst, Instruction

_POINTER_BYTES = 8


def stored_target(call: CallInst) -> Function | None:
    """The function `call`'s pointer must be (see the module doc), or None."""
    callee = call.callee
    if not (isinstance(callee, Instruction) and callee.opcode == "load"):
        return None
    layout = call.function.module.layout if call.function.module else None
    base, offset = _base_and_offset(callee.operands[0], layout)
    if not isinstance(base, AllocaInst) or offset is None:
        return None
    found: set = set()
    work = [(base, 0)]
    while work:
        pointer, at = work.pop()
        for user, index in pointer.uses:
            verdict = _use(user, index, pointer, at, offset, base, layout, found, work)
            if verdict is False:
                return None
    return found.pop() if len(found) == 1 and isinstance(next(iter(found)), Function) \
        else None


def _use(user, index, pointer, at, offset, base, layout, found, work) -> bool:
    """Whether this use of `pointer` (`at` bytes into `base`) leaves the field alone or is
    a store of a function into it (recorded in `found`); False when it may write it
    otherwise."""
    if not isinstance(user, Instruction):
        return False
    if isinstance(user, GepInst) and index == 0:
        step = gep_offset(user, layout)
        if step is None:
            return False
        work.append((user, at + step))
        return True
    if user.opcode in ("phi", "select") and \
            all(v is pointer for v in user.operands if v.type == pointer.type):
        work.append((user, at))  # the pointer itself (an inlined accessor's result)
        return True
    if user.opcode in ("load", "icmp"):
        return True
    if user.opcode == "store":
        if index == 0:
            return False  # the object's address escapes into memory
        size = layout.size(user.operands[0].type) if layout else _POINTER_BYTES
        if at + size <= offset or offset + _POINTER_BYTES <= at:
            return True
        if at != offset:
            return False
        if getattr(user.operands[0], "keyword", "") != "null":  # a constructor's clearing
            found.add(user.operands[0])
        return True
    if isinstance(user, CallInst):
        name = user.called_function.name if user.called_function is not None else ""
        if name.startswith("llvm.lifetime."):
            return True
        if name.startswith("llvm.memset.") and isinstance(user.args[1], ConstantInt) and \
                user.args[1].value == 0:
            return True  # clearing: null, as a constructor's store of null
        if name.startswith(("llvm.memset.", "llvm.memcpy.", "llvm.memmove.")):
            length = user.args[2]
            return index == 1 and not name.startswith("llvm.memset.") or \
                isinstance(length, ConstantInt) and (at + length.value <= offset or
                                                     offset + _POINTER_BYTES <= at)
        through = user.callee
        return user.called_function is None and isinstance(through, Instruction) and \
            through.opcode == "load" and \
            _base_and_offset(through.operands[0], layout)[0] is base
    return False


def _base_and_offset(pointer, layout):
    """(object, constant byte offset) of a chain of constant GEPs, offset None when one is
    not constant."""
    offset = 0
    while isinstance(pointer, GepInst):
        step = gep_offset(pointer, layout)
        if step is None:
            return pointer, None
        offset += step
        pointer = pointer.operands[0]
    return pointer, offset
