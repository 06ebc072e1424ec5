"""What a function does with one pointer parameter, for --check-gradients (check_sites.py).

To re-run the primal on copies of its inputs, the checker must know how many bytes behind a
pointer argument the function can touch, and what type they hold. This module reads that
from the function's body, conservatively: every use of the pointer (through GEPs) must be a
load or store whose address is a constant offset, or `p[i]` with `i` the induction
variable of a loop `for (i = 0; i < n; i++)` whose bound `n` is another parameter (rule
"loop bound"; a constant bound is a constant extent). Any other use (a call, a capture, an index it cannot bound) leaves the
extent unknown, with the reason, and the caller's object size is the only way left.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from enzymec.analysis.type_analysis import gep_offset
from enzymec.ir import Argument, CallInst, ConstantInt, GepInst, Instruction, MemoryInst, \
    PhiInst
from enzymec.ir.instructions import DebugRecord

# casts of a loop bound the checker follows back to a parameter
BOUND_CASTS = ("zext", "sext")
# continue-or-exit compares of `i + 1` with the bound that mean 0 <= i < bound
BOUND_PREDICATES = ("eq", "ne", "ult", "slt")
# calls that touch no memory the checker copies
HARMLESS_CALLS = ("llvm.lifetime.", "llvm.dbg.", "llvm.assume", "llvm.prefetch")
FLOAT_KINDS = {"double": 0, "float": 1}


@dataclass
class LoopExtent:
    """Bytes `bound * size + offset`, bound being parameter `param` (cast by `cast`), or
    the constant `constant` when `param` is -1."""

    param: int
    cast: str | None
    size: int
    offset: int
    constant: int = 0


@dataclass
class Access:
    """What the function does through one pointer parameter."""

    kinds: set = field(default_factory=set)       # 'double', 'float' or 'other'
    constant_end: int = 0                          # bytes touched at constant offsets
    loops: list = field(default_factory=list)      # LoopExtent per p[i] access
    unknown: str | None = None                     # why the extent is not known
    points: set = field(default_factory=set)       # byte offsets of constant accesses
    holes: bool = False                            # a loop strides over other data
    unbounded: bool = False                        # an index nothing bounds (x[idx[i]])

    def dense(self, size: int) -> bool:
        """True when every `size`-byte element up to the constant extent is accessed and
        the loops step element by element: no bytes of other data between (a struct's)."""
        if self.holes or any(loop.size != size for loop in self.loops):
            return False
        return all(o in self.points for o in range(0, self.constant_end, size))

    @property
    def float_kind(self) -> int | None:
        """0 (double) or 1 (float) when every access is of that one type, else None."""
        if len(self.kinds) == 1 and (kind := next(iter(self.kinds))) in FLOAT_KINDS:
            return FLOAT_KINDS[kind]
        return None


MAX_CALL_DEPTH = 4  # how deep calls passing the pointer on are followed
UNBOUNDED = -2      # LoopExtent.param of an index nothing bounds


def pointer_access(param: Argument, layout, depth: int = 0) -> Access:
    """The accesses of the function through `param` (see the module docstring)."""
    access = Access()
    _walk(param, 0, None, access, layout, {"depth": depth})
    return access


def _walk(ptr, offset: int, loop: LoopExtent | None, access: Access, layout, seen) -> None:
    """Follow one address (`ptr` = param + offset [+ loop index]) through its uses."""
    if ptr in seen or access.unknown:
        return
    seen[ptr] = None
    for user in list(ptr.users):
        if isinstance(user, GepInst) and user.operands[0] is ptr:
            _walk_gep(user, offset, loop, access, layout, seen)
        elif isinstance(user, CallInst) and _followed(user, ptr, offset, loop, access,
                                                      layout, seen["depth"]):
            continue
        elif isinstance(user, MemoryInst) and user.opcode in ("load", "store") and \
                user.operands[-1] is ptr and not (user.opcode == "store" and
                                                  user.operands[0] is ptr):
            _record(user, offset, loop, access, layout)
        elif isinstance(user, DebugRecord) or isinstance(user, CallInst) and _harmless(user):
            continue
        else:
            access.unknown = _describe_use(user)
            return


def _walk_gep(gep: GepInst, offset: int, loop, access: Access, layout, seen) -> None:
    constant = gep_offset(gep, layout)
    if constant is not None:
        _walk(gep, offset + constant, loop, access, layout, seen)
        return
    bound = _loop_index(gep) if loop is None else None
    if bound is None:  # the types it holds are still learnt; the extent must come elsewhere
        access.unbounded = True
        size = layout.size(gep.source_type)
        _walk(gep, 0, LoopExtent(UNBOUNDED, None, size, offset), access, layout, seen)
        return
    param, cast, constant, delta = bound
    size = layout.size(gep.source_type)
    _walk(gep, 0, LoopExtent(param, cast, size, offset + delta * size, constant), access,
          layout, seen)


def _record(inst: MemoryInst, offset: int, loop, access: Access, layout) -> None:
    """Note the type and the bytes one load or store touches."""
    ty = inst.type if inst.opcode == "load" else inst.operands[0].type
    scalar = getattr(ty, "element", ty) if str(ty).startswith("<") else ty
    access.kinds.add(str(scalar) if str(scalar) in FLOAT_KINDS else "other")
    end = offset + layout.size(ty)
    step = layout.size(scalar)
    if loop is None:
        access.constant_end = max(access.constant_end, end)
        access.points.update(range(offset, end, step))
    elif loop.param == UNBOUNDED:
        access.holes |= loop.size != step
    elif loop.param < 0:  # a constant trip count
        extent = loop.constant * loop.size + loop.offset + max(0, end - loop.size)
        access.constant_end = max(access.constant_end, extent)
        access.holes |= loop.size != step
        access.points.update(range(max(0, extent - loop.constant * loop.size), extent, step))
    else:
        access.loops.append(LoopExtent(loop.param, loop.cast, loop.size,
                                       loop.offset + max(0, end - loop.size)))


def _followed(call: CallInst, ptr, offset: int, loop, access: Access, layout,
              depth: int) -> bool:
    """`ptr` passed to a function with a body: its accesses there, merged into `access`
    with its loop bounds taken back to this function's parameters; False when the call
    cannot be followed (then the use is unknown)."""
    callee = call.called_function
    if callee is None or callee.is_declaration or loop is not None or \
            depth >= MAX_CALL_DEPTH or call.callee is ptr:
        return False
    for index, arg in enumerate(call.args):
        if arg is ptr and index < len(callee.args):
            inner = pointer_access(callee.args[index], layout, depth + 1)
            if inner.unknown is not None:
                access.unknown = inner.unknown
                return True
            _merge(inner, call, offset, access)
    return True


def _merge(inner: Access, call: CallInst, offset: int, access: Access) -> None:
    """Add a callee's accesses, `offset` bytes into this function's pointer."""
    access.kinds |= inner.kinds
    access.holes |= inner.holes
    access.unbounded |= inner.unbounded
    access.points.update(offset + point for point in inner.points)
    if inner.constant_end:
        access.constant_end = max(access.constant_end, offset + inner.constant_end)
    for loop in inner.loops:
        found = _parameter(call.args[loop.param])
        if found is None:
            access.unknown = "a function it is passed to is bounded by a value the checker " \
                             "cannot trace back"
            return
        param, cast, constant = found
        if param < 0:
            end = constant * loop.size + loop.offset + offset
            access.constant_end = max(access.constant_end, end)
            access.points.update(range(max(0, end - constant * loop.size), end, loop.size))
        else:
            access.loops.append(LoopExtent(param, cast or loop.cast, loop.size,
                                           loop.offset + offset))


def _harmless(call: CallInst) -> bool:
    callee = call.called_function
    return callee is not None and callee.name.startswith(HARMLESS_CALLS)


def _describe_use(user) -> str:
    if isinstance(user, CallInst):
        callee = user.called_function
        name = f"'{callee.name}'" if callee is not None else "an indirect call"
        return f"it is passed to {name}, which the checker does not follow"
    opcode = getattr(user, "opcode", "a constant")
    return f"it is used by '{opcode}', which the checker does not follow"


def _loop_index(gep: GepInst):
    """(parameter index, cast, delta) when `gep` is `p[i + D]` in a rotated loop whose
    latch continues while `i + C < bound` (or exits at `i + C == bound`), i starting at a
    constant >= 0: then i + D <= bound - C + D, so bound + delta elements are touched,
    delta = D - C + 1. None for any other index."""
    if len(gep.operands) != 2:
        return None
    index, shift = _strip_add(_strip_cast(gep.operands[1]))
    if not isinstance(index, PhiInst) or len(index.incoming) != 2 or shift < 0:
        return None
    starts = [v for v, _ in index.incoming if isinstance(v, ConstantInt) and v.value >= 0]
    latches = [b for v, b in index.incoming if _is_increment(v, index)]
    if len(starts) != 1 or len(latches) != 1:
        return None
    found = _latch_bound(latches[0], index)
    if found is None:
        return None
    param, cast, constant, compared = found
    return param, cast, constant, shift - compared + 1


def _strip_cast(value):
    if isinstance(value, Instruction) and value.opcode in BOUND_CASTS:
        return value.operands[0]
    return value


def _strip_add(value):
    """(v, D) for `add v, D` with a constant D, else (value, 0)."""
    if isinstance(value, Instruction) and value.opcode == "add" and \
            isinstance(value.operands[1], ConstantInt):
        return value.operands[0], value.operands[1].value
    return value, 0


def _is_increment(value, phi) -> bool:
    return isinstance(value, Instruction) and value.opcode == "add" and \
        value.operands[0] is phi and isinstance(value.operands[1], ConstantInt) and \
        value.operands[1].value == 1


def _latch_bound(latch, phi):
    """(parameter, cast, C) from the latch's `br (icmp (phi + C), bound)` back to the
    loop header, in the sense that keeps i + C < bound."""
    term = latch.instructions[-1] if latch.instructions else None
    if term is None or term.opcode != "br" or len(term.operands) != 3:
        return None
    cmp = term.operands[0]
    if getattr(cmp, "opcode", None) != "icmp" or cmp.predicate not in BOUND_PREDICATES:
        return None
    lhs, rhs = cmp.operands
    value, compared = _strip_add(lhs)
    if value is not phi:
        return None
    stays = term.operands[1] is phi.block if cmp.predicate != "eq" else \
        term.operands[2] is phi.block
    found = _parameter(rhs)
    if not stays or found is None or compared < 0:
        return None
    return (*found, compared)
def _parameter(value):
    """(index, cast, 0) when `value` is a parameter, possibly zero- or sign-extended;
    (-1, None, K) for a constant K >= 0."""
    if isinstance(value, ConstantInt) and value.value >= 0:
        return -1, None, value.value
    cast = None
    if isinstance(value, Instruction) and value.opcode in BOUND_CASTS:
        cast, value = value.opcode, value.operands[0]
    if isinstance(value, Argument):
        return value.index, cast, 0
    return None
