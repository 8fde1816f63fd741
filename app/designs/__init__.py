"""Designs: revisions stored by SHA-256, their checks, parts from templates."""
