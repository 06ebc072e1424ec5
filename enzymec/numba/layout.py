"""numba types as the LLVM arguments numba's calling convention expands them to (a table).

numba's native functions are `i32 @name(ptr %retptr, ptr %excinfo, args...)`: the status is
returned, the result stored through `retptr`. An array argument is its struct's fields as
separate arguments: meminfo, parent, nitems, itemsize, data, then `ndim` shapes and `ndim`
strides (all i64). Supported: float64/float32/int64 scalars, C-contiguous 1-D and 2-D arrays
of float64/float32 (and int64, not differentiated).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .errors import NumbaUnsupportedError

# numba scalar type name -> (LLVM type, numpy dtype, floating)
SCALARS = {"float64": ("double", np.float64, True), "float32": ("float", np.float32, True),
           "int64": ("i64", np.int64, False), "intp": ("i64", np.int64, False),
           "int32": ("i32", np.int32, False)}
MAX_NDIM = 2


@dataclass(frozen=True)
class ArgLayout:
    """One argument: a scalar or an array of `dtype` with `ndim` dimensions."""

    name: str
    llvm: str  # the scalar's (element's) LLVM type
    dtype: np.dtype
    is_float: bool
    ndim: int = 0  # 0: a scalar

    @property
    def is_array(self) -> bool:
        return self.ndim > 0


def arg_layout(name: str, nbtype) -> ArgLayout:
    """The layout of one numba type, or NumbaUnsupportedError naming it."""
    from numba.core import types
    if isinstance(nbtype, types.Array):
        if nbtype.layout != "C" or not 1 <= nbtype.ndim <= MAX_NDIM:
            raise NumbaUnsupportedError(
                f"argument '{name}': {nbtype} is not supported (only C-contiguous 1-D and "
                "2-D arrays of float64/float32/int64)")
        base = arg_layout(name, nbtype.dtype)
        return ArgLayout(name, base.llvm, base.dtype, base.is_float, nbtype.ndim)
    key = str(nbtype)
    if key not in SCALARS:
        raise NumbaUnsupportedError(f"argument '{name}' of type {nbtype} is not supported "
                                    f"(supported: {', '.join(SCALARS)} scalars and arrays)")
    llvm, dtype, is_float = SCALARS[key]
    return ArgLayout(name, llvm, np.dtype(dtype), is_float)


def result_type(nbtype, allow_none: bool = False) -> str:
    """The LLVM type of a floating result (grad needs one; vjp also takes None: "void")."""
    key = str(nbtype)
    if allow_none and key == "none":
        return "void"
    if key not in SCALARS or not SCALARS[key][2]:
        wanted = "a float64 or float32 scalar result" + (" or None" if allow_none else "")
        raise NumbaUnsupportedError(f"the function returns {nbtype}: a gradient needs {wanted}")
    return SCALARS[key][0]
