"""`qsort` in differentiated code: the sort runs as code enzymec differentiates.

libc's qsort has no body here, and its permutation depends on the data: the adjoint of each
element must follow the element to its sorted place. enzymec therefore replaces each call
to `qsort(base, n, size, cmp)` in a gradient's forward code by a call to `enzymec_qsort`,
a bottom-up merge sort with the same signature and contract (O(n log n) comparisons; like
qsort it may order equal elements either way), given below as LLVM IR. Its element moves
are memcpy calls and the comparator is an indirect call, which indirect.py promotes to a
direct call of the comparator: the reverse sweep then moves each adjoint back along the
copies the forward sweep made. The IR was produced by clang -O1 from this C:

    void enzymec_qsort(void *base, size_t n, size_t size, int (*cmp)(const void *, const void *)) {
        if (n < 2) return;
        char *a = base, *tmp = malloc(n * size);
        for (size_t width = 1; width < n; width *= 2) {
            for (size_t lo = 0; lo < n; lo += 2 * width) {
                size_t mid = min(lo + width, n), hi = min(lo + 2 * width, n);
                size_t i = lo, j = mid, k = lo;
                while (i < mid && j < hi) {
                    if (cmp(a + j * size, a + i * size) < 0) memcpy(tmp + k * size, a + j++ * size, size);
                    else memcpy(tmp + k * size, a + i++ * size, size);
                    k++;
                }
                if (i < mid) memcpy(tmp + k * size, a + i * size, (mid - i) * size);
                if (j < hi) memcpy(tmp + (k + mid - i) * size, a + j * size, (hi - j) * size);
            }
            memcpy(a, tmp, n * size);
        }
        free(tmp);
    }
"""

from __future__ import annotations

from enzymec.ir import CallInst, Function

from .helpers import add_ir_function

SORTS = frozenset({"qsort"})  # library sorts replaced by SORT_NAME (same signature)
SORT_NAME = "enzymec_qsort"

SORT_IR = """
define internal void @enzymec_qsort(ptr noundef %0, i64 noundef %1, i64 noundef %2, ptr noundef readonly captures(none) %3) {
  %5 = icmp ult i64 %1, 2
  br i1 %5, label %73, label %6

6:
  %7 = mul i64 %2, %1
  %8 = tail call noalias ptr @malloc(i64 noundef %7)
  br label %9

9:
  %10 = phi i64 [ 1, %6 ], [ %11, %13 ]
  %11 = shl i64 %10, 1
  br label %15

12:
  tail call void @free(ptr noundef %8)
  br label %73

13:
  tail call void @llvm.memcpy.p0.p0.i64(ptr align 1 %0, ptr align 1 %8, i64 %7, i1 false)
  %14 = icmp ult i64 %11, %1
  br i1 %14, label %9, label %12

15:
  %16 = phi i64 [ 0, %9 ], [ %19, %71 ]
  %17 = add i64 %16, %10
  %18 = tail call i64 @llvm.umin.i64(i64 %17, i64 %1)
  %19 = add i64 %16, %11
  %20 = tail call i64 @llvm.umin.i64(i64 %19, i64 %1)
  %21 = icmp ult i64 %16, %18
  %22 = icmp ult i64 %17, %20
  %23 = and i1 %21, %22
  br i1 %23, label %24, label %47

24:
  %25 = phi i64 [ %43, %40 ], [ %16, %15 ]
  %26 = phi i64 [ %42, %40 ], [ %18, %15 ]
  %27 = phi i64 [ %41, %40 ], [ %16, %15 ]
  %28 = mul i64 %26, %2
  %29 = getelementptr inbounds nuw i8, ptr %0, i64 %28
  %30 = mul i64 %27, %2
  %31 = getelementptr inbounds nuw i8, ptr %0, i64 %30
  %32 = tail call i32 %3(ptr noundef %29, ptr noundef %31)
  %33 = icmp slt i32 %32, 0
  %34 = mul i64 %25, %2
  %35 = getelementptr inbounds nuw i8, ptr %8, i64 %34
  br i1 %33, label %36, label %38

36:
  tail call void @llvm.memcpy.p0.p0.i64(ptr align 1 %35, ptr align 1 %29, i64 %2, i1 false)
  %37 = add nuw i64 %26, 1
  br label %40

38:
  tail call void @llvm.memcpy.p0.p0.i64(ptr align 1 %35, ptr align 1 %31, i64 %2, i1 false)
  %39 = add nuw i64 %27, 1
  br label %40

40:
  %41 = phi i64 [ %27, %36 ], [ %39, %38 ]
  %42 = phi i64 [ %37, %36 ], [ %26, %38 ]
  %43 = add i64 %25, 1
  %44 = icmp ult i64 %41, %18
  %45 = icmp ult i64 %42, %20
  %46 = select i1 %44, i1 %45, i1 false
  br i1 %46, label %24, label %47

47:
  %48 = phi i64 [ %16, %15 ], [ %41, %40 ]
  %49 = phi i64 [ %18, %15 ], [ %42, %40 ]
  %50 = phi i64 [ %16, %15 ], [ %43, %40 ]
  %51 = phi i1 [ %21, %15 ], [ %44, %40 ]
  %52 = phi i1 [ %22, %15 ], [ %45, %40 ]
  br i1 %51, label %53, label %60

53:
  %54 = mul i64 %50, %2
  %55 = getelementptr inbounds nuw i8, ptr %8, i64 %54
  %56 = mul i64 %48, %2
  %57 = getelementptr inbounds nuw i8, ptr %0, i64 %56
  %58 = sub nuw i64 %18, %48
  %59 = mul i64 %58, %2
  tail call void @llvm.memcpy.p0.p0.i64(ptr align 1 %55, ptr align 1 %57, i64 %59, i1 false)
  br label %60

60:
  br i1 %52, label %61, label %71

61:
  %62 = mul i64 %50, %2
  %63 = getelementptr inbounds nuw i8, ptr %8, i64 %62
  %64 = sub i64 %18, %48
  %65 = mul i64 %64, %2
  %66 = getelementptr inbounds nuw i8, ptr %63, i64 %65
  %67 = mul i64 %49, %2
  %68 = getelementptr inbounds nuw i8, ptr %0, i64 %67
  %69 = sub nuw i64 %20, %49
  %70 = mul i64 %69, %2
  tail call void @llvm.memcpy.p0.p0.i64(ptr align 1 %66, ptr align 1 %68, i64 %70, i1 false)
  br label %71

71:
  %72 = icmp ult i64 %19, %1
  br i1 %72, label %15, label %13

73:
  ret void
}

declare noalias noundef ptr @malloc(i64 noundef)

declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg)

declare void @free(ptr allocptr noundef captures(none))

declare i64 @llvm.umin.i64(i64, i64)
"""


def replace_library_sorts(function: Function) -> None:
    """Point every direct call of `function` to qsort at enzymec_qsort instead."""
    for inst in list(function.instructions()):
        callee = inst.called_function if isinstance(inst, CallInst) else None
        if callee is None or callee.name not in SORTS or len(inst.args) != 4:
            continue
        module = function.module
        sort = module.get_function(SORT_NAME) or add_ir_function(module, SORT_NAME, SORT_IR)
        inst.set_operand(inst.arg_count, sort)
