"""Which pictures --explain=dot draws for a unit: for each synthesized function of the
unit's log, its CFG in the IR the AD stage printed (`<source>.<function>.before.dot`) and
where it lives after optimization (`<source>.<function>.after.dot`, or
`.after.<caller>.dot` when LLVM inlined it into its callers)."""

from __future__ import annotations

import os

from enzymec.driver.explain_dot import cfg_dot, homes_after
from enzymec.ir import parse_module


def tape_labels(module) -> dict[str, str]:
    """Metadata node -> tape label (`gradient/cache`), from the module's numbered nodes."""
    labels = {}
    for line in module.trailer:
        head, _, rest = line.partition(" = !{!\"")
        if rest.endswith("\"}") and head.startswith("!"):
            labels[head] = rest[:-2]
    return labels


def unit_pictures(unit, ad_text: str, optimized_text: str):
    """(file name, dot text) pairs for every synthesized function still in the AD module."""
    ad = parse_module(ad_text, unit.source)
    optimized = parse_module(optimized_text, unit.source)
    ad_tags, opt_tags = tape_labels(ad), tape_labels(optimized)
    base = os.path.splitext(os.path.basename(unit.source))[0]
    for log in unit.functions:
        function = ad.get_function(log.synthesized)
        if function is None or function.is_declaration:
            continue  # the halves of a split pair replaced it
        stem = f"{base}.{_safe(log.synthesized)}"
        yield stem + ".before.dot", cfg_dot(function, f"{log.synthesized}: after AD, before "
                                            f"optimization", ad_tags)
        homes = homes_after(ad, optimized, log.synthesized)
        for home in homes:
            suffix = "" if home.name == log.synthesized else f".{_safe(home.name)}"
            where = "" if not suffix else f" (inlined into '{home.name}')"
            yield f"{stem}.after{suffix}.dot", cfg_dot(home, f"{log.synthesized} after "
                                                       f"optimization{where}", opt_tags)


def _safe(name: str) -> str:
    return "".join(c if c.isalnum() or c in "._-" else "_" for c in name)
