"""Calls in differentiated code: math functions by table, harmless functions as inactive,
and a located error for anything else whose derivative would be needed."""

from __future__ import annotations

from enzymec.ir import CallInst

from enzymec.ir.builder import declare_function

from . import heap
from .registrations import Registrations
from .mathfns import BINARY, FLAT, INTRINSICS, TERNARY, UNARY, canonical_name

# functions that never change a derivative: output, timing, assertions, memory bookkeeping
INACTIVE_FUNCTIONS = frozenset("""
printf fprintf sprintf snprintf vprintf vfprintf puts fputs putchar fputc putc fflush
fwrite perror abort exit _exit __assert_fail assert time clock clock_gettime gettimeofday
rand srand random srandom drand48 srand48 getenv strlen strcmp strncmp strcpy strncpy strcat
strchr strrchr strstr strdup atoi atol atof strtol strtod
""".split())
INACTIVE_INTRINSICS = ("llvm.lifetime.", "llvm.dbg.", "llvm.assume", "llvm.experimental.noalias",
                       "llvm.stacksave", "llvm.stackrestore", "llvm.prefetch", "llvm.invariant.",
                       "llvm.var.annotation", "llvm.trap", "llvm.debugtrap")


# non-local control flow: the reverse sweep could never retrace a jump like this
NONLOCAL_JUMPS = frozenset({"setjmp", "_setjmp", "__sigsetjmp", "sigsetjmp", "longjmp",
                            "_longjmp", "siglongjmp", "__longjmp_chk"})


class CallRules:
    """What the engine needs to know about a call."""

    def __init__(self, registrations: Registrations | None = None):
        self.registrations = registrations or Registrations()
        self.inactive_names = self.registrations.inactive
        self.gradient_of = None  # function -> its scalar gradient (set by the driver of AD)

    def name(self, call: CallInst) -> str | None:
        fn = call.called_function
        return fn.name if fn is not None else None

    def math_name(self, call: CallInst) -> str | None:
        """The derivative-table entry for this call, also for `__enzyme_function_like`."""
        name = self.name(call)
        if name is None:
            return None
        return self.registrations.function_like.get(name) or canonical_name(name)

    def custom_derivative(self, call: CallInst):
        name = self.name(call)
        return self.registrations.derivatives.get(name) if name else None

    def keeps_call(self, callee) -> bool:
        """Calls the engine handles as calls, which inlining must therefore leave alone."""
        name = callee.name
        return (name in self.inactive_names or name in self.registrations.derivatives
                or name in self.registrations.function_like)

    def is_inactive(self, call: CallInst) -> bool:
        name = self.name(call)
        if name is None:
            return False
        return (name in INACTIVE_FUNCTIONS or name in self.inactive_names
                or name.startswith(INACTIVE_INTRINSICS))

    def is_allocation(self, call: CallInst) -> bool:
        return heap.is_allocation(call)

    def transfer(self, call: CallInst):
        """(destination, source) pointers of a memcpy/memmove or realloc, else None."""
        return heap.transfer(call)

    def is_memory_function(self, call: CallInst) -> bool:
        return (heap.is_allocation(call) or heap.is_deallocation(call) or heap.is_memset(call)
                or heap.is_memcpy(call))

    def check(self, synthesizer, call: CallInst) -> None:
        """Fail, with the call's source location, if its derivative cannot be formed."""
        act = synthesizer.activity
        if self.name(call) in NONLOCAL_JUMPS:
            synthesizer.fail(call, f"cannot differentiate code that calls '{self.name(call)}': "
                                   f"the reverse sweep cannot retrace a non-local jump")
        if self.is_inactive(call) or self.is_memory_function(call):
            return
        touches_memory = any(act.points_into_shadowed(a) for a in call.args)
        if not act.is_active(call) and not touches_memory:
            return
        name = self.name(call)
        if name is None:
            synthesizer.fail(call, "cannot differentiate an indirect call or inline assembly "
                                   "that uses active values")
        if (self.math_name(call) is not None or self.custom_derivative(call) is not None) \
                and not touches_memory:
            return
        if not touches_memory and self.differentiable_by_gradient(call):
            return
        what = "memory it reads or writes" if touches_memory else "its result"
        if call.called_function.is_declaration:
            synthesizer.fail(call, f"cannot differentiate the call to external function "
                                   f"'{name}': it has no body and no derivative rule, and "
                                   f"{what} depends on the active inputs",
                             "register a custom derivative for it, or mark it inactive")
        reason = ("it is recursive" if _is_recursive(call.called_function) else
                  "it could not be inlined")
        synthesizer.fail(call, f"cannot differentiate the call to '{name}' yet: {reason}, and "
                               f"gradients of calls that are not inlined are not supported",
                         "register a derivative for it with ENZYMEC_DERIVATIVE")

    def prefer_intrinsics(self, function) -> None:
        """Call `llvm.pow.f64` instead of libm's `pow` in a gradient's forward sweep.

        The intrinsic does not set errno, so LLVM may delete a forward call whose result the
        gradient never uses (taylor_log's forward `pow`), which it cannot for libm's."""
        from .reverse_builder import intrinsic_suffix
        for call in [i for i in function.instructions() if isinstance(i, CallInst)]:
            name = self.name(call)
            math = canonical_name(name) if name else None
            if math not in INTRINSICS or name.startswith("llvm.") or math == "powi":
                continue
            ty = call.type
            if not all(a.type == ty for a in call.args) or not ty.is_float:
                continue
            intrinsic = declare_function(function.module, f"llvm.{math}.{intrinsic_suffix(ty)}",
                                         call.function_type)
            call.set_operand(call.arg_count, intrinsic)

    def differentiable_by_gradient(self, call: CallInst) -> bool:
        """A call the inliner left (recursion) to a function of scalars returning a float:
        its reverse calls that function's own gradient (which recomputes its forward)."""
        callee = call.called_function
        return (self.gradient_of is not None and callee is not None
                and not callee.is_declaration and callee.return_type.is_float
                and all(a.type.is_float or a.type.is_integer for a in callee.args)
                and any(a.type.is_float for a in callee.args))

    def reverse(self, b, call: CallInst, dy) -> list:
        """Contributions of `dy` to each argument of a math call (then None for the callee)."""
        if self.custom_derivative(call) is not None:
            return self.reverse_custom(b, call, dy)
        if self.math_name(call) is None and self.differentiable_by_gradient(call):
            return self.reverse_custom(b, call, dy, self.gradient_of(call.called_function))
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
        for index, rule in enumerate(rules):
            if rule is not None and b.synthesizer.activity.is_active(args[index]):
                partial = rule(b, *primals, result)
                out[index] = b.fmul(dy, partial)
        return out

    def reverse_custom(self, b, call: CallInst, dy, derivative=None) -> list:
        """dy times the partials the registered derivative function (or the callee's own
        gradient) returns."""
        derivative = derivative or self.custom_derivative(call)
        args = call.args
        partials = b.call(derivative, [b.primal(a) for a in args], name="partials")
        out = [None] * len(call.operands)
        floats = [i for i, a in enumerate(args) if a.type.is_float]
        for position, index in enumerate(floats):
            if not b.synthesizer.activity.is_active(args[index]):
                continue
            partial = partials if len(floats) == 1 else \
                b.extractvalue(partials, [position], args[index].type)
            out[index] = b.fmul(dy, partial)
        return out


def _is_recursive(function) -> bool:
    from .inline import _calls_itself
    return _calls_itself(function)
