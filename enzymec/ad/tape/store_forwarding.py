"""Store-to-load forwarding for the tape: a load of scratch memory recomputed from its store.

A scratch buffer that the forward sweep rewrites on every iteration of an outer loop (GMM's
`xc[j] = x[j] - mu[j]`, read by the next loop as `xc[j]`) cannot be loaded again in the
reverse sweep: by then it holds the last iteration's values. tape.py would tape every such
load. When the value stored is itself cheap to recompute (cheap float operations on
operands the reverse sweep has without a tape, recompute_cost.py's rule), the reverse sweep
recomputes the store's value for the loaded index instead: no tape at all.

`forwarded_store(tape, load)` proves, or refuses, that one store must have written what the
load reads:
- the load reads `O[i]` and the store writes `O[j]`, both `getelementptr T, O, idx` of the
  same element type T as the loaded value, where O is memory the function allocates
  (`alloca`, or a `noalias` call such as malloc) whose every use, through GEPs, is a load
  address, that one store's address, or `free`: so nothing else can write O (no second
  store, no call, no pointer that may alias it escapes);
- `j` counts 0, 1, 2, ... in the store's loop S, which has one latch, left only there on
  `j + 1 == N`; the store runs on every iteration (its block dominates the latch): S writes
  O[0 .. N-1], every index;
- `i` counts 0, 1, 2, ... in its loop L (one latch, which leaves on `i + 1 == N` for the same
  value N): so i < N, an index S wrote;
- S's header dominates the load, the load is outside S and inside S's parent loop: in the
  iteration of the parent that runs the load, S ran to completion before it and its store
  was the last write of O[i] (S cannot run again before the load without the parent's back
  edge).
Anything else (a partial write, a second store, a store through another pointer, an index
that is not the loop counter) is taped as before. The store's value is rebuilt with S's
counter replaced by `i`; values from outside S are looked up as the load's iteration sees
them (they dominate S's header, so they are the same in S's run and at the load).
"""

from __future__ import annotations

import weakref

from enzymec.analysis import underlying_object
from enzymec.ir import AllocaInst, CallInst, ConstantInt, GlobalVariable, Instruction, PhiInst
from enzymec.ir.clone import clone_instruction

from ..calls.fuse_bodies import is_fused_scratch
from ..rules.heap import callee_name, is_allocation, is_reallocation
from .recompute_cost import CHEAP_FLOAT_OPS, MAX_FLOPS
from .scratch_fill import fill_precedes, is_fill, is_lifetime

# instructions of the store's value that may be rebuilt inside the store's loop
REBUILT_OPS = frozenset({"getelementptr", "trunc", "zext", "sext", "sitofp", "uitofp",
                         "bitcast", "add", "sub", "mul", "shl", "and", "or", "fpext",
                         "fptrunc"}) | CHEAP_FLOAT_OPS
FUSED = ("llvm.fmuladd.", "llvm.fma.")   # a * b + c: two flops, as cheap as the others
MAX_REBUILT = 12       # instructions of one store's value rebuilt, at most

_ANALYSES: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()


def forwarded_store(tape, load) -> Instruction | None:
    """The store whose value the reverse sweep recomputes for `load`, or None (memoized)."""
    if getattr(load, "opcode", None) != "load" or load.volatile or load.ordering:
        return None
    memo = _ANALYSES.setdefault(tape, {})
    if load not in memo:
        memo[load] = None  # while deciding: a lookup reaching this load again tapes it
        store = _find_store(tape, load)
        memo[load] = store if store is not None and cheap_to_rebuild(tape, store) else None
    return memo[load]


def _find_store(tape, load):
    obj, index = object_and_index(load.operands[0], load.type)
    if obj is None or not is_scratch(obj):
        return None
    writes = only_writes(obj, tape.calls)
    stores = [w for w in writes or () if w.opcode == "store"]
    if len(stores) != 1:
        return None
    store = stores[0]
    fills = [w for w in writes if w is not store]
    base, store_index = object_and_index(store.operands[1], store.operands[0].type)
    if base is not obj or store.volatile or store.ordering or \
            store.operands[0].type != load.type or \
            getattr(index, "type", None) != store_index.type:
        return None
    if not _reaches(tape, store, store_index, load, index):
        return None
    store_loop = tape.loop_info.loop_for(store.block)
    return store if all(fill_precedes(tape, f, store_loop) for f in fills) else None


