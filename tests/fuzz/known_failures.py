"""Seeds of the fuzzer that fail today, with how and why: seed -> {variant: (kind, reason)}.
Only the variants listed fail; the others pass. CI skips these seeds in its range and checks
each one still fails exactly so (test_fuzz.test_known_failure_still_fails), so a fix shows
up as a failing test that asks for the entry to be removed. Found by
`python -m tests.fuzz --start 0 --count 500 --jobs 2` (2026-11-29: 495 passed, 5 failed);
reduced with --reduce. Those five (68, 115, 140, 190, 460) are fixed; their programs are
tests/c/pun_bits_beside_call.c, pun_bits_and_array_copy.c and switch_same_arms.c.
The long run of 2026-11-29 (`python -m tests.fuzz --start 0 --count 10000 --jobs 2
--max-minutes 50`, batched) reported seed 1575 at -O2 as a wrong number: a false alarm of
the reference (see its entry), after which reliable_differences also wants f continuous at
the point; the seed is now inconclusive there, which is what it is. The rest of that run
(seeds 4275-9999 on the merged code, `--start 4275 --count 5725 --jobs 1`) reported seed
8829 as a wrong number in every variant and seed 8196 as inconclusive: both are limits of
the reference, not of enzymec (see their entries); 8829 is now inconclusive too, as the
checker recognises f oscillating below its step (substep.py)."""


def _all(failure: tuple[str, str]) -> dict[str, tuple[str, str]]:
    return {variant: failure for variant in ("-O0", "-O2", "split")}


KNOWN_FAILURES: dict[int, dict[str, tuple[str, str]]] = {
    1575: {"-O2": ("inconclusive", "its select tests log(1.0 + t) < log1p(t): rounding decides "
                   "the arm point by point, so f jumps at most points and central differences "
                   "are no reference there (enzymec's gradient is that of the arm taken)")},
    8196: _all(("inconclusive", "too few points where central differences are reliable (the "
                "checker's own verdict, not a mismatch)")),
    8829: _all(("inconclusive", "log(1 + sin(v)^2) of a v near 5e11..1e14 turns within a "
                "few ulps of x[0], below every difference step: central differences see an "
                "average slope where the derivative is the slope at the point (80-digit "
                "differences, mpmath h = 1e-40, gave 9.2439e12 at one point, enzymec "
                "9.2529e12). The checker once called this a wrong number; substep.py now "
                "recognises the sub-step oscillation and skips such points")),
}
