"""String constants that synthesized code passes to the runtime (source locations, names)."""

from __future__ import annotations

from .module import Module
from .types import I8, ArrayType
from .values import ConstantString, GlobalVariable


def private_string(module: Module, text: str, name: str) -> GlobalVariable:
    """A private NUL-terminated string constant holding `text` (printable ASCII kept, the
    rest escaped as LLVM writes it), named after `name`."""
    body = "".join(c if " " <= c <= "~" and c not in '"\\' else f"\\{ord(c) & 0xFF:02X}"
                   for c in text)
    var = GlobalVariable(module.unique_symbol(name))
    var.prefix = "private unnamed_addr"
    var.is_constant = True
    var.value_type = ArrayType(len(text.encode("latin-1", "replace")) + 1, I8)
    var.initializer = ConstantString(var.value_type, body + "\\00")
    module.add_global(var)
    return var
