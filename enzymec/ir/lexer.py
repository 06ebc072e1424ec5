"""Hand-written lexer for LLVM's textual IR: one master regular expression, tokens as tuples.

A token is `(kind, text, start)` where `start` is the offset in the source, so the parser can
slice verbatim text (attribute lists, metadata) and compute `file:line` for errors. Kinds:
LOCAL `%x`, GLOBAL `@x`, META `!x`/`!`, HASH `#0`/`#dbg_value`, LABEL `bb:`, STRING `"..."`,
CSTRING `c"..."`, INT, FLOAT (decimal or hex), WORD (keywords and types), PUNCT.
"""

from __future__ import annotations

import re

from enzymec import regex_cache
from enzymec.diagnostics import CompileError, SourceLocation

_NAME = r'(?:[-a-zA-Z$._0-9]+|"[^"]*")'
# LABEL and FLOAT repeat possessively (`++`, `*+`: Python 3.11): a word, number or name that
# is not followed by the `:` or `.` they need gives its characters back one at a time
# otherwise, each retried; no character of the repeated class can be that `:` or `.`, so
# the possessive form accepts the same tokens, in half the time on a gradient's body.
_TOKEN = regex_cache.compile(
    r"""
    (?P<ws>[ \t\r\n]+|;[^\n]*)
  | (?P<LABEL>(?:[-a-zA-Z$._0-9]++|"[^"]*+"):(?![:=]))
  | (?P<LOCAL>%""" + _NAME + r""")
  | (?P<GLOBAL>@""" + _NAME + r""")
  | (?P<META>![-a-zA-Z$._0-9\\]+|!"(?:[^"\\]|\\.)*"|!)
  | (?P<HASH>\#[a-zA-Z_0-9]+)
  | (?P<CSTRING>c"[^"]*")
  | (?P<STRING>"[^"]*")
  | (?P<FLOAT>0x[KLMHR][0-9A-Fa-f]+|0x[0-9A-Fa-f]+|[-+]?[0-9]++\.[0-9]*+(?:[eE][-+]?[0-9]+)?)
  | (?P<INT>[-]?[0-9]+|[su]0x[0-9A-Fa-f]+)
  | (?P<WORD>[a-zA-Z_][a-zA-Z_0-9.]*)
  | (?P<PUNCT>\.\.\.|[=,()\[\]{}<>*|:])
  | (?P<ERROR>.)
    """,
    re.VERBOSE,
)

Token = tuple  # (kind, text, start)


def tokenize(src: str, base: int = 0, end: int | None = None, file: str = "<input>") -> list[Token]:
    """Tokens of `src[base:end]`, offsets relative to the whole `src`."""
    end = len(src) if end is None else end
    tokens: list[Token] = []
    append = tokens.append
    for m in _TOKEN.finditer(src, base, end):
        kind = m.lastgroup
        if kind == "ws":
            continue
        if kind == "ERROR":
            raise CompileError(f"unexpected character {m.group()!r}", location_of(src, m.start(), file))
        append((kind, m.group(), m.start()))
    return tokens


def location_of(src: str, offset: int, file: str) -> SourceLocation:
    line = src.count("\n", 0, offset) + 1
    column = offset - (src.rfind("\n", 0, offset) + 1) + 1
    return SourceLocation(file, line, column)


def unquote(name: str) -> str:
    """`"a b"` -> `a b`, decoding LLVM's `\\XX` hex escapes; plain names unchanged."""
    if not name.startswith('"'):
        return name
    body = name[1:-1]
    if "\\" not in body:
        return body
    return re.sub(r"\\([0-9A-Fa-f]{2})", lambda m: chr(int(m.group(1), 16)), body)
