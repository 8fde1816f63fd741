"""The square as a place: directory, requests and offers, library (coming: issue 14)."""
