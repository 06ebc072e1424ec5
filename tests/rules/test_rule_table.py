"""Table-driven tests of enzymec's derivative rules (STYLE.md section 8, tests/rules).

For every opcode in `enzymec.ad.rules.adjoints.ADJOINTS` and every function in
`enzymec.ad.rules.mathfns.UNARY/BINARY/TERNARY/FLAT` (double and float, libm and llvm.* intrinsic
spellings, plus the ALIASES spellings) a tiny IR function exercises the rule. The module goes
through `enzymec.ad.differentiate_module` in process, is JIT-compiled with llvmlite, and the
gradient is compared with central finite differences under tests/c/gradcheck.py's policy.
A meta-test fails if a table entry has no case: every new rule comes with its test.

    . /work/venv/bin/activate && pytest tests/rules -q
"""

from __future__ import annotations

import ctypes
import dataclasses
import ctypes.util
import os
import sys
from dataclasses import dataclass
from pathlib import Path

import llvmlite.binding as llvm
import numpy as np
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "c"))
import gradcheck  # noqa: E402

from enzymec.ad import differentiate_module  # noqa: E402
from enzymec.driver.jitlink import link_runtime_in_process  # noqa: E402
from enzymec.ad.rules.adjoints import ADJOINTS  # noqa: E402
from enzymec.ad.rules.complexfns import COMPLEX, COMPLEX_ALIASES  # noqa: E402
from enzymec.ad.rules.multimath import INTRINSICS as MULTI_INTRINSICS, MULTI  # noqa: E402
from enzymec.ad.rules.mathfns import (  # noqa: E402
    ALIASES, BINARY, FLAT, INTEGER_RESULT, INTRINSICS, TERNARY, UNARY)


@dataclass(frozen=True)
class Case:
    """`body` computes %r of type `ret` from params %a, %b, %c of types `params`."""
    id: str
    covers: str          # the table entry this case is for
    params: tuple
    ret: str
    body: str
    lo: float = -2.0
    hi: float = 2.0
    decls: str = ""

    @property
    def single(self) -> bool:
        return "float" in self.params or self.ret == "float"


NAMES = "abcd"
D, F = "double", "float"

# ---------------------------------------------------------------------------------------
# opcode cases

