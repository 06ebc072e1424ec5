"""`enzymec`: a cc-compatible command line that differentiates the C it compiles.

The driver parses cc's flags, runs each input through the pipeline stages (clang frontend,
pre-AD simplification, AD, optimization, codegen) and links with the system cc. It behaves
like cc where cc's behaviour is observable: output names, exit codes (0 ok, 1 error), clang's
diagnostics passed through untouched, and never a Python traceback for a user error.
"""

from __future__ import annotations

import errno
import os
import sys

import enzymec
from enzymec.diagnostics import CompileError, configure, location_reads, warn
from enzymec.driver import (backend, clang_codegen, pipeline, source_locations,
                            text_codegen, toolchain)
from enzymec.driver.linker import default_object_name, link
from enzymec.driver.gc_tuning import tune_for_compile
from enzymec.driver.options import NOT_COMPILED, Input, Options, parse_args
from enzymec.driver.pipeline import Context
from enzymec.driver.tools import ToolFailed
from enzymec.driver.resources import include_dir
from enzymec.driver.cache_file import cache_path
from enzymec.driver.tempdir import (Interrupted, atomic_write, output_errors, private_tempdir,
                                     signal)

EXIT_ERROR, EXIT_INTERNAL = 1, 70

HELP = """\
OVERVIEW: enzymec - an automatic-differentiation compiler for C and C++

enzymec is a drop-in replacement for cc. It compiles C/C++ to LLVM IR with clang {major},
finds every call to __enzyme_autodiff / __builtin_autodiff (see <enzyme.h>), synthesizes
the derivative functions on the IR, optimizes forward and reverse code together with LLVM
and links with the system cc.

USAGE: enzymec [options] file...

  double f(double x) {{ return x * x; }}
  double df(double x) {{ return __builtin_autodiff(f, x); }}   /* #include <enzyme.h> */

  enzymec -O3 file.c -o prog && ./prog

OPTIONS (as cc):
  -c / -S / -E          compile to object / assembly / preprocess only
  -emit-llvm            with -S: textual IR (.ll) after optimization; with -c: bitcode (.bc)
  -o <file>             output file (default a.out, x.o, x.s, x.ll, x.bc)
  -O0 -O1 -O2 -O3 -Os -Oz   optimization level (of the code and of the derivatives)
  -g                    debug info (without it enzymec still tracks source lines for errors)
  -I -D -U -include -isystem -std= -W... -f... -m...   passed to clang
  -L -l -Wl,... -shared -static -pthread -rdynamic      passed to the linker (cc)
  -MD -MMD -MF -MT -MP  dependency files, as clang writes them
  -x <lang>             language of the following inputs (c, c++, f95, ir)
  -flto                 with several inputs: link their IR into one module before AD, so a
                        unit may differentiate a function of another (C driver, Fortran,
                        Rust or Zig kernel)
  -v                    show the commands enzymec runs
  -J <dir>              (Fortran) where flang writes and finds .mod files
  inputs: .c .cc .cpp .cxx .C .ll .bc .o .a .so, and - (stdin, with -x); Fortran
          (.f .F .f90 .F90 .f95 ...) through flang {major}, its runtime linked

ENZYMEC OPTIONS:
  --enzymec-dump-ir=STAGE   print the IR after STAGE to stderr: frontend, pre-ad, ad, opt
                            or all; may be repeated
  --enzymec-dump-dir=DIR    write dumps to DIR/<input>.<stage>.ll instead of stderr
  --enzymec-codegen=auto|clang|llvmlite
                            who runs the -O pipeline and codegen of an object file
                            after AD (the same code; auto: clang for all but small
                            modules, where llvmlite is quicker)
  --enzymec-pre-ad=auto|clang|llvmlite
                            who runs the pre-AD pipeline (the same IR; auto: clang for
                            all but small modules)
  --explain                 remarks at the source: activity, tape, shadows, inlined and
                            split calls, custom derivatives, tape removed by LLVM
  --explain=FILE            the same facts as JSON (schema: enzymec/ad/explain/explain_log.py)
  --explain=dot             each gradient's CFG before and after optimization as Graphviz
  --explain-dir=DIR         where --explain=dot writes (default: the current directory)
  --check-gradients[=runtime]  check each autodiff call at run time against finite
                            differences of the primal (=runtime: compiled in, but off
                            unless ENZYMEC_CHECK_GRADIENTS=1)

ENVIRONMENT:
  ENZYMEC_CLANG   the clang to use (must be clang {major}; default: clang-{major} on PATH,
                  else the clang of the ziglang wheel)
  ENZYMEC_FLANG   the flang to use for Fortran (must be flang {major}; default:
                  flang-new-{major} or flang-{major} on PATH)
  ENZYMEC_LD      the C linker driver (default cc); ENZYMEC_LDXX for C++ (default c++)
  ENZYMEC_TRACEBACK=1   show Python tracebacks of internal errors
  ENZYMEC_CHECK_GRADIENTS=0|1|abort|verbose   (in programs built with --check-gradients)
                  turn the gradient checks off or on, stop at the first mismatch, or
                  also report each check's outcome
"""


