"""Build the enzymec C runtime as LLVM bitcode once per user and compiler, in a shared cache.

Derivative code calls the functions of `runtime/enzymec_rt.c`; rtlink.py links the ones a
module references into it before optimization. Compiling the runtime on each build would
add a clang run to every compile that differentiates, so its bitcode is cached under
$XDG_CACHE_HOME/enzymec (or ~/.cache/enzymec), keyed by a hash of its sources' names, sizes
and modification times (as Python keys its bytecode: hashing their 77 KB in every compile
cost about 2.5 million instructions), of the compiler and of the LLVM that reads it, and
written atomically so that concurrent builds (`make -j`) may race to create it without
ever seeing a partial file. The bitcode is made by the clang that compiles the user's code
(same IR dialect, triple and data layout) and optimized once here without vectorizing or
unrolling: those wait for the user's -O level, after the runtime is inlined into the
derivatives.

The runtime's slow paths (RT_SLOW in enzymec_rt.c: `noinline` and `cold`; a tape's buffer
taken or kept, a record stack's new chunk, the errors) are never inlined, so nothing the
user's -O level does to derivative code reaches them: they are optimized here once and
marked `optnone` (`compiled_once`), and a unit's compile only turns them into machine code,
without a second run of LLVM's pipeline over them, nor its optimizing code generator (they
run once per gradient call or per chunk of records). Every differentiating compile paid for
that: 24M of the 575M instructions of benchmarks/c/logsumexp/timed.c's post-AD clang run,
16M of tree_reduce's 659M.
"""

from __future__ import annotations

import functools
import os
import re

import llvmlite

import enzymec
from enzymec import regex_cache
from enzymec.driver import backend, cache_file, toolchain
from enzymec.digest import sha256_parts
from enzymec.driver.resources import data_dir, runtime_source
from enzymec.driver.tempdir import atomic_write
from enzymec.driver.tools import run_tool

# the runtime's module-level metadata: a module it is linked into keeps its own flags
_MODULE_METADATA = regex_cache.compile(r"^!llvm\.(?:module\.flags|ident) = .*$", re.M)
# how the bitcode is made, in the cache key: a bitcode made another way is not reused
_MAKING = "optnone-slow-paths"
_GROUP = regex_cache.compile(r"^attributes #(\d+) = \{ ([^\n]*) \}$", re.M)
_DEFINE_GROUP = regex_cache.compile(r"^(define [^\n]*\)[^\n#{]*)#(\d+)( [^\n]*)?\{$", re.M)


@functools.lru_cache(maxsize=None)  # asked more than once per compile (rt_text.py)
def _cache_key(tc: toolchain.Toolchain) -> str:
    parts = []
    rt_dir = data_dir("runtime")
    for name in sorted(os.listdir(rt_dir)):
        if name.endswith((".c", ".h")):
            info = os.stat(os.path.join(rt_dir, name))
            parts.append(f"{name}\0{info.st_size}\0{info.st_mtime_ns}\0".encode())
    compiler = [tc.version, " ".join(tc.cc), llvmlite.__version__, enzymec.__version__,
                _MAKING]
    parts.append("\0".join(compiler).encode())
    return sha256_parts(parts)[:20]


def runtime_bitcode(ctx) -> str:
    """Path of the cached runtime bitcode, building it if needed."""
    path = cache_file.cache_path(f"enzymec_rt-{_cache_key(ctx.tc)}.bc")
    if os.path.isfile(path):
        return path
    os.makedirs(os.path.dirname(path), exist_ok=True)
    atomic_write(path, _compile_runtime(ctx), mode=0o644)
    return path


def _compile_runtime(ctx) -> bytes:
    """clang -> bitcode -> llvmlite O2 (no vectorizing, no unrolling) -> bitcode."""
    out = os.path.join(ctx.tmpdir, "enzymec_rt.bc")
    cmd = [*ctx.tc.clang(False), *toolchain.default_flags(ctx.tc, [], "2"), "-O2", "-g0",
           "-fPIC", "-std=c11", "-fno-math-errno", "-fno-strict-aliasing", "-c", "-emit-llvm",
           "-Xclang", "-disable-llvm-optzns", "-o", out, runtime_source()]
    run_tool(cmd, ctx)
    text = toolchain.normalize_triple(backend.parse_bitcode_file(out, runtime_source()))
    module = backend.parse_ir(_MODULE_METADATA.sub("", text), runtime_source())
    backend.run_pipeline(module, backend.Target(pic=True, opt=2), 2,
                         vectorize=False, slp=False, unroll=False)
    module = backend.parse_ir(compiled_once(str(module)), runtime_source())
    return module.as_bitcode()


def compiled_once(text: str) -> str:
    """`text` (the optimized runtime) with each function defined `cold` and `noinline`
    also `optnone` (see the module doc), under an attribute group of its own: a group may
    be shared with call sites or other functions. `optsize` and `minsize`, which the
    verifier does not allow beside `optnone`, are dropped from it."""
    groups = {int(n): body.split(" ") for n, body in _GROUP.findall(text)}
    made: dict[int, int] = {}  # cold group -> its optnone copy
    next_group = max(groups, default=-1) + 1

    def mark(define):
        nonlocal next_group
        group = int(define[2])
        words = groups.get(group, [])
        if "cold" not in words or "noinline" not in words:
            return define[0]
        if group not in made:
            made[group] = next_group
            next_group += 1
        return f"{define[1]}#{made[group]}{define[3] or ''}{{"
    text = _DEFINE_GROUP.sub(mark, text)
    for old, new in made.items():
        kept = [w for w in groups[old] if w not in ("optsize", "minsize")]
        text += f"\nattributes #{new} = {{ optnone {' '.join(kept)} }}\n"
    return text
