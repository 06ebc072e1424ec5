"""Functions the pre-AD clang run never sees, where it would only copy them (issue 11 item 5).

Why: the functions the AD does not read reach the pre-AD run `optnone` (pre_ad_scope.py),
so it leaves them as they are, but it still parses and prints them, with their source
locations: on the benchmarks' sources about half of that run's instructions (cachegrind:
logsumexp 67M -> 31M, tree_reduce 84M -> 39M, ba 223M -> 120M). Here those functions are
taken out of the text the run reads, with the globals only they use (`set_aside`), and put
back into its output (`put_back`).

The run must do to what it still sees what it did before:
- nothing left in the run names what is set aside: a function or global that something the
  run keeps names stays (a name anywhere in a `define`'s or a global's text counts);
- what set-aside code names and the run keeps is still used where the run cannot see: if
  it is local or discardable (internal, private, linkonce, linkonce_odr,
  available_externally), the run would otherwise see every use of it, and could drop it,
  fold a global that only set-aside code writes, or specialize a function for the only
  arguments it sees. Such symbols are named in TABLE, an external global, whose line is
  taken out of the output again: to the run their uses are unknown, as an unseen unit's
  are. (What has external linkage, another unit may use anyway.) A symbol that cannot
  stand in a table of plain pointers (another address space, thread-local) keeps the code
  naming it in the run instead;
- what is set aside holds nothing this does not carry over (a comdat, `blockaddress`,
  debug records, metadata that is debug info beyond source locations): else it stays.

Only without -g (pipeline.pre_ad): what is set aside comes back without its source
locations, which the codegen drops then anyway (text_codegen.py), so no debug info has to
be merged into the run's. It comes back as the text it was, after the run's output, with
the attribute groups and metadata nodes it uses renumbered after the output's own (loop
nodes without their DILocation operands), and with the named types, declarations and
external globals it uses that the output no longer has. When the output defines one of its
names (a global the run made up), lacks one it names, or lacks TABLE, `put_back` gives
None, and the caller runs on the whole text as before.
"""

from __future__ import annotations

from enzymec import regex_cache
from enzymec.driver import pre_ad_scope

_NAME = r'("(?:[^"\\]|\\.)*"|[-\w.$]+)'
_GLOBAL_LINE = regex_cache.compile(r"\n@" + _NAME + r" = ([^\n]*)")
_DECLARE_LINE = regex_cache.compile(r"\ndeclare [^@\n]*@" + _NAME + r"\([^\n]*")
_TYPE_LINE = regex_cache.compile(r"\n%" + _NAME + r" = type ([^\n]*)")
_GROUP_LINE = regex_cache.compile(r"\nattributes #(\d+) = ([^\n]*)")
_NODE_LINE = regex_cache.compile(r"\n!(\d+) = ([^\n]*)")
_SYMBOL = regex_cache.compile(r"@" + _NAME)
_STRING = regex_cache.compile(r'"[^"]*"')  # LLVM writes a quote in a string as \22
_NUMBERED = regex_cache.compile(r"([#!])(\d+)")
# a source location: an instruction's or a global's attachment, a `define`'s subprogram
# (two patterns, each led by a literal, which the engine skips to)
_LOCATION = regex_cache.compile(r", !dbg !\d+")
_SUBPROGRAM = regex_cache.compile(r" !dbg !\d+")
_UNSUPPORTED = ("blockaddress", "dso_local_equivalent", "no_cfi", " comdat", "#dbg_",
                " prefix ", " prologue ")
# The kept local functions and globals that set-aside code names are named in this table,
# an external global the run cannot see the uses of: as the set-aside code's uses were,
# theirs are unknown to it. Taken out of the run's output again.
TABLE = "__enzymec_pre_ad_aside"
_TABLE_LINE = regex_cache.compile(r"\n@" + TABLE + r" = [^\n]*")
# what keeps a symbol out of a table of plain pointers
_NOT_IN_TABLE = ("addrspace(", "thread_local")
# linkage the run may drop or rewrite a symbol of, seeing all its uses
_LOCAL = frozenset({"private", "internal", "available_externally", "linkonce",
                    "linkonce_odr"})
