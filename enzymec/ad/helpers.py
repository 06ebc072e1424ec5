"""Small helper functions the gradients call, kept as LLVM IR text and added to a module on
first use. They are `internal` and `alwaysinline`, so after optimization nothing of them is
left but their fast path inlined where it is used (the brief: runtime helpers that should
vanish belong in the IR, not in a library call).
"""

from __future__ import annotations

from enzymec.ir import Function, Module, parse_module
from enzymec.ir.builder import declare_function
from .copy_fields import field_helper_text

from .special import DIGAMMA

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
  %next = add i64 %index, 1
  %needed = call i64 @llvm.umax.i64(i64 %next, i64 64)
  call void @enzymec.tape.reserve(ptr %tape, i64 %needed, i64 %size)
  br label %ready

ready:
  %buffer = load ptr, ptr %tape, align 8
  %offset = mul i64 %index, %size
  %slot = getelementptr inbounds i8, ptr %buffer, i64 %offset
  ret ptr %slot
}

declare void @enzymec.tape.reserve(ptr, i64, i64)
declare i64 @llvm.umax.i64(i64, i64)
"""

# @enzymec.tape.reserve(tape, count, size): room for `count` elements, at least doubling.
# Called in a loop's preheader when its trip count is known there (then no check per
# iteration; a first reservation is exact: a short loop gets a short tape), and by tape.slot
# when an element falls beyond the capacity (asking for 64 at least).
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
  %newcap = call i64 @llvm.umax.i64(i64 %twice, i64 %count)
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


# Shadows of heap memory (heap.py). @enzymec.shadow.alloc(size, align, primal): `size` zeroed
# bytes aligned to `align`, after a header of max(16, align rounded up to a power of two)
# bytes whose last 8 hold `size`; null when the primal allocation `primal` failed (then
# nothing is stored through either), abort when only the shadow cannot be had.
# @enzymec.shadow.free(shadow, align) frees it (null is ignored), @enzymec.shadow.size(shadow)
# reads its size (0 for null).
SHADOW_ALLOC = """
define internal ptr @enzymec.shadow.alloc(i64 %size, i64 %align, ptr %primal) alwaysinline {
entry:
  %none = icmp eq ptr %primal, null
  br i1 %none, label %done, label %allocate

allocate:
  %header = call i64 @enzymec.shadow.header(i64 %align)
  %total = add i64 %size, %header
  %plain = icmp eq i64 %header, 16
  br i1 %plain, label %zeroed, label %aligned

zeroed:
  %p = call ptr @calloc(i64 1, i64 %total)
  br label %check

aligned:
  %mask = sub i64 %header, 1
  %up = add i64 %total, %mask
  %notmask = xor i64 %mask, -1
  %rounded = and i64 %up, %notmask
  %q = call ptr @aligned_alloc(i64 %header, i64 %rounded)
  %qnull = icmp eq ptr %q, null
  br i1 %qnull, label %check, label %clear

clear:
  call void @llvm.memset.p0.i64(ptr %q, i8 0, i64 %rounded, i1 false)
  br label %check

check:
  %base = phi ptr [ %p, %zeroed ], [ %q, %aligned ], [ %q, %clear ]
  %failed = icmp eq ptr %base, null
  br i1 %failed, label %oom, label %ready, !prof !{!"branch_weights", i32 1, i32 1000}

oom:
  call void @abort()
  unreachable

ready:
  %shadow = getelementptr inbounds i8, ptr %base, i64 %header
  %size.ptr = getelementptr inbounds i8, ptr %shadow, i64 -8
  store i64 %size, ptr %size.ptr, align 8
  br label %done

done:
  %result = phi ptr [ null, %entry ], [ %shadow, %ready ]
  ret ptr %result
}

declare i64 @enzymec.shadow.header(i64)
declare ptr @calloc(i64, i64)
declare ptr @aligned_alloc(i64, i64)
declare void @llvm.memset.p0.i64(ptr, i8, i64, i1)
declare void @abort()
"""

SHADOW_HEADER = """
define internal i64 @enzymec.shadow.header(i64 %align) alwaysinline {
entry:
  %a = call i64 @llvm.umax.i64(i64 %align, i64 16)
  %m = sub i64 %a, 1
  %lz = call i64 @llvm.ctlz.i64(i64 %m, i1 true)
  %bits = sub i64 64, %lz
  %header = shl i64 1, %bits
  ret i64 %header
}

