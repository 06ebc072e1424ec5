"""Automatic differentiation on the SSA model: find autodiff calls, synthesize derivatives."""

from __future__ import annotations

import os

from enzymec.ir import parse_module, print_module

# names whose calls the AD stage must see (the supported one and those it must refuse)
ENTRY_POINTS = ("__enzyme_autodiff", "__enzyme_fwddiff", "__enzyme_augmentfwd",
                "__enzyme_reverse", "__enzyme_virtualreverse")


def differentiate_module(ir_text: str, source_name: str = "<module>") -> str:
    """Parse `ir_text`, replace every autodiff call by a synthesized gradient, print it.

    A module without autodiff calls is passed on as it is, which keeps enzymec as quick as
    it can be as a plain C compiler; with `ENZYMEC_MODEL_ROUNDTRIP=1` (which the test suite
    sets, so every build in it exercises the IR layer) it still goes through the model."""
    wanted = any(name in ir_text for name in ENTRY_POINTS)
    if not wanted and os.environ.get("ENZYMEC_MODEL_ROUNDTRIP") != "1":
        return ir_text
    module = parse_module(ir_text, source_name)
    if wanted:
        from .api import differentiate_calls
        differentiate_calls(module)
    return print_module(module)


def __getattr__(name: str):
    """The rest of the public face, imported on first use."""
    if name in ("differentiate_calls", "autodiff_calls"):
        from . import api
        return getattr(api, name)
    if name in ("GradientSpec", "GradientSynthesizer"):
        from . import reverse
        return getattr(reverse, name)
    raise AttributeError(name)


__all__ = ["differentiate_module", "differentiate_calls", "autodiff_calls", "GradientSpec",
           "GradientSynthesizer"]
