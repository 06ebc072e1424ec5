"""Loop fusion before a per-iteration reverse: a producer loop A that fills scratch element by
element, followed by a consumer loop B that reads each element back once, become one loop,
and the scratch disappears.

matvec's shape (`out[i] = M_i . v` for every i, then `sum += out[i] * out[i]`, `out`
malloc'd and freed) kept `out` alive from the first loop to the second and gave its reverse
a zeroed shadow of n doubles; the expert computes each `out[i]` and uses it at once. After
fusion, iteration i stores out[i] and reads it back in the same iteration: the read takes
the stored value (a register), `out` is only written and is deleted, and fuse_plan.py's
per-iteration reverse applies to the fused loop (no tape, no shadow, as the expert has it).

Fusing A and B (siblings: both top-level, or both directly inside the same loop; one after
the other) is proved from the IR, else refused:
(1) the same trip count: each has one latch, its only exit, testing a counter with the same
    start, the same step of +-1, the same bound and predicate, the test in the same place
    (induction.py); B is entered only from A's exit, through blocks holding nothing but a
    branch (nothing runs between the loops, and B runs whenever A ran);
(2) one scratch object O (alloca or fresh allocation) that A writes and B reads; in A and B
    every use of it is `getelementptr T, O, i` with i the loop's counter, loaded or stored
    as T (stored only in A); elsewhere it is only loaded, stored or freed, never between the
    loops, and never escapes (no pointer into it is stored or passed to a call);
(3) A stores only into O (at element i); B stores only into other scratch objects P, each
    at element i of its counter as one type, P not used in A nor between the loops and,
    like O, only loaded, stored or freed elsewhere; every call in either is pure
    (fuse_plan.pure_call) and neither has other effects; B loads of O only element i;
(4) no value of A is used outside A (B gets its inputs from before A or from memory).
Then, for iterations j < i, B_j may run before A_i: A_i writes only O[i] (step +-1: each
iteration's element differs) and reads no P (O and P do not escape, so no other pointer
reaches them), B_j reads O[j], which only A_j wrote, and writes P[j], which A never reads;
pure calls commute. What runs before A or after B sees O and P as it did. A's counter and
B's are equal in every iteration, so B's uses read A's. O's element i read in B is the value
of A's one store to it, when that store runs once on every iteration of A (its block
dominates A's latch, outside A's inner loops). When nothing else reads O, it goes with its
stores; otherwise it stays (GMM's `xc`, filled by one loop, read by the next as `Q`'s
diagonal times `xc[j]`, and later by the triangular product: one loop fewer per (point,
component), forward and reverse).
"""

from __future__ import annotations

from enzymec.analysis import canonical_induction, dominators, loops
from enzymec.ir import CallInst, ConstantInt, Instruction
from enzymec.ir.builder import IRBuilder

from .fuse_outline import retarget
from .fuse_plan import pure_call
from ..rules.heap import callee_name, is_deallocation, is_reallocation
from ..tape.remat_region import SIDE_EFFECTS
from ..tape.store_forwarding import is_scratch, object_and_index, uses_through_geps

# what may stand between the loops (and is moved before A): no memory, no trap, no effect
HOISTABLE = frozenset({"add", "sub", "mul", "shl", "lshr", "ashr", "and", "or", "xor",
                       "icmp", "zext", "sext", "trunc", "select"})  # not freeze: two
# freezes of one poison value may differ, so they are not "the same arithmetic" (_same)
FLOAT_OPS = frozenset({"fadd", "fsub", "fmul", "fdiv", "frem", "fneg", "fcmp", "sitofp",
                       "uitofp", "fptosi", "fptoui", "fpext", "fptrunc"})


def fuse_sibling_loops(fn, calls) -> list:
    """Fuse every producer/consumer pair of sibling loops of `fn` that (1)-(4) allow;
    returns, for each, B's back-edge branch (where --explain says so) and whether the
    scratch went. `fn` needs canonical loops (canonicalize.py)."""
    fused = []
    while True:
        dom = dominators(fn)
        pair = _first_pair(fn, dom, calls)
        if pair is None:
            return fused
        fused.append((pair[1].latches[0].terminator, _fuse(*pair, dom, calls)))


def siblings_fusable(fn, calls) -> bool:
    """Whether `fuse_sibling_loops` would fuse a pair of `fn`'s loops (nothing changed)."""
    return _first_pair(fn, dominators(fn), calls) is not None


def _first_pair(fn, dom, calls):
    info = loops(fn, dom)
    return next((p for siblings in [info.top_level, *(l.children for l in info.all)]
                 for a, b in _neighbours(siblings)
                 if (p := _pair(a, b, dom, calls)) is not None), None)


