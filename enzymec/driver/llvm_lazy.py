"""`llvmlite.binding`, loaded when first used rather than when the driver starts.

Why: loading llvmlite's LLVM library costs about 0.035 s of CPU, a tenth of a small
`enzymec -c`, and a compile whose LLVM work is all clang's (clang_pre_ad.py,
text_codegen.py) never uses it. The driver's modules that use llvmlite (backend.py,
rtlink.py) name this object `llvm` and use it as they used the module: the first
attribute read imports `llvmlite.binding`, later reads go straight to it.
"""

from __future__ import annotations

import sys


class _Binding:
    """Stands for the module `llvmlite.binding` until its first attribute is read."""

    def __getattr__(self, name: str):
        # __import__, not importlib.import_module: the importlib package and the warnings
        # module it imports are 1.6M instructions of a compile's start-up
        __import__("llvmlite.binding")
        module = sys.modules["llvmlite.binding"]
        self.__dict__.update(vars(module))  # later reads find the names at once
        return getattr(module, name)


llvm = _Binding()
