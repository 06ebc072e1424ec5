"""Parse a `cc` command line into the enzymec driver's options.

enzymec replaces `cc` in build systems, so it accepts the command-line language of cc/clang:
joined and separate operand forms, inputs interleaved with linker flags (order matters for
`-l`), `-x` switching the language of later inputs. Flags clang understands but enzymec does
not interpret (most -f, -m, -W) are handed to clang, which judges them.
"""

from __future__ import annotations

import os

from enzymec.diagnostics import CompileError
from enzymec.records import ValueRecord

SOURCE_LANGS = {".c": "c", ".i": "c", ".cc": "c++", ".cpp": "c++", ".cxx": "c++", ".C": "c++",
                ".c++": "c++", ".ii": "c++", ".ll": "ir", ".bc": "bc",
                ".f": "fortran", ".F": "fortran", ".for": "fortran", ".f90": "fortran",
                ".F90": "fortran", ".f95": "fortran", ".F95": "fortran", ".f03": "fortran",
                ".F03": "fortran", ".f08": "fortran", ".F08": "fortran"}
# Inputs cc would compile with -c/-S but enzymec does not (it compiles C, C++, Fortran and
# LLVM IR);
# every other non-source input is for the linker, unused with -c/-S (a warning, as clang's).
NOT_COMPILED = {".s": "assembly", ".S": "assembly", ".sx": "assembly", ".h": "header",
                ".hh": "header", ".hpp": "header", ".hxx": "header", ".m": "Objective-C",
                ".mm": "Objective-C++", ".cu": "CUDA"}
# Flags whose operand may be the next argument; (where it goes).
SEPARATE = {"-o": "out", "-I": "cc", "-D": "cc", "-U": "cc", "-include": "cc", "-isystem": "cc",
            "-iquote": "cc", "-idirafter": "cc", "-imacros": "cc", "-isysroot": "cc",
            "-MF": "dep", "-MT": "dep", "-MQ": "dep", "-L": "ld", "-l": "ld", "-x": "x",
            "-Xlinker": "ld", "-Xclang": "cc", "-u": "ld", "-T": "ld", "--sysroot": "both",
            "-target": "cc", "--target": "cc", "-J": "fc", "-module-dir": "fc",
            "--explain-dir": "explain_dir"}
CC_EXACT = {"-ansi", "-pedantic", "-pedantic-errors", "-w", "-nostdinc", "-nostdinc++",
            "-trigraphs", "-fsyntax-only", "-C", "-P", "-dM", "-dD", "-undef", "-H"}
LD_EXACT = {"-shared", "-static", "-rdynamic", "-s", "-nostdlib", "-nostartfiles",
            "-nodefaultlibs", "-static-libgcc", "-static-libstdc++", "-pie", "-no-pie", "-r"}
DEP_EXACT = {"-MD", "-MMD", "-MP", "-M", "-MM", "-MG"}
DUMP_STAGES = ("frontend", "pre-ad", "ad", "opt")
# Flags for flang only (a Fortran input's compile), never for clang.
FORTRAN_EXACT = {"-cpp", "-nocpp"}
FORTRAN_F_PREFIXES = ("-ffree-form", "-ffixed-form", "-fdefault-", "-fimplicit-none",
                      "-fbackslash", "-ffixed-line-length", "-fno-automatic", "-frealloc-lhs",
                      "-fno-realloc-lhs")
LINK_F_PREFIXES = ("-fuse-ld=", "-fopenmp", "-flto", "-fsanitize", "-fprofile", "-fcoverage",
                   "-fno-sanitize", "-fPIE", "-fpie", "-fno-pie", "-fno-PIE")


class Input(ValueRecord):
    """One input file (or '-' for stdin) with its language: c, c++, fortran, ir, bc, or link
    (.o .a .so)."""

    _fields = ("path", "lang")

    def __init__(self, path: str, lang: str) -> None:
        self.path = path
        self.lang = lang


