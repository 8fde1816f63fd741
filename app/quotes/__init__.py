"""Quotes: revisions and lines in integer won, costing from a design, the document."""
