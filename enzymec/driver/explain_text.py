"""--explain as clang-style remarks: `file:line:col: remark: message [-Rexplain-KIND]`.

Rendered with diagnostics.py (source line and caret, colours on a terminal, as clang
prints its own remarks), one function log after the other, each introduced by a remark at
the function's definition naming the mode and the synthesized function.
"""

from __future__ import annotations

from enzymec.diagnostics import diagnostic_line, snippet

FLAGS = {"argument": "activity", "value": "activity", "memory": "activity",
         "need": "tape", "shadow": "shadow", "inlined": "inline", "split": "split", "fused": "fuse",
         "loops_fused": "fuse", "loop_ascending": "loop-order",
         "kept": "call", "custom_derivative": "custom", "inactive_mark": "inactive",
         "tape_after_optimization": "tape-removed"}


def render_unit(unit) -> str:
    """Every remark of one unit's ExplainLog, as text ending in a newline (or empty)."""
    lines = []
    for log in unit.functions:
        lines += remark(log.location, f"differentiating '{log.function}' in {log.mode} mode "
                        f"as '{log.synthesized}'", "function")
        for event in log.events:
            lines += remark(event.location, event.message, FLAGS[event.kind])
    return "".join(line + "\n" for line in lines)


def remark(location, message: str, flag: str) -> list[str]:
    return [diagnostic_line("remark", f"{message} [-Rexplain-{flag}]", location),
            *snippet(location)]
