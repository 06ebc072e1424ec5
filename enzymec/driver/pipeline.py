"""The compilation stages of one translation unit, each a separate function on IR text.

frontend (clang -> IR) -> pre-AD simplification -> AD -> optimization -> codegen. Keeping
each stage a plain function of text makes every step testable on its own and lets the
driver dump the IR between stages (--enzymec-dump-ir).
"""

from __future__ import annotations

import os
import sys

from enzymec.ad.entry.entry_points import (entry_call_lines, keep_entry_calls_apart,
                                           mentions_entry_point)
from enzymec.driver import (attributes, backend, clang_codegen, clang_pre_ad, frontend_ir,
                            openmp, rtlink, static_registrations, text_codegen, toolchain,
                            zig_cc1)
from enzymec.driver.options import Input, Options
from enzymec.driver.progress import terminal_progress
from enzymec.driver.tools import report, run_tool
from enzymec.records import ValueRecord



class Context(ValueRecord):
    """What every stage may need: the options, the toolchain, the private temp directory."""

    _fields = ("opts", "tc", "tmpdir", "explain")

    def __init__(
            self, opts: Options, tc: toolchain.Toolchain, tmpdir: str, explain: object = None
    ) -> None:
        self.opts = opts
        self.tc = tc
        self.tmpdir = tmpdir
        self.explain = explain  # --explain: the driver's ExplainSession (driver/explain.py)

    @property
    def target(self) -> backend.Target:
        cpu, features = toolchain.target_cpu(self.opts.cflags)
        pic = self.opts.pic if self.opts.pic is not None else True
        speed = {"0": 0, "1": 1, "2": 2, "3": 3, "s": 2, "z": 2}[self.opts.opt]
        return backend.Target(cpu, features, pic or self.opts.shared, speed)


def clang_user_flags(ctx: Context, cxx: bool) -> list[str]:
    """Toolchain defaults, then the user's flags, then what must follow them (C++ headers)."""
    user = toolchain.translate_user_flags(ctx.tc, attributes.without_w(ctx.opts.cflags))
    flags = (toolchain.default_flags(ctx.tc, ctx.opts.cflags, ctx.opts.opt)
             + attributes.macro_flags() + user + attributes.warning_flags(ctx.opts.cflags)
             + openmp.compile_flags(ctx.opts.cflags, ctx.tc.version_major))
    if sys.stderr.isatty() and not any("color-diagnostics" in f for f in user):
        flags.insert(0, "-fcolor-diagnostics")  # clang sees a pipe: keep colours for a terminal
    return flags + toolchain.cxx_trailing_flags(ctx.tc) if cxx else flags


def _dep_flags(ctx: Context, inp: Input, obj_name: str) -> list[str]:
    """-MD/-MMD as cc does them: the .d file and the target name follow the real output."""
    deps = list(ctx.opts.depflags)
    if not any(f in ("-MD", "-MMD") for f in deps):
        return deps
    if "-MF" not in deps:
        deps += ["-MF", os.path.splitext(obj_name)[0] + ".d"]
    if "-MT" not in deps and "-MQ" not in deps:
        deps += ["-MT", obj_name]
    return deps


def _lang_flags(inp: Input) -> list[str]:
    return ["-x", inp.lang] if inp.path == "-" or inp.lang in ("c", "c++") else []


def frontend(ctx: Context, inp: Input, obj_name: str, locations: bool = True,
             quiet: bool = False) -> str:
    """clang -> textual IR, with LLVM passes off but optimization attributes and TBAA kept;
    with source locations (line tables) unless `locations` is False (source_locations.py);
    `quiet`: clang's diagnostics not shown (an earlier run of the same input showed them).

    Every variable of static storage is kept where the unit may differentiate, so that a
    registration nothing refers to still reaches the AD; a unit that turns out to call an
    entry point without naming Enzyme in its main file is compiled again with them kept
    (static_registrations.py).
    """
    keep = static_registrations.may_differentiate(inp.path, ctx.opts.whole_program)
    text = _frontend_run(ctx, inp, obj_name, keep, quiet, locations)
    if keep != has_autodiff_call(text) and inp.path != "-" and not ctx.opts.whole_program:
        # compiled again, its diagnostics shown by the first run: with the static variables
        # after all (an entry point reached through a project's macro), or without them (a
        # unit naming Enzyme that differentiates nothing is compiled as clang compiles it:
        # at -O0 an unused static table would stay in the object with what it refers to)
        text = _frontend_run(ctx, inp, obj_name, not keep, True, locations)
    return text


