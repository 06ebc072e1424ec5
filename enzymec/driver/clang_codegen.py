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

from enzymec.driver import backend, toolchain
from enzymec.driver.tools import run_tool

# Always after the user's flags: clang warns about flags that only apply to source input
# (-I, -D, -std, ...) and about the module's triple, which is the host's where zig's own
# is OS- and libc-versioned (toolchain.normalize_triple); neither concerns the user.
_QUIET = ["-Qunused-arguments", "-Wno-override-module"]

# Flags that would make clang write something other than a native object: -flto's bitcode
# (a whole-program build links the units' IR itself before AD, cli.whole_program).
_NOT_FOR_CODEGEN = ("-flto", "-fno-lto")


def wanted(ctx) -> bool:
    """True when this run's units become object code that nothing else in the process
    reads: then clang runs the pipeline and the codegen (see the module doc)."""
    opts = ctx.opts
    return (opts.codegen == "clang" and opts.mode != "S" and not opts.emit_llvm
            and ctx.explain is None and "opt" not in opts.dump_stages)


def emit_object(ctx, module) -> bytes:
    """The object code of `module`: from clang when wanted(ctx) (the module is then not yet
    optimized: pipeline.optimize left its passes to clang), else from llvmlite."""
    if not wanted(ctx):
        return backend.emit_object(module, ctx.target)
    stem = os.path.join(ctx.tmpdir, f"post{len(os.listdir(ctx.tmpdir))}")
    with open(stem + ".bc", "wb") as handle:
        handle.write(module.as_bitcode())
    run_tool(command(ctx, stem + ".bc", stem + ".o"), ctx)
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
    return cmd + _QUIET + ["-c", "-o", obj, bitcode]
