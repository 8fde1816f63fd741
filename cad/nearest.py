"""The closest point on a triangle mesh to a given point: where a review pin lands.

A pin given by coordinates (`makersquare review pin --at X,Y,Z`) is snapped onto the part's
surface, and the face it lands on and that face's normal are kept with it, as a click in
the viewer keeps them. numpy only (no trimesh, so no slow import): every triangle's closest
point is worked out at once with Ericson's region test (Real-Time Collision Detection,
5.1.5), a chunk of faces at a time so a part of millions of triangles needs a bounded few
tens of MB, never an array per face of the whole mesh at once.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

import numpy as np
from numpy.typing import ArrayLike, NDArray

CHUNK_FACES: Final = 65_536
# How far a given point may be from the part and still be taken as meant for its surface.
MIN_BOUND_MM: Final = 1.0
BOUND_OF_DIAGONAL: Final = 0.02

Vec = tuple[float, float, float]
F64 = NDArray[np.float64]


@dataclass(frozen=True)
class Nearest:
    point: Vec  # on the surface, mm
    face: int  # index into the mesh's faces
    distance: float  # from the given point to `point`, mm
    normal: Vec  # the face's unit normal (its winding's), or (0, 0, 0) for a sliver


@dataclass(frozen=True)
class _Hit:
    d2: float
    face: int
    point: F64
    normal: F64


def snap_bound(vertices: ArrayLike) -> float:
    """How far from the part a point may be and still snap onto it: 2 % of the bounding
    box's diagonal, at least 1 mm (a point farther off was not meant for this part)."""
    v = np.asarray(vertices, dtype=np.float64).reshape(-1, 3)
    if len(v) == 0:
        return MIN_BOUND_MM
    diagonal = float(np.linalg.norm(v.max(axis=0) - v.min(axis=0)))
    return max(MIN_BOUND_MM, BOUND_OF_DIAGONAL * diagonal)


def nearest_point(
    vertices: ArrayLike, faces: ArrayLike, point: Sequence[float], *, chunk: int = CHUNK_FACES
) -> Nearest:
    """The point of the mesh's surface closest to `point`. Zero-area faces are passed over
    while the mesh has any other (their closest point is also on a neighbour, which has a
    normal). Raises ValueError for a mesh without faces or a point that is not 3 numbers."""
    v = np.asarray(vertices, dtype=np.float64).reshape(-1, 3)
    f = np.asarray(faces, dtype=np.int64).reshape(-1, 3)
    p = np.asarray(point, dtype=np.float64).reshape(-1)
    if len(f) == 0:
        raise ValueError("the mesh has no faces")
    if p.shape != (3,) or not np.isfinite(p).all():
        raise ValueError("the point is not three finite numbers")
    best: _Hit | None = None  # among faces with an area
    fallback: _Hit | None = None  # among all, for a mesh of slivers only
    step = max(1, chunk)
    for start in range(0, len(f), step):
        a, b, c = (v[f[start : start + step, k]] for k in range(3))
        normals = np.cross(b - a, c - a)
        lengths = np.linalg.norm(normals, axis=1)
        closest = _closest_on_triangles(p, a, b, c)
        d2 = _dot(closest - p, closest - p)
        i = int(np.argmin(d2))
        if fallback is None or d2[i] < fallback.d2:
            fallback = _Hit(float(d2[i]), start + i, closest[i], np.zeros(3))
        solid = np.where(lengths > 0, d2, np.inf)
        j = int(np.argmin(solid))
        if np.isfinite(solid[j]) and (best is None or solid[j] < best.d2):
            best = _Hit(float(solid[j]), start + j, closest[j], normals[j] / lengths[j])
    hit = best or fallback
    assert hit is not None
    return Nearest(
        point=_vec(hit.point),
        face=hit.face,
        distance=float(np.linalg.norm(hit.point - p)),
        normal=_vec(hit.normal),
    )


def _vec(a: F64) -> Vec:
    return (float(a[0]), float(a[1]), float(a[2]))


def _dot(x: F64, y: F64) -> F64:
    out: F64 = np.einsum("ij,ij->i", x, y)
    return out


def _closest_on_triangles(p: F64, a: F64, b: F64, c: F64) -> F64:
    """Each triangle's point closest to `p`: which of its seven Voronoi regions (three
    corners, three edges, inside) `p` projects into decides the formula; the first that
    holds wins, in Ericson's order."""
    ab, ac, bc = b - a, c - a, c - b
    ap, bp, cp = p - a, p - b, p - c
    d1, d2 = _dot(ab, ap), _dot(ac, ap)
    d3, d4 = _dot(ab, bp), _dot(ac, bp)
    d5, d6 = _dot(ab, cp), _dot(ac, cp)
    vc = d1 * d4 - d3 * d2
    vb = d5 * d2 - d1 * d6
    va = d3 * d6 - d5 * d4

    def ratio(num: F64, den: F64) -> F64:
        safe = np.where(den != 0, den, 1.0)
        return np.where(den != 0, num / safe, 0.0)[:, None]

    on_ab = a + ratio(d1, d1 - d3) * ab
    on_ac = a + ratio(d2, d2 - d6) * ac
    on_bc = b + ratio(d4 - d3, (d4 - d3) + (d5 - d6)) * bc
    total = va + vb + vc
    inside = a + ratio(vb, total) * ab + ratio(vc, total) * ac
    regions = [
        ((d1 <= 0) & (d2 <= 0))[:, None],
        ((d3 >= 0) & (d4 <= d3))[:, None],
        ((vc <= 0) & (d1 >= 0) & (d3 <= 0))[:, None],
        ((d6 >= 0) & (d5 <= d6))[:, None],
        ((vb <= 0) & (d2 >= 0) & (d6 <= 0))[:, None],
        ((va <= 0) & (d4 - d3 >= 0) & (d5 - d6 >= 0))[:, None],
    ]
    result: F64 = np.select(regions, [a, b, on_ab, c, on_ac, on_bc], default=inside)
    return result