# globals the run must see, by what their names hold: the unit's tables (llvm.used, the
# constructors, annotations) and Enzyme's registrations (pre_ad_scope's roots)
_KEPT_GLOBALS = ("llvm.", "__enzyme")


class Aside:
    """The text for the pre-AD run (`text`), and what `put_back` returns to its output."""

    def __init__(self, text: str, marked: dict[str, str], pieces: list[str], source: str,
                 nodes: "_Nodes"):
        self.text = text            # what the run reads, unmarked
        self.marked = marked        # pre_ad_scope.skipped's, of the whole text
        self.pieces = pieces        # the set-aside functions' and globals' text, stripped
        self.source = source        # the whole text: their types, declarations, numbers
        self.nodes = nodes          # its metadata nodes

    def put_back(self, output: str) -> str | None:
        """The run's `output` with what was set aside added; None on a name clash or a
        name this cannot find a definition or declaration of."""
        if TABLE in self.text:
            output, found = _TABLE_LINE.subn("", output, count=1)
            if not found:
                return None
        defined = _defined(output)
        own = _defined_in(self.pieces)
        if defined & own:
            return None
        body = "".join(self.pieces)
        source = "\n" + self.source
        extra: list[str] = []
        # declarations and external globals the pieces name that the output lost
        declarations = {m[1]: m[0] for m in _DECLARE_LINE.finditer(source)}
        externals = {m[1]: m[0] for m in _GLOBAL_LINE.finditer(source)
                     if m[2].startswith(("external ", "extern_weak "))}
        for name in sorted(_symbols(body) - defined - own):
            line = declarations.get(name) or externals.get(name)
            if line is None:
                return None
            extra.append(_without_dbg(line))
        body += "".join(extra)
        # named types the output does not define
        types = {m[1]: m[0] for m in _TYPE_LINE.finditer(source)}
        have = {m[1] for m in _TYPE_LINE.finditer("\n" + output)}
        needed, work = set(), _type_names(body, types)
        while work:
            name = work.pop()
            if name in needed or name in have:
                continue
            needed.add(name)
            work += _type_names(types[name], types)
        body = "".join(types[name] for name in sorted(needed)) + body
        # attribute groups and metadata, numbered after the output's
        groups = {m[1]: m[2] for m in _GROUP_LINE.finditer(source)}
        numbers = list(_numbers(body))
        used_groups = sorted({n for kind, n in numbers if kind == "#"}, key=int)
        used_nodes = self.nodes.closure({n for kind, n in numbers if kind == "!"})
        if used_nodes is None or any(n not in groups for n in used_groups):
            return None
        first_group = 1 + max((int(g) for g, _ in _GROUP_LINE.findall("\n" + output)),
                              default=-1)
        first_node = 1 + max((int(n) for n, _ in _NODE_LINE.findall("\n" + output)),
                             default=-1)
        renumber = {("#", old): str(first_group + i) for i, old in enumerate(used_groups)}
        renumber.update({("!", old): str(first_node + i)
                         for i, old in enumerate(sorted(used_nodes, key=int))})
        # each text renumbered once (a new number may be an old one of another node)
        tail = [f"\nattributes #{renumber['#', n]} = {groups[n]}" for n in used_groups]
        tail += [f"\n!{renumber['!', n]} = {_renumbered(self.nodes.cleaned(n), renumber)}"
                 for n in sorted(used_nodes, key=int)]
        appended = _renumbered(body, renumber) + "".join(tail)
        return output.rstrip("\n") + "\n" + appended + "\n"


