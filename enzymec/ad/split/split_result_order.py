"""The fields of a user's struct for `__enzyme_augmentfwd`'s result, placed by type.

The augmented forward returns its pieces in Enzyme's order: the tape (a pointer), the
result, the result's shadow. A user may declare the struct in another order, as Enzyme's
own test virtualshadow.cpp does (`struct { double x; void *tape; }`). Enzyme copies the
bits in its order into the declared layout, so `x` would hold the tape's address and `tape`
the result's bits: no program can use either (the reverse half would be handed a double's
bits as its tape). When every piece has a type of its own, the declared field types say
which piece each field is, and putting each piece in the field of its type is the only
reading under which the program computes what it says. When two pieces share a type (a
pointer result next to the tape pointer, a result next to its shadow) the declaration does
not say which is which: the caller keeps it a located error.
"""

from __future__ import annotations

from enzymec import regex_cache



def fields_by_type(declared_elements, pieces) -> list | None:
    """`pieces` reordered to match the declared field types, or None when that is
    ambiguous (two pieces of one type) or impossible (other types)."""
    types = [p.type for p in pieces]
    if len(set(types)) != len(types) or sorted(map(str, types)) != \
            sorted(map(str, declared_elements)):
        return None
    by_type = {str(p.type): p for p in pieces}
    return [by_type[str(t)] for t in declared_elements]


_SRET = regex_cache.compile(
    r"sret\(%(?P<named>[-\w.$]+|\"[^\"]+\")\)|sret\((?P<literal>\{[^}]*\})\)")


def sret_elements(call, module) -> list | None:
    """The field types of the struct a call returns through its sret pointer (from the
    attribute's type), or None when they cannot be read (then the caller refuses)."""
    match = _SRET.search(call.arg_attrs[0]) if call.arg_attrs else None
    if match is None:
        return None
    if match.group("named"):
        body = module.struct_bodies.get(match.group("named").strip('"'))
        return list(body.elements) if body is not None else None
    return [text.strip() for text in match.group("literal")[1:-1].split(",")]


def sret_fields(call, module, pieces) -> list | None:
    """`pieces` placed into the sret struct's fields: in Enzyme's order when the declared
    fields start with the pieces' types in that order (the usual declaration), else by type
    (fields_by_type); None when neither fits."""
    elements = sret_elements(call, module)
    if elements is None:
        return None
    if [str(t) for t in elements[:len(pieces)]] == [str(p.type) for p in pieces]:
        return list(pieces)  # Enzyme's order, maybe followed by fields it leaves alone
    return fields_by_type(elements, pieces)
