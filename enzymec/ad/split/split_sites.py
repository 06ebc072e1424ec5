"""Split mode for users, Enzyme's conventions: `__enzyme_augmentfwd`, `__enzyme_reverse`
and `__enzyme_augmentsize`.

    tape = __enzyme_augmentfwd(f, args...)             runs f and returns its tape
    ... any code, which may overwrite f's inputs ...
    __enzyme_reverse(f, args..., [d_result,] tape)     adds the adjoints, frees the tape

Parameters take activities as in `__enzyme_autodiff` (reverse_call.py). `__enzyme_augmentfwd`
returns the tape, then f's result (unless `enzyme_noret`), as a struct `{void *tape; double
result}` (just the tape when f returns void). `__enzyme_reverse` takes, after f's arguments,
the adjoint of f's floating-point result (unless `enzyme_const_return`; left out when the tape
comes through `enzyme_tape`, it is 1), then the tape, and returns the adjoints of the `out`
parameters like `__enzyme_autodiff`. A pointer result is duplicated: the augmented forward
returns its shadow last (`{tape, result, shadow}`), and the caller seeds the adjoint through
it. `enzyme_tape, p` passes the tape through memory instead: the augmented forward stores it
at p, the reverse loads it from p; with `enzyme_allocated, N` p is N bytes of the caller's
memory that hold the tape record itself, whose size `__enzyme_augmentsize(f, markers...)`
gives (0 if there is no tape).

Both calls are served by one split pair (cache.Derivatives.split_pair) of f for the same
activities, so their tapes agree; no argument is assumed unchanged between the halves, unless
the caller promises it with `enzyme_not_overwritten` before the parameter (split_promises.py).
"""

from __future__ import annotations

from enzymec.ir import (I64, PTR, VOID, AllocaInst, ConstantInt, Function, FunctionType, IntType,
                        StructType)
from enzymec.ir.builder import IRBuilder, const_float, declare_function
from enzymec.ir.values import SimpleConstant

from ..analyses.aliasing import reachable_functions
from ..rules.runtime_calls import runtime_function
from ..entry.markers import ACTIVITY, FLAGS, refusal
from .split_promises import MARKER as NOT_OVERWRITTEN, PromiseMarkers, stable_by_promise
from .split_result_order import fields_by_type, sret_fields
from ..entry.requests import CallSite, Mode, Request
from ..entry.reverse_call import ReverseCall
from .split_tape import augmented_tape_bytes, reverse_tape_bytes


class SplitSite(ReverseCall):
    """What the three entry points share: activities as in reverse mode, the result kind,
    and the tape markers."""

    def __init__(self, call, debug):
        self.tape_pointer = None  # enzyme_tape, p
        self.allocated = None     # enzyme_allocated, N
        self.promises = PromiseMarkers()  # enzyme_not_overwritten before parameters
        super().__init__(call, debug)
        if self.promises.pending:
            self.error(f"'{NOT_OVERWRITTEN}' must come before a parameter of "
                       f"'{self.function.name}' (it promises that parameter's memory is not "
                       f"written between the two halves)", "put it before the argument")
        if self.allocated is not None and self.tape_pointer is None:
            self.error(f"'enzyme_allocated' needs 'enzyme_tape' (the memory that holds the "
                       f"tape) in the {self.mode.value} call of '{self.function.name}'",
                       "add enzyme_tape, p (p: that many bytes), or drop enzyme_allocated")

    def mode_marker(self, name: str, queue: list) -> bool:
        if name == "enzyme_primal_return":
            self.error(f"'enzyme_primal_return' has no meaning in split mode (in the call of "
                       f"'{self.function.name}'): __enzyme_augmentfwd returns the primal "
                       f"result already", "remove enzyme_primal_return")
        if name == NOT_OVERWRITTEN:
            self.take_marker(queue)
            self.promises.take()
            return True
        if name not in ("enzyme_tape", "enzyme_allocated"):
            return False
        self.markers.add(queue.pop(0))
        if not queue or self.marker_name(queue[0]) is not None:
            self.error(f"'{name}' must be followed by a value (in the call of "
                       f"'{self.function.name}')", f"write {name}, VALUE")
        value = queue.pop(0)
        if name == "enzyme_tape":
            if not value.type.is_pointer:
                self.error(f"'enzyme_tape' must be followed by a pointer, not {value.type}",
                           "pass the address of the tape's memory")
            self.tape_pointer = value
        elif not isinstance(value, ConstantInt) or value.value < 0:
            self.error(f"'enzyme_allocated' must be followed by a size known at compile time "
                       f"(in the call of '{self.function.name}')",
                       "use a constant at least as large as __enzyme_augmentsize(...)")
        else:
            self.allocated = value.value
        return True

    def result_kind(self) -> str:
        """How f's result takes part: `out` (a float: the reverse gets its adjoint), `dup`
        (a pointer: the augmented forward returns its shadow too) or `const`
        (enzyme_const_return, or no floating-point value)."""
        ret = self.function.return_type
        if "enzyme_const_return" in self.flags:
            return "const"
        if ret.is_pointer:
            return "dup"
        return "out" if ret.is_float else "const"

    def take_values(self, kind: str, param, queue: list) -> list:
        self.promises.attach(param.index)
        return super().take_values(kind, param, queue)

    def request(self) -> Request:
        return Request(self.function, self.mode, self.kinds, self.function.return_type,
                       options=(("result", self.result_kind()),) + self.promises.option())

    def check_size(self, size: int | None) -> int:
        """The tape's size in bytes; an error when it is unknown or larger than allocated."""
        if size is None:
            self.error(f"the size of the tape of '{self.function.name}' is not known: its "
                       f"gradient is a registered custom one",
                       "pass the tape without enzyme_allocated")
        if self.allocated is not None and size > self.allocated:
            self.error(f"the tape of '{self.function.name}' needs {size} bytes but "
                       f"'enzyme_allocated' gives {self.allocated}",
                       f"allocate __enzyme_augmentsize(...) = {size} bytes")
        return size


