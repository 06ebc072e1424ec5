"""User registrations read from the module's globals, under Enzyme's naming conventions
(only the key has to be part of the global's name, so several can coexist):

- `void* __enzyme_inactivefn[] = {(void*)log_progress, ...};` — calls to these functions
  never carry derivatives (their bodies are not differentiated);
- `void* __enzyme_function_like[2] = {(void*)my_log, (void*)"log"};` — a function that
  behaves like a libm function gets that function's derivative rule;
- `void* __enzyme_register_gradient_NAME[3] = {(void*)f, (void*)aug, (void*)rev};` —
  Enzyme's custom gradient: an augmented forward and a reverse written by the user, with
  Enzyme's calling convention (custom_gradient.py). f may be external;
- `void* __enzymec_derivative_NAME[2] = {(void*)f, (void*)df};` — enzymec's simple form for
  scalar functions (`ENZYMEC_DERIVATIVE(f, df)` in enzyme.h): `df` takes f's arguments and
  returns the partial derivative df/dx (one floating-point argument) or a struct of the
  partials, in argument order (several). f may be external: with a registered derivative
  it need not have a body. (Enzyme's own `__enzyme_register_derivative_NAME` registers a
  forward-mode derivative, which reverse mode never uses, so enzymec ignores it.)
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from enzymec.ir import (ConstantAggregate, ConstantString, Function, GlobalVariable, Module,
                        Value)

from .mathfns import canonical_name


@dataclass
class Registrations:
    inactive: set[str] = field(default_factory=set)
    function_like: dict[str, str] = field(default_factory=dict)   # name -> math name
    derivatives: dict[str, Function] = field(default_factory=dict)  # name -> df
    gradients: dict[str, tuple[Function, Function]] = field(default_factory=dict)  # (aug, rev)


def read_registrations(module: Module) -> Registrations:
    found = Registrations()
    for var in module.globals:
        if not isinstance(var, GlobalVariable) or var.initializer is None:
            continue
        entries = _entries(var.initializer)
        if "__enzyme_inactivefn" in var.name:
            found.inactive |= {e.name for e in entries if isinstance(e, Function)}
        elif "__enzyme_function_like" in var.name and len(entries) == 2:
            name = _string(module, entries[1])
            if isinstance(entries[0], Function) and name and canonical_name(name):
                found.function_like[entries[0].name] = canonical_name(name)
        elif "__enzymec_derivative_" in var.name and len(entries) == 2:
            if all(isinstance(e, Function) for e in entries):
                found.derivatives[entries[0].name] = entries[1]
        elif "__enzyme_register_gradient" in var.name and len(entries) == 3:
            if all(isinstance(e, Function) for e in entries):
                found.gradients[entries[0].name] = (entries[1], entries[2])
    return found


REGISTRATION_KEYS = ("__enzyme_inactivefn", "__enzyme_function_like", "__enzymec_derivative_",
                     "__enzyme_register_gradient")
_REGISTRATION = re.compile(r'^@"?([^\s"=]*(?:' + "|".join(REGISTRATION_KEYS) +
                           r')[^\s"=]*)"? = .*?\[\s*ptr @"?([^\s",\]]+)', re.M)


def protect_registered_functions(ir_text: str) -> str:
    """Mark each registered function `noinline` in textual IR, before LLVM's pre-AD passes:
    once inlined, its calls (and so its registration) would be gone."""
    names = {m[2] for m in _REGISTRATION.finditer(ir_text)}
    for name in names:
        quoted = re.escape(name)
        ir_text = re.sub(r'^(define [^\n]*@"?' + quoted + r'"?\([^\n]*\))( [^\n]*\{)$',
                         r"\1 noinline\2", ir_text, count=1, flags=re.M)
    return ir_text


def _entries(init: Value) -> list[Value]:
    if isinstance(init, ConstantAggregate):
        return list(init.operands)
    return [init]


def _string(module: Module, value: Value) -> str | None:
    """The C string a global like `@.str = constant [4 x i8] c"log\\00"` holds."""
    if isinstance(value, GlobalVariable) and isinstance(value.initializer, ConstantString):
        return value.initializer.text.split("\\00")[0]
    return None
