"""Enzyme's custom gradients: `void* __enzyme_register_gradient_NAME[3] = {f, aug, rev}`.

The user's pair follows Enzyme's C convention:
- `aug` takes f's arguments, each pointer argument followed by its shadow (or no shadows at
  all, for a function of scalars), and returns f's result (no tape), `{tape, result}`, a
  tape pointer alone, or nothing (void: no tape). When it does not return f's result and f
  returns one, enzymec calls f itself for it, which is only right when f writes no memory
  its caller can see (else a located error: the second run would repeat the writes);
- `rev` takes the same arguments, then the adjoint of f's result when f returns a float,
  then the tape when it has one more parameter, and returns the adjoints of f's
  floating-point arguments in order: nothing, one value, or a struct of them.

enzymec wraps the pair into its own split-call convention (split_calls.py) with two small
adapter functions, which LLVM inlines: `f.augmented(args) -> {tape, result}` and
`f.reverse(args, [d result], tape) -> {adjoints}`.
"""

from __future__ import annotations

from enzymec.ir import PTR, VOID, Block, CallInst, Function, StructType
from enzymec.ir.builder import IRBuilder, zero
from enzymec.ir.values import SimpleConstant


def custom_kinds(call: CallInst, augment: Function, activity) -> tuple[str, ...] | str:
    """The activity the user's pair was written for, or why the call cannot use it."""
    params = call.called_function.args
    pointers = [p for p in params if p.type.is_pointer]
    with_shadows = len(params) + len(pointers)
    if len(augment.args) == with_shadows:
        for arg, param in zip(call.args, params):
            if param.type.is_pointer and not activity.points_into_shadowed(arg):
                return (f"its custom gradient takes a shadow for argument {param.index + 1}, "
                        f"but that pointer has no derivative memory here")
        kinds = ["dup" if p.type.is_pointer else "const" for p in params]
    elif len(augment.args) == len(params) and not any(
            activity.points_into_shadowed(a) for a in call.args if a.type.is_pointer):
        kinds = ["const"] * len(params)
    else:
        return (f"its custom augmented forward '{augment.name}' takes {len(augment.args)} "
                f"parameters; expected {with_shadows} (each pointer argument followed by its "
                f"shadow)" + (f" or {len(params)}" if not pointers else ""))
    return tuple("out" if p.type.is_float else k for p, k in zip(params, kinds))


def returns_result(function: Function, augment: Function) -> bool:
    """Whether the user's augmented forward returns f's result (alone or after the tape)."""
    aug_ret, ret = augment.return_type, function.return_type
    return ret != VOID and (aug_ret == ret or isinstance(aug_ret, StructType))


def signature_problem(function: Function, augment: Function, reverse: Function,
                      rerun_ok: bool = False) -> str | None:
    """What is wrong with the pair's signatures, or None. `rerun_ok`: f writes no memory
    its caller sees, so f may be called again for a result `aug` does not return."""
    ret = function.return_type
    aug_ret = augment.return_type
    if ret == VOID or aug_ret in (VOID, PTR) and aug_ret != ret:
        if aug_ret not in (VOID, PTR):
            return f"'{augment.name}' must return void or a tape pointer"
        if ret != VOID and not rerun_ok:
            return (f"'{augment.name}' returns no result, and '{function.name}' writes memory, "
                    f"so enzymec cannot call it again for its result: return {ret} or "
                    f"{{ptr, {ret}}} (tape and result) from '{augment.name}'")
    elif aug_ret != ret and not (isinstance(aug_ret, StructType) and len(aug_ret.elements) >= 2
                                 and aug_ret.elements[0] == PTR and aug_ret.elements[1] == ret):
        return (f"'{augment.name}' must return {ret}, {{ptr, {ret}}} (tape and result), a tape "
                f"pointer or void")
    floats = [a.type for a in function.args if a.type.is_float]
    rev_ret = reverse.return_type
    returned = (list(rev_ret.elements) if isinstance(rev_ret, StructType) else
                [] if rev_ret == VOID else [rev_ret])
    if returned != floats:
        return (f"'{reverse.name}' must return the adjoints of the floating-point arguments "
                f"of '{function.name}' ({', '.join(map(str, floats)) or 'nothing'}), "
                f"not {rev_ret}")
    expected = len(augment.args) + (1 if ret.is_float else 0)
    if len(reverse.args) not in (expected, expected + 1):
        return (f"'{reverse.name}' takes {len(reverse.args)} parameters; expected {expected} "
                f"(the augmented forward's, then the adjoint of the result if it is a float), "
                f"or one more for the tape")
    return None


def build_adapters(function: Function, dret: bool, augment: Function, reverse: Function,
                   adapter_aug: Function, adapter_rev: Function) -> None:
    """Fill enzymec's split pair for `function` with calls to the user's pair."""
    ret = function.return_type
    b = _body(adapter_aug)
    result = b.call(augment, list(adapter_aug.args), name="custom")
    tape = result if augment.return_type == PTR and ret != PTR else _null()
    if ret == VOID:
        b.ret(tape)
    else:
        if not returns_result(function, augment):  # f writes nothing: its result, again
            value = b.call(function, _primal_args(function, adapter_aug), name="result")
        elif augment.return_type == ret:
            value = result
        else:
            tape = b.extractvalue(result, [0], PTR, "tape")
            value = b.extractvalue(result, [1], ret, "result")
        pair = b.insertvalue(SimpleConstant(adapter_aug.return_type, "undef"), tape, [0])
        b.ret(b.insertvalue(pair, value, [1]))

    b = _body(adapter_rev)
    args = list(adapter_rev.args)
    tape = args.pop()
    d_result = args.pop() if dret else None
    if ret.is_float:
        args.append(d_result if d_result is not None else zero(ret))
    if len(reverse.args) == len(args) + 1:
        args.append(tape)
    adjoints = b.call(reverse, args, name="custom.adjoints")
    out_type = adapter_rev.return_type
    if out_type == VOID:
        b.ret()
        return
    if not isinstance(reverse.return_type, StructType):
        b.ret(b.insertvalue(zero(out_type), adjoints, [0]))
        return
    result = zero(out_type)
    for index, element in enumerate(out_type.elements):
        result = b.insertvalue(result, b.extractvalue(adjoints, [index], element), [index])
    b.ret(result)


def _primal_args(function: Function, adapter: Function) -> list:
    """f's own arguments among the adapter's, which has a shadow after each pointer when
    it has more parameters than f (custom_kinds: all pointers dup, or none)."""
    args, params = [], iter(adapter.args)
    with_shadows = len(adapter.args) > len(function.args)
    for arg in function.args:
        args.append(next(params))
        if with_shadows and arg.type.is_pointer:
            next(params)
    return args


def _body(function: Function) -> IRBuilder:
    block = Block("entry")
    function.append_block(block)
    function.prefix = "internal"
    return IRBuilder(function).position_at_end(block)


def _null():
    return SimpleConstant(PTR, "null")
