"""Dates: recognising date expressions and resolving them against the publication date."""
