"""Debug metadata in functions that have no DISubprogram of their own.

The functions the AD stage synthesizes (gradients, tangents, augmented forwards, wrappers)
have no DISubprogram, but code copied into them may still carry what it had in the function
it came from: `!dbg` locations scoped to that function's subprogram (code LLVM inlined before
AD, a terminator moved over), `#dbg_value` records naming its variables, and `!llvm.loop`
nodes whose operands include the loop's DILocations. Once LLVM inlines such a function into
one with debug info (a gradient into the function that asked for it, with `-g`), those
locations point at the wrong subprogram: the verifier rejects the module, which makes the
IR reader drop all of its debug info, and the loop vectorizer's own verification aborts.

So a function without a subprogram keeps no locations: its instructions lose `!dbg` and
debug records, and its loop nodes are replaced by copies without DILocation operands (the
loop hints, `llvm.loop.mustprogress` and pragmas, stay). In the user's functions, a call the
AD stage put there (the call of a gradient that replaced `__enzyme_autodiff`) gets the
location of the code around it, as clang gives every call it emits: LLVM then gives the
code it inlines from that call that location (scoped to the user's function, or inlined at
it), never a foreign scope. The user's own locations are untouched, so `-g` still describes
every line the user wrote.
"""

from __future__ import annotations


from .module import Module

from enzymec import regex_cache

_SUBPROGRAM = regex_cache.compile(r"!dbg ![0-9]+")
_NUMBERED = regex_cache.compile(r"^!(\d+) = ")
_LOOP_NODE = regex_cache.compile(r"^!(\d+) = distinct !\{(.*)\}\s*$")
_LOOP_REF = regex_cache.compile(r"!llvm\.loop (![0-9]+)")


def drop_foreign_locations(module: Module) -> None:
    """Strip locations from every defined function of `module` without a subprogram."""
    loops = _LoopNodes(module)
    for function in module.functions:
        if function.is_declaration:
            continue
        if _has_subprogram(function):
            if function.lazy_body is None:  # a body never read holds no synthesized call
                _locate_calls(function)
            continue
        if function.lazy_body is not None and _nothing_to_drop(function.lazy_body, loops):
            continue  # as the walk below would leave it, and not parsed for that
        for inst in function.instructions():
            if inst.debug_records:
                for record in inst.debug_records:
                    record.drop_operands()
                inst.debug_records = []
            inst.metadata = [(kind, loops.without_locations(node) if kind == "llvm.loop"
                              else node) for kind, node in inst.metadata if kind != "dbg"]


def _locate_calls(function) -> None:
    """Give each call of a synthesized function (one without a subprogram) that has no
    location the location of the nearest located instruction after it in its block, else
    before it."""
    for block in function.blocks:
        insts = block.instructions
        for index, inst in enumerate(insts):
            callee = inst.called_function if inst.opcode in ("call", "invoke") else None
            if callee is None or callee.is_declaration or _has_subprogram(callee) or \
                    inst.get_metadata("dbg") is not None:
                continue  # only calls of synthesized functions: the user's calls stay as clang made them
            located = [i.get_metadata("dbg") for i in insts[index + 1:] + insts[:index][::-1]]
            found = next((ref for ref in located if ref is not None), None)
            if found is not None:
                inst.metadata.append(("dbg", found))


def _nothing_to_drop(lazy, loops: "_LoopNodes") -> bool:
    """Whether a body never read holds nothing the walk in drop_foreign_locations would
    drop: no location, no debug record, no loop node with a location (the functions
    pre_ad_aside.py puts back have theirs taken off as text)."""
    if lazy.mentions("!dbg") or lazy.mentions("#dbg_"):
        return False
    return all(loops.without_locations(ref) == ref
               for ref in _LOOP_REF.findall(lazy.src, lazy.start, lazy.end))


def _has_subprogram(function) -> bool:
    return bool(_SUBPROGRAM.search(function.suffix or "") or
                _SUBPROGRAM.search(function.prefix or ""))


class _LoopNodes:
    """The module's `!N = distinct !{!N, ...}` loop nodes and their location-free copies,
    which are appended to the module's metadata once each."""

    def __init__(self, module: Module):
        self.module = module
        self.lines = {}
        self.next_number = 0
        for line in module.trailer:
            m = _NUMBERED.match(line)
            if m:
                self.lines["!" + m.group(1)] = line
                self.next_number = max(self.next_number, int(m.group(1)) + 1)
        self.copies: dict[str, str] = {}

    def without_locations(self, ref: str) -> str:
        if ref not in self.copies:
            self.copies[ref] = self._copy(ref)
        return self.copies[ref]

    def _copy(self, ref: str) -> str:
        m = _LOOP_NODE.match(self.lines.get(ref, ""))
        if m is None:
            return ref  # not a numbered self-referencing node: nothing of ours to rewrite
        operands = _split_operands(m.group(2))[1:]  # the first is the node itself
        kept = [op for op in operands if not self._is_location(op)]
        if len(kept) == len(operands):
            return ref
        number = self.next_number
        self.next_number += 1
        self.module.trailer.append(f"!{number} = distinct !{{{', '.join([f'!{number}', *kept])}}}")
        return f"!{number}"

    def _is_location(self, operand: str) -> bool:
        return operand.startswith("!DILocation(") or \
            self.lines.get(operand, "").startswith(f"{operand} = !DILocation(")


def _split_operands(text: str) -> list[str]:
    """The top-level comma-separated operands of a metadata tuple's body."""
    parts, depth, quoted, start = [], 0, False, 0
    for i, ch in enumerate(text):
        if quoted:
            quoted = ch != '"' or text[i - 1] == "\\"
        elif ch == '"':
            quoted = True
        elif ch in "({":
            depth += 1
        elif ch in ")}":
            depth -= 1
        elif ch == "," and depth == 0:
            parts.append(text[start:i].strip())
            start = i + 1
    parts.append(text[start:].strip())
    return [p for p in parts if p]
