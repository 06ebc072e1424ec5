"""The names of Enzyme's entry points and the mode each asks for, in one place for the
driver and the AD stage.

A callee whose name *contains* one of them is an entry point (`__enzyme_autodiff_pair` works
like `__enzyme_autodiff`). A mode is named by a plain string here (`requests.Mode` gives it
meaning), so that this module imports nothing and the driver can ask it cheaply whether a
module needs the AD stage. An entry point whose mode enzymec does not implement yet is a
located error, not an undefined reference at link time.
"""

REVERSE_MODE = "__enzyme_autodiff"

# entry point -> mode it asks for (see requests.Mode)
ENTRY_MODES = {
    "__enzyme_autodiff": "reverse",
    "__enzyme_fwddiff": "forward",
    "__enzyme_augmentfwd": "augmented forward",
    "__enzyme_reverse": "split reverse",
    "__enzyme_virtualreverse": "virtual reverse",
    "__enzyme_fwdsplit": "split forward",
    "__enzyme_batch": "batched",
    "__enzyme_iter": "iterated (higher-order)",
}
# Any other body-less function named so is part of Enzyme's API that enzymec lacks.
ENZYME_PREFIX = "__enzyme_"
ALL_ENTRY_POINTS = tuple(ENTRY_MODES)


def entry_mode(name: str) -> str | None:
    """The mode a callee named `name` asks for, or None if it is no entry point."""
    for entry, mode in ENTRY_MODES.items():
        if entry in name:
            return mode
    return None


def mentions_entry_point(text: str) -> bool:
    return any(name in text for name in ALL_ENTRY_POINTS)
