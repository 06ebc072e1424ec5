"""Derivatives of derivative code: __enzyme_iter, runtime calls and tapes in a clone."""
