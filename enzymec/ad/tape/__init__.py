"""Forward values for the reverse sweep: reuse, recompute or tape, and where tapes live."""
