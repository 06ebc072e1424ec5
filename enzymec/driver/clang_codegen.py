"""The user's -O pipeline and the object code of a unit, run by clang rather than llvmlite.

Why: llvmlite 0.50's LLVM is built with assertions (its library holds some 16,000
assertion messages; the ziglang wheel's clang none), and the same LLVM 22 work, the -O3
pipeline and instruction selection of one module, costs it 1.3-2.8x the CPU time it costs
clang (benchmarks/RESULTS.md, compile time). So for an object file (-c, or each unit of a
link) the module after AD, with the runtime linked and made internal as before (rtlink.py),
is written as bitcode and compiled by the toolchain's clang with the user's -O level and
codegen flags: the passes and the instruction selection are clang's own, as for any C file.

llvmlite keeps everything that needs the optimized module in this process: -S, -emit-llvm,
--explain (which compares the optimized module with the AD's) and --enzymec-dump-ir=opt.
`--enzymec-codegen=llvmlite` keeps it for objects too (to compare the two).
"""

from __future__ import annotations

import os
import sys
import weakref

from enzymec.driver import backend, toolchain, zig_cc1
from enzymec.driver.tools import run_tool

# Always after the user's flags: clang warns about flags that only apply to source input
# (-I, -D, -std, ...) and about the module's triple, which is the host's where zig's own
# is OS- and libc-versioned (toolchain.normalize_triple); neither concerns the user.
QUIET = ["-Qunused-arguments", "-Wno-override-module"]

# Flags that would make clang write something other than a native object: -flto's bitcode
# (a whole-program build links the units' IR itself before AD, Options.whole_program).
_NOT_FOR_CODEGEN = ("-flto", "-fno-lto")


# With `--enzymec-codegen=auto` (the default), modules of fewer instruction lines stay in
# llvmlite: below about this size the clang process's start costs more than its faster LLVM
# saves. With zig's clang run directly (zig_cc1.py, about 0.012 s of CPU to start where
# `zig cc` took 0.03 s), CPU seconds of the -O3 pipeline and object in one process,
# llvmlite against clang, medians of 7 interleaved runs at a load of 1-2: 132 lines
# 0.016/0.025, 288 lines 0.133/0.113, fwd_taylor_log 322 lines 0.095/0.071, taylor_log 399
# lines 0.101/0.079, 426 lines 0.053/0.049.
CLANG_FROM_LINES = 300

_DEFERRED: weakref.WeakSet = weakref.WeakSet()  # modules whose passes are clang's to run


def instruction_lines(ir_text: str) -> int:
    """How many instruction lines IR text holds (the size both clang paths are chosen by)."""
    return ir_text.count("\n  ")


def scratch_stem(ctx, prefix: str) -> str:
    """A fresh path stem in the compile's scratch directory (removed with it)."""
    return os.path.join(ctx.tmpdir, f"{prefix}{len(os.listdir(ctx.tmpdir))}")


def wanted(ctx, explain_aside: bool = False) -> bool:
    """True when this run's units become object code that nothing else in the process
    reads: then clang may run the pipeline and the codegen (see the module doc).
    `explain_aside`: as if without --explain (whose analysis then gets a module of its
    own: cli.compile_text)."""
    opts = ctx.opts
    return (opts.codegen != "llvmlite" and opts.mode != "S" and not opts.emit_llvm
            and (explain_aside or ctx.explain is None) and "opt" not in opts.dump_stages)


def defer(ctx, module, ir_text: str) -> bool:
    """Whether clang will optimize `module` (the IR of `ir_text`) with its codegen; if so,
    pipeline.optimize leaves the module's passes to it."""
    if not wanted(ctx):
        return False
    if ctx.opts.codegen == "auto" and instruction_lines(ir_text) < CLANG_FROM_LINES:
        return False
    _DEFERRED.add(module)
    return True


def emit_object(ctx, module) -> bytes:
    """The object code of `module`: from clang when defer() chose it (the module is then
    not yet optimized), else from llvmlite; a unit that is still text
    (text_codegen.TextUnit) compiles itself."""
    if hasattr(module, "object_code"):
        return module.object_code(ctx)
    if module not in _DEFERRED:
        return backend.emit_object(module, ctx.target)
    stem = scratch_stem(ctx, "post")
    with open(stem + ".bc", "wb") as handle:
        handle.write(module.as_bitcode())
    cmd = command(ctx, stem + ".bc", stem + ".o")
    said = zig_cc1.run(ctx.tc, cmd, stem + ".bc", stem + ".o", ctx.opts.verbose)
    if said is None:  # not zig, or its direct cc1 could not do it (zig_cc1.py)
        run_tool(cmd, ctx)
    elif said:
        sys.stderr.flush()
        sys.stderr.buffer.write(said)
    with open(stem + ".o", "rb") as handle:
        return handle.read()


def command(ctx, bitcode: str, obj: str) -> list[str]:
    """clang on `bitcode` as the frontend ran on the source: the toolchain's defaults, the
    user's flags, the -O level and debug choice; the level also given to clang's cc1
    directly, because zig cc hands -O3 to it as -O2 (`zig cc -### -O3`)."""
    opts, tc = ctx.opts, ctx.tc
    level = f"-O{opts.opt}"
    debug = opts.debug if opts.want_debug else ["-g0"]
    user = [f for f in opts.cflags if not f.startswith(_NOT_FOR_CODEGEN)]
    cmd = [*tc.clang(False), *toolchain.default_flags(tc, opts.cflags, opts.opt),
           *toolchain.translate_user_flags(tc, user), level, *debug]
    if tc.is_zig:
        cmd += ["-Xclang", level]
    return cmd + QUIET + ["-c", "-o", obj, bitcode]
