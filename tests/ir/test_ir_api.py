"""The SSA model's editing API keeps its invariants: use-lists mirror operand lists through
every edit, names stay unique, the printer renumbers clang's numbered IR after insertions,
and DataLayout agrees with the x86-64 ABI on sizes and field offsets."""

from __future__ import annotations

import llvmlite.binding as llvm
import pytest

from enzymec.ir import (DOUBLE, I8, I32, I64, ArrayType, ConstantInt, DataLayout, Instruction,
                        NamedStructType, StructType, parse_module, print_module)

NUMBERED = """define i32 @f(i32 noundef %0, i32 noundef %1) {
  %3 = add nsw i32 %0, %1
  %4 = icmp sgt i32 %3, 0
  br i1 %4, label %5, label %7

5:
  %6 = mul nsw i32 %3, 2
  br label %7

7:
  %8 = phi i32 [ %6, %5 ], [ %3, %2 ]
  ret i32 %8
}
"""


def function():
    return parse_module(NUMBERED, "f.ll").get_function("f")


def check_uses(fn) -> None:
    """Every operand slot is in its value's use-list, and every use points at its slot."""
    values = set(fn.args) | set(fn.blocks) | set(fn.instructions())
    for inst in fn.instructions():
        for index, op in enumerate(inst.operands):
            assert (inst, index) in op.uses
            values.add(op)
    for value in values:
        for user, index in value.uses:
            assert user.operands[index] is value


def verify(module) -> str:
    text = print_module(module)
    llvm.parse_assembly(text).verify()
    return text


def test_replace_all_uses_with_moves_every_use() -> None:
    fn = function()
    add, cmp = fn.blocks[0].instructions[:2]
    x = fn.args[0]
    before = len(x.uses)
    add.replace_all_uses_with(x)
    assert not add.uses and len(x.uses) == before + 3  # icmp, mul and phi
    check_uses(fn)
    add.erase()
    check_uses(fn)
    assert "%3 = icmp sgt i32 %0, 0" in verify(fn.module)


def test_set_operand_and_erase() -> None:
    fn = function()
    add, cmp = fn.blocks[0].instructions[:2]
    cmp.set_operand(1, ConstantInt(I32, 7))
    check_uses(fn)
    with pytest.raises(ValueError):
        add.erase()  # still used
    assert "icmp sgt i32 %3, 7" in verify(fn.module)


def test_unnamed_insertion_renumbers_like_llvm() -> None:
    fn = function()
    add = fn.blocks[0].instructions[0]
    double = Instruction("shl", I32, [fn.args[1], ConstantInt(I32, 1)])
    double.insert_before(add)
    add.set_operand(1, double)
    tail = Instruction("sub", I32, [add, fn.args[0]])
    tail.insert_after(add)
    check_uses(fn)
    text = verify(fn.module)
    assert "%3 = shl i32 %1, 1\n  %4 = add nsw i32 %0, %3\n  %5 = sub i32 %4, %0" in text
    assert "%10 = phi i32 [ %8, %7 ], [ %4, %2 ]" in text


def test_move_before_keeps_uses() -> None:
    fn = function()
    mul = fn.blocks[1].instructions[0]
    mul.move_before(fn.blocks[0].terminator)
    assert mul.block is fn.blocks[0] and mul not in fn.blocks[1].instructions
    check_uses(fn)
    verify(fn.module)


def test_unique_names() -> None:
    fn = parse_module("define i32 @g(i32 %x) {\nentry:\n  %x.1 = add i32 %x, 1\n"
                      "  ret i32 %x.1\n}\n", "g.ll").get_function("g")
    names = {fn.unique_name("x"), fn.unique_name("x"), fn.unique_name("entry")}
    assert len(names) == 3 and not names & {"x", "x.1", "entry"}


def test_data_layout_struct_offsets() -> None:
    pair = StructType((I8, DOUBLE, I32))
    layout = DataLayout({"struct.node": StructType((pair, I64, ArrayType(3, I8)))})
    assert layout.field_offsets(pair) == [0, 8, 16] and layout.size(pair) == 24
    assert layout.size_align(StructType((I8, DOUBLE, I32), packed=True)) == (13, 1)
    node = NamedStructType("struct.node")
    assert layout.field_offsets(node) == [0, 24, 32] and layout.size_align(node) == (40, 8)
    assert layout.size(ArrayType(4, pair)) == 96