def object_and_index(pointer, element_type):
    """(O, idx) when `pointer` is `getelementptr T, O, idx` with T the accessed type and O
    an allocation; else (None, None)."""
    if not isinstance(pointer, Instruction) or pointer.opcode != "getelementptr" \
            or len(pointer.operands) != 2 or pointer.source_type != element_type:
        return None, None
    return pointer.operands[0], pointer.operands[1]


def is_scratch(obj) -> bool:
    """An alloca, or memory a call to an allocator returns (malloc, calloc, new; not
    realloc, whose block holds older contents)."""
    if isinstance(obj, AllocaInst) or is_fused_scratch(obj):  # fuse_bodies.py
        return True
    return isinstance(obj, CallInst) and is_allocation(obj) and not is_reallocation(obj)


def uses_through_geps(obj):
    """(pointer, user, operand position) for every use of `obj` and of the GEPs based on it
    (the GEPs themselves are followed, not yielded)."""
    pending = [obj]
    while pending:
        pointer = pending.pop()
        for user, position in pointer.uses:
            if getattr(user, "opcode", None) == "getelementptr" and position == 0:
                pending.append(user)
            else:
                yield pointer, user, position


def only_writes(obj, calls):
    """The writes into `obj` (stores, and memset fills: scratch_fill.py) when every use of
    it (through GEPs) is a load's address, a write's destination or a call that only reads
    it (a `free`: its kind's reads_argument, by the CallRules `calls`); None when any other
    use could write or leak it."""
    stores = []
    for pointer, user, position in uses_through_geps(obj):
        opcode = getattr(user, "opcode", None)
        if (opcode == "store" and position == 1) or is_fill(user, position):
            stores.append(user)
        elif (opcode == "load" and position == 0) or is_lifetime(user, position):
            continue
        elif opcode == "call" and pointer is obj and \
                calls.kind(user).reads_argument(user.called_function, position):
            continue
        else:
            return None
    return stores


def _reaches(tape, store, store_index, load, index) -> bool:
    """Whether `store`, in its loop S counting `store_index` over 0..N-1, wrote O[index]
    last before `load` (module docstring)."""
    store_loop = tape.loop_info.loop_for(store.block)
    bound = _counts_to(store_index, store_loop)
    if bound is None or not tape.dom.dominates(store.block, store_loop.latches[0]):
        return False
    load_loop = tape.loop_info.loop_for(index.block) if isinstance(index, PhiInst) else None
    if load_loop is None or load_loop is store_loop or \
            not _same_value(_counts_to(index, load_loop), bound):
        return False
    if store_loop.contains(load.block) or not load_loop.contains(load.block):
        return False
    parent = store_loop.parent
    if parent is not None and not parent.contains(load.block):
        return False
    return tape.dom.dominates(store_loop.header, load.block)


PURE_INTEGER_OPS = frozenset({"zext", "sext", "trunc", "add", "sub", "mul", "shl"})


def _same_value(a, b, depth: int = 4) -> bool:
    """The same SSA value, equal integer constants, or the same pure integer operation of
    such values (clang writes one `zext` of a bound per loop)."""
    if a is None or b is None:
        return False
    if a is b:
        return True
    if isinstance(a, ConstantInt) and isinstance(b, ConstantInt):
        return a.type == b.type and a.value == b.value
    return (depth > 0 and isinstance(a, Instruction) and isinstance(b, Instruction)
            and a.opcode == b.opcode and a.opcode in PURE_INTEGER_OPS and a.type == b.type
            and len(a.operands) == len(b.operands)
            and all(_same_value(x, y, depth - 1) for x, y in zip(a.operands, b.operands)))


