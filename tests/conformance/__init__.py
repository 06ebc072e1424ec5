"""Conformance run against Enzyme's reverse-mode integration tests.

`python -m tests.conformance --enzyme PATH_TO_ENZYME_CHECKOUT` builds every selected test of
`enzyme/test/Integration/ReverseMode/` natively with `enzymec -O2 FILE -o EXE -lm`, runs it
with a timeout and prints one line per failure and `N passed, M failed`; `--suite forward`
runs `enzyme/test/Integration/ForwardMode/` instead (2026-11-30, -O2: reverse 81 passed,
0 failed, OpenMP tests included; forward 13 passed, 0 failed; see TRIAGE.md). It needs a checkout
of Enzyme's repository, so it is not part of CI; the smoke test beside it checks the
runner's own logic on a fake mini-checkout made in a temporary directory.
"""
