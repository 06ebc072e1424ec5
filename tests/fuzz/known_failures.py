"""Seeds of the fuzzer that fail today, with how and why: seed -> {variant: (kind, reason)}.
Only the variants listed fail; the others pass. CI skips these seeds in its range and checks
each one still fails exactly so (test_fuzz.test_known_failure_still_fails), so a fix shows
up as a failing test that asks for the entry to be removed. Found by
`python -m tests.fuzz --start 0 --count 500 --jobs 2` (2026-11-29: 495 passed, 5 failed);
reduced with --reduce."""

_PUN_WRONG = ("wrong number", "a double's bits moved through a uint64_t (memcpy) with the "
              "sign bit flipped (^=) or cleared (&=), next to a libm call: the input loaded "
              "as an integer gets no adjoint at all, silently (its other uses' terms too)")
_PUN_CONFLICT = ("compile error (located)", "x read both as uint64_t (a memcpy of one "
                 "element) and as doubles (memcpy of the array): 'cannot deduce the type "
                 "of the memory copied here (found conflict, double)'; a valid program "
                 "refused")
_SWITCH_PHI = ("compile error (unlocated)", "a switch with two arms of the same body: "
               "'invalid LLVM IR: PHINode should have one entry for each predecessor' "
               "(%came.from), no line:col")


def _all(failure: tuple[str, str]) -> dict[str, tuple[str, str]]:
    return {variant: failure for variant in ("-O0", "-O2", "split")}


KNOWN_FAILURES: dict[int, dict[str, tuple[str, str]]] = {
    68: _all(_PUN_WRONG),
    115: _all(_PUN_CONFLICT),
    140: _all(_SWITCH_PHI),
    190: _all(_PUN_WRONG),
    460: _all(_PUN_WRONG),
}