declare i64 @llvm.umax.i64(i64, i64)
declare i64 @llvm.ctlz.i64(i64, i1)
"""

SHADOW_FREE = """
define internal void @enzymec.shadow.free(ptr %shadow, i64 %align) alwaysinline {
entry:
  %none = icmp eq ptr %shadow, null
  br i1 %none, label %done, label %release

release:
  %header = call i64 @enzymec.shadow.header(i64 %align)
  %back = sub i64 0, %header
  %base = getelementptr inbounds i8, ptr %shadow, i64 %back
  call void @free(ptr %base)
  br label %done

done:
  ret void
}

declare i64 @enzymec.shadow.header(i64)
declare void @free(ptr)
"""

SHADOW_SIZE = """
define internal i64 @enzymec.shadow.size(ptr %shadow) alwaysinline {
entry:
  %none = icmp eq ptr %shadow, null
  br i1 %none, label %done, label %read

read:
  %size.ptr = getelementptr inbounds i8, ptr %shadow, i64 -8
  %size = load i64, ptr %size.ptr, align 8
  br label %done

done:
  %result = phi i64 [ 0, %entry ], [ %size, %read ]
  ret i64 %result
}
"""

# @enzymec.shadow.moved(new, old, size): how many bytes realloc moved from the shadow `old` to
# the shadow `new` of `size` bytes: min(old's size, size), 0 when either is null.
SHADOW_MOVED = """
define internal i64 @enzymec.shadow.moved(ptr %new, ptr %old, i64 %size) alwaysinline {
entry:
  %none = icmp eq ptr %new, null
  %old.size = call i64 @enzymec.shadow.size(ptr %old)
  %kept = call i64 @llvm.umin.i64(i64 %old.size, i64 %size)
  %moved = select i1 %none, i64 0, i64 %kept
  ret i64 %moved
}

declare i64 @enzymec.shadow.size(ptr)
declare i64 @llvm.umin.i64(i64, i64)
"""

# @enzymec.shadow.realloc(old, size, primal): the shadow of `primal = realloc(p, size)` where
# `old` is the shadow of p: a new zeroed shadow holding a copy of old's first bytes. `old`
# stays: the reverse sweep still adds adjoints of earlier loads and stores into it.
SHADOW_REALLOC = """
define internal ptr @enzymec.shadow.realloc(ptr %old, i64 %size, ptr %primal) alwaysinline {
entry:
  %new = call ptr @enzymec.shadow.alloc(i64 %size, i64 16, ptr %primal)
  %bytes = call i64 @enzymec.shadow.moved(ptr %new, ptr %old, i64 %size)
  %empty = icmp eq i64 %bytes, 0
  br i1 %empty, label %done, label %copy

copy:
  call void @llvm.memcpy.p0.p0.i64(ptr %new, ptr %old, i64 %bytes, i1 false)
  br label %done

done:
  ret ptr %new
}

declare ptr @enzymec.shadow.alloc(i64, i64, ptr)
declare i64 @enzymec.shadow.moved(ptr, ptr, i64)
declare void @llvm.memcpy.p0.p0.i64(ptr, ptr, i64, i1)
"""

# @enzymec.posix_memalign(pp, align, size, rc): posix_memalign(pp, align, size), its result
# stored to `rc`; returns the new block, or null when it failed (heap.py).
POSIX_MEMALIGN = """
define internal ptr @enzymec.posix_memalign(ptr %pp, i64 %align, i64 %size, ptr %rc) alwaysinline {
entry:
  %r = call i32 @posix_memalign(ptr %pp, i64 %align, i64 %size)
  store i32 %r, ptr %rc, align 4
  %ok = icmp eq i32 %r, 0
  br i1 %ok, label %allocated, label %done

allocated:
  %p = load ptr, ptr %pp, align 8
  br label %done

done:
  %block = phi ptr [ null, %entry ], [ %p, %allocated ]
  ret ptr %block
}

