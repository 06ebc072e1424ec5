"""Analyses only the AD uses: memory written, bytes and index ranges touched, partitions."""