OPCODE_CASES = [
    Case("fadd", "fadd", (D, D), D, "%t = fadd double %a, %b\n  %r = fmul double %t, %a"),
    Case("fsub", "fsub", (D, D), D, "%t = fsub double %a, %b\n  %r = fmul double %t, %b"),
    Case("fmul", "fmul", (D, D), D, "%t = fmul double %a, %b\n  %r = fmul double %t, %a"),
    Case("fdiv", "fdiv", (D, D), D, "%r = fdiv double %a, %b", 0.3, 2.0),
    Case("frem", "frem", (D, D), D, "%t = fmul double %a, 3.0\n  %r = frem double %t, %b",
         0.7, 2.0),
    Case("fneg", "fneg", (D,), D, "%t = fneg double %a\n  %r = fmul double %t, %a"),
    Case("freeze", "freeze", (D,), D, "%t = freeze double %a\n  %r = fmul double %t, %a"),
    Case("fpext", "fpext", (F,), D, "%t = fpext float %a to double\n  %r = fmul double %t, %t"),
    Case("fptrunc", "fptrunc", (D,), F,
         "%t = fptrunc double %a to float\n  %r = fmul float %t, %t"),
    Case("sitofp", "sitofp", (D,), D, "%i = fptosi double %a to i32\n"
         "  %c = sitofp i32 %i to double\n  %r = fmul double %c, %a", -4.0, 4.0),
    Case("uitofp", "uitofp", (D,), D, "%i = fptoui double %a to i32\n"
         "  %c = uitofp i32 %i to double\n  %r = fmul double %c, %a", 0.2, 5.0),
    Case("select", "select", (D, D), D, "%k = fcmp olt double %a, %b\n"
         "  %s = select i1 %k, double %a, double %b\n  %r = fmul double %s, %b"),
    Case("extractvalue", "extractvalue", (D, D), D,
         "%s0 = insertvalue { double, double } undef, double %a, 0\n"
         "  %s1 = insertvalue { double, double } %s0, double %b, 1\n"
         "  %u = extractvalue { double, double } %s1, 0\n"
         "  %v = extractvalue { double, double } %s1, 1\n  %r = fmul double %u, %v"),
    Case("insertvalue", "insertvalue", (D, D), D,
         "%s0 = insertvalue { double, double } undef, double %a, 0\n"
         "  %s1 = insertvalue { double, double } %s0, double %b, 0\n"
         "  %s2 = insertvalue { double, double } %s1, double %a, 1\n"
         "  %u = extractvalue { double, double } %s2, 0\n"
         "  %v = extractvalue { double, double } %s2, 1\n"
         "  %w = fmul double %u, %v\n  %r = fmul double %w, %v"),
    Case("extractelement", "extractelement", (D, D), D,
         "%v0 = insertelement <2 x double> zeroinitializer, double %a, i32 0\n"
         "  %v1 = insertelement <2 x double> %v0, double %b, i32 1\n"
         "  %m = fmul <2 x double> %v1, %v1\n"
         "  %x = extractelement <2 x double> %m, i32 0\n"
         "  %y = extractelement <2 x double> %m, i32 1\n  %r = fmul double %x, %y"),
    Case("insertelement", "insertelement", (D, D), D,
         "%v0 = insertelement <2 x double> zeroinitializer, double %a, i32 0\n"
         "  %v1 = insertelement <2 x double> %v0, double %b, i32 0\n"
         "  %v2 = insertelement <2 x double> %v1, double %a, i32 1\n"
         "  %x = extractelement <2 x double> %v2, i32 0\n"
         "  %y = extractelement <2 x double> %v2, i32 1\n"
         "  %w = fmul double %x, %y\n  %r = fmul double %w, %y"),
    # lanes from both operands, one lane taken twice, one poison lane
    Case("shufflevector", "shufflevector", (D, D, D), D,
         "%v0 = insertelement <2 x double> zeroinitializer, double %a, i32 0\n"
         "  %v1 = insertelement <2 x double> %v0, double %b, i32 1\n"
         "  %u = insertelement <2 x double> zeroinitializer, double %c, i32 1\n"
         "  %s = shufflevector <2 x double> %v1, <2 x double> %u, "
         "<4 x i32> <i32 3, i32 0, i32 0, i32 poison>\n"
         "  %x = extractelement <4 x double> %s, i32 0\n"
         "  %y = extractelement <4 x double> %s, i32 1\n"
         "  %z = extractelement <4 x double> %s, i32 2\n"
         "  %xy = fmul double %x, %y\n  %r = fmul double %xy, %z"),
    Case("shufflevector(splat)", "shufflevector", (D, D), D,
         "%v0 = insertelement <2 x double> zeroinitializer, double %a, i32 0\n"
         "  %v1 = insertelement <2 x double> %v0, double %b, i32 1\n"
         "  %s = shufflevector <2 x double> %v1, <2 x double> poison, "
         "<2 x i32> zeroinitializer\n"
         "  %m = fmul <2 x double> %s, %v1\n"
         "  %x = extractelement <2 x double> %m, i32 0\n"
         "  %y = extractelement <2 x double> %m, i32 1\n  %r = fadd double %x, %y"),
]

# ---------------------------------------------------------------------------------------
# math function cases

