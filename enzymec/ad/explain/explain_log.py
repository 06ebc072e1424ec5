"""The `--explain` log: facts the AD stage records as it decides them.

Each synthesized function's context (function_context.py) holds one `FunctionLog`, whose
methods are called at the point where a decision is made (activity, how a forward value
reaches the reverse sweep, shadows, inlining, split calls, custom derivatives, inactive
marks). Without --explain every context holds `NULL_FUNCTION_LOG`, whose methods do
nothing, so recording costs one attribute lookup and an empty call.

The log is plain data: the driver renders it as remarks (driver/explain_text.py) or writes
it as JSON (`ExplainLog.to_json`, schema below) after optimization has added, for each
tape, whether LLVM removed it (driver/explain_after.py).

JSON schema (version 1)::

    {"version": 1,
     "units": [{"source": str,                       # the input file
                "functions": [{
                    "function": str,                 # the differentiated function
                    "mode": str,                     # reverse | forward | split | ...
                    "synthesized": str,              # name of the synthesized function
                    "location": LOC | null,
                    "events": [{
                        "kind": str,                 # one of EVENT_KINDS
                        "location": LOC | null,
                        "message": str,              # the remark's text
                        ...kind-specific fields: see EVENT_FIELDS
                    }]}]}]}
    LOC = {"file": str, "line": int, "column": int}

Every event carries exactly the fields EVENT_FIELDS lists for its kind (tests/explain/
explain_schema.py checks documents against them). The kind-specific fields:

- argument: name (the parameter's name, or its 1-based position), convention (out, dup,
  dupnoneed, const; active in forward mode), active (bool), reason (why inactive, or what
  an active pointer's shadow receives; "" when plainly active).
- value / memory: what (the instruction as the user wrote it), active, reason.
- need: value, how (a key of explain_tape.HOW_WORDS: reused, counter, running, recomputed,
  reloaded, reloaded_scratch, reloaded_argument, forwarded; or taped), reason; for taped values
  cache (the tape's name, which tape_after_optimization events repeat), bytes_total for a
  stack slot; for a tape array bytes_per_iteration, loop_trip_count, bytes_per_loop and
  bytes_total, each null when not a compile-time constant. Null for other values.
- shadow: what, how (stack copy, heap allocation, shadow global).
- inlined: callee.  split: callee, custom (the user's registered gradient).
- fused: callee (a loop reversed per iteration, fuse_plan.py: its outlined body).
- loops_fused: scratch_removed (bool: the producer's scratch was deleted; loop_fusion.py).
- loop_ascending: no field (the loop's reverse counts up: its iterations commute;
  reverse/ascending.py).
- kept: callee, derivative (forward mode: a call kept out of line calls the callee's own
  tangent function, which returns {primal, tangent}).
- custom_derivative: callee, rule (the registered derivative, or the math function a
  function-like registration names).  inactive_mark: name (function or global).
- tape_after_optimization: cache, removed (bool), reason.
"""

from __future__ import annotations

from enzymec.records import ValueRecord

# kind -> fields every event of that kind carries besides kind, location and message
EVENT_FIELDS = {
    "argument": ("name", "convention", "active", "reason"),
    "value": ("what", "active", "reason"),
    "memory": ("what", "active", "reason"),
    "need": ("value", "how", "reason", "bytes_per_iteration", "loop_trip_count",
             "bytes_per_loop", "bytes_total", "cache"),
    "shadow": ("what", "how"),
    "inlined": ("callee",),
    "split": ("callee", "custom"),
    "fused": ("callee",),
    "loops_fused": ("scratch_removed",),
    "loop_ascending": (),
    "kept": ("callee", "derivative"),
    "custom_derivative": ("callee", "rule"),
    "inactive_mark": ("name",),
    "tape_after_optimization": ("cache", "removed", "reason"),
}
EVENT_KINDS = tuple(EVENT_FIELDS)


class Event(ValueRecord):
    _fields = ("kind", "location", "message", "fields")

    def __init__(
            self, kind: str, location: object, message: str, fields: dict | None = None
    ) -> None:
        self.kind = kind
        self.location = location  # SourceLocation or None
        self.message = message
        self.fields = {} if fields is None else fields

    def to_json(self) -> dict:
        loc = self.location
        where = None if loc is None else {"file": loc.file, "line": loc.line,
                                          "column": loc.column}
        return {"kind": self.kind, "location": where, "message": self.message, **self.fields}


class FunctionLog:
    """What was decided while synthesizing one function (one mode)."""

    enabled = True

    def __init__(self, function: str, mode: str, synthesized: str, location):
        self.function = function
        self.mode = mode
        self.synthesized = synthesized
        self.location = location
        self.events: list[Event] = []
        self._needs: set = set()      # forward values already reported as needed

    def add(self, kind: str, location, message: str, **fields) -> None:
        missing = set(EVENT_FIELDS[kind]) - set(fields)
        assert not missing, f"explain event {kind} lacks {missing}"
        self.events.append(Event(kind, location, message, fields))

    def first_need(self, value) -> bool:
        """True the first time the reverse sweep asks for `value` (reported once)."""
        if value in self._needs:
            return False
        self._needs.add(value)
        return True

    def to_json(self) -> dict:
        loc = self.location
        where = None if loc is None else {"file": loc.file, "line": loc.line,
                                          "column": loc.column}
        return {"function": self.function, "mode": self.mode,
                "synthesized": self.synthesized, "location": where,
                "events": [e.to_json() for e in self.events]}


class _NullFunctionLog:
    """Recording switched off: every method is a no-op."""

    enabled = False

    def add(self, *args, **kwargs) -> None:
        pass

    def first_need(self, value) -> bool:
        return False


NULL_FUNCTION_LOG = _NullFunctionLog()


class ExplainLog:
    """All function logs of one compilation unit, in the order they were synthesized."""

    enabled = True

    def __init__(self, source: str):
        self.source = source
        self.functions: list[FunctionLog] = []
        self.tags: dict[str, str] = {}       # tape label -> its metadata node (explain_tape.py)
        self.caches: dict[str, tuple[FunctionLog, str]] = {}  # tape label -> (log, cache)

    def begin(self, function: str, mode: str, synthesized: str, location) -> FunctionLog:
        log = FunctionLog(function, mode, synthesized, location)
        self.functions.append(log)
        return log

    def to_json(self) -> dict:
        return {"source": self.source, "functions": [f.to_json() for f in self.functions]}


class _NullExplainLog:
    enabled = False

    def begin(self, *args) -> _NullFunctionLog:
        return NULL_FUNCTION_LOG


NULL_LOG = _NullExplainLog()
