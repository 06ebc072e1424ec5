"""Strip-mining a counted single-block loop into chunks (enzymec/ad/strip_mine.py, not used
by any gradient yet): logsumexp's two loops (the max loop starting at 1, the exp loop at 0,
with a running sum and a running max carried across chunks and used after the loop) are
strip-mined with chunks of 4 and 256, LLVM's verifier accepts the result, and the
JIT-compiled function returns the bits of the original for trip counts below, at and
around chunk boundaries (1, 2, 3, 4, 5, 255, 256, 257, 1000) on seeded random inputs; the
chunk loop really runs (its blocks are on the path). Loops of other shapes are refused
and left unchanged."""

from __future__ import annotations

import ctypes
import random
import struct

import llvmlite.binding as llvm
import pytest

from enzymec.ad.canonicalize import canonicalize_loops
from enzymec.ad.strip_mine import strip_mine
from enzymec.analysis import loops
from enzymec.ir import parse_module, print_module

# the pre-AD IR of benchmarks/c/logsumexp/timed.c's logsumexp (-O3), as in
# test_shadow_tape.py; {EXIT} is the exp loop's exit test (and its operands)
LOGSUMEXP = """
define double @logsumexp(ptr %x, i64 %n) {
entry:
  %a0 = load double, ptr %x
  %more = icmp sgt i64 %n, 1
  br i1 %more, label %max, label %one
one:
  %single = icmp eq i64 %n, 1
  br i1 %single, label %exp.pre, label %done
exp.pre:
  %A = phi double [ %a0, %one ], [ %a.next, %max ]
  br label %exp
max:
  %j = phi i64 [ %j.next, %max ], [ 1, %entry ]
  %a = phi double [ %a.next, %max ], [ %a0, %entry ]
  %pj = getelementptr inbounds nuw double, ptr %x, i64 %j
  %xj = load double, ptr %pj
  %gt = fcmp ogt double %xj, %a
  %a.next = select i1 %gt, double %xj, double %a
  %j.next = add nuw nsw i64 %j, 1
  %j.end = icmp eq i64 %j.next, %n
  br i1 %j.end, label %exp.pre, label %max
exp:
  %i = phi i64 [ %i.next, %exp ], [ 0, %exp.pre ]
  %s = phi double [ %s.next, %exp ], [ 0.0, %exp.pre ]
  %pi = getelementptr inbounds nuw double, ptr %x, i64 %i
  %xi = load double, ptr %pi
  %d = fsub double %xi, %A
  %e = call double @llvm.exp.f64(double %d)
  %s.next = fadd double %s, %e
  {EXIT}
  br i1 %i.end, label %exp.exit, label %exp
exp.exit:
  %log = call double @llvm.log.f64(double %s.next)
  br label %done
done:
  %A.out = phi double [ %a0, %one ], [ %A, %exp.exit ]
  %l = phi double [ 0xFFF0000000000000, %one ], [ %log, %exp.exit ]
  %r = fadd double %A.out, %l
  ret double %r
}
declare double @llvm.exp.f64(double)
declare double @llvm.log.f64(double)
"""
EXIT = "%i.next = add nuw nsw i64 %i, 1\n  %i.end = icmp eq i64 %i.next, %n"
SIZES = [1, 2, 3, 4, 5, 255, 256, 257, 1000]


def parsed(exit_test=EXIT):
    """The function with its loops canonical (preheaders, dedicated exits), as AD has it."""
    fn = parse_module(LOGSUMEXP.replace("{EXIT}", exit_test), "lse.ll") \
        .get_function("logsumexp")
    canonicalize_loops(fn)
    return fn, loops(fn)


def mined(size):
    """The module text with both loops strip-mined by chunks of `size`."""
    fn, info = parsed()
    assert [strip_mine(fn, loop, size) for loop in info] == [True, True]
    return print_module(fn.module)


def compiled(text):
    """logsumexp of `text`, JIT-compiled (the engine kept alive with the function)."""
    llvm.initialize_native_target()
    llvm.initialize_native_asmprinter()
    module = llvm.parse_assembly(text)
    module.verify()
    engine = llvm.create_mcjit_compiler(module, llvm.Target.from_default_triple()
                                        .create_target_machine())
    engine.finalize_object()
    kind = ctypes.CFUNCTYPE(ctypes.c_double, ctypes.POINTER(ctypes.c_double), ctypes.c_int64)
    return engine, kind(engine.get_function_address("logsumexp"))


def bits(value: float) -> bytes:
    return struct.pack("<d", value)


@pytest.fixture(scope="module")
def original():
    return compiled(LOGSUMEXP.replace("{EXIT}", EXIT))


@pytest.mark.parametrize("size", [4, 256])
def test_strip_mined_logsumexp_returns_the_same_bits(original, size):
    rng = random.Random(11 + size)
    _, reference = original
    _, f = compiled(mined(size))
    for n in SIZES:
        xs = [rng.uniform(-30.0, 30.0) for _ in range(n)]
        x = (ctypes.c_double * n)(*xs)
        assert bits(f(x, n)) == bits(reference(x, n)), n


def test_the_chunk_loop_is_there():
    """Each loop gained a chunk header (the phis' values at the chunk's start) and a chunk
    end (the body's own exit test, else the next chunk); the body leaves at the limit."""
    text = mined(256)
    for name in ("max", "exp"):
        assert f"\n{name}.chunk:" in text and f"\n{name}.chunk.end:" in text
    assert "%s.chunk = phi double [ 0.0, %exp.pre ], [ %s.next, %exp.chunk.end ]" in text
    assert "%s = phi double [ %s.next, %exp ], [ %s.chunk, %exp.chunk ]" in text
    assert "icmp ult i64 %chunk.left, 256" in text
    assert "br i1 %chunk.done.1, label %exp.chunk.end, label %exp\n" in text
    assert "br i1 %i.end, label %loop.exit.1, label %exp.chunk\n" in text


@pytest.mark.parametrize("exit_test", [
    "%i.next = add nuw nsw i64 %i, 1\n  %i.end = icmp sge i64 %i.next, %n",   # not eq
    "%i.next = add nuw nsw i64 %i, 2\n  %i.end = icmp eq i64 %i.next, %n",    # step 2
    "%i.next = add i64 %i, 1\n  %i.end = icmp eq i64 %i.next, %n",            # may wrap
    "%i.next = add nuw nsw i64 %i, 1\n  %i.end = icmp eq i64 %i.next, %i",    # bound inside
])
def test_other_shapes_are_refused_and_unchanged(exit_test):
    fn, info = parsed(exit_test)
    exp = info.loop_for(next(b for b in fn.blocks if b.name == "exp"))
    before = print_module(fn.module)
    assert not strip_mine(fn, exp)
    assert print_module(fn.module) == before


def test_a_loop_of_two_blocks_is_refused():
    text = LOGSUMEXP.replace("{EXIT}", EXIT).replace(
        "  %s.next = fadd double %s, %e\n",
        "  br label %exp.tail\nexp.tail:\n  %s.next = fadd double %s, %e\n").replace(
        "[ %i.next, %exp ]", "[ %i.next, %exp.tail ]").replace(
        "[ %s.next, %exp ]", "[ %s.next, %exp.tail ]").replace(
        "label %exp.exit, label %exp\n", "label %exp.exit, label %exp\n", 1)
    fn = parse_module(text, "two.ll").get_function("logsumexp")
    info = loops(fn)
    exp = info.loop_for(next(b for b in fn.blocks if b.name == "exp"))
    assert len(exp.blocks) == 2 and not strip_mine(fn, exp)
