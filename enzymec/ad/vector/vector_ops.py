"""Vector tangents: the N lane copies of a scalar float operation become one `<N x T>`
operation.

Lane expansion (vector_lanes.py) writes every lane-dependent instruction once per lane.
For the float arithmetic of tangents that leaves LLVM's SLP vectorizer to find the N lanes
again, which cost most of a wide tangent's code generation (benchmarks/RESULTS.md, compile
time, Fourth round: ba's width-15 tangent). Here each group of lane copies of an operation
in VECTOR_OPCODES on float or double becomes one vector operation (as Enzyme's vector mode
represents width); lanes cross between vector and scalar form only where a scalar user
needs them (loads, stores, calls, returns, anything not vectorized):
- an operand whose lanes are a vectorized group's lanes in order is that group's vector;
- an operand equal in every lane (a primal value, a constant) is splat;
- any other operand is packed lane by lane (`insertelement`);
- a lane still used by a scalar instruction is extracted (`extractelement`) after the vector.

The vectors have a power-of-two number of lanes, the width rounded up: lanes past the
width are poison, never packed, computed into or extracted. LLVM's code generation widens a
`<15 x double>` to `<16 x double>` anyway, so the machine code is the same, while its
IR passes cost less on the power-of-two type: ba's width-15 tangent took 693M instructions
of clang's -O3 as `<15 x double>` and 612M as `<16 x double>` (cachegrind, the tangent alone
beside the module's other code).

A select is vectorized only when its condition is the same in every lane (a primal
condition); phis keep their incoming blocks, with packs and splats at the end of each
predecessor. Everything else stays scalar, so the result is the same numbers in every case.
A component of linked operations too small to pay for its packs and extracts stays scalar
too (worthwhile). Vector reverse mode does not use this (vector_reverse.py: measured slower
on ba's width-2 Jacobian, where SLP pairs neighbouring shadow elements instead).
"""

from __future__ import annotations

from collections import Counter

from enzymec.ir import Instruction, VectorType
from enzymec.ir.clone import clone_instruction
from enzymec.ir.instructions import PhiInst
from enzymec.ir.types import I32, I64, FloatType
from enzymec.ir.values import ConstantFloat, ConstantInt, ConstantSplat, SimpleConstant

# the operations written as one vector operation for all lanes, and their float operands
VECTOR_OPCODES = frozenset({"fadd", "fsub", "fmul", "fdiv", "frem", "fneg", "fpext",
                            "fptrunc", "select", "phi"})
# float operands of each opcode (a select's condition, operand 0, stays scalar and shared)
FLOAT_OPERANDS = {"select": (1, 2)}
ELEMENT_KINDS = frozenset({"float", "double"})


def is_vector_element(ty) -> bool:
    return isinstance(ty, FloatType) and ty.kind in ELEMENT_KINDS


