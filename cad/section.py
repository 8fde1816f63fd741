"""Cutting a mesh with a plane across X, Y or Z: the cut outline, its loops and its area.

Each triangle that straddles the plane gives one segment between the two edges it
crosses. Segments are joined through those edges (by vertex pair, not by rounding
coordinates), so a closed mesh cuts into closed loops exactly: a box into one, a hollow
box into two. Each segment is turned so the solid lies on its left seen from the plane's
positive side, which makes the shoelace sum the material's area (holes subtract).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

import numpy as np
from numpy.typing import ArrayLike, NDArray

F64 = NDArray[np.float64]
I64 = NDArray[np.int64]

AXES: Final = ("x", "y", "z")
# The two in-plane axes of each cut, so that (u, w, axis) is right-handed.
_PLANE_AXES: Final = {0: (1, 2), 1: (2, 0), 2: (0, 1)}


@dataclass(frozen=True)
class Section:
    axis: int  # 0 x, 1 y, 2 z
    offset: float  # the plane is axis = offset (mm)
    segments: F64  # (k, 2, 3) the cut outline
    loops: int  # closed loops of the outline
    open_chains: int  # pieces that do not close (the mesh has holes there)
    area: float  # mm² of material in the cut (loops around holes subtract)


def section(vertices: ArrayLike, faces: ArrayLike, axis: int, offset: float) -> Section:
    """Cut the mesh with the plane `axis` = `offset` (axis 0, 1 or 2)."""
    if axis not in _PLANE_AXES:
        raise ValueError("axis must be 0, 1 or 2")
    v = np.asarray(vertices, dtype=np.float64)
    f = np.asarray(faces, dtype=np.int64)
    above = v[:, axis] > offset
    side = above[f]
    n_above = side[:, 0].astype(np.int8) + side[:, 1] + side[:, 2]
    crossing = f[(n_above == 1) | (n_above == 2)]
    if len(crossing) == 0:
        return Section(axis, offset, np.zeros((0, 2, 3)), 0, 0, 0.0)
    ends, keys = _crossings(v, crossing, above, axis, offset)
    segments = _oriented(v, crossing, ends, axis)
    loops, open_chains = _count_loops(keys)
    return Section(axis, offset, segments, loops, open_chains, _area(segments, axis))


def _crossings(
    v: F64, f: I64, above: NDArray[np.bool_], axis: int, offset: float
) -> tuple[F64, I64]:
    """Per face, the two points where its edges cross the plane and those edges' keys."""
    a = f
    b = np.roll(f, -1, axis=1)  # edges (0,1), (1,2), (2,0)
    cross = above[a] != above[b]
    rows = np.repeat(np.arange(len(f)), 2)
    cols = np.flatnonzero(cross.ravel()) % 3
    ea, eb = a[rows, cols], b[rows, cols]
    da, db = v[ea, axis] - offset, v[eb, axis] - offset
    t = da / (da - db)
    points = v[ea] + t[:, None] * (v[eb] - v[ea])
    points[:, axis] = offset
    lo, hi = np.minimum(ea, eb), np.maximum(ea, eb)
    keys = lo * (int(v.shape[0]) + 1) + hi
    return points.reshape(-1, 2, 3), keys.reshape(-1, 2)


def _oriented(v: F64, f: I64, ends: F64, axis: int) -> F64:
    """Swap each segment's ends where needed so the solid lies on its left."""
    n = np.cross(v[f[:, 1]] - v[f[:, 0]], v[f[:, 2]] - v[f[:, 0]])
    plane = np.zeros(3)
    plane[axis] = 1.0
    left = np.cross(plane, n)  # along the outline, counter-clockwise around the solid
    flip = np.einsum("ij,ij->i", ends[:, 1] - ends[:, 0], left) < 0
    out = ends.copy()
    out[flip] = ends[flip][:, ::-1]
    return out


def _count_loops(keys: I64) -> tuple[int, int]:
    """Closed loops and open chains among segments joined through shared edges."""
    chains = chain_parts(keys)
    return int(chains.closed.sum()), int((~chains.closed).sum())


@dataclass(frozen=True)
class ChainParts:
    """The connected parts of a graph given as node pairs (edges)."""

    ids: I64  # the node ids, sorted
    local: I64  # (k, 2) each pair as positions in `ids`
    label: I64  # the part of each node
    closed: NDArray[np.bool_]  # per part: every node has exactly two edges (a loop)


def chain_parts(pairs: ArrayLike) -> ChainParts:
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import connected_components

    ids, local = np.unique(np.asarray(pairs, dtype=np.int64), return_inverse=True)
    local = local.reshape(-1, 2)
    m = len(ids)
    degree = np.bincount(local.ravel(), minlength=m)
    graph = coo_matrix((np.ones(len(local)), (local[:, 0], local[:, 1])), shape=(m, m))
    count, label = connected_components(graph, directed=False)
    broken = np.zeros(count, dtype=bool)
    np.logical_or.at(broken, label, degree != 2)
    return ChainParts(ids, local, np.asarray(label, dtype=np.int64), ~broken)


def _area(segments: F64, axis: int) -> float:
    u, w = _PLANE_AXES[axis]
    p, q = segments[:, 0], segments[:, 1]
    return float(0.5 * (p[:, u] * q[:, w] - q[:, u] * p[:, w]).sum())


def kept_faces(
    vertices: ArrayLike, faces: ArrayLike, axis: int, offset: float
) -> NDArray[np.bool_]:
    """Faces to draw with the section on: those whose centre lies at or below the plane."""
    v = np.asarray(vertices)
    f = np.asarray(faces)
    centre = (v[f[:, 0], axis] + v[f[:, 1], axis] + v[f[:, 2], axis]) / 3.0
    return np.asarray(centre <= offset, dtype=bool)
