"""Classroom: lesson packs and grading a class (coming: issue 13)."""