class Options(ValueRecord):
    _fields = (
        "mode", "emit_llvm", "output", "opt", "debug", "cflags", "fcflags", "depflags", "link",
        "shared", "pic", "verbose", "show_version", "show_help", "dump_stages", "dump_dir",
        "explain", "explain_dir", "check_gradients", "codegen", "pre_ad")

    def __init__(
            self, mode: str = "link", emit_llvm: bool = False, output: str | None = None,
            opt: str = "0", debug: list[str] | None = None, cflags: list[str] | None = None,
            fcflags: list[str] | None = None, depflags: list[str] | None = None,
            link: list[str | Input] | None = None, shared: bool = False, pic: bool | None = None,
            verbose: bool = False, show_version: bool = False, show_help: bool = False,
            dump_stages: list[str] | None = None, dump_dir: str | None = None,
            explain: str | None = None, explain_dir: str | None = None,
            check_gradients: str | None = None, codegen: str = "auto", pre_ad: str = "auto"
    ) -> None:
        self.mode = mode  # link | c | S | E
        self.emit_llvm = emit_llvm
        self.output = output
        self.opt = opt  # 0 1 2 3 s z
        self.debug = [] if debug is None else debug  # the user's -g flags
        self.cflags = [] if cflags is None else cflags  # for clang, in command-line order
        self.fcflags = [] if fcflags is None else fcflags  # for flang only (-J, -cpp, -ffree-form)
        self.depflags = [] if depflags is None else depflags
        self.link = [] if link is None else link  # inputs and linker flags, in order
        self.shared = shared
        self.pic = pic  # None: the platform default (PIE, so PIC code)
        self.verbose = verbose
        self.show_version = show_version
        self.show_help = show_help
        self.dump_stages = [] if dump_stages is None else dump_stages
        self.dump_dir = dump_dir
        self.explain = explain  # --explain: "text", "dot" or a JSON file (driver/explain.py)
        self.explain_dir = explain_dir  # --explain-dir: where the .dot/.svg pictures go
        self.check_gradients = check_gradients  # --check-gradients: "on" or "runtime"
        self.codegen = codegen  # --enzymec-codegen: who runs -O and codegen (clang_codegen.py)
        self.pre_ad = pre_ad  # --enzymec-pre-ad: who runs the pre-AD pipeline (clang_pre_ad.py)

    @property
    def inputs(self) -> list[Input]:
        return [item for item in self.link if isinstance(item, Input)]

    @property
    def want_debug(self) -> bool:
        return bool(self.debug) and self.debug[-1] not in ("-g0", "-gno-line-tables-only")

    @property
    def cxx(self) -> bool:
        return any(i.lang == "c++" for i in self.inputs)

    @property
    def fortran(self) -> bool:
        return any(i.lang == "fortran" for i in self.inputs)

    @property
    def whole_program(self) -> bool:
        """-flto when linking several units: differentiate across them (a C driver asking for
        the gradient of a Fortran, Rust or Zig kernel), as Enzyme does at link time."""
        units = [i for i in self.inputs if i.lang != "link"]
        lto = [f for f in self.cflags if f.startswith("-flto") or f == "-fno-lto"]
        return len(units) > 1 and bool(lto) and lto[-1] not in ("-fno-lto", "-flto=none")


def input_lang(path: str, forced: str | None) -> str:
    """The language of an input: -x wins, then the suffix; anything else is for the linker."""
    if forced:
        return {"c": "c", "c++": "c++", "ir": "ir", "cpp-output": "c", "c++-cpp-output": "c++",
                "c-header": "c", "c++-header": "c++", "f95": "fortran",
                "f77": "fortran", "f95-cpp-input": "fortran"}.get(forced, forced)
    _, ext = os.path.splitext(path)
    return SOURCE_LANGS.get(ext, "link")


