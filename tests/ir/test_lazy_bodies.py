"""Function bodies kept as text until read (enzymec/ir/lazy_bodies.py).

What must hold, on every file of the clang corpus (tests/corpus/ll): a module parsed with
lazy bodies prints as the eagerly parsed one, untouched, after reading some bodies, and
after reading all; reading a body gives the function the eager parse gives it; the uses of
every symbol, once read, are the eager parse's, in the same order (the AD walks them in
order), also when uses were added and removed before they were read; adding or removing a
use parses nothing; a lazy definition is no declaration; module-wide walks for Enzyme's
calls skip only bodies that do not name them.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from enzymec.ir import parse_module, print_module
from enzymec.ir.builder import IRBuilder

CORPUS = Path(__file__).resolve().parents[1] / "corpus" / "ll"
FILES = sorted(CORPUS.glob("*.ll"))
pytestmark = pytest.mark.skipif(not FILES, reason="no corpus: run tests/corpus/gen_ll.py")


def _printed(module) -> str:
    """The module's text, each `@"name"` that needs no quotes written without them: clang
    quotes names with `$` (C++ lambdas), the model's printer does not, and a body left as
    text keeps clang's spelling (the same name to LLVM)."""
    return re.sub(r'@"([-a-zA-Z$._0-9]+)"', r"@\1", print_module(module))


def _where(use, module) -> tuple:
    """A use as (function, block index, instruction index, operand) or (constant, operand)."""
    user, index = use
    block = getattr(user, "block", None)
    if block is None:
        return (type(user).__name__, index)
    fn = block.function
    return (fn.name, fn.blocks.index(block), block.instructions.index(user), index)


def _uses(module) -> dict:
    symbols = [*module.functions, *module.globals]
    return {s.name: [_where(u, module) for u in s.uses] for s in symbols}


@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_lazy_prints_and_uses_as_eager(path: Path) -> None:
    text = path.read_text()
    eager = parse_module(text, path.name)
    printed = _printed(eager)
    lazy = parse_module(text, path.name, lazy_bodies=True)
    defined = [f for f in lazy.functions if f.lazy_body is not None]
    assert len(defined) == sum(not f.is_declaration for f in eager.functions)
    assert all(not f.is_declaration for f in defined)
    assert _printed(lazy) == printed
    assert all(f.lazy_body is not None for f in defined)  # printing read no body
    for f in defined[::2]:
        f.blocks  # noqa: B018  (reading it parses it)
        assert f.lazy_body is None
    assert _printed(lazy) == printed
    assert _uses(lazy) == _uses(eager)
    for f in defined:
        f.blocks  # noqa: B018  (the bodies that name no symbol)
    assert _printed(lazy) == printed


ORDERED = """
@table = global [2 x ptr] [ptr @c, ptr @d]
define void @a() {
  call void @c()
  call void @d()
  ret void
}
define void @b() {
  call void @d()
  call void @c()
  ret void
}
define void @c() {
  ret void
}
define void @d() {
  call void @c()
  ret void
}
"""


@pytest.mark.parametrize("read_first", ["none", "b", "d"])
def test_uses_made_before_reading_keep_the_eager_order(read_first):
    """Module order for the parse's uses (a global's initializer, then each body), then the
    uses made later in the order they were made: a call of @c added to @d, one of @d's
    calls in @a removed, one more call of @c added to @b, before @c's uses are read."""
    results = []
    for lazy_bodies in (False, True):
        module = parse_module(ORDERED, "m", lazy_bodies=lazy_bodies)
        a, b, c, d = (module.get_function(n) for n in "abcd")
        if read_first != "none":
            module.get_function(read_first).blocks  # noqa: B018
        IRBuilder(d).position_before(d.entry.instructions[0]).call(c, [])
        a.entry.instructions[1].erase()
        IRBuilder(b).position_before(b.entry.instructions[-1]).call(c, [])
        results.append({s.name: [_where(u, module) for u in s.uses] for s in (c, d)})
    assert results[0] == results[1]
    assert results[1]["c"][0][0] == "ConstantAggregate"


def test_adding_and_removing_uses_parses_nothing():
    text = ('define void @a() {\n  call void @c()\n  ret void\n}\n'
            'define void @b() {\n  call void @c()\n  ret void\n}\n'
            'define void @c() {\n  ret void\n}\n')
    module = parse_module(text, "m", lazy_bodies=True)
    a, b, c = (module.get_function(n) for n in "abc")
    call = IRBuilder(c).position_before(c.entry.instructions[0]).call(a, [])
    call.erase()
    assert a.lazy_body is not None and b.lazy_body is not None
    assert [u.function.name for u in c.users] == ["a", "b"]  # reading parses both
    assert a.lazy_body is None and b.lazy_body is None


def test_may_mention_reads_the_text_only_of_lazy_bodies():
    text = ('define void @a() {\n  call void @__enzyme_x()\n  ret void\n}\n'
            'define void @b() {\n  ret void\n}\ndeclare void @__enzyme_x()\n')
    module = parse_module(text, "m", lazy_bodies=True)
    a, b = module.get_function("a"), module.get_function("b")
    assert a.may_mention("__enzyme_") and not b.may_mention("__enzyme_")
    assert a.lazy_body is not None and b.lazy_body is not None
    b.blocks  # noqa: B018
    assert b.may_mention("__enzyme_")  # a parsed body is read, not guessed at
    assert [u.function.name for u in module.get_function("__enzyme_x").users] == ["a"]
    assert a.lazy_body is None


def test_numbered_arguments_are_unnamed_before_the_body_is_read():
    """As after a whole parse: code that copies a lazy function's arguments (a gradient's
    signature, before it reads the body) must not copy clang's numbers as names (the
    gradient printed `%0` twice). An argument named before the body is read keeps the
    body's references to it."""
    text = ("define double @f(double %0, ptr %1) {\n  store double %0, ptr %1\n"
            "  br label %3\n\n3:\n  ret double %0\n}\n")
    eager, lazy = parse_module(text, "m"), parse_module(text, "m", lazy_bodies=True)
    f = lazy.get_function("f")
    assert [a.name for a in f.args] == [a.name for a in eager.get_function("f").args] == ["", ""]
    f.args[0].name = "x"
    assert f.lazy_body is not None
    printed_lazy = print_module(lazy)
    parse_module(printed_lazy, "again")  # valid: the header names what the body uses
    f.blocks  # noqa: B018
    assert "ret double %x" in print_module(lazy)
