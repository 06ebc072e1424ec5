"""numba's reference-counting runtime (NRT), re-expressed in IR that enzymec differentiates.

numba allocates arrays with the external `NRT_MemInfo_alloc_aligned` and frees them through
`NRT_decref` -> `NRT_MemInfo_call_dtor`; AD cannot see through an external allocator, and a
free that runs in the forward pass would free memory the reverse pass still reads. So the
module gets bodies instead: numba's MemInfo header (refct, dtor, dtor_info, data, size,
external_allocator: 48 bytes, from `malloc`) and the data (64-byte aligned, from
`aligned_alloc`), counted with plain integer loads and stores (integers are inactive) and
released with `free` (which enzymec defers until the reverse pass is done). numba's raw
buffers (`NRT_Allocate`, `NRT_Free`: the scratch copy of a slice assignment whose sides may
overlap, `y[1:-1] = x * 2`) are `malloc` and `free`, and the variable-size blocks of typed
lists (`NRT_MemInfo_new_varsize_dtor`, `..._varsize_realloc` when a list grows) are
`malloc` and `realloc` under the same header: external, they hid a list's data from the
AD, and each read of it (through its own header load) looked like other memory than the
writes, a zero derivative. The element destructor numba passes for a list is not run (a
list of arrays leaks its items' headers, no value changes). Arrays passed
in from Python get a null MemInfo, which both functions skip, as numba's do.

The header and the data are two blocks, not one: type analysis (analysis/type_analysis.py)
sees the data's doubles, read at variable indices, as held "at every offset" of the block
they are in, so in one block the count's integer loads and stores read as the bits of an
active double, a located refusal once the optimizer folds an incref/decref pair into a
store of the loaded count (numba's `np.sum(M * M) + np.mean(M ** 3)`: two temporaries).
"""

from __future__ import annotations

import re

from enzymec import regex_cache

REPLACED = ("NRT_incref", "NRT_decref", "NRT_MemInfo_alloc_aligned",
            "NRT_MemInfo_alloc_safe_aligned", "NRT_Allocate", "NRT_Free",
            "NRT_MemInfo_new_varsize", "NRT_MemInfo_new_varsize_dtor",
            "NRT_MemInfo_varsize_alloc", "NRT_MemInfo_varsize_realloc",
            "NRT_MemInfo_varsize_free")

_ALLOC_IR = """
define linkonce_odr ptr @enzymec_nrt_header(ptr %data, i64 %size) {
  %m = call ptr @malloc(i64 48)
  store i64 1, ptr %m
  %dtor = getelementptr i8, ptr %m, i64 8
  store ptr null, ptr %dtor
  %info = getelementptr i8, ptr %m, i64 16
  store ptr null, ptr %info
  %field = getelementptr i8, ptr %m, i64 24
  store ptr %data, ptr %field
  %sizefield = getelementptr i8, ptr %m, i64 32
  store i64 %size, ptr %sizefield
  %ext = getelementptr i8, ptr %m, i64 40
  store ptr null, ptr %ext
  ret ptr %m
}

define linkonce_odr ptr @NRT_MemInfo_alloc_aligned(i64 %size, i32 %align) {
  %padded = add i64 %size, 127
  %total = and i64 %padded, -64
  %data = call ptr @aligned_alloc(i64 64, i64 %total)
  %m = call ptr @enzymec_nrt_header(ptr %data, i64 %size)
  ret ptr %m
}

define linkonce_odr ptr @NRT_MemInfo_alloc_safe_aligned(i64 %size, i32 %align) {
  %m = call ptr @NRT_MemInfo_alloc_aligned(i64 %size, i32 %align)
  ret ptr %m
}

define linkonce_odr ptr @NRT_MemInfo_new_varsize(i64 %size) {
  %data = call ptr @malloc(i64 %size)
  %m = call ptr @enzymec_nrt_header(ptr %data, i64 %size)
  ret ptr %m
}

define linkonce_odr ptr @NRT_MemInfo_new_varsize_dtor(i64 %size, ptr %dtor) {
  %m = call ptr @NRT_MemInfo_new_varsize(i64 %size)
  ret ptr %m
}

define linkonce_odr ptr @NRT_MemInfo_varsize_alloc(ptr %m, i64 %size) {
  %data = call ptr @malloc(i64 %size)
  %field = getelementptr i8, ptr %m, i64 24
  store ptr %data, ptr %field
  %sizefield = getelementptr i8, ptr %m, i64 32
  store i64 %size, ptr %sizefield
  ret ptr %data
}

define linkonce_odr ptr @NRT_MemInfo_varsize_realloc(ptr %m, i64 %size) {
  %field = getelementptr i8, ptr %m, i64 24
  %old = load ptr, ptr %field
  %data = call ptr @realloc(ptr %old, i64 %size)
  store ptr %data, ptr %field
  %sizefield = getelementptr i8, ptr %m, i64 32
  store i64 %size, ptr %sizefield
  ret ptr %data
}

define linkonce_odr void @NRT_MemInfo_varsize_free(ptr %m, ptr %p) {
entry:
  call void @free(ptr %p)
  %field = getelementptr i8, ptr %m, i64 24
  %data = load ptr, ptr %field
  %same = icmp eq ptr %data, %p
  br i1 %same, label %clear, label %done
clear:
  store ptr null, ptr %field
  br label %done
done:
  ret void
}

define linkonce_odr ptr @NRT_Allocate(i64 %size) {
  %p = call ptr @malloc(i64 %size)
  ret ptr %p
}

define linkonce_odr void @NRT_Free(ptr %p) {
  call void @free(ptr %p)
  ret void
}
"""

