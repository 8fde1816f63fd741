"""Real STL files written by the tests (truth known by construction)."""

from __future__ import annotations

import struct
from pathlib import Path

# The 12 triangles of an axis-aligned box, wound counter-clockwise seen from outside.
_CORNERS = ((0, 0, 0), (1, 0, 0), (1, 1, 0), (0, 1, 0), (0, 0, 1), (1, 0, 1), (1, 1, 1), (0, 1, 1))
_FACES = (
    (0, 2, 1),
    (0, 3, 2),
    (4, 5, 6),
    (4, 6, 7),
    (0, 1, 5),
    (0, 5, 4),
    (1, 2, 6),
    (1, 6, 5),
    (2, 3, 7),
    (2, 7, 6),
    (3, 0, 4),
    (3, 4, 7),
)


def write_box_stl(path: Path, size: tuple[float, float, float]) -> Path:
    """A binary STL of a closed box `size` millimetres large, corner at the origin."""
    corners = [tuple(c * s for c, s in zip(corner, size, strict=True)) for corner in _CORNERS]
    out = bytearray(b"binary STL box, Maker Square tests".ljust(80, b" "))
    out += struct.pack("<I", len(_FACES))
    for face in _FACES:
        a, b, c = (corners[i] for i in face)
        u = [b[k] - a[k] for k in range(3)]
        v = [c[k] - a[k] for k in range(3)]
        n = (u[1] * v[2] - u[2] * v[1], u[2] * v[0] - u[0] * v[2], u[0] * v[1] - u[1] * v[0])
        length = sum(x * x for x in n) ** 0.5
        out += struct.pack("<3f", *(x / length for x in n))
        out += struct.pack("<9f", *a, *b, *c)
        out += struct.pack("<H", 0)
    path.write_bytes(bytes(out))
    return path
