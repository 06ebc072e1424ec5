"""Source locations from debug metadata, for diagnostics that point at the user's C line.

An instruction's `!dbg !N` names a `!N = !DILocation(line: L, column: C, scope: !S)`; the
scope chain (lexical blocks, subprograms) ends at a `!DIFile(filename: ...)`. The module keeps
metadata as text lines, so this reads just the fields it needs from those lines.
"""

from __future__ import annotations

import functools
import os
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

    def file_of(self, scope_ref: str | None) -> str | None:
        fields = self.file_fields(scope_ref)
        return fields.get("filename", '""')[1:-1] if fields is not None else None

    def file_fields(self, scope_ref: str | None, depth: int = 0) -> dict[str, str] | None:
        """The fields of the DIFile that a scope chain ends at."""
        node = self.node(scope_ref) if scope_ref else None
        if node is None or depth > 64:
            return None
        kind, fields = node
        if kind == "DIFile":
            return fields
        return self.file_fields(fields.get("file") or fields.get("scope"), depth + 1)

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
        scope = node[1].get("file") or node[1].get("scope")
        file = self.file_of(scope) or self.module.name
        line = int(node[1].get("line", 0))
        name = node[1].get("name", '""')[1:-1]
        return SourceLocation(file, line, self.column_of_name(scope, line, name))

    def column_of_name(self, scope_ref: str | None, line: int, name: str) -> int:
        """The column of `name` (a whole word) on `line` of the scope's source file, read
        from disk; 0 when the file, the line or the name is not found. DISubprogram has a
        line but no column: this points a function-level diagnostic at the name."""
        fields = self.file_fields(scope_ref)
        if fields is None or not name or line <= 0:
            return 0
        path = os.path.join(fields.get("directory", '""')[1:-1], fields.get("filename", '""')[1:-1])
        text = _source_line(path, line)
        found = re.search(rf"(?<![\w$]){re.escape(name)}(?![\w$])", text or "")
        return found.start() + 1 if found else 0


@functools.lru_cache(maxsize=64)
def _source_lines(path: str) -> tuple[str, ...]:
    try:
        with open(path, encoding="utf-8", errors="replace") as handle:
            return tuple(handle.read().splitlines())
    except OSError:
        return ()


def _source_line(path: str, line: int) -> str | None:
    lines = _source_lines(path)
    return lines[line - 1] if 0 < line <= len(lines) else None
