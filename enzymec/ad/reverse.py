"""The reverse-mode engine: synthesize `f.gradient` from `f`, as the talk's "Core Algorithm".

1. Clone `f` into the gradient function (the forward sweep) and canonicalize its loops.
2. Analyse the clone: dominators, loops, activity.
3. Instrument the forward sweep: per-loop iteration counters and tape indices, the number of
   iterations at each loop exit, which predecessor entered each join block, and shadows of
   pointers (derivative memory beside primal memory).
4. For every forward block B, a reverse block that applies the adjoints of B's active
   instructions in reverse order, then follows the edge B was entered by, backwards: moving
   phi adjoints to the incoming value of that edge, and counting loop iterations down.
5. Each `ret` seeds the returned value's adjoint with 1.0 and jumps to its block's reverse;
   the reverse of the entry block returns the adjoints of the active arguments.

Adjoints live in allocas that SROA turns into SSA after AD; forward values the reverse needs
come from `Tape.lookup` (reuse, recompute or cache).
"""

from __future__ import annotations

from dataclasses import dataclass

from enzymec.ir import (I32, I64, VOID, Block, CallInst, Function, FunctionType, Instruction,
                        PhiInst, StructType, Type, Value)
from enzymec.ir.builder import IRBuilder, const_int, zero

from . import explain_record as explain
from .accumulate import add_adjoints, adjoint_zero
from .adjoints import ADJOINTS
from .call_context import CallContext
from .calls import CallRules
from .canonicalize import canonicalize_loops
from .forward_partners import add_forward_partners
from .memory import Shadows
from .omp_atomic import check_call_in_region
from .omp_stable import deep_roots
from .omp_sync import reverse_sync
from .prepare import Prepared
from .reverse_builder import ReverseBuilder
from .select_chain import rewrite_running_selects
from .tape import LoopState, Tape
from .aliasing import unwritten_memory
from .split import Cut, allocas_to_heap, split_function
from .speculation import guard_zero_adjoint, select_only_values
from .split_calls import SplitCalls, gradient_params


@dataclass(frozen=True)
class GradientSpec:
    """What to differentiate: `kinds[i]` is const, dup, dupnoneed or out for parameter i.

    `split` names the (augmented, reverse) pair to build instead of one gradient function;
    then `result_kind` says whether the reverse receives the adjoint of the result (`out`),
    or the augmented forward returns the shadow of a returned pointer (`dup`)."""

    function: Function
    kinds: tuple[str, ...]
    return_type: Type
    split: tuple | None = None
    result_kind: str = "const"
    stable: tuple = ()  # split: per argument, whether no code of the gradient writes its memory
    seed_result: bool = True  # a gradient seeds its result with 1 (not: enzyme_const_return)
    # split: the records come from the heap (the user splits this pair, or a pair whose
    # forward runs this one's: its reverses may run in any order), not the LIFO stack
    heap_records: bool = False

    @property
    def dret(self) -> bool:
        return self.result_kind == "out"


