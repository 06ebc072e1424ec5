"""Python values to C arguments: numbers for scalars, numpy arrays (zero-copy) for pointers,
each checked against the parameter with an ArgumentError naming the function and parameter."""

from __future__ import annotations

import numbers

import numpy as np

from .errors import ArgumentError
from .signature import CType, Signature


def _where(sig: Signature, index: int) -> str:
    return f"{sig.name}(): parameter {index} '{sig.params[index].name}' ({sig.params[index].type.spelling})"


def scalar(sig: Signature, index: int, value):
    """A Python number fitting a scalar parameter (no silent float -> int truncation)."""
    ctype = sig.params[index].type
    if isinstance(value, np.ndarray) and value.ndim == 0:
        value = value[()]
    if ctype.is_float:
        if isinstance(value, numbers.Real) and not isinstance(value, (bool, np.bool_)):
            return float(value)
    elif isinstance(value, numbers.Integral):
        return int(value)
    raise ArgumentError(f"{_where(sig, index)} takes "
                        f"{'a real number' if ctype.is_float else 'an integer'}, "
                        f"got {type(value).__name__} {value!r}")


def check_array(sig: Signature, index: int, value) -> np.ndarray:
    """The array itself, if it fits the pointer parameter: dtype, C order, writeable."""
    ctype: CType = sig.params[index].type
    where = _where(sig, index)
    if not isinstance(value, np.ndarray):
        raise ArgumentError(f"{where} takes a numpy array of {ctype.dtype}, got "
                            f"{type(value).__name__} (use np.asarray(x, dtype=np.{ctype.dtype}))")
    if value.dtype != ctype.dtype:
        raise ArgumentError(f"{where} takes dtype {ctype.dtype}, got {value.dtype} "
                            f"(arrays are passed without copying: convert with "
                            f"x.astype(np.{ctype.dtype}))")
    if not value.flags.c_contiguous:
        raise ArgumentError(f"{where} needs a C-contiguous array (use np.ascontiguousarray)")
    if not ctype.const and not value.flags.writeable:
        raise ArgumentError(f"{where} may be written by the function: the array is read-only")
    return value


def check_shadow(sig: Signature, index: int, primal: np.ndarray, shadow) -> np.ndarray:
    """A user-supplied shadow (cotangent) must match its primal's dtype and shape."""
    shadow = check_array(sig, index, shadow)
    if shadow.shape != primal.shape:
        raise ArgumentError(f"{_where(sig, index)}: the shadow's shape {shadow.shape} differs "
                            f"from the array's {primal.shape}")
    return shadow


def bind(sig: Signature, args: tuple, kwargs: dict) -> list:
    """Positional and keyword arguments in parameter order, all present."""
    names = [p.name for p in sig.params]
    if len(args) > len(names):
        raise ArgumentError(f"{sig.name}() takes {len(names)} arguments, got {len(args)}")
    values = list(args) + [None] * (len(names) - len(args))
    for key, value in kwargs.items():
        if key not in names:
            raise ArgumentError(f"{sig.name}() has no parameter '{key}'")
        values[names.index(key)] = value
    missing = [names[i] for i in range(len(args), len(names)) if names[i] not in kwargs]
    if missing:
        raise ArgumentError(f"{sig.name}() is missing argument(s): {', '.join(missing)}")
    return values


def convert(ffi, sig: Signature, values: list) -> list:
    """cffi arguments: numbers, or buffers sharing the arrays' memory."""
    out = []
    for i, value in enumerate(values):
        ctype = sig.params[i].type
        if ctype.kind == "pointer":
            array = check_array(sig, i, value)
            out.append(ffi.from_buffer(f"{ctype.cffi.replace('const ', '').rstrip('* ')}[]", array))
        else:
            out.append(scalar(sig, i, value))
    return out
