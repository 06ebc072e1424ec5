"""--explain=dot: a gradient's control-flow graph as Graphviz, before and after optimization.

Forward blocks and reverse blocks are coloured apart (the AD stage names the reverse
sweep's blocks `reverse.*` and its seed blocks `seed*`; LLVM keeps those names, with `.i`
suffixes when it inlines), and the tape's stores and loads (tagged `!enzymec.tape` by the
AD stage) are listed in red in their blocks, like the talk's reluf and read-sum slides.
After optimization the gradient may have been inlined into its caller: then the caller's
graph is drawn.
"""

from __future__ import annotations

from enzymec.analysis.cfg import block_names
from enzymec.ir import CallInst, Function

FORWARD_COLOR, REVERSE_COLOR, TAPE_COLOR = "#cfe2ff", "#ffd8b1", "#c00000"
REVERSE_PREFIXES = ("reverse.", "seed")


def is_reverse(name: str) -> bool:
    return name.startswith(REVERSE_PREFIXES)


def tape_lines(block, tags: dict[str, str]) -> list[str]:
    """`tape store: <cache>` / `tape load: <cache>` for each tagged instruction of `block`."""
    lines = []
    for inst in block.instructions:
        node = inst.get_metadata("enzymec.tape")
        if node is not None:
            kind = "store" if inst.opcode == "store" else "load"
            lines.append(f"tape {kind}: {tags.get(node, node).split('/')[-1]}")
    return lines


def _quote(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def cfg_dot(function: Function, title: str, tags: dict[str, str]) -> str:
    """The Graphviz text of `function`'s CFG; `tags` maps metadata nodes to tape labels."""
    names = block_names(function)
    out = [f"digraph {_quote(function.name)} {{", f"  label={_quote(title)}; labelloc=t;",
           '  node [shape=box, style="rounded,filled", fontname="monospace"];']
    for block in function.blocks:
        name = names[block].lstrip("%")
        color = REVERSE_COLOR if is_reverse(name) else FORWARD_COLOR
        count = len(block.instructions)
        rows = [f"<b>{_html(name)}</b> ({count} instruction{'' if count == 1 else 's'})"]
        rows += [f'<font color="{TAPE_COLOR}">{_html(t)}</font>'
                 for t in tape_lines(block, tags)]
        label = "<" + "<br/>".join(rows) + ">"
        kind = "reverse" if is_reverse(name) else "forward"
        out.append(f"  {_quote(name)} [label={label}, fillcolor={_quote(color)}, "
                   f"class={_quote(kind)}];")
    for block in function.blocks:
        for successor in block.successors:
            out.append(f"  {_quote(names[block].lstrip('%'))} -> "
                       f"{_quote(names[successor].lstrip('%'))};")
    out.append("}")
    return "\n".join(out) + "\n"


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def homes_after(ad_module, optimized_module, synthesized: str) -> list[Function]:
    """Where the gradient lives after optimization: itself, or the callers it was inlined
    into (those of its callers in the AD module that are still defined)."""
    own = optimized_module.get_function(synthesized)
    if own is not None and not own.is_declaration:
        return [own]
    callers = []
    for function in ad_module.functions:
        if any(isinstance(i, CallInst) and i.called_function is not None and
               i.called_function.name == synthesized for i in function.instructions()):
            found = optimized_module.get_function(function.name)
            if found is not None and not found.is_declaration:
                callers.append(found)
    return callers
