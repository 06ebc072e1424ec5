"""numba's IR + wrappers -> pre-AD simplification -> enzymec's AD -> O2 -> MCJIT.

The same stages as the `enzymec` command (driver/pipeline.py), on a module that never was
C: numba's functions are made internal so that the pre-AD pipeline inlines them into the
wrappers and drops what the wrappers do not reach (numba's CPython entry points).
"""

from __future__ import annotations

import ctypes
import functools
import re

import llvmlite.binding as llvm

from enzymec import regex_cache
from enzymec.diagnostics import CompileError
from enzymec.driver import backend
from enzymec.driver.jitlink import link_runtime_in_process, without_thread_locals

from .chain_order import reorder_chain_products
from .errors import NumbaUnsupportedError, construct_note
from .fast_math import lower_fast_math
from .wrapper_ir import GRAD, PRIMAL

_ENGINES = []  # compiled code must outlive the callables made from it


@functools.lru_cache(maxsize=1)
def host_target() -> backend.Target:
    """This machine's CPU and features: the gradient runs in this process, as numba's own
    code does (numba compiles for the host), where enzymec's Target() is generic x86-64
    for objects built to be linked anywhere (no FMA, no AVX: numba's fast primal against
    an SSE2 gradient)."""
    backend.init_llvm()
    return backend.Target(cpu=llvm.get_host_cpu_name(),
                          features=llvm.get_host_cpu_features().flatten())


def _internalize(module: llvm.ModuleRef, keep: tuple[str, ...]) -> None:
    for fn in module.functions:
        if not fn.is_declaration and fn.name not in keep:
            fn.linkage = "internal"


def _stage(text: str, name: str, speed: int, vectorize: bool,
           keep: tuple[str, ...]) -> llvm.ModuleRef:
    module = backend.parse_ir(text, name)
    _internalize(module, keep)
    backend.run_pipeline(module, backend.Target(), speed, vectorize, vectorize, vectorize)
    return module


def _loop_closed(module: llvm.ModuleRef) -> None:
    """LCSSA form after the pre-AD pipeline: a value computed in a loop and used after it
    goes through a phi of the loop's exit, which AD keeps once (its last value) where it
    would otherwise tape it on every iteration (numba's logsumexp: log(s) of the sum)."""
    tm = backend.Target().machine()
    builder = llvm.create_pass_builder(tm, llvm.create_pipeline_tuning_options(2))
    manager = llvm.create_new_module_pass_manager()
    manager.add_loop_simplify_pass()
    manager.add_lcssa_pass()
    manager.run(module, builder)


def compile_gradient(ir_text: str, name: str,
                     entries: tuple[str, ...] = (PRIMAL, GRAD)) -> dict[str, int]:
    """Differentiate the module's autodiff (or fwddiff) call and JIT it; the addresses of
    the wrappers named in `entries` (everything else is made internal)."""
    from enzymec.ad import differentiate_module
    pre = _stage(ir_text, name, 2, False, entries)
    _loop_closed(pre)
    try:
        differentiated = differentiate_module(str(pre), name)
    except CompileError as err:
        raise NumbaUnsupportedError(
            construct_note(f"enzymec cannot differentiate {name}: {err}", ir_text)) from None
    module = backend.parse_ir(lower_fast_math(differentiated), name)  # every tanh
    link_runtime_in_process(module)  # tapes, shadows, digamma: as the enzymec command does
    module = without_thread_locals(module, name)  # MCJIT cannot relocate TLS (jitlink.py)
    _internalize(module, entries)
    backend.run_pipeline(module, host_target(), 3, True, True, True)  # numba's own level
    text, reordered = reorder_chain_products(str(module))  # carried adjoints multiplied last
    if reordered:
        module = backend.parse_ir(text, name)
    engine = llvm.create_mcjit_compiler(module, host_target().machine())
    engine.finalize_object()
    _ENGINES.append(engine)
    _set_environments(engine, text)
    return {sym: engine.get_function_address(sym) for sym in entries}


_ENV = regex_cache.compile(r"^@(_ZN08NumbaEnv[\w.$]*) = common (?:\w+ )*global ptr null", re.M)


def _set_environments(engine, ir_text: str) -> None:
    """Point each numba function's environment global in the JIT-compiled module at its
    Environment, as numba does for its own code (JITCodeLibrary.set_env): a null one sends
    the code that needs it (a print of a float, an object it boxes) to numba's "missing
    Environment" path, which left the GIL taken (every later Python step hung)."""
    from numba.core.environment import Environment
    for name in _ENV.findall(ir_text):
        env = Environment._memo.get(name)
        if env is not None:
            _ENGINES.append(env)  # alive as long as the code that points at it
            ctypes.c_void_p.from_address(engine.get_global_value_address(name)).value = id(env)
