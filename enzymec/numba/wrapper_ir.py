"""The IR around numba's function: a plain primal and the `__enzyme_autodiff` call.

`@enzymec_numba_primal(data/shape or scalar per argument..., ptr status)` rebuilds numba's
array structs (null meminfo and parent, nitems and C strides from the shape), calls numba's
function and returns its result, storing numba's status (non-zero: an exception) through
`status`. `@enzymec_numba_grad` takes the same arguments with a shadow after every floating
array, a `double *out` for the adjoints of floating scalars, and calls __enzyme_autodiff
with the markers: floating arrays dup, floating scalars out, integers and status const.
"""

from __future__ import annotations

from .layout import ArgLayout

PRIMAL = "enzymec_numba_primal"  # not __enzymec_: that prefix is the runtime's (rtlink)
GRAD = "enzymec_numba_grad"
ENTRY = "__enzyme_autodiff_enzymec_nb"


def _primal_params(layouts: list[ArgLayout]) -> list[str]:
    params = []
    for k, a in enumerate(layouts):
        if a.is_array:
            params += [f"ptr %a{k}"] + [f"i64 %a{k}s{d}" for d in range(a.ndim)]
        else:
            params.append(f"{a.llvm} %a{k}")
    return params + ["ptr noalias %status"]  # written only: the arrays stay re-loadable


def _array_args(k: int, a: ArgLayout, body: list[str]) -> list[str]:
    """numba's expanded array struct for argument k, computing nitems and C strides."""
    size = a.dtype.itemsize
    body.append(f"  %n{k}_0 = add i64 %a{k}s0, 0")
    for d in range(1, a.ndim):
        body.append(f"  %n{k}_{d} = mul i64 %n{k}_{d - 1}, %a{k}s{d}")
    strides = [str(size)]
    for d in range(a.ndim - 1, 0, -1):
        body.append(f"  %st{k}_{d - 1} = mul i64 {strides[0] if d == a.ndim - 1 else f'%st{k}_{d}'}, %a{k}s{d}")
        strides.insert(0, f"%st{k}_{d - 1}")
    return (["ptr null", "ptr null", f"i64 %n{k}_{a.ndim - 1}", f"i64 {size}", f"ptr %a{k}"]
            + [f"i64 %a{k}s{d}" for d in range(a.ndim)] + [f"i64 {s}" for s in strides])


def primal_ir(symbol: str, layouts: list[ArgLayout], result: str) -> str:
    """The primal wrapper; `result` is "double", "float" or "void" (numba's None)."""
    body, args = [], []
    for k, a in enumerate(layouts):
        args += _array_args(k, a, body) if a.is_array else [f"{a.llvm} %a{k}"]
    slot = "i64" if result == "void" else result  # numba's None stores nothing
    tail = ["  ret void"] if result == "void" else [f"  %r = load {result}, ptr %ret",
                                                    f"  ret {result} %r"]
    return "\n".join([
        f"define {result} @{PRIMAL}({', '.join(_primal_params(layouts))}) {{",
        f"  %ret = alloca {slot}", f"  store {slot} zeroinitializer, ptr %ret",
        "  %exc = alloca ptr", *body,
        f"  %st = call i32 @\"{symbol}\"(ptr %ret, ptr %exc, {', '.join(args)})",
        "  store i32 %st, ptr %status", *tail, "}"])


def grad_ir(layouts: list[ArgLayout], result: str) -> str:
    """The gradient wrapper; active scalars' adjoints go to `out` as doubles."""
    params, call = [], [f"ptr @{PRIMAL}"]
    for k, a in enumerate(layouts):
        if a.is_array:
            params += [f"ptr %a{k}"] + ([f"ptr %d{k}"] if a.is_float else [])
            params += [f"i64 %a{k}s{d}" for d in range(a.ndim)]
            call += ([f"i32 %dup, ptr %a{k}, ptr %d{k}"] if a.is_float else [f"i32 %const, ptr %a{k}"])
            call += [f"i32 %const, i64 %a{k}s{d}" for d in range(a.ndim)]
        else:
            params.append(f"{a.llvm} %a{k}")
            call.append(f"i32 %{'out' if a.is_float else 'const'}, {a.llvm} %a{k}")
    call.append("i32 %const, ptr %status")
    outs = [a.llvm for a in layouts if not a.is_array and a.is_float]
    ret = "void" if not outs else outs[0] if len(outs) == 1 else "{ " + ", ".join(outs) + " }"
    lines = [f"declare {ret} @{ENTRY}(ptr, ...)",
             f"define void @{GRAD}({', '.join(params + ['ptr %status', 'ptr %outs'])}) {{"]
    lines += [f"  %{m} = load i32, ptr @enzyme_{m}" for m in ("dup", "const", "out")]
    lines.append(f"  {'%r = ' if outs else ''}call {ret} (ptr, ...) @{ENTRY}({', '.join(call)})")
    lines += _store_outs(outs)
    return "\n".join(lines + ["  ret void", "}"])


def _store_outs(outs: list[str]) -> list[str]:
    lines = []
    for k, ty in enumerate(outs):
        value = "%r" if len(outs) == 1 else f"%r{k}"
        if len(outs) > 1:
            lines.append(f"  %r{k} = extractvalue {{ {', '.join(outs)} }} %r, {k}")
        if ty == "float":
            lines.append(f"  %x{k} = fpext float {value} to double")
            value = f"%x{k}"
        lines += [f"  %p{k} = getelementptr double, ptr %outs, i64 {k}",
                  f"  store double {value}, ptr %p{k}"]
    return lines


MARKERS = "\n".join(f"@enzyme_{m} = external global i32" for m in ("dup", "const", "out"))
