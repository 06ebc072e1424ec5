"""Printer for the SSA model: the mirror of `parser.py`, producing IR that LLVM's parser reads.

Unnamed locals get numbers in order (arguments, then each block's label and results), as
LLVM's slot tracker assigns them; that keeps clang's numbered IR valid after enzymec inserts
or removes instructions. Text the model kept verbatim is printed back unchanged.
"""

from __future__ import annotations

import math
import struct

from .function import Function
from .instructions import (AggregateInst, AllocaInst, AtomicRMWInst, Block, CallInst, CmpInst,
                           CmpXchgInst, DebugRecord, FenceInst, GepInst, Instruction,
                           InvokeInst, LandingPadInst, MemoryInst, PhiInst, SwitchInst,
                           BINARY_OPS, CAST_OPS)
from .module import Module
from .types import (ArrayType, FloatType, NamedStructType, StructType, VectorType, VOID,
                    quote_name)
from .values import (Argument, ConstantAggregate, ConstantExpr, ConstantFloat, ConstantInt,
                     ConstantSplat, ConstantString, GlobalAlias, GlobalValue, InlineAsm,
                     MetadataValue, Placeholder, RawConstant, SimpleConstant, Value)


def print_module(module: Module) -> str:
    return ModulePrinter(module).print_module()


def print_function(function: Function) -> str:
    return ModulePrinter(function.module).print_function(function)


def format_float(value: float, ty: FloatType) -> str:
    """A bit-exact literal for `value` at type `ty` (LLVM's hex spelling: `float` and
    `double` as the double's bits; the others in their own formats, each holding every
    double exactly but bfloat and half, which round as a conversion would)."""
    if ty.kind == "half":
        return "0xH%04X" % struct.unpack("<H", _packed("<e", value))[0]
    if ty.kind == "bfloat":
        return "0xR%04X" % _bfloat_bits(value)
    if ty.kind == "x86_fp80":
        sign, exponent, mantissa = _extended(value, 16383, 0x7FFF, 63)
        return "0xK%04X%016X" % (sign << 15 | exponent, mantissa)
    if ty.kind == "fp128":  # LLVM writes the low 64 bits first
        sign, exponent, mantissa = _extended(value, 16383, 0x7FFF, 112)
        bits = (sign << 127) | (exponent << 112) | (mantissa & ((1 << 112) - 1))
        return "0xL%016X%016X" % (bits & ((1 << 64) - 1), bits >> 64)
    if ty.kind == "ppc_fp128":  # a pair of doubles, the high one first; the low one 0
        return "0xM%016X%016X" % (struct.unpack("<Q", struct.pack("<d", value))[0], 0)
    if ty.kind == "float":
        value = struct.unpack("<f", _packed("<f", value))[0]
    return "0x%016X" % struct.unpack("<Q", struct.pack("<d", value))[0]


def _packed(fmt: str, value: float) -> bytes:
    """`value` packed in a narrower format, an infinity of its sign where it is out of
    range (as a conversion rounds it; struct refuses)."""
    try:
        return struct.pack(fmt, value)
    except OverflowError:
        return struct.pack(fmt, math.copysign(math.inf, value))


def _extended(value: float, bias: int, top: int, fraction_bits: int) -> tuple[int, int, int]:
    """(sign, biased exponent, significand) of a double in a wider binary format whose
    significand has `fraction_bits` bits after the point (x86_fp80 also stores the bit
    before it, which the caller's mask keeps or drops): exact, a double's subnormals
    included (they are normal there)."""
    sign = 1 if math.copysign(1.0, value) < 0 else 0
    if math.isnan(value):
        return sign, top, 3 << (fraction_bits - 1)  # a quiet NaN
    if math.isinf(value):
        return sign, top, 1 << fraction_bits
    if value == 0:
        return sign, 0, 0
    m, e = math.frexp(abs(value))  # |value| = m 2^e, 0.5 <= m < 1, m with at most 53 bits
    return sign, e - 1 + bias, int(m * 2.0 ** 53) << (fraction_bits + 1 - 53)


def _bfloat_bits(value: float) -> int:
    """The upper 16 bits of the float nearest `value`, rounded to nearest even (NaN kept)."""
    if math.isnan(value):
        return 0x7FC0 | (0x8000 if math.copysign(1, value) < 0 else 0)
    if abs(value) >= 3.3961775292304277e38:  # rounds past bfloat's largest, 0x7F7F
        return 0x7F80 | (0x8000 if value < 0 else 0)
    bits = struct.unpack("<I", _packed("<f", value))[0]
    return (bits + 0x7FFF + ((bits >> 16) & 1)) >> 16


