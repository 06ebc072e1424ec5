"""Calls in differentiated code: math functions by table, harmless functions as inactive,
and a located error for anything else whose derivative would be needed."""

from __future__ import annotations

import os

from enzymec import regex_cache
from enzymec.ir import VOID, CallInst, GlobalVariable, StructType

from enzymec.ir.builder import declare_function

from ..rules import heap
from ..omp import omp_names
from ..analyses.aliasing import write_summaries
from ..entry.registrations import Registrations
# an inner gradient's kept tapes
from ..higher_order.nested_tape import MIRRORED as MIRRORED_TAPE_CALLS
from .call_kinds import (CUSTOM_GRADIENT, INACTIVE_WRITER, MATH, MULTI_MATH, NONLOCAL_JUMP,
                         NONLOCAL_JUMPS, REVERSE, CallKind)
from .doomed import DoomedCalls
from .kind_memo import KindMemo
from ..entry.custom_gradient import custom_kinds, signature_problem
from ..explain.explain_record import record_custom_derivative
from .split_calls import split_kinds, takes_memory_by_value
from ..rules.forward_partners import partner_partial
from ..rules.mathfns import BINARY, FLAT, INTRINSICS, TERNARY, UNARY, canonical_name
from ..rules.rule_builder import intrinsic_suffix
from ..rules import multimath

# functions that never change a derivative: output, timing, assertions, memory bookkeeping
INACTIVE_FUNCTIONS = frozenset("""
printf fprintf sprintf snprintf vprintf vfprintf puts fputs putchar fputc putc fflush
fwrite perror abort exit _exit __assert_fail assert time clock clock_gettime gettimeofday
rand srand random srandom drand48 srand48 getenv strlen strcmp strncmp strcpy strncpy strcat
strchr strrchr strstr strdup atoi atol atof strtol strtod memcmp bcmp
__fpclassify __fpclassifyf __fpclassifyl __isnan __isnanf __isnanl __isinf __isinff __isinfl
__finite __finitef __finitel __signbit __signbitf __signbitl isnan isinf finite
""".split())
# ... of which these write through their pointer arguments (a formatted or copied string, a
# time, strtol's end pointer): no derivative, but memory a reverse sweep may need changes
INACTIVE_WRITERS = frozenset("""
sprintf snprintf strcpy strncpy strcat time clock_gettime gettimeofday strtol strtod
""".split())
INACTIVE_INTRINSICS = ("llvm.lifetime.", "llvm.dbg.", "llvm.assume", "llvm.experimental.noalias",
                       "llvm.stacksave", "llvm.stackrestore", "llvm.prefetch", "llvm.invariant.",
                       "llvm.var.annotation", "llvm.trap", "llvm.debugtrap",
                       # integer arithmetic, no memory (clang's OpenMP loop bounds use smin)
                       "llvm.smin.", "llvm.smax.", "llvm.umin.", "llvm.umax.", "llvm.abs.",
                       # a float's class (isnormal, isnan, fpclassify): an integer answer
                       "llvm.is.fpclass.")

# C++ library code that never carries a derivative, by mangled-name prefix (libstdc++'s
# Itanium names): streams and their buffers, locales, strings, hashing and the hash tables'
# growth policy. Values printed or hashed are simply not differentiated (as Enzyme does).
INACTIVE_PREFIXES = tuple("""
_ZNSo _ZNKSo _ZNSi _ZNKSi _ZNSd _ZStls _ZStrs _ZSt16__ostream_insert _ZSt4endl _ZSt5flush
_ZNSt8ios_base _ZNKSt8ios_base _ZNSt9basic_ios _ZNKSt9basic_ios _ZNSt6locale _ZNKSt6locale
_ZNKSt5ctype _ZNSt15basic_streambuf _ZNKSt15basic_streambuf _ZNSt13basic_filebuf
_ZNSt13basic_ostream _ZNSt13basic_istream _ZNSt14basic_ofstream _ZNSt14basic_ifstream
_ZNSt12__basic_file _ZNSt7__cxx1119basic_ostringstream _ZNKSt7__cxx1119basic_ostringstream
_ZNSt7__cxx1119basic_istringstream _ZNSt7__cxx1118basic_stringstream
_ZNKSt7__cxx1118basic_stringstream _ZNSt7__cxx1115basic_stringbuf
_ZNKSt7__cxx1115basic_stringbuf _ZNSt7__cxx1112basic_string _ZNKSt7__cxx1112basic_string
_ZSt11_Hash_bytes _ZNKSt8__detail20_Prime_rehash_policy _ZNSt8__detail20_Prime_rehash_policy
""".split()) + (
    # the runtime's opaque copy of the C a computed beta = 0 scales (enzymec_rt.c, BLAS): its
    # value gives the derivative with respect to beta; C's tangent is not read (BLAS reads
    # no C at beta = 0)
    "__enzymec_blas_settled_",)

