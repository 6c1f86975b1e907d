"""English: verb and noun inflection."""
