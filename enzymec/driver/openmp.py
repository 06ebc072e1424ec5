"""`-fopenmp`: compile against LLVM's OpenMP runtime (libomp) and link with it.

clang lowers `#pragma omp` to calls of libomp's `__kmpc_*` entry points, so the program must
link libomp (not GCC's libgomp, which the system `cc -fopenmp` would pick). Debian's
`libomp-22-dev` installs `omp.h` in clang 22's resource directory and `libomp.so` in
`/usr/lib/llvm-22/lib`. The bundled zig clang does not search that directory, so its
header directory is added *after* zig's own (`-idirafter`: only `omp.h` and friends are
found there), and the link line gets `-lomp` with a run path in place of `-fopenmp`.
"""

from __future__ import annotations

import os

from enzymec.diagnostics import CompileError

PACKAGE = "libomp-{major}-dev"
ROOTS = ("/usr/lib/llvm-{major}",)  # where Debian's packages put LLVM {major}


def wants_openmp(flags: list) -> bool:
    """The user asked for OpenMP (`-fopenmp`, `-fopenmp=libomp`)."""
    return any(isinstance(f, str) and f.startswith("-fopenmp") and
               not f.startswith("-fopenmp-") for f in flags)


def find_libomp(major: int) -> tuple[str, str]:
    """(include directory with omp.h, library directory with libomp.so), or a located
    error naming the package that provides them."""
    for root in ROOTS:
        root = os.environ.get("ENZYMEC_LIBOMP_ROOT") or root.format(major=major)
        include = os.path.join(root, "lib", "clang", str(major), "include")
        lib = os.path.join(root, "lib")
        if os.path.exists(os.path.join(include, "omp.h")) and \
                os.path.exists(os.path.join(lib, "libomp.so")):
            return include, lib
    package = PACKAGE.format(major=major)
    raise CompileError(f"-fopenmp needs LLVM's OpenMP runtime (libomp {major}), which is not "
                       f"installed", note=f"apt-get install {package}")


def compile_flags(flags: list, major: int) -> list[str]:
    """Extra clang flags for a compile with -fopenmp: the directory of omp.h, searched last."""
    if not wants_openmp(flags):
        return []
    if any(f == "-fopenmp=libgomp" for f in flags):
        raise CompileError("enzymec supports OpenMP only with LLVM's runtime (libomp), not "
                           "libgomp", note="use -fopenmp or -fopenmp=libomp")
    include, _ = find_libomp(major)
    return ["-idirafter", include]


def link_items(items: list, major: int) -> list:
    """The link items without -fopenmp, libomp (with a run path) last: the system linker
    drops a library named before the objects that need it (--as-needed)."""
    if not wants_openmp(items):
        return list(items)
    _, lib = find_libomp(major)
    kept = [i for i in items if not (isinstance(i, str) and i.startswith("-fopenmp")
                                     and not i.startswith("-fopenmp-"))]
    return kept + [f"-L{lib}", f"-Wl,-rpath,{lib}", "-lomp"]