declare i32 @posix_memalign(ptr, i64, i64)
"""

# Tape records of split calls (split.py) live on a per-thread stack of 64 KiB+ chunks:
# records are released in exactly the reverse order of their allocation (a callee's reverse
# runs before its caller's earlier calls are reversed), so a bump pointer serves nearly every
# allocation. @enzymec.records = {top chunk, next free byte, end of the top chunk}; a chunk
# starts with {previous chunk, saved next, saved end} and its data at offset 32.
RECORD_PUSH = """
@enzymec.records = linkonce_odr hidden thread_local global { ptr, ptr, ptr } zeroinitializer, align 8

define internal ptr @enzymec.record.push(i64 %size) alwaysinline {
entry:
  %next.ptr = getelementptr inbounds i8, ptr @enzymec.records, i64 8
  %end.ptr = getelementptr inbounds i8, ptr @enzymec.records, i64 16
  %next = load ptr, ptr %next.ptr, align 8
  %end = load ptr, ptr %end.ptr, align 8
  %padded = add i64 %size, 15
  %rounded = and i64 %padded, -16
  %end.int = ptrtoint ptr %end to i64
  %next.int = ptrtoint ptr %next to i64
  %left = sub i64 %end.int, %next.int
  %fits = icmp ule i64 %rounded, %left
  br i1 %fits, label %bump, label %grow, !prof !{!"branch_weights", i32 1000, i32 1}

bump:
  %after = getelementptr inbounds i8, ptr %next, i64 %rounded
  store ptr %after, ptr %next.ptr, align 8
  ret ptr %next

grow:
  %fresh = call ptr @enzymec.record.chunk(i64 %rounded)
  ret ptr %fresh
}

define internal ptr @enzymec.record.chunk(i64 %rounded) noinline {
entry:
  %next.ptr = getelementptr inbounds i8, ptr @enzymec.records, i64 8
  %end.ptr = getelementptr inbounds i8, ptr @enzymec.records, i64 16
  %top = load ptr, ptr @enzymec.records, align 8
  %next = load ptr, ptr %next.ptr, align 8
  %end = load ptr, ptr %end.ptr, align 8
  %want = add i64 %rounded, 32
  %bytes = call i64 @llvm.umax.i64(i64 %want, i64 65536)
  %chunk = call ptr @malloc(i64 %bytes)
  %failed = icmp eq ptr %chunk, null
  br i1 %failed, label %oom, label %ready

oom:
  call void @abort()
  unreachable

ready:
  store ptr %top, ptr %chunk, align 8
  %saved.next = getelementptr inbounds i8, ptr %chunk, i64 8
  store ptr %next, ptr %saved.next, align 8
  %saved.end = getelementptr inbounds i8, ptr %chunk, i64 16
  store ptr %end, ptr %saved.end, align 8
  store ptr %chunk, ptr @enzymec.records, align 8
  %data = getelementptr inbounds i8, ptr %chunk, i64 32
  %after = getelementptr inbounds i8, ptr %data, i64 %rounded
  store ptr %after, ptr %next.ptr, align 8
  %limit = getelementptr inbounds i8, ptr %chunk, i64 %bytes
  store ptr %limit, ptr %end.ptr, align 8
  ret ptr %data
}

declare ptr @malloc(i64)
declare void @abort()
declare i64 @llvm.umax.i64(i64, i64)
"""

# @enzymec.record.pop(p): release the most recent record (and its chunk when it was the
# chunk's first, going back to the previous chunk).
RECORD_POP = """
@enzymec.records = linkonce_odr hidden thread_local global { ptr, ptr, ptr } zeroinitializer, align 8

define internal void @enzymec.record.pop(ptr %record) alwaysinline {
entry:
  %top = load ptr, ptr @enzymec.records, align 8
  %data = getelementptr inbounds i8, ptr %top, i64 32
  %first = icmp eq ptr %record, %data
  br i1 %first, label %release, label %back, !prof !{!"branch_weights", i32 1, i32 1000}

back:
  %next.ptr = getelementptr inbounds i8, ptr @enzymec.records, i64 8
  store ptr %record, ptr %next.ptr, align 8
  ret void

release:
  call void @enzymec.record.release(ptr %top)
  ret void
}

