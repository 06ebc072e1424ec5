"""Automatic differentiation on the SSA model: find autodiff calls, synthesize derivatives.

One synthesized function, one context
-------------------------------------
Each synthesized function (a gradient, a split pair, a tangent) has one
`function_context.FunctionContext`: the original and synthesized functions, the module,
debug info, the call rules, the mode, the origin map and located `fail`, the explain log,
the primal/shadow argument pairs, activity and flow, the entry builder, the tape (reverse)
and the tangents (forward). The synthesizer (reverse.GradientSynthesizer,
forward.TangentSynthesizer) makes it with the function and fills it with the preparation
every mode shares (prepare.py: functions of the context, not a base class); it keeps only
its own phase state. Every part it uses gets the context and the few collaborators it needs
explicitly, never the synthesizer: `memory.Shadows(ctx, accumulate)`,
`split_calls.SplitCalls(ctx, shadows, adjoint_slot, accumulate, heap_records)`,
`forward_calls.CallTangents(ctx, shadows)`, `reverse_builder.ReverseBuilder(ctx, ...)`, the
explain records, and the call-kind hooks through `call_context.CallContext(ctx, shadows,
site)`, which the shadows make (`Shadows.hooks`) and the synthesizer gives its site. A new
part takes the context (and what else it needs) as arguments, and state of the function
that several parts read goes into the context, not onto the synthesizer.

Adding a kind of call
---------------------
What a call in differentiated code is (inactive, a memory function, a math function of the
tables, a user's registered derivative, a callee kept as a call, a parallel region, ...) is
decided in one place: `call_kinds.KINDS`, an ordered tuple of `CallKind` records, and
`classify(rules, call, mode)` (`classify_callee(rules, callee, mode)`: a kind is decided by
the callee alone; mode None asks in any mode), which returns the first kind that exists in
the mode and matches. Every decision about a call by what it calls is a field of its kind,
and every dispatch site asks the kind, never the callee's name:
- hooks: the checks of reverse and forward mode (`CallRules.check`, `CallTangents.check`),
  forward tangents (`CallTangents.emit`), reverse contributions (`CallRules.reverse`) and
  memory adjoints (`Shadows.reverse_memory_call`), shadows of returned pointers
  (`Shadows.call_shadow`);
- flags: `inactive` (activity analysis, through `CallRules.is_inactive`), `memory` (a
  memory function), `keeps_arguments` (split calls and what activity and origins assume a
  callee keeps), `inline_keep` (the inliner and the retyping of punned arguments leave the
  call alone: `CallRules.keeps_call`), `writes_memory` (aliasing.py's write summaries),
  `reads_argument` (store_forwarding's calls that only read an object), and whether
  `prefer_intrinsics` may swap it for an LLVM intrinsic (only MATH's calls).

To add a kind:
1. write its hooks in `call_kind_hooks.py` (a check per mode, the forward tangent, the
   reverse contributions, the shadow of a returned pointer, the reverse of a memory
   function: only those the kind needs). Each takes the function's `CallContext`
   (call_context.py) first; wrap checks and tangents in `carrying` when they only matter
   for calls a derivative passes through;
2. add one `CallKind(name, matches, ..., flags)` to `call_kinds.py` and put it in `KINDS`
   where its precedence is (before the kinds it must win over: a user's registration
   before the math tables, so it wins over a math name everywhere). `CallRules.kind`
   remembers each callee's kind (kind_memo.py), keyed by what the matchers read (the
   callee's name and body, the name's registrations): a matcher that reads anything else
   adds it to `kind_memo.matcher_state`;
3. add a call of it to `tests/ad/test_call_kinds.py`'s module and its expected kind
   (`tests/ad/test_call_kind_registration.py` shows a whole kind registered in one place).
A mode with no hook for a kind does nothing there, or (a shadow) reports a located error;
a flag left at its default is the safe answer (active, may write memory, inlined).
"""

from __future__ import annotations

import os

from .entry.entry_points import mentions_entry_point


def differentiate_module(ir_text: str, source_name: str = "<module>", progress=None,
                         explain=None, check_gradients: str | None = None,
                         shadow_tapes: bool = False) -> str:
    """Parse `ir_text`, replace every autodiff call by a synthesized gradient, print it.

    A module without autodiff calls is passed on as it is, which keeps enzymec as quick as
    it can be as a plain C compiler; `progress`, if given, is called with a description of
    each function before it is synthesized (the driver shows it on a terminal);
    `check_gradients` ("on" or "runtime") wraps each autodiff call in a run-time check
    against finite differences first (check_sites.py); with `ENZYMEC_MODEL_ROUNDTRIP=1` (which the test suite
    sets, so every build in it exercises the IR layer) it still goes through the model."""
    wanted = mentions_entry_point(ir_text)
    if not wanted and os.environ.get("ENZYMEC_MODEL_ROUNDTRIP") != "1":
        return ir_text
    from enzymec.ir import parse_module, print_module  # only now: plain C builds skip it

    # bodies the AD never reads stay text (ir/lazy_bodies.py); the gradient checks walk
    # every function, and a module without autodiff calls is parsed only to test the model
    module = parse_module(ir_text, source_name, lazy_bodies=wanted and not check_gradients)
    if wanted:
        from enzymec.ir.debug_scopes import drop_foreign_locations
        from .api import differentiate_calls
        if check_gradients:
            from .check.check_sites import finish_module, instrument_module
            instrument_module(module, check_gradients != "runtime")
        differentiate_calls(module, progress, explain, shadow_tapes)
        if check_gradients:
            finish_module(module)
        drop_foreign_locations(module)  # synthesized functions have no subprogram (-g)
    return print_module(module)


def __getattr__(name: str):
    """The rest of the public face, imported on first use."""
    if name in ("differentiate_calls", "autodiff_calls"):
        from . import api
        return getattr(api, name)
    if name in ("Mode", "Request"):
        from .entry import requests
        return getattr(requests, name)
    if name in ("GradientSpec", "GradientSynthesizer"):
        from .reverse import reverse
        return getattr(reverse, name)
    raise AttributeError(name)


__all__ = ["differentiate_module", "differentiate_calls", "autodiff_calls", "Mode", "Request",
           "GradientSpec", "GradientSynthesizer"]
