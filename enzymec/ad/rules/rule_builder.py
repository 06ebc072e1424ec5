"""The builder derivative rules are written with, in every mode: an IRBuilder that reaches
the primal values a rule needs through `primal` (reverse: from the tape; forward: the values
themselves) and calls math functions by their canonical name (`math`)."""

from __future__ import annotations

from enzymec.ir import FloatType, Type, Value, VectorType
from enzymec.ir.builder import IRBuilder, Lazy, zero

from .mathfns import INTRINSICS, libm_suffix


def intrinsic_suffix(ty: Type) -> str:
    """LLVM's type mangling in intrinsic names: f64, f32, v4f64, ..."""
    if isinstance(ty, VectorType):
        return f"v{ty.count}{intrinsic_suffix(ty.element)}"
    if isinstance(ty, FloatType):
        return {"double": "f64", "float": "f32", "half": "f16", "x86_fp80": "f80",
                "fp128": "f128", "bfloat": "bf16"}[ty.kind]
    return str(ty)


class RuleBuilder(IRBuilder):
    def primal(self, value: Value) -> Value:
        """The primal `value` where this builder inserts."""
        raise NotImplementedError

    def lazy_primal(self, value: Value) -> Lazy:
        return Lazy(value.type, lambda: self.primal(value))

    def zero(self, ty: Type) -> Value:
        return zero(ty)

    def math(self, name: str, *args) -> Value:
        """Call libm function / intrinsic `name` on values of one floating-point type."""
        args = [self.value(a, args[0]) for a in args]
        ty = args[0].type
        if name in INTRINSICS:
            suffix = intrinsic_suffix(ty)
            if name in ("powi", "ldexp"):  # an integer second operand: mangled too
                suffix += "." + intrinsic_suffix(args[1].type)
            return self.call_named(f"llvm.{name}.{suffix}", ty, args, name)
        # a long double's spelling ends in l (an x86_fp80 passed to the double j1 was NaN)
        return self.call_named(name + libm_suffix(ty.scalar), ty, args, name)


# fast-math flags a tangent's arithmetic shares with its primal instruction: the license to
# reorder and fuse (a reassociable sum's tangent is the sum of tangents, reassociable in turn,
# so a reduction's tangent vectorizes like the reduction); never nnan/ninf/nsz, which say
# something of the primal's values, not of the tangent's
SHARED_FLAGS = ("reassoc", "contract")
FLOAT_ARITHMETIC = frozenset({"fadd", "fsub", "fmul", "fdiv"})


def shared_flags(flags: str) -> str:
    """The SHARED_FLAGS that `flags` grants (`fast` grants them all)."""
    words = flags.split()
    return " ".join(f for f in SHARED_FLAGS if f in words or "fast" in words)


class TangentBuilder(RuleBuilder):
    """Forward mode: rules run right after the primal instruction, where every primal value
    they name is available as it is. `flags`: the primal's shared_flags, which the
    tangent's arithmetic carries too."""

    flags = ""

    def binary(self, opcode: str, a, b, name: str = "", flags: str = "") -> Value:
        if opcode in FLOAT_ARITHMETIC and self.flags:
            flags = " ".join(dict.fromkeys((flags + " " + self.flags).split()))
        return super().binary(opcode, a, b, name, flags)

    def primal(self, value: Value) -> Value:
        return value
