"""--explain facts about the tape: how each forward value the reverse sweep needs reaches it.

`TapeRecorder` is what a `Tape` (tape.py) calls at each decision of `lookup`: reused as is,
rebuilt from a loop counter, recomputed, loaded again, or taped (in a stack slot, or in an
array indexed per loop iteration, with its bytes). It also tags the tape's stores and loads
with `!enzymec.tape` metadata naming the cache, so that after LLVM's optimization the
driver can tell which tapes are gone (explain_after.py in the driver).
"""

from __future__ import annotations

from enzymec import regex_cache
from enzymec.ir import Instruction

from ..explain.explain_record import describe, loop_sizes, partnered, source_location
from .recompute_cost import CHEAP_FLOAT_OPS, MAX_FLOPS

TAG_KIND = "enzymec.tape"
_NODE_NUMBER = regex_cache.compile(r"^!(\d+) = ")

HOW_WORDS = {
    "reused": "used as is (computed before every return, outside loops)",
    "counter": "rebuilt from the reverse sweep's iteration number (a loop counter)",
    "running": "rebuilt from the reverse sweep's iteration number (a running sum whose "
               "step is affine in it; running_rebuild.py)",
    "recomputed": "recomputed in the reverse sweep (cheap, its operands are available)",
    "reloaded": "loaded again in the reverse sweep (nothing in the gradient writes that "
                "memory)",
    "reloaded_scratch": "loaded again in the reverse sweep (scratch memory whose every "
                        "write comes before this read; its free moved after the reverse "
                        "sweep; scratch_reload.py)",
    "reloaded_argument": "loaded again in the reverse sweep (a noalias argument's memory "
                         "that no write reaches after this read; argument_reload.py)",
    "forwarded": "recomputed from the store that wrote it (scratch memory the next "
                 "iteration overwrites; store_forwarding.py)",
    "rematerialized": "loaded again after the loop body's region that wrote it runs again "
                      "before the reverse of its loop (remat_region.py)",
}


# why a value is not recomputed, by what it is (tape.RECOMPUTABLE lists what is)
NOT_RECOMPUTED = {"call": "a call is not run again in the reverse sweep",
                  "load": "the memory it reads may be written before the reverse sweep "
                          "(by the gradient, or by a call that may write anything)",
                  "phi": "a value merged from branches"}


# why a chain with one active input tapes one value (preaccumulate.py)
CHAIN_REASON = "one value taped instead of the operands its reverse would need"
# why the cos beside a sin (forward_partners.py) is computed in the forward sweep
PARTNER_REASON = "computed in the forward sweep beside its partner, where LLVM fuses the " \
                 "pair into one sincos"


def split_call_of(split_calls, value):
    """The call whose split (split_calls.SplitCalls) returned `value` as its tape record,
    else None."""
    splits = getattr(split_calls, "by_call", {})
    return next((call for call, split in splits.items() if split.tape is value), None)


_CHEAP_FLOAT = ("'{op}' is recomputed only from operands the reverse sweep has without a "
                "tape, and at most {limit} operations (recompute_cost.py)")


def not_recomputed(value) -> str:
    if value.opcode in CHEAP_FLOAT_OPS:
        return _CHEAP_FLOAT.format(op=value.opcode, limit=MAX_FLOPS)
    return NOT_RECOMPUTED.get(value.opcode, f"'{value.opcode}' is not recomputed (only cheap "
                                            f"integer, pointer and conversion operations are)")


