"""Vector modes (enzyme_width): lane expansion, vector tangents, reverse at width N."""
