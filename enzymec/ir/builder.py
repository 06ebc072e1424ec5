"""IRBuilder: create instructions at an insertion point with fresh, readable names.

Float literals are accepted wherever a value is expected and take their type from the other
operand (`b.fmul(dy, 2.0)`), so derivative rules read like the math they implement.
Declarations of called intrinsics and libm functions are added to the module on demand.
"""

from __future__ import annotations

from .function import Function
from .instructions import (AggregateInst, AllocaInst, Block, CallInst, CmpInst, GepInst, Instruction,
                           MemoryInst, PhiInst, SwitchInst)
from .types import (I1, I8, I64, PTR, VOID, FloatType, FunctionType, IntType, Type,
                    VectorType)
from .values import ConstantFloat, ConstantInt, ConstantSplat, SimpleConstant, Value


def const_float(ty: Type, value: float) -> Value:
    if isinstance(ty, VectorType):
        return ConstantSplat(ty, [ConstantFloat(ty.element, float(value))])
    return ConstantFloat(ty, float(value))


def const_int(ty: Type, value: int) -> Value:
    return ConstantInt(ty, value)


def zero(ty: Type) -> Value:
    if isinstance(ty, FloatType):
        return ConstantFloat(ty, 0.0)
    if isinstance(ty, IntType):
        return ConstantInt(ty, 0)
    if ty == PTR:
        return SimpleConstant(ty, "null")
    return SimpleConstant(ty, "zeroinitializer")


class Lazy:
    """A value computed only when a builder method first needs it (derivative rules take
    their primal inputs this way, so an unused input is never taped)."""

    __slots__ = ("type", "_make", "_value")

    def __init__(self, type: Type, make):
        self.type = type
        self._make = make
        self._value = None

    def get(self) -> Value:
        if self._value is None:
            self._value = self._make()
        return self._value