def _neighbours(siblings):
    """(A, B) for each loop A whose exit leads through blocks of one plain branch each to
    B's preheader: the only B _between can accept for A (B's header has two predecessors,
    so a walk from A's exit passes at most one preheader). Trying every pair of loops
    instead was quadratic: 323,192 pairs for 568 loops (benchmarks.adgrowth's 16k-line
    `loops` shape, 5.3 of its 9.2 s)."""
    by_preheader = {loop.preheader: loop for loop in siblings if loop.preheader is not None}
    for a in siblings:
        if not _simple(a):
            continue
        b = next((by_preheader[blk] for blk in _exit_walk(a) if blk in by_preheader), None)
        if b is not None and b is not a:
            yield a, b


def _exit_walk(a):
    """The blocks from A's exit on, each reached by the previous one's plain branch; the
    last is one that ends otherwise (or a block seen before)."""
    block, seen = a.exits[0], set()
    while block not in seen:
        seen.add(block)
        yield block
        term = block.terminator
        if term is None or term.opcode != "br" or len(term.operands) != 1:
            return
        block = term.operands[0]


def _pair(a, b, dom, calls):
    """(A, B, A's counter, B's counter, O, the blocks between) when A and B may be fused,
    else None."""
    between = _between(a, b, calls)
    if between is None:
        return None
    iv_a, iv_b = canonical_induction(a), canonical_induction(b)
    if not _same_count(a, b, iv_a, iv_b) or _escapes(a):
        return None
    obj = _scratch(a, b, iv_a, iv_b, calls, set(between))
    if obj is None:
        return None
    return a, b, iv_a, iv_b, obj, between


def _simple(loop) -> bool:
    return loop.preheader is not None and len(loop.latches) == 1 and \
        loop.exiting == loop.latches and len(loop.exits) == 1


def _between(a, b, calls):
    """The blocks from A's exit to B's preheader, when every one has one predecessor and
    ends in a plain branch (B entered only from A) and holds only what may as well run
    before A: arithmetic, casts, pure calls and loads (the counter's widened bound LLVM
    computes again before B, values LICM hoisted out of B). A load there cannot read O or
    a P: its pointer would be a use of them between the loops, which (2) and (3) refuse.
    None when not so."""
    if not _simple(a) or not _simple(b) or \
            set(b.header.predecessors) != {b.preheader, b.latches[0]}:
        return None
    found = []
    for block in _exit_walk(a):
        term = block.terminator
        if term.opcode != "br" or len(term.operands) != 1 or len(block.predecessors) != 1 or \
                any(not _movable(i, calls) for i in block.instructions[:-1]):
            return None
        found.append(block)
        if block is b.preheader:
            return found
    return None


def _same_count(a, b, iv_a, iv_b) -> bool:
    """(1): counters of the same start, step +-1, bound and test, tested in the latch."""
    if iv_a is None or iv_b is None or iv_a.trip_count is None or iv_b.trip_count is None:
        return False
    ta, tb = iv_a.trip_count, iv_b.trip_count
    return ta.exact and tb.exact and ta.exiting is a.latches[0] and \
        tb.exiting is b.latches[0] and abs(iv_a.step) == 1 and iv_a.step == iv_b.step and \
        _same(iv_a.start, iv_b.start) and _same(ta.bound, tb.bound) and \
        ta.predicate == tb.predicate and ta.tests_next == tb.tests_next and \
        iv_a.phi.type == iv_b.phi.type


def _same(x, y) -> bool:
    """The same value, or the same arithmetic (HOISTABLE) on the same values."""
    if isinstance(x, ConstantInt) and isinstance(y, ConstantInt):
        return x.value == y.value and x.type == y.type
    if x is y:
        return True
    return isinstance(x, Instruction) and isinstance(y, Instruction) and \
        x.opcode in HOISTABLE and x.opcode == y.opcode and x.type == y.type and \
        x.flags == y.flags and getattr(x, "predicate", None) == getattr(y, "predicate", None) \
        and len(x.operands) == len(y.operands) and \
        all(_same(p, q) for p, q in zip(x.operands, y.operands))


def _escapes(loop) -> bool:
    """(4): a value of `loop` used outside it."""
    return any(isinstance(user, Instruction) and not loop.contains(user.block)
               for block in loop.blocks for inst in block.instructions
               for user, _ in inst.uses)


def _scratch(a, b, iv_a, iv_b, calls, between: set):
    """(2), (3): the one object A writes and B reads, or None. `between`: the blocks from
    A's exit to B's preheader."""
    written = _stored_scratch(a, iv_a, calls)
    if written is None or len(written) != 1:
        return None
    (obj,) = written
    results = _stored_scratch(b, iv_b, calls)  # (3): B's own scratch objects
    if results is None or obj in results:
        return None
    if not _uses_confined(obj, a, b, iv_a, iv_b, between):
        return None
    if any(not _result_confined(p, a, b, iv_b, between) for p in results):
        return None
    return obj


