"""LLVM types as immutable values that compare by structure and print as LLVM syntax.

Named (identified) structs are referenced by name; their bodies live in the Module, so a
recursive struct (`%struct.node = type { double, ptr }`) needs no cycle in the type graph.
Sizes follow the x86-64 System V data layout that clang emits for the host.
"""

from __future__ import annotations

from dataclasses import dataclass


class Type:
    """Base of every LLVM type; subclasses are frozen dataclasses."""

    __slots__ = ()

    @property
    def is_float(self) -> bool:
        return isinstance(self, FloatType)

    @property
    def is_integer(self) -> bool:
        return isinstance(self, IntType)

    @property
    def is_pointer(self) -> bool:
        return isinstance(self, PointerType)

    @property
    def is_void(self) -> bool:
        return isinstance(self, VoidType)

    @property
    def scalar(self) -> "Type":
        """The element type of a vector, or the type itself."""
        return self.element if isinstance(self, VectorType) else self


@dataclass(frozen=True, slots=True)
class VoidType(Type):
    def __str__(self) -> str:
        return "void"


@dataclass(frozen=True, slots=True)
class LabelType(Type):
    def __str__(self) -> str:
        return "label"


@dataclass(frozen=True, slots=True)
class MetadataType(Type):
    def __str__(self) -> str:
        return "metadata"


@dataclass(frozen=True, slots=True)
class TokenType(Type):
    def __str__(self) -> str:
        return "token"


@dataclass(frozen=True, slots=True)
class IntType(Type):
    bits: int

    def __str__(self) -> str:
        return f"i{self.bits}"


# bit widths of the floating-point kinds LLVM knows
FLOAT_BITS = {"half": 16, "bfloat": 16, "float": 32, "double": 64,
              "x86_fp80": 80, "fp128": 128, "ppc_fp128": 128}


@dataclass(frozen=True, slots=True)
class FloatType(Type):
    kind: str  # one of FLOAT_BITS

    def __str__(self) -> str:
        return self.kind

    @property
    def bits(self) -> int:
        return FLOAT_BITS[self.kind]


@dataclass(frozen=True, slots=True)
class PointerType(Type):
    addrspace: int = 0

    def __str__(self) -> str:
        return f"ptr addrspace({self.addrspace})" if self.addrspace else "ptr"


@dataclass(frozen=True, slots=True)
class ArrayType(Type):
    count: int
    element: Type

    def __str__(self) -> str:
        return f"[{self.count} x {self.element}]"


@dataclass(frozen=True, slots=True)
class VectorType(Type):
    count: int
    element: Type
    scalable: bool = False

    def __str__(self) -> str:
        prefix = "vscale x " if self.scalable else ""
        return f"<{prefix}{self.count} x {self.element}>"


@dataclass(frozen=True, slots=True)
class StructType(Type):
    """A literal struct type `{ i32, double }` (packed: `<{ ... }>`)."""

    elements: tuple[Type, ...]
    packed: bool = False

    def __str__(self) -> str:
        if not self.elements:
            return "<{}>" if self.packed else "{}"
        body = ", ".join(str(t) for t in self.elements)
        return f"<{{ {body} }}>" if self.packed else f"{{ {body} }}"


@dataclass(frozen=True, slots=True)
class NamedStructType(Type):
    """An identified struct `%struct.S`; its body is `module.struct_bodies[name]`."""

    name: str

    def __str__(self) -> str:
        return "%" + quote_name(self.name)


@dataclass(frozen=True, slots=True)
class TargetExtType(Type):
    """`target("name", ...)`: kept as its text; enzymec never looks inside."""

    text: str

    def __str__(self) -> str:
        return self.text


@dataclass(frozen=True, slots=True)
class FunctionType(Type):
    return_type: Type
    params: tuple[Type, ...]
    varargs: bool = False

    def __str__(self) -> str:
        params = [str(p) for p in self.params] + (["..."] if self.varargs else [])
        return f"{self.return_type} ({', '.join(params)})"


VOID = VoidType()
LABEL = LabelType()
METADATA = MetadataType()
TOKEN = TokenType()
I1 = IntType(1)
I8 = IntType(8)
I32 = IntType(32)
I64 = IntType(64)
FLOAT = FloatType("float")
DOUBLE = FloatType("double")
PTR = PointerType()


_PLAIN_NAME_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-$._")


def quote_name(name: str) -> str:
    """Spell a local/global name the way LLVM's printer does (quoted when needed).

    A name holds one character per byte (`lexer.unquote` decodes `\\XX` that way), so every
    character outside printable ASCII is spelled `\\XX` again, as LLVM does: printed raw, a
    byte such as 0xE9 would come back as its two-byte UTF-8 encoding, another symbol.
    """
    if name and all(c in _PLAIN_NAME_CHARS for c in name) and not name[0].isdigit():
        return name
    if name.isascii() and name.isdigit():
        return name
    escaped = "".join(c if " " <= c <= "~" and c not in '"\\' else f"\\{ord(c):02X}"
                      for c in name)
    return f'"{escaped}"'
