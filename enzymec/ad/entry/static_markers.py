"""Markers declared `static` (`static int enzyme_dup;`), kept markers through the pre-AD
passes.

Why: a marker is a load of a global named `enzyme_*` (markers.py). A file-scope `static`
one that nothing stores to is a constant 0 to LLVM, and the pre-AD passes fold each load
of it into `i32 0`, an ordinary integer argument: the call is then refused with a confusing
message about argument types. Listing such a global in `llvm.compiler.used` (in the
frontend's text, before the passes) tells LLVM that code it cannot see may use it, so its
loads stay loads and the AD reads them as markers, as for the `extern`, global or C++
address forms. A function-local `static` marker (`@main.enzyme_dup`) is not a marker by
name, and keeps the located error.
"""

from __future__ import annotations


from .markers import is_marker_name

from enzymec import regex_cache

_LOCAL_GLOBAL = regex_cache.compile(
    r'\n@([-\w.$]+) = (?:internal|private) (?:unnamed_addr )?global ')
_COMPILER_USED = regex_cache.compile(r'\n@llvm\.compiler\.used = appending global \[(\d+) x ptr\] '
                                     r'\[([^\n]*)\], section "llvm\.metadata"')


def keep_static_markers(ir_text: str) -> str:
    """`ir_text` with its internal marker globals listed in `llvm.compiler.used`."""
    if "enzyme_" not in ir_text and "diffe_" not in ir_text:
        return ir_text
    kept = [m[1] for m in _LOCAL_GLOBAL.finditer(ir_text) if is_marker_name(m[1])]
    return with_compiler_used(ir_text, kept) if kept else ir_text


def with_compiler_used(ir_text: str, names: list[str]) -> str:
    """`ir_text` with the globals `names` appended to `llvm.compiler.used` (made if absent)."""
    entries = [f"ptr @{name}" for name in names]
    used = _COMPILER_USED.search(ir_text)
    if used is None and "\n@llvm.compiler.used = " in ir_text:
        return ir_text  # a form not expected here: left as it was (the loads may fold)
    if used:
        entries = [used[2], *entries]
        count = int(used[1]) + len(names)
        line = (f'\n@llvm.compiler.used = appending global [{count} x ptr] '
                f'[{", ".join(entries)}], section "llvm.metadata"')
        return ir_text[:used.start()] + line + ir_text[used.end():]
    line = (f'@llvm.compiler.used = appending global [{len(names)} x ptr] '
            f'[{", ".join(entries)}], section "llvm.metadata"\n')
    return ir_text.rstrip("\n") + "\n" + line
