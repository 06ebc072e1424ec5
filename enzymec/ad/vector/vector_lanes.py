"""Vector forward mode by lane expansion: a width-1 tangent function becomes a width-N one.

Forward mode's tangent function (forward.py) holds two kinds of instructions: the clone of
the primal code, and what synthesis added (tangents by the shared rules, shadow loads and
stores, shadow allocations, frees, calls of callees' tangent functions). The added
instructions that depend on a tangent ("lane-dependent": a tangent argument, a shadow
global, a shadow allocation, or another lane-dependent value) are copied once for each
extra lane, their operands mapped to that lane's values. So every tangent rule is written
once and applied per lane, and the primal code runs once. The N copies of a float operation
then become one `<N x T>` operation (vector_ops.py), so LLVM need not find the lanes again.

Calls that mix primal and tangent results get one call for all lanes:
- a callee's width-1 tangent function: its width-N tangent function (one call, which
  computes the callee's primal once);
- the user's registered width-1 forward derivative (Enzyme's convention has no width): one
  call per lane; refused when it takes pointers (each call would update the primal memory
  again).

An original (primal) instruction or a new branch that depends on a lane value would need
per-lane code this expansion does not make: a located error, never a wrong number.
"""

from __future__ import annotations

import copy

from enzymec.ir import (AllocaInst, Argument, CallInst, ConstantExpr, Function,
                        FunctionType, GlobalVariable, Instruction, StructType, VOID)
from enzymec.ir.builder import IRBuilder, zero
from enzymec.ir.clone import clone_instruction
from enzymec.ir.values import UseList

from ..rules import heap
from ..entry.requests import Mode, Request
from ..rules.runtime_calls import PREFIX
from .vector_ops import LaneVectorizer

# the runtime's allocations of shadow heap memory: one per lane
SHADOW_ALLOCATORS = frozenset(PREFIX + name for name in ("shadow_alloc", "shadow_realloc"))
VECTOR_HINT = "compute this derivative with width 1 (one call per direction or seed)"


def vector_return_type(ret, primal: bool, tangent: bool, width: int):
    """The synthesized function's result: the primal (if asked) then `width` tangents."""
    parts = ([ret] if primal else []) + ([ret] * width if tangent else [])
    if not parts:
        return VOID
    return parts[0] if len(parts) == 1 else StructType(tuple(parts))


