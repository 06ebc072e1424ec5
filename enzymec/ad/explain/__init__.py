"""--explain: the log of facts the AD stage records as it decides them."""
