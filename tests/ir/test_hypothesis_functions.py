"""Hypothesis draws random functions as IR text; printing them through the model must keep
them valid, stable and meaning the same thing.

A function is straight-line code over i32/i64/double (arithmetic, casts, icmp/fcmp, select),
optionally a counted loop whose body holds an if/else diamond, with phis carrying values
around the loop and out of the diamond. For each one: `print(parse(x))` verifies in LLVM,
printing is a fixed point, and the printed text, JIT-compiled by llvmlite, returns the same
doubles as the original text on a few inputs.
"""

from __future__ import annotations

import ctypes
import math

import llvmlite.binding as llvm
from hypothesis import given, settings
from hypothesis import strategies as st

from enzymec.ir import parse_module, print_module

INT_OPS = ["add", "sub", "mul", "and", "or", "xor"]
FLOAT_OPS = ["fadd", "fsub", "fmul"]
INPUTS = [(3, -7, 0.5), (-1, 40, -2.25), (1 << 40, 5, 1e10)]


class Body:
    """Emits instructions into `lines`, keeping the defined values of each type."""

    def __init__(self, draw):
        self.draw, self.lines, self.count = draw, [], 0
        self.pool = {"i64": ["%a"], "i32": ["%b"], "double": ["%x"], "i1": []}

    def new(self, ty: str, text: str) -> str:
        name = f"%v{self.count}"
        self.count += 1
        self.lines.append(f"  {name} = {text}")
        self.pool[ty].append(name)
        return name

    def pick(self, ty: str) -> str:
        if ty == "i1" and not self.pool["i1"]:
            return self.new("i1", f"icmp slt i64 {self.pick('i64')}, 0")
        return self.draw(st.sampled_from(self.pool[ty]))

    def instruction(self) -> None:
        kind = self.draw(st.sampled_from(["int", "int", "float", "float", "cmp", "select",
                                          "cast", "shift"]))
        ty = self.draw(st.sampled_from(["i64", "i32"]))
        if kind == "int":
            op = self.draw(st.sampled_from(INT_OPS))
            self.new(ty, f"{op} {ty} {self.pick(ty)}, {self.pick(ty)}")
        elif kind == "float":
            op = self.draw(st.sampled_from(FLOAT_OPS))
            self.new("double", f"{op} double {self.pick('double')}, {self.pick('double')}")
        elif kind == "cmp" and self.draw(st.booleans()):
            pred = self.draw(st.sampled_from(["eq", "ne", "slt", "ule", "sgt"]))
            self.new("i1", f"icmp {pred} {ty} {self.pick(ty)}, {self.pick(ty)}")
        elif kind == "cmp":
            pred = self.draw(st.sampled_from(["olt", "oge", "une", "ord"]))
            self.new("i1", f"fcmp {pred} double {self.pick('double')}, {self.pick('double')}")
        elif kind == "select":
            t = self.draw(st.sampled_from(["i64", "i32", "double"]))
            self.new(t, f"select i1 {self.pick('i1')}, {t} {self.pick(t)}, {t} {self.pick(t)}")
        elif kind == "cast":
            self.cast()
        else:
            amount = self.draw(st.integers(0, 31))
            self.new(ty, f"shl {ty} {self.pick(ty)}, {amount}")

    def cast(self) -> None:
        choice = self.draw(st.sampled_from(["sitofp", "trunc", "sext"]))
        if choice == "sitofp":
            self.new("double", f"sitofp i64 {self.pick('i64')} to double")
        elif choice == "trunc":
            self.new("i32", f"trunc i64 {self.pick('i64')} to i32")
        else:
            self.new("i64", f"sext i32 {self.pick('i32')} to i64")

    def straight(self, low: int, high: int) -> None:
        for _ in range(self.draw(st.integers(low, high))):
            self.instruction()


def result(body: Body) -> list[str]:
    """`ret double` of a mix of the last double and the last i64."""
    last = body.pool["double"][-1]
    conv = body.new("double", f"sitofp i64 {body.pool['i64'][-1]} to double")
    total = body.new("double", f"fadd double {last}, {conv}")
    return [f"  ret double {total}"]


@st.composite
def functions(draw) -> str:
    body = Body(draw)
    body.straight(0, 6)
    if draw(st.booleans()):
        lines = ["entry:"] + body.lines + ["  br label %loop"] + looped(draw, body)
    else:
        lines = body.lines + result(body)
    return "define double @f(i64 %a, i32 %b, double %x) {\n" + "\n".join(lines) + "\n}\n"


def looped(draw, body: Body) -> list[str]:
    """A loop running `trips` times carrying an i64 and a double, with a diamond inside."""
    trips = draw(st.integers(1, 5))
    int_in, float_in = body.pick("i64"), body.pick("double")
    body.lines = []
    body.pool["i64"].append("%acc")
    body.pool["double"].append("%facc")
    body.straight(1, 4)
    cond, head = body.pick("i1"), body.lines
    arms = []
    for _ in range(2):  # each arm sees only the values that dominate it
        saved = {ty: list(values) for ty, values in body.pool.items()}
        body.lines = []
        body.straight(0, 3)
        arms.append((body.lines, body.pool["i64"][-1], body.pool["double"][-1]))
        body.pool = saved
    (then, ti, tf), (other, oi, of) = arms
    return (["loop:", "  %i = phi i64 [ 0, %entry ], [ %i.next, %join ]",
             f"  %acc = phi i64 [ {int_in}, %entry ], [ %acc.next, %join ]",
             f"  %facc = phi double [ {float_in}, %entry ], [ %facc.next, %join ]"]
            + head + [f"  br i1 {cond}, label %then, label %else", "then:"] + then
            + ["  br label %join", "else:"] + other + ["  br label %join", "join:",
               f"  %acc.next = phi i64 [ {ti}, %then ], [ {oi}, %else ]",
               f"  %facc.next = phi double [ {tf}, %then ], [ {of}, %else ]",
               "  %i.next = add nuw nsw i64 %i, 1",
               f"  %more = icmp ult i64 %i.next, {trips}",
               "  br i1 %more, label %loop, label %exit", "exit:"]
            + _exit(body))


def _exit(body: Body) -> list[str]:
    body.lines = []
    body.pool = {"i64": ["%acc.next"], "i32": [], "double": ["%facc.next"], "i1": []}
    tail = result(body)
    return body.lines + tail


def run(text: str) -> list[float]:
    """The function JIT-compiled from `text`, applied to every input."""
    llvm.initialize_native_target()
    llvm.initialize_native_asmprinter()
    module = llvm.parse_assembly(text)
    module.verify()
    target = llvm.Target.from_default_triple().create_target_machine()
    with llvm.create_mcjit_compiler(module, target) as engine:
        engine.finalize_object()
        kind = ctypes.CFUNCTYPE(ctypes.c_double, ctypes.c_int64, ctypes.c_int32, ctypes.c_double)
        f = kind(engine.get_function_address("f"))
        return [f(*args) for args in INPUTS]


def same(a: float, b: float) -> bool:
    return a == b or (math.isnan(a) and math.isnan(b))


@settings(max_examples=80, deadline=None)
@given(functions())
def test_printed_function_means_the_same(text: str) -> None:
    printed = print_module(parse_module(text, "f.ll"))
    assert print_module(parse_module(printed, "f.ll")) == printed
    expected, got = run(text), run(printed)
    assert all(same(a, b) for a, b in zip(expected, got)), (expected, got)
