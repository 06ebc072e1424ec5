"""`enzymec-opt`: read a .ll file into the SSA model, run analyses or passes, print results.

The tool tests call, in the manner of LLVM's `opt`: `; RUN: enzymec-opt %s --print-loops |
filecheck %s`. Each flag is one row of `ACTIONS`: a function from the parsed module to the
text it prints, run in the order the flags were given. With no flag the module is printed
back through the model (the round-trip contract). Errors in the input are `CompileError`s,
printed as `file:line:col: error: message` on stderr with exit status 1.

    enzymec-opt FILE.ll [--print-cfg] [--print-domtree] [--print-loops] [--roundtrip] [-o OUT]
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable

from enzymec.analysis import dominators, loops, post_dominators, print_cfg, print_domtree
from enzymec.diagnostics import CompileError, SourceLocation
from enzymec.ir import Module, parse_module, print_module


def _defined(module: Module):
    return [f for f in module.functions if not f.is_declaration]


def print_cfg_action(module: Module) -> str:
    return "\n".join(print_cfg(f) for f in _defined(module))


def print_domtree_action(module: Module) -> str:
    """Dominator then post-dominator tree of every defined function."""
    texts = []
    for f in _defined(module):
        texts += [print_domtree(dominators(f)), print_domtree(post_dominators(f))]
    return "\n".join(texts)


def print_loops_action(module: Module) -> str:
    return "\n".join(str(loops(f)) for f in _defined(module))


def roundtrip_action(module: Module) -> str:
    """The printed module, after checking that printing is a fixed point of parsing."""
    text = print_module(module)
    again = print_module(parse_module(text, module.name))
    if again != text:
        raise CompileError("printing is not stable: reparsing the printed module changes it",
                           note=_first_difference(text, again))
    return text.rstrip("\n")


def _first_difference(a: str, b: str) -> str:
    for number, (x, y) in enumerate(zip(a.splitlines(), b.splitlines()), 1):
        if x != y:
            return f"line {number}: {x!r} became {y!r}"
    return "the texts differ in length"


def _slot_names(module: Module, function) -> dict:
    from enzymec.ir.printer import ModulePrinter
    printer = ModulePrinter(module)
    printer.number_locals(function)
    return printer.slots


def print_types_action(module: Module) -> str:
    """What each pointer's memory holds, per defined function."""
    from enzymec.analysis import print_types, type_analysis
    return "\n".join(f"types @{f.name}:\n" + print_types(f, type_analysis(f), _slot_names(module, f))
                     for f in _defined(module))


def print_activity_action(module: Module) -> str:
    """Activity with Enzyme's defaults: float arguments active, pointer arguments dup."""
    from enzymec.ad.calls.calls import CallRules
    from enzymec.analysis import activity, print_activity
    texts = []
    for f in _defined(module):
        active = [a for a in f.args if a.type.scalar.is_float]
        shadowed = [a for a in f.args if a.type.is_pointer]
        act = activity(f, active, shadowed, CallRules())
        texts.append(f"activity @{f.name}:\n" + print_activity(f, act, _slot_names(module, f)))
    return "\n".join(texts)


def differentiate_action(module: Module) -> str:
    """Replace every autodiff call by a synthesized gradient and print the module."""
    from enzymec.ad import differentiate_calls
    differentiate_calls(module)
    return print_module(module).rstrip("\n")


# flag -> (help, action)
ACTIONS: dict[str, tuple[str, Callable[[Module], str]]] = {
    "--print-cfg": ("print successors, predecessors, RPO and exits", print_cfg_action),
    "--print-domtree": ("print dominator and post-dominator trees", print_domtree_action),
    "--print-loops": ("print natural loops and induction variables", print_loops_action),
    "--roundtrip": ("print the module, checking print(parse(x)) is stable", roundtrip_action),
    "--print-types": ("print what memory behind each pointer holds", print_types_action),
    "--print-activity": ("print active/shadowed/inactive per value (float args active, "
                         "pointer args dup)", print_activity_action),
    "--differentiate": ("synthesize gradients for the autodiff calls, print the module",
                        differentiate_action),
}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="enzymec-opt", description=__doc__.splitlines()[0])
    parser.add_argument("input", help="textual LLVM IR ('-' for stdin)")
    parser.add_argument("-o", dest="output", help="write the output here instead of stdout")
    for flag, (text, action) in ACTIONS.items():
        parser.add_argument(flag, dest="actions", action="append_const", const=action,
                            help=text)
    return parser


def run(args: argparse.Namespace) -> str:
    """Parse the input and run the requested actions; their outputs are joined."""
    name = "<stdin>" if args.input == "-" else args.input
    source = sys.stdin.read() if args.input == "-" else _read(args.input)
    module = parse_module(source, name)
    actions = args.actions or [lambda m: print_module(m).rstrip("\n")]
    return "\n".join(action(module) for action in actions) + "\n"


def _read(path: str) -> str:
    try:
        with open(path, encoding="utf-8") as handle:
            return handle.read()
    except (OSError, UnicodeDecodeError) as err:
        reason = getattr(err, "strerror", None) or str(err)
        raise CompileError(f"cannot read the input: {reason}", SourceLocation(path))


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        text = run(args)
        if args.output:
            with open(args.output, "w", encoding="utf-8") as handle:
                handle.write(text)
        else:
            sys.stdout.write(text)
    except CompileError as err:
        print(str(err), file=sys.stderr)
        return 1
    except OSError as err:
        print(f"enzymec-opt: error: {err}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
