"""The pre-AD pipeline run by the toolchain's clang rather than llvmlite (issue 11 item 5).

What and why: before AD, a module that requests a derivative goes through LLVM's
`default<O2>` module pipeline with loop vectorizing, SLP vectorizing and unrolling off
(pipeline.pre_ad). llvmlite's LLVM is an assertions build (clang_codegen.py says how much
slower), and in llvmlite this pipeline, with the module's parse and print, is most of the
`pre-ad` stage: 0.054 s of CPU for logsumexp/timed.c, 0.21 s for gmm. clang runs the same
pipeline on the same text, process start included, in 0.035 s and 0.14 s, and prints the
same IR: every function, global and metadata node of the benchmarks' pre-AD
modules is identical (the struct types keep clang's names where llvmlite's one LLVMContext
appends `.N` to names it has seen in an earlier module of the process).

Only the target reaches clang, never the user's other flags: -fsanitize, -pg, -fno-inline,
-fno-builtin or -flto would change the AD's input, and llvmlite's pipeline sees none of them
either. Where clang cannot be used (`--enzymec-pre-ad=llvmlite`, a module too small to
repay the process, one that needs the runtime's sort or BLAS loops linked first, clang
failing on the text), pipeline.pre_ad keeps llvmlite, which also turns malformed IR into a
located error.
"""

from __future__ import annotations

import re
import sys

from enzymec import regex_cache
from enzymec.driver import clang_codegen, spawn, text_codegen, toolchain, zig_cc1

# Below about this many instruction lines of frontend IR, llvmlite's pipeline costs no more
# than clang's process where llvmlite's library is loaded anyway (the codegen's llvmlite
# route: -g, -S, -emit-llvm, a toolchain without a direct cc1); where the codegen takes the
# text route (text_codegen.py, which says what loading it costs) clang runs it at any size.
# zig's clang run directly (zig_cc1.py) starts in about 0.012 s of CPU (`zig cc` took
# 0.03 s); CPU seconds in one process, llvmlite (parse, pipeline, print)
# against clang, medians of 7 interleaved runs at a load of 1-2: 58 lines 0.006/0.014, 120
# lines 0.007/0.012, 193 lines 0.013/0.017, 281 lines 0.022/0.021, taylor_log 676 lines
# 0.052/0.041, mlp_softmax 784 lines 0.048/0.034.
CLANG_FROM_LINES = 300

# The target, and what keeps zig's clang from adding passes of its own (UBSan at -O0;
# assignment tracking, which turns a -g module's dbg.declare records into dbg_assign, which
# the AD's output then fails the verifier with): the same pipeline as llvmlite's, pass for
# pass.
_PIPELINE = ["-O2", "-Xclang", "-O2", "-fno-vectorize", "-fno-slp-vectorize",
             "-fno-unroll-loops", "-fno-sanitize=all",
             "-Xclang", "-fexperimental-assignment-tracking=disabled"]
_QUIET = [*clang_codegen.QUIET, "-w"]


def wanted(ctx, ir_text: str) -> bool:
    """Whether clang should run the pre-AD pipeline on `ir_text` (see the module doc)."""
    # imported here: the driver starts without the IR package (a plain compile never needs it)
    from enzymec.ad.passes.library_bodies import mentions_library
    choice = ctx.opts.pre_ad
    if choice == "llvmlite" or mentions_library(ir_text):
        return False
    return (choice == "clang" or text_codegen.wanted(ctx)
            or clang_codegen.instruction_lines(ir_text) >= CLANG_FROM_LINES)


def target_flags(ctx) -> list[str]:
    """The user's -march=/-mcpu= (what llvmlite's TargetMachine takes, toolchain.target_cpu),
    nothing else of theirs; zig's generic x86-64 when they name no CPU."""
    cpu = [f for f in ctx.opts.cflags if f.startswith(("-march=", "-mcpu="))]
    if not cpu:
        return ["-march=x86_64"] if ctx.tc.is_zig else []
    return toolchain.translate_user_flags(ctx.tc, cpu)


def command(ctx, source: str, output: str) -> list[str]:
    """clang reading IR text `source` and writing the pipeline's result as IR text."""
    return [*ctx.tc.clang(False), *target_flags(ctx), *_PIPELINE, *_QUIET,
            "-S", "-emit-llvm", "-o", output, source]  # a .ll: zig cc takes no `-x ir`


def run(ctx, ir_text: str) -> str | None:
    """The pre-AD pipeline's result on `ir_text` from clang, or None when clang could not
    give it (no such command, a failure, output that is not UTF-8): the caller then runs
    llvmlite's, which reports malformed IR as a located error."""
    stem = clang_codegen.scratch_stem(ctx, "pread")
    with open(stem + ".ll", "w", encoding="utf-8") as handle:
        handle.write(ir_text)
    cmd = command(ctx, stem + ".ll", stem + ".out.ll")
    try:
        if zig_cc1.run(ctx.tc, cmd, stem + ".ll", stem + ".out.ll", ctx.opts.verbose) is not None:
            return _read(ir_text, stem + ".out.ll")  # zig's clang run directly (zig_cc1.py)
        if ctx.opts.verbose:
            print(" ".join(cmd), file=sys.stderr)
        status, said = spawn.run(cmd, quiet=True)
        if status == 0:
            return _read(ir_text, stem + ".out.ll")
        why = said.decode(errors="replace").strip()[-300:]
    except (OSError, UnicodeError) as err:
        why = str(err)
    if ctx.opts.verbose:
        print(f"enzymec: note: llvmlite runs the pre-AD pipeline: clang failed: {why}",
              file=sys.stderr)
    return None


def _read(ir_text: str, path: str) -> str:
    """The pipeline's output at `path`, with the triple line of its input `ir_text`."""
    with open(path, encoding="utf-8") as handle:
        return _with_triple_of(ir_text, handle.read())


_TRIPLE = regex_cache.compile(r'^target triple = "[^"]*"$', re.MULTILINE)


def _with_triple_of(source: str, output: str) -> str:
    """`output` with the triple line of `source`: zig's clang writes its OS- and
    libc-versioned triple, where the module had the host's (toolchain.normalize_triple)."""
    line = _TRIPLE.search(source)
    if line is None:
        return _TRIPLE.sub("", output, count=1)
    return _TRIPLE.sub(lambda _: line[0], output, count=1)
