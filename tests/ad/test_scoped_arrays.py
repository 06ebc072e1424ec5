"""ad/passes/scoped_arrays.py on IR: which stack arrays of a scope ended by stackrestore move
to the heap (and are freed where the scope ends), which stay, and that the result is valid
IR (clang compiles it). Gradients through such arrays: tests/c/vla_active_in_loop.c."""

from __future__ import annotations

import subprocess
import sys

from enzymec.ir import parse_module, print_module
from enzymec.ad.passes.scoped_arrays import heap_scoped_arrays

LOOP = """
define double @f(double %x, i64 %n, i1 %c) {
entry:
  br label %head

head:
  %k = phi i64 [ 1, %entry ], [ %k1, %tail ]
  %s = phi double [ 0.0, %entry ], [ %s1, %tail ]
  %save = call ptr @llvm.stacksave.p0()
  %vla = alloca double, i64 %k, align 16
  %fixed = alloca [4 x double], align 8
  call void @llvm.lifetime.start.p0(ptr %fixed)
  store double %x, ptr %vla, align 8
  store double %x, ptr %fixed, align 8
  br i1 %c, label %maybe, label %join

maybe:
  %cond = alloca double, align 8
  store double %x, ptr %cond, align 8
  br label %join

join:
  %v = load double, ptr %vla, align 8
  %w = load double, ptr %fixed, align 8
  %s1 = fadd double %s, %v
  call void @llvm.lifetime.end.p0(ptr %fixed)
  call void @llvm.stackrestore.p0(ptr %save)
  br label %tail

tail:
  %k1 = add i64 %k, 1
  %done = icmp eq i64 %k1, %n
  br i1 %done, label %exit, label %head

exit:
  ret double %s1
}

declare ptr @llvm.stacksave.p0()
declare void @llvm.stackrestore.p0(ptr)
declare void @llvm.lifetime.start.p0(ptr)
declare void @llvm.lifetime.end.p0(ptr)
"""


def test_plain_scoped_arrays_move_to_the_heap(tmp_path):
    module = parse_module(LOOP)
    fn = module.get_function("f")
    made = heap_scoped_arrays(fn)
    text = print_module(module)
    assert len(made) == 2  # %vla and %fixed; %cond is made on one path only
    assert "alloca double, i64 %k" not in text and "alloca [4 x double]" not in text
    assert "%cond = alloca double" in text
    assert text.count("call ptr @malloc(") == 2 and text.count("call void @free(") == 2
    assert "llvm.lifetime" not in text.split("declare")[0]
    body = text[text.index("define double @f"):]
    join = body[body.index("\njoin:"):body.index("\ntail:")]
    assert join.index("@free(") < join.index("@llvm.stackrestore")
    assert_clang_compiles(text, tmp_path)


def assert_clang_compiles(text: str, tmp_path) -> None:
    """The toolchain's clang takes the module text `text` (valid IR)."""
    source = tmp_path / "m.ll"
    source.write_text(text)
    proc = subprocess.run([sys.executable, "-m", "ziglang", "clang", "-c", "-x", "ir",
                           str(source), "-o", str(tmp_path / "m.o"), "-Wno-override-module"],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr


def test_nothing_without_stackrestore():
    text = LOOP.replace("  call void @llvm.stackrestore.p0(ptr %save)\n", "")
    module = parse_module(text)
    assert heap_scoped_arrays(module.get_function("f")) == []
    assert print_module(module).count("alloca") == 3


def test_a_scope_left_by_a_return_keeps_its_array():
    """A path from the array to a return that passes no stackrestore: freeing on the other
    paths only would leak (or free twice elsewhere), so the array stays (and memory.py
    refuses it where it needs a shadow)."""
    text = LOOP.replace("  br i1 %c, label %maybe, label %join",
                        "  br i1 %c, label %leave, label %join\n\nleave:\n  ret double %x")
    text = text.replace("\nmaybe:\n  %cond = alloca double, align 8\n"
                        "  store double %x, ptr %cond, align 8\n  br label %join\n", "\n")
    module = parse_module(text)
    assert heap_scoped_arrays(module.get_function("f")) == []
