"""matplotlib's pyplot for the benchmark charts, installed on first use (a chart is an
output of the benchmark commands; the tests do not need matplotlib)."""
from __future__ import annotations

import subprocess
import sys


def pyplot():
    """matplotlib.pyplot with the file-only Agg backend, pip-installing matplotlib when
    it is missing."""
    try:
        import matplotlib
    except ImportError:
        subprocess.run([sys.executable, "-m", "pip", "install", "-q", "matplotlib"], check=True)
        import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    return plt