def set_aside(text: str) -> Aside | None:
    """The functions and globals that can leave the pre-AD run (the module doc), or None
    when none can."""
    unit, marked = pre_ad_scope.skipped(text)
    spans: dict[str, tuple[int, int]] = {}     # name -> its text's span in `text`
    linkage: dict[str, str] = {}
    for name, (start, end) in unit.functions.items():
        spans[name] = (start, end)
        linkage[name] = _linkage(text[start + 7:text.index("@", start)])
    candidates = set(marked)
    for m in _GLOBAL_LINE.finditer(text):  # never the first line: the header is
        name, rest = m[1], m[2]
        spans[name] = m.span()  # from the newline before its line
        linkage[name] = _linkage(rest.split(" global ", 1)[0].split(" constant ", 1)[0])
        if " alias " in f" {rest}" or " ifunc " in f" {rest}" or \
                rest.startswith(("external ", "extern_weak ", "appending ")):
            continue  # kept: aliases, declarations, the unit's appending tables
        if not any(key in name for key in _KEPT_GLOBALS):
            candidates.add(name)
    pieces_of = {name: _piece(text, spans[name]) for name in candidates}
    nodes = _Nodes(text)
    refs = {}
    for name, (start, end) in spans.items():
        refs[name] = set(_SYMBOL.findall(text, start, end))
        refs[name].discard(name)
    aside = set()
    for name in candidates:
        piece = pieces_of[name]
        if any(word in piece for word in _UNSUPPORTED):
            continue
        if "!" in piece and any(nodes.debug(n) for k, n in _numbers(piece) if k == "!"):
            continue  # debug info beyond locations
        aside.add(name)
    awkward = {name for name, linked in linkage.items()  # no `ptr @name` in a plain table
               if linked in _LOCAL and _awkward(text, spans[name], name in unit.functions)}
    _pin(aside, refs, linkage, awkward)
    if not aside:
        return None
    cut = sorted(spans[name] for name in aside)
    kept, at = [], 0
    for start, end in cut:
        kept.append(text[at:start])
        at = end
    kept.append(text[at:])
    escaping = sorted({r for name in aside for r in refs[name]
                       if r not in aside and linkage.get(r) in _LOCAL})
    if escaping:
        kept.append(_table(escaping))
    pieces = [pieces_of[name] for name in sorted(aside, key=lambda n: spans[n])]
    return Aside("".join(kept), {n: a for n, a in marked.items() if n not in aside},
                 pieces, text, nodes)


def _awkward(text: str, span: tuple[int, int], function: bool) -> bool:
    """Whether the symbol defined at `span` cannot be named in TABLE (its header's words)."""
    start, end = span
    head = text[start:text.find("{", start, end) if function else end]
    return any(word in head for word in _NOT_IN_TABLE)


def _pin(aside: set, refs: dict, linkage: dict, awkward: set) -> None:
    """Take out of `aside` what a kept function or global names, and what names a kept
    local one that cannot stand in the table (`awkward`), until neither changes it (the
    module doc's rules)."""
    changed = True
    while changed:
        changed = False
        for name, named in refs.items():
            if name in aside:
                if any(r not in aside and r in awkward and linkage.get(r) in _LOCAL
                       for r in named):
                    aside.discard(name)
                    changed = True
            elif named & aside:
                aside.difference_update(named)
                changed = True


def _table(names: list[str]) -> str:
    """The line of TABLE holding the addresses of `names`."""
    entries = ", ".join(f"ptr @{name}" for name in names)
    return f"\n@{TABLE} = global [{len(names)} x ptr] [{entries}]\n"


def _linkage(words: str) -> str:
    """The linkage among the words before a symbol's type (external when none is
    written)."""
    for word in words.split():
        if word in _LOCAL or word in ("weak", "weak_odr", "common", "extern_weak",
                                      "appending", "external"):
            return word
    return "external"


def _piece(text: str, span: tuple[int, int]) -> str:
    """A function's or global's text from `span`, from a newline on, without its source
    locations."""
    start, end = span
    piece = text[start:end]
    if not piece.startswith("\n"):
        piece = "\n" + piece
    return _without_dbg(piece)


def _without_dbg(text: str) -> str:
    return _SUBPROGRAM.sub("", _LOCATION.sub("", text)) if "!dbg" in text else text


def _numbers(text: str):
    """(kind, number) of each `#N` and `!N` outside strings."""
    for part in _STRING.split(text):
        yield from _NUMBERED.findall(part)


