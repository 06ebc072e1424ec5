"""Differentiation requests: what a call of Enzyme's API asks for, decoded in one place.

Every entry point (`__enzyme_autodiff`, `__enzyme_fwddiff`, ...) names a `Mode`. Its call
site is decoded into a `Request` — the function, the mode, the activity of each parameter,
the vector width and the result convention — which is also the key of the cache of
synthesized functions (cache.py): two call sites asking for the same thing share one.

`CallSite` does what every mode shares: the sret pointer of a large result, the function
argument, marker arguments (`enzyme_dup`, ... and flags), C's default promotions through
`...`, shadows that must differ from their primals. A mode's subclass supplies its
conventions: the default activity of a parameter by type, the activities it allows, the
type of the synthesized function's result, and how the call is replaced.
"""

from __future__ import annotations

from enum import Enum

from enzymec.diagnostics import CompileError
from enzymec.ir import (CallInst, Function, GlobalAlias, GlobalVariable, Instruction, IntType,
                        InvokeInst, MemoryInst, Type)
from enzymec.ir.builder import IRBuilder
from enzymec.records import FrozenRecord, init_field

from .entry_points import entry_mode
from .markers import ACTIVITY, FLAGS, base_name, is_marker_name, refusal
from .shadow_guard import check_shadow, describe

MARKER_HINT = ("enzymec's markers: enzyme_dup, enzyme_dupnoneed, enzyme_const, enzyme_out, and "
               "the flags " + ", ".join(FLAGS))

# C passes bool, char and short through `...` as int: narrowed back like this (bool: != 0,
# which is C's conversion and Enzyme's truncation for the 0 and 1 a promoted bool holds).
NARROW_INT_BITS = (1, 8, 16)

class Mode(Enum):
    """A differentiation mode; its value is the name entry_points.ENTRY_MODES uses."""

    REVERSE = "reverse"
    FORWARD = "forward"
    AUGMENTED = "augmented forward"
    SPLIT_REVERSE = "split reverse"
    AUGMENT_SIZE = "augmented tape size"
    VIRTUAL_REVERSE = "virtual reverse"
    SPLIT_FORWARD = "split forward"
    BATCHED = "batched"
    ITERATED = "iterated (higher-order)"


def entry_point_mode(name: str) -> Mode | None:
    """The mode a call of the function named `name` asks for, or None."""
    mode = entry_mode(name)
    return Mode(mode) if mode is not None else None


class Request(FrozenRecord):
    """One synthesized function: `function` differentiated in `mode` with `activity[i]`
    (const, dup, dupnoneed, out) for parameter i, `width` derivatives at once, returning
    `return_type`; `options` holds the mode's result conventions (sorted name=value pairs)."""

    _fields = ("function", "mode", "activity", "return_type", "width", "options")

    def __init__(
            self, function: Function, mode: Mode, activity: tuple[str, ...], return_type: Type,
            width: int = 1, options: tuple = ()
    ) -> None:
        init_field(self, "function", function)
        init_field(self, "mode", mode)
        init_field(self, "activity", activity)
        init_field(self, "return_type", return_type)
        init_field(self, "width", width)
        init_field(self, "options", options)

    def option(self, name: str, default=None):
        return dict(self.options).get(name, default)


