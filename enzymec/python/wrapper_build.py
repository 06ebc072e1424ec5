"""Build a derivative wrapper (C text that #includes the function's source) with the rest of
the function's library, and load its entry point with cffi: shared by grad/vjp (reverse)
and jvp (forward)."""

from __future__ import annotations

import os

import cffi

from .build import build_library, open_library, source_file


class LoadedWrapper:
    """A built wrapper: its cffi `ffi`, the library (kept alive) and its `entry` function."""

    def __init__(self, fn, text: str, file_name: str, cdef: str, entry: str, tag: str):
        sig, library = fn.signature, fn.library
        wrapper = source_file(text, file_name)
        others = [s for s in library.sources
                  if os.path.abspath(s) != os.path.abspath(sig.file)]
        self.ffi = cffi.FFI()
        self.ffi.cdef(cdef)
        self.lib = open_library(self.ffi, build_library([wrapper, *others], library.flags,
                                                        tag=tag))
        self.entry = getattr(self.lib, entry)