def _unknown(arg: str) -> CompileError:
    return CompileError(f"unknown argument: '{arg}'")


def _operand(argv: list[str], i: int, flag: str) -> tuple[str, int]:
    """The operand of a separate-form flag, or an error like clang's."""
    if i + 1 >= len(argv):
        raise CompileError(f"argument to '{flag}' is missing (expected 1 value)")
    return argv[i + 1], i + 2


def _enzymec_flag(opts: Options, arg: str) -> None:
    """--enzymec-dump-ir=STAGE[,STAGE] (or all), --enzymec-dump-dir=DIR and
    --enzymec-codegen=auto|clang|llvmlite and --enzymec-pre-ad=auto|clang|llvmlite."""
    name, _, value = arg.partition("=")
    if name == "--enzymec-dump-ir":
        stages = DUMP_STAGES if value == "all" else tuple(value.split(","))
        for stage in stages:
            if stage not in DUMP_STAGES:
                raise CompileError(f"invalid stage '{stage}' in '{arg}' (expected one of "
                                   f"{', '.join(DUMP_STAGES)}, all)")
            opts.dump_stages.append(stage)
    elif name == "--enzymec-dump-dir" and value:
        opts.dump_dir = value
    elif name == "--enzymec-codegen" and value in ("auto", "clang", "llvmlite"):
        opts.codegen = value
    elif name == "--enzymec-pre-ad" and value in ("auto", "clang", "llvmlite"):
        opts.pre_ad = value
    else:
        raise _unknown(arg)


def _explain_flag(opts: Options, arg: str) -> None:
    """--explain (remarks), --explain=dot (pictures), --explain=FILE (JSON),
    --explain-dir=DIR (pictures in DIR)."""
    name, _, value = arg.partition("=")
    if name == "--explain-dir":
        if not value:
            raise CompileError(f"argument to '{name}' is missing (expected 1 value)")
        opts.explain_dir = value
        opts.explain = opts.explain or "dot"
    elif arg == "--explain":
        opts.explain = "text"
    elif not value:
        raise CompileError("argument to '--explain=' is missing (expected dot or a file name)")
    else:
        opts.explain = value


def _check_gradients_flag(opts: Options, arg: str) -> None:
    """--check-gradients (checks on by default) or --check-gradients=runtime (compiled in,
    off unless ENZYMEC_CHECK_GRADIENTS=1 at run time); =off undoes an earlier one."""
    value = arg.partition("=")[2] or "on"
    if value not in ("on", "runtime", "off"):
        raise CompileError(f"invalid value '{value}' in '{arg}' (expected on, runtime, off)")
    opts.check_gradients = None if value == "off" else value


def _simple_flag(opts: Options, arg: str) -> bool:
    """Flags without operands that set a mode or a switch; True when handled."""
    modes = {"-c": "c", "-S": "S", "-E": "E"}
    if arg in modes:
        opts.mode = modes[arg] if opts.mode != "E" else "E"
    elif arg == "-emit-llvm":
        opts.emit_llvm = True
    elif arg == "-v":
        opts.verbose = True
    elif arg in ("--version", "-dumpversion"):
        opts.show_version = True
    elif arg in ("--help", "-help"):
        opts.show_help = True
    elif arg == "-pipe":
        pass  # enzymec always keeps intermediates in memory or its private temp dir
    elif arg == "-pthread":
        opts.cflags.append(arg)
        opts.link.append(arg)
    elif arg in LD_EXACT:
        opts.shared |= arg == "-shared"
        opts.link.append(arg)
    elif arg in FORTRAN_EXACT:
        opts.fcflags.append(arg)
    elif arg in CC_EXACT:
        opts.cflags.append(arg)
    elif arg in DEP_EXACT:
        opts.depflags.append(arg)
    else:
        return False
    return True


