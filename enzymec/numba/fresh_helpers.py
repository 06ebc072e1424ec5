"""numba's helpers compiled anew, at the capture's optimization level, for one capture.

numba compiles the implementations of `np.empty`, `a.sum()`, `a.copy()`... once per process
and argument types, and keeps them on the overload templates (`_impl_cache`) and on the
target context (`cached_internal_func`). When the user's own call compiled them first, at
numba's O3, the O0 capture would link those optimized helpers (a copy loop turned into a
memcpy of bytes, loops unrolled over i8 offsets) and type analysis could not tell what they
move. While `fresh_helpers()` is active every such cache is empty, so each helper compiles
again under the capture's settings; afterwards the user's caches are put back untouched.
"""

from __future__ import annotations

import contextlib

# The per-class caches of numba's overload templates that hold compiled helpers.
_TEMPLATE_CACHES = ("_impl_cache", "_compiled_overloads", "_inline_overloads")


def _subclasses(cls) -> list:
    """Every class deriving from `cls` (numba makes one template class per overload)."""
    found, todo = [], [cls]
    while todo:
        for sub in todo.pop().__subclasses__():
            found.append(sub)
            todo.append(sub)
    return found


def _template_classes() -> list:
    from numba.core.typing import templates
    return [*_subclasses(templates._OverloadFunctionTemplate),
            *_subclasses(templates._OverloadAttributeTemplate)]


def _swap_out(owner, name: str, saved: list) -> None:
    """Replace owner.name (a dict of its own, not inherited) by an empty dict; remember it."""
    if isinstance(owner, type):
        value = owner.__dict__.get(name)
    else:
        value = vars(owner).get(name)
    if isinstance(value, dict):
        saved.append((owner, name, value))
        setattr(owner, name, {})


@contextlib.contextmanager
def fresh_helpers():
    """Within: numba's compiled-helper caches are empty and numba's compile lock is held (no
    other thread compiles against the emptied caches); on exit: the originals restored."""
    from numba.core.compiler_lock import global_compiler_lock
    from numba.core.registry import cpu_target
    saved: list = []
    with global_compiler_lock:
        try:
            for cls in _template_classes():
                for name in _TEMPLATE_CACHES:
                    _swap_out(cls, name, saved)
            _swap_out(cpu_target.target_context, "cached_internal_func", saved)
            yield
        finally:
            for owner, name, value in reversed(saved):
                setattr(owner, name, value)