class AugmentedCall(SplitSite):
    """`__enzyme_augmentfwd(f, args...)`: runs f's augmented forward."""

    mode = Mode.AUGMENTED

    def gradient_return_type(self):
        self.refuse_aggregate_result()
        return self.call.type

    def replace(self, augmented: Function) -> None:
        b = IRBuilder(self.call.function).position_before(self.call)
        returned = b.call(augmented, self.forwarded, name="augmented")
        tape, *results = unpack(b, returned, self.function.return_type)
        if "enzyme_noret" in self.flags:
            results = []  # neither the result nor its shadow (Enzyme's returnUsed)
        if self.tape_pointer is None:
            results.insert(0, tape)
        elif self.allocated is None:
            b.store(tape, self.tape_pointer)
        else:
            self.move_record(b, tape, self.check_size(augmented_tape_bytes(augmented)))
        self.hand_over(b, results)
        self.erase_call()

    def move_record(self, b: IRBuilder, tape, size: int) -> None:
        """Copy the heap record into the caller's memory, and release it."""
        if size:
            copy = memcpy(b)
            b.call(copy, [self.tape_pointer, tape, ConstantInt(I64, size),
                          ConstantInt(IntType(1), 0)])
            b.call(runtime_function(b.function.module, "record_free"), [tape])

    def hand_over(self, b: IRBuilder, pieces: list) -> None:
        """The call's result: the pieces as its declared type (one value, or a struct)."""
        declared, types = self.call.type, tuple(p.type for p in pieces)
        if self.sret is not None:
            placed = sret_fields(self.call, self.call.function.module, pieces)
            if placed is None:
                self.error(f"__enzyme_augmentfwd's declared struct cannot hold what the "
                           f"augmented forward of '{self.function.name}' returns ("
                           f"{', '.join(map(str, types))})",
                           "declare it as struct { void *tape; T result; }")
            pieces, types = placed, tuple(p.type for p in placed)
        if self.sret is not None or isinstance(declared, StructType) and \
                tuple(declared.elements) == types:
            value = SimpleConstant(StructType(types), "undef")
            for index, piece in enumerate(pieces):
                value = b.insertvalue(value, piece, [index])
            if self.sret is not None:
                b.store(value, self.sret)
            else:
                self.call.replace_all_uses_with(value)
        elif len(pieces) == 1 and declared == types[0]:
            self.call.replace_all_uses_with(pieces[0])
        elif isinstance(declared, StructType) and \
                fields_by_type(declared.elements, pieces) is not None:
            self.hand_over(b, fields_by_type(declared.elements, pieces))
        elif self.call.uses:
            wanted = ", ".join(map(str, types)) or "nothing"
            self.error(f"__enzyme_augmentfwd is declared to return {declared}, but the "
                       f"augmented forward of '{self.function.name}' returns ({wanted})",
                       "declare it to return the tape (void *) for a void function, or a "
                       "struct { void *tape; T result; }")


