"""The names Enzyme's registration globals are known by (registrations.py reads them and
protects the functions they name before the pre-AD passes)."""

# a registration global's name only has to hold its key (so several can coexist)
REGISTRATION_KEYS = ("__enzyme_inactivefn", "__enzyme_function_like", "__enzymec_derivative_",
                     "__enzyme_register_gradient", "__enzyme_register_derivative",
                     "__enzyme_nofree")
INACTIVE_GLOBAL_KEY = "__enzyme_inactive_global"

# Enzyme's registration globals enzymec does not implement, and why. (`__enzyme_allocation_
# like` is not among them: enzymec differentiates the allocator's own body, which gives the
# derivative of what the code does; a body-less allocator is refused as an unknown call.)
UNSUPPORTED_KEYS = {
    "__enzyme_shouldrecompute": "enzymec decides itself what to recompute and what to cache",
    "__enzyme_sparse_accumulate": "sparse accumulation of adjoints is not implemented",
    "__enzyme_register_splitderivative": "split forward-mode derivatives are not supported",
}
