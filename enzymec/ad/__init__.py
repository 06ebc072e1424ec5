"""Automatic differentiation on the SSA model: find autodiff calls, synthesize derivatives."""

from __future__ import annotations


def differentiate_module(ir_text: str, source_name: str = "<module>") -> str:
    """Parse `ir_text`, synthesize every requested derivative, and print the module back.

    Until reverse-mode synthesis lands this is the identity through the SSA model:
    parse, then print, so every build exercises the IR layer's round trip.
    """
    from enzymec.ir import parse_module, print_module

    return print_module(parse_module(ir_text, source_name))