class CallSite:
    """One call of an entry point, decoded; subclasses give a mode's conventions."""

    mode: Mode
    kinds_allowed = ("dup", "dupnoneed", "const", "out")

    def __init__(self, call: CallInst, debug):
        self.call = call
        self.debug = debug
        args = list(call.args)
        self.sret = None
        if call.arg_attrs and "sret" in call.arg_attrs[0]:
            self.sret = args.pop(0)
        if not args:
            self.error("the autodiff call needs the function to differentiate")
        self.function = self.target_function(args[0])
        self.markers: set[Instruction] = set()
        self.flags: set[str] = set()
        self.kinds, self.forwarded = self.decode(args[1:])
        self.check_flags()
        self.check_distinct_shadows()

    # -- what a mode supplies ---------------------------------------------------------------
    def default_kind(self, ty: Type) -> str:
        raise NotImplementedError

    def request(self) -> Request:
        raise NotImplementedError

    def replace(self, synthesized: Function) -> None:
        raise NotImplementedError

    def check_flags(self) -> None:
        """A mode refuses flags that make no sense for it."""

    def mode_marker(self, name: str, queue: list) -> bool:
        """A marker only this mode knows (`enzyme_width, N`, `enzyme_tape, t`, ...): consume
        it (its load into `self.markers`) and the values that follow it from `queue` and
        return True; markers.py says what every other marker is."""
        return False

    def take_trailing(self, queue: list) -> None:
        """Values after the last parameter's (split mode's result adjoint and tape): a mode
        that takes some consumes them from `queue`; what is left is an error."""

    def check_kind(self, kind: str, param) -> None:
        """A mode refuses activities it has no meaning for."""
        if kind not in self.kinds_allowed:
            self.error(f"parameter {param.index + 1} of '{self.function.name}' is marked "
                       f"enzyme_{kind}, which {self.mode.value} mode does not accept")

    def erase_call(self) -> None:
        """Remove the entry point's call once its replacement is in place; in C++ the call
        may be an invoke: a synthesized function does not throw, so keep the normal edge."""
        if isinstance(self.call, InvokeInst):
            block = self.call.block
            normal, unwind = self.call.operands[-2:]
            self.call.drop_operands()
            IRBuilder(self.call.function).position_at_end(block).br(normal)
            for phi in unwind.phis:
                kept = [x for value, pred in phi.incoming if pred is not block
                        for x in (value, pred)]
                phi.set_operands(kept)
        self.call.erase()

    # -- shared decoding --------------------------------------------------------------------
    def error(self, message: str, note: str = ""):
        raise CompileError(message, self.debug.location(self.call), note)

    def target_function(self, value) -> Function:
        while isinstance(value, GlobalAlias) and value.kind == "alias":
            value = value.aliasee  # zig's `export fn` is an alias of the function itself
        if not isinstance(value, Function):
            self.error("the first argument of the autodiff call must be a function known at "
                       "compile time", "name the function itself; to differentiate through a "
                       "function pointer, call it inside a function you differentiate")
        if value.is_declaration:
            self.error(f"cannot differentiate '{value.name}': its body is not in this "
                       f"translation unit", "compile its definition in the same file, or link "
                       "the units into one module with enzymec -flto (a C99 'inline' "
                       "definition, neither static nor extern, has no body at -O0: declare "
                       "it 'static inline', or compile with -O1 or higher)")
        return value

    @staticmethod
    def marker_name(value) -> str | None:
        """The marker a value is (a load of an `enzyme_*` global, or in C++ the global's
        address, `&enzyme_const`, as Enzyme also accepts), or None."""
        if isinstance(value, GlobalVariable) and is_marker_name(value.name):
            return base_name(value.name)
        if isinstance(value, MemoryInst) and value.opcode == "load":
            ptr = value.operands[0]
            if isinstance(ptr, GlobalVariable) and is_marker_name(ptr.name):
                return base_name(ptr.name)
        return None

    def take_marker(self, queue: list) -> None:
        """Drop the marker at the head of `queue`; a load is erased once the call is gone."""
        value = queue.pop(0)
        if isinstance(value, Instruction):
            self.markers.add(value)

    def take_markers(self, queue: list) -> str | None:
        """Consume the markers at the head of `queue`: flags are noted, an unsupported or
        unknown marker is an error; returns the activity they give (the last one wins)."""
        kind = None
        while queue and (name := self.marker_name(queue[0])) is not None:
            if self.mode_marker(name, queue):
                continue
            problem = refusal(name)
            if problem:
                self.error(f"{problem} (in the autodiff call of '{self.function.name}')",
                           MARKER_HINT)
            self.take_marker(queue)
            if name in FLAGS:
                self.flags.add(name)
            else:
                kind = ACTIVITY[name]
        return kind

    def decode(self, args: list, hidden: tuple = ()) -> tuple[tuple[str, ...], list]:
        """Per-parameter kinds, and the values the synthesized function is called with;
        `hidden`: the values of the first parameter when the caller passes none for it
        (primal, shadow: a dup), as ForwardCall does for a result returned through sret."""
        kinds, forwarded, queue = [], [], list(args)
        self.shadow_pairs: list[tuple[int, object, object]] = []
        params = self.function.args
        if hidden:
            kinds, forwarded, params = ["dup"], list(hidden), params[1:]
            self.shadow_pairs.append((0, *hidden))
        for param in params:
            kind = self.take_markers(queue) or self.default_kind(param.type)
            self.check_kind(kind, param)
            forwarded += self.take_values(kind, param, queue)
            kinds.append(kind)
        kind = self.take_markers(queue)
        self.take_trailing(queue)
        if kind is not None or queue:
            self.error(f"too many arguments in the autodiff call of '{self.function.name}'")
        return tuple(kinds), forwarded

    def take_values(self, kind: str, param, queue: list) -> list:
        """The values parameter `param` of activity `kind` takes from `queue`: the primal,
        and after a dup one its shadow (a vector mode takes more)."""
        needed = 2 if kind in ("dup", "dupnoneed") else 1
        if len(queue) < needed:
            self.error(f"too few arguments in the autodiff call of '{self.function.name}': "
                       f"parameter {param.index + 1} ({param.type}) is {kind} and needs "
                       f"{needed} value(s)", "pass the value, and after a dup parameter its "
                       "shadow (derivative memory of the same shape)")
        if param.index == 0 and "sret" in param.attrs and not queue[0].type.is_pointer:
            self.error(f"an argument of type {queue[0].type} is passed where "
                       f"'{self.function.name}' expects a pointer: it returns its struct "
                       f"result through a hidden first parameter (the C ABI's sret)",
                       "pass the result buffer first, with its adjoint seeds: enzyme_dup, "
                       "&out, &dout (forward mode returns the tangent struct when the call is "
                       "declared to return that struct)")
        values = [self.coerce(value, param.type) for value in queue[:needed]]
        del queue[:needed]
        if needed == 2:
            self.shadow_pairs.append((param.index, *values))
        return values

    def check_distinct_shadows(self) -> None:
        """A shadow pointer that is the primal pointer itself (Enzyme's runtime-activity way
        to say "constant") would receive derivatives into the primal memory: refuse it."""
        for index, primal, shadow in self.shadow_pairs:
            if primal.type.is_pointer and _without_casts(primal) is _without_casts(shadow):
                self.error(f"the shadow of parameter {index + 1} of '{self.function.name}' is "
                           f"the primal pointer itself, so its derivatives would overwrite the "
                           f"primal memory", "pass distinct shadow memory, or mark the "
                           "parameter enzyme_const")

    def check_shadows_at_run_time(self) -> None:
        """enzyme_runtime_activity: a shadow argument equal to its primal stops the program."""
        b = IRBuilder(self.call.function).position_before(self.call)
        where = self.debug.location(self.call)
        for index, primal, shadow in self.shadow_pairs:
            if primal.type.is_pointer:  # pointers inside byval memory are checked as loaded
                check_shadow(b, primal, shadow, describe(where, f"parameter {index + 1} of "
                                                                f"'{self.function.name}'"))

    def coerce(self, value, ty: Type):
        """Undo C's default promotions through `...`: float to double, and bool, char and
        short to int."""
        if value.type == ty:
            return value
        b = IRBuilder(self.call.function).position_before(self.call)
        if str(value.type) == "double" and str(ty) == "float":
            return b.cast("fptrunc", value, ty, "unpromoted")
        if isinstance(value.type, IntType) and isinstance(ty, IntType) and \
                ty.bits in NARROW_INT_BITS and ty.bits < value.type.bits:
            if ty.bits == 1:
                return b.icmp("ne", value, 0, "unpromoted")
            return b.cast("trunc", value, ty, "unpromoted")
        self.error(f"an argument of type {value.type} is passed where "
                   f"'{self.function.name}' expects {ty}")


def _without_casts(value):
    """The pointer behind bitcasts and address-space casts (the same address)."""
    while getattr(value, "opcode", None) in ("bitcast", "addrspacecast"):
        value = value.operands[0]
    return value
