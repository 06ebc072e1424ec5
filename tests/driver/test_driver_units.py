"""Unit tests of driver pieces that need no subprocess: flag parsing, stage helpers."""

from __future__ import annotations

from enzymec.driver.options import Input, parse_args
from enzymec.driver.pipeline import has_autodiff_call, vectorizer_settings


def test_parse_keeps_link_order():
    opts = parse_args(["-O2", "a.c", "-lm", "b.o", "-Wl,--as-needed", "-L", "lib", "-o", "p"])
    kinds = [item.path if isinstance(item, Input) else item for item in opts.link]
    assert kinds == ["a.c", "-lm", "b.o", "-Wl,--as-needed", "-L", "lib"]
    assert opts.opt == "2" and opts.output == "p" and opts.mode == "link"


def test_parse_joined_and_separate_forms():
    opts = parse_args(["-c", "-Iinc", "-I", "inc2", "-DX=1", "-D", "Y", "-isystem", "sys",
                       "-std=c11", "-x", "c++", "f.txt", "-g", "-fPIC"])
    assert opts.cflags[:6] == ["-Iinc", "-I", "inc2", "-DX=1", "-D", "Y"]
    assert opts.inputs[0].lang == "c++" and opts.want_debug and opts.pic


def test_autodiff_detection():
    assert has_autodiff_call("  %r = call double (ptr, ...) @__enzyme_autodiff(ptr @f, double 1.0)")
    assert has_autodiff_call("  %r = call double @__enzyme_autodiff_f(ptr @f)")
    assert not has_autodiff_call("declare double @__enzyme_autodiff(ptr, ...)\n")
    assert not has_autodiff_call("  %r = call double @sin(double 1.0)")


def test_vectorizer_settings_follow_clang():
    assert vectorizer_settings(parse_args(["-O0", "x.c"])) == (False, False, False)
    assert vectorizer_settings(parse_args(["-O2", "x.c"])) == (True, True, True)
    assert vectorizer_settings(parse_args(["-Oz", "x.c"])) == (False, True, False)
    assert vectorizer_settings(parse_args(["-O3", "-fno-vectorize", "x.c"])) == (False, True, True)
