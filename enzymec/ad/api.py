"""The AD stage's driver: find the calls of Enzyme's API, decode each into a request
(requests.py and the mode's call-site class), synthesize what they ask for once (cache.py)
and replace each call by a call of the synthesized function.

Calls inside code that another call differentiates are handled first (Enzyme's order for
nested derivatives), so that the outer derivative differentiates through the inner one's
synthesized function instead of meeting an entry point.
"""

from __future__ import annotations

from enzymec.diagnostics import CompileError
from enzymec.ir import CallInst, Function, GlobalVariable, Instruction, Module
from enzymec.ir.debuginfo import DebugInfo

from .analyses.aliasing import reachable_functions
from .cache import Derivatives
from .calls.calls import CallRules
from .entry.entry_points import ALL_ENTRY_POINTS, ENZYME_PREFIX
from .higher_order.iterate import check_iterations, is_iter_call, lower_iterations
from .entry.virtual_shadow import is_virtual_call, lower_virtual_reverse
from .entry.markers import is_marker_name
from .modes import MODES
from .entry.registrations import read_registrations
from .entry.registered_targets import wrap_registered_targets
from .entry.requests import CallSite, Mode, entry_point_mode
from .split.split_sites import check_tapes



def autodiff_calls(module: Module) -> list[CallInst]:
    """The calls of entry points whose mode enzymec implements, in program order."""
    calls = []
    for function in module.functions:
        if not function.may_mention(ENZYME_PREFIX):
            continue  # a body left as text that names no entry point calls none
        for inst in function.instructions():
            if isinstance(inst, CallInst) and inst.called_function is not None and \
                    entry_point_mode(inst.called_function.name) in MODES:
                calls.append(inst)
    return calls


def differentiate_calls(module: Module, progress=None, explain=None,
                        shadow_tapes: bool = False) -> None:
    """Replace every entry-point call in `module` by a call of a synthesized function;
    `progress(text)` hears which function is synthesized next; `explain` (an ExplainLog,
    explain_log.py) records the synthesizers' decisions for --explain; `shadow_tapes`: calls
    may be versioned for a loop tape kept in a zero shadow (shadow_tape_apply.py; -O3)."""
    debug = DebugInfo(module)
    check_iterations(module, debug)
    refuse_unsupported_modes(module, debug)
    rules = CallRules(read_registrations(module))
    if explain is not None:
        rules.explain = explain
    derivatives = Derivatives(debug, rules, {mode: s.build for mode, s in MODES.items()},
                              progress)
    rules.split_pair = derivatives.split_pair
    rules.derivatives = derivatives
    lower_virtual_reverse(module, debug, derivatives)
    wrap_registered_targets(autodiff_calls(module), rules.registrations)
    markers: set[Instruction] = set()
    sites = [decode(call, debug) for call in nested_first(autodiff_calls(module))]
    derivatives.wanted = wanted_requests(sites)
    # runtime activity is checked in every gradient of the module (they share callees)
    rules.runtime_activity = any("enzyme_runtime_activity" in s.flags for s in sites)
    check_tapes(sites)
    versioning = None  # only reverse calls are versioned (alias_version.py); see modes.py
    if any(site.mode is Mode.REVERSE for site in sites):
        from .alias_version import AliasVersioning
        versioning = AliasVersioning(module, sites, derivatives, shadow_tapes)
    for site in sites:
        if rules.runtime_activity:
            site.check_shadows_at_run_time()
        if versioning is None or not versioning.replace(site):
            site.replace(derivatives.get(site.request()))
        markers |= site.markers
    if versioning is not None:
        versioning.finish()
    lower_iterations(module)
    remove_unused(module, markers)


def wanted_requests(sites: list) -> set:
    """The requests the call sites make (Derivatives.offer); a site whose request is an
    error reports it when its turn comes, in the sites' order."""
    wanted = set()
    for site in sites:
        try:
            wanted.add(site.request())
        except CompileError:
            pass
    return wanted


def decode(call: CallInst, debug: DebugInfo) -> CallSite:
    mode = entry_point_mode(call.called_function.name)
    return MODES[mode].call_site(call, debug)


def nested_first(calls: list[CallInst]) -> list[CallInst]:
    """Entry-point calls inside code that another call differentiates come first."""
    reach = {}
    for call in calls:
        target = differentiated_target(call)
        if isinstance(target, Function) and not target.is_declaration and target not in reach:
            reach[target] = set(reachable_functions(target))
    def depth(call: CallInst) -> int:
        return sum(call.function in reached for reached in reach.values())
    return sorted(calls, key=depth, reverse=True)


def differentiated_target(call: CallInst):
    """The function argument of an entry-point call (after the sret pointer of a large
    result, as CallSite decodes it), or None."""
    args = list(call.args)
    if args and call.arg_attrs and "sret" in call.arg_attrs[0]:
        args.pop(0)
    return args[0] if args else None


def refuse_unsupported_modes(module: Module, debug: DebugInfo) -> None:
    """Calls of Enzyme's API that enzymec does not implement are located errors, not
    undefined references at link time."""
    for function in module.functions:
        if not function.may_mention(ENZYME_PREFIX):
            continue
        for inst in function.instructions():
            callee = inst.called_function if isinstance(inst, CallInst) else None
            if callee is None or ENZYME_PREFIX not in callee.name or is_iter_call(inst) \
                    or is_virtual_call(inst):
                continue
            mode = entry_point_mode(callee.name)
            if mode is not None and mode not in MODES:
                supported = ", ".join(sorted(m.value for m in MODES))
                raise CompileError(f"'{callee.name}' asks for {mode.value} mode, "
                                   f"which enzymec does not support yet",
                                   debug.location(inst), f"supported modes: {supported}")
            if mode is None and callee.is_declaration:
                raise CompileError(f"'{callee.name}' is a function of Enzyme's API that "
                                   f"enzymec does not provide", debug.location(inst))


def remove_unused(module: Module, markers: set[Instruction]) -> None:
    """Drop marker loads, then unused declarations of the entry points and markers."""
    for load in markers:
        if not load.uses and load.block is not None:
            load.erase()
    for value in list(module.functions) + list(module.globals):
        if not is_marker_name(value.name) and not any(e in value.name for e in ALL_ENTRY_POINTS):
            continue  # (tested first: reading the uses of a name a lazy body holds parses it)
        if value.uses:
            continue
        if isinstance(value, Function) and value.is_declaration or \
                isinstance(value, GlobalVariable) and value.is_declaration:
            module.remove(value)
