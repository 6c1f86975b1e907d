"""Event coding: ontology, patterns, triggers and attribution."""