# Rust's panics (bounds checks, assert!, unwrap): they never return, so whatever they format
# carries no derivative. Legacy (_ZN4core9panicking...) and v0 (_RNvNtCs<hash>_4core9panicking
# ...) manglings; the v0 crate hash sits in the middle, hence a pattern and not a prefix.
RUST_PANICS = regex_cache.compile(
    r"_(?:ZN|R\w*?_)(?:(?:4core|3std)9panicking|4core6(?:option|result)"
    r"1[34](?:unwrap|expect)_failed)")


# library functions that only rewire or follow the links of a pointer structure (a
# std::map's red-black tree): the shadow structure gets the same links, so each call runs a
# second time on the shadows (the shadow of its result is the second call's result), and
# has no derivative of its own, as in Enzyme
MIRRORED_FUNCTIONS = frozenset("""
_ZSt18_Rb_tree_incrementPSt18_Rb_tree_node_base _ZSt18_Rb_tree_incrementPKSt18_Rb_tree_node_base
_ZSt18_Rb_tree_decrementPSt18_Rb_tree_node_base _ZSt18_Rb_tree_decrementPKSt18_Rb_tree_node_base
_ZSt29_Rb_tree_insert_and_rebalancebPSt18_Rb_tree_node_baseS0_RS_
_ZSt28_Rb_tree_rebalance_for_erasePSt18_Rb_tree_node_baseRS_
""".split())

INLINE_CALLS = os.environ.get("ENZYMEC_AD_INLINE", "1") != "0"
# a call that can only lead to a throw or an abort (doomed.py): inactive, and it may write
# through its pointers (a message buffer)
DOOMED = INACTIVE_WRITER.replaced(name="on a path to a throw or abort")

__all__ = ["CallRules", "NONLOCAL_JUMPS"]  # NONLOCAL_JUMPS: call_kinds.py's, re-exported


