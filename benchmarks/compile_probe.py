"""`python benchmarks/compile_probe.py RECORD_DIR ENZYMEC-ARGS...`: the enzymec driver in this
process, recording the cc1 commands it starts (for compile_instructions.py, which counts this
process's instructions: run as a script, it imports nothing of the benchmarks package, so
the count is the driver's own, as `enzymec ARGS...` runs it, but for this file and json)."""
from __future__ import annotations

import json
import os
import shutil
import sys


def main(record_dir: str, argv: list[str]) -> None:
    """The enzymec driver on `argv`, in this process, recording into `record_dir` each cc1
    command that zig_cc1.run starts (stage{N}.json), with a copy of its input where that is
    one of the driver's scratch files (stage{N}.ll), which are gone when the driver ends."""
    from enzymec.driver import cli, zig_cc1

    real = zig_cc1.subprocess

    class Recording:
        """zig_cc1's view of the subprocess module: run records the command first."""
        DEVNULL, PIPE, TimeoutExpired = real.DEVNULL, real.PIPE, real.TimeoutExpired

        @staticmethod
        def run(cmd, *args, **kwargs):
            if len(cmd) > 2 and cmd[1:3] == ["clang", "-cc1"]:
                n = len([f for f in os.listdir(record_dir) if f.endswith(".json")])
                source = copy = cmd[-1]
                if source.endswith((".ll", ".bc")):  # the driver's scratch files, not the
                    copy = os.path.join(record_dir, f"stage{n}{source[-3:]}")  # user's
                    shutil.copyfile(source, copy)
                with open(os.path.join(record_dir, f"stage{n}.json"), "w") as handle:
                    json.dump({"cmd": cmd, "input": copy}, handle)
            return real.run(cmd, *args, **kwargs)

    zig_cc1.subprocess = Recording
    sys.argv = ["enzymec", *argv]
    cli.command()  # as the enzymec command ends: without Python's teardown


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2:])
