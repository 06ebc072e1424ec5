"""C parameter and return types the Python API can pass, as a table.

A C type spelled by clang (desugared: typedefs resolved) is a scalar (a Python number), a
pointer to a scalar (a numpy array passed zero-copy) or unsupported (the call raises with
the reason). Floating-point types are the ones that can be active in a gradient.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from enzymec import regex_cache

# C spelling -> (cffi spelling, numpy dtype, is floating point)
SCALARS = {
    "double": ("double", np.float64, True),
    "float": ("float", np.float32, True),
    "int": ("int", np.int32, False),
    "unsigned int": ("unsigned int", np.uint32, False),
    "long": ("long", np.int64, False),
    "unsigned long": ("unsigned long", np.uint64, False),
    "long long": ("long long", np.int64, False),
    "unsigned long long": ("unsigned long long", np.uint64, False),
    "short": ("short", np.int16, False),
    "unsigned short": ("unsigned short", np.uint16, False),
    "char": ("char", np.int8, False),
    "signed char": ("signed char", np.int8, False),
    "unsigned char": ("unsigned char", np.uint8, False),
    "_Bool": ("_Bool", np.bool_, False),
    "bool": ("_Bool", np.bool_, False),
}
_TOP_CONST = regex_cache.compile(r"^const (?=[^*]*$)| ?\bconst$| ?\brestrict$")
_POINTER = regex_cache.compile(
    r"^(?P<const>const )?(?P<base>[a-zA-Z_ ]+?) ?\*(?P<restrict> ?(?:restrict|__restrict))?$")


@dataclass(frozen=True)
class CType:
    """One parameter or return type: kind is 'void', 'scalar', 'pointer' or 'unsupported'."""

    spelling: str
    kind: str
    base: str = ""  # the scalar (pointee of a pointer)
    const: bool = False

    @property
    def cffi(self) -> str:
        if self.kind == "pointer":
            return f"{'const ' if self.const else ''}{SCALARS[self.base][0]} *"
        return SCALARS[self.base][0] if self.kind == "scalar" else "void"

    @property
    def dtype(self):
        return np.dtype(SCALARS[self.base][1])

    @property
    def is_float(self) -> bool:
        return self.kind in ("scalar", "pointer") and SCALARS[self.base][2]


def classify(spelling: str) -> CType:
    """The CType of clang's (desugared) spelling of a type."""
    text = " ".join(spelling.replace("__restrict", "restrict").split())
    previous = None
    while previous != text:  # `const double x`, `double *const restrict p`: qualifiers of the copy
        previous, text = text, _TOP_CONST.sub("", text)
    if text == "void":
        return CType(text, "void")
    if text in SCALARS:
        return CType(text, "scalar", text)
    match = _POINTER.match(text)
    if match and match["base"] in SCALARS:
        return CType(text, "pointer", match["base"], bool(match["const"]))
    return CType(text, "unsupported")


@dataclass(frozen=True)
class Param:
    name: str
    type: CType


@dataclass(frozen=True)
class Signature:
    """A function exported by a translation unit, as the Python API sees it."""

    name: str
    result: CType
    params: tuple[Param, ...]
    file: str

    @property
    def unsupported(self) -> list[str]:
        """What keeps the function from being called from Python (empty when callable)."""
        bad = [f"parameter '{p.name}' of type '{p.type.spelling}'"
               for p in self.params if p.type.kind in ("unsupported", "void")]
        if self.result.kind not in ("void", "scalar"):
            bad.append(f"the result type '{self.result.spelling}'")
        return bad

    def cdef(self) -> str:
        """The declaration cffi parses."""
        params = ", ".join(f"{p.type.cffi} {p.name}" for p in self.params) or "void"
        return f"{self.result.cffi} {self.name}({params});"
