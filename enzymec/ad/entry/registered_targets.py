"""An entry point naming a function that carries a registered derivative uses it.

`__enzyme_autodiff(f, ...)` where `f` has a custom gradient (`__enzyme_register_gradient_f`)
or a scalar derivative (`ENZYMEC_DERIVATIVE`), or `__enzyme_fwddiff(f, ...)` where `f` has a
forward derivative (`__enzyme_register_derivative_f`): Enzyme then calls the registered
functions (its CreatePrimalAndGradient looks for them on the function itself, not only at
calls), and the body, which the user replaced for a reason (a hand-tuned, stabler or
external derivative), is not differentiated. enzymec's rules apply at calls, so the entry
point is pointed at a wrapper whose body is one call of `f`: `f`'s own rule differentiates
that call. A registration for another mode leaves the target as it is (a reverse-mode
gradient says nothing of forward mode: the body is differentiated there, as Enzyme does).
"""

from __future__ import annotations

from enzymec.ir import VOID, CallInst, Function
from enzymec.ir.builder import IRBuilder

from ..calls.split_calls import takes_memory_by_value
from .requests import Mode, entry_point_mode

_REVERSE_MODES = (Mode.REVERSE, Mode.AUGMENTED, Mode.SPLIT_REVERSE, Mode.AUGMENT_SIZE)


def wrap_registered_targets(calls: list[CallInst], registrations) -> None:
    """Point each entry-point call in `calls` whose target carries a registration for the
    call's mode at the target's wrapper."""
    for call in calls:
        position = 1 if call.arg_attrs and "sret" in call.arg_attrs[0] else 0
        if len(call.args) <= position:
            continue
        target = call.args[position]
        mode = entry_point_mode(call.called_function.name)
        if isinstance(target, Function) and _registered(target.name, mode, registrations) \
                and _plain_signature(target):
            call.set_operand(position, _wrapper(target))


def _registered(name: str, mode, registrations) -> bool:
    if name in registrations.derivatives:
        return mode in _REVERSE_MODES or mode == Mode.FORWARD
    if mode in _REVERSE_MODES:
        return name in registrations.gradients
    return mode == Mode.FORWARD and name in registrations.forward_derivatives


def _plain_signature(function: Function) -> bool:
    """No parameter passed in memory by value or as a hidden result (the wrapper passes
    its parameters on as they are), no variable arguments."""
    return not function.function_type.varargs and not takes_memory_by_value(function) \
        and not any("sret" in arg.attrs for arg in function.args)


def _wrapper(target: Function) -> Function:
    """`@target.registered`: one call of `target` with the wrapper's parameters."""
    module = target.module
    name = f"{target.name}.registered"
    existing = module.get_function(name)
    if existing is not None:
        return existing
    wrapper = Function(name, target.function_type)
    wrapper.set_signature(target.function_type, [a.name for a in target.args],
                          [a.attrs for a in target.args])
    wrapper.prefix = "internal"
    module.add_function(wrapper)
    b = IRBuilder(wrapper)
    b.position_at_end(b.new_block("entry"))
    result = b.call(target, list(wrapper.args), name="" if target.return_type == VOID
                    else "result")
    b.ret(None if target.return_type == VOID else result)
    return wrapper