class TapeRecorder:
    """Records the tape decisions of one gradient (its function_context.FunctionContext
    `ctx`; `split_calls`: its split_calls.SplitCalls) into its function log."""

    def __init__(self, ctx, explain_log, split_calls):
        self.context = ctx
        self.split_calls = split_calls
        self.log = ctx.explain
        self.module_log = explain_log   # ExplainLog: tape tag -> (function log, cache)

    def __call__(self, value, how: str, loop=None, cache: str = "", cheaper: bool = False,
                 final: bool = False):
        what = self.what(value)
        if what is None or not self.log.first_need(value):
            return
        user = split_call_of(self.split_calls, value) or \
            self.context.chain_roots.get(value) or value
        where = source_location(self.context, user) or self.context.location(user)
        size = self.context.module.layout.size(value.type)
        fields = dict(value=what, how=how, bytes_per_iteration=None, loop_trip_count=None,
                      bytes_per_loop=None, bytes_total=None, cache=cache or None)
        if how != "taped":
            reason = HOW_WORDS[how]
            message = f"the reverse sweep needs {what}: {reason}"
        elif loop is None:
            reason = self.slot_reason(value, cheaper, final)
            message = f"the reverse sweep needs {what}: taped in a stack slot ({size} " \
                      f"bytes): {reason}"
            fields.update(bytes_total=size)
        else:
            reason, message = self.loop_message(value, what, loop, size, fields, cheaper)
        self.log.add("need", where, message, reason=reason, **fields)

    def what(self, value) -> str | None:
        """The needed value as the user knows it; None for the synthesizer's own values."""
        if not isinstance(value, Instruction):
            return None
        if value in self.context.origin or partnered(self.context, value) is not None:
            return describe(self.context, value)  # a user's value, or a sin's cos partner
        root = self.context.chain_roots.get(value)
        if root is not None:  # preaccumulate.py
            return f"the local derivative of {describe(self.context, root)} with respect " \
                   f"to its one active input ({CHAIN_REASON})"
        call = split_call_of(self.split_calls, value)
        if call is not None:
            return f"the tape record of the {describe(self.context, call)} (what its " \
                   f"augmented forward keeps for its reverse)"
        if value.opcode == "phi" and value.name.startswith("iv"):
            return "the iteration count of a loop"  # the synthesizer's own counter
        return None

    def slot_reason(self, value, cheaper: bool, final: bool = False) -> str:
        if partnered(self.context, value) is not None:
            return PARTNER_REASON
        if final:
            return f"{not_recomputed(value)}; computed in a loop and needed only after it, " \
                   f"so one slot holds its last value (no tape per iteration)"
        if split_call_of(self.split_calls, value) is not None:
            return "the call is split, and it runs in a branch that does not dominate " \
                   "every return"
        if value in self.context.chain_roots:  # preaccumulate.py
            return "it is computed in a branch that does not dominate every return"
        if value not in self.context.origin:
            return "the loop may not run, so its count is not known on every path"
        if cheaper:
            return "a flag or struct field, cheaper to tape than to recompute"
        return f"{not_recomputed(value)}, and it is computed in a branch that does not " \
               f"dominate every return"

    def loop_message(self, value, what: str, loop, size: int, fields: dict, cheaper: bool):
        trips, per_loop, total = loop_sizes(loop, size)
        header = self.context.location(loop.header.first_non_phi())
        at = f" at line {header.line}" if header is not None and header.line else ""
        why = PARTNER_REASON if partnered(self.context, value) is not None else \
            CHAIN_REASON if value in self.context.chain_roots else not_recomputed(value)
        reason = (f"computed in the loop{at}: {why}" if not cheaper else
                  f"a flag computed in the loop{at}, cheaper to tape than to recompute")
        fields.update(bytes_per_iteration=size, loop_trip_count=trips,
                      bytes_per_loop=per_loop, bytes_total=total)
        reserved = self.context.tape.loop_states[loop].trip_count not in (None, False)
        counts = (f"{trips} iterations: {per_loop} bytes per loop, {total} bytes in total"
                  if total is not None else
                  f"{trips} iterations: {per_loop} bytes per run of the loop" if trips else
                  "trip count known when the loop starts: the tape is allocated once before "
                  "it" if reserved else
                  "trip count unknown until the loop ends: the tape grows while it runs")
        return reason, f"the reverse sweep needs {what}: taped, {size} bytes per iteration; " \
                       f"{counts}: {reason}"

    # -- tags for the comparison after optimization -------------------------------------------
    def tag(self, inst: Instruction, cache: str) -> None:
        """Attach `!enzymec.tape !N` (N: a node naming this cache) to a tape store or load."""
        label = f"{self.context.fn.name}/{cache}"
        node = self.module_log.tags.get(label)
        if node is None:
            module = self.context.module
            numbers = [int(m.group(1)) for line in module.trailer
                       if (m := _NODE_NUMBER.match(line))]
            node = f"!{max(numbers, default=-1) + 1}"
            module.trailer.append(f'{node} = !{{!"{label}"}}')
            self.module_log.tags[label] = node
            self.module_log.caches[label] = (self.log, cache)
        inst.metadata.append((TAG_KIND, node))
