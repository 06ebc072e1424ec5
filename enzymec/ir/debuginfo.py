"""Source locations from debug metadata, for diagnostics that point at the user's C line.

An instruction's `!dbg !N` names a `!N = !DILocation(line: L, column: C, scope: !S)`; the
scope chain (lexical blocks, subprograms) ends at a `!DIFile(filename: ...)`. The module keeps
metadata as text lines, so this reads just the fields it needs from those lines.
"""

from __future__ import annotations

import re

from enzymec.diagnostics import SourceLocation

_NODE = re.compile(r"^!(\d+) = (?:distinct )?!(\w+)\((.*)\)\s*$")
_FIELD = re.compile(r"(\w+): (\"(?:[^\"\\]|\\.)*\"|![0-9]+|-?\d+)")


class DebugInfo:
    """Index of a module's numbered metadata nodes (built once, on first use)."""

    def __init__(self, module):
        self.module = module
        self._nodes: dict[str, tuple[str, dict[str, str]]] | None = None

    def node(self, ref: str) -> tuple[str, dict[str, str]] | None:
        if self._nodes is None:
            self._nodes = {}
            for line in self.module.trailer:
                m = _NODE.match(line)
                if m:
                    self._nodes["!" + m.group(1)] = (m.group(2), dict(_FIELD.findall(m.group(3))))
        return self._nodes.get(ref)

    def file_of(self, scope_ref: str | None, depth: int = 0) -> str | None:
        node = self.node(scope_ref) if scope_ref else None
        if node is None or depth > 64:
            return None
        kind, fields = node
        if kind == "DIFile":
            return fields.get("filename", '""')[1:-1]
        return self.file_of(fields.get("file") or fields.get("scope"), depth + 1)

    def location(self, inst) -> SourceLocation | None:
        ref = inst.get_metadata("dbg") if inst is not None else None
        node = self.node(ref) if ref else None
        if node is None or node[0] != "DILocation":
            return None
        fields = node[1]
        file = self.file_of(fields.get("scope")) or self.module.name
        return SourceLocation(file, int(fields.get("line", 0)), int(fields.get("column", 0)))

    def function_location(self, function) -> SourceLocation | None:
        """Where a function is defined (its DISubprogram), when known."""
        m = re.search(r"!dbg (![0-9]+)", function.suffix or "") or \
            re.search(r"!dbg (![0-9]+)", function.prefix or "")
        node = self.node(m.group(1)) if m else None
        if node is None:
            return None
        file = self.file_of(node[1].get("file") or node[1].get("scope")) or self.module.name
        return SourceLocation(file, int(node[1].get("line", 0)))