def _stored_scratch(loop, iv, calls) -> set | None:
    """The scratch objects `loop` stores into, each at element `iv` of its counter; None
    when it stores anywhere else or does what _effect refuses."""
    objects = set()
    for inst in _instructions(loop):
        kind = _effect(inst, calls)
        if kind is None:
            return None
        if kind == "store":
            obj, index = object_and_index(inst.operands[1], inst.operands[0].type)
            if obj is None or index is not iv.phi or not is_scratch(obj):
                return None
            objects.add(obj)
    return objects


def _instructions(loop):
    return (inst for block in loop.blocks for inst in block.instructions)


def _effect(inst, calls) -> str | None:
    """"store", "load" or "none" for what `inst` does to memory; None for anything else
    (an impure call, an atomic or volatile access, an alloca, ...)."""
    if inst.opcode in SIDE_EFFECTS or getattr(inst, "volatile", False) or \
            getattr(inst, "ordering", ""):
        return None
    if isinstance(inst, CallInst):
        return "none" if pure_call(inst, calls) else None
    return inst.opcode if inst.opcode in ("store", "load") else "none"


def _uses_confined(obj, a, b, iv_a, iv_b, between: set) -> bool:
    """(2): in A and B, O is used only as element i of A's or B's counter (stored in A,
    loaded in either), all as one type T (elements of another size would be other
    iterations' bytes); elsewhere it is only loaded, stored into or freed, not between the
    loops."""
    if len({u.source_type for u, _ in obj.uses if not _release(u)
            and getattr(u, "opcode", None) == "getelementptr"}) > 1:
        return False
    for user, position in obj.uses:
        if _release(user):
            if a.contains(user.block) or b.contains(user.block) or user.block in between:
                return False
            continue
        if getattr(user, "opcode", None) != "getelementptr" or position != 0:
            return False
        if not _element_uses(user, a, b, iv_a, iv_b, between):
            return False
    return True


def _result_confined(obj, a, b, iv_b, between: set) -> bool:
    """(3): B's scratch P is, in B, only element i of B's counter (loaded or stored, as one
    type); A and the blocks between never use it; elsewhere it is only loaded, stored into
    or freed."""
    types = set()
    for _pointer, user, position in uses_through_geps(obj):
        block = getattr(user, "block", None)
        if block is None or a.contains(block) or block in between:
            return False
        if _release(user):
            if b.contains(block):
                return False
            continue
        access = _access(user, position)
        if access is None:
            return False
        if b.contains(block):
            target, index = object_and_index(user.operands[0 if user.opcode == "load" else 1],
                                             access)
            if target is not obj or index is not iv_b.phi:
                return False
            types.add(access)
    return len(types) <= 1


def _access(user, position):
    """The type `user` loads from or stores to the pointer at `position`, or None when it
    does anything else with it (stores it, passes it to a call: an escape)."""
    if user.opcode == "load" and position == 0 and not user.volatile and not user.ordering:
        return user.type
    if user.opcode == "store" and position == 1 and not user.volatile and not user.ordering:
        return user.operands[0].type
    return None


def _release(user) -> bool:
    """A free of O (or a lifetime marker): the object's end, no read of it."""
    return isinstance(user, CallInst) and (is_deallocation(user) and not is_reallocation(user)
                                           or callee_name(user).startswith("llvm.lifetime."))


def _element_uses(gep, a, b, iv_a, iv_b, between: set) -> bool:
    """Every use of `gep` (a pointer into O) in A or B is a load of element i or, in A, a
    store to it, as T; elsewhere a load or a store to it, not between the loops."""
    for user, position in gep.uses:
        block = getattr(user, "block", None)
        loop = None if block is None else a if a.contains(block) else \
            b if b.contains(block) else None
        if loop is None:
            if block is None or block in between:
                return False
            if getattr(user, "opcode", None) == "getelementptr" and position == 0:
                if not _element_uses(user, a, b, iv_a, iv_b, between):
                    return False
            elif _access(user, position) is None:
                return False
            continue
        counter = iv_a if loop is a else iv_b
        access = user.type if user.opcode == "load" else \
            user.operands[0].type if user.opcode == "store" and position == 1 and loop is a \
            else None
        if access is None:
            return False
        obj, index = object_and_index(gep, access)
        if obj is None or index is not counter.phi:
            return False
    return True


def _movable(inst, calls) -> bool:
    if inst.opcode in HOISTABLE or inst.opcode in FLOAT_OPS or inst.opcode == "getelementptr":
        return True
    if inst.opcode == "load":
        return not inst.volatile and not inst.ordering
    return isinstance(inst, CallInst) and pure_call(inst, calls)


