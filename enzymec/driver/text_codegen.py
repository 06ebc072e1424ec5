"""The object code of a unit from the AD's IR text, with no llvmlite in between (issue 11
item 5).

Why: for an object file, clang runs the -O pipeline and the code generation
(clang_codegen.py); llvmlite only parsed the AD's text (dropping its debug info and
verifying it) and wrote it back as bitcode for clang. When the module calls no runtime
function (rtlink.py links those in llvmlite) that round trip is all llvmlite does, and
loading its library is most of its cost (about 0.035 s of CPU, with the parse and the
bitcode 0.04-0.05 s of a 0.27 s compile of taylor_log/timed.c). clang reads the text
itself: it verifies IR input (a broken module is "invalid LLVM IR input", whatever the
cc1 flags), and it drops the line-table debug info the frontend kept for error locations
the way llvmlite's parser did, when the "Debug Info Version" flag is 0 (its warning about
that is the driver's business, not the user's, and is taken out).

Only with zig's cc1 run directly (zig_cc1.py), without -g (the debug info is then the
user's). At any size: clang_codegen.defer leaves a module of fewer than CLANG_FROM_LINES
instruction lines to llvmlite's codegen, which is quicker once llvmlite's library is
loaded, but nothing else of such a compile loads it (clang_pre_ad.wanted), and loading it
costs more than clang's process saves: CPU of `enzymec -O2 -c`, medians of 7 interleaved
runs, examples/square.c 0.169 s with llvmlite's pre-AD pipeline and codegen, 0.159 s with
clang's; tests/c/do_while.c 0.235 and 0.210 s (either stage alone in clang was slower
than both in llvmlite: 0.195/0.203 s and 0.304/0.273 s). The runtime functions a module
calls are appended to its text first (rt_text.py: linked once per set of functions and
cached). Anything else, and any failure
of clang or of that link, takes the llvmlite route as before (`fallback`), which reports
a malformed module as a located error.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable

from enzymec import regex_cache
from enzymec.driver import clang_codegen, zig_cc1
from enzymec.driver.rtlink import PREFIX
from enzymec.records import ValueRecord

_VERSION = regex_cache.compile(r'(!"Debug Info Version", i32) \d+')
_DROPPED = regex_cache.compile(  # also in colour (-fcolor-diagnostics)
    rb"^.*warning: .*ignoring debug info with an invalid version \(0\) in .*\n?", re.MULTILINE)


class TextUnit(ValueRecord):
    """A unit's AD output, compiled from its text (object_code), or by the llvmlite route
    (`fallback` gives its llvmlite module, as pipeline.optimize did)."""

    _fields = ("text", "fallback")

    def __init__(self, text: str, fallback: Callable) -> None:
        self.text = text
        self.fallback = fallback

    def object_code(self, ctx) -> bytes:
        obj = emit(ctx, self.text)
        return obj if obj is not None else clang_codegen.emit_object(ctx, self.fallback())


def wanted(ctx) -> bool:
    """Whether this run's units go from text to object (see the module doc); with
    --explain too, so that it changes no object: its analysis reads an llvmlite module
    optimized beside (cli.compile_text)."""
    opts = ctx.opts
    if not ctx.tc.is_zig or opts.want_debug:
        return False
    if not clang_codegen.wanted(ctx, explain_aside=True):
        return False
    return opts.codegen in ("auto", "clang")


def emit(ctx, ir_text: str) -> bytes | None:
    """The object code clang makes of `ir_text` without its debug info, or None (no direct
    cc1 command; clang failed, a broken module among other things; runtime functions
    rt_text.py cannot link)."""
    if PREFIX in ir_text:  # derivative code: rt_text (18 patterns) is imported only then
        from enzymec.driver import rt_text
        ir_text = rt_text.link(ctx, ir_text)
        if ir_text is None:
            return None
    stem = clang_codegen.scratch_stem(ctx, "post")
    with open(stem + ".ll", "w", encoding="utf-8") as handle:
        handle.write(_VERSION.sub(r"\1 0", ir_text, count=1))
    cmd = clang_codegen.command(ctx, stem + ".ll", stem + ".o")
    said = zig_cc1.run(ctx.tc, cmd, stem + ".ll", stem + ".o", ctx.opts.verbose)
    if said is None:
        return None
    said = _DROPPED.sub(b"", said)
    if said:
        sys.stderr.flush()
        sys.stderr.buffer.write(said)
    with open(stem + ".o", "rb") as handle:
        return handle.read()
