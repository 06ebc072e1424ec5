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

import os

from enzymec.ir import (I32, I64, VOID, Block, CallInst, Function, FunctionType, Instruction,
                        PhiInst, StructType, Type, Value)
from enzymec.ir.builder import IRBuilder, const_int, zero
from enzymec.records import FrozenRecord, init_field

from ..explain import explain_record as explain
from ..rules.accumulate import add_adjoints, adjoint_zero
from ..rules.adjoints import ADJOINTS
from ..calls.call_context import CallContext
from ..calls.call_kinds import REVERSE
from ..calls.calls import CallRules
from ..passes.canonicalize import canonicalize_loops
from ..rules.forward_partners import add_forward_partners
from ..calls.fuse_bodies import is_fused_body, note_scratch_arguments
from ..fuse.fuse_call import fused_call
from ..fuse.fuse_outline import fuse_loops
from ..fuse.loop_fusion import fuse_sibling_loops
from ..passes.irreducible import check_reducible
from .loop_entries import LoopEntries
from .loop_lookup import LoopLookupPoints
from ..context.function_context import FunctionContext
from ..memory.memory import Shadows
from ..omp.omp_atomic import check_call_in_region
from ..omp.omp_stable import deep_roots
from ..omp.omp_sync import reverse_sync
from .ascending import CounterSites, ascending_candidates, count_up
from .preaccumulate import preaccumulate
from ..context.prepare import analyse_activity, check_values, clone, globals_of_kept_calls, \
    pair_arguments
from ..rules.reverse_builder import ReverseBuilder
from .rmw_adjoint import updates_in_place
from .select_chain import rewrite_running_selects
from ..tape.running_rebuild import carried_loops, keep_carried
from ..tape.tape import LoopState, Tape
from ..analyses.aliasing import unwritten_memory
from ..tape.argument_reload import note_writers
from ..split.own_pair import call_own_pair, own_pair
from ..split.record_union import share_record_slots, stacked_tapes
from ..shadow_tape.shadow_tape_apply import apply_shadow_tapes, disjoint_calls, find_slots
from ..split.split import Cut, allocas_to_heap, forward_blocks, split_function
from .speculation import guard_zero_adjoint, select_only_values
from ..calls.split_calls import SplitCalls, apart, gradient_params


# ENZYMEC_FUSE=0 turns the per-iteration reverse off (paired measurements, fuse_plan.py)
FUSE_LOOPS = os.environ.get("ENZYMEC_FUSE", "1") != "0"


class GradientSpec(FrozenRecord):
    """What to differentiate: `kinds[i]` is const, dup, dupnoneed or out for parameter i.

    `split` names the (augmented, reverse) pair to build instead of one gradient function;
    then `result_kind` says whether the reverse receives the adjoint of the result (`out`),
    or the augmented forward returns the shadow of a returned pointer (`dup`)."""

    _fields = (
        "function", "kinds", "return_type", "split", "result_kind", "stable", "seed_result",
        "heap_records", "primal_return", "disjoint_shadows", "handed_out")

    def __init__(
            self, function: Function, kinds: tuple[str, ...], return_type: Type,
            split: tuple | None = None, result_kind: str = "const", stable: tuple = (),
            seed_result: bool = True, heap_records: bool = False, primal_return: bool = False,
            disjoint_shadows: bool = False, handed_out: bool = False
    ) -> None:
        init_field(self, "function", function)
        init_field(self, "kinds", kinds)
        init_field(self, "return_type", return_type)
        init_field(self, "split", split)
        init_field(self, "result_kind", result_kind)
        # split: per argument, whether no code of the gradient writes its memory
        init_field(self, "stable", stable)
        # a gradient seeds its result with 1 (not: enzyme_const_return)
        init_field(self, "seed_result", seed_result)
        # split: the records come from the heap (the user splits this pair, or a pair whose
        # forward runs this one's: its reverses may run in any order), not the LIFO stack
        init_field(self, "heap_records", heap_records)
        # the gradient returns f's result first (enzyme_primal_return)
        init_field(self, "primal_return", primal_return)
        # split: the user's own pair (__enzyme_augmentfwd / __enzyme_reverse): a heap block
        # the function returns or stores into the caller's memory is the user's, and so is
        # its shadow (memory.py, handed_to_caller)
        init_field(self, "handed_out", handed_out)
        # the call proved every region disjoint (alias_version.py): a loop tape may live in a
        # zero shadow (shadow_tape_apply.py)
        init_field(self, "disjoint_shadows", disjoint_shadows)

    @property
    def dret(self) -> bool:
        return self.result_kind == "out"