# smooth domains; default (-2, 2)
DOMAINS = {
    "asin": (-0.9, 0.9), "acos": (-0.9, 0.9), "atanh": (-0.9, 0.9), "acosh": (1.2, 3.0),
    "log": (0.2, 3.0), "log2": (0.2, 3.0), "log10": (0.2, 3.0), "log1p": (-0.5, 3.0),
    "sqrt": (0.2, 3.0), "cbrt": (0.2, 3.0), "pow": (0.3, 2.5), "fmod": (0.7, 2.0),
    "remainder": (0.7, 2.0), "powi": (0.3, 2.0), "tgamma": (0.3, 3.0), "lgamma": (0.3, 3.0),
    "y0": (0.5, 3.0), "y1": (0.5, 3.0), "yn": (0.5, 3.0),
}
# functions whose second operand is an integer: the IR type of that operand
INTEGER_SECOND = {"powi": "i32", "ldexp": "i32", "scalbn": "i32", "scalbln": "i64"}
# functions whose first operand is an integer (the order of a Bessel function)
INTEGER_FIRST = {"jn", "yn"}
# libm spelling of each function (double); float adds "f"
LIBM = {"fmuladd": None, "powi": None, "canonicalize": None}
# the intrinsics are llvm.powi.f64.i32, llvm.ldexp.f64.i32: the integer type is mangled too
# intrinsic name of aliases / spellings that exist only as intrinsics
ALIAS_INTRINSICS = {"maxnum", "minnum", "maximum", "minimum", "maximumnum", "minimumnum",
                    "canonicalize"}


def _suffix(ty: str) -> str:
    return "f64" if ty == D else "f32"


def _callee(name: str, ty: str, intrinsic: bool) -> str:
    if intrinsic:
        return f"llvm.{name}.{_suffix(ty)}"
    return name + ("f" if ty == F else "")


def math_cases(name: str, covers: str) -> list[Case]:
    cases = []
    lo, hi = DOMAINS.get(name, (-2.0, 2.0))
    spellings = []
    if LIBM.get(name, name) is not None and name not in ALIAS_INTRINSICS:
        spellings.append(False)
    if name in INTRINSICS or name in ALIAS_INTRINSICS or name in ("fmuladd", "powi"):
        spellings.append(True)
    for ty in (D, F):
        for intrinsic in spellings:
            callee = _callee(name, ty, intrinsic)
            cid = f"{callee}"
            if covers in INTEGER_RESULT:
                ity = "i32" if name == "ilogb" else "i64"
                body = (f"%i = call {ity} @{callee}({ty} %a)\n"
                        f"  %c = sitofp {ity} %i to {ty}\n  %r = fmul {ty} %c, %a")
                decl = f"declare {ity} @{callee}({ty})"
                if intrinsic:
                    callee = f"llvm.{name}.i64.{_suffix(ty)}"
                    body = body.replace(f"@llvm.{name}.{_suffix(ty)}", f"@{callee}")
                    decl = f"declare {ity} @{callee}({ty})"
                cases.append(Case(cid, covers, (ty,), ty, body, lo, hi, decl))
            elif covers in FLAT:
                body = f"%t = call {ty} @{callee}({ty} %a)\n  %r = fmul {ty} %t, %a"
                cases.append(Case(cid, covers, (ty,), ty, body, -3.0, 3.0,
                                  f"declare {ty} @{callee}({ty})"))
            elif covers in UNARY:
                body = f"%r = call {ty} @{callee}({ty} %a)"
                cases.append(Case(cid, covers, (ty,), ty, body, lo, hi,
                                  f"declare {ty} @{callee}({ty})"))
            elif name in INTEGER_SECOND:
                ity = INTEGER_SECOND[name]
                if intrinsic:
                    callee = f"{callee}.{ity}"
                body = (f"%n = fptosi {ty} %b to {ity}\n"
                        f"  %r = call {ty} @{callee}({ty} %a, {ity} %n)")
                low = 0.3 if name == "powi" else -3.0
                cases.append(Case(callee, covers, (ty, ty), ty, body, low, 4.0,
                                  f"declare {ty} @{callee}({ty}, {ity})"))
            elif name in INTEGER_FIRST:
                for order in (0, 1, 3):
                    body = f"%r = call {ty} @{callee}(i32 {order}, {ty} %a)"
                    cases.append(Case(f"{callee}({order})", covers, (ty,), ty, body, lo, hi,
                                      f"declare {ty} @{callee}(i32, {ty})"))
            elif covers in BINARY:
                # the second operand is offset so both orders (x < y, x > y) are drawn
                body = (f"%s = fmul {ty} %b, 0.75\n"
                        f"  %r = call {ty} @{callee}({ty} %a, {ty} %s)")
                cases.append(Case(cid, covers, (ty, ty), ty, body, lo, hi,
                                  f"declare {ty} @{callee}({ty}, {ty})"))
            elif covers in TERNARY:
                body = f"%r = call {ty} @{callee}({ty} %a, {ty} %b, {ty} %c)"
                cases.append(Case(cid, covers, (ty, ty, ty), ty, body, lo, hi,
                                  f"declare {ty} @{callee}({ty}, {ty}, {ty})"))
    return cases


