"""Source locations on demand: a C or C++ unit compiled without `-g` gets no line tables
from its frontend at first, and is compiled again with them only when something asked for
a source location (issue 11 item 5).

Why: without `-g` the object file carries no debug information, so the line tables the
frontend writes serve only enzymec itself: its located errors (`file:line:col: error:`),
and the places a derivative's run-time checks name in their messages. Yet every unit paid
for them: the frontend writing them, the pre-AD clang run reading and writing them again,
and the driver's own passes over a text that is mostly `!DILocation` lines (430 KB of
ba/timed.c's frontend text). Without them, in instructions (`python -m benchmarks
compile-instructions`: the driver, the frontend and the pre-AD run fall, the codegen's
input is the same): ba/timed.c 3654M -> 3528M, gmm 3995M -> 3879M, matvec 1780M ->
1710M, tree_reduce 1370M -> 1329M, logsumexp 1096M -> 1065M (2.8-3.9% of the compile).

What asks for a location goes through ir/debuginfo.py, which counts the reads
(diagnostics.location_reads); a unit whose synthesis raised a CompileError, or read a
location, is compiled again from its frontend with line tables, quietly (clang's
diagnostics were shown by the first run), and that second compile is the one kept: the
same code (debug information changes no optimization), now with every location. Units
that always want locations keep them from the start (`wanted_up_front`).
"""

from __future__ import annotations


def wanted_up_front(ctx, inp) -> bool:
    """Whether `inp` needs the frontend's line tables from its first compile: `-g` (the
    user's debug information); --explain and --check-gradients (their reports and checks
    name source lines on success); --enzymec-dump-ir (the dumps show the IR as it is
    compiled, once); inputs that clang's C frontend does not compile (IR, Fortran); and
    any output but an object file (-S, -emit-llvm): there the dropped line tables leave
    their mark, a "Debug Info Version" module flag of 0 (backend.strip_debug_info), and
    the output stays what it was, where the object files of both ways are the same bytes
    (the 11 benchmark sources' and tests/explain's)."""
    opts = ctx.opts
    return (opts.want_debug or bool(opts.explain) or bool(opts.check_gradients)
            or bool(opts.dump_stages) or inp.lang in ("ir", "bc", "fortran")
            or opts.mode == "S" or opts.emit_llvm)
