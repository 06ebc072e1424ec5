"""A recursive function's gradient that runs the split pair of its own recursive calls
(issue 11, item 5: compile time).

The gradient of a function that calls itself holds the function's derivative code twice
in the module: once in the gradient (the top call's forward and reverse sweeps joined) and
once in the augmented forward and reverse its recursive calls are split into (split.py);
the overlap arm of a versioned call (alias_version.py) holds a third and fourth copy. When
a recursive call passes the gradient's own activities, its pair computes for the top call
what the gradient computes: the augmented forward runs the forward sweep and keeps its
record, and the reverse, seeded with the gradient's seed, runs the reverse sweep and
returns the adjoints of the `out` arguments. Nothing runs between the two, so the memory
the pair may read again instead of taping (its `stable` arguments, taken from inside the
gradient) is as the augmented forward left it, and the records it keeps on the record stack
are the top ones when its reverse runs. The gradient's body then becomes those two calls:
the one copy of the derivative code serves every level of the recursion, the top one too
(tree_reduce: the post-AD compile's instructions 791M -> 659M; one more record of a few
words at run time, which the pair's recursive calls pay at every other level).

The noalias clone of a versioned call (alias_version.noalias_clone) calls the function it
was cloned from, whose pair then serves its gradient too: the clone differs from it only in
promising what the versioned call tested (disjoint arguments).

Not replaced: a gradient that seeds a result other than a float (or none) or returns the
primal result without the pair returning it, takes the result's adjoint as an argument
(fused loop bodies), returns a shadow, uses heap records, zeroes shadow globals for its
callees (memory.py), calls a loop body it outlined (fuse_outline.py), or records what it
did for --explain; the vector modes' gradients.
"""

from __future__ import annotations

from enzymec.ir import PTR, VOID, Function
from enzymec.ir.builder import IRBuilder
from enzymec.ir.instructions import Block
from enzymec.ir.values import SimpleConstant

from ..calls.fuse_bodies import is_fused_body
from ..calls.record_top import record_on_top


def noalias_origin(function: Function) -> Function | None:
    """The function `function` is the noalias clone of (alias_version.py), or None."""
    return getattr(function.module, "noalias_origins", {}).get(function)


def own_pair(synthesizer) -> tuple | None:
    """(augmented, reverse, result kind) of a split call in the top-level gradient
    `synthesizer` builds that recurses with the gradient's own activities, where the module
    doc's conditions hold; else None. Called once the forward sweep is instrumented (the
    split calls' pairs are built by then), before the reverse sweep is."""
    spec, ctx = synthesizer.spec, synthesizer.ctx
    if spec.split is not None or spec.dret or spec.result_kind != "const" or \
            spec.heap_records or ctx.explain.enabled or ctx.calls.shadow_globals or \
            is_fused_body(spec.function):
        return None
    splits = synthesizer.split_calls.by_call
    if any(split.reverse is None for split in splits.values()):
        return None  # a fused loop body (fuse_call.py), outlined for this gradient alone
    selves = {spec.function, noalias_origin(spec.function)}
    ret = spec.function.return_type
    wanted = "const" if ret == VOID else "out" if ret.is_float else None
    for call, split in splits.items():
        if call.called_function in selves and \
                split.kinds == spec.kinds and split.result_kind == wanted and \
                not ctx.calls.is_custom_gradient(call):
            if not spec.primal_return or ret == VOID or split.augmented.return_type != PTR:
                return split.augmented, split.reverse, split.result_kind
    return None


def call_own_pair(synthesizer, augmented: Function, reverse: Function, kind: str) -> None:
    """The gradient's body replaced by `augmented` and `reverse` called in turn."""
    spec, fn = synthesizer.spec, synthesizer.ctx.fn
    for block in fn.blocks:
        for inst in block.instructions:
            inst.drop_operands()
    fn.blocks = []
    fn.forget_names()
    entry = Block(fn.unique_name("entry"))
    fn.append_block(entry)
    b = IRBuilder(fn).position_at_end(entry)
    args = list(fn.args)
    aug = b.call(augmented, args, name="aug")
    tape, primal = aug, None
    if augmented.return_type != PTR:
        tape = b.extractvalue(aug, [0], PTR, "aug.tape")
        primal = b.extractvalue(aug, [1], spec.function.return_type, "aug.result")
    seed = [b.value(1.0 if spec.seed_result else 0.0, spec.function.return_type)] \
        if kind == "out" else []
    handed = SimpleConstant(PTR, "null") if record_on_top(reverse) else tape
    adjoints = b.call(reverse, args + seed + [handed], name="adjoints")
    outs = [a.type for a, k in zip(spec.function.args, spec.kinds) if k == "out"]
    values = [b.extractvalue(adjoints, [i], t, "adj") for i, t in enumerate(outs)]
    if spec.primal_return and primal is not None:
        values.insert(0, primal)
    synthesizer.return_values(b, values)