# entries for enzymec's own runtime functions (a higher-order derivative differentiates
# them): double only, by their own name
RUNTIME_ENTRIES = {name for name in UNARY if name.startswith("__enzymec_")}

MATH_CASES = []
for _name in sorted(set(UNARY) | set(BINARY) | set(TERNARY) | set(FLAT)):
    if _name not in RUNTIME_ENTRIES:
        MATH_CASES += math_cases(_name, _name)
for _name in sorted(RUNTIME_ENTRIES):  # digamma, whose derivative is the runtime's trigamma
    MATH_CASES.append(Case(_name, _name, (D,), D, f"%r = call {D} @{_name}({D} %a)", 0.3, 3.0,
                           f"declare {D} @{_name}({D})"))
    MATH_CASES.append(Case(f"{_name}(negative)", _name, (D,), D,
                           f"%r = call {D} @{_name}({D} %a)", -2.9, -2.1,
                           f"declare {D} @{_name}({D})"))
for _alias, _target in sorted(ALIASES.items()):
    MATH_CASES += math_cases(_alias, _target)
# the Gamma functions left of zero (digamma's reflection branch)
for _ty in (D, F):
    for _name in ("tgamma", "lgamma"):
        _callee_name = _name + ("f" if _ty == F else "")
        MATH_CASES.append(Case(f"{_callee_name}(negative)", _name, (_ty,), _ty,
                               f"%r = call {_ty} @{_callee_name}({_ty} %a)", -2.9, -2.1,
                               f"declare {_ty} @{_callee_name}({_ty})"))

# ---------------------------------------------------------------------------------------
# several inputs or outputs (multimath.py): outputs through pointers, structs, complex


