"""Hypothesis settings shared by the property tests (test_properties, test_call_properties).

CI runs a fixed, derandomized set of examples, so a failure reproduces on every run. The
long hunt draws more examples and, with ENZYMEC_HYPOTHESIS_SEED, from that seed:

    ENZYMEC_HYPOTHESIS_EXAMPLES=200 ENZYMEC_HYPOTHESIS_SEED=7 pytest tests/c/test_properties.py
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, seed, settings

EXAMPLES = int(os.environ.get("ENZYMEC_HYPOTHESIS_EXAMPLES", "15"))
SEED = os.environ.get("ENZYMEC_HYPOTHESIS_SEED")


def property_test(examples: int):
    """Decorator: `examples` examples, derandomized unless a seed is given; no database."""
    chosen = settings(max_examples=examples, deadline=None, database=None, print_blob=True,
                      derandomize=SEED is None,
                      suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                             HealthCheck.function_scoped_fixture,
                                             HealthCheck.filter_too_much])

    def wrap(test):
        test = chosen(test)
        return seed(int(SEED))(test) if SEED is not None else test
    return wrap