def _fuse(a, b, iv_a, iv_b, obj, between, dom, calls) -> bool:
    """B's body joins A's iteration; O's loads in B take A's stored value; O goes when
    nothing reads it any more (then True). `between`: the blocks from A's exit to B's
    preheader."""
    latch_a, latch_b = a.latches[0], b.latches[0]
    # computed from values before A: as well before A
    for inst in [i for block in between for i in block.instructions[:-1]]:
        inst.move_before(a.preheader.terminator)
    iv_b.phi.replace_all_uses_with(iv_a.phi)
    iv_b.phi.erase()
    _share_next(iv_a, iv_b)
    for phi in list(b.header.phis):  # B's other carried values now start before A
        phi.remove_from_block()
        a.header.insert(len(a.header.phis), phi)
        retarget(phi, b.preheader, a.preheader)
    for phi in a.header.phis:
        retarget(phi, latch_a, latch_b)
    test = latch_a.terminator
    condition = test.operands[0]
    exit_a = next(t for t in test.operands[1:] if not a.contains(t))
    test.erase()  # B's test, on equal counters, decides for both
    _erase_dead(condition)
    IRBuilder(a.header.function).position_at_end(latch_a).br(exit_a)
    back = latch_b.terminator
    for index, op in enumerate(back.operands):
        if op is b.header:
            back.set_operand(index, a.header)
    _place_after(a, b, between)
    return _forward(obj, a, b, dom, latch_a)


def _share_next(iv_a, iv_b) -> None:
    """B's increment, now `A's counter + step`, replaced by A's own: the fused loop's test
    then reads the counter's back-edge value, the one counter shape the coverage checks
    (remat_region.py, fuse_cover.py) and trip counts recognize. The same arithmetic on the
    same value: A's flags hold wherever A's increment ran, which is every iteration."""
    next_a, next_b = iv_a.next, iv_b.next
    if next_b is next_a or not isinstance(next_b, Instruction) or \
            next_b.opcode != next_a.opcode or next_b.block is None or \
            len(next_b.operands) != len(next_a.operands) or \
            not all(_same(x, y) for x, y in zip(next_b.operands, next_a.operands)):
        return
    next_b.replace_all_uses_with(next_a)
    next_b.erase()


def _place_after(a, b, between) -> None:
    """The blocks from A's exit to B's latch move to just after A's last block: the fused
    loop's header stays its first block in function order (fuse_outline.py copies a loop's
    blocks in that order, the header becoming the body's entry)."""
    fn = a.header.function
    joined = set(b.blocks) | set(between)
    moved = [blk for blk in fn.blocks if blk in joined]
    rest = [blk for blk in fn.blocks if blk not in joined]
    at = max(rest.index(blk) for blk in a.blocks) + 1
    fn.blocks = rest[:at] + moved + rest[at:]


def _erase_dead(value) -> None:
    """`value` and the operands only it used, when nothing uses them (A's exit test)."""
    pending = [value]
    while pending:
        inst = pending.pop()
        if isinstance(inst, Instruction) and not inst.uses and inst.block is not None and \
                not inst.is_terminator and inst.opcode not in ("store", "call", "load"):
            operands = list(inst.operands)
            inst.erase()
            pending.extend(operands)


def _forward(obj, a, b, dom, latch_a) -> bool:
    """B's loads of O[i] take the value of A's one store to O[i] when it runs once on every
    iteration; then O, only written, goes with its stores, element pointers and frees."""
    stores = [u for g, _ in obj.uses for u, p in getattr(g, "uses", ())
              if getattr(u, "opcode", None) == "store" and p == 1 and a.contains(u.block)]
    if len(stores) != 1:
        return False
    store = stores[0]
    if not dom.dominates(store.block, latch_a) or \
            any(child.contains(store.block) for child in a.children):
        return False
    for gep, _ in list(obj.uses):
        for user, _ in list(getattr(gep, "uses", ())):
            if user.opcode == "load" and b.contains(user.block):
                user.replace_all_uses_with(store.operands[0])
                user.erase()
    if any(not (getattr(u, "opcode", None) == "store" and at == 1) and not _release(u)
           for _, u, at in uses_through_geps(obj)) or \
            any(getattr(u, "opcode", None) == "getelementptr"
                for g, _ in obj.uses for u, _ in getattr(g, "uses", ())):
        return False  # A reads its element back, or later code does: O stays
    for user, _ in list(obj.uses):
        for inner, _ in list(getattr(user, "uses", ())) if not _release(user) else ():
            inner.erase()
        user.erase()
    obj.erase()
    return True