def _print_version(tc: toolchain.Toolchain | None) -> None:
    print(f"enzymec version {enzymec.__version__}")
    print(f"LLVM (llvmlite) {'.'.join(map(str, toolchain_llvm_version()))}")
    if tc is not None:
        print(f"clang: {' '.join(tc.cc)} (clang version {tc.version})")
    print(f"InstalledDir: {os.path.dirname(os.path.abspath(enzymec.__file__))}")


def toolchain_llvm_version() -> tuple[int, ...]:
    import llvmlite.binding as llvm

    return llvm.llvm_version_info


def _dump(ctx: Context, inp: Input, stage: str, text: str) -> None:
    """--enzymec-dump-ir: the IR after `stage`, to stderr or to the dump directory."""
    if stage not in ctx.opts.dump_stages:
        return
    if ctx.opts.dump_dir:
        os.makedirs(ctx.opts.dump_dir, exist_ok=True)
        name = os.path.basename(pipeline.source_name(inp))
        atomic_write(os.path.join(ctx.opts.dump_dir, f"{name}.{stage}.ll"), text)
    else:
        sys.stderr.write(f"; ---- enzymec: IR after {stage} ({pipeline.source_name(inp)}) ----\n")
        sys.stderr.write(text if text.endswith("\n") else text + "\n")


def frontend_text(ctx: Context, inp: Input, obj_name: str, locations: bool = True,
                  quiet: bool = False) -> str:
    """The IR of one input: read (.ll/.bc) or compiled by its language's front end (C and
    C++: with line tables unless `locations` is False, its diagnostics shown unless
    `quiet`)."""
    if inp.lang in ("ir", "bc"):
        from enzymec.driver.irinput import load_ir_input  # IR inputs only (with a fork)
        text = load_ir_input(inp, pipeline.source_name(inp))
    elif inp.lang == "fortran":
        text = pipeline.fortran_frontend(ctx, inp, cache_path())
    else:
        text = pipeline.frontend(ctx, inp, obj_name, locations, quiet)
    _dump(ctx, inp, "frontend", text)
    return text


def compile_input(ctx: Context, inp: Input, obj_name: str):
    """One source or IR input through every stage; returns the optimized llvmlite module.
    Without -g, first without source locations, and again with them where the first
    compile wanted one (source_locations.py)."""
    if source_locations.wanted_up_front(ctx, inp):
        return compile_text(ctx, inp, frontend_text(ctx, inp, obj_name))
    text = frontend_text(ctx, inp, obj_name, locations=False)
    reads = location_reads()
    try:
        module = compile_text(ctx, inp, text)
        if location_reads() == reads:
            return module
        why = "a source location was asked for"
    except CompileError as err:
        why = f"it reports an error ({err.message})"
    if ctx.opts.verbose:
        print(f"enzymec: note: compiling '{pipeline.source_name(inp)}' again with source "
              f"locations: {why}", file=sys.stderr)
    return compile_text(ctx, inp, frontend_text(ctx, inp, obj_name, quiet=True))


def compile_text(ctx: Context, inp: Input, text: str):
    """IR text of `inp` through pre-AD, AD and optimization; the optimized module."""
    name = pipeline.source_name(inp)
    text = pipeline.pre_ad(ctx, text, name)
    _dump(ctx, inp, "pre-ad", text)
    log = ctx.explain.unit(name) if ctx.explain is not None else None
    text = pipeline.ad(text, name, log, ctx.opts.check_gradients, ctx.opts.opt == "3")
    _dump(ctx, inp, "ad", text)
    untagged = text if log is None else ctx.explain.untagged(text)
    module = pipeline.optimize(ctx, untagged, name)
    if log is not None:
        ctx.explain.after_optimization(ctx, log, text, module)
        if text_codegen.wanted(ctx):  # the object comes as it does without --explain
            optimized = module
            module = text_codegen.TextUnit(untagged, lambda: optimized)
    if "opt" in ctx.opts.dump_stages:
        _dump(ctx, inp, "opt", str(module))
    return module