def _frontend_run(ctx: Context, inp: Input, obj_name: str, keep: bool,
                  quiet: bool = False, locations: bool = True) -> str:
    """One clang run of the frontend (`keep`: with every static variable kept; `quiet`:
    without showing its diagnostics; `locations`: with line tables where the user asks for
    no debug info).

    Bitcode is requested rather than `-S -emit-llvm` because zig cc adds its own `-c`,
    which clang warns about with -S (an error under the user's -Werror); zig's cc1 run
    directly writes the text itself (frontend_ir.py), and llvmlite prints the bitcode
    only where it cannot.
    """
    cxx = inp.lang == "c++"
    out = os.path.join(ctx.tmpdir, f"fe{len(os.listdir(ctx.tmpdir))}.bc")
    debug = ctx.opts.debug if ctx.opts.want_debug else \
        ["-gline-tables-only"] if locations else ["-g0"]  # zig cc's default is -g
    cmd = [*ctx.tc.clang(cxx), *clang_user_flags(ctx, cxx), f"-O{ctx.opts.opt}", *debug,
           "-c", "-emit-llvm", "-Xclang", "-disable-llvm-optzns"]
    if keep:
        cmd.append(static_registrations.KEEP_FLAG)
    if ctx.opts.opt == "0":
        cmd += ["-Xclang", "-disable-O0-optnone"]
    deps = _dep_flags(ctx, inp, obj_name)
    if deps and toolchain.separate_dependency_run(ctx.tc):
        pre = [*ctx.tc.clang(cxx), *clang_user_flags(ctx, cxx), f"-O{ctx.opts.opt}", "-E", *deps]
        run_tool(pre + ["-o", out[:-3] + ".i", *_lang_flags(inp), inp.path], ctx)
        deps = []
    cmd += [*deps, "-o", out, *_lang_flags(inp), inp.path]
    said = None if deps or inp.path == "-" else zig_cc1.run(  # zig's clang directly,
        ctx.tc, cmd, inp.path, out, ctx.opts.verbose, frontend_ir.to_text(out))  # as text
    text = None if said is None else frontend_ir.read_text(out)
    diagnose = (lambda said: (b"", False)) if quiet else _frontend_diagnostics
    if said is None or (text is None and not os.path.exists(out)):
        run_tool(cmd, ctx, diagnose=diagnose)
    else:
        report(said, 0, diagnose=diagnose)
    if text is None:
        text = backend.parse_bitcode_file(out, source_name(inp))
    text = toolchain.normalize_triple(text)
    return static_registrations.keep_only_registrations(text) if keep else text


def _frontend_diagnostics(stderr: bytes) -> tuple[bytes, bool]:
    """clang's diagnostics with Enzyme's misplaced attributes made errors (attributes.py);
    True on one."""
    return attributes.promote_unknown_attributes(stderr)


def fortran_frontend(ctx: Context, inp: Input, cache: str) -> str:
    """flang -> textual IR (fortran.py says why flang runs at -O2 with LLVM passes off)."""
    from enzymec.driver import fortran  # Fortran only: C compiles skip its imports
    flang = fortran.find_flang(toolchain.required_major())
    out = os.path.join(ctx.tmpdir, f"fe{len(os.listdir(ctx.tmpdir))}.bc")
    debug = ["-g"] if ctx.opts.want_debug else ["-gline-tables-only"]
    mods = fortran.module_dir(flang, cache, ctx.tmpdir)
    cmd = fortran.frontend_command(flang, ctx.opts.cflags, ctx.opts.fcflags, debug, mods)
    run_tool(cmd + ["-o", out, inp.path], ctx)
    text = backend.parse_bitcode_file(out, source_name(inp))
    return toolchain.normalize_triple(text)


def preprocess(ctx: Context, inp: Input, output: str | None) -> None:
    """-E: clang's preprocessor with the same defaults the compile would use (flang's for
    Fortran)."""
    if inp.lang == "fortran":
        from enzymec.driver import fortran  # Fortran only: C compiles skip its imports
        flang = fortran.find_flang(toolchain.required_major())
        cmd = fortran.preprocess_command(flang, ctx.opts.cflags, ctx.opts.fcflags)
        run_tool(cmd + [inp.path] + (["-o", output] if output and output != "-" else []), ctx)
        return
    cxx = inp.lang == "c++"
    cmd = [*ctx.tc.clang(cxx), *clang_user_flags(ctx, cxx), f"-O{ctx.opts.opt}", "-E",
           *ctx.opts.depflags, *_lang_flags(inp), inp.path]
    run_tool(cmd + (["-o", output] if output and output != "-" else []), ctx)


def source_name(inp: Input) -> str:
    return "<stdin>" if inp.path == "-" else inp.path


def has_autodiff_call(ir_text: str) -> bool:
    """True when some call's callee name contains an autodiff entry point."""
    if not mentions_entry_point(ir_text):
        return False  # the common case, decided without a regex over the whole module
    return next(entry_call_lines(ir_text), None) is not None


