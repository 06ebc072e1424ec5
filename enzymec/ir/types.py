"""LLVM types as immutable values that compare by structure and print as LLVM syntax.

Named (identified) structs are referenced by name; their bodies live in the Module, so a
recursive struct (`%struct.node = type { double, ptr }`) needs no cycle in the type graph.
Sizes follow the x86-64 System V data layout that clang emits for the host.
"""

from __future__ import annotations

from enzymec import regex_cache
from enzymec.records import init_field, refuse_assignment, refuse_deletion


class Type:
    """Base of every LLVM type; its subclasses are immutable values (_Value)."""

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


class _Value(Type):
    """A type value: immutable, equal to another of its class with equal fields, hashed as
    the tuple of its fields, printed by repr as `IntType(bits=64)`. This is what
    `dataclass(frozen=True, slots=True)` generated for each class below; written out once
    here because generating them (an `exec` per method) cost about 6 ms of every compile's
    start (benchmarks/RESULTS.md, compile time, seventh round). Each class sets its fields
    in its own __init__ (types are made often in the AD: a loop over names cost 1 us more
    per type) and gives them, in order, by `_values`."""

    __slots__ = ()
    _fields: tuple[str, ...] = ()

    def _values(self) -> tuple:
        return ()

    def __eq__(self, other):
        if self is other:  # the common case: the module's shared I64, DOUBLE, PTR
            return True
        if other.__class__ is not self.__class__:
            # not NotImplemented: Python would then ask `other` too before deciding False,
            # a second call for every `ty != VOID` of the printer and the builder
            return False
        return self._values() == other._values()

    def __hash__(self) -> int:
        return hash(self._values())

    def __repr__(self) -> str:
        pairs = zip(self._fields, self._values())
        return f"{type(self).__qualname__}({', '.join(f'{n}={v!r}' for n, v in pairs)})"

    __setattr__ = refuse_assignment  # dataclasses' FrozenInstanceError
    __delattr__ = refuse_deletion

    def __reduce__(self):
        return (self.__class__, self._values())

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


_set = init_field  # a value's own __setattr__ refuses


class VoidType(_Value):
    __slots__ = ()

    def __str__(self) -> str:
        return "void"


class LabelType(_Value):
    __slots__ = ()

    def __str__(self) -> str:
        return "label"


class MetadataType(_Value):
    __slots__ = ()

    def __str__(self) -> str:
        return "metadata"


class TokenType(_Value):
    __slots__ = ()

    def __str__(self) -> str:
        return "token"


class IntType(_Value):
    __slots__ = _fields = ("bits",)

    def __init__(self, bits: int) -> None:
        _set(self, "bits", bits)

    def _values(self) -> tuple:
        return (self.bits,)

    def __str__(self) -> str:
        return f"i{self.bits}"


# bit widths of the floating-point kinds LLVM knows
FLOAT_BITS = {"half": 16, "bfloat": 16, "float": 32, "double": 64,
              "x86_fp80": 80, "fp128": 128, "ppc_fp128": 128}


class FloatType(_Value):
    __slots__ = _fields = ("kind",)  # kind: one of FLOAT_BITS

    def __init__(self, kind: str) -> None:
        _set(self, "kind", kind)

    def _values(self) -> tuple:
        return (self.kind,)

    def __str__(self) -> str:
        return self.kind

    @property
    def bits(self) -> int:
        return FLOAT_BITS[self.kind]


class PointerType(_Value):
    __slots__ = _fields = ("addrspace",)

    def __init__(self, addrspace: int = 0) -> None:
        _set(self, "addrspace", addrspace)

    def _values(self) -> tuple:
        return (self.addrspace,)

    def __str__(self) -> str:
        return f"ptr addrspace({self.addrspace})" if self.addrspace else "ptr"


class ArrayType(_Value):
    __slots__ = _fields = ("count", "element")

    def __init__(self, count: int, element: Type) -> None:
        _set(self, "count", count)
        _set(self, "element", element)

    def _values(self) -> tuple:
        return (self.count, self.element)

    def __str__(self) -> str:
        return f"[{self.count} x {self.element}]"


class VectorType(_Value):
    __slots__ = _fields = ("count", "element", "scalable")

    def __init__(self, count: int, element: Type, scalable: bool = False) -> None:
        _set(self, "count", count)
        _set(self, "element", element)
        _set(self, "scalable", scalable)

    def _values(self) -> tuple:
        return (self.count, self.element, self.scalable)

    def __str__(self) -> str:
        prefix = "vscale x " if self.scalable else ""
        return f"<{prefix}{self.count} x {self.element}>"


class StructType(_Value):
    """A literal struct type `{ i32, double }` (packed: `<{ ... }>`)."""

    __slots__ = _fields = ("elements", "packed")

    def __init__(self, elements: tuple[Type, ...], packed: bool = False) -> None:
        _set(self, "elements", elements)
        _set(self, "packed", packed)

    def _values(self) -> tuple:
        return (self.elements, self.packed)

    def __str__(self) -> str:
        if not self.elements:
            return "<{}>" if self.packed else "{}"
        body = ", ".join(str(t) for t in self.elements)
        return f"<{{ {body} }}>" if self.packed else f"{{ {body} }}"


class NamedStructType(_Value):
    """An identified struct `%struct.S`; its body is `module.struct_bodies[name]`."""

    __slots__ = _fields = ("name",)

    def __init__(self, name: str) -> None:
        _set(self, "name", name)

    def _values(self) -> tuple:
        return (self.name,)

    def __str__(self) -> str:
        return "%" + quote_name(self.name)


class TargetExtType(_Value):
    """`target("name", ...)`: kept as its text; enzymec never looks inside."""

    __slots__ = _fields = ("text",)

    def __init__(self, text: str) -> None:
        _set(self, "text", text)

    def _values(self) -> tuple:
        return (self.text,)

    def __str__(self) -> str:
        return self.text


class FunctionType(_Value):
    __slots__ = _fields = ("return_type", "params", "varargs")

    def __init__(self, return_type: Type, params: tuple[Type, ...], varargs: bool = False):
        _set(self, "return_type", return_type)
        _set(self, "params", params)
        _set(self, "varargs", varargs)

    def _values(self) -> tuple:
        return (self.return_type, self.params, self.varargs)

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


# a name LLVM prints as it is: those characters, not starting with a digit (one regular
# expression match per name: a generator over its characters cost 3x as much, and the printer
# quotes every local and global it prints)
_PLAIN_NAME = regex_cache.compile(r"[-a-zA-Z$._][-a-zA-Z$._0-9]*")


def quote_name(name: str) -> str:
    """Spell a local/global name the way LLVM's printer does (quoted when needed).

    A name holds one character per byte (`lexer.unquote` decodes `\\XX` that way), so every
    character outside printable ASCII is spelled `\\XX` again, as LLVM does: printed raw, a
    byte such as 0xE9 would come back as its two-byte UTF-8 encoding, another symbol.
    """
    if _PLAIN_NAME.fullmatch(name):
        return name
    if name.isascii() and name.isdigit():
        return name
    escaped = "".join(c if " " <= c <= "~" and c not in '"\\' else f"\\{ord(c):02X}"
                      for c in name)
    return f'"{escaped}"'
