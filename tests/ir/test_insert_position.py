"""Instruction.insert_before / insert_after place the instruction exactly where a plain list
model says, whatever order the inserts come in (random positions, alternating blocks, runs
before one instruction and walks down a block): the position hint of `_index_in_block`
(issue 11 item 5, straight-line code of 64k IR lines) never decides an answer."""
import random

from enzymec.ir import Instruction, parse_module


def two_blocks(n: int):
    lines = ["define double @f(double %a) {", "entry:"]
    lines += [f"  %e{i} = fadd double %a, %a" for i in range(n)]
    lines += ["  br label %next", "next:"]
    lines += [f"  %n{i} = fmul double %a, %a" for i in range(n)]
    lines += ["  ret double %a", "}"]
    fn = parse_module("\n".join(lines) + "\n", "t.ll").functions[0]
    return fn, fn.args[0]


def test_inserts_match_a_list_model():
    rng = random.Random(3)
    fn, a = two_blocks(40)
    model = {b: list(b.instructions) for b in fn.blocks}
    walk = {b: 0 for b in fn.blocks}
    for step in range(3000):
        block = fn.blocks[step % 2] if step % 7 else fn.blocks[rng.randrange(2)]
        kind = rng.randrange(3)
        if kind == 0:  # a random place
            where = rng.randrange(len(model[block]) - 1)
        elif kind == 1:  # again before the same instruction as last time in this block
            where = min(walk[block], len(model[block]) - 2)
        else:  # further down the block
            where = min(walk[block] + rng.randrange(3), len(model[block]) - 2)
        target = model[block][where]
        new = Instruction("fsub", a.type, [a, a])
        if rng.random() < 0.5:
            new.insert_before(target)
            model[block].insert(where, new)
            walk[block] = where + 1
        else:
            new.insert_after(target)
            model[block].insert(where + 1, new)
            walk[block] = where + 2
        assert block.instructions == model[block], f"step {step}"
    assert all(len(model[b]) > 1000 for b in fn.blocks)  # both blocks grew
