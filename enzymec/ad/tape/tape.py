"""Making forward values available to the reverse sweep: reuse, recompute, or tape.

`Tape.lookup(value, block)` returns a value usable in reverse block `block` that equals the
forward `value` as it was in the iteration being reversed:
- values whose definition dominates every return and lies outside all loops are used as is;
- cheap pure instructions (GEPs, casts, integer arithmetic, comparisons) are recomputed from
  looked-up operands; a load from memory nothing in the function writes is loaded again
  (`reloadable`, decided before AD from the function's writes); and an affine loop counter `phi [s, pre], [phi + c, latch]` is rebuilt
  as `s + c*k` from the reverse iteration number `k`;
- everything else is cached: a value outside loops in an entry alloca (SROA turns it back
  into SSA), a value in loop L in a tape array indexed by L's *tape index*, a counter of all
  iterations L has run so far, which the reverse sweep counts back down. Nested loops need no
  multi-dimensional arrays this way, and trip counts need not be known in advance: the array
  grows (`__enzymec_tape_slot` in runtime/enzymec_rt.c, inlined, doubling with realloc).
  Where its memory comes from (malloc, or buffers kept between gradients) is tape_arena.py's.
"""

from __future__ import annotations

from enzymec.ir import (AllocaInst, Block, ConstantInt, Function, FunctionType, I64,
                        Instruction, PhiInst, PTR, Value, VOID)
from enzymec.ir.builder import IRBuilder, declare_function
from enzymec.ir.clone import clone_instruction
from enzymec.records import Record

from .branch_rebuild import branch_choice, emit_branch_choice
from .recompute_cost import recompute_float
from .remat_emit import emit_remat
from .remat_region import remat_plan
from .running_rebuild import emit_running_sum, rebuildable_sum, sum_inputs
from ..rules.runtime_calls import runtime_function
from .argument_reload import reloads_written_argument
from .exit_tapes import exit_cache, tape_loop
from .nested_finals import keeps_taped_final
from .scratch_reload import free_deferred, reloads_scratch
from .store_forwarding import forwarded_store, rebuild_stored
from .fuse_tapes import persistent_header
from .tape_arena import HELPERS, RECORD_ALIGN, constant_trip_count, tape_kind
from .trip_count import final_counter_value, trip_count_value

RECOMPUTABLE = frozenset({"getelementptr", "trunc", "zext", "sext", "sitofp", "uitofp",
                          "fptosi", "fptoui", "bitcast", "add", "sub", "mul", "shl", "and",
                          "or", "xor", "lshr", "ashr", "icmp", "fcmp", "select", "fneg",
                          "fpext", "fptrunc", "extractvalue", "freeze"})

class LoopState(Record):
    """Per-loop counters of the gradient: forward iteration number and tape index."""

    _fields = ("loop", "iv", "tape_index", "index_at_header", "reverse_iv", "finals", "trip_count")

    def __init__(
            self, loop: object, iv: PhiInst, tape_index: AllocaInst | None, index_at_header: Value,
            reverse_iv: AllocaInst, finals: dict | None = None, trip_count: object = None
    ) -> None:
        self.loop = loop
        self.iv = iv  # 0, 1, 2, ... per entry to the loop (forward)
        # iterations run so far, all entries together (None: entered once per call, iv is
        # the index; loop_entries.py)
        self.tape_index = tape_index
        self.index_at_header = index_at_header  # the tape index of the current forward iteration
        self.reverse_iv = reverse_iv  # iteration number in the reverse sweep
        self.finals = {} if finals is None else finals  # exit block -> phi of iv at exit
        self.trip_count = trip_count  # header runs per entry (IR value), False if unknown