def _suffix(opts: Options) -> str:
    if opts.mode == "S":
        return ".ll" if opts.emit_llvm else ".s"
    return ".bc" if opts.emit_llvm else ".o"


def _write_unit(ctx: Context, module, path: str) -> None:
    """Write one compiled unit in the form -c/-S/-emit-llvm asked for ('-' is stdout)."""
    opts = ctx.opts
    if opts.mode == "S":
        data = str(module) if opts.emit_llvm else backend.emit_assembly(module, ctx.target)
    else:
        data = module.as_bitcode() if opts.emit_llvm else clang_codegen.emit_object(ctx, module)
    if path == "-":
        stream = sys.stdout.buffer
        stream.write(data.encode() if isinstance(data, str) else data)
        stream.flush()
    else:
        with output_errors(path):
            atomic_write(path, data)


def _check_readable(path: str) -> None:
    """clang's checks before any work: the input exists, is not a directory, can be read."""
    if not os.path.exists(path):
        raise CompileError(f"no such file or directory: '{path}'")
    if os.path.isdir(path):
        raise CompileError(f"error reading '{path}': {os.strerror(errno.EISDIR)}")
    if not os.path.isfile(path):
        return  # a pipe or device: opening it here could block or consume it
    try:
        with open(path, "rb"):
            pass
    except OSError as err:
        raise CompileError(f"error reading '{path}': {err.strerror}") from None


def _check_inputs(opts: Options) -> None:
    if not opts.inputs:
        raise CompileError("no input files")
    for inp in opts.inputs:
        if inp.path != "-":
            _check_readable(inp.path)
    units = [i for i in opts.inputs if i.lang != "link"]
    if opts.output and opts.mode in ("c", "S") and len(units) > 1:
        raise CompileError("cannot specify -o when generating multiple output files")


def _unused_linker_input(inp: Input) -> None:
    """-c/-S: a linker input is unused (clang's warning); a source enzymec cannot compile
    is an error rather than a missing output file."""
    kind = NOT_COMPILED.get(os.path.splitext(inp.path)[1])
    if kind:
        raise CompileError(f"'{inp.path}' is {kind} input, which enzymec does not compile "
                           "(it compiles C, C++ and LLVM IR); compile it with cc")
    warn(f"{inp.path}: 'linker' input unused [-Wunused-command-line-argument]")


def build(ctx: Context) -> None:
    """Run the whole job described by the options."""
    opts = ctx.opts
    _check_inputs(opts)
    if opts.mode == "E":
        for inp in opts.inputs:
            pipeline.preprocess(ctx, inp, opts.output)
        return
    if opts.mode in ("c", "S"):
        for inp in opts.inputs:
            if inp.lang == "link":
                _unused_linker_input(inp)
                continue
            out = opts.output or default_object_name(inp.path, _suffix(opts))
            _write_unit(ctx, compile_input(ctx, inp, out), out)
        return
    if opts.whole_program:
        _build_whole_program(ctx)
        return
    objects = {}
    for index, item in enumerate(opts.link):
        if isinstance(item, Input) and item.lang != "link":
            path = os.path.join(ctx.tmpdir, f"unit{index}.o")
            dep_name = default_object_name(item.path, ".o")
            atomic_write(path, clang_codegen.emit_object(ctx, compile_input(ctx, item, dep_name)))
            objects[index] = path
    with output_errors(opts.output or "a.out"):
        link(ctx, opts.link + _fortran_runtime(opts), objects)


def _build_whole_program(ctx: Context) -> None:
    """Every unit's IR linked into one module before pre-AD, AD and optimization."""
    opts, first, texts = ctx.opts, None, []
    for item in opts.link:
        if isinstance(item, Input) and item.lang != "link":
            first = first or item
            texts.append(frontend_text(ctx, item, default_object_name(item.path, ".o")))
    merged = backend.link_texts(texts, pipeline.source_name(first))
    path = os.path.join(ctx.tmpdir, "whole-program.o")
    atomic_write(path, clang_codegen.emit_object(ctx, compile_text(ctx, first, merged)))
    items = [item for item in opts.link if not (isinstance(item, Input) and item.lang != "link")]
    items = [path, *items] + _fortran_runtime(opts)
    with output_errors(opts.output or "a.out"):
        link(ctx, items, {})


