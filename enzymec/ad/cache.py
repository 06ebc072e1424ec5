"""One synthesized function per request, shared by every call site and every caller.

Gradients, tangents, ... are cached by their `Request` (function, mode, activity, width,
result convention); the augmented forward and reverse pairs that calls inside
differentiated code are split into are cached by (callee, activities, result kind, stable
arguments). Each pair is declared and registered before its bodies are built, so that a
recursive call finds it.
"""

from __future__ import annotations

from collections.abc import Callable

from enzymec.ir import Function
from enzymec.ir.clone import clone_function

from .entry.custom_gradient import build_adapters
from .omp.omp_names import is_region
from .calls.record_top import mark_record_on_top
from .omp.omp_region import build_region_pair
from .entry.requests import Mode, Request
from .calls.split_calls import apart, split_signatures

# mode -> builder(request, debug, rules) of the synthesized function
Builder = Callable[[Request, object, object], Function]


class Derivatives:
    def __init__(self, debug, rules, builders: dict[Mode, Builder], progress=None):
        self.debug = debug
        self.progress = progress or (lambda what: None)
        self.rules = rules
        self.builders = builders
        self.synthesized: dict[Request, Function] = {}
        self.pairs: dict[tuple, tuple[Function, Function]] = {}
        self.wanted: set[Request] = set()  # what the module's call sites ask for (api.py)

    def register(self, request: Request, function: Function) -> None:
        """`function` answers `request` from now on, before its body is built (recursion)."""
        self.synthesized[request] = function

    def get(self, request: Request) -> Function:
        if request not in self.synthesized:
            build = self.builders[request.mode]
            self.progress(f"differentiating '{request.function.name}' "
                          f"({request.mode.value} mode)")
            self.synthesized[request] = build(request, self.debug, self.rules)
        return self.synthesized[request]

    def wants(self, request: Request) -> bool:
        """Whether a call site asks for `request` and nothing answers it yet (`offer`)."""
        return request in self.wanted and request not in self.synthesized

    def offer(self, request: Request, function: Function) -> None:
        """`function`, complete, answers `request` too: it was built on the way to another
        request (a width-N gradient is its width-1 gradient's lanes, vector_reverse.py).
        When a call site asks for `request` and nothing answers it yet, a copy of it does,
        made now, before the other request changes it, instead of a second synthesis of the
        same function (bundle adjustment's width-1 and width-2 Jacobians: one of its three
        syntheses). Not with debug records or a subprogram, which a copy would drop or
        share."""
        if not self.wants(request) or "!dbg" in function.suffix or \
                any(inst.debug_records for inst in function.instructions()):
            return
        self.synthesized[request] = clone_function(
            function, function.module.unique_symbol(function.name))

    def split_pair(self, function: Function, kinds: tuple, result: str, stable: tuple = (),
                   heap_records: bool = False, disjoint_shadows: bool = False,
                   handed_out: bool = False):
        """`function`'s augmented forward and reverse for `kinds`. `stable` flags the
        arguments whose memory nothing in the gradient writes; `heap_records`: the pair's
        reverse may run out of LIFO order (split.py), so its records, and those of every
        pair it calls, come from the heap; `disjoint_shadows`: its shadows are parts of a
        versioned call's disjoint ones (shadow_tape_apply.py); `handed_out`: the user's own
        pair (GradientSpec)."""
        key = (function, kinds, result, stable, heap_records) + \
            ((True,) if disjoint_shadows else ()) + (("user",) if handed_out else ())
        if key in self.pairs:
            return self.pairs[key]
        augmented_type, reverse_type, names = split_signatures(function, kinds, result)
        reverse_names = apart(names + (["d.result"] if result == "out" else []) + ["tape"])
        pair = tuple(declare_internal(function, suffix, ty, params)
                     for suffix, ty, params in (("augmented", augmented_type, names),
                                                ("reverse", reverse_type, reverse_names)))
        self.pairs[key] = pair
        if is_region(function):  # a parallel region: parallel halves (omp_region.py)
            build_region_pair(self, function, kinds, pair, stable)
            return pair
        custom = self.rules.registrations.gradients.get(function.name)
        if custom is not None:
            build_adapters(function, result == "out", *custom, *pair)
            return pair
        self.progress(f"differentiating '{function.name}' (augmented forward and reverse)")
        if not heap_records:  # its reverse takes its record from the stack's top
            mark_record_on_top(pair[1])
        from .reverse.reverse import GradientSpec, GradientSynthesizer  # see modes.py

        spec = GradientSpec(function, kinds, reverse_type.return_type, split=pair,
                            result_kind=result, stable=stable, heap_records=heap_records,
                            disjoint_shadows=disjoint_shadows and not heap_records,
                            handed_out=handed_out)
        GradientSynthesizer(spec, self.debug, self.rules).run()
        return pair


def declare_internal(function: Function, suffix: str, ty, params: list) -> Function:
    """An internal function named after `function`, with a body still to build."""
    module = function.module
    fn = Function(module.unique_symbol(f"{function.name}.{suffix}"), ty)
    fn.set_signature(ty, params)
    fn.prefix = "internal"
    module.add_function(fn)
    return fn


def gradient_spec(request: Request):
    """The GradientSpec of a width-1 reverse request (vector_reverse.py builds its lanes'
    gradient from the same)."""
    from .reverse.reverse import GradientSpec  # see modes.py

    return GradientSpec(request.function, request.activity, request.return_type,
                        seed_result=request.option("seed_result", True),
                        primal_return=request.option("primal_return", False),
                        result_kind=request.option("result_kind", "const"),
                        disjoint_shadows=request.option("disjoint_shadows", False))


def build_gradient(request: Request, debug, rules) -> Function:
    """Reverse mode: `f.gradient`, returning the adjoints of the `out` parameters."""
    from .reverse.reverse import GradientSynthesizer  # see modes.py

    return GradientSynthesizer(gradient_spec(request), debug, rules).run()
