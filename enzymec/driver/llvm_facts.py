"""Two facts of llvmlite's LLVM, remembered so that a compile need not load it (issue 11
item 5): its major version (the clang it needs, toolchain.find_toolchain) and its process
triple (the triple every module is given, toolchain.normalize_triple).

Why: reading either from llvmlite loads its 170 MB library, about 0.035 s of CPU, which a
`-c` compile whose LLVM work is all clang's (clang_pre_ad.py, text_codegen.py) need not
pay. The facts are asked of llvmlite once and kept in the user's cache directory, keyed by
llvmlite's version, where it lies, its library's size and time, and the machine; a cache
file that cannot be read is asked again. `llvmlite` itself (not `llvmlite.binding`) is
imported for its version and place: that costs under a millisecond.
"""

from __future__ import annotations

import functools
import os

import llvmlite

from enzymec.driver import cache_file
from enzymec.digest import sha256_hex


def _library() -> str:
    return os.path.join(os.path.dirname(os.path.realpath(llvmlite.__file__)), "binding",
                        "libllvmlite.so")


def _machine() -> str:
    """platform.machine() and platform.system(), from os.uname(): importing `platform` cost
    a millisecond of every compile's start."""
    uname = os.uname()
    return f"{uname.machine}|{uname.sysname}"


def _path() -> str:
    try:
        info = os.stat(_library())
        lib = f"{info.st_size}|{info.st_mtime_ns}"
    except OSError:
        lib = "?"
    key = f"{llvmlite.__version__}|{_library()}|{lib}|{_machine()}"
    return cache_file.cache_path(f"llvm-facts-{sha256_hex(key, 24)}")


def _asked() -> dict:
    """The facts from llvmlite itself (this loads its library)."""
    import llvmlite.binding as llvm
    return {"major": llvm.llvm_version_info[0], "triple": llvm.get_process_triple()}


@functools.lru_cache(maxsize=1)
def facts() -> dict:
    """{"major": int, "triple": str}, from the cache or asked and stored (atomically)."""
    path = _path()
    stored = cache_file.load(path)
    if stored and len(stored) == 2 and stored[0].isdigit() and stored[1]:
        return {"major": int(stored[0]), "triple": stored[1]}
    known = _asked()
    cache_file.store(path, [str(known["major"]), known["triple"]])
    return known


def llvm_major() -> int:
    return facts()["major"]


def process_triple() -> str:
    return facts()["triple"]
