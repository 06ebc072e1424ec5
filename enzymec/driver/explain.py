"""The driver's side of --explain: one session per command line.

For each compiled unit the session hands the AD stage an ExplainLog (enzymec/ad/explain/
explain_log.py), then, once LLVM has optimized the unit, adds which tapes were removed
(explain_after.py) and shows the result: remarks on stderr (--explain), the CFG pictures
(--explain=dot, --explain-dir, explain_dot.py) or, when the command line ends, one JSON file
(--explain=FILE). The module the driver writes is optimized from the AD stage's text
without the tape tags, so the outputs are those of the same command without --explain; a
copy with the tags is optimized beside it to see which tapes remain (compiling twice only
when there are tapes: re-parsing the optimized module instead would also re-verify its
debug info, which changes -g outputs).
"""

from __future__ import annotations

import os
import subprocess
import sys

from enzymec.ad.explain.explain_log import ExplainLog
from enzymec.diagnostics import diagnostic_line
from enzymec.driver import pipeline, toolchain
from enzymec.driver.explain_after import record_tape_removal, strip_tags
from enzymec.driver.tempdir import atomic_write, output_errors

JSON_VERSION = 1


def explain_session(opts):
    """The session for the command line's --explain options, or None without them."""
    return ExplainSession(opts) if opts.explain else None


class ExplainSession:
    def __init__(self, opts):
        self.opts = opts
        self.kind = opts.explain if opts.explain in ("text", "dot") else "json"
        # pictures with --explain=dot, and with --explain-dir besides remarks or JSON
        self.pictures = self.kind == "dot" or opts.explain_dir is not None
        self.units: list[ExplainLog] = []
        self.noted_missing_dot = False

    def unit(self, source: str) -> ExplainLog:
        log = ExplainLog(source)
        self.units.append(log)
        return log

    @staticmethod
    def untagged(ad_text: str) -> str:
        """The AD stage's text as it is without --explain (no tape tags)."""
        return strip_tags(ad_text) if "!enzymec.tape" in ad_text else ad_text

    def after_optimization(self, ctx, unit: ExplainLog, ad_text: str, module) -> None:
        """Record which tapes the optimization removed, and show this unit's facts."""
        if "!enzymec.tape" in ad_text:
            text = str(pipeline.optimize(ctx, ad_text, unit.source))
        else:
            text = str(module)
        record_tape_removal(unit, ad_text, text)
        if self.kind == "text":
            from enzymec.driver.explain_text import render_unit
            sys.stderr.write(render_unit(unit))
        if self.pictures:
            self.write_pictures(unit, ad_text, text)

    def write_pictures(self, unit: ExplainLog, ad_text: str, optimized_text: str) -> None:
        from enzymec.driver.explain_pictures import unit_pictures
        directory = self.opts.explain_dir or "."
        os.makedirs(directory, exist_ok=True)
        for name, dot in unit_pictures(unit, ad_text, optimized_text):
            path = os.path.join(directory, name)
            with output_errors(path):
                atomic_write(path, dot)
            self.render(path)

    def render(self, path: str) -> None:
        """SVG beside the .dot when Graphviz is installed; else one note, once."""
        dot = toolchain.which("dot")
        if dot is None:
            if not self.noted_missing_dot:
                self.noted_missing_dot = True
                print(diagnostic_line("note", "Graphviz 'dot' is not on PATH: wrote .dot files "
                                      "only (install graphviz to get SVG pictures)", None),
                      file=sys.stderr)
            return
        subprocess.run([dot, "-Tsvg", path, "-o", path[:-4] + ".svg"], check=True)

    def close(self) -> None:
        """--explain=FILE: the JSON document of every unit (schema: explain_log.py)."""
        if self.kind != "json":
            return
        import json  # --explain=FILE only: not every compile's start-up

        document = {"version": JSON_VERSION, "units": [u.to_json() for u in self.units]}
        with output_errors(self.opts.explain):
            atomic_write(self.opts.explain, json.dumps(document, indent=1) + "\n")
