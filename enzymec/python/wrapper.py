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
function so that its body is in the same translation unit (AD needs the body). The value
wrapper (value_and_grad) adds `enzyme_primal_return`: out[0] is f's result from the same run,
the adjoints follow.
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


def wrapper_name(sig: Signature, wanted: set[int], value: bool = False) -> str:
    return f"{PREFIX}_{'value_' if value else ''}grad_{sig.name}_" + \
        "_".join(map(str, sorted(wanted)))


def returned_types(sig: Signature, wanted: set[int], value: bool = False) -> list[str]:
    """The C types the autodiff call returns: f's result first for the value wrapper, then
    each `out` argument's adjoint."""
    acts = [activity(sig, i, wanted) for i in range(len(sig.params))]
    outs = [sig.params[i].type.cffi for i, a in enumerate(acts) if a == "out"]
    return [sig.result.cffi, *outs] if value else outs


def value_in_one_run(sig: Signature, wanted: set[int]) -> bool:
    """Whether the value wrapper's struct has the layout the gradient returns: two fields,
    or all doubles (x86-64 packs three or more floats into vectors, which the autodiff
    call's {float, float, float} does not match); else value_and_grad calls f again."""
    fields = returned_types(sig, wanted, value=True)
    return len(fields) <= 2 or all(t == "double" for t in fields)


def wrapper_source(sig: Signature, wanted: set[int], value: bool = False) -> str:
    """C text: the #include of the defining file, the entry point's declaration, the wrapper."""
    acts = [activity(sig, i, wanted) for i in range(len(sig.params))]
    outs = returned_types(sig, wanted, value)
    name = wrapper_name(sig, wanted, value)
    several = len(outs) > 1 or value
    ret = "void" if not outs else f"{name}_result" if several else outs[0]
    cxx = is_cxx(sig.file)
    lines = [f'#include "{sig.file}"', 'extern "C" {' if cxx else "",
             "extern int enzyme_dup, enzyme_const, enzyme_out, enzyme_primal_return;"]
    if several:
        fields = " ".join(f"{t} a{k};" for k, t in enumerate(outs))
        lines.append(f"typedef struct {{ {fields} }} {ret};")
    lines.append(f"{ret} __enzyme_autodiff{name}(void *, ...);")
    params, call = [], [f"(void *){sig.name}"] + (["enzyme_primal_return"] if value else [])
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
    lines += _store_results(len(outs), several)
    lines += ["}", "}" if cxx else ""]
    return "\n".join(lines) + "\n"


def is_cxx(path: str) -> bool:
    return path.endswith((".cc", ".cpp", ".cxx", ".C", ".c++"))


def wrapper_file_name(sig: Signature, wanted: set[int], value: bool = False) -> str:
    """The wrapper's file name: C++ when the function's source is C++ (it #includes it)."""
    return wrapper_name(sig, wanted, value) + (".cpp" if is_cxx(sig.file) else ".c")


def _store_results(count: int, several: bool) -> list[str]:
    if count == 1 and not several:
        return ["    out[0] = r;"]
    return [f"    out[{k}] = r.a{k};" for k in range(count)]


def wrapper_cdef(sig: Signature, wanted: set[int], value: bool = False) -> str:
    """The wrapper's declaration for cffi."""
    params = []
    for i, p in enumerate(sig.params):
        params.append(f"{p.type.cffi} p{i}")
        if activity(sig, i, wanted) == "dup":
            params.append(f"{p.type.base} *d{i}")
    return f"void {wrapper_name(sig, wanted, value)}({', '.join(params + ['double *out'])});"
