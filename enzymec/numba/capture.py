"""numba's LLVM IR for a function at given argument types, as AD wants it.

The function is compiled again from its Python source by a fresh dispatcher with numba's
optimization level 0 for the duration, its helpers too (fresh_helpers.py): numba's default
O3 vectorizes and unrolls loops, which belongs after AD, not before (enzymec runs its own
pre-AD pipeline). The library's
IR holds the function, its @njit callees and numba's helpers.
"""

from __future__ import annotations

from dataclasses import dataclass

from .errors import NumbaUnsupportedError
from .fresh_helpers import fresh_helpers


@dataclass
class Captured:
    ir: str
    symbol: str  # the native function's name in `ir`
    args: tuple  # numba types of the arguments
    result: object  # numba type of the result
    names: tuple  # the Python parameter names
    # the numba Environments the IR names (kept alive: numba holds them only weakly, and
    # the fresh compile that made them is gone; jit.py points the JIT-compiled code at them)
    environments: tuple = ()


def typeof_args(args: tuple) -> tuple:
    from numba import typeof
    return tuple(typeof(a) for a in args)


# The user's numba options are kept (fastmath, boundscheck, error_model), except these:
# njit sets nopython itself, and `parallel` would lower prange to calls of numba's thread
# pool, which AD cannot see through; the sequential loop computes the same function.
_DROPPED_OPTIONS = ("nopython", "parallel")


def _fresh_compile(fn, sig: tuple):
    """A new dispatcher for fn's Python function, compiled for `sig` at numba's O0. (numba's
    optimization level is a process-wide setting: it is changed for this compile only, under
    numba's compile lock so that no other thread compiles meanwhile.)"""
    import numba
    from numba.core import config
    options = {k: v for k, v in getattr(fn, "targetoptions", {}).items()
               if k not in _DROPPED_OPTIONS}
    with fresh_helpers():  # numba's compile lock held; helpers compiled again, at O0 too
        saved = config.OPT
        config.OPT = 0
        try:
            dispatcher = numba.njit(**options)(fn.py_func)
            dispatcher.compile(sig)
        finally:
            config.OPT = saved
    return dispatcher.overloads[dispatcher.signatures[0]]


def capture(fn, args: tuple) -> Captured:
    """Compile `fn` (a numba.njit dispatcher) for the types of `args`; its IR and names."""
    import inspect
    if not hasattr(fn, "py_func") or not hasattr(fn, "overloads"):
        raise NumbaUnsupportedError(f"{fn!r} is not a numba.njit function")
    sig = typeof_args(args)
    try:
        cres = _fresh_compile(fn, sig)
    except Exception as err:  # numba's typing errors: say which function and types
        raise NumbaUnsupportedError(f"numba cannot compile {fn.py_func.__name__}{sig}: "
                                    f"{type(err).__name__}: {err}") from err
    names = tuple(inspect.signature(fn.py_func).parameters)
    ir = cres.library.get_llvm_str()
    return Captured(ir, cres.fndesc.llvm_func_name, sig, cres.signature.return_type, names,
                    _environments(ir))


def _environments(ir: str) -> tuple:
    """The live numba Environments whose globals the IR declares or defines."""
    from numba.core.environment import Environment
    return tuple(env for name, env in list(Environment._memo.items()) if f"@{name} " in ir)