def _pointer_cases(ty: str) -> list[Case]:
    """frexp, modf, remquo, sincos and their intrinsics. Memory an output pointer points to
    first holds an active value (%b): the call overwrites it, so %b's adjoint through it must
    vanish (the shadow is cleared)."""
    f = "f" if ty == F else ""
    sx = _suffix(ty)
    return [
        Case(f"frexp{f}", "frexp", (ty,), ty,
             f"%e = alloca i32\n  %m = call {ty} @frexp{f}({ty} %a, ptr %e)\n"
             f"  %ei = load i32, ptr %e\n  %ef = sitofp i32 %ei to {ty}\n"
             f"  %mm = fmul {ty} %m, %m\n  %r = fadd {ty} %mm, %ef", -3.0, 3.0,
             f"declare {ty} @frexp{f}({ty}, ptr)"),
        Case(f"llvm.frexp.{sx}.i32", "llvm.frexp", (ty,), ty,
             f"%s = call {{ {ty}, i32 }} @llvm.frexp.{sx}.i32({ty} %a)\n"
             f"  %m = extractvalue {{ {ty}, i32 }} %s, 0\n"
             f"  %ei = extractvalue {{ {ty}, i32 }} %s, 1\n  %ef = sitofp i32 %ei to {ty}\n"
             f"  %mm = fmul {ty} %m, %ef\n  %r = fadd {ty} %mm, %m", -3.0, 3.0,
             f"declare {{ {ty}, i32 }} @llvm.frexp.{sx}.i32({ty})"),
        Case(f"modf{f}", "modf", (ty, ty), ty,
             f"%ip = alloca {ty}\n  store {ty} %b, ptr %ip\n"
             f"  %fp = call {ty} @modf{f}({ty} %a, ptr %ip)\n  %i = load {ty}, ptr %ip\n"
             f"  %ff = fmul {ty} %fp, %fp\n  %ib = fmul {ty} %i, %b\n  %r = fadd {ty} %ff, %ib",
             -3.0, 3.0, f"declare {ty} @modf{f}({ty}, ptr)"),
        Case(f"llvm.modf.{sx}", "llvm.modf", (ty, ty), ty,
             f"%s = call {{ {ty}, {ty} }} @llvm.modf.{sx}({ty} %a)\n"
             f"  %fp = extractvalue {{ {ty}, {ty} }} %s, 0\n"
             f"  %i = extractvalue {{ {ty}, {ty} }} %s, 1\n"
             f"  %ff = fmul {ty} %fp, %fp\n  %ib = fmul {ty} %i, %b\n  %r = fadd {ty} %ff, %ib",
             -3.0, 3.0, f"declare {{ {ty}, {ty} }} @llvm.modf.{sx}({ty})"),
        Case(f"remquo{f}", "remquo", (ty, ty), ty,
             f"%q = alloca i32\n  %y = fmul {ty} %b, 0.75\n"
             f"  %m = call {ty} @remquo{f}({ty} %a, {ty} %y, ptr %q)\n"
             f"  %qi = load i32, ptr %q\n  %qf = sitofp i32 %qi to {ty}\n"
             f"  %ma = fmul {ty} %m, %a\n  %r = fadd {ty} %ma, %qf", 0.7, 2.0,
             f"declare {ty} @remquo{f}({ty}, {ty}, ptr)"),
        Case(f"lgamma{f}_r", "lgamma_r", (ty,), ty,  # Gamma < 0 on (-1, 0): sign -1
             f"%sg = alloca i32\n  %l = call {ty} @lgamma{f}_r({ty} %a, ptr %sg)\n"
             f"  %si = load i32, ptr %sg\n  %sf = sitofp i32 %si to {ty}\n"
             f"  %r = fmul {ty} %l, %sf", -0.9, -0.1, f"declare {ty} @lgamma{f}_r({ty}, ptr)"),
        Case(f"sincos{f}", "sincos", (ty, ty), ty,
             f"%ps = alloca {ty}\n  %pc = alloca {ty}\n  store {ty} %b, ptr %ps\n"
             f"  call void @sincos{f}({ty} %a, ptr %ps, ptr %pc)\n"
             f"  %s = load {ty}, ptr %ps\n  %c = load {ty}, ptr %pc\n"
             f"  %sc = fmul {ty} %s, %c\n  %sa = fmul {ty} %s, %a\n  %t = fadd {ty} %sc, %sa\n"
             f"  %r = fadd {ty} %t, %b", -3.0, 3.0,
             f"declare void @sincos{f}({ty}, ptr, ptr)"),
        Case(f"llvm.sincos.{sx}", "llvm.sincos", (ty,), ty,
             f"%p = call {{ {ty}, {ty} }} @llvm.sincos.{sx}({ty} %a)\n"
             f"  %s = extractvalue {{ {ty}, {ty} }} %p, 0\n"
             f"  %c = extractvalue {{ {ty}, {ty} }} %p, 1\n"
             f"  %sc = fmul {ty} %s, %c\n  %sa = fmul {ty} %s, %a\n  %r = fadd {ty} %sc, %sa",
             -3.0, 3.0, f"declare {{ {ty}, {ty} }} @llvm.sincos.{sx}({ty})"),
    ]


# complex arguments away from branch cuts (the negative real axis) and from zero
COMPLEX_DOMAIN = {"clog": (0.3, 2.0), "csqrt": (0.3, 2.0), "cpow": (0.4, 1.5),
                  "__divdc3": (0.4, 2.0), "carg": (0.3, 2.0), "cabs": (0.3, 2.0),
                  # the inverse functions: every quadrant, off the cuts outside the unit box
                  "casin": (-0.9, 0.9), "cacos": (-0.9, 0.9), "catan": (-0.9, 0.9),
                  "casinh": (-0.9, 0.9), "catanh": (-0.9, 0.9), "cacosh": (0.2, 0.9)}
FLOAT_NAME = {target: alias for alias, target in COMPLEX_ALIASES.items()}


