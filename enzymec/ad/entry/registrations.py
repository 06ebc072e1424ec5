"""User registrations read from the module's globals, under Enzyme's naming conventions
(only the key has to be part of the global's name, so several can coexist):

- `void* __enzyme_inactivefn[] = {(void*)log_progress, ...};` — calls to these functions
  never carry derivatives (their bodies are not differentiated);
- `void* __enzyme_inactive_global[] = {(void*)&counter};` — the global's data carries no
  derivative: loads from it are constants, active values stored into it are dropped;
- `void* __enzyme_nofree[] = {(void*)f};` — f frees no memory (LLVM's `nofree`);
- `void* __enzyme_function_like[2] = {(void*)my_log, (void*)"log"};` — a function that
  behaves like a libm function gets that function's derivative rule;
- `void* __enzyme_register_gradient_NAME[3] = {(void*)f, (void*)aug, (void*)rev};` —
  Enzyme's custom gradient: an augmented forward and a reverse written by the user, with
  Enzyme's calling convention (custom_gradient.py). f may be external;
- `void* __enzymec_derivative_NAME[2] = {(void*)f, (void*)df};` — enzymec's simple form for
  scalar functions (`ENZYMEC_DERIVATIVE(f, df)` in enzyme.h): `df` takes f's arguments and
  returns the partial derivative df/dx (one floating-point argument) or a struct of the
  partials, in argument order (several). f may be external: with a registered derivative
  it need not have a body;
- `void* __enzyme_register_derivative_NAME[2] = {(void*)f, (void*)f_fwd};` — Enzyme's custom
  forward derivative: `f_fwd` takes each argument of f followed by its tangent (a pointer
  by its shadow; an integer by nothing) and returns {primal, tangent} (nothing when f
  returns void). Forward mode calls it instead of f (forward_calls.py); reverse mode does
  not use it.

Enzyme's attributes (`__attribute__((enzyme_inactive))` on a function or global,
`enzyme_nofree`, `enzyme_function_like("log1p")`) arrive as annotations (annotations.py)
and land in the same tables. Registrations enzymec does not implement (UNSUPPORTED_KEYS)
are errors, never ignored.
"""

from __future__ import annotations

import re

from enzymec import regex_cache
from enzymec.diagnostics import CompileError, SourceLocation
from enzymec.ir import (ConstantAggregate, ConstantString, Function, GlobalVariable, Module,
                        Value)
from enzymec.records import ValueRecord

from .annotations import FUNCTION_LIKE, Annotation, enzyme_annotations
from .entry_points import with_attribute_after_params
from .registration_keys import INACTIVE_GLOBAL_KEY, REGISTRATION_KEYS, UNSUPPORTED_KEYS
from ..rules.mathfns import canonical_name



class Registrations(ValueRecord):
    _fields = (
        "inactive", "inactive_globals", "nofree", "function_like", "derivatives", "gradients",
        "forward_derivatives")

    def __init__(
            self, inactive: set[str] | None = None, inactive_globals: set[str] | None = None,
            nofree: set[str] | None = None, function_like: dict[str, str] | None = None,
            derivatives: dict[str, Function] | None = None,
            gradients: dict[str, tuple[Function, Function]] | None = None,
            forward_derivatives: dict[str, Function] | None = None
    ) -> None:
        self.inactive = set() if inactive is None else inactive
        self.inactive_globals = set() if inactive_globals is None else inactive_globals
        self.nofree = set() if nofree is None else nofree
        self.function_like = {} if function_like is None else function_like  # name -> math name
        self.derivatives = {} if derivatives is None else derivatives  # name -> df
        self.gradients = {} if gradients is None else gradients  # (aug, rev)
        # name -> f_fwd
        self.forward_derivatives = {} if forward_derivatives is None else forward_derivatives


def read_registrations(module: Module) -> Registrations:
    found = Registrations()
    for var in module.globals:
        if not isinstance(var, GlobalVariable) or var.initializer is None:
            continue
        _read_global(module, var, _entries(var.initializer), found)
    for annotation in enzyme_annotations(module):
        _read_annotation(annotation, found)
    return found


def _read_global(module: Module, var: GlobalVariable, entries: list[Value],
                 found: Registrations) -> None:
    """One registration global (the name only has to contain the key)."""
    functions = {e.name for e in entries if isinstance(e, Function)}
    for key, why in UNSUPPORTED_KEYS.items():
        if key in var.name:
            raise CompileError(f"Enzyme's registration '{var.name}' is not supported: {why}",
                               _module_location(module))
    if "__enzyme_inactivefn" in var.name:
        found.inactive |= functions
    elif INACTIVE_GLOBAL_KEY in var.name:
        found.inactive_globals |= {e.name for e in entries if isinstance(e, GlobalVariable)}
    elif "__enzyme_nofree" in var.name:
        found.nofree |= functions
    elif "__enzyme_function_like" in var.name and len(entries) == 2:
        if isinstance(entries[0], Function):
            found.function_like[entries[0].name] = _math_name(
                _string(module, entries[1]), _module_location(module))
    elif "__enzymec_derivative_" in var.name and len(entries) == 2:
        if all(isinstance(e, Function) for e in entries):
            found.derivatives[entries[0].name] = entries[1]
    elif "__enzyme_register_derivative" in var.name and len(entries) == 2:
        if all(isinstance(e, Function) for e in entries):
            found.forward_derivatives[entries[0].name] = entries[1]
    elif "__enzyme_register_gradient" in var.name and len(entries) == 3:
        if all(isinstance(e, Function) for e in entries):
            found.gradients[entries[0].name] = (entries[1], entries[2])


