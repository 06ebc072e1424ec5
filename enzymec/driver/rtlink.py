"""Link the runtime functions a module references into it, before LLVM optimizes it.

The AD stage emits only declarations of runtime functions (`__enzymec_*`, runtime/
enzymec_rt.c) and calls to them. Here the cached runtime bitcode (runtime.py) is reduced to
the functions the module declares and what they use, linked in, and every runtime function
made internal: LLVM then inlines the small ones into the derivative code and optimizes
them together (a tape whose reads follow its writes disappears), and no `__enzymec_` symbol
reaches an object file, so objects compiled by different enzymec versions link together. A
module that references none of them (every program without autodiff calls) is left as it
is: it is compiled exactly as clang would compile it.
"""

from __future__ import annotations

from enzymec.diagnostics import CompileError
from enzymec.driver import backend
from enzymec.driver.llvm_lazy import llvm  # llvmlite.binding, loaded when first used
from enzymec.driver.runtime import runtime_bitcode

PREFIX = "__enzymec_"  # a cheap filter only: what is internal is what the runtime defines
RUNTIME_NAME = "<enzymec runtime>"

_DEFINED: dict[str, frozenset[str]] = {}  # runtime bitcode path -> the functions it defines


def referenced(module: llvm.ModuleRef) -> set[str]:
    """The functions `module` declares without defining whose names say they may be the
    runtime's (the runtime decides: link_runtime links only what it defines)."""
    return {f.name for f in module.functions if f.is_declaration and f.name.startswith(PREFIX)}


def link_runtime(ctx, module: llvm.ModuleRef) -> None:
    """After AD: link the runtime functions `module` references and make every function
    the runtime defines internal in it (also those linked before AD)."""
    runtime, defined = _load(ctx)
    link_functions(ctx, module, referenced(module) & defined, runtime)
    internalize(module, defined)


def link_functions(ctx, module: llvm.ModuleRef, names: set[str], runtime=None) -> None:
    """Link the runtime functions `names` (and what they use) into `module`, as they are in
    the runtime (external: before AD, so that the pre-AD passes keep them for the AD)."""
    if not names:
        return
    if runtime is None:
        runtime, _ = _load(ctx)
    _keep_only(ctx, runtime, names)
    module.link_in(runtime)
    missing = sorted(referenced(module) & names)
    if missing:
        raise CompileError(f"internal error: the enzymec runtime lacks {', '.join(missing)}")


def defined_names(ctx) -> frozenset[str]:
    """The names of the functions the runtime defines."""
    return _load(ctx)[1]


def _load(ctx) -> tuple[llvm.ModuleRef, frozenset[str]]:
    """The runtime bitcode, parsed (a fresh module: linking consumes it), and the names of
    the functions it defines."""
    path = runtime_bitcode(ctx)
    with open(path, "rb") as handle:
        runtime = backend.parse_bitcode(handle.read(), RUNTIME_NAME)
    if path not in _DEFINED:
        _DEFINED[path] = frozenset(f.name for f in runtime.functions if not f.is_declaration)
    return runtime, _DEFINED[path]


def _keep_only(ctx, runtime: llvm.ModuleRef, names: set[str]) -> None:
    """Drop from `runtime` every definition that `names` do not need (GlobalDCE on the
    rest made internal; what `names` call stays, internal)."""
    for function in runtime.functions:
        if not function.is_declaration and function.name not in names:
            function.linkage = "internal"
    manager = llvm.create_new_module_pass_manager()
    manager.add_global_dead_code_eliminate_pass()
    manager.run(runtime, llvm.create_pass_builder(ctx.target.machine(),
                                                  llvm.create_pipeline_tuning_options(0)))


def internalize(module: llvm.ModuleRef, defined: frozenset[str]) -> None:
    """Make every function of the runtime (`defined`) that `module` defines internal: no
    runtime symbol reaches an object file. Only the runtime's own definitions are touched,
    never a user function, whatever its name."""
    for function in module.functions:
        if not function.is_declaration and function.name in defined:
            function.linkage = "internal"
