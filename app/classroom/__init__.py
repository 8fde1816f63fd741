"""Classroom: lesson packs and grading against a reference (coming: issue 13)."""
