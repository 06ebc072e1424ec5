"""llvmlite side of the driver: parse IR, run pass pipelines, emit object code or assembly.

All LLVM work after the frontend happens in llvmlite's LLVM (the same major version as the
clang frontend). LLVM's own error text is turned into `file:line:col: error:` diagnostics so a
malformed .ll input is reported like any other compile error.
"""

from __future__ import annotations

import contextlib
import functools
import os
import re

from enzymec import regex_cache
from enzymec.diagnostics import CompileError, SourceLocation
from enzymec.driver.llvm_lazy import llvm  # llvmlite.binding, loaded when first used
from enzymec.records import FrozenRecord, init_field

# LLVM prints this when it drops the debug info we asked it to drop (see strip_debug_info).
_STRIP_WARNING = regex_cache.compile(r"warning: ignoring debug info with an invalid version \(0\)")


@functools.lru_cache(maxsize=1)
def init_llvm() -> None:
    llvm.initialize_native_target()
    llvm.initialize_native_asmprinter()
    llvm.initialize_native_asmparser()


class Target(FrozenRecord):
    """What codegen needs to know: CPU, features and whether to emit PIC."""

    _fields = ("cpu", "features", "pic", "opt")

    def __init__(
            self, cpu: str = "x86-64", features: str = "", pic: bool = True, opt: int = 2
    ) -> None:
        init_field(self, "cpu", cpu)
        init_field(self, "features", features)
        init_field(self, "pic", pic)
        init_field(self, "opt", opt)

    def machine(self) -> llvm.TargetMachine:
        init_llvm()
        triple = llvm.get_process_triple()
        return llvm.Target.from_triple(triple).create_target_machine(
            cpu=self.cpu, features=self.features, opt=self.opt,
            reloc="pic" if self.pic else "static", codemodel="default")


def _error_text(err: Exception) -> str:
    """LLVM's message; llvmlite fails to decode one that quotes non-UTF-8 bytes of the input."""
    if isinstance(err, UnicodeDecodeError):
        return err.object.decode("utf-8", errors="replace")
    return str(err)


def _llvm_error(message: str, source_name: str) -> CompileError:
    """Turn llvmlite's `<string>:L:C: error: msg` (plus context lines) into a CompileError."""
    match = re.search(r"<string>:(\d+):(\d+): error: (.*)", message)
    if match:
        line, col, text = int(match[1]), int(match[2]), match[3].strip()
        return CompileError(text, SourceLocation(source_name, line, col))
    lines = [ln for ln in message.strip().splitlines() if ln.strip()]
    text = "; ".join(ln.strip() for ln in lines[:3]) or "invalid LLVM IR"
    return CompileError(f"invalid LLVM IR: {text}", SourceLocation(source_name))


def parse_ir(text: str, source_name: str, verify: bool = True) -> llvm.ModuleRef:
    """Parse (and verify) textual IR in llvmlite; errors name `source_name`."""
    init_llvm()
    try:
        module = llvm.parse_assembly(text)
    except (RuntimeError, UnicodeDecodeError) as err:
        raise _llvm_error(_error_text(err), source_name) from None
    if verify:
        verify_module(module, source_name)
    module.name = source_name
    return module


def verify_module(module: llvm.ModuleRef, source_name: str) -> None:
    """LLVM's verifier; what it rejects becomes a CompileError naming `source_name`."""
    try:
        module.verify()
    except (RuntimeError, UnicodeDecodeError) as err:
        raise _llvm_error(_error_text(err), source_name) from None


# A raw bitcode file starts with 'BC' 0xC0DE; a wrapped one with 0x0B17C0DE (little-endian).
BITCODE_MAGIC = (b"BC\xc0\xde", b"\xde\xc0\x17\x0b")


def is_bitcode(data: bytes) -> bool:
    """True when `data` is bitcode by its magic number (how clang tells .bc from .ll)."""
    return data[:4] in BITCODE_MAGIC


