"""Per-iteration reverse: loops joined first, which loops qualify, bodies outlined as calls."""
