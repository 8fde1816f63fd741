"""Design review: a professor's review of a maker's part (coming: issue 12)."""
