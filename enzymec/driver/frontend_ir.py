"""The frontend's IR as text, written by clang's cc1 itself (issue 11 item 5).

Why: the frontend asks clang for bitcode (`-c -emit-llvm`: `zig cc` adds its own `-c`,
which clang warns about with `-S`), and the driver then parsed that bitcode in llvmlite
only to print it as text, the form every later stage reads: 0.005-0.017 s of CPU per
compile. When zig's cc1 runs directly (zig_cc1.py) there is no wrapper to add `-c`, so
the cc1 command is asked for text instead (`-emit-llvm` for `-emit-llvm-bc`; the use-list
order, which only bitcode keeps, dropped) and the text is read as it is. It is the same
text: cc1's printer and llvmlite's are LLVM 22's (tests/driver/test_frontend_ir.py
compares them). Anything unexpected (no such flag in the command, a file that is not
UTF-8) leaves the frontend to the bitcode and llvmlite, as before.
"""

from __future__ import annotations

import os

_BITCODE, _USELISTS, _TEXT = "-emit-llvm-bc", "-emit-llvm-uselists", "-emit-llvm"


def text_path(bitcode: str) -> str:
    """Where the text stands in for the bitcode file `bitcode`."""
    return os.path.splitext(bitcode)[0] + ".ll"


def to_text(bitcode: str):
    """An edit for zig_cc1.run: the cc1 command writing `bitcode` made to write IR text to
    text_path(bitcode) instead (None, no edit, when it does not write bitcode)."""
    def edit(direct: list[str]) -> list[str] | None:
        if direct.count(_BITCODE) != 1 or direct.count("-o") != 1:
            return None
        out = direct.index("-o") + 1
        if direct[out] != bitcode:
            return None
        swapped = [_TEXT if arg == _BITCODE else arg for arg in direct if arg != _USELISTS]
        swapped[swapped.index("-o") + 1] = text_path(bitcode)
        return swapped
    return edit


def read_text(bitcode: str) -> str | None:
    """The text cc1 wrote in place of `bitcode`, or None (not written: the edit did not
    apply; not UTF-8)."""
    try:
        with open(text_path(bitcode), "rb") as handle:
            return handle.read().decode("utf-8")
    except (OSError, UnicodeDecodeError):
        return None
