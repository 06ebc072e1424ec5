r"""Regular expressions for a word that begins a line or stands alone, which Python's engine
finds quickly.

Why: `^define` with re.MULTILINE makes the engine try the pattern at every position of the
text, because a pattern that begins with an anchor has no literal prefix to search for. On
a unit's textual IR (130 KB for benchmarks/c/logsumexp/timed.c) one scan took 0.6-1.3 ms,
and the driver scans each module several times before and after AD. `at_line_start("define")`
is `define(?<![^\\n]define)`: the same matches at the same offsets (the word, then a check
that the character before it is a newline or that there is none), but the pattern begins
with the word, which the engine skips ahead to: 0.07-0.19 ms for the same scans (issue 11
item 5). rt_text.py's patterns start with "\\n" instead, which needs text that does not
begin with the word and shifts every offset by one; this keeps both as they were.
`as_word("call")` is `\bcall` in the same way: `call(?<!\wcall)` (entry_points.CALL_KEYWORD:
3.7 -> 1.1 ms per scan of logsumexp's IR).
"""

from __future__ import annotations

import re


def at_line_start(word: str) -> str:
    """Pattern text matching the literal `word` where it begins a line (or the text)."""
    escaped = re.escape(word)
    return f"{escaped}(?<![^\\n]{escaped})"


def as_word(word: str) -> str:
    """Pattern text matching the literal `word` where no word character precedes it."""
    escaped = re.escape(word)
    return f"{escaped}(?<!\\w{escaped})"
