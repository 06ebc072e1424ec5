"""Pointer globals whose derivative memory outlives one gradient call.

A global `double *work` that the differentiated code writes active data through needs a
shadow pointer, `@work.shadow`, pointing to the shadow of the block `work` points to. When
the differentiated code allocates that block itself (a lazily allocated static scratch
buffer, `if (!work) work = malloc(...)`), the gradient stores the shadow pointer beside it;
the block outlives the call, and so must its shadow: zeroing `@work.shadow` when the next
gradient starts (as floating-point shadow globals are, so that adjoints do not leak from one
call into the next) sent every shadow access of the second call through null (a crash).
When `work` was set outside the differentiated code (a buffer malloc'd in main), no shadow
exists at all.

So a pointer global's shadow is kept from call to call, next to the primal value it shadows
(`@work.shadow.of`, stored wherever the gradient stores the pointer and its shadow), and
wherever the gradient loads `work` to reach memory through it, the runtime's
`__enzymec_check_global_shadow` checks that a non-null `work` is the pointer the shadow was
made for; otherwise the program stops with a message naming the global (a buffer set or
replaced outside every gradient call: pass it as an argument instead), never a wrong number.
(Checked where it is loaded, not when the gradient starts: code that allocates the buffer
afresh each call, after a primal call left a dangling pointer there, is fine.)
"""

from __future__ import annotations

from enzymec.ir import PTR, GlobalVariable
from enzymec.ir.builder import IRBuilder
from enzymec.ir.strings import private_string
from enzymec.ir.values import SimpleConstant

from ..rules.runtime_calls import runtime_function


def is_pointer_global(var) -> bool:
    return isinstance(var, GlobalVariable) and var.value_type == PTR


def _owner(registry: dict, var: GlobalVariable) -> tuple[GlobalVariable, GlobalVariable]:
    """(`@var.shadow.of`, the primal value the shadow in `@var.shadow` was made for; the
    message naming `var` for the runtime's check), made once per global."""
    found = registry.get(var)
    if found is None:
        module = var.module
        owner = GlobalVariable(module.unique_symbol(var.name + ".shadow.of"))
        owner.prefix = "internal"
        owner.value_type = PTR
        owner.initializer = SimpleConstant(PTR, "null")
        owner.suffix = ", align 8"
        module.add_global(owner)
        name = private_string(module, f"enzymec: the global pointer '{var.name}'",
                              ".enzymec.global.name")
        found = registry[var] = (owner, name)
    return found


def check_loaded(b: IRBuilder, load, shadow, registry: dict) -> None:
    """After `load` of a pointer global and of its kept `shadow`: stop the program unless a
    non-null pointer is the one the shadow was made for."""
    var = load.operands[0]
    owner, name = _owner(registry, var)
    b.call(runtime_function(b.function.module, "check_global_shadow"),
           [load, shadow, b.load(PTR, owner, var.name + ".shadow.of.now"), name])


def record_owner(b: IRBuilder, store, registry: dict) -> None:
    """Beside the store of a pointer into the global and of its shadow into the shadow
    global: which primal pointer that shadow is for."""
    b.store(store.operands[0], _owner(registry, store.operands[1])[0], store.align)