class GradientSynthesizer(Prepared):
    openmp_regions = True
    def __init__(self, spec: GradientSpec, debug, calls: CallRules):
        self.spec = spec
        self.original = spec.function
        self.module = spec.function.module
        self.debug = debug
        self.calls = calls
        self.adjoint_slots: dict[Value, Value] = {}
        self.reverse_of: dict[Block, Block] = {}
        self.cuts: list[Cut] = []
        self.init_preparation()

    # -- driver -----------------------------------------------------------------------------
    def run(self) -> Function:
        self.create_function()
        self.explain = explain.begin(self, "reverse" if self.spec.split is None else "split")
        self.clone_forward()
        canonicalize_loops(self.fn)
        rewrite_running_selects(self.fn)  # running maxima: tape an index, not a flag
        self.analyse()
        explain.record_arguments(self, self.spec.kinds)
        explain.record_values(self)
        self.shadows = Shadows(self)
        self.call_context = CallContext.of(self)  # what the call-kind hooks get
        self.check_supported()
        self.partners = add_forward_partners(self.fn, self.forward_blocks,
                                             self.activity.is_active)
        self.create_entry()
        self.instrument_loops()
        self.record_predecessors()
        self.split_calls = SplitCalls(self)
        self.call_context.site = self.split_calls
        self.shadows.create()  # may prepare split calls returning pointers early
        explain.record_shadows(self)
        self.split_calls.prepare()
        self.create_reverse_blocks()
        self.connect_returns()
        for block in self.forward_blocks:
            if block in self.reverse_of:
                self.fill_reverse_block(block)
        # tapes exist only once every reverse block asked for its values: free them last
        self.tape.free_all(IRBuilder(self.fn).position_before(self.final_return))
        replaced = self.split_calls.finish()
        for cut in self.cuts:  # a `ret` of a split call's result returns the result
            cut.value = replaced.get(cut.value, cut.value)
            cut.shadow = replaced.get(cut.shadow, cut.shadow)
        if self.spec.split is None:
            self.shadows.zero_callee_globals()
            return self.fn
        augmented, reverse = self.spec.split
        split_function(self.fn, self.cuts, augmented, reverse, len(augmented.args),
                       self.spec.heap_records)
        self.module.remove(self.fn)
        return reverse

    def create_function(self) -> None:
        params, names = gradient_params(self.original, self.spec.kinds)
        suffix = ".gradient" if self.spec.split is None else ".joined"
        if self.spec.dret:
            params.append(self.original.return_type)
            names.append("d.result")
        name = self.module.unique_symbol(self.original.name + suffix)
        self.fn = Function(name, FunctionType(self.spec.return_type, tuple(params)))
        self.fn.set_signature(self.fn.function_type, names)
        self.fn.prefix = "internal"
        self.module.add_function(self.fn)
        self.pair_arguments(self.spec.kinds)
        self.result_adjoint = self.fn.args[-1] if self.spec.dret else None

    def clone_forward(self) -> None:
        def heap_locals():  # the reverse half runs after this frame is gone
            if self.spec.split is not None:
                allocas_to_heap(self.fn, self.fail)
        self.forward_blocks = self.clone(self.primal_args, heap_locals)
        self.forward_entry = self.forward_blocks[0]

    def analyse(self) -> None:
        active = [a for a, k in zip(self.primal_args, self.spec.kinds) if k == "out"]
        self.analyse_activity(active, list(self.shadow_args), self.globals_of_kept_calls(),
                              shadowed_returns=self.spec.result_kind == "dup")
        self.select_only = select_only_values(self.fn)

    # -- errors -----------------------------------------------------------------------------
    def check_supported(self) -> None:
        self.check_values(ADJOINTS)

    def check_call(self, call: CallInst) -> None:
        self.calls.check(self.call_context, call)
        check_call_in_region(self, call)  # OpenMP: adjoints that could not be atomic

    # -- forward instrumentation ------------------------------------------------------------
    def create_entry(self) -> None:
        """A new first block holding adjoint slots and tape headers (zeroed once)."""
        entry = Block(self.fn.unique_name("allocas"))
        entry.function = self.fn
        self.fn.blocks.insert(0, entry)
        jump = Instruction("br", VOID, [self.forward_entry])
        entry.append(jump)
        self.entry = IRBuilder(self.fn).position_before(jump)
        self.tape = Tape(self.fn, self.loop_info, self.dom, self.returns, self.entry)
        if self.explain.enabled:
            from .explain_tape import TapeRecorder
            self.tape.explain = TapeRecorder(self, self.calls.explain)
        self.tape.stack_records = not self.spec.heap_records
        if self.spec.split is None:
            self.tape.reloadable = unwritten_memory(self.fn, self.primal_args, self.calls)
        else:  # the caller may overwrite memory before this reverse runs, unless it is stable
            self.tape.reloadable = {a for a, stable in zip(self.primal_args, self.spec.stable)
                                    if stable}
            self.tape.reloadable |= deep_roots(self.fn, self.primal_args, self.spec.stable)

    def instrument_loops(self) -> None:
        for loop in self.loop_info:
            header = loop.header
            b = IRBuilder(self.fn).position_before(header.first_non_phi())
            iv = PhiInst("phi", I64)
            iv.name = self.fn.unique_name("iv")
            header.insert(0, iv)
            iv_next = b.add(iv, 1, "iv.next", flags="nuw nsw")
            iv.add_incoming(zero(I64), loop.preheader)
            for _ in range(header.edges_from(loop.latches[0])):  # one entry per edge
                iv.add_incoming(iv_next, loop.latches[0])
            tape_index = self.entry.alloca(I64, "tape.index")
            self.entry.store(zero(I64), tape_index)
            index = b.load(I64, tape_index, "tape.index.here")
            b.store(b.add(index, 1, flags="nuw nsw"), tape_index)
            reverse_iv = self.entry.alloca(I64, "iv.reverse")
            self.tape.loop_states[loop] = LoopState(loop, iv, tape_index, index, reverse_iv)
        for loop in self.loop_info:
            for exit_block in loop.exits:
                self.record_final_iteration(loop, exit_block)

    def record_final_iteration(self, loop, exit_block: Block) -> None:
        (exiting,) = self.preds[exit_block]  # canonical form: exits are split edges
        state = self.tape.loop_states[loop]
        final = PhiInst("phi", I64)
        final.name = self.fn.unique_name("iv.final")
        for _ in range(exit_block.edges_from(exiting)):  # a switch may exit by several
            final.add_incoming(state.iv, exiting)
        exit_block.insert(0, final)
        self.tape.note_final(state, exit_block, final)

    def record_predecessors(self) -> None:
        """At each join (not a loop header), a phi numbering the predecessor taken (the
        same number on each of a switch's edges from one predecessor)."""
        self.came_from: dict[Block, PhiInst] = {}
        headers = {loop.header for loop in self.loop_info}
        for block in self.forward_blocks:
            preds = self.preds[block]
            if len(preds) < 2 or block in headers:
                continue
            phi = PhiInst("phi", I32)
            phi.name = self.fn.unique_name("came.from")
            for index, pred in enumerate(preds):
                for _ in range(block.edges_from(pred)):  # one entry per edge
                    phi.add_incoming(const_int(I32, index), pred)
            block.insert(0, phi)
            self.came_from[block] = phi

    # -- reverse sweep ----------------------------------------------------------------------
    def create_reverse_blocks(self) -> None:
        live = self.blocks_reaching_return()
        for block in reversed(self.forward_blocks):
            if block in live:
                reverse = Block(self.fn.unique_name("reverse." + (block.name or "bb")))
                self.fn.append_block(reverse)
                self.reverse_of[block] = reverse

    def blocks_reaching_return(self) -> set[Block]:
        live, work = set(), list(self.returns)
        while work:
            block = work.pop()
            if block not in live:
                live.add(block)
                work.extend(self.preds[block])
        return live

    def connect_returns(self) -> None:
        """Each `ret` becomes a branch into a seed block, which sets the returned value's
        adjoint (1, or the caller's adjoint of the result when split) and starts the reverse.
        The seed blocks are where a split gradient is cut in two."""
        for block in self.returns:
            ret = block.terminator
            value = ret.operands[0] if ret.operands else None
            shadow = None
            if self.spec.result_kind == "dup":  # the caller gets the returned pointer's shadow
                shadow = self.shadows.shadow_of(value, ret)
            ret.erase()
            seed = Block(self.fn.unique_name("seed"))
            self.fn.append_block(seed)
            IRBuilder(self.fn).position_at_end(block).br(seed)
            b = IRBuilder(self.fn).position_at_end(seed)
            if value is not None and self.activity.is_active(value):
                if self.spec.split is None:
                    if self.spec.seed_result:
                        self.accumulate(b, value, b.value(1.0, value.type))
                elif self.result_adjoint is not None:
                    self.accumulate(b, value, self.result_adjoint)
            b.br(self.reverse_of[block])
            self.cuts.append(Cut(block, seed, value, shadow))

    def fill_reverse_block(self, block: Block) -> None:
        b = ReverseBuilder(self, self.reverse_of[block], block)
        for inst in reversed(list(block.instructions)):  # caching may insert into block
            if inst.is_terminator or isinstance(inst, PhiInst):
                continue
            if inst.opcode == "store":
                if self.activity.is_active_store(inst):
                    self.shadows.reverse_store(b, inst)
            elif isinstance(inst, CallInst) and self.calls.kind(inst).memory:
                self.shadows.reverse_memory_call(b, inst)
            elif inst in self.split_calls:
                self.split_calls.reverse(b, inst)
            elif isinstance(inst, CallInst) and reverse_sync(self, b, inst):
                pass  # a barrier or critical section, reversed (omp_sync.py)
            elif self.activity.is_active(inst):
                self.reverse_instruction(b, inst)
            elif isinstance(inst, CallInst) and self.calls.writes_shadowed(self, inst):
                self.accumulate_operands(b, inst, self.calls.reverse(self.call_context, b, inst,
                                                                     None))
        if block is self.forward_entry:
            self.emit_return(b)
        else:
            self.leave_block(b, block)

    def reverse_instruction(self, b: ReverseBuilder, inst: Instruction) -> None:
        dy = b.load(inst.type, self.adjoint_slot(inst), (inst.name or "v") + ".adj")
        b.store(adjoint_zero(inst.type), self.adjoint_slot(inst))
        if inst.opcode == "load":
            self.shadows.reverse_load(b, inst, dy)
            return
        if isinstance(inst, CallInst):
            contributions = self.calls.reverse(self.call_context, b, inst, dy)
        else:
            contributions = ADJOINTS[inst.opcode](b, inst, dy)
        if inst in self.select_only:  # an arm not chosen must not send 0 * NaN back
            contributions = guard_zero_adjoint(b, dy, contributions)
        self.accumulate_operands(b, inst, contributions)

    def accumulate_operands(self, b: ReverseBuilder, inst: Instruction, contributions) -> None:
        for operand, contribution in zip(inst.operands, contributions):
            if contribution is not None and self.activity.is_active(operand):
                self.accumulate(b, operand, contribution() if callable(contribution)
                                else contribution)

    def leave_block(self, b: ReverseBuilder, block: Block) -> None:
        """Branch to the reverse of the predecessor that entered `block` in this run."""
        preds = [p for p in self.preds[block] if p in self.reverse_of]
        loop = self.loop_info.loop_for(block)
        if loop is not None and loop.header is block:
            state = self.tape.loop_states[loop]
            k = b.load(I64, state.reverse_iv, "iv.rev")
            first = b.icmp("eq", k, 0, "first.iteration")
            enter = self.edge_block(block, loop.preheader)
            back = self.edge_block(block, loop.latches[0], state, k)
            b.cond_br(first, enter, back)
        elif len(preds) == 1:
            b.br(self.edge_block(block, preds[0]))
        else:
            index = b.primal(self.came_from[block])
            cases = [(i, self.edge_block(block, p)) for i, p in enumerate(self.preds[block])
                     if p in self.reverse_of]
            b.switch(index, cases[0][1], cases[1:])

    def edge_block(self, block: Block, pred: Block, back_edge: LoopState | None = None,
                   k: Value | None = None) -> Block:
        """Reverse of the edge pred -> block: loop counters, phi adjoints, then jump."""
        edge = Block(self.fn.unique_name(f"{self.reverse_of[block].name}.from"))
        self.fn.append_block(edge)
        b = ReverseBuilder(self, edge, block)
        if back_edge is not None:
            b.store(b.sub(k, 1), back_edge.reverse_iv)
            index = b.load(I64, back_edge.tape_index)
            b.store(b.sub(index, 1), back_edge.tape_index)
        self.reenter_loops(b, block, pred)
        self.transfer_phi_adjoints(b, block, pred)
        loop = self.loop_info.loop_for(block)
        jump = b.br(self.reverse_of[pred])
        if back_edge is None and loop is not None and loop.header is block:
            self.tape.leaving_loop(jump, loop)  # backwards: the loop's tapes are done with
        return edge

    def reenter_loops(self, b: ReverseBuilder, block: Block, pred: Block) -> None:
        """Crossing an exit edge backwards: start at each exited loop's last iteration."""
        exited = [loop for loop in _loops_around(self.loop_info.loop_for(pred))
                  if not loop.contains(block)]
        finals = [(self.tape.loop_states[l], b.primal(self.tape.loop_states[l].finals[block]))
                  for l in exited]
        for state, final in finals:
            b.store(final, state.reverse_iv)
            index = b.load(I64, state.tape_index)
            b.store(b.sub(index, 1), state.tape_index)

    def transfer_phi_adjoints(self, b: ReverseBuilder, block: Block, pred: Block) -> None:
        active = [phi for phi in block.phis if self.activity.is_active(phi)]
        adjoints = [b.load(phi.type, self.adjoint_slot(phi)) for phi in active]
        for phi in active:
            b.store(adjoint_zero(phi.type), self.adjoint_slot(phi))
        for phi, adj in zip(active, adjoints):
            self.accumulate(b, phi.incoming_value_for(pred), adj)

    def emit_return(self, b: ReverseBuilder) -> None:
        outs = [a for a, k in zip(self.primal_args, self.spec.kinds) if k == "out"]
        # + 0.0 turns the -0.0 of an adjoint that received nothing into the 0.0 users expect
        values = [b.fadd(b.load(a.type, self.adjoint_slot(a), (a.name or "arg") + ".adj"), 0.0)
                  if self.activity.is_active(a) else zero(a.type) for a in outs]
        ret_type = self.spec.return_type
        if ret_type == VOID:
            self.final_return = b.ret()
        elif isinstance(ret_type, StructType):
            aggregate = zero(ret_type)
            for index, value in enumerate(values):
                aggregate = b.insertvalue(aggregate, value, [index])
            self.final_return = b.ret(aggregate)
        else:
            self.final_return = b.ret(values[0] if values else zero(ret_type))

    # -- adjoint storage --------------------------------------------------------------------
    def adjoint_slot(self, value: Value) -> Value:
        slot = self.adjoint_slots.get(value)
        if slot is None:
            slot = self.entry.alloca(value.type, (value.name or "v") + ".adj")
            self.entry.store(adjoint_zero(value.type), slot)
            self.adjoint_slots[value] = slot
        return slot

    def accumulate(self, b: IRBuilder, value: Value, contribution: Value) -> None:
        """adjoint(value) += contribution, for active values only."""
        if not self.activity.is_active(value):
            return
        slot = self.adjoint_slot(value)
        old = b.load(value.type, slot)
        b.store(add_adjoints(b, old, b.value(contribution, value)), slot)


def _loops_around(loop) -> list:
    """`loop` and the loops holding it, outermost first (the loops' preorder): the loops
    containing a block, found without a scan of every loop of the function per edge."""
    chain = []
    while loop is not None:
        chain.append(loop)
        loop = loop.parent
    return chain[::-1]
