"""Rewrites before AD (inlining, loop shape, punning, indirect calls, qsort), their refusals."""
