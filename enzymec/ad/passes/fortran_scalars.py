"""Fortran's real MOD and MODULO, which flang leaves as calls into its runtime.

`mod(x, 1d0)` (a periodic wrap) is `_FortranAModReal8(x, y, file, line)`, an external
function without a derivative: the call was refused. MOD is C's fmod (the remainder takes
x's sign), LLVM's `frem`, which AD differentiates (d/dx 1, d/dy -trunc(x/y)); MODULO takes
y's sign instead: the same remainder, plus y where the signs differ and it is not zero. The
gradient's copy of a function computes them so (the primal keeps flang's runtime, which also
stops the program on a zero divisor, where frem gives NaN).
"""

from __future__ import annotations

from enzymec.ir import CallInst, Function, Instruction
from enzymec.ir.builder import IRBuilder

_KINDS = ("4", "8")  # real(4), real(8)
MOD = {f"_FortranAModReal{k}" for k in _KINDS}
MODULO = {f"_FortranAModuloReal{k}" for k in _KINDS}


def lower_fortran_mod(function: Function) -> None:
    """Replace each runtime MOD / MODULO call of `function` by its arithmetic."""
    for call in [i for i in function.instructions() if isinstance(i, CallInst)]:
        name = call.called_function.name if call.called_function is not None else ""
        if name not in MOD and name not in MODULO or len(call.args) < 2 or \
                not call.type.is_float:
            continue
        x, y = call.args[0], call.args[1]
        b = IRBuilder(function).position_before(call)
        rest = b.insert(Instruction("frem", call.type, [x, y]), "mod")
        if name in MODULO:
            nonzero = b.fcmp("une", rest, 0.0, "mod.nonzero")
            signs = b.binary("xor", b.fcmp("olt", rest, 0.0), b.fcmp("olt", y, 0.0))
            wrap = b.binary("and", nonzero, signs, "mod.wrap")
            rest = b.select(wrap, b.fadd(rest, y), rest, "modulo")
        call.replace_all_uses_with(rest)
        call.erase()