class ModulePrinter:
    def __init__(self, module: Module | None):
        self.module = module
        self.slots: dict[Value, str] = {}
        self._struct_texts: dict[int, tuple] = {}  # id -> (literal struct type, its text)

    # -- module -----------------------------------------------------------------------------
    def print_module(self) -> str:
        m = self.module
        out = list(m.header)
        out.append("")
        for name, body in m.struct_bodies.items():
            out.append(f"%{quote_name(name)} = type {body if body is not None else 'opaque'}")
        if m.struct_bodies:
            out.append("")
        out.extend(self.print_global(g) for g in m.globals)
        for function in m.functions:
            out.append("")
            out.append(self.print_function(function))
        out.append("")
        out.extend(m.trailer)
        return "\n".join(out) + "\n"

    def print_global(self, g) -> str:
        head = f"@{quote_name(g.name)} = {g.prefix + ' ' if g.prefix else ''}"
        if isinstance(g, GlobalAlias):
            text = f"{head}{g.kind} {g.value_type}, {self.typed(g.aliasee)}"
        else:
            kind = "constant" if g.is_constant else "global"
            init = f" {self.ref(g.initializer)}" if g.initializer is not None else ""
            text = f"{head}{kind} {g.value_type}{init}"
        return text + _spaced_suffix(g.suffix)

    # -- functions --------------------------------------------------------------------------
    def print_function(self, f: Function) -> str:
        lazy = f.lazy_body
        if lazy is None:
            self.number_locals(f)
        else:  # the arguments as the body's text names them
            self.slots = {arg: "%" + quote_name(name)
                          for arg, name in zip(f.args, lazy.arg_names)}
        params = []
        for arg in f.args:
            text = f"{arg.type}{' ' + arg.attrs if arg.attrs else ''}"
            params.append(text + (f" {self.ref(arg)}" if not f.is_declaration else ""))
        if f.function_type.varargs:
            params.append("...")
        keyword = "declare" if f.is_declaration else "define"
        prefix = f"{f.prefix} " if f.prefix else ""
        head = (f"{keyword} {prefix}{f.return_type} @{quote_name(f.name)}({', '.join(params)})"
                f"{' ' + f.suffix if f.suffix else ''}")
        if f.is_declaration:
            return head
        if lazy is not None:  # never read, so as it was (lazy_bodies.py)
            return f"{head} {lazy.printed()}"
        lines = [head + " {"]
        for index, block in enumerate(f.blocks):
            if index or block.name:
                lines.append(("" if index == 0 else "\n") + self.label(block) + ":")
            for inst in block.instructions:
                if inst.debug_records:  # most have none: no generator for them
                    lines.extend("    " + self.print_debug_record(r) for r in inst.debug_records)
                lines.append("  " + self.print_instruction(inst))
        lines.append("}")
        return "\n".join(lines)

    def number_locals(self, f: Function) -> None:
        self.slots = {}
        counter = 0
        values = list(f.args)
        for block in f.blocks:
            values.append(block)
            values.extend(i for i in block.instructions if i.type != VOID)
        for value in values:
            if value.name:
                self.slots[value] = "%" + quote_name(value.name)
            else:
                self.slots[value] = f"%{counter}"
                counter += 1

    def label(self, block: Block) -> str:
        return self.slots[block][1:]

    def print_debug_record(self, record: DebugRecord) -> str:
        parts = [p if isinstance(p, str) else self.typed(record.operands[p])
                 if isinstance(p, int) else self.arg_list(record, p) for p in record.parts]
        return f"#dbg_{record.kind}({', '.join(parts)})"

    def arg_list(self, record: DebugRecord, indices: list[int]) -> str:
        values = ", ".join(self.typed(record.operands[i]) for i in indices)
        return f"!DIArgList({values})"

    # -- values -----------------------------------------------------------------------------
    def typed(self, value: Value) -> str:
        return f"{value.type} {self.ref(value)}"

    def ref(self, v: Value) -> str:
        slot = self.slots.get(v)
        if slot is not None:
            return slot
        if isinstance(v, GlobalValue):
            return "@" + quote_name(v.name)
        if isinstance(v, ConstantInt):
            return ("true" if v.value else "false") if v.type.bits == 1 else str(v.value)
        if isinstance(v, ConstantFloat):
            return v.text or format_float(v.value, v.type)
        if isinstance(v, SimpleConstant):
            return v.keyword
        if isinstance(v, ConstantString):
            return f'c"{v.text}"'
        if isinstance(v, (RawConstant, InlineAsm)):
            return v.text
        if isinstance(v, ConstantAggregate):
            return self.print_aggregate(v)
        if isinstance(v, ConstantSplat):
            return f"splat ({self.typed(v.operands[0])})"
        if isinstance(v, ConstantExpr):
            return self.print_constant_expr(v)
        if isinstance(v, MetadataValue):
            return self.typed(v.operands[0])
        if isinstance(v, (Argument, Instruction, Block, Placeholder)):
            return "%" + quote_name(v.name) if v.name else "%<unnumbered>"
        raise TypeError(f"cannot print {v!r}")

    def print_aggregate(self, v: ConstantAggregate) -> str:
        body = ", ".join(self.typed(op) for op in v.operands)
        ty = v.type
        if isinstance(ty, NamedStructType) and self.module is not None:
            ty = self.module.struct_bodies.get(ty.name) or ty
        if isinstance(ty, ArrayType):
            return f"[{body}]"
        if isinstance(ty, VectorType):
            return f"<{body}>"
        packed = isinstance(ty, StructType) and ty.packed
        if not body:
            return "<{}>" if packed else "{}"
        return f"<{{ {body} }}>" if packed else f"{{ {body} }}"

    def print_constant_expr(self, v: ConstantExpr) -> str:
        flags = f" {v.flags}" if v.flags else ""
        ops = ", ".join(self.typed(op) for op in v.operands)
        if v.opcode == "getelementptr":
            return f"getelementptr{flags} ({v.source_type}, {ops})"
        if v.opcode in CAST_OPS:
            return f"{v.opcode}{flags} ({ops} to {v.type})"
        return f"{v.opcode}{flags} ({ops})"

    # -- instructions -----------------------------------------------------------------------
    def print_instruction(self, inst: Instruction) -> str:
        body = _INSTRUCTION_PRINTERS.get(inst.opcode, ModulePrinter.print_generic)(self, inst)
        lhs = f"{self.ref(inst)} = " if inst.type != VOID else ""
        if not inst.metadata:
            return f"{lhs}{body}"
        attachments = "".join(f", !{kind} {node}" for kind, node in inst.metadata)
        return f"{lhs}{body}{attachments}"

    def head(self, inst: Instruction) -> str:
        return f"{inst.opcode} {inst.flags} " if inst.flags else f"{inst.opcode} "

    def print_generic(self, inst: Instruction) -> str:
        if inst.opcode in BINARY_OPS:
            a, b = inst.operands
            return f"{self.head(inst)}{self.typed(a)}, {self.ref(b)}"
        if inst.opcode in CAST_OPS:
            return f"{self.head(inst)}{self.typed(inst.operands[0])} to {inst.type}"
        ops = ", ".join(self.typed(op) for op in inst.operands)
        return f"{self.head(inst)}{ops}".rstrip()

    def print_cmp(self, inst: CmpInst) -> str:
        a, b = inst.operands
        return f"{self.head(inst)}{inst.predicate} {self.typed(a)}, {self.ref(b)}"

    def print_phi(self, inst: PhiInst) -> str:
        pairs = ", ".join(f"[ {self.ref(v)}, {self.ref(b)} ]" for v, b in inst.incoming)
        return f"{self.head(inst)}{inst.type} {pairs}"

    def print_alloca(self, inst: AllocaInst) -> str:
        text = f"{self.head(inst)}{inst.allocated_type}"
        if inst.operands:
            text += f", {self.typed(inst.operands[0])}"
        if inst.align:
            text += f", align {inst.align}"
        return text + (f", {inst.suffix}" if inst.suffix else "")

    def memory_tail(self, inst: MemoryInst) -> str:
        text = f" {inst.ordering}" if inst.ordering else ""
        return text + (f", align {inst.align}" if inst.align else "")

    def memory_head(self, inst: MemoryInst) -> str:
        words = [inst.opcode] + (["atomic"] if inst.flags == "atomic" else [])
        return " ".join(words + (["volatile"] if inst.volatile else [])) + " "

    def print_load(self, inst: MemoryInst) -> str:
        ptr = self.typed(inst.operands[0])
        return f"{self.memory_head(inst)}{inst.type}, {ptr}{self.memory_tail(inst)}"

    def print_store(self, inst: MemoryInst) -> str:
        value, ptr = inst.operands
        return f"{self.memory_head(inst)}{self.typed(value)}, {self.typed(ptr)}{self.memory_tail(inst)}"

    def print_gep(self, inst: GepInst) -> str:
        ops = ", ".join(self.typed(op) for op in inst.operands)
        return f"{self.head(inst)}{self.source_type(inst.source_type)}, {ops}"

    def source_type(self, ty) -> str:
        """A GEP's source type; a literal struct's text once per type object (a split
        pair's record, hundreds of fields, is the source of a GEP per field: printing it
        each time made the printing quadratic). Types are immutable; the entry keeps the
        type alive, so its id is not reused."""
        if not isinstance(ty, StructType):
            return str(ty)
        found = self._struct_texts.get(id(ty))
        if found is None:
            found = self._struct_texts[id(ty)] = (ty, str(ty))
        return found[1]

    def print_aggregate_inst(self, inst: AggregateInst) -> str:
        ops = ", ".join(self.typed(op) for op in inst.operands)
        return f"{self.head(inst)}{ops}, {', '.join(map(str, inst.indices))}"

    def print_ret(self, inst: Instruction) -> str:
        return f"ret {self.typed(inst.operands[0])}" if inst.operands else "ret void"

    def print_switch(self, inst: SwitchInst) -> str:
        cond, default = inst.operands[:2]
        cases = "".join(f"\n    {self.typed(c)}, {self.typed(b)}" for c, b in inst.cases)
        return f"switch {self.typed(cond)}, {self.typed(default)} [{cases}\n  ]"

    def print_indirectbr(self, inst: Instruction) -> str:
        targets = ", ".join(self.typed(b) for b in inst.operands[1:])
        return f"indirectbr {self.typed(inst.operands[0])}, [{targets}]"

    def print_call(self, inst: CallInst) -> str:
        args = ", ".join(f"{a.type}{' ' + attrs if attrs else ''} {self.ref(a)}"
                         for a, attrs in zip(inst.args, inst.arg_attrs))
        ty = inst.function_type if inst.explicit_type else inst.type
        words = [w for w in (inst.tail, inst.opcode, inst.prefix, str(ty)) if w]
        text = f"{' '.join(words)} {self.ref(inst.callee)}({args})"
        if inst.fn_attrs:
            text += " " + inst.fn_attrs
        if isinstance(inst, InvokeInst):
            normal, unwind = inst.operands[-2:]
            text += f"\n          to {self.typed(normal)} unwind {self.typed(unwind)}"
        return text

    def print_landingpad(self, inst: LandingPadInst) -> str:
        text = f"landingpad {inst.type}" + ("\n          cleanup" if inst.cleanup else "")
        for kind, value in zip(inst.clause_kinds, inst.operands):
            text += f"\n          {kind} {self.typed(value)}"
        return text

    def print_va_arg(self, inst: Instruction) -> str:
        return f"va_arg {self.typed(inst.operands[0])}, {inst.type}"

    def print_atomicrmw(self, inst: AtomicRMWInst) -> str:
        ptr, value = inst.operands
        volatile = "volatile " if inst.volatile else ""
        return (f"atomicrmw {volatile}{inst.operation} {self.typed(ptr)}, {self.typed(value)}"
                f"{self.memory_tail(inst)}")

    def print_cmpxchg(self, inst: CmpXchgInst) -> str:
        words = ["cmpxchg"] + (["weak"] if inst.weak else []) + (["volatile"] if inst.volatile else [])
        ops = ", ".join(self.typed(op) for op in inst.operands)
        return f"{' '.join(words)} {ops}{self.memory_tail(inst)}"

    def print_fence(self, inst: FenceInst) -> str:
        return f"fence {inst.ordering}"


def _spaced_suffix(suffix: str) -> str:
    if not suffix:
        return ""
    return suffix if suffix.startswith(",") else " " + suffix


_INSTRUCTION_PRINTERS = {
    "icmp": ModulePrinter.print_cmp, "fcmp": ModulePrinter.print_cmp,
    "phi": ModulePrinter.print_phi, "alloca": ModulePrinter.print_alloca,
    "load": ModulePrinter.print_load, "store": ModulePrinter.print_store,
    "getelementptr": ModulePrinter.print_gep,
    "extractvalue": ModulePrinter.print_aggregate_inst,
    "insertvalue": ModulePrinter.print_aggregate_inst,
    "ret": ModulePrinter.print_ret, "switch": ModulePrinter.print_switch,
    "indirectbr": ModulePrinter.print_indirectbr,
    "call": ModulePrinter.print_call, "invoke": ModulePrinter.print_call,
    "landingpad": ModulePrinter.print_landingpad, "va_arg": ModulePrinter.print_va_arg,
    "atomicrmw": ModulePrinter.print_atomicrmw, "cmpxchg": ModulePrinter.print_cmpxchg,
    "fence": ModulePrinter.print_fence,
}