class CallRules:
    """What the engine needs to know about a call."""

    def __init__(self, registrations: Registrations | None = None):
        self.registrations = registrations or Registrations()
        self.inactive_names = self.registrations.inactive
        self.inactive_global_names = self.registrations.inactive_globals
        # (callee, kinds, result kind, stable arguments) -> its (augmented, reverse) pair;
        # set by the driver of AD (cache.Derivatives.split_pair)
        self.split_pair = None
        # the cache of synthesized functions (cache.Derivatives), set by the driver: forward
        # mode asks it for the tangent functions of the callees it keeps
        self.derivatives = None
        self.shadow_globals: dict = {}  # global -> its shadow, made by any gradient
        self.shadow_owners: dict = {}  # pointer global -> (its shadow's owner, its name)
        # enzyme_runtime_activity in some call of the module: gradients check at run time
        # that no shadow pointer they load is its primal (shadow_guard.py)
        self.runtime_activity = False
        self._globals_used: dict = {}
        self._kinds = KindMemo()  # each callee's kind, decided once (kind_memo.py)
        self._doomed = DoomedCalls()  # calls that can only lead to a throw (doomed.py)

    def kind(self, call: CallInst, mode: str = REVERSE) -> CallKind:
        """The call's kind in `mode` (call_kinds.KINDS): what every dispatch site asks. A
        call on a path that can only end in a throw or an abort is inactive (doomed.py)."""
        kind = self._kinds.kind(self, call.called_function, mode)
        if kind.inactive or kind is NONLOCAL_JUMP or not self._doomed.holds(call):
            return kind
        return DOOMED

    def name(self, call: CallInst) -> str | None:
        fn = call.called_function
        return fn.name if fn is not None else None

    def math_name(self, call: CallInst) -> str | None:
        """The derivative-table entry for this call, also for `__enzyme_function_like`."""
        name = self.name(call)
        return self.math_name_of(name) if name is not None else None

    def math_name_of(self, name: str) -> str | None:
        """The derivative-table entry for a callee named `name` (call_kinds.MATH's test)."""
        return self.registrations.function_like.get(name) or canonical_name(name)

    def multi_rule(self, call: CallInst):
        """The rule of a math function with several real inputs or outputs (complex
        arithmetic, outputs through pointers: multimath.py), unless the user registered one."""
        if self.kind(call) is not MULTI_MATH:
            return None
        return multimath.multi_rule(self.name(call))

    def written_arguments(self, call: CallInst) -> list:
        """The pointer arguments a math function (frexp, modf, sincos ...) or an inactive
        library writer (snprintf, strcpy, ...: INACTIVE_WRITERS) writes through."""
        if self.kind(call) is INACTIVE_WRITER:
            return [a for a in call.args if a.type.is_pointer]
        rule = self.multi_rule(call)
        return [call.args[i] for i, _ in rule.writes] if rule is not None else []

    def custom_derivative(self, call: CallInst):
        name = self.name(call)
        return self.registrations.derivatives.get(name) if name else None

    def may_keep_arguments(self, call: CallInst) -> bool:
        """A call the engine differentiates through the callee's own code or a custom
        gradient (split_calls.py): the callee may store an argument anywhere."""
        return self.kind(call).keeps_arguments

    def globals_used_by(self, function) -> set:
        """Writable globals holding floating-point data that `function` or a function it
        calls (with a body) refers to: what a split call may read or write besides its
        arguments."""
        cached = self._globals_used.get(function)
        if cached is not None:
            return cached
        from enzymec.analysis.activity import differentiable, underlying_object
        from ..analyses.aliasing import reachable_functions
        found = set()
        for reached in reachable_functions(function):
            for inst in reached.instructions():
                for op in inst.operands:
                    base = underlying_object(op)
                    if isinstance(base, GlobalVariable) and not base.is_constant and \
                            base.name not in self.inactive_global_names and \
                            base.value_type is not None and \
                            differentiable(base.value_type, function.module.struct_bodies):
                        found.add(base)
        self._globals_used[function] = found
        return found

    def custom_gradient(self, call: CallInst):
        """The user's (augmented forward, reverse) pair registered for the callee, or None."""
        name = self.name(call)
        return self.registrations.gradients.get(name) if name else None

    def is_custom_gradient(self, call: CallInst) -> bool:
        """The call's kind is CUSTOM_GRADIENT (call_kinds.py): the user's pair runs it."""
        return self.kind(call) is CUSTOM_GRADIENT

    def keeps_call(self, callee) -> bool:
        """Calls the engine handles as calls, which inlining must therefore leave alone: those
        of a kind that needs the call (CallKind.inline_keep, in any mode).

        `ENZYMEC_AD_INLINE=0` (a testing knob) keeps every call a split call can handle, so
        the whole gradient test suite can exercise augmented forward and reverse functions."""
        ret = callee.return_type
        if not INLINE_CALLS and (ret == VOID or ret.is_float or ret.is_integer
                                 or ret.is_pointer) and \
                not takes_memory_by_value(callee):
            return True
        return self.has_named_rule(callee)

    def has_named_rule(self, callee) -> bool:
        """The kind of `callee`'s calls in any mode needs the call (inactive, registered,
        function-like, a parallel region: CallKind.inline_keep): the call must stay."""
        return self._kinds.kind(self, callee, None).inline_keep

    def is_inactive(self, call: CallInst) -> bool:
        """The call's kind is inactive (call_kinds.py): what activity analysis asks. A
        non-local jump stays one even when the user marks it inactive (it is refused)."""
        return self.kind(call).inactive

    @staticmethod
    def inactive_writer(name: str | None) -> bool:
        """Calls of `name` carry no derivative but write through their pointer arguments
        (call_kinds.INACTIVE_WRITER's test)."""
        return name in INACTIVE_WRITERS

    def inactive_name(self, name: str | None) -> bool:
        """Calls of `name` never change a derivative (call_kinds.INACTIVE's test)."""
        if name is None:
            return False
        return (name in INACTIVE_FUNCTIONS or name in self.inactive_names
                or omp_names.is_inactive(name) or name.startswith(INACTIVE_INTRINSICS) or name.startswith(INACTIVE_PREFIXES)
                or RUST_PANICS.match(name) is not None)

    def is_mirrored(self, call: CallInst) -> bool:
        """A call that runs again on the shadows of its pointer arguments (MIRRORED_FUNCTIONS)."""
        return self.mirrored_name(self.name(call))

    @staticmethod
    def mirrored_name(name: str | None) -> bool:
        return name in MIRRORED_FUNCTIONS or name in MIRRORED_TAPE_CALLS

    def is_allocation(self, call: CallInst) -> bool:
        return heap.is_allocation(call)

    def transfer(self, call: CallInst):
        """(destination, source) pointers of a memcpy/memmove or realloc, else None."""
        return heap.transfer(call)

    def is_memory_function(self, call: CallInst) -> bool:
        """Allocation, deallocation, memset or memcpy/memmove (call_kinds' memory kinds)."""
        return self.kind(call).memory

    def check(self, ctx, call: CallInst) -> None:
        """Fail, with the call's source location, if its derivative cannot be formed (the
        check of the call's kind, call_kinds.py; ctx: the function's CallContext)."""
        check = self.kind(call).check
        if check is not None:
            check(ctx, call)

    def check_multi(self, ctx, call: CallInst, rule) -> None:
        """A multimath call must have its rule's shape and a shadow for each output (ctx:
        the function's call_context.CallContext)."""
        act = ctx.activity
        name = self.name(call)
        problem = multimath.shape_problem(call, rule)
        lost = multimath.lost_output(call, rule, act)
        if problem is None and lost is not None:
            problem = "it writes active data through a pointer without derivative memory"
        if problem is not None:
            ctx.fail(call, f"cannot differentiate the call to '{name}': {problem}",
                     "pass derivative memory (enzyme_dup) for every output pointer, use "
                     "double or float, or register a derivative with ENZYMEC_DERIVATIVE")
        others = set(call.args) - set(self.written_arguments(call))
        if any(a.type.is_pointer and act.points_into_shadowed(a) for a in others):
            ctx.fail(call, f"cannot differentiate the call to '{name}': a complex "
                           f"value passed in memory")

    def writes_shadowed(self, ctx, call: CallInst) -> bool:
        """A multimath call that writes memory with a shadow, whose reverse must run even
        when its result is not active (ctx: the function's context, for its activity)."""
        rule = self.multi_rule(call)
        return rule is not None and multimath.writes_shadowed(call, rule, ctx.activity)

    @staticmethod
    def carries_derivatives(call: CallInst, act) -> bool:
        """A derivative may pass through `call`: its result is active, or an argument points
        into shadowed memory (the callee may read or write active data there). Decides both
        which calls `check` must be able to differentiate and which unknown-target fallbacks
        of promoted indirect calls become a run-time abort (indirect.settle_fallbacks)."""
        return act.is_active(call) or any(act.points_into_shadowed(a) for a in call.args)

    def custom_gradient_problem(self, call: CallInst, act) -> str | None:
        augment, reverse = self.custom_gradient(call)
        if call.type.is_pointer and call in act.shadowed:
            return "custom gradients of functions returning pointers are not supported"
        problem = signature_problem(call.called_function, augment, reverse,
                                    self.writes_nothing(call.called_function))
        kinds = custom_kinds(call, augment, act)
        return problem or (kinds if isinstance(kinds, str) else None)

    def writes_nothing(self, function) -> bool:
        """Whether `function` writes no memory its caller can see (only fresh memory of its
        own), so that calling it once more changes nothing; external ones only if they are
        known math functions."""
        if function.is_declaration:
            name = function.name
            return (self.registrations.function_like.get(name) or canonical_name(name)) \
                is not None
        summary = write_summaries(self).of(function)
        return not (summary.arguments or summary.foreign or summary.unknown)

    def split_kinds(self, call: CallInst, act) -> tuple[str, ...]:
        """The callee's activity per argument in a split call (of kind CUSTOM_GRADIENT: by
        the user's augmented forward, else KEPT_CALLEE: by the caller's activity)."""
        if self.is_custom_gradient(call):
            return custom_kinds(call, self.custom_gradient(call)[0], act)
        return split_kinds(call, act)

    def needs_split(self, ctx, call: CallInst) -> bool:
        """A call to a function with a body, left by the inliner, or with a custom gradient,
        that carries derivatives: differentiated through the callee's augmented forward and
        reverse (split_calls.py)."""
        if not self.may_keep_arguments(call):
            return False
        callee = call.called_function
        act = ctx.activity
        return (act.is_active(call) or call in act.shadowed  # its result needs a shadow
                or any(act.points_into_shadowed(a) or act.is_active(a) for a in call.args)
                or not callee.is_declaration and bool(self.globals_used_by(callee) & act.shadowed))

    def prefer_intrinsics(self, function) -> None:
        """Call `llvm.pow.f64` instead of libm's `pow` in a gradient's forward sweep.

        The intrinsic does not set errno, so LLVM may delete a forward call whose result the
        gradient never uses (taylor_log's forward `pow`), which it cannot for libm's."""
        for call in [i for i in function.instructions() if isinstance(i, CallInst)]:
            if self._kinds.kind(self, call.called_function, None) is not MATH:
                continue  # a user's registration of the name wins in every mode
            name = self.name(call)
            math = canonical_name(name)
            if math not in INTRINSICS or name.startswith("llvm.") or math == "powi":
                continue
            ty = call.type
            if not all(a.type == ty for a in call.args) or not ty.is_float:
                continue
            intrinsic = declare_function(function.module, f"llvm.{math}.{intrinsic_suffix(ty)}",
                                         call.function_type)
            call.set_operand(call.arg_count, intrinsic)

    def reverse(self, ctx, b, call: CallInst, dy) -> list:
        """Contributions of `dy` to each argument of an active call (then None for the
        callee), by the reverse rule of its kind (call_kinds.py)."""
        return self.kind(call).reverse(ctx, b, call, dy)

    def reverse_math(self, ctx, b, call: CallInst, dy) -> list:
        """Contributions of `dy` to each argument of a math-table call (ctx: the function's
        call_context.CallContext)."""
        name = self.math_name(call)
        args = call.args
        out = [None] * len(call.operands)
        if name in FLAT:
            return out
        primals = [b.lazy_primal(a) for a in args]
        result = b.lazy_primal(call)
        if name in UNARY:
            rules = (UNARY[name],)
        else:
            rules = BINARY.get(name) or TERNARY[name]
        paired = partner_partial(b, ctx.function.partners, call, name)
        for index, rule in enumerate(rules):
            if rule is not None and ctx.activity.is_active(args[index]):
                partial = paired if paired is not None else rule(b, *primals, result)
                out[index] = b.fmul(dy, partial)
        return out

    def reverse_custom(self, ctx, b, call: CallInst, dy) -> list:
        """dy times the partials the registered derivative function returns."""
        derivative = self.custom_derivative(call)
        record_custom_derivative(ctx.function, call, derivative.name)
        args = call.args
        floats = [i for i, a in enumerate(args) if a.type.is_float]
        primals = [b.primal(a) for a in args]
        if derivative.args and "sret" in derivative.args[0].attrs:
            # the partials come back through memory (a struct too large for registers)
            partials_type = StructType(tuple(args[i].type for i in floats))
            memory = ctx.function.entry.alloca(partials_type, "partials.memory")
            b.call(derivative, [memory, *primals])
            partials = b.load(partials_type, memory, "partials")
        else:
            partials = b.call(derivative, primals, name="partials")
        out = [None] * len(call.operands)
        for position, index in enumerate(floats):
            if not ctx.activity.is_active(args[index]):
                continue
            partial = partials if len(floats) == 1 else \
                b.extractvalue(partials, [position], args[index].type)
            out[index] = b.fmul(dy, partial)
        return out

