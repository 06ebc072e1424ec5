"""Session-wide test settings.

Every enzymec the tests start (directly, or through make and CMake) sends modules without
autodiff calls through the SSA model too, so the faithful-cc tests (corpus, csmith, Lua,
CMake) also test the model's round trip. Users' plain C builds skip it. The run ends with
a summary of what the gradient checks checked.
"""

import os
import sys

os.environ["ENZYMEC_MODEL_ROUNDTRIP"] = "1"


def pytest_terminal_summary(terminalreporter):
    """Print what the gradient checks checked (tests/c/gradcheck.py's STATS, filled by the
    suites that use it): per suite, the points and the non-zero gradient components."""
    gradcheck = sys.modules.get("gradcheck")
    if gradcheck is None or not getattr(gradcheck, "STATS", None):
        return
    terminalreporter.section("what the gradient checks checked")
    for suite, counts in sorted(gradcheck.STATS.items()):
        terminalreporter.write_line(
            f"{suite}: " + ", ".join(f"{value} {key}" for key, value in counts.items()))
