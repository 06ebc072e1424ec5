"""Small helper functions the gradients call, kept as LLVM IR text and added to a module on
first use. They are `internal` and `alwaysinline`, so after optimization nothing of them is
left but their fast path inlined where it is used (the brief: runtime helpers that should
vanish belong in the IR, not in a library call).
"""

from __future__ import annotations

from enzymec.ir import Function, Module, parse_module
from enzymec.ir.builder import declare_function

# @enzymec.tape.slot(tape, index, size): pointer to element `index` of a growable array
# `tape = { ptr buffer, i64 capacity }`, growing it (tape.reserve) when needed.
TAPE_SLOT = """
define internal ptr @enzymec.tape.slot(ptr %tape, i64 %index, i64 %size) alwaysinline {
entry:
  %cap.ptr = getelementptr inbounds i8, ptr %tape, i64 8
  %cap = load i64, ptr %cap.ptr, align 8
  %fits = icmp ult i64 %index, %cap
  br i1 %fits, label %ready, label %grow, !prof !{!"branch_weights", i32 1000, i32 1}

grow:
  %needed = add i64 %index, 1
  call void @enzymec.tape.reserve(ptr %tape, i64 %needed, i64 %size)
  br label %ready

ready:
  %buffer = load ptr, ptr %tape, align 8
  %offset = mul i64 %index, %size
  %slot = getelementptr inbounds i8, ptr %buffer, i64 %offset
  ret ptr %slot
}

declare void @enzymec.tape.reserve(ptr, i64, i64)
"""

# @enzymec.tape.reserve(tape, count, size): room for `count` elements, doubling (at least 64).
# Called in a loop's preheader when its trip count is known there (then no check per
# iteration), and by tape.slot when an element falls beyond the capacity.
TAPE_RESERVE = """
define internal void @enzymec.tape.reserve(ptr %tape, i64 %count, i64 %size) alwaysinline {
entry:
  %cap.ptr = getelementptr inbounds i8, ptr %tape, i64 8
  %cap = load i64, ptr %cap.ptr, align 8
  %fits = icmp ule i64 %count, %cap
  br i1 %fits, label %done, label %grow

grow:
  %old = load ptr, ptr %tape, align 8
  %twice = shl i64 %cap, 1
  %bigger = call i64 @llvm.umax.i64(i64 %twice, i64 %count)
  %newcap = call i64 @llvm.umax.i64(i64 %bigger, i64 64)
  %bytes = mul i64 %newcap, %size
  %new = call ptr @realloc(ptr %old, i64 %bytes)
  %failed = icmp eq ptr %new, null
  br i1 %failed, label %oom, label %grown

oom:
  call void @abort()
  unreachable

grown:
  store ptr %new, ptr %tape, align 8
  store i64 %newcap, ptr %cap.ptr, align 8
  br label %done

done:
  ret void
}

declare i64 @llvm.umax.i64(i64, i64)
declare ptr @realloc(ptr, i64)
declare void @abort()
"""

# @enzymec.memcpy.adjoint.TYPE(dst, src, bytes): the reverse of memcpy/memmove for memory of
# TYPE: the source's adjoint gains the destination's, which is cleared. The walk goes in the
# direction that keeps overlapping (memmove) ranges right: each destination adjoint is read
# before any source update can land on it.
MEMCPY_ADJOINT = """
define internal void @enzymec.memcpy.adjoint.{ty}(ptr %dst, ptr %src, i64 %bytes) alwaysinline {{
entry:
  %n = udiv i64 %bytes, {size}
  %empty = icmp eq i64 %n, 0
  br i1 %empty, label %done, label %start

start:
  %backward = icmp ugt ptr %src, %dst
  br label %loop

loop:
  %k = phi i64 [ 0, %start ], [ %k.next, %loop ]
  %k.last = sub i64 %n, 1
  %k.down = sub i64 %k.last, %k
  %i = select i1 %backward, i64 %k.down, i64 %k
  %d = getelementptr inbounds {ty}, ptr %dst, i64 %i
  %s = getelementptr inbounds {ty}, ptr %src, i64 %i
  %dv = load {ty}, ptr %d
  store {ty} 0.0, ptr %d
  %sv = load {ty}, ptr %s
  %sum = fadd {ty} %sv, %dv
  store {ty} %sum, ptr %s
  %k.next = add i64 %k, 1
  %more = icmp ult i64 %k.next, %n
  br i1 %more, label %loop, label %done

done:
  ret void
}}
"""


def _helper_text(name: str) -> str:
    if name == "enzymec.tape.slot":
        return TAPE_SLOT
    if name == "enzymec.tape.reserve":
        return TAPE_RESERVE
    if name.startswith("enzymec.memcpy.adjoint."):
        ty = name.rsplit(".", 1)[1]
        size = {"double": 8, "float": 4, "half": 2}[ty]
        return MEMCPY_ADJOINT.format(ty=ty, size=size)
    raise KeyError(name)


def helper_function(module: Module, name: str) -> Function:
    """The helper `@name` in `module`, parsed from its IR text and added if missing."""
    existing = module.get_function(name)
    if existing is not None:
        return existing
    helper = parse_module(_helper_text(name), f"<enzymec {name}>")
    definition = helper.get_function(name)
    for decl in helper.functions:
        if decl is definition:
            continue
        if decl.name.startswith("enzymec."):  # another helper: bring its body too
            target = helper_function(module, decl.name)
        else:
            target = declare_function(module, decl.name, decl.function_type)
        for user, index in list(decl.uses):
            user.set_operand(index, target)
    definition.module = None
    return module.add_function(definition)
