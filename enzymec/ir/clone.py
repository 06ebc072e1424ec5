"""Copying instructions and whole function bodies, with operands remapped through a value map.

Cloning a body is two passes, as LLVM's CloneFunctionInto: first every block and instruction
is copied (phis may refer forward), then each copy gets its original's operands through the
map. Values absent from the map (constants, globals) are shared.
"""

from __future__ import annotations

from .function import Function
from .instructions import Block, Instruction
from .values import UseList, Value

_COPIERS: dict[type, object] = {}


def _slot_names(cls: type) -> tuple[str, ...]:
    """Every slot of `cls` and its bases (the IR's classes keep their fields in slots)."""
    found = []
    for klass in cls.__mro__:
        slots = klass.__dict__.get("__slots__", ())
        found += [slots] if isinstance(slots, str) else list(slots)
    return tuple(n for n in found if n not in ("__dict__", "__weakref__"))


def _copier(cls: type):
    """A function copying every slot of a `cls` object into another, one attribute
    statement per slot (a slot never set stays unset, as in copy.copy). Generated once per
    class: a loop of getattr/setattr by name over the slots was a twentieth of the Python
    of benchmarks/c/ba's compile, whose vector modes clone about 5,000 instructions."""
    lines = ["def copy_slots(old, new):"]
    for name in _slot_names(cls):
        lines += ["    try:", f"        new.{name} = old.{name}",
                  "    except AttributeError:", "        pass"]
    lines.append("    return new")
    scope: dict = {}
    exec(compile("\n".join(lines), f"<slots of {cls.__name__}>", "exec"), scope)
    return scope["copy_slots"]


def shallow_copy(obj):
    """What copy.copy gives (the same fields, shared), several times faster: copy.copy goes
    through __reduce_ex__ and copyreg for every instruction."""
    cls = type(obj)
    copy_slots = _COPIERS.get(cls)
    if copy_slots is None:
        copy_slots = _COPIERS[cls] = _copier(cls)
    new = copy_slots(obj, cls.__new__(cls))
    state = getattr(obj, "__dict__", None)
    if state:
        new.__dict__.update(state)
    return new


def clone_instruction(inst: Instruction, keep_debug_location: bool = True,
                      with_operands: bool = True) -> Instruction:
    """A detached copy of `inst` with the same operands, flags and attributes; without
    operands for a caller that appends them itself, remapped (which spares each operand a
    use it would only lose again)."""
    new = shallow_copy(inst)
    new.uses = UseList()
    new.operands = []
    new.block = None
    new.debug_records = []
    new.metadata = [(k, v) for k, v in inst.metadata if keep_debug_location or k != "dbg"]
    if hasattr(inst, "indices"):
        new.indices = list(inst.indices)
    if hasattr(inst, "arg_attrs"):
        new.arg_attrs = list(inst.arg_attrs)
    if hasattr(inst, "clause_kinds"):
        new.clause_kinds = list(inst.clause_kinds)
    if with_operands:
        for op in inst.operands:
            new.append_operand(op)
    return new


def clone_function(source: Function, name: str, attrs=None, suffix=None) -> Function:
    """An internal copy `@name` of `source`, added to its module: the same signature and
    parameter names, the parameters' attributes `attrs` (default: the source's), the header
    text after the parameters `suffix` (default: the source's), the body with its debug
    locations."""
    copy = Function(name, source.function_type)
    copy.set_signature(source.function_type, [a.name for a in source.args],
                       [a.attrs for a in source.args] if attrs is None else attrs)
    copy.prefix = "internal"
    copy.suffix = source.suffix if suffix is None else suffix
    source.module.add_function(copy)
    clone_body(source, copy, dict(zip(source.args, copy.args)), keep_debug_location=True)
    return copy


def clone_body(source: Function, target: Function, value_map: dict[Value, Value],
               keep_debug_location: bool = False) -> list[Block]:
    """Append copies of `source`'s blocks to `target`; `value_map` must already map the
    arguments and is extended with every block and instruction. Returns the new blocks."""
    return clone_blocks(source.blocks, target, value_map, keep_debug_location)


def clone_blocks(blocks: list[Block], target: Function, value_map: dict[Value, Value],
                 keep_debug_location: bool = False, suffix: str = "",
                 after: Block | None = None) -> list[Block]:
    """Copies of `blocks` in `target` (appended, or placed after `after` in order), each
    named after its original plus `suffix`; operands are remapped through `value_map`,
    which is extended with every block and instruction (values it does not map, from
    outside `blocks`, are shared). Returns the new blocks."""
    new_blocks = []
    for block in blocks:
        name = block.name + suffix
        new_block = Block(target.unique_name(name) if name else "")
        value_map[block] = new_block
        if after is None:
            target.append_block(new_block)
        else:
            after = target.insert_block_after(new_block, after)
        new_blocks.append(new_block)
    copies = []
    for block in blocks:
        for inst in block.instructions:
            new = clone_instruction(inst, keep_debug_location, with_operands=False)
            if new.name:
                new.name = target.unique_name(new.name)
            value_map[inst] = new
            value_map[block].append(new)
            copies.append((new, inst))
    for new, inst in copies:  # every copy exists now (a phi may name a later one)
        for op in inst.operands:
            new.append_operand(value_map.get(op, op))
    return new_blocks


def drop_debug_records(function: Function) -> None:
    """Forget `#dbg_*` records (a clone has no DISubprogram for them to refer to)."""
    for inst in function.instructions():
        for record in inst.debug_records:
            record.drop_operands()
        inst.debug_records = []
