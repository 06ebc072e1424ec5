"""Per-iteration reverse, condition (3): a load of iteration-private scratch reads an element
the same iteration wrote before it (no value flows through memory between iterations,
whose reverse has already run when the next one's runs).

remat_region.py's coverage check decides it, with L's body as the region (its entry L's
header, so "earlier in the same run" is "earlier in the same iteration"). Two more cases
it does not need, each sound for the same reason (a store loop S that writes O[j] for
j = 0 .. N-1 on every run and is passed before the load has written element 0, and every
element of an object of N elements):
- a load of O itself (element 0, GMM's hoisted `main_term[0]` of logsumexp's maximum);
- a load at any index of an alloca of exactly N elements, N S's bound (the net's
  `act[labels[k]]`: an index outside the object would be undefined behaviour).
"""

from __future__ import annotations

from types import SimpleNamespace

from enzymec.ir import AllocaInst, ArrayType, ConstantInt

from ..tape.remat_region import RematPlan, covered_by_store_loop, covering_bound, passes_through
from ..tape.store_forwarding import is_scratch, object_and_index


class _Everything:
    """Every instruction is primal here (the forward sweep is not instrumented yet)."""

    def __contains__(self, inst) -> bool:
        return True


def covered(loop, info, dom, load) -> bool:
    """Whether `load` in `loop` reads an element this iteration of `loop` wrote before."""
    view = SimpleNamespace(loop_info=info, dom=dom, primal=_Everything())
    plan = RematPlan(loop, loop.header, list(loop.blocks), set())
    if covered_by_store_loop(view, plan, load):
        return True
    obj, index = object_and_index(load.operands[0], load.type)
    if obj is None and is_scratch(load.operands[0]):
        obj, index = load.operands[0], None  # a load of O itself: element 0
    if obj is None:
        return False
    stores = [i for b in loop.blocks for i in b.instructions
              if i.opcode == "store" and i.operands[1] is not load.operands[0]]
    return any(_writes_all(view, plan, store, obj, index, load) for store in stores)


def _writes_all(view, plan, store, obj, index, load) -> bool:
    """`store` writes obj[0 .. N) in a loop passed before `load`, and `load` reads element
    0 (index None) or lies in an alloca of exactly N elements."""
    bound = covering_bound(view, store, obj, load)
    if bound is None:
        return False
    header = view.loop_info.loop_for(store.block).header
    if header not in plan.blocks or not passes_through(plan, header, load.block):
        return False
    return index is None or _whole(obj, bound, load.type)


def _whole(obj, bound, element) -> bool:
    ty = getattr(obj, "allocated_type", None)
    return isinstance(obj, AllocaInst) and not obj.operands and isinstance(ty, ArrayType) \
        and ty.element == element and isinstance(bound, ConstantInt) \
        and bound.value == ty.count
