"""Design review records and their signed verdicts (coming: issue 12)."""
