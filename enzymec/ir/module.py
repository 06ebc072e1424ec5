"""The Module: globals, functions, identified struct bodies, and the text enzymec keeps as is.

Top-level entities that enzymec never rewrites (attribute groups, named and numbered
metadata, comdats, module asm) are stored as their source lines, in order, and printed back
after the functions, where LLVM's parser accepts them in any order.
"""

from __future__ import annotations

from .function import Function
from .layout import DataLayout
from .types import NamedStructType, StructType
from .values import GlobalAlias, GlobalValue, GlobalVariable


class Module:
    def __init__(self, name: str = "<module>"):
        self.name = name
        self.header: list[str] = []          # source_filename, datalayout, triple lines
        self.struct_bodies: dict[str, StructType | None] = {}
        self.struct_text: dict[str, str] = {}  # identified types the model does not interpret
        self.globals: list[GlobalVariable | GlobalAlias] = []
        self.functions: list[Function] = []
        self.trailer: list[str] = []          # attributes, metadata, comdats, module asm
        self.symbols: dict[str, GlobalValue] = {}

    @property
    def layout(self) -> DataLayout:
        return DataLayout(self.struct_bodies)

    def get(self, name: str) -> GlobalValue | None:
        return self.symbols.get(name)

    def get_function(self, name: str) -> Function | None:
        value = self.symbols.get(name)
        return value if isinstance(value, Function) else None

    def add_function(self, function: Function) -> Function:
        if function.name in self.symbols:
            raise ValueError(f"symbol @{function.name} already exists")
        function.module = self
        self.symbols[function.name] = function
        self.functions.append(function)
        return function

    def add_global(self, var: GlobalVariable | GlobalAlias) -> GlobalVariable | GlobalAlias:
        if var.name in self.symbols:
            raise ValueError(f"symbol @{var.name} already exists")
        var.module = self
        self.symbols[var.name] = var
        self.globals.append(var)
        return var

    def remove(self, value: GlobalValue) -> None:
        """Drop an unused global or function."""
        if value.uses:
            raise ValueError(f"cannot remove @{value.name}: still used")
        del self.symbols[value.name]
        (self.functions if isinstance(value, Function) else self.globals).remove(value)

    def unique_symbol(self, base: str) -> str:
        name, n = base, 0
        while name in self.symbols:
            n += 1
            name = f"{base}.{n}"
        return name

    def struct_body(self, ty: NamedStructType) -> StructType | None:
        return self.struct_bodies.get(ty.name)