class IRBuilder:
    """Appends to `block` (or inserts before `before`) in `function`."""

    def __init__(self, function: Function, block: Block | None = None):
        self.function = function
        self.block = block
        self.before: Instruction | None = None

    def position_at_end(self, block: Block) -> "IRBuilder":
        self.block, self.before = block, None
        return self

    def position_before(self, inst: Instruction) -> "IRBuilder":
        self.block, self.before = inst.block, inst
        return self

    def insert(self, inst: Instruction, name: str = "") -> Instruction:
        if inst.type != VOID:
            inst.name = self.function.unique_name(name or "t")
        if self.before is not None:
            inst.insert_before(self.before)
        else:
            self.block.append(inst)
        return inst

    def value(self, v, like) -> Value:
        """Turn Python numbers into constants of the type of `like`; force `Lazy` values."""
        if isinstance(v, Lazy):
            return v.get()
        if isinstance(v, Value):
            return v
        ty = like if isinstance(like, Type) else like.type
        if isinstance(ty.scalar, FloatType):
            return const_float(ty, v)
        return const_int(ty, int(v))

    # -- arithmetic -------------------------------------------------------------------------
    def binary(self, opcode: str, a, b, name: str = "", flags: str = "") -> Value:
        like = a if isinstance(a, (Value, Lazy)) else b
        a, b = self.value(a, like), self.value(b, like)
        return self.insert(Instruction(opcode, a.type, (a, b), flags=flags), name)

    def fadd(self, a, b, name=""):
        return self.binary("fadd", a, b, name)

    def fsub(self, a, b, name=""):
        return self.binary("fsub", a, b, name)

    def fmul(self, a, b, name=""):
        return self.binary("fmul", a, b, name)

    def fdiv(self, a, b, name=""):
        return self.binary("fdiv", a, b, name)

    def add(self, a, b, name="", flags=""):
        return self.binary("add", a, b, name, flags)

    def sub(self, a, b, name="", flags=""):
        return self.binary("sub", a, b, name, flags)

    def mul(self, a, b, name="", flags=""):
        return self.binary("mul", a, b, name, flags)

    def smax(self, a, b, name=""):
        """The signed maximum, via the `llvm.smax` intrinsic."""
        a = self.value(a, a)
        b = self.value(b, a)
        return self.call_named(f"llvm.smax.{a.type}", a.type, [a, b], name or "max")

    def fneg(self, a, name=""):
        a = self.value(a, a)
        return self.insert(Instruction("fneg", a.type, (a,)), name)

    def cast(self, opcode: str, a: Value, ty: Type, name="") -> Value:
        a = self.value(a, a)
        if a.type == ty:
            return a
        return self.insert(Instruction(opcode, ty, (a,)), name)

    def icmp(self, predicate: str, a, b, name=""):
        like = a if isinstance(a, (Value, Lazy)) else b
        a, b = self.value(a, like), self.value(b, like)
        return self.insert(CmpInst("icmp", predicate, a, b, I1), name)

    def fcmp(self, predicate: str, a, b, name=""):
        like = a if isinstance(a, (Value, Lazy)) else b
        a, b = self.value(a, like), self.value(b, like)
        ty = VectorType(a.type.count, I1) if isinstance(a.type, VectorType) else I1
        return self.insert(CmpInst("fcmp", predicate, a, b, ty), name)

    def select(self, cond, a, b, name=""):
        like = a if isinstance(a, (Value, Lazy)) else b
        a, b = self.value(a, like), self.value(b, like)
        cond = self.value(cond, cond)
        return self.insert(Instruction("select", a.type, (cond, a, b)), name)

    # -- aggregates and vectors -------------------------------------------------------------
    def extractvalue(self, aggregate, indices, element_type: Type, name=""):
        return self.insert(AggregateInst("extractvalue", element_type, [aggregate], indices), name)

    def insertvalue(self, aggregate, element, indices, name=""):
        element = self.value(element, element)
        return self.insert(AggregateInst("insertvalue", aggregate.type, [aggregate, element],
                                         indices), name)

    def extractelement(self, vector, index, element_type: Type, name=""):
        return self.insert(Instruction("extractelement", element_type, (vector, index)), name)

    def insertelement(self, vector, element, index, name=""):
        return self.insert(Instruction("insertelement", vector.type, (vector, element, index)),
                           name)

    # -- memory -----------------------------------------------------------------------------
    def alloca(self, ty: Type, name="", count: Value | None = None) -> Value:
        return self.insert(AllocaInst(ty, PTR, count), name)

    def load(self, ty: Type, ptr: Value, name="", align: int | None = None) -> Value:
        return self.insert(MemoryInst("load", ty, [ptr], align=align), name)

    def store(self, value: Value, ptr: Value, align: int | None = None) -> Instruction:
        return self.insert(MemoryInst("store", VOID, [value, ptr], align=align))

    def gep(self, source_type: Type, base: Value, indices, name="", flags="inbounds") -> Value:
        indices = [self.value(i, I64) for i in indices]
        return self.insert(GepInst(source_type, PTR, base, indices, flags=flags), name)

    # -- control flow -----------------------------------------------------------------------
    def br(self, target: Block) -> Instruction:
        return self.insert(Instruction("br", VOID, [target]))

    def cond_br(self, cond: Value, if_true: Block, if_false: Block) -> Instruction:
        return self.insert(Instruction("br", VOID, [cond, if_true, if_false]))

    def switch(self, value: Value, default: Block, cases) -> Instruction:
        inst = SwitchInst("switch", VOID, [value, default])
        for case_value, target in cases:
            inst.append_operand(self.value(case_value, value))
            inst.append_operand(target)
        return self.insert(inst)

    def ret(self, value: Value | None = None) -> Instruction:
        return self.insert(Instruction("ret", VOID, [value] if value is not None else []))

    def unreachable(self) -> Instruction:
        return self.insert(Instruction("unreachable", VOID))

    def phi(self, ty: Type, incoming=(), name="") -> PhiInst:
        phi = PhiInst("phi", ty)
        for value, block in incoming:
            phi.add_incoming(value, block)
        return self.insert(phi, name)

    # -- calls ------------------------------------------------------------------------------
    def call(self, callee: Value, args, function_type: FunctionType | None = None, name=""):
        if function_type is None:
            function_type = callee.function_type
        inst = CallInst(function_type, callee, list(args))
        return self.insert(inst, name)

    def call_named(self, name: str, return_type: Type, args, result_name="") -> Value:
        """Call `@name`, declaring it (with the argument types) if the module lacks it."""
        fnty = FunctionType(return_type, tuple(a.type for a in args))
        callee = declare_function(self.function.module, name, fnty)
        return self.call(callee, args, callee.function_type, result_name)

    def new_block(self, name: str, after: Block | None = None) -> Block:
        block = Block(self.function.unique_name(name))
        if after is None:
            return self.function.append_block(block)
        return self.function.insert_block_after(block, after)


def declare_function(module, name: str, function_type: FunctionType) -> Function:
    existing = module.get(name)
    if existing is not None:
        return existing
    return module.add_function(Function(name, function_type))


def memset_zero(b: "IRBuilder", ptr, size) -> None:
    """`llvm.memset` of `size` bytes (any integer type) at `ptr` to zero."""
    memset = declare_function(b.function.module, "llvm.memset.p0.i64",
                              FunctionType(VOID, (PTR, I8, I64, I1)))
    b.call(memset, [ptr, ConstantInt(I8, 0), b.cast("zext", size, I64), ConstantInt(I1, 0)])
