"""The runtime functions a unit calls, linked into its IR text, so that clang compiles the
unit from text with no llvmlite in the process (issue 11 item 5; text_codegen.py).

Why: rtlink.py links the runtime in llvmlite, and loading llvmlite's library is most of
that (0.03-0.05 s of a 0.3-0.5 s compile). clang could link it itself
(`-mlink-builtin-bitcode`), but for IR input clang's language options are its defaults,
which assume every function `convergent`: the stamped runtime functions then keep LLVM's
early passes from moving the calls to them, and the derivative compiles differently.

So the linking is done once per set of runtime functions and cached as text (`piece`):
llvmlite links the runtime's needed functions into a stub module that declares them as the
unit does (so the linker makes the same choices, in the same order, as rtlink.link_runtime
on the whole unit), makes them internal, and prints it. A later unit that needs the same
functions appends that text to its own, with the runtime's attribute groups and metadata
renumbered after the unit's, its types renamed apart and its local names where the unit
has them too, its declarations of what the unit already declares dropped (the unit's are the ones kept, as in the linker).
Anything this does not expect (a runtime function the unit defines: linked before AD)
returns None, and the unit takes the llvmlite route.
"""

from __future__ import annotations

import os
import re

from enzymec import regex_cache
from enzymec.digest import sha256_hex
from enzymec.driver.rtlink import PREFIX
from enzymec.driver.cache_file import cache_path
from enzymec.driver.runtime import runtime_bitcode
from enzymec.driver.tempdir import atomic_write

_FORMAT = "2"  # of the cached text: a new one when _relocatable changes
# Line patterns start with "\n" rather than "^" (MULTILINE): a literal prefix lets the
# regular expression engine skip to candidates, 12x faster on a large module's text.
_DECLARED = regex_cache.compile(r"\ndeclare [^@\n]*@(__enzymec_[-\w.$]+)\(.*")
_ANY_DECLARED = regex_cache.compile(r"\ndeclare [^\n]*__enzymec_")
_DEFINED_RT = regex_cache.compile(r"\ndefine [^@\n]*@(__enzymec_[-\w.$]+)\(")
_LINE_TAIL = regex_cache.compile(r"(?: !dbg !\d+)|(?: #\d+)(?=\s*$)")
_STRING = regex_cache.compile(r'"[^"]*"')
_NUMBERED = regex_cache.compile(r"([#!])(\d+)")
_MARK = regex_cache.compile(r"\x00([#!])(\d+)\x00")
_LOCAL = regex_cache.compile(r"\x00L([-\w.$]+)\x00")
_TARGET = regex_cache.compile(r"^target (?:datalayout|triple) = .*$", re.M)
_HEADER = regex_cache.compile(
    r"^(?:; ModuleID|source_filename|target datalayout|target triple).*\n?", re.M)
_TYPE = regex_cache.compile(r"^(%[-\w.$]+) = type ", re.M)
_OWN_DECL = regex_cache.compile(r'\n(?:; Function Attrs: [^\n]*\n)?declare [^\n]*?@([-\w.$]+)\(.*')
_OWN_EXTERNAL = regex_cache.compile(r"\n@([-\w.$]+) = external .*")
_ATTRIBUTE_IDS = regex_cache.compile(r"\nattributes #(\d+) = ")
_METADATA_IDS = regex_cache.compile(r"\n!(\d+) = ")
_UNIT_DECLARED = regex_cache.compile(r"\ndeclare [^@\n]*@([-\w.$]+)\(")
_UNIT_DEFINED = regex_cache.compile(r"\ndefine [^@\n]*@([-\w.$]+)\(")
_UNIT_GLOBAL = regex_cache.compile(r"\n@([-\w.$]+) = ")


def link(ctx, ir_text: str) -> str | None:
    """`ir_text` with the runtime functions it declares defined in it (internal), as
    rtlink.link_runtime would make it; None when the llvmlite route must do it."""
    if ir_text.startswith(("declare", "define")):
        return None  # the line patterns want a newline before each line
    if _defines_runtime(ctx, ir_text):
        return None  # linked before AD (library_bodies.py): rtlink.internalize's work
    stubs = [_LINE_TAIL.sub("", m[0][1:]) for m in _DECLARED.finditer(ir_text)]
    if not stubs:  # a mention elsewhere (a string, a name) is no call
        return None if _ANY_DECLARED.search(ir_text) else ir_text
    stubs = _TARGET.findall(ir_text[:4096]) + stubs  # the linker compares layouts
    body = piece(ctx, stubs)
    if body is None:
        return None
    text = _DECLARED.sub("", ir_text)
    body = _rename_apart(_drop_known(body, text), text)
    attrs, metadata = _next_ids(text)
    shift = {"#": attrs, "!": metadata}
    body = _MARK.sub(lambda m: m[1] + str(int(m[2]) + shift[m[1]]), body)
    return text + "\n" + body


