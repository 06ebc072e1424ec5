"""The scalar type clang's type-based alias metadata gives a memory access.

Where the IR's own types say nothing, the access tag may: SROA turns `variant = Circle{p[0]}`
into `load i64` and `store i64` that keep the double's `!tbaa` tag (type analysis takes it as
what the bytes hold, as Enzyme's does: type_analysis.py), and LLVM's loop idiom pass turns a
loop `v[i] = v0[i]` of doubles into a memcpy with the loop's tag (the only trace of the type
where the copied memory is used in another function: an OpenMP region's body; memory.py).
clang's own copies of structs carry `!tbaa.struct` instead: several types, not read here.
"""

from __future__ import annotations

from enzymec import regex_cache


_NODE = regex_cache.compile(r"^!(\d+) = (?:distinct )?!\{(.*)\}\s*$")
_REF = regex_cache.compile(r"!(\d+)")
_NAME = regex_cache.compile(r'^!"([^"]*)"')
FLOATS = {"double": "double", "float": "float", "_Float16": "half", "__fp16": "half"}


def float_access_type(inst) -> str | None:
    """'double', 'float' or 'half' when `inst`'s `!tbaa` tag names that scalar type, else
    None."""
    tag = inst.get_metadata("tbaa")
    module = inst.function.module if inst.function is not None else None
    if tag is None or module is None:
        return None
    nodes = _nodes(module)
    refs = _REF.findall(nodes.get(tag.lstrip("!"), ""))
    if len(refs) < 2:  # an access tag: base type, access type, offset
        return None
    name = _NAME.match(nodes.get(refs[1], "").strip())
    return FLOATS.get(name.group(1)) if name else None


def _nodes(module) -> dict[str, str]:
    """Numbered metadata nodes of `module` (number -> the text inside the braces), read once
    per state of its metadata."""
    cached = getattr(module, "_tbaa_nodes", None)
    if cached is not None and cached[0] == len(module.trailer):
        return cached[1]
    found = {}
    for line in module.trailer:
        if line.startswith("!"):
            m = _NODE.match(line)
            if m:
                found[m.group(1)] = m.group(2)
    module._tbaa_nodes = (len(module.trailer), found)
    return found