def pre_ad(ctx: Context, ir_text: str, name: str) -> str:
    """SSA, simplified CFG and loops, small helpers inlined; no vectorizing or unrolling.

    Only modules that request a derivative pay for this, and in them only the functions the
    AD reads (pre_ad_scope.py): elsewhere the user's -O level alone decides what runs. The runtime's sort is linked here when the module calls qsort: the
    AD differentiates through it (library_bodies.py), so it must be there before AD; so must
    the runtime's CBLAS loops.
    """
    if not has_autodiff_call(ir_text):
        return ir_text
    from enzymec.ad.entry.annotations import refuse_local_annotations
    from enzymec.ad.entry.registrations import protect_registered_functions
    from enzymec.ad.entry.inline_targets import keep_inline_targets
    from enzymec.ad.entry.static_markers import keep_static_markers
    from enzymec.ad.passes.library_bodies import runtime_bodies
    from enzymec.driver import pre_ad_scope
    refuse_local_annotations(ir_text)
    ir_text = keep_entry_calls_apart(ir_text)
    ir_text = keep_inline_targets(keep_static_markers(protect_registered_functions(ir_text)))
    if clang_pre_ad.wanted(ctx, ir_text):  # the same pipeline, run faster (clang_pre_ad.py)
        done = _clang_pre_ad(ctx, ir_text)
        if done is not None:
            return done
    ir_text = pre_ad_scope.mark_skipped(ir_text)  # O3 after AD is enough for the rest
    module = backend.parse_ir(ir_text, name)
    rtlink.link_functions(ctx, module, runtime_bodies({f.name for f in module.functions}))
    backend.run_pipeline(module, ctx.target, 2, vectorize=False, slp=False, unroll=False)
    return pre_ad_scope.restore(str(module))


def _clang_pre_ad(ctx: Context, ir_text: str) -> str | None:
    """clang's pre-AD run; without -g on only what it optimizes, the rest set aside and
    put back (pre_ad_aside.py), else (that failing too) on the whole text; None when
    clang fails on that."""
    from enzymec.driver import pre_ad_aside, pre_ad_scope
    if not ctx.opts.want_debug:
        aside = pre_ad_aside.set_aside(ir_text)
        if aside is not None:
            done = clang_pre_ad.run(ctx, pre_ad_scope.mark_skipped(aside.text, aside.marked))
            if done is not None:
                done = aside.put_back(pre_ad_scope.restore(done))
                if done is not None:
                    return done
            if ctx.opts.verbose:
                print("enzymec: note: the pre-AD run reads the whole unit: the run without "
                      "what was set aside failed, or that could not be put back",
                      file=sys.stderr)
    done = clang_pre_ad.run(ctx, pre_ad_scope.mark_skipped(ir_text))
    return None if done is None else pre_ad_scope.restore(done)


def ad(ir_text: str, name: str, explain=None, check_gradients: str | None = None,
       shadow_tapes: bool = False) -> str:
    """Synthesize every requested derivative (the AD pass proper); `explain`, an ExplainLog,
    records its decisions for --explain; `check_gradients` ("on", "runtime") adds run-time
    gradient checks around the calls; `shadow_tapes` (at -O3, whose loop unswitching the
    transform needs): loop tapes may live in zero shadows
    (enzymec/ad/shadow_tape/shadow_tape_apply.py)."""
    from enzymec.ad import differentiate_module

    progress = terminal_progress()
    try:
        return differentiate_module(ir_text, name, progress, explain, check_gradients,
                                    shadow_tapes)
    finally:
        if progress is not None:
            progress.done()


def vectorizer_settings(opts: Options) -> tuple[bool, bool, bool]:
    """(loop vectorize, SLP vectorize, unroll) as clang decides them per -O and -f flags."""
    level = opts.opt
    vec = level in ("2", "3", "s")
    slp = level in ("2", "3", "s", "z")
    unroll = level not in ("0", "s", "z")
    for flag in opts.cflags:
        vec = True if flag == "-fvectorize" else False if flag == "-fno-vectorize" else vec
        slp = True if flag == "-fslp-vectorize" else False if flag == "-fno-slp-vectorize" else slp
        unroll = True if flag == "-funroll-loops" else False if flag == "-fno-unroll-loops" else unroll
    return vec, slp, unroll


def optimize(ctx: Context, ir_text: str, name: str):
    """The user's -O level on the whole module (forward and reverse code together), with
    the runtime functions the derivatives call linked in first (rtlink.py).

    Returns the llvmlite module, without debug info unless the user asked for -g; not yet
    optimized when clang will optimize it with the codegen (clang_codegen.py); or, when
    clang can compile the text as it is, the text (text_codegen.py).
    """
    if text_codegen.wanted(ctx) and ctx.explain is None:
        return text_codegen.TextUnit(ir_text, lambda: _llvmlite_module(ctx, ir_text, name))
    return _llvmlite_module(ctx, ir_text, name)


def _llvmlite_module(ctx: Context, ir_text: str, name: str):
    """pipeline.optimize's work in llvmlite: parse (dropping debug info without -g) and
    verify, link the runtime, run the -O pipeline unless clang will."""
    if ctx.opts.want_debug:
        module = backend.parse_ir(ir_text, name)
    else:
        module = backend.strip_debug_info(ir_text, name)
    if rtlink.PREFIX in ir_text:  # only derivative code uses the runtime
        rtlink.link_runtime(ctx, module)
    if not clang_codegen.defer(ctx, module, ir_text):
        target = ctx.target
        backend.run_pipeline(module, target, target.opt, *vectorizer_settings(ctx.opts))
    return module
