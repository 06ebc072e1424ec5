"""Registrations declared `static` (or otherwise internal: `const` or in an anonymous
namespace in C++) reach the AD like any other.

Why: clang never emits a variable with internal linkage that nothing in its translation unit
refers to, and nothing refers to a registration (`static void *__enzyme_register_gradient_f[3]
= {...};`, `static void *__enzyme_inactivefn[] = {...};`): it would reach neither the IR nor
the AD, so the custom gradient, the inactive function or global, or an unsupported key's
refusal would be dropped without a word and the derivative computed from the function's own
body: a wrong number (Enzyme's clang plugin loses it the same way). Marked
`__attribute__((unused))` or `[[maybe_unused]]` (what a header of registrations does to stay
quiet in the units that include it) clang does not even warn.

So the frontend asks clang to emit every variable of static storage duration
(`-fkeep-persistent-storage-variables`, which lists each in `@llvm.compiler.used`) in a
unit that may differentiate: its main file names Enzyme or autodiff (an entry point, a
registration key, `enzyme::`, `__builtin_autodiff`), it is read from standard input, or it
is one unit of a whole-program (-flto) build. A unit whose main file names none of them but
whose IR calls an entry point all the same (through a project's own macro) is compiled again
with the flag (pipeline.frontend). The flag also lists every variable it emits in
`@llvm.compiler.used`, which would keep a used static's loads and stores from being
optimized; that listing is taken out again but for the registrations
(keep_only_registrations), so only variables nothing refers to are added, and no
instruction and no derivative changes.
A unit that differentiates nothing is compiled exactly as clang compiles it (one whose main
file named Enzyme is compiled again without the flag: at -O0 an unused static table would
stay in its object, with what it refers to): its registrations, if any, could not concern
it. (Standard input is read once: such a unit keeps the flag.)
"""

from __future__ import annotations

from enzymec import regex_cache
from enzymec.ad.entry.registration_keys import (INACTIVE_GLOBAL_KEY, REGISTRATION_KEYS,
                                                UNSUPPORTED_KEYS)
from enzymec.line_start import at_line_start

KEEP_FLAG = "-fkeep-persistent-storage-variables"

# bytes of a main file that may differentiate something or register something (every
# entry point and registration key holds "enzyme"; <enzyme.h>'s __builtin_autodiff and
# C++'s enzyme::autodiff hold "autodiff")
_MENTIONS = (b"enzyme", b"autodiff")


def may_differentiate(path: str, whole_program: bool) -> bool:
    """Whether a unit's variables of static storage should all be emitted (see the module
    doc): standard input (read once), whole-program builds, main files naming Enzyme."""
    if path == "-" or whole_program:
        return True
    try:
        with open(path, "rb") as handle:
            text = handle.read()
    except OSError:
        return True  # clang will say what is wrong with it
    return any(word in text for word in _MENTIONS)


# the frontend's list of what the compiler must keep; each entry `ptr @name` or `ptr @"name"`
_COMPILER_USED = regex_cache.compile(at_line_start("@llvm.compiler.used") + r' = appending global '
                                     r'\[\d+ x ptr\] \[([^\]\n]*)\], section "llvm\.metadata"\n')
_ENTRY = regex_cache.compile(r'ptr (@(?:"(?:[^"\\\n]|\\.)*"|[-\w.$]+))')
_DEFINITION = regex_cache.compile("(" + at_line_start("@")
                                  + r'(?:"(?:[^"\\\n]|\\.)*"|[-\w.$]+)) = ([^\n]*)')
_KEYS = (*REGISTRATION_KEYS, INACTIVE_GLOBAL_KEY, *UNSUPPORTED_KEYS)


def keep_only_registrations(ir_text: str) -> str:
    """The frontend IR of a run with KEEP_FLAG as the run without it would be, but for the
    registrations: the flag lists every variable it emits once in `@llvm.compiler.used`
    (a variable marked `used` is then listed twice), which would keep every used static's
    stores and loads from being optimized; one listing of each variable is taken out,
    except where its name holds a registration key (it must survive the pre-AD passes).
    A variable nothing refers to stays defined: the -O pipelines delete it as they do any
    dead internal global."""
    found = _COMPILER_USED.search(ir_text)
    if found is None:
        return ir_text
    entries = _ENTRY.findall(found[1])
    if ", ".join(f"ptr {e}" for e in entries) != found[1]:
        return ir_text  # an entry of another shape (a cast): left as clang wrote it
    variables = {m[1] for m in _DEFINITION.finditer(ir_text)
                 if not m[2].lstrip().startswith(("alias", "ifunc")) and " alias " not in m[2]
                 and " ifunc " not in m[2]}
    taken: set[str] = set()
    kept = []
    for entry in entries:
        if entry in variables and entry not in taken and not any(k in entry for k in _KEYS):
            taken.add(entry)
            continue
        kept.append(entry)
    line = "" if not kept else (
        f'@llvm.compiler.used = appending global [{len(kept)} x ptr] '
        f'[{", ".join(f"ptr {e}" for e in kept)}], section "llvm.metadata"\n')
    return ir_text[:found.start()] + line + ir_text[found.end():]
