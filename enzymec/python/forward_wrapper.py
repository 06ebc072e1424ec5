"""The tiny C wrapper that asks enzymec for a directional derivative: one `__enzyme_fwddiff`.

Activities in forward mode (rules as a table, FORWARD_ACTIVITY):
  floating scalar          -> 'active': the value, then its tangent (Enzyme's default)
  pointer to floating data -> 'dup': the array, then its tangent array (the shadow); after
                              the call an array the function wrote holds its tangent
  integer scalar or pointer-> 'const'
The wrapper takes the primal arguments, a tangent after every floating one, and a `double *`
receiving the primal result and its tangent (`enzyme_primal_return`: the function runs once,
so a function that updates its arguments in place is not run twice).
"""

from __future__ import annotations

from .signature import Signature
from .wrapper import PREFIX, is_cxx

# (kind of parameter, is floating) -> forward-mode activity
FORWARD_ACTIVITY = {("scalar", True): "active", ("pointer", True): "dup",
                    ("scalar", False): "const", ("pointer", False): "const"}


def forward_activity(sig: Signature, index: int) -> str:
    ctype = sig.params[index].type
    return FORWARD_ACTIVITY[ctype.kind, ctype.is_float]


def forward_name(sig: Signature) -> str:
    return f"{PREFIX}_jvp_{sig.name}"


def forward_file_name(sig: Signature) -> str:
    return forward_name(sig) + (".cpp" if is_cxx(sig.file) else ".c")


def _params_and_call(sig: Signature) -> tuple[list[str], list[str]]:
    """The wrapper's parameters and the entry point's arguments after the function."""
    params, call = [], []
    for i, p in enumerate(sig.params):
        act = forward_activity(sig, i)
        params.append(f"{p.type.cffi} p{i}")
        if act == "active":
            params.append(f"{p.type.cffi} t{i}")
            call += [f"p{i}", f"t{i}"]
        elif act == "dup":
            params.append(f"{p.type.base} *t{i}")
            call += ["enzyme_dup", f"p{i}", f"t{i}"]
        else:
            call += ["enzyme_const", f"p{i}"]
    return params + ["double *out"], call


def _widened(sig: Signature, name: str) -> list[str]:
    """A helper returning the floating result as a double, the function differentiated: its
    {primal, tangent} is then {double, double} for a float result too (a struct of two
    floats is returned as a <2 x float> vector by the x86-64 C ABI)."""
    params = ", ".join(f"{p.type.cffi} p{i}" for i, p in enumerate(sig.params)) or "void"
    args = ", ".join(f"p{i}" for i in range(len(sig.params)))
    return [f"static double {name}_wide({params}) {{ return {sig.name}({args}); }}"]


def forward_source(sig: Signature) -> str:
    """C text: the #include of the defining file, the entry point's declaration, the wrapper
    storing {primal, tangent} of a floating result into out[0], out[1]."""
    name, cxx = forward_name(sig), is_cxx(sig.file)
    params, call = _params_and_call(sig)
    floating = sig.result.is_float
    lines = [f'#include "{sig.file}"', 'extern "C" {' if cxx else "",
             "extern int enzyme_dup, enzyme_const, enzyme_primal_return;"]
    if floating:
        lines += _widened(sig, name)
        lines.append(f"typedef struct {{ double primal; double tangent; }} {name}_pair;")
        call = ["enzyme_primal_return", *call]
    target = f"{name}_wide" if floating else sig.name
    lines += [f"{name + '_pair' if floating else 'void'} __enzyme_fwddiff{name}(void *, ...);",
              f"void {name}({', '.join(params)}) {{"]
    entry = f"__enzyme_fwddiff{name}({', '.join([f'(void *){target}', *call])})"
    lines += [f"    {name}_pair r = {entry};", "    out[0] = r.primal;",
              "    out[1] = r.tangent;"] if floating else [f"    {entry};"]
    lines += ["}", "}" if cxx else ""]
    return "\n".join(lines) + "\n"


def forward_cdef(sig: Signature) -> str:
    """The wrapper's declaration for cffi."""
    return f"void {forward_name(sig)}({', '.join(_params_and_call(sig)[0])});"
