"""Automatic differentiation on the SSA model: find autodiff calls, synthesize derivatives."""

from __future__ import annotations

import os

from .entry_points import mentions_entry_point


def differentiate_module(ir_text: str, source_name: str = "<module>", progress=None,
                         explain=None, check_gradients: str | None = None) -> str:
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

    module = parse_module(ir_text, source_name)
    if wanted:
        from enzymec.ir.debug_scopes import drop_foreign_locations
        from .api import differentiate_calls
        if check_gradients:
            from .check_sites import finish_module, instrument_module
            instrument_module(module, check_gradients != "runtime")
        differentiate_calls(module, progress, explain)
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
        from . import requests
        return getattr(requests, name)
    if name in ("GradientSpec", "GradientSynthesizer"):
        from . import reverse
        return getattr(reverse, name)
    raise AttributeError(name)


__all__ = ["differentiate_module", "differentiate_calls", "autodiff_calls", "Mode", "Request",
           "GradientSpec", "GradientSynthesizer"]
