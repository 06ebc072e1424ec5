"""Loop tapes kept in the caller's shadow memory while that shadow is zero (issue 11)."""
