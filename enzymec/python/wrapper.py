"""The tiny C wrapper that asks enzymec for a gradient: one `__enzyme_autodiff` call.

Activities, as Enzyme's markers (rules as a table):
  floating scalar asked for     -> enzyme_out   (its adjoint is returned)
  floating scalar not asked for -> enzyme_const
  pointer to floating data      -> enzyme_dup with a shadow, always: memory the function
                                   writes and reads back must carry its derivative even when
                                   the caller does not want that argument's gradient
  integer scalar or pointer     -> enzyme_const (integers carry no derivative)
The wrapper takes the primal arguments, a shadow after every floating pointer, and a
`double *` receiving the active scalars' adjoints; it #includes the source defining the
function so that its body is in the same translation unit (AD needs the body).
"""

from __future__ import annotations

from .signature import Signature

PREFIX = "enzymec_py"  # not __enzymec_: that prefix is the runtime's, made internal (rtlink)


def activity(sig: Signature, index: int, wanted: set[int]) -> str:
    """'out', 'const' or 'dup' for parameter `index`."""
    ctype = sig.params[index].type
    if ctype.kind == "pointer":
        return "dup" if ctype.is_float else "const"
    return "out" if ctype.is_float and index in wanted else "const"


def wrapper_name(sig: Signature, wanted: set[int]) -> str:
    return f"{PREFIX}_grad_{sig.name}_" + "_".join(map(str, sorted(wanted)))


def wrapper_source(sig: Signature, wanted: set[int]) -> str:
    """C text: the #include of the defining file, the entry point's declaration, the wrapper."""
    acts = [activity(sig, i, wanted) for i in range(len(sig.params))]
    outs = [sig.params[i].type.cffi for i, a in enumerate(acts) if a == "out"]
    name = wrapper_name(sig, wanted)
    ret = "void" if not outs else outs[0] if len(outs) == 1 else f"{name}_result"
    cxx = is_cxx(sig.file)
    lines = [f'#include "{sig.file}"', 'extern "C" {' if cxx else "",
             "extern int enzyme_dup, enzyme_const, enzyme_out;"]
    if len(outs) > 1:
        fields = " ".join(f"{t} a{k};" for k, t in enumerate(outs))
        lines.append(f"typedef struct {{ {fields} }} {ret};")
    lines.append(f"{ret} __enzyme_autodiff{name}(void *, ...);")
    params, call = [], [f"(void *){sig.name}"]
    for i, act in enumerate(acts):
        params.append(f"{sig.params[i].type.cffi} p{i}")
        call += [f"enzyme_{act}", f"p{i}"]
        if act == "dup":
            params.append(f"{sig.params[i].type.base} *d{i}")
            call.append(f"d{i}")
    params.append("double *out")
    lines.append(f"void {name}({', '.join(params)}) {{")
    result = f"{ret} r = " if outs else ""
    lines.append(f"    {result}__enzyme_autodiff{name}({', '.join(call)});")
    lines += _store_results(len(outs))
    lines += ["}", "}" if cxx else ""]
    return "\n".join(lines) + "\n"


def is_cxx(path: str) -> bool:
    return path.endswith((".cc", ".cpp", ".cxx", ".C", ".c++"))


def wrapper_file_name(sig: Signature, wanted: set[int]) -> str:
    """The wrapper's file name: C++ when the function's source is C++ (it #includes it)."""
    return wrapper_name(sig, wanted) + (".cpp" if is_cxx(sig.file) else ".c")


def _store_results(count: int) -> list[str]:
    if count == 1:
        return ["    out[0] = r;"]
    return [f"    out[{k}] = r.a{k};" for k in range(count)]


def wrapper_cdef(sig: Signature, wanted: set[int]) -> str:
    """The wrapper's declaration for cffi."""
    params = []
    for i, p in enumerate(sig.params):
        params.append(f"{p.type.cffi} p{i}")
        if activity(sig, i, wanted) == "dup":
            params.append(f"{p.type.base} *d{i}")
    return f"void {wrapper_name(sig, wanted)}({', '.join(params + ['double *out'])});"
