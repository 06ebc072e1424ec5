"""`enzymec.load`: build C (a string or files) through enzymec and load it with cffi.

The functions a file defines are read from clang's AST (declarations.py), declared to cffi
and wrapped as CFunction objects that check their arguments (calling.py). The Library
remembers its sources and flags, so that `enzymec.grad` can rebuild them with a wrapper.
"""

from __future__ import annotations

import os

import cffi

from . import calling
from .build import DEFAULT_FLAGS, build_library, open_library, source_file
from .declarations import cached_functions
from .errors import ArgumentError
from .signature import Signature


class CFunction:
    """A C function of a loaded library, callable with Python numbers and numpy arrays."""

    def __init__(self, library: "Library", sig: Signature):
        self.library = library
        self.signature = sig
        self.__name__ = sig.name
        self.__doc__ = f"C function: {sig.cdef()}"

    def __call__(self, *args, **kwargs):
        sig = self.signature
        if sig.unsupported:
            raise ArgumentError(f"{sig.name}() cannot be called from Python: "
                                f"{'; '.join(sig.unsupported)} (supported: numbers and pointers "
                                "to numbers)")
        values = calling.bind(sig, args, kwargs)
        return getattr(self.library.cffi_lib, sig.name)(*calling.convert(self.library.ffi, sig, values))

    def __repr__(self) -> str:
        return f"<enzymec C function {self.signature.cdef()}>"


class Library:
    """A shared library built by enzymec; its functions are attributes."""

    def __init__(self, sources: list[str], flags: list[str]):
        self.sources = sources
        self.flags = flags
        self.path = build_library(sources, flags)
        self.signatures = {}
        for path in sources:
            for sig in cached_functions(path, flags, self.path):
                self.signatures[sig.name] = sig
        self.ffi = cffi.FFI()
        self.ffi.cdef("\n".join(s.cdef() for s in self.signatures.values() if not s.unsupported))
        self.cffi_lib = open_library(self.ffi, self.path)
        self.functions = {name: CFunction(self, sig) for name, sig in self.signatures.items()}

    def __getattr__(self, name: str) -> CFunction:
        functions = self.__dict__.get("functions", {})
        if name in functions:
            return functions[name]
        raise AttributeError(f"the library defines no exported function '{name}' "
                             f"(found: {', '.join(sorted(functions)) or 'none'})")

    def __dir__(self):
        return sorted(set(super().__dir__()) | set(self.functions))


def load(source: str | None = None, *, files: list[str] | None = None,
         flags: list[str] | tuple[str, ...] = DEFAULT_FLAGS, name: str = "source.c") -> Library:
    """Build and load C code: `source` a string of C, or `files` paths (not both).

    `flags` are enzymec's (cc's): -O level, -D, -I, -std=...; `name` is the file name a string
    source is given in diagnostics. Builds are cached on disk by content
    (ENZYMEC_CACHE_DIR, default ~/.cache/enzymec). A failed build raises BuildError."""
    if (source is None) == (files is None):
        raise TypeError("enzymec.load: give C source text or files=[...], not both")
    # absolute: the gradient wrappers #include the defining file from the cache directory
    paths = [source_file(source, name)] if source is not None else \
        [os.path.abspath(os.fspath(path)) for path in files]
    return Library([*paths], list(flags))