class LaneVectorizer:
    """Rewrite `fn`'s lane groups (each a list of the N lane copies of one instruction, lane
    0 first, each copy right after the previous one in its block) into vector operations."""

    def __init__(self, fn, groups: list[list], width: int):
        self.fn = fn
        self.width = width
        self.lanes = vector_lanes(width)  # the vectors' lane count (the module doc)
        self.position = {inst: i for block in fn.blocks
                         for i, inst in enumerate(block.instructions)}
        shaped = [g for g in groups if self.same_shape(g)]
        arithmetic = self.worthwhile([g for g in shaped if self.arithmetic(g)])
        self.groups = [g for g in shaped if id(g) in arithmetic]
        self.member = {lane: (index, k) for index, group in enumerate(self.groups)
                       for k, lane in enumerate(group)}
        self.vectors: list[Instruction] = []
        self.before: dict = {}     # instruction -> new instructions placed before it
        self.after_phis: dict = {}  # block -> new instructions after its phis
        self.splats: dict = {}     # (value, block, at the end) -> its splat vector
        self.packs: dict = {}      # (lanes, block, at the end) -> their packed vector

    def run(self) -> int:
        """Rewrite the groups; returns how many became vector operations."""
        if not self.groups:
            return 0
        self.vectors = [self.new_vector(g) for g in self.groups]
        for group, vector in zip(self.groups, self.vectors):
            self.fill_operands(group, vector)
        for group in self.groups:
            for lane in group:
                lane.drop_operands()
        for group, vector in zip(self.groups, self.vectors):
            self.extract_scalar_uses(group, vector)
        self.rebuild_blocks()
        return len(self.groups)

    # -- which groups ----------------------------------------------------------------------
    def same_shape(self, group: list) -> bool:
        """N instructions of one opcode and type in one block, consecutive (phis: among
        the phis)."""
        first = group[0]
        if any(not isinstance(g, Instruction) or g.opcode != first.opcode
               or g.block is not first.block or g.type != first.type
               or len(g.operands) != len(first.operands) for g in group):
            return False
        return first.opcode == "phi" or all(
            self.position.get(g) == self.position.get(first) + k for k, g in enumerate(group))

    def arithmetic(self, group: list) -> bool:
        """Float arithmetic of VECTOR_OPCODES on float/double, a select's condition shared."""
        first = group[0]
        if first.opcode not in VECTOR_OPCODES or not is_vector_element(first.type):
            return False
        if first.opcode == "select" and any(g.operands[0] is not first.operands[0]
                                            for g in group):
            return False
        if isinstance(first, PhiInst) and any(value is block.instructions[-1]
                                              for g in group for value, block in g.incoming):
            return False  # an invoke's result: no place in its block to pack it
        return all(is_vector_element(first.operands[i].type)
                   for i in self.lane_operands(first))

    def worthwhile(self, groups: list) -> set:
        """The arithmetic groups worth vectors: a component of groups linked by operands
        is vectorized when the scalar operations it saves (N - 1 per group) outnumber the
        lanes crossing its boundaries (N per operand to pack or result to extract). A lone
        operation between loads and stores costs more as a vector than as N scalars (and
        hid ba's 3-trip loop from LLVM's full unroller)."""
        owner = {lane: id(g) for g in groups for lane in g}
        parent = {key: key for key in set(owner.values())}
        for g in groups:
            for i in self.lane_operands(g[0]):
                other = owner.get(g[0].operands[i])
                if other is not None:
                    parent[_root(parent, other)] = _root(parent, id(g))
        ops, edges = Counter(), Counter()
        for g in groups:
            root = _root(parent, id(g))
            ops[root] += 1
            edges[root] += self.boundaries(g, owner)
        kept = {r for r in ops if ops[r] * (self.width - 1) > edges[r] * self.width}
        return {id(g) for g in groups if _root(parent, id(g)) in kept}

    def boundaries(self, group: list, owner: dict) -> int:
        """Packs of `group`'s operands (lanes neither a group's nor all equal) and one for
        extracting its results if a scalar instruction uses them."""
        packs = sum(1 for i in self.lane_operands(group[0])
                    if owner.get(group[0].operands[i]) is None
                    and any(g.operands[i] is not group[0].operands[i] for g in group))
        return packs + any(owner.get(user) is None for lane in group for user in lane.users)

    def lane_operands(self, inst) -> range | tuple:
        """The operands that differ by lane: all but a select's condition, a phi's blocks."""
        if isinstance(inst, PhiInst):
            return range(0, len(inst.operands), 2)
        return FLOAT_OPERANDS.get(inst.opcode, range(len(inst.operands)))

    # -- vector operations -----------------------------------------------------------------
    def new_vector(self, group: list) -> Instruction:
        """Lane 0's copy with the vector type, its operands filled in later."""
        first = group[0]
        vector = clone_instruction(first)
        vector.drop_operands()
        vector.type = VectorType(self.lanes, first.type)
        vector.name = self.fn.unique_name(f"{first.name or 'v'}.vec")
        vector.debug_records, first.debug_records = first.debug_records, []
        return vector

    def fill_operands(self, group: list, vector: Instruction) -> None:
        """The vector's operands: each lane operand's lanes as a vector, the rest (a
        select's condition, a phi's blocks) as lane 0's."""
        first = group[0]
        floats = set(self.lane_operands(first))
        for i, op in enumerate(first.operands):
            if i not in floats:
                vector.append_operand(op)
                continue
            if isinstance(first, PhiInst):
                where = (first.operands[i + 1], True)
            else:
                where = (group[-1], False)
            vector.append_operand(self.vector_operand([g.operands[i] for g in group], where))

    def vector_operand(self, lanes: list, where):
        """`lanes` as one vector value, new instructions placed at `where`: (instruction,
        False) before it, or (block, True) at its end."""
        found = self.member.get(lanes[0])
        if found is not None and found[1] == 0 and \
                all(self.member.get(v) == (found[0], k) for k, v in enumerate(lanes)):
            return self.vectors[found[0]]
        ty = VectorType(self.lanes, lanes[0].type)
        if all(v is lanes[0] for v in lanes):
            return self.splat(lanes[0], ty, where)
        return self.pack(lanes, ty, where)

    def splat(self, value, ty: VectorType, where):
        """`value` in every lane: a constant splat, or insertelement and shufflevector
        (one per value and block)."""
        if isinstance(value, ConstantFloat):
            return ConstantSplat(ty, [value])
        if isinstance(value, SimpleConstant) and value.keyword in ("poison", "undef"):
            return SimpleConstant(ty, value.keyword)
        key = (value, self.block_of(where), where[1])
        if key not in self.splats:
            one = self.place(Instruction("insertelement", ty, (poison(ty), value, index(0))),
                             where, "splat.in")
            mask = SimpleConstant(VectorType(self.lanes, I32), "zeroinitializer")
            self.splats[key] = self.place(
                Instruction("shufflevector", ty, (one, poison(ty), mask)), where, "splat")
        return self.splats[key]

    def pack(self, lanes: list, ty: VectorType, where):
        """Lane k of the vector is `lanes[k]` (one pack per lanes and block)."""
        key = (tuple(lanes), self.block_of(where), where[1])
        if key not in self.packs:
            vector = poison(ty)
            for k, value in enumerate(lanes):
                vector = self.place(Instruction("insertelement", ty, (vector, value, index(k))),
                                    where, "pack")
            self.packs[key] = vector
        return self.packs[key]

    @staticmethod
    def block_of(where):
        return where[0] if where[1] else where[0].block

    def place(self, inst: Instruction, where, name: str) -> Instruction:
        inst.name = self.fn.unique_name(name)
        anchor, at_end = where
        target = anchor.instructions[-1] if at_end else anchor
        self.before.setdefault(target, []).append(inst)
        return inst

    # -- scalar users ----------------------------------------------------------------------
    def extract_scalar_uses(self, group: list, vector: Instruction) -> None:
        """Each lane still used by a scalar instruction becomes an extractelement."""
        first = group[0]
        for k, lane in enumerate(group):
            if not lane.uses:
                continue
            extract = Instruction("extractelement", first.type, (vector, index(k)))
            extract.name = self.fn.unique_name(f"{first.name or 'v'}.lane{k}")
            lane.replace_all_uses_with(extract)
            if isinstance(first, PhiInst):
                self.after_phis.setdefault(first.block, []).append(extract)
            else:
                self.before.setdefault(("after", group[-1]), []).append(extract)

    def rebuild_blocks(self) -> None:
        """Each block's list rebuilt once: lanes out, vectors, packs and extracts in."""
        anchors = {(group[0] if isinstance(group[0], PhiInst) else group[-1]): vector
                   for group, vector in zip(self.groups, self.vectors)}
        for block in self.fn.blocks:
            rebuilt, phis_done = [], False
            for inst in block.instructions:
                if not phis_done and not isinstance(inst, PhiInst):
                    phis_done = True
                    rebuilt += self.after_phis.get(block, [])
                rebuilt += self.before.get(inst, [])
                if inst in anchors:
                    rebuilt.append(anchors[inst])
                    rebuilt += self.before.get(("after", inst), [])
                if inst not in self.member:
                    rebuilt.append(inst)
            for inst in rebuilt:
                inst.block = block
            block.instructions[:] = rebuilt


def vector_lanes(width: int) -> int:
    """The power of two at or above `width`: how many lanes a width's vectors have."""
    return 1 << (width - 1).bit_length()


def _root(parent: dict, key):
    """Union-find's representative of `key` (with path halving)."""
    while parent[key] != key:
        parent[key] = parent[parent[key]]
        key = parent[key]
    return key


def poison(ty):
    return SimpleConstant(ty, "poison")


def index(k: int) -> ConstantInt:
    return ConstantInt(I64, k)
