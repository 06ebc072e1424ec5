"""Split mode: augmented forward and reverse halves, the user's split pairs, tape records."""