define internal void @enzymec.record.release(ptr %top) noinline {
entry:
  %next.ptr = getelementptr inbounds i8, ptr @enzymec.records, i64 8
  %end.ptr = getelementptr inbounds i8, ptr @enzymec.records, i64 16
  %prev = load ptr, ptr %top, align 8
  %saved.next = getelementptr inbounds i8, ptr %top, i64 8
  %next = load ptr, ptr %saved.next, align 8
  %saved.end = getelementptr inbounds i8, ptr %top, i64 16
  %end = load ptr, ptr %saved.end, align 8
  store ptr %prev, ptr @enzymec.records, align 8
  store ptr %next, ptr %next.ptr, align 8
  store ptr %end, ptr %end.ptr, align 8
  call void @free(ptr %top)
  ret void
}

declare void @free(ptr)
"""

# Tape records of a module where the user splits a gradient (__enzyme_augmentfwd and
# __enzyme_reverse, user_split.py) live on the heap: the user may run the reverse halves in
# any order, which a stack cannot serve. The size argument says how large the record is
# (user_split.tape_bytes reads it back for enzyme_allocated and __enzyme_augmentsize).
RECORD_ALLOC = """
define internal ptr @enzymec.record.alloc(i64 %size) alwaysinline {
entry:
  %record = call ptr @malloc(i64 %size)
  %failed = icmp eq ptr %record, null
  br i1 %failed, label %oom, label %ready, !prof !{!"branch_weights", i32 1, i32 1000}

oom:
  call void @abort()
  unreachable

ready:
  ret ptr %record
}

declare ptr @malloc(i64)
declare void @abort()
"""

RECORD_FREE = """
define internal void @enzymec.record.free(ptr %record) alwaysinline {
entry:
  call void @free(ptr %record)
  ret void
}

declare void @free(ptr)
"""

HELPER_PREFIX = "enzymec."  # the synthesized code's own helpers: never differentiated

HELPERS = {"enzymec.tape.slot": TAPE_SLOT, "enzymec.tape.reserve": TAPE_RESERVE,
           "enzymec.shadow.alloc": SHADOW_ALLOC, "enzymec.shadow.header": SHADOW_HEADER,
           "enzymec.shadow.free": SHADOW_FREE, "enzymec.shadow.size": SHADOW_SIZE,
           "enzymec.shadow.moved": SHADOW_MOVED, "enzymec.shadow.realloc": SHADOW_REALLOC,
           "enzymec.posix_memalign": POSIX_MEMALIGN, "enzymec.record.push": RECORD_PUSH,
           "enzymec.record.pop": RECORD_POP, "enzymec.record.alloc": RECORD_ALLOC,
           "enzymec.record.free": RECORD_FREE, "enzymec.digamma": DIGAMMA}


def _helper_text(name: str) -> str:
    if name in HELPERS:
        return HELPERS[name]
    if name.startswith("enzymec.memcpy.adjoint."):
        ty = name.rsplit(".", 1)[1]
        size = {"double": 8, "float": 4, "half": 2}[ty]
        return MEMCPY_ADJOINT.format(ty=ty, size=size)
    text = field_helper_text(name)
    if text is not None:
        return text
    raise KeyError(name)


def helper_function(module: Module, name: str) -> Function:
    """The helper `@name` in `module`, parsed from its IR text and added if missing."""
    existing = module.get_function(name)
    if existing is not None:
        return existing
    return add_ir_function(module, name, _helper_text(name))


def add_ir_function(module: Module, name: str, text: str) -> Function:
    """Parse `text` (IR defining `@name`) and add `@name` to `module`, with the globals and
    companion functions it defines; what it only declares is declared in `module`."""
    helper = parse_module(text, f"<enzymec {name}>")
    definition = helper.get_function(name)
    for var in list(helper.globals):  # state the helper keeps (one copy per module)
        target = module.get(var.name)
        if target is None:  # move it over, its uses with it
            helper.globals.remove(var)
            del helper.symbols[var.name]
            module.add_global(var)
            continue
        for user, index in list(var.uses):
            user.set_operand(index, target)
    for decl in list(helper.functions):
        if decl is definition:
            continue
        if not decl.is_declaration:  # a companion defined in the same text (a slow path)
            if module.get_function(decl.name) is None:
                decl.module = None
                module.add_function(decl)
                continue
            target = module.get_function(decl.name)
        elif decl.name.startswith("enzymec."):  # another helper: bring its body too
            target = helper_function(module, decl.name)
        else:
            target = declare_function(module, decl.name, decl.function_type)
        for user, index in list(decl.uses):
            user.set_operand(index, target)
    definition.module = None
    return module.add_function(definition)
