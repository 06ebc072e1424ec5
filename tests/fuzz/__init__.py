"""enzymec's own random differentiable-program fuzzer.

generator.py writes one C program per seed from the statement table in statements.py
(loops, branches, switches, selects, local and heap arrays, realloc, pointer swaps,
structs, helpers, recursion, memcpy and union punning, libm); check.py builds it with
enzymec at -O0, -O2 and split (ENZYMEC_AD_INLINE=0) and evaluate.py compares the gradient
with step-size-robust central differences (tests/c/gradcheck.py's policy) in a child
process, so a crash is counted, not suffered. test_fuzz.py is CI's share (a fixed seed
range); `python -m tests.fuzz --count 10000 --jobs 2` is the long run; known_failures.py
lists the seeds that fail today and why.
"""
