"""A user's .ll or .bc input, read as clang reads it, or a located error.

clang tells bitcode from textual IR by the magic number, not by the suffix, so a .ll file
holding bitcode and a .bc file holding text both compile. Text goes through `irtext` (NUL
bytes and non-UTF-8 bytes); the module is parsed and verified in a forked child, because a
corrupted bitcode file can make LLVM's (assertion-enabled) reader abort. The rest of the
pipeline gets LLVM's own printing of the module, the form enzymec's IR parser is made for.
"""

from __future__ import annotations

import sys

from enzymec.diagnostics import CompileError, SourceLocation
from enzymec.driver import backend, toolchain
from enzymec.driver.irtext import ir_text
from enzymec.driver.isolated import ChildCrashed, call_isolated
from enzymec.driver.options import Input


def read_input_bytes(inp: Input) -> bytes:
    """The input's bytes ('-' is stdin); an unreadable file is a clang-like error."""
    if inp.path == "-":
        return sys.stdin.buffer.read()
    try:
        with open(inp.path, "rb") as handle:
            return handle.read()
    except OSError as err:
        raise CompileError(f"error reading '{inp.path}': {err.strerror}") from None


def _printed_module(data: bytes, text: str | None, name: str) -> str:
    """(In the child.) Parse and verify the module; return LLVM's printing of it."""
    if text is None:
        module = backend.parse_bitcode(data, name)
        backend.verify_module(module, name)
    else:
        module = backend.parse_ir(text, name)
    try:
        return backend.module_bytes(module).decode("utf-8")
    except UnicodeDecodeError:
        raise CompileError("a string attribute's name holds bytes that are not UTF-8; LLVM "
                           "prints them unescaped, so enzymec cannot carry the module through "
                           "its IR text", SourceLocation(name)) from None


def load_ir_input(inp: Input, name: str) -> str:
    """A .ll or .bc input as verified IR text; malformed input is a located error."""
    data = read_input_bytes(inp)
    bitcode = backend.is_bitcode(data)
    text = None if bitcode else ir_text(data, name)
    try:
        printed = call_isolated(_printed_module, data if bitcode else b"", text, name)
    except ChildCrashed as crash:
        kind = "bitcode" if bitcode else "LLVM IR"
        raise CompileError(f"invalid {kind}: LLVM's reader failed on this file ({crash})",
                           SourceLocation(name)) from None
    return toolchain.normalize_triple(printed)
