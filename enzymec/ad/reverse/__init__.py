"""The reverse-mode engine: the sweeps, loops in reverse, patterns reversed without a tape."""
