"""Quotes (견적서): the editor, lines from a design, cost breakdown, the PDF and e-mail export."""
