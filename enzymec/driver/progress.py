"""Progress of a long AD stage, shown on a terminal only.

Differentiating a large translation unit can take seconds; a user at a terminal then sees
which function is being differentiated, on one line that is rewritten in place and erased
when the stage ends. Builds whose stderr is a file or a pipe (make logs, CI) stay quiet, and
so does a short stage: nothing appears before `delay` seconds (ENZYMEC_PROGRESS_DELAY).
"""

from __future__ import annotations

import os
import sys
import time

_CLEAR_LINE = "\r\033[K"


class Progress:
    def __init__(self, stream, delay: float):
        self.stream = stream
        self.delay = delay
        self.start = time.monotonic()
        self.shown = False

    def __call__(self, what: str) -> None:
        if time.monotonic() - self.start < self.delay:
            return
        self.stream.write(f"{_CLEAR_LINE}enzymec: {what}")
        self.stream.flush()
        self.shown = True

    def done(self) -> None:
        if self.shown:
            self.stream.write(_CLEAR_LINE)
            self.stream.flush()


def terminal_progress(stream=None) -> Progress | None:
    """A progress line on `stream` (stderr) if it is a terminal, else None."""
    stream = stream or sys.stderr
    if not stream.isatty():
        return None
    return Progress(stream, float(os.environ.get("ENZYMEC_PROGRESS_DELAY", "2")))