def piece(ctx, stubs: list[str]) -> str | None:
    """The runtime functions the declarations `stubs` name, linked and internal, as cached
    text with its attribute-group and metadata numbers marked for renumbering."""
    bitcode = runtime_bitcode(ctx)
    key = sha256_hex("\n".join([_FORMAT, bitcode, *stubs]), 24)
    path = cache_path("rt-text", f"{key}.ll")
    try:
        with open(path, encoding="utf-8") as handle:
            return handle.read()
    except OSError:
        pass
    text = _build(ctx, stubs)
    if text is not None:
        _keep(path, text)
    return text


def _keep(path: str, text: str) -> None:
    """Cache `text` at `path`; a cache that cannot be written is no error."""
    try:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        atomic_write(path, text, mode=0o644)
    except OSError:
        pass


def _defines_runtime(ctx, ir_text: str) -> bool:
    """Whether `ir_text` defines a function the runtime defines (other `__enzymec_` names,
    the gradient checks' `__enzymec_checked.` wrappers, are the unit's own)."""
    defined = set(_DEFINED_RT.findall(ir_text))
    return bool(defined) and not defined.isdisjoint(_runtime_names(ctx))


def _runtime_names(ctx) -> frozenset[str]:
    """The functions the runtime defines (rtlink's list, cached beside the pieces)."""
    bitcode = runtime_bitcode(ctx)
    key = sha256_hex("\n".join([_FORMAT, bitcode]), 24)
    path = cache_path("rt-text", f"{key}.names")
    try:
        with open(path, encoding="utf-8") as handle:
            return frozenset(handle.read().split())
    except OSError:
        pass
    from enzymec.driver import rtlink
    names = rtlink.defined_names(ctx)
    _keep(path, "\n".join(sorted(names)) + "\n")
    return names


def _build(ctx, stubs: list[str]) -> str | None:
    """Link the runtime into a module of the declarations `stubs` (llvmlite, once per set)."""
    from enzymec.diagnostics import CompileError
    from enzymec.driver import backend, rtlink
    try:
        stub = backend.parse_ir("\n".join(stubs) + "\n", rtlink.RUNTIME_NAME)
        rtlink.link_runtime(ctx, stub)
    except CompileError:
        return None
    local = [value.name for value in [*stub.functions, *stub.global_variables]
             if value.linkage.name in ("internal", "private")
             and not value.name.startswith(PREFIX)]
    return _relocatable(str(stub), local)


def _relocatable(text: str, local: list[str]) -> str:
    """Printed module -> appendable text: no header, own type names, numbers and the
    `local` names (internal helpers, strings) marked, to be renamed where the unit has
    them too."""
    text = _HEADER.sub("", text)
    for name in local:
        text = re.sub(f"@{re.escape(name)}(?![-\\w.$])", f"@\x00L{name}\x00", text)
    for index, name in enumerate(_TYPE.findall(text)):
        text = re.sub(re.escape(name) + r"(?![-\w.$])", f"%{PREFIX}rt.type.{index}", text)
    parts = _STRING.split(text)
    strings = _STRING.findall(text)
    marked = [_NUMBERED.sub("\x00\\1\\2\x00", part) for part in parts]
    return "".join(p + s for p, s in zip(marked, strings + [""]))


def _rename_apart(body: str, unit: str) -> str:
    """`body`'s marked local names, each renamed where `unit` has the same name (as the
    linker renames a module's local that clashes)."""
    names = set(_LOCAL.findall(body))
    if not names:
        return body
    clash = _named(unit, names)
    return _LOCAL.sub(lambda m: f"{PREFIX}rt.{m[1]}" if m[1] in clash else m[1], body)


def _drop_known(body: str, unit: str) -> str:
    """`body` without its declarations of functions and globals `unit` already has."""
    body = "\n" + body  # each line pattern starts at the newline before its line
    names = set(_OWN_DECL.findall(body)) | set(_OWN_EXTERNAL.findall(body))
    if not names:
        return body[1:]
    have = _named(unit, names)
    body = _OWN_DECL.sub(lambda m: "" if m[1] in have else m[0], body)
    return _OWN_EXTERNAL.sub(lambda m: "" if m[1] in have else m[0], body)[1:]


def _named(unit: str, names: set[str]) -> set[str]:
    """Which of `names` `unit` declares or defines (a function's name is the first `@` of
    its line, a global's starts its line). Every declared name is read and the set
    intersected: a pattern of the names themselves would be compiled anew for each unit
    (6 ms of CPU for gmm's seven runtime functions)."""
    found = set()
    for line in (_UNIT_DECLARED, _UNIT_DEFINED, _UNIT_GLOBAL):
        found.update(line.findall(unit))
    return found & names


def _next_ids(text: str) -> tuple[int, int]:
    """The first attribute-group and metadata numbers `text` leaves free (its definitions
    follow its last function; a clash would be a parse error, and the llvmlite route)."""
    tail = text[text.rfind("\n}\n"):]
    attrs = max(map(int, _ATTRIBUTE_IDS.findall(tail)), default=-1)
    metadata = max(map(int, _METADATA_IDS.findall(tail)), default=-1)
    return attrs + 1, metadata + 1
