"""Enzyme's marker arguments (`enzyme_dup`, `enzyme_runtime_activity`, ...) as data.

A marker is a load of a global whose name starts with `enzyme_` (Enzyme's rule: any such
global is a marker, and an unknown one is an error). Taking a marker for an ordinary
argument would shift every later argument, a wrong number; so each marker Enzyme knows is
here with what enzymec does with it in reverse mode (`__enzyme_autodiff`):

- ACTIVITY: the activity of the next parameter;
- FLAGS: no value follows; enzymec accepts it (see the reason);
- UNSUPPORTED: a located error naming it, with what it is for.
"""

from __future__ import annotations

ACTIVITY = {"enzyme_dup": "dup", "enzyme_dupnoneed": "dupnoneed", "enzyme_const": "const",
            "enzyme_out": "out", "diffe_const": "const", "diffe_dup": "dup", "diffe_out": "out"}

# Accepted markers without a value, and why accepting them cannot change a number.
FLAGS = {
    "enzyme_runtime_activity":
        "runtime activity: a shadow pointer equal to its primal means constant memory; enzymec "
        "checks every such pointer at run time and stops rather than compute a wrong number",
    "enzyme_noret":
        "the primal result is not returned, which reverse mode never does anyway",
    "enzyme_active_return":
        "the floating-point result is active, which is the default (only for such results)",
    "enzyme_const_return":
        "the result is constant: the gradient does not seed it (only memory outputs, through "
        "their shadows, carry adjoints)",
}

_LATER = "not supported yet"
UNSUPPORTED = {
    "enzyme_width": f"vector mode in this entry point is {_LATER} (__enzyme_fwddiff and "
                    f"__enzyme_autodiff take it)",
    "enzyme_dupv": f"vector mode in this entry point is {_LATER} (__enzyme_fwddiff and "
                   f"__enzyme_autodiff take it)",
    "enzyme_dupnoneedv": f"vector mode in this entry point is {_LATER} (__enzyme_fwddiff "
                         f"and __enzyme_autodiff take it)",
    "enzyme_interleave": f"vector mode is {_LATER}",
    "enzyme_tape": "a tape belongs to split mode (__enzyme_augmentfwd and __enzyme_reverse) "
                   "only",
    "enzyme_allocated": "a tape in caller memory belongs to split mode (__enzyme_augmentfwd and "
                        "__enzyme_reverse) only",
    "enzyme_nofree": f"keeping shadow allocations alive after the gradient is {_LATER}",
    "enzyme_not_overwritten": "promising that an argument is not overwritten between the "
                              "split halves belongs to split mode (__enzyme_augmentfwd, "
                              "__enzyme_reverse, __enzyme_augmentsize) only",
    # enzyme_primal_return: every mode's call site takes it (mode_marker) or refuses it itself
    "enzyme_dup_return": f"a duplicated (pointer) result is {_LATER}",
    "enzyme_byref": f"arguments passed by reference with a size are {_LATER}",
    "enzyme_interface": f"Enzyme's dynamic interface is {_LATER}",
    "enzyme_scalar": f"batch mode (__enzyme_batch) is {_LATER}",
    "enzyme_vector": f"batch mode (__enzyme_batch) is {_LATER}",
    "enzyme_buffer": f"batch mode (__enzyme_batch) is {_LATER}",
    **{name: f"probabilistic programming (Enzyme's tracing) is {_LATER}" for name in (
        "enzyme_trace", "enzyme_duptrace", "enzyme_likelihood", "enzyme_duplikelihood",
        "enzyme_observations", "enzyme_active_rand_var")},
}


def is_marker_name(name: str) -> bool:
    return name.startswith("enzyme_") or base_name(name) in ACTIVITY


def base_name(name: str) -> str:
    """A marker global's name without the `.N` LLVM's linker appends when units of a
    whole-program build (-flto) each define a `static int enzyme_dup;` of their own."""
    stem, dot, number = name.rpartition(".")
    return stem if dot and number.isdigit() else name


def refusal(name: str) -> str | None:
    """Why a marker cannot be used in an `__enzyme_autodiff` call, or None."""
    if name in ACTIVITY or name in FLAGS:
        return None
    if name in UNSUPPORTED:
        return f"'{name}' is not supported: {UNSUPPORTED[name]}"
    return f"'{name}' is not a marker Enzyme knows (a global named enzyme_* is a marker)"
