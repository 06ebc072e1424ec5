"""Whether re-running a function on copies of its arguments leaves program state alone.

--check-gradients re-runs the primal; that is only harmless when it writes nothing but
the memory behind its arguments (which the checker copies), its own locals and heap
blocks. LLVM's inferred `memory(...)` attribute proves this when it allows no write to
"other" memory. A function that allocates and frees a heap block of its own gets no such
attribute (free writes memory LLVM cannot name), so the body and every function it calls
are scanned as well: each store (or memcpy/memset destination) must be based on a
parameter, an alloca or a heap block, and each external callee must be an allocator, free,
or declared to write no other memory. Otherwise the reason is returned.
"""

from __future__ import annotations

import re

from enzymec import regex_cache
from enzymec.ir import AllocaInst, Argument, CallInst, Function, GlobalVariable, MemoryInst

from ..analyses.aliasing import reachable_functions
from ..entry.entry_points import mentions_entry_point
from ..entry.markers import is_marker_name
from .check_extent import ALLOCATORS

_MEMORY = regex_cache.compile(r"memory\(([^)]*)\)")
HEAP_FUNCTIONS = frozenset(ALLOCATORS) | {"free", "_ZdlPv", "_ZdaPv", "_ZdlPvm",
                                          "posix_memalign"}
WRITING_INTRINSICS = ("llvm.memcpy", "llvm.memmove", "llvm.memset")
# library functions that write nothing but errno (whose value the runtime restores), where
# the declaration may lack a memory attribute saying so
PURE_LIBRARY = frozenset({
    "j0", "j1", "jn", "y0", "y1", "yn", "j0f", "j1f", "jnf", "y0f", "y1f", "ynf",
    "erf", "erfc", "erff", "erfcf", "exp2", "exp2f", "exp10", "tgamma", "tgammaf",
    "lround", "lroundf", "llround", "llroundf", "lrint", "llrint", "cabs", "cabsf",
    "casin", "cacos", "catan", "csin", "ccos", "ctan", "cexp", "clog", "csqrt", "cpow",
    "__mulsc3", "__muldc3", "__divsc3", "__divdc3"})


def memory_effects(function) -> dict[str, str] | None:
    """The function's `memory(...)` attribute as {location: effect} ('' the default), or
    None when it has none (it may touch any memory)."""
    module = function.module
    for group in re.findall(r"#(\d+)", function.suffix):
        head = f"attributes #{group} = "
        for line in module.trailer:
            if line.startswith(head) and (found := _MEMORY.search(line)):
                effects = {}
                for part in found[1].split(","):
                    where, _, effect = part.strip().rpartition(":")
                    effects[where.strip()] = effect.strip()
                return effects
    return None


def writes_other(effects: dict | None) -> bool:
    """True unless the attribute rules out writes to memory other than the arguments'
    (heap blocks of its own and errno are harmless)."""
    if effects is None:
        return True
    return "write" in effects.get("other", effects.get("", "none"))


def state_changes(function) -> str | None:
    """Why re-running `function` could change program state, or None."""
    if not writes_other(memory_effects(function)):
        return None
    for reached in reachable_functions(function):
        for inst in reached.instructions():
            reason = _instruction_effect(inst)
            if reason:
                return f"re-running '{function.name}' could change program state: it {reason}"
    return None


def _instruction_effect(inst) -> str | None:
    if isinstance(inst, MemoryInst) and inst.opcode == "store":
        return _destination(inst.operands[1])
    if inst.opcode in ("atomicrmw", "cmpxchg"):
        return _destination(inst.operands[0])
    if isinstance(inst, CallInst):
        return _call_effect(inst)
    return None


def _call_effect(call: CallInst) -> str | None:
    callee = call.called_function
    if callee is None:
        return "makes an indirect call"
    if mentions_entry_point(callee.name):  # a derivative writes shadows it is handed
        return _pointer_arguments(call, [""] * len(call.args), callee.name)
    if not callee.is_declaration:  # its stores to its parameters are stores to these
        return _pointer_arguments(call, [p.attrs for p in callee.args], callee.name)
    if callee.name in HEAP_FUNCTIONS or callee.name in PURE_LIBRARY:
        return None
    if callee.name.startswith(WRITING_INTRINSICS):
        return _destination(call.args[0])
    if writes_other(memory_effects(callee)) and not _argmem_only(callee):
        return f"calls '{callee.name}', which may write memory other than its arguments"
    return None


def _pointer_arguments(call: CallInst, attrs: list[str], name: str) -> str | None:
    """Why a pointer argument that the callee may write through escapes the copies."""
    for arg, text in zip(call.args, attrs):
        if not arg.type.is_pointer or re.search(r"\b(readonly|readnone)\b", text) or \
                isinstance(arg, Function) or is_marker_name(getattr(arg, "name", "")):
            continue
        if (reason := _destination(arg)) is not None:
            return f"{reason} (passing it to '{name}')"
    return None


def _argmem_only(callee) -> bool:
    """Intrinsics without a memory attribute of their own that touch nothing."""
    return callee.name.startswith(("llvm.lifetime.", "llvm.dbg.", "llvm.assume"))


def _destination(ptr, seen=None) -> str | None:
    """None when `ptr` is based on a parameter, a local or a heap block (every incoming
    pointer of a phi or select)."""
    seen = set() if seen is None else seen
    while True:
        if ptr in seen:
            return None  # around a loop of phis: the other incoming pointers decide
        seen.add(ptr)
        opcode = getattr(ptr, "opcode", None)
        if opcode == "getelementptr":
            ptr = ptr.operands[0]
        elif opcode in ("phi", "select"):
            choices = ptr.operands[1:] if opcode == "select" else ptr.operands[0::2]
            reasons = [_destination(choice, seen) for choice in choices]
            return next((r for r in reasons if r is not None), None)
        elif isinstance(ptr, (Argument, AllocaInst)):
            return None
        elif isinstance(ptr, CallInst) and ptr.called_function is not None and \
                ptr.called_function.name in HEAP_FUNCTIONS:
            return None
        elif isinstance(ptr, GlobalVariable):
            return f"writes the global '{ptr.name}'"
        else:
            return "writes memory through a pointer the checker does not copy"
