"""Enzyme's `__enzyme_iter(n, step)`: an integer that grows with the derivative order.

A loop whose length should depend on how often its function is differentiated (a
truncated Taylor series keeps as many accurate terms in its k-th derivative as in its
value only if it has k more terms) asks for its bound with `__enzyme_iter(n, step)`:

- in code that runs undifferentiated the call is `n`;
- every time a function is cloned to be differentiated (in any mode, callees that the clone
  inlines included), each such call in the clone gets `n + step` as its first argument, so
  a derivative of order k (nested `__enzyme_autodiff` calls) sees `n + k * step`;
- after all differentiation, every call left is replaced by its first argument.

These are Enzyme's semantics (its clone preprocessing adds the step; its final lowering
takes the first argument), learned from its sources and its `mycos.c` test.
"""

from __future__ import annotations

from enzymec.diagnostics import CompileError
from enzymec.ir import CallInst, Function, Module
from enzymec.ir.builder import IRBuilder

ITER_NAME = "__enzyme_iter"


def is_iter_call(inst) -> bool:
    """A call of a body-less function whose name contains `__enzyme_iter`."""
    if not isinstance(inst, CallInst):
        return False
    callee = inst.called_function
    return callee is not None and callee.is_declaration and ITER_NAME in callee.name


def well_formed(call: CallInst) -> bool:
    """Two integer arguments of the result's type (what Enzyme's lowering assumes)."""
    args = call.args
    return len(args) == 2 and call.type.is_integer and \
        args[0].type == call.type and args[1].type == call.type


def iter_calls(function: Function) -> list[CallInst]:
    if not function.may_mention(ITER_NAME):
        return []  # a body left as text (ir/lazy_bodies.py) that names none
    return [inst for inst in function.instructions() if is_iter_call(inst)]


def advance_iterations(function: Function) -> None:
    """In a clone about to be differentiated: each `__enzyme_iter(n, step)` becomes
    `__enzyme_iter(n + step, step)` (one more derivative order)."""
    for call in iter_calls(function):
        n, step = call.args
        builder = IRBuilder(function).position_before(call)
        call.set_operand(0, builder.add(n, step, "iter.n"))


def lower_iterations(module: Module) -> None:
    """After differentiation: every `__enzyme_iter(n, step)` left is `n`."""
    for function in module.functions:
        for call in iter_calls(function):
            call.replace_all_uses_with(call.args[0])
            call.erase()


def check_iterations(module: Module, debug) -> None:
    """A call of `__enzyme_iter` that is not `(n, step)` of one integer type is a located
    error (advancing or lowering it would be a guess)."""
    for function in module.functions:
        for call in iter_calls(function):
            if not well_formed(call):
                raise CompileError(f"'{call.called_function.name}' takes two integers of its "
                                   f"result's type: (n, step)", debug.location(call),
                                   "declare it as: unsigned long long __enzyme_iter("
                                   "unsigned long long, unsigned long long);")
