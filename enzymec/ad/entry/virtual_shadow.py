"""`__enzyme_virtualreverse(c)`: the shadow of a function pointer or of a C++ virtual table.

Enzyme's convention (learned from its sources and its virtualshadow tests): the shadow of a
function `f` is a constant table `{ f's augmented forward, f's reverse }`, the two halves
of user split mode (split_sites.py) with the activities Enzyme gives an unknown callee: a
floating-point argument or result is active (`out`), an integer narrower than 16 bits
constant, anything else (pointers: `this`) duplicated. A user stores such a table where a
shadow object keeps its function pointer, or, given a virtual table (the address a C++
object holds, `getelementptr (@_ZTV..., 16)`), gets a shadow virtual table: a copy whose
function entries are those tables (type information and null entries kept as they are).

enzymec differentiates virtual and indirect calls by promoting them to direct calls on the
*primal* object's function pointer (indirect.py), so its derivatives never call through
these tables: they exist for the user's own code, with Enzyme's layout. The argument must
be a constant when the AD stage runs (Enzyme says the same): a load (at -O0, where the
object's virtual table pointer is not forwarded yet) is a located error.
"""

from __future__ import annotations

from enzymec.diagnostics import CompileError
from enzymec.ir import (CallInst, ConstantAggregate, ConstantExpr, Function, GlobalVariable,
                        IntType, Module, PTR, StructType)

from .requests import Mode, Request

VIRTUAL_NAME = "__enzyme_virtualreverse"
# entries of a virtual table that are no methods: kept in the shadow table as they are
NOT_METHODS = frozenset({"__cxa_pure_virtual", "__cxa_deleted_virtual"})


def is_virtual_call(inst) -> bool:
    if not isinstance(inst, CallInst):
        return False
    callee = inst.called_function
    return callee is not None and callee.is_declaration and VIRTUAL_NAME in callee.name


def lower_virtual_reverse(module: Module, debug, derivatives) -> None:
    """Replace every `__enzyme_virtualreverse(c)` by the shadow constant of `c`."""
    shadows = VirtualShadows(module, debug, derivatives)
    for function in list(module.functions):
        if not function.may_mention(VIRTUAL_NAME):
            continue  # a body left as text (ir/lazy_bodies.py) that names none
        for call in [i for i in function.instructions() if is_virtual_call(i)]:
            if len(call.args) != 1 or not call.type.is_pointer:
                shadows.fail(call, "takes one pointer (a function or a virtual table) and "
                                   "returns a pointer")
            call.replace_all_uses_with(shadows.of(call.args[0], call))
            call.erase()


def enzyme_kind(ty) -> str:
    """The activity Enzyme gives an argument of an unknown callee of this type."""
    if ty.is_float:
        return "out"
    if isinstance(ty, IntType) and ty.bits < 16:
        return "const"
    return "dup"


def enzyme_result_kind(ty) -> str:
    if ty.is_float:
        return "out"
    if ty.is_pointer:
        return "dup"
    return "const"  # void and integers: no derivative


class VirtualShadows:
    """The shadow constants made so far (one table per function, one copy per vtable)."""

    def __init__(self, module: Module, debug, derivatives):
        self.module, self.debug, self.derivatives = module, debug, derivatives
        self.made: dict = {}

    def fail(self, call: CallInst, message: str) -> None:
        raise CompileError(f"'{call.called_function.name}' {message}", self.debug.location(call),
                           "pass a function, or a C++ object's virtual table pointer at -O1 "
                           "and above (where it is a constant)")

    def of(self, value, call: CallInst):
        """The shadow of the constant `value` (see the module docstring)."""
        if isinstance(value, Function):
            return self.function_table(value, call)
        if isinstance(value, ConstantExpr) and value.opcode in ("getelementptr", "bitcast",
                                                                "addrspacecast") and \
                isinstance(value.operands[0], GlobalVariable):
            shadow = self.table_copy(value.operands[0], call)
            return ConstantExpr(value.type, value.opcode, [shadow, *value.operands[1:]],
                                value.flags, value.source_type)
        if isinstance(value, GlobalVariable):
            return self.table_copy(value, call)
        self.fail(call, "needs a function or a virtual table known at compile time, not a "
                        "value computed at run time")

    def function_table(self, function: Function, call: CallInst) -> GlobalVariable:
        """`{augmented forward, reverse}` of `function`, as a constant global."""
        if function in self.made:
            return self.made[function]
        if function.is_declaration:
            self.fail(call, f"cannot make the shadow of '{function.name}': it has no body")
        kinds = tuple(enzyme_kind(a.type) for a in function.args)
        options = (("result", enzyme_result_kind(function.return_type)),)
        halves = [self.derivatives.get(Request(function, mode, kinds, function.return_type,
                                               options=options))
                  for mode in (Mode.AUGMENTED, Mode.SPLIT_REVERSE)]
        table_type = StructType((PTR, PTR))
        table = self.constant_global(f"{function.name}.virtual.shadow", table_type,
                                     ConstantAggregate(table_type, halves))
        self.made[function] = table
        return table

    def table_copy(self, table: GlobalVariable, call: CallInst) -> GlobalVariable:
        """A copy of a virtual table (a constant global) whose functions are their shadow
        tables."""
        if table in self.made:
            return self.made[table]
        if not table.is_constant or table.initializer is None:
            self.fail(call, f"needs a constant virtual table; '{table.name}' is not one")
        copy = self.constant_global(f"{table.name}.virtual.shadow", table.value_type, None)
        self.made[table] = copy
        copy.initializer = self.entry(table.initializer, call)
        return copy

    def entry(self, value, call: CallInst):
        """A virtual table's element, shadowed: methods become tables, aggregates are
        copied element by element, anything else (null, type information) is kept."""
        if isinstance(value, Function):
            return value if value.name in NOT_METHODS else self.function_table(value, call)
        if isinstance(value, ConstantAggregate):
            return ConstantAggregate(value.type, [self.entry(v, call) for v in value.operands])
        return value

    def constant_global(self, name: str, ty, initializer) -> GlobalVariable:
        var = GlobalVariable(self.module.unique_symbol(name))
        var.prefix = "internal"
        var.is_constant = True
        var.value_type = ty
        var.initializer = initializer
        var.suffix = ", align 8"
        self.module.add_global(var)
        return var
