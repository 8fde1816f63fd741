"""Designs: the check panel, parts from templates and the 3D viewer."""