class LaneExpansion:
    """Turn `ctx.fn` (a width-1 tangent whose arguments `reshape` gave lanes) into width N."""

    vector_ops = True   # write the lanes of float arithmetic as one vector operation

    def __init__(self, ctx, primal: set, request: Request, lane_args: dict, rules):
        """`ctx`: the width-1 function's function_context.FunctionContext; `primal`: the
        instructions of its primal clone."""
        self.ctx = ctx
        self.fn = ctx.fn
        self.request = request
        self.width = request.width
        self.rules = rules
        self.primal = primal
        self.maps: list[dict] = [{} for _ in range(self.width)]
        self.lane0_args = set(lane_args)
        for lane0, lanes in lane_args.items():
            for k, arg in enumerate(lanes, 1):
                self.maps[k][lane0] = arg
        self.shadow_globals = set(rules.shadow_globals.values())
        self.lane_globals = _registry(rules)
        self.mixed: dict[CallInst, str] = {}   # call -> "callee" | "derivative"
        self.presets: dict = {}                  # tangent extract of a mixed call -> lanes
        self.deps: set = set()
        self.shared_storage: set = set()         # new allocas all lanes share (the tape)

    def run(self) -> None:
        self.find_mixed_calls()
        self.find_lane_dependent()
        self.check_uses()
        clones = self.clone_lanes()
        self.remap(clones)
        for call, kind in list(self.mixed.items()):
            self.expand_mixed(call, kind)
        for ret in [i for i in self.fn.instructions() if i.opcode == "ret"]:
            self.expand_return(ret)
        self.vectorize()

    def vectorize(self) -> None:
        """The lane copies of float arithmetic as `<N x T>` operations (vector_ops.py)."""
        if not self.vector_ops:
            return
        groups = [[self.lane(inst, k) for k in range(self.width)]
                  for inst in self.fn.instructions() if inst in self.deps]
        LaneVectorizer(self.fn, groups, self.width).run()

    # -- what is lane-dependent ------------------------------------------------------------
    def find_mixed_calls(self) -> None:
        """The added calls returning a primal and a tangent (a callee's width-1 tangent,
        the user's forward derivative); their tangent extracts get their lanes later."""
        tangents = {fn: req for req, fn in self.rules.derivatives.synthesized.items()
                    if req.mode is Mode.FORWARD and req.width == 1}
        derivatives = set(self.rules.registrations.forward_derivatives.values())
        self.tangent_requests = tangents
        for inst in self.fn.instructions():
            if inst in self.primal or not isinstance(inst, CallInst):
                continue
            callee = inst.called_function
            if callee in tangents and callee is not self.fn:
                self.mixed[inst] = "callee"
            elif callee in derivatives:
                self.check_derivative(inst)
                self.mixed[inst] = "derivative"
        for call in self.mixed:
            for user in list(call.users):
                if user.opcode == "extractvalue" and list(user.indices) == [1]:
                    self.presets[user] = call

    def check_derivative(self, call: CallInst) -> None:
        """A width-1 forward derivative is called once per lane: values only."""
        if any(a.type.is_pointer for a in call.args):
            self.ctx.fail(call, f"vector mode would call the width-1 forward derivative "
                              f"'{call.called_function.name}' once per lane, but it takes "
                              f"pointers: each call would update the primal memory again",
                          "register the derivative of a function of values only, or "
                          + VECTOR_HINT)

    def is_root(self, inst: Instruction) -> bool:
        """New storage (shadows, adjoints; not the tape) exists once per lane."""
        if inst in self.presets:
            return True
        if isinstance(inst, AllocaInst):
            return inst not in self.shared_storage
        return isinstance(inst, CallInst) and inst not in self.mixed and \
            (heap.is_allocation(inst) or getattr(inst.called_function, "name", None)
             in SHADOW_ALLOCATORS)

    def is_lane(self, value) -> bool:
        """`value` differs from lane to lane."""
        if value in self.deps or value in self.lane0_args:
            return True
        if isinstance(value, GlobalVariable):
            return value in self.shadow_globals
        if isinstance(value, ConstantExpr):
            return any(self.is_lane(op) for op in value.operands)
        return False

    def find_lane_dependent(self) -> None:
        """The added instructions that differ by lane: roots and what uses them."""
        added = [i for i in self.fn.instructions() if i not in self.primal
                 and i not in self.mixed and not i.is_terminator]
        changed = True
        while changed:
            changed = False
            for inst in added:
                if inst not in self.deps and (self.is_root(inst) or
                                              any(self.is_lane(op) for op in inst.operands)):
                    self.deps.add(inst)
                    changed = True

    def check_uses(self) -> None:
        """Primal code and control flow must not depend on a lane value; a lane's copy
        must not write memory all lanes share."""
        for inst in self.fn.instructions():
            if inst in self.deps:
                self.check_writes(inst)
            if inst.opcode == "ret" or inst in self.mixed or inst in self.deps:
                continue
            if any(self.is_lane(op) for op in inst.operands):
                what = "a branch" if inst.is_terminator else f"'{inst.opcode}'"
                self.ctx.fail(inst, f"vector mode cannot give each lane its own {what} here "
                                  f"(it depends on a tangent or shadow)", VECTOR_HINT)

    def check_writes(self, inst: Instruction) -> None:
        """A per-lane copy of `inst` must write per-lane memory, and must not call a kept
        callee's augmented forward or reverse (which would run its primal N times)."""
        target = None
        if inst.opcode in ("store", "atomicrmw", "cmpxchg"):
            target = inst.operands[1] if inst.opcode == "store" else inst.operands[0]
        elif isinstance(inst, CallInst) and (heap.is_memset(inst) or heap.is_memcpy(inst)):
            target = inst.args[0]
        elif isinstance(inst, CallInst) and getattr(inst.called_function, "name", "") == \
                "__kmpc_fork_call":
            self.ctx.fail(inst, "cannot differentiate an OpenMP parallel region in vector "
                              "mode: each lane would fork the region's tangent, running its "
                              "primal code again (a reduction would add up twice)",
                          VECTOR_HINT)
        elif isinstance(inst, CallInst) and inst.called_function in self.kept_calls():
            name = self.kept_calls()[inst.called_function]
            self.ctx.fail(inst, f"vector mode cannot differentiate through the call of '{name}' "
                              f"kept out of line (as an augmented forward and reverse pair) yet",
                          "let it be inlined (no noinline, no recursion), or " + VECTOR_HINT)
        if target is not None and not self.is_lane(target):
            self.ctx.fail(inst, "vector mode would write every lane's derivative into the same "
                              "memory here", VECTOR_HINT)

    def kept_calls(self) -> dict:
        """The augmented forward and reverse functions of calls kept out of line -> the
        name of the function they differentiate."""
        return {fn: key[0].name for key, pair in self.rules.derivatives.pairs.items()
                for fn in pair}

    # -- copies per lane -------------------------------------------------------------------
    def clone_lanes(self) -> list:
        """Lanes 1..width-1 of every lane-dependent instruction, placed right after it; each
        block's list is rebuilt once (an insert per copy was quadratic in the block)."""
        clones = []
        for block in self.fn.blocks:
            rebuilt = []
            for inst in block.instructions:
                if inst not in self.deps:
                    rebuilt.append(inst)
                elif _pops_stack(inst):  # lanes pushed 0, 1, ..: popped ..., 1, 0
                    rebuilt += self.lane_copies(inst, block, clones)[::-1] + [inst]
                else:
                    rebuilt += [inst, *self.lane_copies(inst, block, clones)]
            block.instructions[:] = rebuilt
        return clones

    def lane_copies(self, inst, block, clones: list) -> list:
        """Lane k's copy of `inst` for k = 1..width-1 (a zero freeze for a preset tangent);
        the clones, still without operands, are added to `clones` with their lane and
        original, for remap."""
        copies = []
        for k in range(1, self.width):
            if inst in self.presets:
                new = Instruction("freeze", inst.type, [zero(inst.type)])
            else:
                new = clone_instruction(inst, with_operands=False)
                clones.append((new, k, inst))
            named = inst.name or new.type != VOID
            new.name = self.fn.unique_name(f"{inst.name or 'v'}.lane{k}") if named else ""
            new.block = block
            self.maps[k][inst] = new
            copies.append(new)
        return copies

    def remap(self, clones: list) -> None:
        """Each lane copy's operands: lane k's versions of its original's (every copy
        exists by now: a phi may refer to a later one)."""
        for new, k, inst in clones:
            for op in inst.operands:
                new.append_operand(self.lane(op, k))

    def lane(self, value, k: int):
        """Lane k's version of `value` (lane 0: the value itself)."""
        if k == 0:
            return value
        if value in self.maps[k]:
            return self.maps[k][value]
        if isinstance(value, GlobalVariable) and value in self.shadow_globals:
            return self.lane_global(value, k)
        if isinstance(value, ConstantExpr) and self.is_lane(value):
            new = copy.copy(value)
            new.uses, new.operands = UseList(), []
            for op in value.operands:
                new.append_operand(self.lane(op, k))
            return new
        return value

    def lane_global(self, shadow: GlobalVariable, k: int) -> GlobalVariable:
        """Lane k's copy of a shadow global, shared by every function of the module."""
        key = (shadow, k)
        if key not in self.lane_globals:
            module = self.fn.module
            var = GlobalVariable(module.unique_symbol(f"{shadow.name}.lane{k}"))
            for field in ("prefix", "value_type", "initializer", "suffix"):
                setattr(var, field, getattr(shadow, field))
            module.add_global(var)
            self.lane_globals[key] = var
        return self.lane_globals[key]

    # -- calls with primal and tangent results ---------------------------------------------
    def expand_mixed(self, call: CallInst, kind: str) -> None:
        tangent = next((e for e, c in self.presets.items() if c is call), None)
        if kind == "derivative":
            lanes = [call] + [self.lane_call(call, k) for k in range(1, self.width)]
            tangents = [tangent] + [self.extract_after(lanes[k], 1, call)
                                    for k in range(1, self.width)] if tangent else []
        else:
            tangents = self.callee_call(call)
        if tangent is not None:
            for k, value in enumerate(tangents[1:], 1):
                self.maps[k][tangent].replace_all_uses_with(value)
                self.maps[k][tangent].erase()
                self.maps[k][tangents[0]] = value  # what later lookups (the result) find

    def lane_call(self, call: CallInst, k: int) -> CallInst:
        new = clone_instruction(call)
        new.name = self.fn.unique_name(f"{call.name or 'call'}.lane{k}") if call.name else ""
        call.block.insert(call.block.instructions.index(call) + 1, new)
        for index, op in enumerate(new.operands):
            new.set_operand(index, self.lane(op, k))
        return new

    def extract_after(self, call: CallInst, index: int, like: CallInst):
        b = IRBuilder(self.fn).position_before(call.block.instructions[
            call.block.instructions.index(call) + 1])
        return b.extractvalue(call, [index], like.type.elements[index])

    def callee_call(self, call: CallInst) -> list:
        """Replace a call of a callee's width-1 tangent by its width-N tangent; returns the
        tangents of lanes 0..N-1 (lane 0's replaces the old extract)."""
        old_request = self.tangent_requests[call.called_function]
        primal, wanted = old_request.option("primal"), old_request.option("tangent")
        ret = old_request.function.return_type
        request = Request(old_request.function, Mode.FORWARD, old_request.activity,
                          vector_return_type(ret, primal, wanted, self.width), self.width,
                          old_request.options)
        target = self.rules.derivatives.get(request)
        args, ops = [], iter(call.args)
        for kind in old_request.activity:
            args.append(next(ops))
            if kind in ("dup", "dupnoneed"):
                shadow = next(ops)
                args += [self.lane(shadow, k) for k in range(self.width)]
        b = IRBuilder(self.fn).position_before(call)
        new = b.call(target, args, name=(call.name or "call") + ".vector"
                     if target.return_type != VOID else "")
        return self.adopt_callee_call(call, new, primal, wanted, ret)

    def adopt_callee_call(self, call, new, primal: bool, wanted: bool, ret) -> list:
        b = IRBuilder(self.fn).position_before(call)
        tangents = []
        if primal and wanted:
            tangents = [b.extractvalue(new, [1 + k], ret) for k in range(self.width)]
            for user in list(call.users):
                index = list(user.indices)[0]
                user.replace_all_uses_with(b.extractvalue(new, [0], ret) if index == 0
                                           else tangents[0])
                user.erase()
        elif new.type != VOID:
            call.replace_all_uses_with(new)
        call.erase()
        return tangents

    # -- the result ------------------------------------------------------------------------
    def expand_return(self, ret: Instruction) -> None:
        value = ret.operands[0] if ret.operands else None
        b = IRBuilder(self.fn).position_before(ret)
        parts = self.result_parts(b, value)
        if not parts:
            return
        result = parts[0]
        if len(parts) > 1:
            result = zero(self.fn.return_type)
            for index, part in enumerate(parts):
                result = b.insertvalue(result, part, [index])
        ret.set_operand(0, result)

    def result_parts(self, b: IRBuilder, value) -> list:
        """Forward mode: the primal (if asked), then each lane's tangent."""
        primal, wanted = self.request.option("primal"), self.request.option("tangent")
        ty = self.request.function.return_type
        parts = []
        if primal and wanted:
            parts = [b.extractvalue(value, [0], ty)] + \
                [b.extractvalue(self.lane(value, k), [1], ty) for k in range(self.width)]
        elif wanted:
            parts = [self.lane(value, k) for k in range(self.width)]
        elif primal:
            parts = [value]
        return parts


