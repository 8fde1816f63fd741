"""How things look: theme, palettes, number and date formats."""
