"""Source locations from debug metadata, for diagnostics that point at the user's C line.

An instruction's `!dbg !N` names a `!N = !DILocation(line: L, column: C, scope: !S)`; the
scope chain (lexical blocks, subprograms) ends at a `!DIFile(filename: ...)`. The module keeps
metadata as text lines, so this reads just the fields it needs from those lines.
"""

from __future__ import annotations

import functools
import os
import re

from enzymec import regex_cache
from enzymec.diagnostics import SourceLocation, note_location_read

_NODE = regex_cache.compile(r"^!(\d+) = (?:distinct )?!(\w+)\((.*)\)\s*$")
_FIELD = regex_cache.compile(r"(\w+): (\"(?:[^\"\\]|\\.)*\"|![0-9]+|-?\d+)")


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
        """The file a scope is in, spelt as the user named it on the command line.

        clang may record one file twice: as given (the compile unit's `/tmp/x/a.c`) and,
        for scopes, relative to a directory they share (`x/a.c` in `/tmp`); a diagnostic
        must name it the first way, which is also how clang names it."""
        fields = self.file_fields(scope_ref)
        if fields is None:
            return None
        path = _path(fields)
        unit = self.unit_file()
        if unit is not None and os.path.normpath(_path(unit)) == os.path.normpath(path):
            return unit.get("filename", '""')[1:-1]
        name = fields.get("filename", '""')[1:-1]
        same_directory = unit is not None and unit.get("directory") == fields.get("directory")
        return name if same_directory or os.path.isabs(name) else path

    @functools.cached_property
    def _unit(self) -> dict[str, str] | None:
        self.node("!0")  # builds the index
        for kind, fields in self._nodes.values():
            if kind == "DICompileUnit":
                found = self.node(fields.get("file", ""))
                return found[1] if found and found[0] == "DIFile" else None
        return None

    def unit_file(self) -> dict[str, str] | None:
        """The fields of the compile unit's DIFile (the file as the command line named it,
        and the directory clang ran in)."""
        return self._unit

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
        # counted whether found or not, here and in function_location, the two ways in
        # (diagnostics.py says why)
        note_location_read()
        ref = inst.get_metadata("dbg") if inst is not None else None
        node = self.node(ref) if ref else None
        if node is None or node[0] != "DILocation":
            return None
        fields = node[1]
        file = self.file_of(fields.get("scope")) or self.module.name
        return SourceLocation(file, int(fields.get("line", 0)), int(fields.get("column", 0)))

    def function_location(self, function) -> SourceLocation | None:
        """Where a function is defined (its DISubprogram), when known."""
        note_location_read()
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
        text = _source_line(_path(fields), line)
        found = re.search(rf"(?<![\w$]){re.escape(name)}(?![\w$])", text or "")
        return found.start() + 1 if found else 0


def _path(fields: dict[str, str]) -> str:
    """A DIFile's path: its filename, under its directory unless absolute."""
    return os.path.join(fields.get("directory", '""')[1:-1], fields.get("filename", '""')[1:-1])


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
