"""Forward mode: the tangent engine and the tangents of calls."""
