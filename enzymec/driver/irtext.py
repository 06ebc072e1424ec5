"""The bytes of a user's .ll file as text that llvmlite's parser reads as LLVM's would.

llvmlite hands textual IR to LLVM as a NUL-terminated UTF-8 string, so a NUL byte would
silently end the module there and a byte that is not UTF-8 could not be passed at all.
LLVM's own lexer (what clang uses) treats a NUL outside a quoted string as whitespace and
keeps every byte inside quotes and comments. This module rewrites the few bytes that
cannot pass through llvmlite into spellings with the same meaning, so that the module
enzymec compiles is exactly the one clang would: nothing after a NUL is lost.
"""

from __future__ import annotations

import re

from enzymec import regex_cache
from enzymec.diagnostics import CompileError, SourceLocation, warn

# A comment to the end of the line, a quoted string (maybe unterminated), or other text.
_TOKEN = regex_cache.compile(r';[^\n\r]*|"[^"]*"?|[^;"]+', re.DOTALL)
_ODD = regex_cache.compile("[\x00\udc80-\udcff]")


def _raw_byte(char: str) -> int:
    """The byte a NUL or a surrogate-escaped (non-UTF-8) character stands for."""
    return 0 if char == "\x00" else ord(char) - 0xDC00


def _in_string(token: str) -> str:
    r"""Inside quotes LLVM reads `\XX` as byte XX: spell odd bytes that way.

    A backslash just before such a byte was a literal backslash; it is spelled `\5C` so
    that it cannot pair with the escape that follows it.
    """
    out = []
    for index, char in enumerate(token):
        if _ODD.match(char):
            if out and out[-1] == "\\" and not _escaped_backslash(token, index - 1):
                out[-1] = "\\5C"
            out.append(f"\\{_raw_byte(char):02X}")
        else:
            out.append(char)
    return "".join(out)


def _escaped_backslash(token: str, index: int) -> bool:
    """True when the backslash at `index` is the second of a `\\` pair (an escaped one)."""
    run = 0
    while index - run >= 0 and token[index - run] == "\\":
        run += 1
    return run % 2 == 0


def _location(data: str, offset: int, name: str) -> SourceLocation:
    """1-based line and byte column (as LLVM counts them) of a character offset."""
    before = data[:offset].encode("utf-8", errors="surrogateescape")
    line_start = before.rfind(b"\n") + 1
    return SourceLocation(name, before.count(b"\n") + 1, len(before) - line_start + 1)


def _in_code(token: str, start: int, data: str, name: str, seen: list) -> str:
    """Outside quotes and comments a NUL is whitespace; a non-UTF-8 byte is an error."""
    for match in _ODD.finditer(token):
        where = _location(data, start + match.start(), name)
        if match.group() != "\x00":
            raise CompileError(f"invalid byte 0x{_raw_byte(match.group()):02X} in LLVM IR "
                               "(outside any comment or quoted string)", where)
        if not seen:
            seen.append(where)
    return token.replace("\x00", " ")


def _in_comment(token: str) -> str:
    return _ODD.sub("?", token)  # LLVM skips comments whatever they hold


def ir_text(data: bytes, name: str) -> str:
    """The text of a .ll file's bytes, with NULs and non-UTF-8 bytes spelled for llvmlite.

    Warns once, like clang's C frontend, when a NUL is ignored as whitespace.
    """
    text = data.decode("utf-8", errors="surrogateescape")
    if not _ODD.search(text):
        return text
    seen: list[SourceLocation] = []
    pieces = []
    for match in _TOKEN.finditer(text):
        token = match.group()
        if token.startswith(";"):
            pieces.append(_in_comment(token))
        elif token.startswith('"'):
            pieces.append(_in_string(token))
        else:
            pieces.append(_in_code(token, match.start(), text, name, seen))
    if seen:
        warn("null character ignored", seen[0])
    return "".join(pieces)
