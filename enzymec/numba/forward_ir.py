"""The IR around numba's function for forward mode: one `__enzyme_fwddiff` call.

`@enzymec_numba_jvp` takes wrapper_ir's primal arguments with a tangent after every floating
one (a scalar's tangent, or an array's tangent array: its shadow) and calls __enzyme_fwddiff
on `@enzymec_numba_primal` with the markers: floating arrays dup, floating scalars active
(value then tangent, Enzyme's default), integers, shapes and status const. A float result
comes back with its primal (`enzyme_primal_return`): `outs` gets [primal, tangent] as
doubles, so the function runs once.
"""

from __future__ import annotations

from .layout import ArgLayout
from .wrapper_ir import PRIMAL

JVP = "enzymec_numba_jvp"
ENTRY = "__enzyme_fwddiff_enzymec_nb"
MARKER = "@enzyme_primal_return = external global i32"


def _array(k: int, a: ArgLayout) -> tuple[list[str], list[str]]:
    params = [f"ptr %a{k}"] + ([f"ptr %t{k}"] if a.is_float else [])
    call = [f"i32 %dup, ptr %a{k}, ptr %t{k}"] if a.is_float else [f"i32 %const, ptr %a{k}"]
    shapes = range(a.ndim)
    return (params + [f"i64 %a{k}s{d}" for d in shapes],
            call + [f"i32 %const, i64 %a{k}s{d}" for d in shapes])


def _scalar(k: int, a: ArgLayout) -> tuple[list[str], list[str]]:
    if a.is_float:
        return [f"{a.llvm} %a{k}", f"{a.llvm} %t{k}"], [f"{a.llvm} %a{k}, {a.llvm} %t{k}"]
    return [f"{a.llvm} %a{k}"], [f"i32 %const, {a.llvm} %a{k}"]


def _store(result: str) -> list[str]:
    """[primal, tangent] of a floating result into outs, as doubles."""
    lines = []
    for k in (0, 1):
        lines.append(f"  %r{k} = extractvalue {{ {result}, {result} }} %r, {k}")
        value = f"%r{k}"
        if result == "float":
            lines.append(f"  %w{k} = fpext float %r{k} to double")
            value = f"%w{k}"
        lines += [f"  %p{k} = getelementptr double, ptr %outs, i64 {k}",
                  f"  store double {value}, ptr %p{k}"]
    return lines


def jvp_ir(layouts: list[ArgLayout], result: str) -> str:
    """The forward-mode wrapper; `result` is "double", "float" or "void"."""
    params, call = [], [f"ptr @{PRIMAL}"]
    for k, a in enumerate(layouts):
        more_params, more_call = _array(k, a) if a.is_array else _scalar(k, a)
        params += more_params
        call += more_call
    call.append("i32 %const, ptr %status")
    floating = result != "void"
    ret = f"{{ {result}, {result} }}" if floating else "void"
    if floating:
        call.insert(1, "i32 %primal_return")
    lines = [MARKER, f"declare {ret} @{ENTRY}(ptr, ...)",
             f"define void @{JVP}({', '.join(params + ['ptr %status', 'ptr %outs'])}) {{"]
    lines += [f"  %{m} = load i32, ptr @enzyme_{m}" for m in ("dup", "const", "primal_return")]
    lines.append(f"  {'%r = ' if floating else ''}call {ret} (ptr, ...) @{ENTRY}({', '.join(call)})")
    lines += _store(result) if floating else []
    return "\n".join(lines + ["  ret void", "}"])
