"""--check-gradients: check every autodiff call at run time against finite differences.

Before the AD (so that the AD then differentiates the calls inside the wrappers as usual),
each reverse (`__enzyme_autodiff`) and forward (`__enzyme_fwddiff`) call is decoded, its
check planned (check_plan.py: the role and memory extent of each argument) and the call
redirected to a wrapper (check_wrapper.py) that re-runs the primal on perturbed copies and
lets the runtime (runtime/enzymec_gradcheck.c) compare. A call that cannot be checked is
listed as a located warning, `cannot check the gradient of 'f' here because ...`, and left
as it is. `default_on` is False for `--check-gradients=runtime`: the checks are compiled in
but run only with ENZYMEC_CHECK_GRADIENTS=1.
"""

from __future__ import annotations

from enzymec.diagnostics import warn
from enzymec.ir import CallInst, Function, Module
from enzymec.ir.debuginfo import DebugInfo

from ..analyses.aliasing import reachable_functions
from ..api import autodiff_calls
from .check_plan import Unchecked, plan_site, refuse_unhandled
from .check_split import wrap_split_call
from .check_wrapper import WrapperBuilder, strip_locations
from ..modes import MODES
from ..entry.requests import CallSite, Mode, entry_point_mode

CHECKED = (Mode.REVERSE, Mode.FORWARD)
SPLIT = (Mode.AUGMENTED, Mode.SPLIT_REVERSE)  # a user's split pair (check_split.py)
WRAPPER_PREFIX = "__enzymec_checked."
HINT = ("the other autodiff calls are checked; this one runs unchecked (checked sites take "
        "their memory sizes from local arrays, globals, a malloc reaching the call, or a "
        "loop bound that is another argument)")


def instrument_module(module: Module, default_on: bool) -> None:
    """Redirect each checkable autodiff call of `module` to a checking wrapper."""
    debug = DebugInfo(module)
    nested = differentiated_functions(module)
    for call in autodiff_calls(module):
        location = debug.location(call)
        try:
            wrap_call(call, debug, nested, str(location or module.name), default_on)
        except Unchecked as why:
            name = getattr(call.args[1 if _has_sret(call) else 0], "name", "?")
            warn(f"cannot check the gradient of '{name}' here because {why} "
                 f"[--check-gradients]", location, HINT)


def wrap_call(call: CallInst, debug, nested: set, where: str, default_on: bool) -> None:
    """Plan and build the check of one call; raises Unchecked."""
    mode = entry_point_mode(call.called_function.name)
    if mode in SPLIT and call.function not in nested:
        site = MODES[mode].call_site(call, debug)
        markers = {i for i, value in enumerate(call.args) if CallSite.marker_name(value)}
        return wrap_split_call(site, markers, where, default_on)
    if mode not in CHECKED:
        raise Unchecked(f"{mode.value} calls are not checked (only __enzyme_autodiff, "
                        f"__enzyme_fwddiff and split pairs are)")
    if call.function in nested:
        raise Unchecked("it is inside code that another autodiff call differentiates")
    site = MODES[mode].call_site(call, debug)
    markers = {i for i, value in enumerate(call.args) if CallSite.marker_name(value)}
    refuse_unhandled(site, len(markers))
    plan = plan_site(site)
    WrapperBuilder(plan, markers, where, default_on).build()


def differentiated_functions(module: Module) -> set[Function]:
    """Every function some autodiff call differentiates (directly or through calls)."""
    found: set[Function] = set()
    for call in autodiff_calls(module):
        target = call.args[1 if _has_sret(call) else 0] if call.args else None
        if isinstance(target, Function) and not target.is_declaration and target not in found:
            found.update(reachable_functions(target))
    return found


def _has_sret(call: CallInst) -> bool:
    return bool(call.arg_attrs) and "sret" in call.arg_attrs[0]


def finish_module(module: Module) -> None:
    """After the AD: the wrappers keep no source locations (they have no debug scope)."""
    for function in module.functions:
        if function.name.startswith(WRAPPER_PREFIX):
            strip_locations(function)