def _registry(rules) -> dict:
    """(shadow global, lane) -> its lane copy: one registry per module's rules."""
    if not hasattr(rules, "lane_globals"):
        rules.lane_globals = {}
    return rules.lane_globals


# runtime calls that pop the record stack: their lane copies run in the reverse lane order
_STACK_POPS = frozenset({"__enzymec_stack_tape_release", "__enzymec_record_pop"})


def _pops_stack(inst) -> bool:
    callee = getattr(inst, "called_function", None)
    return callee is not None and callee.name in _STACK_POPS


def reshape(fn: Function, request: Request) -> dict:
    """Give `fn` the width-N signature (forward and reverse mode alike): after each tangent
    argument (lane 0) the arguments of lanes 1..N-1; returns lane 0's argument -> the
    others."""
    params, args, lanes = [], [], {}
    existing = iter(fn.args)
    for kind in request.activity:
        primal = next(existing)
        args.append(primal)
        if kind in ("dup", "dupnoneed"):
            lane0 = next(existing)
            extra = [Argument(lane0.type, f"{lane0.name}.lane{k}", "", 0)
                     for k in range(1, request.width)]
            lanes[lane0] = extra
            args += [lane0, *extra]
    for index, arg in enumerate(args):
        arg.index, arg.function = index, fn
        params.append(arg.type)
    fn.function_type = FunctionType(request.return_type, tuple(params))
    fn.args = args
    fn.forget_names()
    return lanes
