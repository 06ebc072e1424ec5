"""Instructions: one generic class for the arithmetic-like opcodes, subclasses where the
syntax carries more than an opcode, a type and operands (as llvmlite's `ir` does).

Blocks are Values of type `label`, and branch targets and phi incoming blocks are ordinary
operands, so a block's use-list is its set of predecessors' terminators (plus phis), and
`replace_all_uses_with` retargets edges as it renames values.
"""

from __future__ import annotations

from collections.abc import Iterator

from .types import LABEL, VOID, FunctionType, Type
from .values import SimpleConstant, User, Value

BINARY_OPS = frozenset("add sub mul udiv sdiv urem srem shl lshr ashr and or xor "
                       "fadd fsub fmul fdiv frem".split())
CAST_OPS = frozenset("trunc zext sext fptrunc fpext fptoui fptosi uitofp sitofp ptrtoint "
                     "inttoptr bitcast addrspacecast".split())
UNARY_OPS = frozenset({"fneg", "freeze"})
TERMINATORS = frozenset("ret br switch indirectbr invoke resume unreachable callbr".split())


class Instruction(User):
    """`%name = opcode [flags] operands` with its metadata attachments kept as text.

    `flags` holds the keywords between opcode and operands (`nsw`, `exact`, `fast`, ...).
    `metadata` is the list of `(kind, node)` attachments such as `("dbg", "!12")`.
    `debug_records` are the `#dbg_value(...)` lines LLVM attaches before this instruction.
    """

    __slots__ = ("opcode", "block", "flags", "metadata", "debug_records")

    def __init__(self, opcode: str, type: Type, operands=(), name: str = "", flags: str = ""):
        super().__init__(type, operands, name)
        self.opcode = opcode
        self.block: Block | None = None
        self.flags = flags
        self.metadata: list[tuple[str, str]] = []
        self.debug_records: list[DebugRecord] = []

    @property
    def is_terminator(self) -> bool:
        return self.opcode in TERMINATORS

    @property
    def function(self):
        return self.block.function if self.block else None

    def get_metadata(self, kind: str) -> str | None:
        for key, node in self.metadata:
            if key == kind:
                return node
        return None

    def successors(self) -> list["Block"]:
        return [op for op in self.operands if isinstance(op, Block)] if self.is_terminator else []

    # -- placement -------------------------------------------------------------------------
    def position(self) -> int:
        """The index of this instruction in its block (found from a hint: _index_in_block)."""
        return _index_in_block(self.block, self)

    def next_instruction(self) -> "Instruction":
        return self.block.instructions[self.position() + 1]

    def after_definition(self) -> "Instruction":
        """The instruction before which code using this value may go: the next one, or
        for a phi the block's first non-phi (phis stay together at the top)."""
        if isinstance(self, PhiInst):
            return self.block.first_non_phi()
        return self.next_instruction()

    def insert_before(self, other: "Instruction") -> None:
        block = other.block
        block.insert(_index_in_block(block, other), self)

    def insert_after(self, other: "Instruction") -> None:
        block = other.block
        block.insert(_index_in_block(block, other) + 1, self)

    def remove_from_block(self) -> None:
        self.block.instructions.remove(self)
        self.block = None

    def move_before(self, other: "Instruction") -> None:
        self.remove_from_block()
        self.insert_before(other)

    def erase(self) -> None:
        """Delete an instruction that nothing uses any more (debug records forget it)."""
        for user, index in list(self.uses):
            if isinstance(user, DebugRecord):
                user.set_operand(index, _poison(self.type))
        if self.uses:
            raise ValueError(f"cannot erase %{self.name}: it still has {len(self.uses)} uses")
        self.remove_from_block()
        self.drop_operands()


class CmpInst(Instruction):
    """`icmp`/`fcmp` with a predicate (`slt`, `olt`, ...)."""

    __slots__ = ("predicate",)

    def __init__(self, opcode, predicate, lhs, rhs, type, name="", flags=""):
        super().__init__(opcode, type, (lhs, rhs), name, flags)
        self.predicate = predicate


class PhiInst(Instruction):
    """`phi T [v0, %b0], [v1, %b1]`: operands alternate value, block."""

    __slots__ = ()

    @property
    def incoming(self) -> list[tuple[Value, "Block"]]:
        ops = self.operands
        return [(ops[i], ops[i + 1]) for i in range(0, len(ops), 2)]

    def add_incoming(self, value: Value, block: "Block") -> None:
        self.append_operand(value)
        self.append_operand(block)

    def incoming_value_for(self, block: "Block") -> Value:
        for value, pred in self.incoming:
            if pred is block:
                return value
        raise KeyError(block.name)


