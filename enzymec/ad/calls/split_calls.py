"""Calls differentiated through the callee's augmented forward and reverse (see split.py).

Calls the inliner leaves in a gradient's forward sweep (recursive callees, or every callee
when inlining is turned off) and which carry derivatives become, in the forward sweep,
`%aug = call g.augmented(args, shadows)`, whose tape is kept like any forward value, and in
the reverse sweep `call g.reverse(args, shadows, [d result], tape)`, whose returned adjoints
of the callee's active scalar arguments are added to theirs.

The callee's activity per argument comes from the caller's analysis: an active float is
`out`, a pointer into shadowed memory is `dup` (its shadow passed along), anything else
`const`. The activity analysis makes every pointer passed to such a call shadowed, since the
callee may store active values through it.
"""

from __future__ import annotations

from enzymec.ir import PTR, VOID, CallInst, Function, FunctionType, StructType, Type
from enzymec.ir.builder import IRBuilder
from enzymec.ir.values import SimpleConstant
from enzymec.records import Record

from ..analyses.aliasing import stable_arguments
from ..rules.accumulate import adjoint_zero
from ..explain.explain_record import record_split
from .fuse_bodies import is_fused_body
from .record_top import record_on_top


def is_null(value) -> bool:
    """The null pointer constant: passed as dup (its shadow is null too), so that the callee
    it is passed to, which may store active data where a non-null pointer of the same
    parameter points (`append(NULL, x)` that calls `append(t->next, x)`), is differentiated
    with a shadow for that parameter; as const, those stores were refused."""
    return getattr(value, "keyword", "") == "null"


def split_kinds(call: CallInst, activity) -> tuple[str, ...]:
    kinds = []
    for arg in call.args:
        if arg.type.is_float and activity.is_active(arg):
            kinds.append("out")
        elif arg.type.is_pointer and (activity.points_into_shadowed(arg) or is_null(arg)):
            kinds.append("dup")  # null: its own shadow (a list built from NULL, recursively)
        else:
            kinds.append("const")
    return tuple(kinds)


def split_refusal(call: CallInst, activity) -> str | None:
    """Why this call cannot be differentiated by splitting its callee, or None."""
    from enzymec.analysis.activity import carries_pointer, differentiable
    callee = call.called_function
    if call.opcode != "call":
        return "it may throw (an invoke) and was not inlined"
    if callee.function_type.varargs:
        return "it takes variable arguments"
    if takes_memory_by_value(callee):
        return "it takes an argument by value in memory (byval)"
    shadowed = any(a.type.is_pointer and activity.points_into_shadowed(a) for a in call.args)
    if carries_pointer(call.type, activity.bodies) and not call.type.is_pointer and shadowed:
        return f"it returns {call.type}, holding a pointer, and differentiated memory is " \
               f"passed to it"
    if not call.type.is_float and differentiable(call.type, activity.bodies) and \
            carries_pointer(call.type, activity.bodies):
        return f"it returns {call.type}, which holds floating-point values and pointers"
    for arg in call.args:
        if activity.is_active(arg) and not arg.type.is_float:
            return f"an argument of type {arg.type} carries a derivative"
    return None


def takes_memory_by_value(callee: Function) -> bool:
    """A `byval` parameter: the call copies the pointee, so its shadow would be a copy too."""
    return any(word in arg.attrs for arg in callee.args
               for word in ("byval", "inalloca", "preallocated"))


def result_kind(call: CallInst, activity) -> str:
    """How a split call's result is differentiated: `out` (its adjoint goes to the
    reverse), `dup` (a pointer: the augmented forward also returns its shadow) or `const`."""
    from enzymec.analysis.activity import differentiable
    if (call.type.is_float or differentiable(call.type, activity.bodies)) and \
            not call.type.is_pointer and activity.is_active(call):
        return "out"  # a float, or a struct of them: its adjoint goes to the reverse
    if call.type.is_pointer and call in activity.shadowed:
        return "dup"
    return "const"


def split_signatures(function: Function, kinds: tuple[str, ...], result: str):
    """(augmented type, reverse type, parameter names) of g's split pair for `kinds`."""
    params, names = gradient_params(function, kinds)
    ret = function.return_type
    returned = (PTR,) + (() if ret == VOID else (ret,)) + ((ret,) if result == "dup" else ())
    augmented = FunctionType(StructType(returned) if len(returned) > 1 else PTR, tuple(params))
    outs = tuple(a.type for a, k in zip(function.args, kinds) if k == "out")
    reverse_params = params + ([ret] if result == "out" else []) + [PTR]
    reverse = FunctionType(StructType(outs) if outs else VOID, tuple(reverse_params))
    return augmented, reverse, names


def apart(names: list[str]) -> list[str]:
    """`names` with a later repeat suffixed (`d.result` or `tape` appended to the parameters
    of a reverse that is differentiated again, which has its own)."""
    seen: set = set()
    out = []
    for name in names:
        unique, n = name, 1
        while unique in seen:
            unique, n = f"{name}.{n}", n + 1
        seen.add(unique)
        out.append(unique)
    return out


def gradient_params(function: Function, kinds) -> tuple[list[Type], list[str]]:
    """Each parameter of `function`, followed by its shadow when it is dup/dupnoneed (named
    apart from the others: a gradient differentiated again has `%arg0` and `%arg0.shadow`
    already)."""
    params, names = [], []
    wanted = [arg.name or f"arg{arg.index}" for arg in function.args]
    taken = set(wanted)
    for arg, kind, base in zip(function.args, kinds, wanted):
        params.append(arg.type)
        names.append(base)
        if kind in ("dup", "dupnoneed"):
            shadow, n = base + ".shadow", 1
            while shadow in taken:
                shadow, n = f"{base}.shadow.{n}", n + 1
            taken.add(shadow)
            params.append(arg.type)
            names.append(shadow)
    return params, names


