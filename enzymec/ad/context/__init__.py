"""The context of one synthesized function and the preparation every mode shares."""
