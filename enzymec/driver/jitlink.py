"""The runtime for modules compiled in this process instead of by the `enzymec` command:
the numba front end's JIT (enzymec/numba/jit.py) and the rule tests. Their derivative code
calls runtime functions (digamma, tapes, shadows) exactly as a compiled file's does, so the
same link step (rtlink.py) runs on them before they are optimized and JIT-compiled.

No signal handlers are installed (this runs inside the user's Python process); the scratch
directory, needed only the first time the runtime bitcode is built, is removed at once.

The runtime keeps per-thread state (the record stack, kept tapes) in thread-local globals,
which LLVM's MCJIT cannot relocate (it aborts the process). In-process modules therefore
get them as ordinary globals (`without_thread_locals`), and every call into such code holds
RUNTIME_LOCK, so that two Python threads never share that state at once.
"""

from __future__ import annotations

import re
import tempfile
import threading

import llvmlite.binding as llvm

from enzymec import regex_cache
from enzymec.driver import backend, rtlink
from enzymec.driver.options import parse_args
from enzymec.driver.pipeline import Context
from enzymec.driver.toolchain import find_toolchain


def link_runtime_in_process(module: llvm.ModuleRef) -> None:
    """Link the runtime functions `module` references into it, made internal."""
    if not rtlink.referenced(module):
        return
    with tempfile.TemporaryDirectory(prefix="enzymec-") as tmpdir:
        ctx = Context(parse_args(["-O2", "-c", "jit.ll"]), find_toolchain(), tmpdir)
        rtlink.link_runtime(ctx, module)


RUNTIME_LOCK = threading.Lock()  # held by every call of in-process derivative code

# `thread_local` or `thread_local(model)` in a global variable's definition line
_THREAD_LOCAL = regex_cache.compile(r"^(@[^=\n]+= [^\n]*?)\bthread_local(?:\([a-z]+\))? ", re.M)


# a thread-local global's address (`llvm.threadlocal.address(@g)`), then just `@g`
_ADDRESS = regex_cache.compile(r"(?:tail |notail )?call [^@\n]*@llvm\.threadlocal\.address\.p0"
                               r"\(ptr [^@\n]*?(@[\w.$]+)\)(?: #\d+)?")


def without_thread_locals(module: llvm.ModuleRef, name: str) -> llvm.ModuleRef:
    """`module` with its thread-local globals made ordinary globals (see above)."""
    text = str(module)
    if "thread_local" not in text:
        return module
    text = _ADDRESS.sub(r"getelementptr i8, ptr \1, i64 0", _THREAD_LOCAL.sub(r"\1", text))
    return backend.parse_ir(text, name)