class SplitCall(Record):
    _fields = (
        "call", "forward_args", "tape", "result", "reverse", "kinds", "result_kind", "shadow",
        "augmented")

    def __init__(
            self, call: CallInst, forward_args: list, tape: object, result: object,
            reverse: Function, kinds: tuple, result_kind: str, shadow: object = None,
            augmented: Function | None = None
    ) -> None:
        self.call = call
        self.forward_args = forward_args  # what the augmented forward was called with
        self.tape = tape  # the tape record it returned (a forward value)
        self.result = result  # its primal result, or None
        self.reverse = reverse
        self.kinds = kinds
        self.result_kind = result_kind
        self.shadow = shadow  # the shadow of a returned pointer (result kind dup)
        self.augmented = augmented  # the augmented forward called (None: a fused body)


class SplitCalls:
    """The split calls of one gradient under construction (its context `ctx`,
    function_context.py): `shadows` gives the shadows passed along, `adjoint_slot(value)`
    and `accumulate(b, value, contribution)` are the gradient's adjoint storage,
    `heap_records`: the callees' records come from the heap (reverse.GradientSpec)."""

    def __init__(self, ctx, shadows, adjoint_slot, accumulate, heap_records: bool):
        self.ctx = ctx
        self.shadows = shadows
        self.adjoint_slot = adjoint_slot
        self.accumulate = accumulate
        self.heap_records = heap_records
        self.by_call: dict[CallInst, SplitCall] = {}
        self.made: set[CallInst] = set()  # the augmented forward calls themselves
        # calls whose shadows are parts of this gradient's disjoint ones (its pair gets
        # disjoint_shadows too: recursive_partition.passes_parts), set by the synthesizer
        self.disjoint_calls: set[CallInst] = set()
        self.fused = None  # call -> SplitCall of a fused loop body (fuse_call.py), or None

    def __contains__(self, call) -> bool:
        return call in self.by_call

    def prepare(self) -> None:
        """Call each split callee's augmented forward beside the original call (which stays
        until the reverse sweep is built: activity and adjoints are keyed on it)."""
        ctx = self.ctx
        for call in [i for i in ctx.fn.instructions() if isinstance(i, CallInst)]:
            if call not in self.by_call and call not in self.made and \
                    ctx.calls.needs_split(ctx, call):
                self.prepare_call(call)

    def prepare_call(self, call: CallInst) -> SplitCall:
        """The augmented forward call for `call` (early, from Shadows, when the shadow of
        its returned pointer is needed)."""
        ctx = self.ctx
        if self.fused is not None and is_fused_body(call.called_function):
            self.by_call[call] = split = self.fused(call)  # no reverse (fuse_call.py)
            return split
        kinds = ctx.calls.split_kinds(call, ctx.activity)
        result = result_kind(call, ctx.activity)
        stable = stable_arguments(call, ctx.tape.reloadable,  # own stack: DEEP slots allowed
                                  ctx.calls if ctx.top else None)
        augmented, reverse = ctx.calls.split_pair(call.called_function, kinds, result, stable,
                                                  self.heap_records,
                                                  call in self.disjoint_calls)
        record_split(ctx, call, ctx.calls.is_custom_gradient(call))
        args = []
        for arg, kind in zip(call.args, kinds):
            args.append(arg)
            if kind == "dup":
                args.append(self.shadows.shadow_of(arg, call))
        b = IRBuilder(ctx.fn).position_before(call)
        name = (call.called_function.name or "call") + ".aug"
        aug = b.call(augmented, args, name=name)
        self.made.add(aug)
        value = shadow = None
        if augmented.return_type == PTR:
            tape = aug
        else:
            tape = b.extractvalue(aug, [0], PTR, name + ".tape")
            value = b.extractvalue(aug, [1], call.type, name + ".result")
            if result == "dup":
                shadow = b.extractvalue(aug, [2], call.type, name + ".shadow")
        split = SplitCall(call, args, tape, value, reverse, kinds, result, shadow, augmented)
        self.by_call[call] = split
        return split

    def reverse(self, b, call: CallInst) -> None:
        """Run the callee's reverse and add the adjoints it returns to the arguments'."""
        split = self.by_call[call]
        if split.reverse is None:  # a fused loop body: reversed in the forward sweep
            return
        args = [b.primal(v) for v in split.forward_args]
        if split.result_kind == "out":
            slot = self.adjoint_slot(call)
            args.append(b.load(call.type, slot, (call.name or "call") + ".adj"))
            b.store(adjoint_zero(call.type), slot)
        args.append(_null() if record_on_top(split.reverse) else b.primal(split.tape))
        adjoints = b.call(split.reverse, args, name="call.adjoints")
        outs = [i for i, k in enumerate(split.kinds) if k == "out"]
        for position, index in enumerate(outs):
            arg = call.args[index]
            self.accumulate(b, arg, b.extractvalue(adjoints, [position], arg.type))

    def finish(self) -> dict:
        """The reverse sweep is built: the augmented forward's result replaces the call.
        Returns {call: result} for values held outside the IR's use lists."""
        replaced = {}
        for call, split in self.by_call.items():
            if split.result is not None:
                call.replace_all_uses_with(split.result)
                replaced[call] = split.result
            call.erase()
        return replaced


def _null():
    return SimpleConstant(PTR, "null")  # the callee's reverse finds its record (record_top.py)
