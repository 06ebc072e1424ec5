"""Build the enzymec C runtime once per user and compiler, in a cache shared by all builds.

Every link needs the runtime object. Compiling it on each link would add a clang run to
every build, so it is cached under $XDG_CACHE_HOME/enzymec (or ~/.cache/enzymec), keyed by
a hash of its sources and of the compiler, and written atomically so that concurrent builds
(`make -j`) may race to create it without ever seeing a partial file.
"""

from __future__ import annotations

import hashlib
import os

import llvmlite

import enzymec
from enzymec.driver import backend, toolchain
from enzymec.driver.resources import data_dir, runtime_source
from enzymec.driver.tempdir import atomic_write


def cache_dir() -> str:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "enzymec")


def _cache_key(tc: toolchain.Toolchain) -> str:
    digest = hashlib.sha256()
    rt_dir = data_dir("runtime")
    for name in sorted(os.listdir(rt_dir)):
        if name.endswith((".c", ".h")):
            with open(os.path.join(rt_dir, name), "rb") as handle:
                digest.update(name.encode() + b"\0" + handle.read())
    compiler = [tc.version, " ".join(tc.cc), llvmlite.__version__, enzymec.__version__]
    digest.update("\0".join(compiler).encode())
    return digest.hexdigest()[:20]


def runtime_object(ctx) -> str:
    """Path of the cached runtime object (PIC, -O2, no debug info), building it if needed."""
    path = os.path.join(cache_dir(), f"enzymec_rt-{_cache_key(ctx.tc)}.o")
    if os.path.isfile(path):
        return path
    os.makedirs(os.path.dirname(path), exist_ok=True)
    atomic_write(path, _compile_runtime(ctx), mode=0o644)
    return path


def _compile_runtime(ctx) -> bytes:
    """clang -> IR -> llvmlite O2 -> object: the same path as user code, minus AD."""
    from enzymec.driver.pipeline import run_tool

    out = os.path.join(ctx.tmpdir, "enzymec_rt.bc")
    cmd = [*ctx.tc.clang(False), *toolchain.default_flags(ctx.tc, [], "2"), "-O2", "-g0",
           "-fPIC", "-std=c11", "-c", "-emit-llvm", "-Xclang", "-disable-llvm-optzns",
           "-o", out, runtime_source()]
    run_tool(cmd, ctx)
    text = toolchain.normalize_triple(backend.parse_bitcode_file(out, runtime_source()))
    module = backend.parse_ir(text, runtime_source())
    target = backend.Target(pic=True, opt=2)
    backend.run_pipeline(module, target, 2, vectorize=True, slp=True, unroll=True)
    return backend.emit_object(module, target)
