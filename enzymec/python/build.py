"""Build C sources into a shared library with the `enzymec` command, cached by content.

The driver runs as a subprocess (`python -m enzymec`), not in-process: it reports through
the process's standard error (clang's diagnostics are written by clang itself), installs
signal handlers and keeps LLVM state; a child process gives the exact diagnostics the
command line prints, to be carried by BuildError, and cannot take a notebook down with it.
Its start-up (a fraction of a second) is small beside a build, and builds are cached.
"""

from __future__ import annotations

import glob
import hashlib
import os
import shutil
import subprocess
import sys
import tempfile

from . import cache
from .errors import BuildError

DEFAULT_FLAGS = ("-O2",)


def source_file(code: str, name: str = "source.c") -> str:
    """Store C code given as a string in the cache, under a path named by its hash."""
    digest = hashlib.sha256(code.encode()).hexdigest()[:24]
    folder = os.path.join(cache.cache_dir(), "src", digest)
    path = os.path.join(folder, os.path.basename(name))
    if not os.path.exists(path):
        os.makedirs(folder, exist_ok=True)
        cache.publish(path, code.encode())
    return path


def build_library(sources: list[str], flags: list[str], tag: str = "") -> str:
    """The path of the shared library built from `sources` with `flags` (cached)."""
    sources = [os.path.abspath(s) for s in sources]
    for path in sources:
        if not os.path.isfile(path):
            raise FileNotFoundError(f"enzymec.load: no such source file: '{path}'")
    parts = [tag, "\0".join(flags)] + [p + "\0" + cache.file_digest(p) for p in sources]
    key = cache.build_key(parts)
    manifest_path = os.path.join(cache.cache_dir(), f"{key}.json")
    manifest = cache.dependencies_fresh(manifest_path)
    if manifest is None:
        manifest = _build(sources, flags, key, manifest_path)
    return manifest["library"]


def compile_command(sources: list[str], flags: list[str], output: str) -> list[str]:
    """enzymec's command building `sources` into the library `output`. Several sources are
    linked as one program before AD (-flto, cli.whole_program) unless the flags say
    otherwise: a gradient of a function in one file calling a function of another needs
    its body (without it: "cannot differentiate the call to external function")."""
    lto = ["-flto"] if len(sources) > 1 and not any(
        f.startswith(("-flto", "-fno-lto")) for f in flags) else []
    return [sys.executable, "-m", "enzymec", *flags, *lto, "-shared", "-fPIC", "-MMD",
            *sources, "-o", output, "-lm"]


def _build(sources: list[str], flags: list[str], key: str, manifest_path: str) -> dict:
    """Run enzymec in a private directory, then publish library and manifest atomically."""
    root = cache.cache_dir()
    work = tempfile.mkdtemp(prefix=".build-", dir=root)
    try:
        cmd = compile_command(sources, flags, os.path.join(work, "lib.so"))
        proc = subprocess.run(cmd, cwd=work, capture_output=True, text=True)
        if proc.returncode != 0:
            raise BuildError(proc.stderr, cmd)
        depfiles = [open(p).read() for p in glob.glob(os.path.join(work, "*.d"))]
        library = os.path.join(root, f"{key}-{cache.file_digest(os.path.join(work, 'lib.so'))[:16]}.so")
        os.replace(os.path.join(work, "lib.so"), library)
        data = cache.dependency_manifest(depfiles, library, {"sources": sources, "flags": flags})
        cache.publish(manifest_path, data)
        return cache.dependencies_fresh(manifest_path) or {"library": library}
    finally:
        shutil.rmtree(work, ignore_errors=True)


def open_library(ffi, path: str):
    """cffi's dlopen of a built library; a library that cannot be loaded (a symbol defined
    nowhere: shared libraries link with undefined symbols) is a BuildError saying so, not
    cffi's OSError with ctypes' find_library noise after it."""
    try:
        return ffi.dlopen(path)
    except OSError as error:
        reason = str(error).split("  Additionally,")[0].strip().rstrip(".")
        reason = reason[reason.rfind(".so: ") + 5:] if ".so: " in reason else reason
        raise BuildError(f"enzymec: error: the built library cannot be loaded: {reason} "
                         f"(a function it calls is defined nowhere: add its source with "
                         f"files=[...], or its library with flags=[..., '-lNAME'])\n",
                         ["dlopen", path]) from None