def _read_annotation(annotation: Annotation, found: Registrations) -> None:
    """An Enzyme attribute, already checked to fit its subject (annotations.py)."""
    name = annotation.target.name
    if annotation.kind == FUNCTION_LIKE:
        found.function_like[name] = _math_name(annotation.argument, annotation.location)
    elif annotation.kind == "enzyme_nofree":
        found.nofree.add(name)
    elif isinstance(annotation.target, Function):
        found.inactive.add(name)
    else:
        found.inactive_globals.add(name)


def _math_name(name: str | None, location: SourceLocation | None) -> str:
    """The derivative-table name a function_like registration refers to; an unknown one is
    an error (ignoring it would differentiate the function's own body instead)."""
    known = canonical_name(name) if name else None
    if not known:
        raise CompileError(f"enzyme_function_like names '{name}', a function enzymec knows no "
                           f"derivative rule for", location)
    return known


def _module_location(module: Module) -> SourceLocation | None:
    for line in module.header:
        if line.startswith("source_filename"):
            return SourceLocation(line.split("=", 1)[1].strip().strip('"'))
    return None


_REGISTRATION = regex_cache.compile(r'^@"?([^\s"=]*(?:' + "|".join(REGISTRATION_KEYS) +
                                    r')[^\s"=]*)"? = .*?\bptr @"?([^\s",\]]+)', re.M)
_ANNOTATIONS = regex_cache.compile(r'^@llvm\.global\.annotations = [^\n]*$', re.M)
_ANNOTATION_ENTRY = regex_cache.compile(r'\{ ptr @"?([^\s",]+)"?, ptr @"?([^\s",]+)"?,')


def protect_registered_functions(ir_text: str) -> str:
    """Mark each registered or annotated function `noinline` in textual IR, before LLVM's
    pre-AD passes: once inlined, its calls (and so its registration) would be gone. Those
    registered `nofree` get LLVM's `nofree` too (what Enzyme gives them)."""
    # (the line-anchored pattern is tried at every offset: only run where a key occurs)
    found = list(_REGISTRATION.finditer(ir_text)) \
        if any(key in ir_text for key in REGISTRATION_KEYS) else []
    names = {m[2] for m in found}
    nofree = {m[2] for m in found if "__enzyme_nofree" in m[1]}
    for target, text in _annotated(ir_text):
        names.add(target)
        if text.startswith("enzyme_nofree"):
            nofree.add(target)
    for name in names:
        ir_text = _without_always_inline(ir_text, name)
        ir_text = _add_function_attribute(ir_text, name, "noinline", ("define",))
    for name in nofree:
        ir_text = _add_function_attribute(ir_text, name, "nofree", ("define", "declare"))
    return ir_text


def _annotated(ir_text: str) -> list[tuple[str, str]]:
    """(symbol, text) of each `llvm.global.annotations` entry whose text starts with
    "enzyme_", read from textual IR."""
    line = _ANNOTATIONS.search(ir_text) if "@llvm.global.annotations" in ir_text else None
    if not line:
        return []
    found = []
    for target, string in _ANNOTATION_ENTRY.findall(line[0]):
        text = re.search(r'^@"?' + re.escape(string) + r'"? = [^\n]*c"([^"]*)"', ir_text, re.M)
        if text and text[1].startswith("enzyme_"):
            found.append((target, text[1].split("\\00")[0]))
    return found


def _add_function_attribute(ir_text: str, name: str, attribute: str, kinds) -> str:
    """`define`/`declare` line of @name with `attribute` where LLVM's grammar takes function
    attributes (after its parameter list and any unnamed_addr: entry_points.py)."""
    quoted = re.escape(name)
    for kind in kinds:
        line = re.search(r'^' + kind + r' [^\n]*?@"?' + quoted + r'"?\(', ir_text, re.M)
        if line:
            end = ir_text.find("\n", line.start())
            end = len(ir_text) if end < 0 else end
            text = ir_text[line.start():end]
            new = with_attribute_after_params(text, line.end() - 1 - line.start(), attribute)
            ir_text = ir_text[:line.start()] + new + ir_text[end:]
    return ir_text


def _without_always_inline(ir_text: str, name: str) -> str:
    """@name's definition without `alwaysinline` (LLVM rejects it beside `noinline`): its
    attribute group is copied under a new number without it, since other functions may
    share the group."""
    define = re.search(r'^define [^\n]*@"?' + re.escape(name) + r'"?\([^\n]*$', ir_text, re.M)
    if not define:
        return ir_text
    line = define[0]
    new_line = re.sub(r"\balwaysinline ", "", line)
    for number in re.findall(r"\)[^\n(]*?#(\d+)", line)[:1]:
        group = re.search(r"^attributes #" + number + r" = \{([^\n]*)\}$", ir_text, re.M)
        if group and re.search(r"\balwaysinline\b", group[1]):
            fresh = 1 + max(int(n) for n in re.findall(r"^attributes #(\d+)", ir_text, re.M))
            body = re.sub(r"\s*\balwaysinline\b", "", group[1])
            ir_text += f"\nattributes #{fresh} = {{{body}}}\n"
            new_line = re.sub(r"#" + number + r"\b", f"#{fresh}", new_line, count=1)
    return ir_text.replace(line, new_line, 1)


def _entries(init: Value) -> list[Value]:
    if isinstance(init, ConstantAggregate):
        return list(init.operands)
    return [init]


def _string(module: Module, value: Value) -> str | None:
    """The C string a global like `@.str = constant [4 x i8] c"log\\00"` holds."""
    if isinstance(value, GlobalVariable) and isinstance(value.initializer, ConstantString):
        return value.initializer.text.split("\\00")[0]
    return None
