"""OpenMP: parallel regions made differentiable and reversed as parallel regions."""