def _complex_case(name: str, ty: str) -> Case:
    """The double spelling takes and returns complex numbers as two doubles / {double,
    double}; the float one as <2 x float> (x86-64), except __mulsc3/__divsc3 (4 floats)."""
    inputs, outputs, _ = COMPLEX[name]
    params = (ty,) * inputs
    callee = FLOAT_NAME.get(name, name + "f") if ty == F else name
    lines, args, arg_types = [], [], []
    packed = ty == F and name not in FLOAT_NAME
    for i in range(0, inputs, 2):
        if packed:
            v = f"%z{i}"
            lines += [f"{v}a = insertelement <2 x float> zeroinitializer, float %{NAMES[i]}, i32 0",
                      f"{v} = insertelement <2 x float> {v}a, float %{NAMES[i + 1]}, i32 1"]
            args.append(f"<2 x float> {v}")
            arg_types.append("<2 x float>")
        else:
            args += [f"{ty} %{NAMES[i]}", f"{ty} %{NAMES[i + 1]}"]
            arg_types += [ty, ty]
    ret = ty if outputs == 1 else ("<2 x float>" if ty == F else f"{{ {ty}, {ty} }}")
    lines.append(f"%w = call {ret} @{callee}({', '.join(args)})")
    if outputs == 1:
        lines.append(f"%r = fmul {ty} %w, %w")
    else:
        get = "extractelement <2 x float> %w, i32" if ty == F else f"extractvalue {ret} %w,"
        lines += [f"%u = {get} 0", f"%v = {get} 1", f"%uv = fmul {ty} %u, %v",
                  f"%r = fadd {ty} %uv, %u"]
    lo, hi = COMPLEX_DOMAIN.get(name, (-1.5, 1.5))
    return Case(callee, name, params, ty, "\n  ".join(lines), lo, hi,
                f"declare {ret} @{callee}({', '.join(arg_types)})")


MULTI_CASES = [c for ty in (D, F) for c in _pointer_cases(ty)]
MULTI_CASES += [_complex_case(name, ty) for name in sorted(COMPLEX) for ty in (D, F)]
# cacosh's cut is the real axis left of 1: its third quadrant, away from the axis, too
MULTI_CASES += [dataclasses.replace(_complex_case("cacosh", ty), lo=-0.9, hi=-0.2,
                                    id=f"cacosh{'f' if ty == F else ''}(third quadrant)")
                for ty in (D, F)]

CASES = OPCODE_CASES + MATH_CASES + MULTI_CASES

# ---------------------------------------------------------------------------------------
# building: IR text -> differentiate_module -> llvmlite MCJIT


def module_text(case: Case) -> str:
    n = len(case.params)
    params = ", ".join(f"{t} %{NAMES[i]}" for i, t in enumerate(case.params))
    loads = []
    for i, t in enumerate(case.params):
        loads.append(f"  %p{i} = getelementptr double, ptr %x, i64 {i}")
        loads.append(f"  %d{i} = load double, ptr %p{i}")
        if t == F:
            loads.append(f"  %v{i} = fptrunc double %d{i} to float")
        else:
            loads.append(f"  %v{i} = fadd double %d{i}, 0.0")
    args = ", ".join(f"{t} %v{i}" for i, t in enumerate(case.params))
    primal_store = (f"  %y = call {case.ret} @f({args})\n" +
                    ("  %yd = fpext float %y to double\n" if case.ret == F else
                     "  %yd = fadd double %y, 0.0\n") +
                    "  store double %yd, ptr %out\n")
    if n == 1:
        grad_ty = case.params[0]
        extract = [f"  %g0 = fadd {grad_ty} %gr, 0.0"]
    else:
        grad_ty = "{ " + ", ".join(case.params) + " }"
        extract = [f"  %g{i} = extractvalue {grad_ty} %gr, {i}" for i in range(n)]
    stores = []
    for i, t in enumerate(case.params):
        if t == F:
            stores.append(f"  %e{i} = fpext float %g{i} to double")
        else:
            stores.append(f"  %e{i} = fadd double %g{i}, 0.0")
        stores.append(f"  %q{i} = getelementptr double, ptr %out, i64 {i}")
        stores.append(f"  store double %e{i}, ptr %q{i}")
    nl = "\n"
    return f"""
{case.decls}
declare {grad_ty} @__enzyme_autodiff(ptr, ...)

define {case.ret} @f({params}) {{
entry:
  {case.body}
  ret {case.ret} %r
}}

define void @primal(ptr %x, ptr %out) {{
entry:
{nl.join(loads)}
{primal_store}  ret void
}}

define void @gradient(ptr %x, ptr %out) {{
entry:
{nl.join(loads)}
  %gr = call {grad_ty} (ptr, ...) @__enzyme_autodiff(ptr @f, {args})
{nl.join(extract)}
{nl.join(stores)}
  ret void
}}
"""