class CallInst(Instruction):
    """`call`/`invoke`: operands are the arguments, then the callee (then, for invoke, the
    normal and unwind blocks). Attribute text is kept verbatim per position:
    `prefix` (tail marker, fast-math flags, calling convention, return attributes),
    `arg_attrs[i]`, and `fn_attrs` (function attributes and operand bundles)."""

    __slots__ = ("function_type", "tail", "prefix", "arg_attrs", "fn_attrs", "explicit_type")

    def __init__(self, function_type: FunctionType, callee: Value, args, name="", opcode="call"):
        super().__init__(opcode, function_type.return_type, list(args) + [callee], name)
        self.function_type = function_type
        self.tail = ""
        self.prefix = ""
        self.arg_attrs = [""] * len(args)
        self.fn_attrs = ""
        self.explicit_type = function_type.varargs

    @property
    def arg_count(self) -> int:
        return len(self.arg_attrs)

    @property
    def args(self) -> list[Value]:
        return self.operands[:self.arg_count]

    @property
    def callee(self) -> Value:
        return self.operands[self.arg_count]

    @property
    def called_function(self):
        """The Function called directly, or None for indirect calls and inline asm."""
        callee = self.callee
        return callee if callee.is_function else None


class InvokeInst(CallInst):
    __slots__ = ()

    def __init__(self, function_type, callee, args, normal, unwind, name=""):
        super().__init__(function_type, callee, args, name, opcode="invoke")
        self.append_operand(normal)
        self.append_operand(unwind)


class MemoryInst(Instruction):
    """Fields shared by load, store, atomicrmw and cmpxchg: alignment, volatility and
    atomic ordering text (`syncscope("x") seq_cst`)."""

    __slots__ = ("align", "volatile", "ordering")

    def __init__(self, opcode, type, operands, name="", align=None, volatile=False, ordering=""):
        super().__init__(opcode, type, operands, name)
        self.align = align
        self.volatile = volatile
        self.ordering = ordering

    @property
    def pointer(self) -> Value:
        return self.operands[1] if self.opcode == "store" else self.operands[0]


class AllocaInst(Instruction):
    """`alloca T[, iN count][, align A]`; `suffix` keeps addrspace and other text."""

    __slots__ = ("allocated_type", "align", "suffix")

    def __init__(self, allocated_type, type, count=None, name="", align=None):
        super().__init__("alloca", type, [count] if count is not None else [], name)
        self.allocated_type = allocated_type
        self.align = align
        self.suffix = ""


class GepInst(Instruction):
    """`getelementptr [flags] SourceT, ptr %base, idx...`."""

    __slots__ = ("source_type",)

    def __init__(self, source_type, type, base, indices, name="", flags=""):
        super().__init__("getelementptr", type, [base, *indices], name, flags)
        self.source_type = source_type


class AggregateInst(Instruction):
    """`extractvalue`/`insertvalue` with constant indices."""

    __slots__ = ("indices",)

    def __init__(self, opcode, type, operands, indices, name=""):
        super().__init__(opcode, type, operands, name)
        self.indices = list(indices)


class SwitchInst(Instruction):
    """`switch T %v, label %default [ T c, label %b ... ]`: operands v, default, c0, b0, ..."""

    __slots__ = ()

    @property
    def cases(self) -> list[tuple[Value, "Block"]]:
        ops = self.operands
        return [(ops[i], ops[i + 1]) for i in range(2, len(ops), 2)]


class LandingPadInst(Instruction):
    """`landingpad T [cleanup] (catch|filter T v)*`: operands are the clause values."""

    __slots__ = ("cleanup", "clause_kinds")

    def __init__(self, type, name=""):
        super().__init__("landingpad", type, (), name)
        self.cleanup = False
        self.clause_kinds: list[str] = []


class AtomicRMWInst(MemoryInst):
    __slots__ = ("operation",)


class CmpXchgInst(MemoryInst):
    __slots__ = ("weak", "failure_ordering")


class FenceInst(Instruction):
    __slots__ = ("ordering",)


# ---------------------------------------------------------------------------------------------


