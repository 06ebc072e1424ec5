"""User split mode (enzymec/ad/split/split_sites.py): the `__enzyme_augmentfwd` and
`__enzyme_reverse` calls of one function with the same activities are served by one split
pair (so their tapes agree), wherever the calls are; `__enzyme_augmentsize` is the size of
that pair's tape record; tape records come from the heap (the user may reverse in any
order), and the module LLVM gets verifies."""

from __future__ import annotations

import llvmlite.binding as llvm

from enzymec.ad.api import differentiate_calls
from enzymec.ir import CallInst, parse_module, print_module

SPLIT = r"""
@enzyme_dup = external global i32
@enzyme_const = external global i32

define void @f(ptr %x, i32 %n) {
entry:
  br label %loop
loop:
  %i = phi i32 [ 0, %entry ], [ %j, %loop ]
  %p = getelementptr double, ptr %x, i32 %i
  %v = load double, ptr %p
  %s = call double @llvm.sin.f64(double %v)
  %w = fmul double %s, %v
  store double %w, ptr %p
  %j = add i32 %i, 1
  %more = icmp slt i32 %j, %n
  br i1 %more, label %loop, label %done
done:
  ret void
}

define ptr @forward(ptr %x, ptr %dx, i32 %n) {
  %tape = call ptr (ptr, ...) @__enzyme_augmentfwd(ptr @f, ptr %x, ptr %dx, i32 %n)
  %again = call ptr (ptr, ...) @__enzyme_augmentfwd(ptr @f, ptr %x, ptr %dx, i32 %n)
  ret ptr %tape
}

define void @backward(ptr %x, ptr %dx, i32 %n, ptr %tape) {
  call void (ptr, ...) @__enzyme_reverse(ptr @f, ptr %x, ptr %dx, i32 %n, ptr %tape)
  ret void
}

define i64 @size() {
  %d = load i32, ptr @enzyme_dup
  %c = load i32, ptr @enzyme_const
  %bytes = call i64 (ptr, ...) @__enzyme_augmentsize(ptr @f, i32 %d, i32 %c)
  ret i64 %bytes
}

declare double @llvm.sin.f64(double)
declare ptr @__enzyme_augmentfwd(ptr, ...)
declare void @__enzyme_reverse(ptr, ...)
declare i64 @__enzyme_augmentsize(ptr, ...)
"""


def callees(function) -> list[str]:
    return [i.called_function.name for i in function.instructions()
            if isinstance(i, CallInst) and i.called_function is not None]


def differentiated():
    module = parse_module(SPLIT, "split.ll")
    differentiate_calls(module)
    return module


def test_one_pair_serves_both_halves():
    module = differentiated()
    forward, backward = module.get_function("forward"), module.get_function("backward")
    assert callees(forward) == ["f.augmented", "f.augmented"]
    assert callees(backward) == ["f.reverse"]
    names = [f.name for f in module.functions if not f.is_declaration]
    assert names.count("f.augmented") == 1 and names.count("f.reverse") == 1


def test_records_on_the_heap_and_size_is_the_record():
    module = differentiated()
    augmented = module.get_function("f.augmented")
    allocs = [i for i in augmented.instructions() if isinstance(i, CallInst)
              and i.called_function.name == "__enzymec_record_alloc"]
    assert allocs and "__enzymec_record_push" not in callees(augmented)
    assert "__enzymec_record_free" in callees(module.get_function("f.reverse"))
    ret = module.get_function("size").blocks[-1].terminator
    assert ret.operands[0].value == allocs[0].args[0].value > 0


def test_module_verifies():
    llvm.parse_assembly(print_module(differentiated())).verify()


# beside the user's split, an ordinary gradient whose recursive callee `r` is split by the
# engine: that pair's reverse runs inside the one gradient call, in LIFO order, so its
# records stay on the per-thread stack; only the user's pair (and pairs its forward runs)
# take the heap
BESIDE = SPLIT.replace("declare double @llvm.sin.f64(double)", r"""
define double @r(double %x, i32 %n) {
entry:
  %stop = icmp sle i32 %n, 0
  br i1 %stop, label %leaf, label %step
leaf:
  ret double %x
step:
  %m = sub i32 %n, 1
  %in = call double @r(double %x, i32 %m)
  %y = call double @llvm.sin.f64(double %in)
  %z = fmul double %y, %x
  ret double %z
}

define double @g(double %x) {
  %y = call double @r(double %x, i32 3)
  ret double %y
}

define double @dg(double %x) {
  %d = call double (ptr, ...) @__enzyme_autodiff(ptr @g, double %x)
  ret double %d
}

declare double @__enzyme_autodiff(ptr, ...)
declare double @llvm.sin.f64(double)""")


def test_records_of_engine_splits_stay_on_the_stack_beside_user_splits():
    module = parse_module(BESIDE, "beside.ll")
    differentiate_calls(module)
    engine = [f for f in module.functions if f.name.startswith("r.augmented")]
    assert len(engine) == 1, [f.name for f in module.functions]
    assert "__enzymec_record_push" in callees(engine[0])
    assert "__enzymec_record_alloc" not in callees(engine[0])
    assert "__enzymec_record_alloc" in callees(module.get_function("f.augmented"))
    llvm.parse_assembly(print_module(module)).verify()
