"""Meshes whose truth is known by construction, for the check tests (numpy only)."""

from __future__ import annotations

import numpy as np

from cad.mesh import MeshData
from tests.cad.conftest import box_arrays

Arrays = tuple[np.ndarray, np.ndarray]


def box(
    size: tuple[float, float, float] = (20.0, 20.0, 20.0),
    origin: tuple[float, float, float] = (0.0, 0.0, 0.0),
) -> Arrays:
    return box_arrays(size, origin)


def join(*parts: Arrays) -> Arrays:
    vertices, faces, offset = [], [], 0
    for v, f in parts:
        vertices.append(v)
        faces.append(f + offset)
        offset += len(v)
    return np.concatenate(vertices), np.concatenate(faces)


def flipped(part: Arrays) -> Arrays:
    return part[0], part[1][:, ::-1].copy()


def hollow_box(outer: float = 30.0, wall: float = 0.4) -> Arrays:
    """A closed box with a closed cavity: outer shell outwards, inner shell inwards."""
    inner = box((outer - 2 * wall,) * 3, (wall,) * 3)
    return join(box((outer,) * 3), flipped(inner))


def mesh(part: Arrays) -> MeshData:
    """As `cad.loading` would hand it over (welded, mm), without writing a file."""
    from cad.mesh import weld_vertices

    v, f = weld_vertices(*part)
    return MeshData(vertices=v, faces=f, format="stl", units="mm")