def _fortran_runtime(opts: Options) -> list[str]:
    """flang's runtime library for a link with Fortran inputs."""
    if not opts.fortran:
        return []
    from enzymec.driver import fortran  # Fortran only: C compiles skip its imports
    return fortran.runtime_link_flags(fortran.find_flang(toolchain.required_major()))


def _explain_session(opts):
    """The --explain session (driver/explain.py), or None: a compile without --explain does
    not import it (nor its regular expressions)."""
    if not opts.explain:
        return None
    from enzymec.driver.explain import explain_session
    return explain_session(opts)


def run(argv: list[str]) -> int:
    """Parse, build, and map every failure to cc's exit codes."""
    opts = parse_args(argv)
    configure(opts.cflags, sys.stderr.isatty())
    if opts.show_help:
        print(HELP.format(major=toolchain.required_major()))
        return 0
    tc = toolchain.find_toolchain()
    if opts.show_version or (opts.verbose and not opts.inputs):
        _print_version(tc)
        return 0
    if opts.verbose:
        print(f"enzymec version {enzymec.__version__} (clang {tc.version})", file=sys.stderr)
    opts.cflags.extend(["-isystem", include_dir()])
    with private_tempdir() as tmpdir:
        ctx = Context(opts, tc, tmpdir, _explain_session(opts))
        build(ctx)
        if ctx.explain is not None:
            ctx.explain.close()
    return 0


def main(argv: list[str] | None = None) -> int:
    """Console entry point: never lets a Python traceback reach a user by accident."""
    argv = sys.argv[1:] if argv is None else argv
    tune_for_compile()
    try:
        return run(argv)
    except ToolFailed:
        return EXIT_ERROR  # clang or the linker already printed their diagnostics
    except CompileError as err:
        print(err.render(), file=sys.stderr)
        return EXIT_ERROR
    except Interrupted as sig:
        return 128 + sig.signum
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return _reader_gone()
    except Exception as err:  # noqa: BLE001 - the last line of defence, reported as an ICE
        return _internal_error(err)


def finish(code: int) -> None:
    """Flush the standard streams and end the process with `code` at once: how the `enzymec`
    command and `python -m enzymec` end (launch.py), after main.

    Python's own exit would first take apart every object still alive, the whole IR and
    AD object graph of the unit among them: about 5-6% of the instructions the driver's
    process executes on the benchmark sources (28M of 514M on logsumexp/timed.c, 77M of
    1339M on ba/timed.c, counted as benchmarks/compile_instructions.py does), for memory
    the kernel reclaims anyway.
    clang's cc1 skips its own teardown the same way (-disable-free). By then everything the
    driver writes is closed and its scratch directory removed (private_tempdir); only the
    standard streams may hold buffered text, which is flushed first. In-process callers
    (tests, enzymec.python) use main, which returns.
    """
    try:
        for stream in (sys.stdout, sys.stderr):
            if stream is not None:
                stream.flush()
    except BrokenPipeError:
        code = _reader_gone()
    except OSError as err:  # stdout on a full disk: what Python's exit would have said
        print(f"enzymec: error: cannot write the output: {err}", file=sys.stderr)
        sys.stderr.flush()
        code = code or EXIT_ERROR
    os._exit(code)


def _reader_gone() -> int:
    """Whoever read our standard output went away (`enzymec --version | head -1`): end
    quietly with the status of a C tool killed by SIGPIPE, and keep Python's exit-time flush
    of the dead pipe from printing a second error."""
    os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return 128 + signal.SIGPIPE


def _internal_error(err: Exception) -> int:
    if os.environ.get("ENZYMEC_TRACEBACK") == "1":
        import traceback  # only for an internal error: a compile need not load it
        traceback.print_exc()
    print(f"enzymec: internal compiler error: {type(err).__name__}: {err}", file=sys.stderr)
    print("enzymec: note: this is a bug in enzymec; please report it with the input file and "
          "command line (ENZYMEC_TRACEBACK=1 shows the Python traceback)", file=sys.stderr)
    return EXIT_INTERNAL
