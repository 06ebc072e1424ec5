"""Calls in differentiated code: the registry of call kinds, their hooks, split calls."""