class SplitReverseCall(SplitSite):
    """`__enzyme_reverse(f, args..., [d_result,] tape)`: runs f's reverse."""

    mode = Mode.SPLIT_REVERSE

    def take_trailing(self, queue: list) -> None:
        """Note the positions of the values after f's arguments (the queue is always the
        tail of the call's arguments): a value may be an entry-point call replaced before
        this one (the tape an `__enzyme_augmentfwd` returns), so it is read when needed."""
        self.trailing_at = []
        while queue:
            if self.marker_name(queue[0]) is not None:
                if self.take_markers(queue) is not None:
                    return  # an activity after the last parameter: too many arguments
                continue
            self.trailing_at.append(len(self.call.args) - len(queue))
            queue.pop(0)

    @property
    def trailing(self) -> list:
        return [self.call.args[i] for i in self.trailing_at]

    def extra_arguments(self) -> list:
        """The result's adjoint and the tape, from the trailing values (checked here)."""
        out = self.result_kind() == "out"
        ret = self.function.return_type
        values = list(self.trailing)
        if out and self.tape_pointer is not None and not values:
            values.insert(0, const_float(ret, 1.0))  # Enzyme seeds a missing adjoint with 1
        wanted = (["the adjoint of its result (" + str(ret) + ")"] if out else []) + \
                 (["the tape"] if self.tape_pointer is None else [])
        if len(values) != len(wanted):
            self.error(f"__enzyme_reverse of '{self.function.name}' takes, after its "
                       f"arguments, {' and '.join(wanted) or 'nothing'}; got {len(values)} "
                       f"value(s)", "pass them in that order (or the tape with enzyme_tape)")
        if out:
            values[0] = self.coerce(values[0], ret)
        if self.tape_pointer is None and not values[-1].type.is_pointer:
            self.error(f"the tape passed to __enzyme_reverse of '{self.function.name}' is "
                       f"{values[-1].type}, not a pointer",
                       "pass the tape __enzyme_augmentfwd returned, last")
        return values

    def replace(self, reverse: Function) -> None:
        b = IRBuilder(self.call.function).position_before(self.call)
        args = self.forwarded + self.extra_arguments()
        if self.tape_pointer is None:
            pass
        elif self.allocated is None:
            args.append(b.load(PTR, self.tape_pointer, "tape"))
        else:
            args.append(self.record_copy(b, self.check_size(reverse_tape_bytes(reverse))))
        result = b.call(reverse, args, name="adjoints")
        if isinstance(result.type, StructType) and not isinstance(self.result_type, StructType) \
                and self.result_type != VOID:
            result = b.extractvalue(result, [0], result.type.elements[0])
        self.deliver(b, result)

    def record_copy(self, b: IRBuilder, size: int):
        """The caller's tape memory copied into a heap record, which the reverse frees."""
        if not size:
            return SimpleConstant(PTR, "null")
        record = b.call(runtime_function(b.function.module, "record_alloc"),
                        [ConstantInt(I64, size)], name="tape.record")
        b.call(memcpy(b), [record, self.tape_pointer, ConstantInt(I64, size),
                           ConstantInt(IntType(1), 0)])
        return record


class AugmentSizeCall(SplitSite):
    """`__enzyme_augmentsize(f, markers...)`: the size of f's tape, a constant."""

    mode = Mode.AUGMENTED  # served by the same augmented forward

    def gradient_return_type(self):
        if not isinstance(self.call.type, IntType):
            self.error(f"__enzyme_augmentsize must return an integer, not {self.call.type}",
                       "declare it as size_t __enzyme_augmentsize(void *, ...)")
        return self.call.type

    def decode(self, args: list):
        """Only markers: one activity per parameter of f (no values)."""
        self.shadow_pairs = []
        kinds = []
        for value in args:
            name = self.marker_name(value)
            if name is None:
                self.error(f"__enzyme_augmentsize takes only markers (one activity per "
                           f"parameter of '{self.function.name}'), not a value",
                           "pass enzyme_dup, enzyme_const or enzyme_out per parameter")
            self.markers.add(value)
            if name in FLAGS:
                self.flags.add(name)
            elif name == NOT_OVERWRITTEN:
                self.promises.promised.add(len(kinds))  # the next activity's parameter
            elif name in ACTIVITY:
                kinds.append(ACTIVITY[name])
            else:
                self.error(refusal(name) or f"'{name}' has no meaning in __enzyme_augmentsize",
                           "pass only activity markers")
        if len(kinds) != len(self.function.args):
            self.error(f"__enzyme_augmentsize of '{self.function.name}' needs one activity "
                       f"marker per parameter ({len(self.function.args)}), got {len(kinds)}",
                       "give the markers of the __enzyme_augmentfwd call")
        for kind, param in zip(kinds, self.function.args):
            self.check_kind(kind, param)
        return tuple(kinds), []

    def replace(self, augmented: Function) -> None:
        size = self.check_size(augmented_tape_bytes(augmented))
        self.call.replace_all_uses_with(ConstantInt(self.call.type, size))
        self.erase_call()