def _refcount_ir(name: str, step: str, on_zero: str = "") -> str:
    """One NRT reference-count function: skip a null MemInfo (arrays from Python), else
    `step` (add/sub) the count in the header's first word by one; `on_zero` is the IR run
    when the new count is 0 (a branch to %release is added only if given)."""
    tail = "  br label %done\n" if not on_zero else (
        "  %last = icmp eq i64 %c1, 0\n  br i1 %last, label %release, label %done\n"
        f"release:\n{on_zero}  br label %done\n")
    return (f"define linkonce_odr void @{name}(ptr %m) {{\nentry:\n"
            "  %null = icmp eq ptr %m, null\n  br i1 %null, label %done, label %count\n"
            f"count:\n  %c = load i64, ptr %m\n  %c1 = {step} i64 %c, 1\n"
            f"  store i64 %c1, ptr %m\n{tail}done:\n  ret void\n}}\n")


RUNTIME_IR = (_ALLOC_IR + _refcount_ir("NRT_incref", "add") + "\n"
              + _refcount_ir("NRT_decref", "sub",
                             "  %field = getelementptr i8, ptr %m, i64 24\n"
                             "  %data = load ptr, ptr %field\n  call void @free(ptr %data)\n"
                             "  call void @free(ptr %m)\n"))

_DEFINE = regex_cache.compile(r"^define [^\n]*@(%s)\(.*?^}\n" % "|".join(REPLACED), re.M | re.S)
_DECLARE = regex_cache.compile(r"^declare [^\n]*@(%s|aligned_alloc|malloc|realloc|free)\([^\n]*\n"
                               % "|".join(REPLACED), re.M)


# numba's C helpers that only compute with integers (shapes, strides): no derivative. They
# are registered with Enzyme's own mechanism, an `__enzyme_inactivefn` global in the module.
INACTIVE_HELPERS = ("numba_attempt_nocopy_reshape",)


def _inactive_registration(ir_text: str) -> str:
    used = [name for name in INACTIVE_HELPERS if f"@{name}(" in ir_text]
    if not used:
        return ""
    entries = ", ".join(f"ptr @{name}" for name in used)
    return f"\n@__enzyme_inactivefn_numba = global [{len(used)} x ptr] [{entries}]\n"


def replace_runtime(ir_text: str) -> str:
    """numba's module with the NRT functions above in place of its own, and its integer
    helpers registered inactive."""
    text = _DECLARE.sub("", _DEFINE.sub("", ir_text))
    return (text + RUNTIME_IR + "\ndeclare ptr @aligned_alloc(i64, i64)\ndeclare ptr @malloc(i64)"
            "\ndeclare ptr @realloc(ptr, i64)\ndeclare void @free(ptr)\n"
            + _inactive_registration(ir_text))