def _prefixed_flag(opts: Options, arg: str) -> bool:
    """Flags recognized by prefix (joined forms, -O, -g, -f, -m, -W, -std=)."""
    if arg.startswith("-O"):
        level = arg[2:] or "1"
        if level == "fast":
            opts.cflags.append("-ffast-math")
            level = "3"
        if level not in ("0", "1", "2", "3", "s", "z", "g"):
            level = "3" if level.isdigit() else ""
        if not level:
            raise _unknown(arg)
        opts.opt = "1" if level == "g" else level
    elif arg.startswith("-g"):
        opts.debug.append(arg)
    elif arg.startswith("-Wl,"):
        opts.link.append(arg)
    elif arg.startswith(("-W", "-std=", "--std=", "-m")):
        opts.cflags.append(arg)
    elif arg.startswith(FORTRAN_F_PREFIXES) or arg.startswith("-J"):
        opts.fcflags.append(arg)
    elif arg.startswith("-f"):
        _f_flag(opts, arg)
    elif arg.startswith(("-I", "-D", "-U", "-isystem", "-iquote", "-idirafter", "--sysroot=")):
        opts.cflags.append(arg)
        if arg.startswith("--sysroot="):
            opts.link.append(arg)
    elif arg.startswith(("-L", "-l")):
        opts.link.append(arg)
    elif arg.startswith(("-MF", "-MT", "-MQ")):
        opts.depflags += [arg[:3], arg[3:]]
    elif arg.startswith("--enzymec-"):
        _enzymec_flag(opts, arg)
    elif arg == "--explain" or arg.startswith(("--explain=", "--explain-dir=")):
        _explain_flag(opts, arg)
    elif arg == "--check-gradients" or arg.startswith("--check-gradients="):
        _check_gradients_flag(opts, arg)
    else:
        return False
    return True


def _f_flag(opts: Options, arg: str) -> None:
    """-f flags go to clang; the PIC ones also choose relocation, some also reach the linker."""
    if arg in ("-fPIC", "-fpic", "-fPIE", "-fpie"):
        opts.pic = True
    elif arg in ("-fno-PIC", "-fno-pic", "-fno-PIE", "-fno-pie"):
        opts.pic = False
    opts.cflags.append(arg)
    if arg.startswith(LINK_F_PREFIXES):
        opts.link.append(arg)


def _separate_flag(opts: Options, flag: str, value: str, state: dict) -> None:
    """Store a flag given with its operand in the next argument."""
    where = SEPARATE[flag]
    if where == "out":
        opts.output = value
    elif where == "x":
        state["lang"] = None if value == "none" else value
    elif where == "dep":
        opts.depflags += [flag, value]
    elif where == "ld":
        opts.link += [flag, value]
    elif where == "fc":
        opts.fcflags += ["-J" if flag == "-module-dir" else flag, value]
    elif where == "explain_dir":
        opts.explain_dir = value
        opts.explain = opts.explain or "dot"
    elif where == "both":
        opts.cflags.append(f"{flag}={value}")
        opts.link.append(f"{flag}={value}")
    else:
        opts.cflags += [flag, value]


def parse_args(argv: list[str]) -> Options:
    """Parse the arguments after the program name."""
    opts, state, i = Options(), {"lang": None}, 0
    while i < len(argv):
        arg = argv[i]
        if arg in SEPARATE:
            value, i = _operand(argv, i, arg)
            _separate_flag(opts, arg, value, state)
            continue
        i += 1
        if arg == "-" or not arg.startswith("-"):
            lang = input_lang(arg, state["lang"])
            if arg == "-" and state["lang"] is None and opts.mode != "E":
                raise CompileError("-E or -x required when input is from standard input")
            opts.link.append(Input(arg, lang))
        elif arg.startswith("-x") and len(arg) > 2:
            state["lang"] = None if arg[2:] == "none" else arg[2:]
        elif not (_simple_flag(opts, arg) or _prefixed_flag(opts, arg)):
            raise _unknown(arg)
    return opts