class GradientSynthesizer:
    """Reverse mode's synthesis of one function: its own phase state (adjoint slots, the
    reverse blocks, the cuts of a split pair) over the function's context `ctx`
    (function_context.py), filled by the shared preparation (prepare.py)."""

    def __init__(self, spec: GradientSpec, debug, calls: CallRules):
        self.spec = spec
        self.debug = debug
        self.calls = calls
        self.ctx: FunctionContext | None = None  # made with the function (create_function)
        self.adjoint_slots: dict[Value, Value] = {}
        self.primal_result_slot: Value | None = None  # enzyme_primal_return (primal_slot)
        self.reverse_of: dict[Block, Block] = {}
        self.cuts: list[Cut] = []
        # phase state, set by run() from what each phase returns
        self.forward_entry: Block | None = None  # the cloned entry block
        self.select_only: set = set()  # values used only by selects (speculation.py)
        self.came_from: dict[Block, PhiInst] = {}  # join -> the number of the edge taken
        self.shadows: Shadows | None = None
        self.hooks: CallContext | None = None  # what the call-kind hooks get
        self.split_calls: SplitCalls | None = None
        self.ascending: set = set()  # loops whose reverse may count up (ascending.py)
        self.counter_sites: dict = {}  # loop -> its reverse counter's CounterSites

    # -- driver -----------------------------------------------------------------------------
    def run(self) -> Function:
        ctx = self.ctx = self.create_function()
        ctx.explain = explain.begin(ctx, "reverse" if self.spec.split is None else "split")
        self.prepare_forward()
        self.instrument_forward()
        pair = own_pair(self) if type(self) is GradientSynthesizer else None
        if pair is not None:  # the recursion's split pair runs the top call too (own_pair.py)
            call_own_pair(self, *pair)
            return ctx.fn
        final_return = self.build_reverse()
        apply_shadow_tapes(ctx, self.shadow_slots, self.shadows,  # shadow_tape_apply.py
                           early=bool(self.disjoint_calls) or self.spec.split is not None)
        # tapes exist only once every reverse block asked for its values: free them last
        ctx.tape.free_all(IRBuilder(ctx.fn).position_before(final_return))
        return self.finish()

    def prepare_forward(self) -> None:
        """Steps 1-2: the forward sweep cloned, analysed and checked."""
        ctx = self.ctx
        self.forward_entry = self.clone_forward()
        canonicalize_loops(ctx.fn)
        if self.fuses_loops() and explain.record_loops_fused(  # loop_fusion.py
                ctx, fuse_sibling_loops(ctx.fn, ctx.calls)):
            canonicalize_loops(ctx.fn)
        fused = fuse_loops(ctx) if self.fuses_loops() else []  # fuse_plan.py
        rewrite_running_selects(ctx.fn)  # running maxima: tape an index, not a flag
        self.select_only = self.analyse()
        check_reducible(ctx)  # loops the reverse can count (irreducible.py)
        explain.record_arguments(ctx, self.spec.kinds)
        explain.record_values(ctx)
        self.shadows = Shadows(ctx, self.accumulate)
        self.hooks = self.shadows.hooks  # what the call-kind hooks get
        check_values(ctx, self.shadows, ADJOINTS, self.check_call)
        self.preaccumulated = preaccumulate(ctx.fn, ctx.forward_blocks,
                                            ctx.activity.is_active)
        ctx.chain_roots = self.preaccumulated.roots_of_derivatives()  # for --explain
        ctx.partners = add_forward_partners(ctx.fn, ctx.forward_blocks,
                                            ctx.activity.is_active)
        # before any tape or reverse code; a fused loop adds into shadows during the forward
        # sweep, where a shadow tape needs them zero (shadow_tape_apply.py)
        self.shadow_slots = [] if fused else find_slots(ctx, self.spec)
        self.disjoint_calls = disjoint_calls(ctx, self.spec)  # shadow_tape_apply.py
        self.shadows.in_place = updates_in_place(ctx)  # before instrumentation adds stores
        if type(self) is GradientSynthesizer and self.spec.split is None:
            self.ascending = ascending_candidates(ctx)  # before instrumentation, too

    def fuses_loops(self) -> bool:
        """Condition (6) of fuse_plan.py: a combined gradient of the whole function (not a
        split pair, a vector mode's lanes, nor a fused body's own gradient)."""
        return type(self) is GradientSynthesizer and self.may_fuse_loops()

    def may_fuse_loops(self) -> bool:
        """Condition (6) of fuse_plan.py for the spec (fuses_loops adds the synthesis)."""
        spec = self.spec
        return FUSE_LOOPS and spec.split is None and spec.seed_result and \
            not spec.primal_return and not spec.dret and self.calls.derivatives is not None

    def instrument_forward(self) -> None:
        """Step 3: the entry block and tape, loop counters, predecessor numbers, shadows
        and the augmented forward calls of split callees."""
        self.split_calls = SplitCalls(self.ctx, self.shadows, self.adjoint_slot,
                                      self.accumulate, self.spec.heap_records)
        self.split_calls.disjoint_calls = self.disjoint_calls
        self.split_calls.fused = lambda call: fused_call(self.split_calls, call)
        self.create_entry()
        self.instrument_loops()
        self.came_from = self.record_predecessors()
        self.hooks.site = self.split_calls
        self.shadows.create()  # may prepare split calls returning pointers early
        explain.record_shadows(self.ctx, self.shadows)
        self.split_calls.prepare()

    def build_reverse(self) -> Instruction | None:
        """Steps 4-5: the reverse blocks, the seeds at each `ret`, and the reverse of each
        block; returns the gradient's `ret` (made in the reverse of the entry block)."""
        self.create_reverse_blocks()
        self.ctx.tape.lookup_points = LoopLookupPoints(self.ctx, self.reverse_of)
        self.connect_returns()
        final_return = None
        for block in self.ctx.forward_blocks:
            if block in self.reverse_of:
                ret = self.fill_reverse_block(block)
                final_return = ret if ret is not None else final_return
        self.count_up_loops()
        keep_carried(self.ctx.tape)
        self.ctx.tape.lookup_points.keep_loops_scalar(versions=self.spec.split is None)
        return final_return

    def finish(self) -> Function:
        """Split calls' results replace the calls; a split pair is cut out of the joined
        function, which goes. Returns the gradient (or the pair's reverse)."""
        ctx = self.ctx
        replaced = self.split_calls.finish()
        for cut in self.cuts:  # a `ret` of a split call's result returns the result
            cut.value = replaced.get(cut.value, cut.value)
            cut.shadow = replaced.get(cut.shadow, cut.shadow)
        if self.spec.split is None:
            self.shadows.zero_callee_globals()
            return ctx.fn
        augmented, reverse = self.spec.split
        share_record_slots(ctx.fn, forward_blocks(ctx.fn, self.cuts), stacked_tapes(ctx.tape))
        split_function(ctx.fn, self.cuts, augmented, reverse, len(augmented.args),
                       self.spec.heap_records)
        ctx.module.remove(ctx.fn)
        return reverse

    def create_function(self) -> FunctionContext:
        """The gradient (or joined split) function, added to the module, and its context."""
        original = self.spec.function
        params, names = gradient_params(original, self.spec.kinds)
        suffix = ".gradient" if self.spec.split is None else ".joined"
        if self.spec.dret:
            params.append(original.return_type)
            names.append("d.result")
        module = original.module
        name = module.unique_symbol(original.name + suffix)
        fn = Function(name, FunctionType(self.spec.return_type, tuple(params)))
        fn.set_signature(fn.function_type, apart(names))
        fn.prefix = "internal"
        module.add_function(fn)
        ctx = FunctionContext(original, fn, module, self.debug, self.calls, REVERSE,
                              top=self.spec.split is None, handed_out=self.spec.handed_out)
        pair_arguments(ctx, self.spec.kinds)
        note_scratch_arguments(original, ctx.primal_args, ctx.shadow_args)  # a fused loop body's (fuse_bodies.py)
        return ctx

    def clone_forward(self) -> Block:
        """The forward sweep: `original` cloned and prepared (prepare.py); returns its
        entry block."""
        ctx = self.ctx

        def heap_locals():  # the reverse half runs after this frame is gone
            if self.spec.split is not None:
                allocas_to_heap(ctx.fn, ctx.fail)
        return clone(ctx, heap_locals, openmp_regions=True)[0]

    def analyse(self) -> set:
        """Flow and activity of the forward sweep (into ctx); returns the values only
        selects use (speculation.py)."""
        ctx = self.ctx
        active = [a for a, k in zip(ctx.primal_args, self.spec.kinds) if k == "out"]
        analyse_activity(ctx, active, list(ctx.shadow_args), globals_of_kept_calls(ctx),
                         shadowed_returns=self.spec.result_kind == "dup")
        return select_only_values(ctx.fn)

    # -- errors -----------------------------------------------------------------------------
    def check_call(self, call: CallInst) -> None:
        self.calls.check(self.hooks, call)
        check_call_in_region(self.ctx, call)  # OpenMP: adjoints that could not be atomic

    # -- forward instrumentation ------------------------------------------------------------
    def create_entry(self) -> None:
        """A new first block holding adjoint slots and tape headers (zeroed once)."""
        ctx = self.ctx
        entry = Block(ctx.fn.unique_name("allocas"))
        entry.function = ctx.fn
        ctx.fn.blocks.insert(0, entry)
        jump = Instruction("br", VOID, [self.forward_entry])
        entry.append(jump)
        ctx.entry = IRBuilder(ctx.fn).position_before(jump)
        ctx.tape = tape = Tape(ctx.fn, ctx.loop_info, ctx.dom, ctx.returns, ctx.entry,
                               self.calls)
        if ctx.explain.enabled:
            from ..tape.explain_tape import TapeRecorder
            tape.explain = TapeRecorder(ctx, self.calls.explain, self.split_calls)
        tape.stack_records = not self.spec.heap_records
        tape.persistent = is_fused_body(self.spec.function)  # fuse_tapes.py
        if self.spec.split is None:
            tape.reloadable = unwritten_memory(ctx.fn, ctx.primal_args, self.calls)
            tape.scratch_reload = True  # scratch_reload.py: not when split
            note_writers(tape, ctx.fn, ctx.primal_args, self.calls)  # argument_reload.py
        else:  # the caller may overwrite memory before this reverse runs, unless it is stable
            tape.reloadable = {a for a, stable in zip(ctx.primal_args, self.spec.stable)
                               if stable}
            tape.reloadable |= deep_roots(ctx.fn, ctx.primal_args, self.spec.stable)

    def instrument_loops(self) -> None:
        entries = LoopEntries(self.ctx.preds)
        for loop in self.ctx.loop_info:
            header = loop.header
            b = IRBuilder(self.ctx.fn).position_before(header.first_non_phi())
            iv = PhiInst("phi", I64)
            iv.name = self.ctx.fn.unique_name("iv")
            header.insert(0, iv)
            iv_next = b.add(iv, 1, "iv.next", flags="nuw nsw")
            iv.add_incoming(zero(I64), loop.preheader)
            for _ in range(header.edges_from(loop.latches[0])):  # one entry per edge
                iv.add_incoming(iv_next, loop.latches[0])
            tape_index, index = None, iv  # entered once: iv indexes its tapes
            if not entries.entered_once(loop):
                tape_index = self.ctx.entry.alloca(I64, "tape.index")
                self.ctx.entry.store(zero(I64), tape_index)
                index = b.load(I64, tape_index, "tape.index.here")
                b.store(b.add(index, 1, flags="nuw nsw"), tape_index)
            reverse_iv = self.ctx.entry.alloca(I64, "iv.reverse")
            self.ctx.tape.loop_states[loop] = LoopState(loop, iv, tape_index, index, reverse_iv)
        for loop in self.ctx.loop_info:
            for exit_block in loop.exits:
                self.record_final_iteration(loop, exit_block)

    def record_final_iteration(self, loop, exit_block: Block) -> None:
        (exiting,) = self.ctx.preds[exit_block]  # canonical form: exits are split edges
        state = self.ctx.tape.loop_states[loop]
        final = PhiInst("phi", I64)
        final.name = self.ctx.fn.unique_name("iv.final")
        for _ in range(exit_block.edges_from(exiting)):  # a switch may exit by several
            final.add_incoming(state.iv, exiting)
        exit_block.insert(0, final)
        self.ctx.tape.note_final(state, exit_block, final)

    def record_predecessors(self) -> dict:
        """At each join (not a loop header), a phi numbering the predecessor taken (the
        same number on each of a switch's edges from one predecessor); returns join -> phi."""
        came_from: dict[Block, PhiInst] = {}
        headers = {loop.header for loop in self.ctx.loop_info}
        for block in self.ctx.forward_blocks:
            preds = self.ctx.preds[block]
            if len(preds) < 2 or block in headers:
                continue
            phi = PhiInst("phi", I32)
            phi.name = self.ctx.fn.unique_name("came.from")
            for index, pred in enumerate(preds):
                for _ in range(block.edges_from(pred)):  # one entry per edge
                    phi.add_incoming(const_int(I32, index), pred)
            block.insert(0, phi)
            came_from[block] = phi
        return came_from

    # -- reverse sweep ----------------------------------------------------------------------
    def create_reverse_blocks(self) -> None:
        live = self.blocks_reaching_return()
        for block in reversed(self.ctx.forward_blocks):
            if block in live:
                reverse = Block(self.ctx.fn.unique_name("reverse." + (block.name or "bb")))
                self.ctx.fn.append_block(reverse)
                self.reverse_of[block] = reverse

    def blocks_reaching_return(self) -> set[Block]:
        live, work = set(), list(self.ctx.returns)
        while work:
            block = work.pop()
            if block not in live:
                live.add(block)
                work.extend(self.ctx.preds[block])
        return live

    def connect_returns(self) -> None:
        """Each `ret` becomes a branch into a seed block, which sets the returned value's
        adjoint (1, or the caller's adjoint of the result when split) and starts the reverse.
        The seed blocks are where a split gradient is cut in two."""
        result_adjoint = self.ctx.fn.args[-1] if self.spec.dret else None
        for block in self.ctx.returns:
            ret = block.terminator
            value = ret.operands[0] if ret.operands else None
            shadow = None
            if self.spec.result_kind == "dup":  # the caller gets the returned pointer's shadow
                shadow = self.shadows.shadow_of(value, ret)
            ret.erase()
            seed = Block(self.ctx.fn.unique_name("seed"))
            self.ctx.fn.append_block(seed)
            IRBuilder(self.ctx.fn).position_at_end(block).br(seed)
            b = IRBuilder(self.ctx.fn).position_at_end(seed)
            if self.spec.primal_return:
                b.store(value, self.primal_slot())
            if value is not None and self.ctx.activity.is_active(value):
                if self.spec.split is None:
                    if self.spec.seed_result:  # the caller's adjoint (a fused loop body) or 1
                        self.accumulate(b, value, result_adjoint if result_adjoint is not None
                                        else b.value(1.0, value.type))
                elif result_adjoint is not None:
                    self.accumulate(b, value, result_adjoint)
            b.br(self.reverse_of[block])
            self.cuts.append(Cut(block, seed, value, shadow))

    def fill_reverse_block(self, block: Block) -> Instruction | None:
        """The reverse of `block`; returns the gradient's `ret` when `block` is the entry."""
        b = ReverseBuilder(self.ctx, self.reverse_of[block], block)
        for inst in reversed(list(block.instructions)):  # caching may insert into block
            if inst.is_terminator or isinstance(inst, PhiInst):
                continue
            if inst.opcode == "store":
                if self.ctx.activity.is_active_store(inst):
                    self.shadows.reverse_store(b, inst)
            elif isinstance(inst, CallInst) and self.calls.kind(inst).memory:
                self.shadows.reverse_memory_call(b, inst)
            elif inst in self.split_calls:
                self.split_calls.reverse(b, inst)
            elif isinstance(inst, CallInst) and reverse_sync(self.ctx, b, inst):
                pass  # a barrier or critical section, reversed (omp_sync.py)
            elif self.ctx.activity.is_active(inst):
                self.reverse_instruction(b, inst)
            elif isinstance(inst, CallInst) and self.calls.writes_shadowed(self.ctx, inst):
                self.accumulate_operands(b, inst, self.calls.reverse(self.hooks, b, inst,
                                                                     None))
        if block is self.forward_entry:
            return self.emit_return(b)
        self.leave_block(b, block)
        return None

    def reverse_instruction(self, b: ReverseBuilder, inst: Instruction) -> None:
        if self.preaccumulated.reverse(b, inst, self.adjoint_slot, self.accumulate,
                                       self.select_only):  # a chain's member (preaccumulate.py)
            return
        dy = b.load(inst.type, self.adjoint_slot(inst), (inst.name or "v") + ".adj")
        b.store(adjoint_zero(inst.type), self.adjoint_slot(inst))
        if inst.opcode == "load":
            self.shadows.reverse_load(b, inst, dy)
            return
        if isinstance(inst, CallInst):
            contributions = self.calls.reverse(self.hooks, b, inst, dy)
        else:
            contributions = ADJOINTS[inst.opcode](b, inst, dy)
        if inst in self.select_only:  # an arm not chosen must not send 0 * NaN back
            contributions = guard_zero_adjoint(b, dy, contributions)
        self.accumulate_operands(b, inst, contributions)

    def accumulate_operands(self, b: ReverseBuilder, inst: Instruction, contributions) -> None:
        for operand, contribution in zip(inst.operands, contributions):
            if contribution is not None and self.ctx.activity.is_active(operand):
                self.accumulate(b, operand, contribution() if callable(contribution)
                                else contribution)

    def leave_block(self, b: ReverseBuilder, block: Block) -> None:
        """Branch to the reverse of the predecessor that entered `block` in this run."""
        preds = [p for p in self.ctx.preds[block] if p in self.reverse_of]
        loop = self.ctx.loop_info.loop_for(block)
        if loop is not None and loop.header is block:
            state = self.ctx.tape.loop_states[loop]
            k = b.load(I64, state.reverse_iv, "iv.rev")
            first = b.icmp("eq", k, 0, "first.iteration")
            self._sites(loop).test = first
            enter = self.edge_block(block, loop.preheader)
            back = self.edge_block(block, loop.latches[0], state, k)
            b.cond_br(first, enter, back)
        elif len(preds) == 1:
            b.br(self.edge_block(block, preds[0]))
        else:
            index = b.primal(self.came_from[block])
            cases = [(i, self.edge_block(block, p)) for i, p in enumerate(self.ctx.preds[block])
                     if p in self.reverse_of]
            b.switch(index, cases[0][1], cases[1:])

    def edge_block(self, block: Block, pred: Block, back_edge: LoopState | None = None,
                   k: Value | None = None) -> Block:
        """Reverse of the edge pred -> block: loop counters, phi adjoints, then jump."""
        edge = Block(self.ctx.fn.unique_name(f"{self.reverse_of[block].name}.from"))
        self.ctx.fn.append_block(edge)
        b = ReverseBuilder(self.ctx, edge, block)
        if back_edge is not None:
            step = b.sub(k, 1)
            self._sites(back_edge.loop).step = step
            b.store(step, back_edge.reverse_iv)
        if back_edge is not None and back_edge.tape_index is not None:
            index = b.load(I64, back_edge.tape_index)
            b.store(b.sub(index, 1), back_edge.tape_index)
        self.reenter_loops(b, block, pred)
        self.transfer_phi_adjoints(b, block, pred)
        loop = self.ctx.loop_info.loop_for(block)
        jump = b.br(self.ctx.tape.lookup_points.edge_target(block, pred))
        if back_edge is not None:  # the reverse loop's back edge (loop_lookup.py)
            self.ctx.tape.lookup_points.back_jumps[back_edge.loop] = jump
        if back_edge is None and loop is not None and loop.header is block:
            self.ctx.tape.leaving_loop(jump, loop)  # backwards: the loop's tapes are done with
        return edge

    def reenter_loops(self, b: ReverseBuilder, block: Block, pred: Block) -> None:
        """Crossing an exit edge backwards: start at each exited loop's last iteration."""
        exited = [loop for loop in _loops_around(self.ctx.loop_info.loop_for(pred))
                  if not loop.contains(block)]
        states = self.ctx.tape.loop_states
        finals = [(states[l], b.primal(states[l].finals[block])) for l in exited]
        for state, final in finals:
            self._sites(state.loop).entries.append(b.store(final, state.reverse_iv))
            if state.tape_index is None:
                continue
            index = b.load(I64, state.tape_index)
            b.store(b.sub(index, 1), state.tape_index)

    def transfer_phi_adjoints(self, b: ReverseBuilder, block: Block, pred: Block) -> None:
        active = [phi for phi in block.phis if self.ctx.activity.is_active(phi)]
        adjoints = [b.load(phi.type, self.adjoint_slot(phi)) for phi in active]
        for phi in active:
            b.store(adjoint_zero(phi.type), self.adjoint_slot(phi))
        for phi, adj in zip(active, adjoints):
            self.accumulate(b, phi.incoming_value_for(pred), adj)

    def count_up_loops(self) -> None:
        """The reverse loops that may count up do (ascending.py), once every reverse block
        is filled."""
        if self.ascending:
            explain.record_ascending(self.ctx, count_up(
                self.ctx, self.ascending, self.counter_sites, self.adjoint_slots.values(),
                carried_loops(self.ctx.tape)))

    def emit_return(self, b: ReverseBuilder) -> Instruction:
        """Return the adjoints of the `out` arguments; returns the `ret`."""
        outs = [a for a, k in zip(self.ctx.primal_args, self.spec.kinds) if k == "out"]
        # + 0.0 turns the -0.0 of an adjoint that received nothing into the 0.0 users expect
        values = [b.fadd(b.load(a.type, self.adjoint_slot(a), (a.name or "arg") + ".adj"), 0.0)
                  if self.ctx.activity.is_active(a) else zero(a.type) for a in outs]
        if self.spec.primal_return:
            values.insert(0, b.load(self.spec.function.return_type, self.primal_slot(),
                                    "primal.result"))
        return self.return_values(b, values)

    def return_values(self, b: IRBuilder, values: list) -> Instruction:
        """Return `values` as the gradient's return type holds them; returns the `ret`."""
        ret_type = self.spec.return_type
        if ret_type == VOID:
            return b.ret()
        if isinstance(ret_type, StructType):
            aggregate = zero(ret_type)
            for index, value in enumerate(values):
                aggregate = b.insertvalue(aggregate, value, [index])
            return b.ret(aggregate)
        return b.ret(values[0] if values else zero(ret_type))

    def primal_slot(self) -> Value:
        """Where each `ret` leaves the primal result for the gradient's own `ret`
        (enzyme_primal_return); LLVM's mem2reg makes it a phi."""
        if self.primal_result_slot is None:
            self.primal_result_slot = self.ctx.entry.alloca(self.spec.function.return_type,
                                                            "primal.result.slot")
        return self.primal_result_slot

    # -- adjoint storage --------------------------------------------------------------------
    def _sites(self, loop) -> CounterSites:
        """Where `loop`'s reverse counter is set, tested and stepped (ascending.py)."""
        return self.counter_sites.setdefault(loop, CounterSites())

    def adjoint_slot(self, value: Value) -> Value:
        slot = self.adjoint_slots.get(value)
        if slot is None:
            slot = self.ctx.entry.alloca(value.type, (value.name or "v") + ".adj")
            self.ctx.entry.store(adjoint_zero(value.type), slot)
            self.adjoint_slots[value] = slot
        return slot

    def accumulate(self, b: IRBuilder, value: Value, contribution: Value) -> None:
        """adjoint(value) += contribution, for active values only."""
        if not self.ctx.activity.is_active(value):
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