def parse_bitcode(data: bytes, source_name: str) -> llvm.ModuleRef:
    """Parse bitcode bytes in llvmlite; the reader's complaint becomes `file: error:`."""
    init_llvm()
    try:
        module = llvm.parse_bitcode(data)
    except (RuntimeError, UnicodeDecodeError) as err:
        lines = _error_text(err).splitlines()
        lines = lines[1:] if lines and lines[0].startswith("LLVM bitcode parsing error") else lines
        reason = "; ".join(ln.strip() for ln in lines if ln.strip())
        raise CompileError(f"invalid bitcode: {reason or 'unreadable'}",
                           SourceLocation(source_name)) from None
    module.name = source_name
    return module


def parse_bitcode_file(path: str, source_name: str) -> str:
    """Read a .bc file (clang's output) and return its textual IR."""
    with open(path, "rb") as handle:
        return str(parse_bitcode(handle.read(), source_name))


def link_texts(texts: list[str], source_name: str) -> str:
    """Several modules' IR linked into one (-flto's whole program), as LLVM IR text."""
    module = parse_ir(texts[0], source_name)
    for text in texts[1:]:
        module.link_in(parse_ir(text, source_name))
    return str(module)


def module_bytes(module: llvm.ModuleRef) -> bytes:
    """LLVM's printing of `module` as bytes: str(module) fails on the rare non-UTF-8 byte
    that LLVM prints unescaped (in the name of a string attribute)."""
    with llvm.ffi.OutputString() as out:
        llvm.ffi.lib.LLVMPY_PrintModuleToString(module, out)
        return out.bytes or b""


@contextlib.contextmanager
def _captured_native_stderr():
    """Capture what LLVM's C++ code writes to fd 2 (Python's sys.stderr is not involved)."""
    import tempfile  # only llvmlite's path comes here: not every compile's start-up

    saved = os.dup(2)
    with tempfile.TemporaryFile() as sink:
        os.dup2(sink.fileno(), 2)
        captured = []
        try:
            yield captured
        finally:
            os.dup2(saved, 2)
            os.close(saved)
            sink.seek(0)
            captured.append(sink.read().decode(errors="replace"))


def strip_debug_info(text: str, source_name: str) -> llvm.ModuleRef:
    """Parse `text` without its debug info (for when the user did not ask for -g).

    llvmlite exposes no StripDebugInfo; the IR parser runs it itself when the module's
    "Debug Info Version" flag is not the current one. The `strip` pass would instead also
    rename local symbols, which makes profiles and `nm` output useless.
    """
    text = re.sub(r'(!"Debug Info Version", i32) \d+', r"\1 0", text)
    with _captured_native_stderr() as captured:
        module = parse_ir(text, source_name)
    rest = "".join(ln for ln in captured[0].splitlines(True) if not _STRIP_WARNING.search(ln))
    if rest:
        os.write(2, rest.encode())
    return module


def _tuning(speed: int, vectorize: bool, slp: bool, unroll: bool) -> llvm.PipelineTuningOptions:
    pto = llvm.create_pipeline_tuning_options(speed)
    pto.loop_vectorization = vectorize
    pto.slp_vectorization = slp
    pto.loop_unrolling = unroll
    return pto


def run_pipeline(module: llvm.ModuleRef, target: Target, speed: int,
                 vectorize: bool, slp: bool, unroll: bool) -> None:
    """Run LLVM's default<O`speed`> module pipeline in place; at 0 only the always-inliner.

    clang's -O0 pipeline also runs the always-inliner: `always_inline` is a promise to the
    user, not an optimization.
    """
    tm = target.machine()
    if speed == 0:
        pass_builder = llvm.create_pass_builder(tm, _tuning(0, False, False, False))
        manager = llvm.create_new_module_pass_manager()
        manager.add_always_inliner_pass()
        manager.run(module, pass_builder)
        return
    pass_builder = llvm.create_pass_builder(tm, _tuning(speed, vectorize, slp, unroll))
    pass_builder.getModulePassManager().run(module, pass_builder)


def emit_object(module: llvm.ModuleRef, target: Target) -> bytes:
    return target.machine().emit_object(module)


def emit_assembly(module: llvm.ModuleRef, target: Target) -> str:
    return target.machine().emit_assembly(module)