def _renumbered(text: str, renumber: dict) -> str:
    """`text` with each `#N`/`!N` outside strings renumbered (those not in `renumber`
    stay)."""
    if '"' not in text:
        return _NUMBERED.sub(lambda m: m[1] + renumber.get((m[1], m[2]), m[2]), text)
    parts = _STRING.split(text)
    strings = _STRING.findall(text) + [""]
    out = []
    for part, string in zip(parts, strings):
        out.append(_NUMBERED.sub(lambda m: m[1] + renumber.get((m[1], m[2]), m[2]), part))
        out.append(string)
    return "".join(out)


class _Nodes:
    """A text's numbered metadata nodes (number -> body), each read once: its body without
    location operands (`cleaned`) and the nodes that names."""

    def __init__(self, text: str):
        self.bodies = dict(_NODE_LINE.findall(text))
        self._cleaned: dict[str, str] = {}
        self._named: dict[str, list[str]] = {}
        self._debug: dict[str, bool] = {}

    def cleaned(self, n: str) -> str:
        found = self._cleaned.get(n)
        if found is None:
            found = self._cleaned[n] = _without_locations(self.bodies[n], self.bodies)
        return found

    def debug(self, n: str) -> bool:
        """Whether node `n` is or reaches debug info (beyond the loop nodes' locations) or
        a node the text lacks."""
        found = self._debug.get(n)
        if found is None:
            found = self._debug[n] = self.closure({n}) is None
        return found

    def closure(self, roots: set) -> set | None:
        """The nodes `roots` reach (a loop node's DILocation operands left out); None when
        one is debug info or missing."""
        seen, work = set(), list(roots)
        while work:
            n = work.pop()
            if n in seen:
                continue
            body = self.bodies.get(n)
            if body is None or _is_debug(body):
                return None
            seen.add(n)
            named = self._named.get(n)
            if named is None:
                named = self._named[n] = [m for k, m in _numbers(self.cleaned(n)) if k == "!"]
            work += named
        return seen


def _is_debug(body: str) -> bool:
    return body.startswith(("!DI", "distinct !DI", "!DIExpression"))


def _without_locations(body: str, nodes: dict) -> str:
    """A tuple node's text without operands that are source locations (a loop node's)."""
    if not body.startswith(("!{", "distinct !{")) or "!" not in body[body.index("{") + 1:]:
        return body
    head, inner = body.split("{", 1)
    inner = inner[:inner.rindex("}")]
    operands = [op.strip() for op in _split(inner)]
    kept = [op for op in operands
            if not (op.startswith("!DILocation(") or
                    (op[1:].isdigit() and op.startswith("!") and
                     nodes.get(op[1:], "").startswith("!DILocation(")))]
    if len(kept) == len(operands):
        return body
    return f"{head}{{{', '.join(kept)}}}"


def _split(inner: str) -> list[str]:
    """A tuple's top-level operands."""
    parts, depth, start, quoted = [], 0, 0, False
    for i, ch in enumerate(inner):
        if ch == '"':
            quoted = not quoted
        elif quoted:
            continue
        elif ch in "({[<":
            depth += 1
        elif ch in ")}]>":
            depth -= 1
        elif ch == "," and depth == 0:
            parts.append(inner[start:i])
            start = i + 1
    parts.append(inner[start:])
    return [p for p in parts if p.strip()]


def _symbols(text: str) -> set[str]:
    """The `@names` outside strings (a `c"..."` may hold an `@`)."""
    return {m[1] for part in _STRING.split(text) for m in _SYMBOL.finditer(part)} | \
        {m[1] for m in _SYMBOL.finditer(text) if m[1].startswith('"')}


def _type_names(text: str, types: dict) -> list[str]:
    """The names of `types` that `text` may use (a name that only begins a longer one
    counts too: one definition more is harmless)."""
    return [name for name in types if "%" + name in text]


def _defined(text: str) -> set[str]:
    """The names `text` defines or declares (functions and globals)."""
    text = "\n" + text
    names = {m[1] for m in _GLOBAL_LINE.finditer(text)}
    names |= {m[1] for m in _DECLARE_LINE.finditer(text)}
    names |= {m[1] for m in _DEFINE.finditer(text)}
    return names


def _defined_in(pieces: list[str]) -> set[str]:
    return _defined("".join(pieces))


_DEFINE = regex_cache.compile(r"\ndefine [^@\n]*@" + _NAME + r"\(")