_JIT = {}


def _target_machine():
    """A fresh target machine: an MCJIT engine takes ownership of the one it is given."""
    if not _JIT:
        llvm.initialize_native_target()
        llvm.initialize_native_asmprinter()
        llvm.load_library_permanently(ctypes.util.find_library("m") or "libm.so.6")
        # llvm.powi lowers to __powidf2 / __powisf2 from the compiler runtime
        llvm.load_library_permanently(ctypes.util.find_library("gcc_s") or "libgcc_s.so.1")
        _JIT["ready"] = True
    return llvm.Target.from_default_triple().create_target_machine()


def jit(ir_text: str):
    """JIT-compile `ir_text` (with the runtime linked in); return (primal, gradient) as
    ctypes functions and the engine."""
    tm = _target_machine()
    module = llvm.parse_assembly(ir_text)
    link_runtime_in_process(module)
    module.verify()
    engine = llvm.create_mcjit_compiler(module, tm)
    engine.finalize_object()
    proto = ctypes.CFUNCTYPE(None, ctypes.POINTER(ctypes.c_double),
                             ctypes.POINTER(ctypes.c_double))
    return (proto(engine.get_function_address("primal")),
            proto(engine.get_function_address("gradient")), engine)


def isolated(body):
    """Run `body()` in a forked child, so a crash of JIT-compiled code fails one case
    instead of killing the session; re-raise its AssertionError/exception text here."""
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # child
        os.close(read)
        try:
            body()
            message = b""
        except BaseException as error:  # noqa: BLE001 - reported to the parent
            message = f"{type(error).__name__}: {error}".encode() or b"?"
        os.write(write, message)
        os._exit(0)
    os.close(write)
    with os.fdopen(read, "rb") as pipe:
        message = pipe.read().decode()
    _, status = os.waitpid(pid, 0)
    if os.WIFSIGNALED(status):
        pytest.fail(f"the JIT-compiled gradient crashed with signal {os.WTERMSIG(status)}",
                    pytrace=False)
    if message:
        pytest.fail(message, pytrace=False)


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_rule(case):
    isolated(lambda: check_rule(case))


def check_rule(case: Case) -> None:
    differentiated = differentiate_module(module_text(case), f"{case.id}.ll")
    primal, gradient, engine = jit(differentiated)
    n = len(case.params)

    def f(x):
        buf = (ctypes.c_double * n)(*x)
        out = (ctypes.c_double * 1)()
        primal(buf, out)
        return out[0]

    def grad(x):
        buf = (ctypes.c_double * n)(*x)
        out = (ctypes.c_double * n)()
        gradient(buf, out)
        return np.array(out[:])

    spec = gradcheck.Spec(Path(case.id), n, case.lo, case.hi, case.single, False)
    for x in gradcheck.random_points(spec, name="rule/" + case.id):
        gradcheck.check_fd(f, grad, x, case.single, case.id)


def test_every_table_entry_has_a_case():
    covered = {c.covers for c in CASES}
    entries = set(ADJOINTS) | set(UNARY) | set(BINARY) | set(TERNARY) | set(FLAT) | \
        set(MULTI) | {f"llvm.{name}" for name in MULTI_INTRINSICS}
    missing = sorted(entries - covered)
    assert not missing, f"rules without a test case in tests/rules/test_rule_table.py: {missing}"


def test_every_math_entry_has_double_and_float_cases():
    for name in (set(UNARY) - RUNTIME_ENTRIES) | set(BINARY) | set(TERNARY) | set(FLAT) | \
            set(MULTI):
        kinds = {c.single for c in CASES if c.covers == name}
        assert kinds == {False, True}, f"{name}: needs a double and a float case"
