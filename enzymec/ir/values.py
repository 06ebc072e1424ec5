"""Values of the SSA model: the use-list machinery, constants, arguments and globals.

Every Value hashes by identity (analyses key dicts by values) and keeps a use-list of
`(user, operand_index)` pairs (UseList), so `replace_all_uses_with` costs O(uses) and
changing one operand O(1). A `User` owns an operand list and keeps its operands' use-lists in step whenever an operand changes.
Instructions, blocks and functions live in their own modules and build on these classes.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from .types import PTR, Type


class UseList(dict):
    """A value's uses: `(user, operand_index)` pairs in the order they were made, with a
    list's `append`/`remove` but O(1) removal (a value with tens of thousands of uses, such
    as an argument every statement reads, made `set_operand` quadratic as a list).
    Iterating while the uses change raises instead of skipping one, as a list would."""

    __slots__ = ()

    def append(self, use: tuple) -> None:
        self[use] = None

    def remove(self, use: tuple) -> None:
        del self[use]


class Value:
    """Anything that can be an operand: has a type, an optional name and a use-list."""

    __slots__ = ("type", "name", "uses")
    # a Function says so itself, so that instructions need not import function.py (which
    # imports them) to tell a direct call from an indirect one
    is_function = False

    def __init__(self, type: Type, name: str = ""):
        self.type = type
        self.name = name
        self.uses: UseList = UseList()

    @property
    def users(self) -> Iterator["User"]:
        return (user for user, _ in self.uses)

    def replace_all_uses_with(self, new: "Value") -> None:
        for user, index in list(self.uses):
            user.set_operand(index, new)

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.type} %{self.name}>"


class User(Value):
    """A value with operands (instructions and constant expressions)."""

    __slots__ = ("operands",)

    def __init__(self, type: Type, operands: Iterable[Value] = (), name: str = ""):
        super().__init__(type, name)
        self.operands: list[Value] = []
        for op in operands:
            self.append_operand(op)

    def append_operand(self, value: Value) -> None:
        value.uses.append((self, len(self.operands)))
        self.operands.append(value)

    def set_operand(self, index: int, value: Value) -> None:
        old = self.operands[index]
        old.uses.remove((self, index))
        self.operands[index] = value
        value.uses.append((self, index))

    def set_operands(self, values: Iterable[Value]) -> None:
        """Replace the whole operand list (used when an instruction's shape changes)."""
        self.drop_operands()
        for value in values:
            self.append_operand(value)

    def drop_operands(self) -> None:
        for index, op in enumerate(self.operands):
            op.uses.remove((self, index))
        self.operands = []


class Argument(Value):
    """A formal parameter; `attrs` keeps its parameter attributes as text."""

    __slots__ = ("function", "attrs", "index")

    def __init__(self, type: Type, name: str = "", attrs: str = "", index: int = 0):
        super().__init__(type, name)
        self.function = None
        self.attrs = attrs
        self.index = index


class Placeholder(Value):
    """A forward reference the parser resolves once the definition is seen."""

    __slots__ = ()


# ---------------------------------------------------------------------------------------------
# constants


class Constant(Value):
    __slots__ = ()


class ConstantInt(Constant):
    __slots__ = ("value",)

    def __init__(self, type: Type, value: int):
        super().__init__(type)
        self.value = value


class ConstantFloat(Constant):
    """A floating-point literal; `text` keeps its exact spelling (hex forms are bit-exact)."""

    __slots__ = ("value", "text")

    def __init__(self, type: Type, value: float, text: str | None = None):
        super().__init__(type)
        self.value = value
        self.text = text


class SimpleConstant(Constant):
    """`null`, `undef`, `poison`, `zeroinitializer`, `none`: identified by keyword."""

    __slots__ = ("keyword",)

    def __init__(self, type: Type, keyword: str):
        super().__init__(type)
        self.keyword = keyword


class ConstantString(Constant):
    """`c"..."` byte arrays; `text` is the escaped body as LLVM prints it."""

    __slots__ = ("text",)

    def __init__(self, type: Type, text: str):
        super().__init__(type)
        self.text = text


class ConstantAggregate(User, Constant):
    """Arrays `[...]`, structs `{...}` / `<{...}>` and vectors `<...>` of constants."""

    __slots__ = ()


class ConstantSplat(User, Constant):
    """`splat (T v)`: a vector with every lane equal to its single operand."""

    __slots__ = ()


class ConstantExpr(User, Constant):
    """A constant expression such as `getelementptr inbounds (i8, ptr @g, i64 8)`.

    `source_type` is the GEP's source element type; `target` the cast's destination type;
    `flags` are keywords kept as text (`inbounds`, `nuw`, ...).
    """

    __slots__ = ("opcode", "flags", "source_type")

    def __init__(self, type: Type, opcode: str, operands: Iterable[Value], flags: str = "",
                 source_type: Type | None = None):
        super().__init__(type, operands)
        self.opcode = opcode
        self.flags = flags
        self.source_type = source_type


class RawConstant(Constant):
    """A constant enzymec does not interpret (`blockaddress(...)`, metadata operands, asm),
    printed back as its original text."""

    __slots__ = ("text",)

    def __init__(self, type: Type, text: str):
        super().__init__(type)
        self.text = text


class MetadataValue(User, Constant):
    """`metadata <ty> <value>` as a call argument: wraps a value so its use is tracked."""

    __slots__ = ()


class InlineAsm(Constant):
    """The callee of `call ... asm sideeffect "..." , "..."(...)`, kept as text."""

    __slots__ = ("text",)

    def __init__(self, type: Type, text: str):
        super().__init__(type)
        self.text = text


# ---------------------------------------------------------------------------------------------
# globals


class GlobalValue(Constant):
    """A module-level symbol; its value is its address, so its type is a pointer."""

    __slots__ = ("module",)

    def __init__(self, name: str):
        super().__init__(PTR, name)
        self.module = None


class GlobalVariable(GlobalValue):
    """`@name = <prefix> global|constant <T> [init][, suffix]`.

    `prefix` (linkage, visibility, unnamed_addr, ...) and `suffix` (section, comdat, align,
    metadata) are kept as text: enzymec reads only `is_constant`, the value type and the
    initializer.
    """

    __slots__ = ("prefix", "is_constant", "value_type", "initializer", "suffix")

    def __init__(self, name: str):
        super().__init__(name)
        self.prefix = ""
        self.is_constant = False
        self.value_type: Type = PTR
        self.initializer: Constant | None = None
        self.suffix = ""

    @property
    def is_declaration(self) -> bool:
        return self.initializer is None


class GlobalAlias(GlobalValue):
    """`@a = <prefix> alias|ifunc <T>, <aliasee>[, suffix]`."""

    __slots__ = ("prefix", "kind", "value_type", "aliasee", "suffix")

    def __init__(self, name: str):
        super().__init__(name)
        self.prefix = ""
        self.kind = "alias"
        self.value_type: Type = PTR
        self.aliasee: Constant | None = None
        self.suffix = ""