def unpack(b: IRBuilder, returned, result_type) -> list:
    """The augmented forward's result as [tape, result?, shadow of the result?]
    (split_calls.split_signatures)."""
    if returned.type == PTR:
        return [returned]
    names = ("tape", "result", "result.shadow")
    return [b.extractvalue(returned, [i], PTR if i == 0 else result_type, names[i])
            for i in range(len(returned.type.elements))]


def memcpy(b: IRBuilder) -> Function:
    return declare_function(b.function.module, "llvm.memcpy.p0.p0.i64",
                            FunctionType(VOID, (PTR, PTR, I64, IntType(1))))


def build_split_half(request: Request, debug, rules) -> Function:
    """The augmented forward (AUGMENTED) or reverse (SPLIT_REVERSE) of the one split pair
    of the request's function and activities."""
    # the caller may overwrite anything it did not promise to keep (split_promises.py)
    stable = stable_by_promise(request.function, request.option("not_overwritten", ()), rules)
    pair = rules.split_pair(request.function, request.activity, request.option("result"),
                            stable, heap_records=True,  # the user orders the reverses
                            handed_out=True)
    return pair[0] if request.mode is Mode.AUGMENTED else pair[1]


def check_tapes(sites: list[CallSite]) -> None:
    """Split-mode calls in differentiated code are refused (refuse_nested); a tape
    `__enzyme_reverse` gets straight from an `__enzyme_augmentfwd` call (or the same tape
    memory) must come from the same function with the same activities, and the same
    enzyme_allocated convention."""
    refuse_nested(sites)
    augmented = [s for s in sites if isinstance(s, AugmentedCall)]
    for site in sites:
        if not isinstance(site, SplitReverseCall):
            continue
        source = tape_source(site, augmented)
        if source is None:
            continue
        if source.promises.promised != site.promises.promised:
            site.error(f"'{NOT_OVERWRITTEN}' marks parameters "
                       f"{sorted(i + 1 for i in site.promises.promised) or 'none'} here but "
                       f"{sorted(i + 1 for i in source.promises.promised) or 'none'} in the "
                       f"__enzyme_augmentfwd call this tape comes from",
                       "give both halves the same promises")
        if source.request() != _as_augmented(site.request()):
            site.error(f"this tape comes from the augmented forward of "
                       f"'{source.function.name}' with activities "
                       f"({', '.join(source.kinds)}), not of '{site.function.name}' with "
                       f"({', '.join(site.kinds)})", "pass the tape of the same function's "
                       "__enzyme_augmentfwd, with the same activities")
        if (source.allocated is None) != (site.allocated is None):
            site.error("the tape memory is used with 'enzyme_allocated' in only one of the "
                       "two halves: one holds the tape itself, the other a pointer to it",
                       "use enzyme_allocated, N in both calls, or in neither")


def refuse_nested(sites: list[CallSite]) -> None:
    """A split-mode call inside code that another entry-point call differentiates (second
    derivatives through a user's tape) is not supported: a located error."""
    reached = {}
    for site in sites:
        if site.function not in reached:
            reached[site.function] = set(reachable_functions(site.function))
    for site in sites:
        if isinstance(site, SplitSite) and \
                any(site.call.function in funcs for funcs in reached.values()):
            site.error(f"'{site.call.called_function.name}' inside code that is itself "
                       f"differentiated (second derivatives through a split tape) is not "
                       f"supported", "differentiate with __enzyme_autodiff inside instead")


def tape_source(site: SplitReverseCall, augmented: list) -> AugmentedCall | None:
    if site.tape_pointer is not None:
        for aug in augmented:
            if aug.tape_pointer is site.tape_pointer:
                return aug
        return None
    tape = site.trailing[-1] if site.trailing else None
    for _ in range(2):  # through an extractvalue, and through a local variable (-O0)
        while getattr(tape, "opcode", None) == "extractvalue":
            tape = tape.operands[0]
        tape = _stored_once(tape)
    for aug in augmented:
        if aug.call is tape:
            return aug
    return None


def _stored_once(value):
    """The value a load reads from a stack slot stored exactly once, else `value`."""
    if getattr(value, "opcode", None) != "load" or \
            not isinstance(value.operands[0], AllocaInst):
        return value
    stores = [u for u in value.operands[0].users
              if getattr(u, "opcode", None) == "store" and u.operands[1] is value.operands[0]]
    return stores[0].operands[0] if len(stores) == 1 else value


def _as_augmented(request: Request) -> Request:
    return Request(request.function, Mode.AUGMENTED, request.activity, request.return_type,
                   request.width, request.options)
