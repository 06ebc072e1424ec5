"""Link objects with the system C compiler driver, exactly as `cc` would.

Linking through the system `cc` (or `c++` when C++ is involved) means -lm, -pthread, the
Debian library paths, PIE defaults and start files all behave as users expect from cc.
"""

from __future__ import annotations

import os

from enzymec.driver import openmp
from enzymec.driver.options import Input
from enzymec.driver.tempdir import atomic_output
from enzymec.driver.tools import run_tool


def link_command(linker: list[str], items: list[str], output: str) -> list[str]:
    """The link line: user objects and flags in the user's order. Nothing of enzymec's is
    added: the runtime functions derivatives use are inside their objects (rtlink.py)."""
    return [*linker, *items, "-o", output]


def link(ctx, items: list[str | Input], objects: dict[int, str]) -> None:
    """Link `items` (inputs replaced by their compiled objects) into the user's output."""
    args = []
    for index, item in enumerate(items):
        if isinstance(item, Input):
            args.append(objects.get(index, item.path))
        else:
            args.append(item)
    args = openmp.link_items(args, ctx.tc.version_major)  # -fopenmp links libomp
    output = ctx.opts.output or "a.out"
    with atomic_output(output) as tmp:
        cmd = link_command(ctx.tc.linker(ctx.opts.cxx), args, tmp)
        if ctx.opts.verbose:
            cmd.insert(len(ctx.tc.linker(ctx.opts.cxx)), "-v")
        run_tool(cmd, ctx)


def default_object_name(path: str, suffix: str) -> str:
    """cc's naming: the input's base name (in the current directory) with a new suffix."""
    stem = os.path.splitext(os.path.basename(path))[0] if path != "-" else "-"
    return stem + suffix