def _counts_to(phi, loop):
    """N when `phi` is `loop`'s counter 0, 1, 2, ... and the loop's one latch leaves on
    `phi + 1 == N` (N defined outside it); the loop has no other exit. Else None."""
    if loop is None or not isinstance(phi, PhiInst) or phi.block is not loop.header \
            or len(loop.latches) != 1 or len(phi.incoming) != 2:
        return None
    latch = loop.latches[0]
    start = [v for v, b in phi.incoming if not loop.contains(b)]
    step = [v for v, b in phi.incoming if loop.contains(b)]
    if len(start) != 1 or len(step) != 1 or not _is_zero(start[0]) or \
            not _is_increment(step[0], phi) or loop.exiting != [latch]:
        return None
    return _exit_bound(latch, step[0], loop)


def _is_zero(value) -> bool:
    return isinstance(value, ConstantInt) and value.value == 0


def _is_increment(value, phi) -> bool:
    return (isinstance(value, Instruction) and value.opcode == "add"
            and value.operands[0] is phi and isinstance(value.operands[1], ConstantInt)
            and value.operands[1].value == 1)


def _exit_bound(latch, next_value, loop):
    """N when the latch's branch leaves the loop exactly when `next_value == N`."""
    branch = latch.terminator
    if branch is None or branch.opcode != "br" or len(branch.operands) != 3:
        return None
    cond, first, second = branch.operands
    if not isinstance(cond, Instruction) or cond.opcode != "icmp" or \
            cond.predicate not in ("eq", "ne") or cond.operands[0] is not next_value:
        return None
    exit_when_true = not loop.contains(first) and loop.contains(second)
    exit_when_false = loop.contains(first) and not loop.contains(second)
    if (cond.predicate == "eq" and not exit_when_true) or \
            (cond.predicate == "ne" and not exit_when_false):
        return None
    bound = cond.operands[1]
    return bound if loop.is_invariant(bound) else None


def cheap_to_rebuild(tape, store) -> bool:
    """Whether the store's value is rebuilt from operands needing no tape, within
    MAX_FLOPS float operations and MAX_REBUILT instructions."""
    loop = tape.loop_info.loop_for(store.block)
    counter = store.operands[1].operands[1]
    seen, flops, pending = set(), 0, [store.operands[0]]
    while pending:
        value = pending.pop()
        if value is counter or value in seen:
            continue
        seen.add(value)
        if not isinstance(value, Instruction) or not loop.contains(value.block):
            if tape.needs_tape(value):
                return False
            continue
        if not _rebuildable(tape, value, loop) or len(seen) > MAX_REBUILT:
            return False
        flops += (value.opcode in CHEAP_FLOAT_OPS) + 2 * _fused(value)
        pending.extend(value.operands)
    return flops <= MAX_FLOPS


def _rebuildable(tape, value, loop) -> bool:
    """An instruction of the store's loop body (not of a loop inside it) that the reverse
    may run again: cheap arithmetic (fused multiply-adds too), or a load of memory nothing
    writes (or constant)."""
    if tape.loop_info.loop_for(value.block) is not loop:
        return False
    return (value.opcode in REBUILT_OPS or tape.can_reload(value) or _constant_load(value)
            or _fused(value))


def _fused(value) -> bool:
    return value.opcode == "call" and callee_name(value).startswith(FUSED)


def _constant_load(value) -> bool:
    """A plain load from a `constant` global (its memory never changes)."""
    if value.opcode != "load" or value.volatile or value.ordering:
        return False
    target = underlying_object(value.operands[0])
    return isinstance(target, GlobalVariable) and target.is_constant


def rebuild_stored(tape, store, load, builder, forward_block):
    """The value `store` wrote at the index `load` reads, emitted with `builder`."""
    loop = tape.loop_info.loop_for(store.block)
    counter = store.operands[1].operands[1]
    index = tape.lookup(load.operands[0].operands[1], builder, forward_block)
    done = {counter: index}

    def rebuild(value):
        if value in done:
            return done[value]
        if not isinstance(value, Instruction) or not loop.contains(value.block):
            result = tape.lookup(value, builder, forward_block)
        else:
            copy = clone_instruction(value, keep_debug_location=False)
            for position, op in enumerate(value.operands):
                copy.set_operand(position, rebuild(op))
            result = builder.insert(copy, (value.name or "v") + ".fwd")
        done[value] = result
        return result
    return rebuild(store.operands[0])