class Tape:
    """Caches and lookups for one gradient function."""

    def __init__(self, function: Function, loop_info, dom_tree, returns: list[Block],
                 entry: IRBuilder, calls):
        self.function = function
        self.calls = calls          # the module's calls.CallRules: the kinds of its calls
        self.loop_info = loop_info
        self.dom = dom_tree
        self.returns = returns
        self.entry = entry          # positioned before the first original instruction
        self.loop_states: dict[object, LoopState] = {}
        self.scalar_caches: dict[Value, AllocaInst] = {}
        self.array_caches: dict[Value, AllocaInst] = {}
        # values computed in a loop that the reverse needs only after all their loops: one
        # slot, overwritten each iteration, holds the final value (no per-iteration tape)
        self.final_caches: dict[Value, AllocaInst] = {}
        # values computed in a nested loop that the reverse needs after it, inside a loop
        # around it: one element per iteration of that loop (exit_tapes.py)
        self.exit_caches: dict[tuple[Value, object], AllocaInst] = {}
        self.tape_loops: dict[AllocaInst, object] = {}  # array tape -> the loop indexing it
        self.tape_order: list[AllocaInst] = []  # array tapes, in the order they were made
        self.tape_kinds: dict[AllocaInst, tuple[str, int]] = {}  # tape -> (kind, element size)
        self.constant_finals: dict[Value, int] = {}  # final counter phi -> its constant value
        self.counted_finals: dict[Value, Value] = {}  # final counter phi -> count - 1 as IR
        self.stack_records = False  # split-call records on the record stack: stacked tapes
        self.persistent = False  # loop tapes kept between calls (fuse_tapes.py)
        self.loop_leaves: list[tuple[Instruction, object]] = []  # (jump, loop) of the reverse
        self.memo: dict[tuple[Value, Block], Value] = {}
        self.reloadable: set[Value] = set()   # allocations whose loads may be repeated
        self.scratch_reload = False  # scratch written before it is read reloads too
        self.explain = None   # --explain: a TapeRecorder (explain_tape.py), else None
        self.lookup_points = None  # loop_lookup.LoopLookupPoints of the reverse, if any
        self.primal = set(function.instructions())  # the forward before instrumentation

    # -- availability -----------------------------------------------------------------------
    def available(self, value: Value) -> bool:
        """Whether the forward `value` can be used as it is anywhere in the reverse sweep."""
        block = getattr(value, "block", None)
        if block is None:
            return True  # constants, arguments, globals
        if self.loop_info.loop_for(block) is not None:
            return False
        return all(self.dom.dominates(block, r) for r in self.returns)

    def lookup(self, value: Value, builder: IRBuilder, forward_block: Block) -> Value:
        """`value` as seen by the reverse of `forward_block`, emitted with `builder`."""
        if self.available(value):
            if self.explain is not None:
                self.explain(value, "reused")
            return value
        key = (value, builder.block)
        if key in self.memo:
            return self.memo[key]
        result = self._lookup(value, builder, forward_block)
        self.memo[key] = result
        return result

    def _lookup(self, value, builder, forward_block) -> Value:
        if value in self.constant_finals:
            return ConstantInt(value.type, self.constant_finals[value])
        if value in self.counted_finals:
            return self.lookup(self.counted_finals[value], builder, forward_block)
        loop = self.loop_info.loop_for(value.block)
        state = self.loop_states.get(loop) if loop else None
        if state is not None and value is state.iv:
            return self.reverse_iteration(state, builder, forward_block)
        affine = self.affine_counter(value, loop)
        if affine is not None:
            self._explain(value, "counter")
            start, step, counter = affine
            k = self.lookup(counter, builder, forward_block)
            k = builder.cast("trunc", k, value.type)
            return builder.add(self.lookup(start, builder, forward_block), builder.mul(k, step))
        running = rebuildable_sum(self, value, loop)
        if running is not None:  # a packed index: its closed form (running_rebuild.py)
            self._explain(value, "running")
            return emit_running_sum(self, running, loop, builder, forward_block)
        if (value.opcode in RECOMPUTABLE and not self.cheaper_to_tape(value)) \
                or self.can_reload(value) or recompute_float(self, value):
            self._explain(value, self.reload_kind(value) or "recomputed")
            return self.recompute(value, builder, forward_block)
        choice = branch_choice(self, value)
        if choice is not None:  # which edge entered a join: from its branch's condition
            self._explain(value, "recomputed")
            return emit_branch_choice(self, choice, builder, forward_block)
        store = forwarded_store(self, value)
        if store is not None:  # scratch memory: its store's value, recomputed
            self._explain(value, "forwarded")
            return rebuild_stored(self, store, value, builder, forward_block)
        plan = remat_plan(self, value, forward_block)
        if plan is not None:  # its loop body's scratch, written again (remat_region.py)
            self._explain(value, "rematerialized")
            emit_remat(self, plan)
            return self.recompute(value, builder, forward_block)
        return self.load_cached(value, builder, forward_block)

    def _explain(self, value, how: str, **details) -> None:
        """--explain: report how the reverse sweep gets `value` (explain_tape.py)."""
        if self.explain is not None:
            self.explain(value, how, **details)

    def needs_tape(self, value: Value, depth: int = 0) -> bool:
        """Whether looking `value` up would tape something."""
        if self.available(value) or depth > 8:
            return depth > 8
        if value in self.constant_finals:
            return False
        if value in self.counted_finals:
            return self.needs_tape(self.counted_finals[value], depth + 1)
        loop = self.loop_info.loop_for(value.block)
        state = self.loop_states.get(loop) if loop else None
        if (state is not None and value is state.iv) or self.affine_counter(value, loop):
            return False
        running = rebuildable_sum(self, value, loop)
        if running is not None:
            return any(self.needs_tape(v, depth + 1) for v in sum_inputs(running))
        if self.can_reload(value) or value.opcode in RECOMPUTABLE:
            return any(self.needs_tape(op, depth + 1) for op in value.operands)
        if branch_choice(self, value, depth) is not None:
            return False  # its condition needs no tape (branch_rebuild.py)
        return not recompute_float(self, value) and forwarded_store(self, value) is None

    def cheaper_to_tape(self, value: Instruction) -> bool:
        """A flag (i1), or a piece taken out of an aggregate (the tape pointer a split call
        returns beside its result), is cheaper to tape than what it would be recomputed from."""
        small = value.opcode == "extractvalue" or getattr(value.type, "bits", None) == 1
        return small and any(self.needs_tape(op) for op in value.operands)

    def can_reload(self, value: Instruction) -> bool:
        return self.reload_kind(value) is not None

    def reload_kind(self, value: Instruction):
        """Why the reverse sweep may load `value` again, as an --explain key of
        explain_tape.HOW_WORDS (None: it may not): memory nothing writes, scratch written
        before it is read, or an argument written only before the load."""
        from enzymec.analysis import underlying_object
        if value.opcode != "load" or value.volatile or value.ordering:
            return None
        obj = underlying_object(value.operands[0])
        if obj in self.reloadable or getattr(obj, "is_constant", False):
            return "reloaded"   # memory nothing writes (a constant global among it)
        if reloads_scratch(self, value):
            return "reloaded_scratch"
        return "reloaded_argument" if reloads_written_argument(self, value) else None

    def recompute(self, value: Instruction, builder, forward_block) -> Value:
        copy = clone_instruction(value, keep_debug_location=False)
        for index, op in enumerate(value.operands):
            copy.set_operand(index, self.lookup(op, builder, forward_block))
        return builder.insert(copy, (value.name or "v") + ".re")

    def affine_counter(self, value: Value, loop):
        """(start, step, loop iv) when `value` is a header phi counting by a constant."""
        if not isinstance(value, PhiInst) or loop is None or value.block is not loop.header:
            return None
        state = self.loop_states.get(loop)
        if state is None or len(value.incoming) != 2:
            return None
        start = next_value = None
        for incoming, block in value.incoming:
            if loop.contains(block):
                next_value = incoming
            else:
                start = incoming
        if (isinstance(next_value, Instruction) and next_value.opcode == "add"
                and next_value.operands[0] is value
                and isinstance(next_value.operands[1], ConstantInt)):
            return start, next_value.operands[1], state.iv
        return None

    def reverse_iteration(self, state: LoopState, builder, forward_block) -> Value:
        """The forward iteration number being reversed; outside the loop, its last one: the
        count recorded at the exit that leads here, or else a tape of the counter."""
        if state.loop.contains(forward_block):
            return builder.load(I64, state.reverse_iv, "iv.rev")
        for exit_block, final in state.finals.items():
            if self.dom.dominates(exit_block, forward_block):
                return self.lookup(final, builder, forward_block)
        return self.load_cached(state.iv, builder, forward_block)

    # -- caching ----------------------------------------------------------------------------
    def load_cached(self, value: Instruction, builder, forward_block) -> Value:
        loop = self.loop_info.loop_for(value.block)
        name = (value.name or "v") + ".tape"
        if loop is None or self.after_its_loops(loop, forward_block):
            caches = self.scalar_caches if loop is None else self.final_caches
            slot = caches.get(value)
            if slot is None:
                slot = self.entry.alloca(value.type, name)
                caches[value] = slot
                store = IRBuilder(self.function).position_before(value.after_definition()) \
                    .store(value, slot)
                self._tag(store, slot)
            self._explain(value, "taped", cache=slot.name,
                          cheaper=value.opcode in RECOMPUTABLE, final=loop is not None)
            return self._tag(builder.load(value.type, slot, name), slot)
        around = tape_loop(loop, forward_block)
        if around is not loop:  # after `loop`, in an iteration of a loop around it
            tape = exit_cache(self, value, around, name)
            loop = around
        else:
            tape = self.array_caches.get(value)
            if tape is None:
                tape = self.create_array_cache(value, loop, name)
        self._explain(value, "taped", loop=loop, cache=tape.name,
                      cheaper=value.opcode in RECOMPUTABLE)
        state = self.loop_states[loop]
        if state.tape_index is None:  # entered once: the iteration being reversed
            index = self.reverse_iteration(state, builder, forward_block)
        else:
            index = builder.load(I64, state.tape_index, "tape.index")
        if state.tape_index is not None and not loop.contains(forward_block):
            index = builder.sub(index, 1)  # the loop's last iteration before this point
        buffer = builder.load(PTR, tape, name + ".buffer")
        element = builder.gep(value.type, buffer, [index], name + ".slot")
        return self._tag(builder.load(value.type, element, name), tape)

    @staticmethod
    def after_its_loops(loop, forward_block: Block) -> bool:
        """Whether `forward_block` is outside the outermost loop around `loop`: the reverse
        there wants the value's last computation (the one every exit sees, since a value
        used after a loop dominates its exits), which one slot stored every iteration holds.
        Inside an enclosing loop it would want each outer iteration's own last value."""
        while loop.parent is not None:
            loop = loop.parent
        return not loop.contains(forward_block)

    def _tag(self, inst: Instruction, cache) -> Instruction:
        """--explain: mark a tape store or load, to find it after optimization."""
        if self.explain is not None:
            self.explain.tag(inst, cache.name)
        return inst

    def create_array_cache(self, value: Instruction, loop, name: str,
                           exit_tape: bool = False) -> AllocaInst:
        """A tape of `value` with one element per iteration of `loop`, stored where
        `value` is computed; an `exit_tape` is one of a loop around the value's loop, and
        never on the record stack (exit_tapes.py says why)."""
        from enzymec.ir.types import StructType
        if self.persistent:  # a fused loop body's gradient: kept between calls
            tape = persistent_header(self.function.module, name)
        else:
            tape = self.entry.alloca(StructType((PTR, I64)), name)
            self.entry.store(_zero_tape(), tape)
        if not exit_tape:
            self.array_caches[value] = tape
        self.tape_loops[tape] = loop
        self.tape_order.append(tape)
        size, align = self.function.module.layout.size_align(value.type)
        state = self.loop_states[loop]
        kind = "kept" if self.persistent else tape_kind(
            loop, size, self.trip_count(state) is not False,
            self.stack_records and align <= RECORD_ALIGN and not exit_tape)
        self.tape_kinds[tape] = (kind, size)
        position = value.after_definition()
        counter = state.index_at_header
        instructions = value.block.instructions
        if state.tape_index is not None and counter.block is value.block and \
                instructions.index(position) <= instructions.index(counter) + 1:
            position = instructions[instructions.index(counter) + 2]  # after its increment
        b = IRBuilder(self.function).position_before(position)
        buffer = self.reserve_in_preheader(state, tape, size, name, kind)
        if buffer is not None:  # room for every iteration was made before the loop
            element = b.gep(value.type, buffer, [state.index_at_header], name + ".push")
        else:
            slot_fn = runtime_function(self.function.module, HELPERS[kind][1])
            element = b.call(slot_fn, [tape, state.index_at_header, ConstantInt(I64, size)],
                             name=name + ".push")
        self._tag(b.store(self._pushed(b, value), element), tape)
        return tape

    def _pushed(self, b: IRBuilder, value):
        """The value a tape push stores. A fused body's gradient pushes one iteration's
        few values; a value loaded in its loop is pushed through `freeze` (no code), since
        LLVM's loop-idiom pass would otherwise turn the copy of a load into a `memcpy` call
        per loop entry (GMM: one point's `K` calls of `d` doubles each, 5% of the whole
        gradient at d = 2)."""
        if self.persistent and isinstance(value, Instruction) and value.opcode == "load":
            return b.insert(Instruction("freeze", value.type, (value,)), value.name + ".pushed")
        return value

    def reserve_in_preheader(self, state: LoopState, tape, size: int, name: str, kind: str):
        """When the trip count is known before the loop: grow the tape there, once, and
        return its buffer (then valid for the whole loop); otherwise None."""
        if self.trip_count(state) is False:
            return None
        b = IRBuilder(self.function).position_before(state.loop.preheader.terminator)
        needed = state.trip_count if state.tape_index is None else \
            b.add(b.load(I64, state.tape_index), state.trip_count)
        reserve = runtime_function(self.function.module, HELPERS[kind][0])
        b.call(reserve, [tape, needed, ConstantInt(I64, size)])
        return b.load(PTR, tape, name + ".buffer")

    def trip_count(self, state: LoopState):
        """The loop's trip count as IR in its preheader (made once), False if unknown."""
        if state.trip_count is None:
            state.trip_count = trip_count_value(state.loop, self.function) or False
        return state.trip_count

    def leaving_loop(self, jump: Instruction, loop) -> None:
        """`jump` is where the reverse sweep leaves `loop` towards its preheader; its stacked
        tapes are released there (release_loop_tapes, once every tape exists)."""
        self.loop_leaves.append((jump, loop))

    def release_loop_tapes(self) -> None:
        """Release each stacked tape where the reverse sweep leaves its loop (everything
        pushed on the record stack after it is popped by then)."""
        stacked: dict = {}  # loop -> its stacked tapes, last pushed first
        for tape in reversed(self.tape_order):  # pushed in this order
            if self.tape_kinds[tape][0] == "stacked":
                stacked.setdefault(self.tape_loops[tape], []).append(tape)
        for jump, loop in self.loop_leaves:
            builder = IRBuilder(self.function).position_before(jump)
            for tape in stacked.get(loop, ()):
                kind, size = self.tape_kinds[tape]
                builder.call(runtime_function(self.function.module, HELPERS[kind][2]),
                             [tape, ConstantInt(I64, size)])

    def free_all(self, builder: IRBuilder) -> None:
        """Release every tape array (at the end of the reverse sweep): free a malloc'd one,
        give a kept one back to the runtime for the next gradient; stacked ones are released
        with their loops."""
        self.release_loop_tapes()
        free_deferred(self, builder)  # scratch the reverse sweep loaded again
        if not self.tape_order:
            return
        free = declare_function(self.function.module, "free", FunctionType(VOID, (PTR,)))
        for tape in self.tape_order:
            kind, size = self.tape_kinds[tape]
            release = HELPERS[kind][2]
            if kind == "stacked" or self.persistent:
                continue  # released with its loop (release_loop_tapes), or kept for the next call
            if release is None:
                builder.call(free, [builder.load(PTR, tape)])
            else:
                builder.call(runtime_function(self.function.module, release),
                             [tape, ConstantInt(I64, size)])

    def note_final(self, state: LoopState, exit_block: Block, final: PhiInst) -> None:
        """Record the counter value at a loop exit; a loop outside all others with one exit
        and a known trip count leaves at iteration count - 1, which the reverse then needs
        not tape: a constant, or recomputed from the loop's bound (tree_reduce's leaves).
        A nested loop's constant count is used as well, but where LLVM would then give up
        vectorizing its reverse (nested_finals.py); a nested loop whose count is not
        constant (GMM's `d`, `d - i - 1`) has its count recomputed, when that needs no
        tape itself."""
        state.finals[exit_block] = final
        count = constant_trip_count(state.loop)
        if len(state.loop.exits) != 1:
            return
        if state.loop.parent is not None:
            if count is not None and not keeps_taped_final(state.loop):
                self.constant_finals[final] = count - 1
                return
            counted = None if count is not None else \
                final_counter_value(state.loop, self.function)
            if counted is not None and not self.needs_tape(counted):
                self.counted_finals[final] = counted
            return
        if count is not None:
            self.constant_finals[final] = count - 1
            return
        counted = final_counter_value(state.loop, self.function)
        if counted is not None:  # count - 1 from the bound, recomputed in the reverse
            self.counted_finals[final] = counted


def _zero_tape():
    from enzymec.ir.types import StructType
    from enzymec.ir.values import SimpleConstant
    return SimpleConstant(StructType((PTR, I64)), "zeroinitializer")
