"""The names of Enzyme's entry points, in one place for the driver and the AD stage.

A callee whose name *contains* one of them is an entry point (`__enzyme_autodiff_pair` works
like `__enzyme_autodiff`). Reverse mode is supported; the other modes are recognised so that
using one is a located error, not an undefined reference at link time. This module imports
nothing, so the driver can ask it cheaply whether a module needs the AD stage.
"""

REVERSE_MODE = "__enzyme_autodiff"
UNSUPPORTED_MODES = {"__enzyme_fwddiff": "forward mode", "__enzyme_augmentfwd": "split mode",
                     "__enzyme_reverse": "split mode", "__enzyme_virtualreverse": "split mode",
                     "__enzyme_fwdsplit": "split forward mode", "__enzyme_batch": "batched",
                     "__enzyme_iter": "iterated (higher-order)"}
# Any other body-less function named so is part of Enzyme's API that enzymec lacks.
ENZYME_PREFIX = "__enzyme_"
ALL_ENTRY_POINTS = (REVERSE_MODE, *UNSUPPORTED_MODES)


def mentions_entry_point(text: str) -> bool:
    return any(name in text for name in ALL_ENTRY_POINTS)
