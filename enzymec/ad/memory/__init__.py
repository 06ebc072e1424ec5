"""Shadow memory: shadows of pointers, adjoints of memory functions, foreign realloc."""
