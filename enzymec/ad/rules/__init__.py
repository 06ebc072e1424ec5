"""Derivative rules as data, the builders rules write with, and the runtime and heap tables."""
