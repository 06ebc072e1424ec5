"""Variable-length arrays whose scope ends while the function runs, moved to the heap in the
copy a reverse-mode gradient runs forward.

Why: clang brackets the scope of a C99 variable-length array with `llvm.stacksave` and
`llvm.stackrestore` (a VLA in a loop body is released at the end of every iteration). The
reverse sweep reads such an array's derivative memory (its shadow) after the scope has
ended; on the stack, the shadow would be released with the array and the next iteration's
arrays would reuse its bytes: a wrong derivative (memory.py refuses what is left here). On
the heap, an array is a `malloc` freed where its scope ends, which the AD already handles:
its shadow comes from the runtime, the free is deferred until the reverse sweep is done
(heap.py), and the reverse frees the shadow where it passes the allocation. The primal
function keeps its stack arrays; only the gradient's copy allocates.

An array is moved when its scope is plain: the `stacksave` it follows dominates it, it
dominates every `stackrestore` of that save, and no path from it reaches a return without
passing one (so each malloc is freed once, on every path). Others stay on the stack.
"""

from __future__ import annotations

from enzymec.analysis import dominators
from enzymec.ir import I64, PTR, VOID, AllocaInst, CallInst, ConstantInt, Function, Instruction
from enzymec.ir.builder import IRBuilder, declare_function
from enzymec.ir.types import FunctionType


def heap_scoped_arrays(fn: Function) -> list[Instruction]:
    """Move each plain-scoped stack array of `fn` to the heap (see the module doc); returns
    the mallocs made."""
    restores = stack_restores(fn)
    if not restores:
        return []
    tree = dominators(fn)
    saves = {r.args[0] for r in restores if _calls(r.args[0], "llvm.stacksave")}
    made = []
    for inst in list(fn.instructions()):
        if not isinstance(inst, AllocaInst) or inst.block is fn.entry:
            continue
        save = _enclosing_save(inst, saves, tree)
        if save is None:
            continue
        ends = [r for r in restores if r.args[0] is save]
        if ends and all(_dominates(tree, inst, r) for r in ends) and \
                not _escapes_scope(inst, ends):
            made.append(_to_heap(fn, inst, ends))
    return made


def stack_restores(fn: Function) -> list[Instruction]:
    """The calls of `fn` that release stack memory before it returns (llvm.stackrestore)."""
    return [i for i in fn.instructions() if _calls(i, "llvm.stackrestore")]


def _calls(inst: Instruction, prefix: str) -> bool:
    return isinstance(inst, CallInst) and inst.called_function is not None and \
        inst.called_function.name.startswith(prefix)


def _enclosing_save(alloca: Instruction, saves: set, tree) -> Instruction | None:
    """The stacksave (of `saves`, those some stackrestore restores) whose scope holds
    `alloca`: the nearest one that dominates it."""
    holding = [s for s in saves if _dominates(tree, s, alloca)]
    for save in holding:  # the innermost: dominated by every other one
        if all(other is save or _dominates(tree, other, save) for other in holding):
            return save
    return None


def _dominates(tree, a: Instruction, b: Instruction) -> bool:
    if a.block is b.block:
        return a.block.instructions.index(a) < b.block.instructions.index(b)
    return tree.dominates(a.block, b.block)


def _escapes_scope(alloca: Instruction, ends: list) -> bool:
    """Whether some path from `alloca` reaches a return without passing one of `ends`
    (which `alloca` dominates: one in its own block comes after it)."""
    stops = {r.block for r in ends}
    work, seen = [alloca.block], set()
    while work:
        block = work.pop()
        if block in seen:
            continue
        seen.add(block)
        if block in stops:
            continue
        term = block.terminator
        if term is None or term.opcode in ("ret", "resume"):
            return True
        work.extend(block.successors)  # `unreachable` has none
    return False


def _to_heap(fn: Function, alloca: AllocaInst, ends: list) -> Instruction:
    """`alloca T, n` -> `malloc(n * sizeof T)` (aligned_alloc beyond 16 bytes), freed just
    before each stackrestore of its scope."""
    module = fn.module
    b = IRBuilder(fn).position_before(alloca)
    size = ConstantInt(I64, module.layout.size(alloca.allocated_type))
    count = alloca.operands[0] if alloca.operands else None
    if count is not None:
        size = b.mul(b.cast("zext", count, I64), size, name="vla.bytes")
    align = alloca.align or 16
    if align > 16:
        rounded = b.binary("and", b.add(size, ConstantInt(I64, align - 1)),
                           ConstantInt(I64, -align))
        allocator = declare_function(module, "aligned_alloc", FunctionType(PTR, (I64, I64)))
        heap = b.call(allocator, [ConstantInt(I64, align), rounded], name="vla")
    else:
        allocator = declare_function(module, "malloc", FunctionType(PTR, (I64,)))
        heap = b.call(allocator, [size], name="vla")
    for user in list(alloca.users):  # lifetime markers take allocas only
        if _calls(user, "llvm.lifetime."):
            user.erase()
    alloca.replace_all_uses_with(heap)
    alloca.erase()
    release = declare_function(module, "free", FunctionType(VOID, (PTR,)))
    for end in ends:
        IRBuilder(fn).position_before(end).call(release, [heap])
    return heap