class Block(Value):
    """A basic block: a label-typed value holding an ordered list of instructions."""

    __slots__ = ("function", "instructions")

    def __init__(self, name: str = ""):
        super().__init__(LABEL, name)
        self.function = None
        self.instructions: list[Instruction] = []

    def __iter__(self) -> Iterator[Instruction]:
        return iter(self.instructions)

    def insert(self, index: int, inst: Instruction) -> None:
        inst.block = self
        self.instructions.insert(index, inst)

    def append(self, inst: Instruction) -> None:
        inst.block = self
        self.instructions.append(inst)

    @property
    def terminator(self) -> Instruction | None:
        last = self.instructions[-1] if self.instructions else None
        return last if last is not None and last.is_terminator else None

    @property
    def successors(self) -> list["Block"]:
        # the CFG analyses ask this of every block again and again (gmm's AD: 10k times), so
        # it is written out: the terminator's block operands, each once, in their order
        insts = self.instructions
        if not insts or insts[-1].opcode not in TERMINATORS:
            return []
        blocks = [op for op in insts[-1].operands if isinstance(op, Block)]
        return blocks if len(blocks) < 2 else list(dict.fromkeys(blocks))

    @property
    def predecessors(self) -> list["Block"]:
        preds = (user.block for user, _ in self.uses
                 if isinstance(user, Instruction) and user.is_terminator and user.block)
        return _unique(preds)

    def edges_from(self, pred: "Block") -> int:
        """How many edges of `pred`'s terminator lead here: a switch may name one block in
        several cases, and a phi then has one entry per edge."""
        term = pred.terminator
        return sum(1 for succ in term.successors() if succ is self) if term else 0

    @property
    def phis(self) -> list[PhiInst]:
        result = []
        for inst in self.instructions:
            if not isinstance(inst, PhiInst):
                break
            result.append(inst)
        return result

    def first_non_phi(self) -> Instruction:
        for inst in self.instructions:
            if not isinstance(inst, PhiInst) and inst.opcode != "landingpad":
                return inst
        raise ValueError(f"block %{self.name} has no terminator")


def _unique(blocks) -> list:
    seen, out = set(), []
    for block in blocks:
        if block not in seen:
            seen.add(block)
            out.append(block)
    return out


def is_void(inst: Instruction) -> bool:
    return inst.type == VOID


def _poison(type: Type) -> Value:
    return SimpleConstant(type, "poison")


class DebugRecord(User):
    """A `#dbg_value(...)`/`#dbg_declare(...)` record attached before an instruction.

    `parts` lists the record's arguments in order: metadata text (str) or the index of a
    value operand, so that a value the record mentions is a tracked use and prints with its
    current name.
    """

    __slots__ = ("kind", "parts")

    def __init__(self, kind: str):
        super().__init__(VOID)
        self.kind = kind
        # metadata text, a value's operand index, or a !DIArgList's operand indices
        self.parts: list[str | int | list[int]] = []

    def add_value(self, value: Value) -> None:
        self.parts.append(len(self.operands))
        self.append_operand(value)


_LAST_POSITION: list = [None, 0]  # (block, position) of the last lookup: a hint only


def _index_in_block(block, inst) -> int:
    """The position of `inst` in `block`. Derivative code grows a few blocks (the entry's
    allocas, a reverse block) by inserting before their terminator thousands of times: that
    case is found at the end at once instead of by a scan of the whole block. Otherwise the
    search starts at the last position found in the same block and widens both ways, so a
    lookup near the previous one (inserting before one instruction again and again, walking
    one long block of straight-line code down or up: forward partners, preaccumulated chains
    from the last) costs its distance, not the block. The hint never decides the answer:
    `list.index` returns a true position of `inst`, or the whole block is scanned."""
    instructions = block.instructions
    if instructions and instructions[-1] is inst:
        return len(instructions) - 1
    last_block, last = _LAST_POSITION
    start = min(last, len(instructions)) if last_block is block else 0
    position = _search_out(instructions, inst, start)
    _LAST_POSITION[0], _LAST_POSITION[1] = block, position
    return position


def _search_out(instructions: list, inst, start: int) -> int:
    """list.index of `inst` in windows widening from `start` in both directions (each
    element is compared once)."""
    lo = hi = start
    width, size = 16, len(instructions)
    while lo > 0 or hi < size:
        new_lo, new_hi = max(lo - width, 0), min(hi + width, size)
        for a, b in ((hi, new_hi), (new_lo, lo)):
            if a < b:
                try:
                    return instructions.index(inst, a, b)
                except ValueError:
                    pass
        lo, hi, width = new_lo, new_hi, width * 2
    raise ValueError(f"{inst!r} is not in its block")
