"""The topology of a triangle mesh, computed once with numpy and shared by the checks.

Edges: each face's three edges are packed into one 64-bit key (smaller vertex × n +
larger vertex, then one bit saying whether the face runs along it "forwards"), and a plain
`np.sort` of those keys (SIMD, no argsort) gives every edge's face count and how many of
them run forwards — open, non-manifold and inconsistently wound edges in one pass.
Bodies: union-find by hooking and pointer jumping. Area and volume: per face, unless the
reader computed them already (the binary STL path does).
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from functools import cached_property
from typing import Any, Final, Protocol

import numpy as np
from numpy.typing import NDArray

# When a body's orientation is opposite to the main one, it is a cavity if it lies inside
# one of this many largest main bodies, else an inside-out separate body.
_CAVITY_CANDIDATES: Final = 64

IntArray = NDArray[np.int64]
FloatArray = NDArray[np.float64]


class MeshLike(Protocol):
    """Anything with (n, 3) `vertices` and (m, 3) `faces`: a trimesh.Trimesh, a MeshData."""

    @property
    def vertices(self) -> Any: ...

    @property
    def faces(self) -> Any: ...


@dataclass(frozen=True)
class EdgeCounts:
    """Undirected edges (as keys lo * n + hi) that are not shared by two faces properly."""

    edges: int
    open_keys: IntArray  # one face
    non_manifold_keys: IntArray  # three or more faces
    inconsistent_keys: IntArray  # two faces running the same way along it

    @property
    def watertight(self) -> bool:
        return len(self.open_keys) == 0 and len(self.non_manifold_keys) == 0


@dataclass(frozen=True)
class Topology:
    vertices: FloatArray
    faces: IntArray
    lo: FloatArray  # bounding box corners
    hi: FloatArray
    face_areas: FloatArray
    face_volumes: FloatArray  # signed volume term of each face (divergence theorem)
    edges: EdgeCounts
    body_of_vertex: IntArray  # 0 .. bodies - 1
    bodies: int
    body_volumes: FloatArray  # signed volume of each body

    @cached_property
    def body_of_face(self) -> IntArray:
        return self.body_of_vertex[self.faces[:, 0]]


def analyse(
    vertices: FloatArray,
    faces: IntArray,
    face_areas: FloatArray | None = None,
    face_volumes: FloatArray | None = None,
) -> Topology:
    """Everything the checks need, for a welded mesh with finite vertices and >= 1 face.

    Edges and bodies run side by side on two threads (numpy releases the GIL).
    """
    lo = np.array([vertices[:, k].min() for k in range(3)])
    hi = np.array([vertices[:, k].max() for k in range(3)])
    columns = [np.ascontiguousarray(faces[:, k]) for k in range(3)]
    with ThreadPoolExecutor(max_workers=1) as pool:
        bodies_future = pool.submit(components, len(vertices), columns)
        edges = edge_counts(len(vertices), columns)
        if face_areas is None or face_volumes is None:
            face_areas, face_volumes = face_terms(vertices - (lo + hi) / 2, columns)
        body_of_vertex = bodies_future.result()
    bodies = int(body_of_vertex.max()) + 1 if len(body_of_vertex) else 0
    body_volumes = np.bincount(body_of_vertex[columns[0]], face_volumes, bodies)
    return Topology(
        vertices,
        faces,
        lo,
        hi,
        face_areas,
        face_volumes,
        edges,
        body_of_vertex,
        bodies,
        body_volumes.astype(np.float64),
    )


def edge_keys(n_vertices: int, columns: list[IntArray]) -> IntArray:
    """(lo * n + hi) * 2 + forwards for every face edge, face by face (3 m values)."""
    m = len(columns[0])
    keys = np.empty(3 * m, dtype=np.int64)
    for k in range(3):
        a, b = columns[k], columns[(k + 1) % 3]
        out = keys[k * m : (k + 1) * m]
        np.minimum(a, b, out=out)
        out *= n_vertices
        out += np.maximum(a, b)
        out *= 2
        out += a < b
    return keys


def edge_counts(n_vertices: int, columns: list[IntArray]) -> EdgeCounts:
    keys = edge_keys(n_vertices, columns)
    keys.sort()
    if _every_edge_once_each_way(keys):  # the clean, common case: no grouping needed
        empty = np.zeros(0, np.int64)
        return EdgeCounts(len(keys) // 2, empty, empty, empty)
    undirected = keys >> 1
    starts = np.flatnonzero(np.concatenate(([True], undirected[1:] != undirected[:-1])))
    counts = np.diff(np.append(starts, len(keys)))
    forwards = np.add.reduceat(keys & 1, starts)
    edge = undirected[starts]
    return EdgeCounts(
        edges=len(starts),
        open_keys=edge[counts == 1],
        non_manifold_keys=edge[counts > 2],
        inconsistent_keys=edge[(counts == 2) & (forwards != 1)],
    )


def _every_edge_once_each_way(keys: IntArray) -> bool:
    """On sorted keys: is every edge there exactly twice, once backwards (even key) and once
    forwards (the next odd key)? Then pairs are (2k, 2k + 1) and no pair repeats its edge."""
    if len(keys) % 2:
        return False
    even, odd = keys[0::2], keys[1::2]
    return bool(np.all(odd - even == 1) and np.all(even[1:] > odd[:-1]))


def faces_of_edges(n_vertices: int, faces: IntArray, keys: IntArray) -> IntArray:
    """Indices of the faces having one of the undirected edge `keys` (sorted, unique)."""
    if len(keys) == 0:
        return np.zeros(0, np.int64)
    wanted = np.sort(keys)
    hit = np.zeros(len(faces), dtype=bool)
    for k in range(3):
        a, b = faces[:, k], faces[:, (k + 1) % 3]
        key = np.minimum(a, b) * n_vertices + np.maximum(a, b)
        at = np.minimum(np.searchsorted(wanted, key), len(wanted) - 1)
        hit |= wanted[at] == key
    return np.flatnonzero(hit)


def face_terms(v: FloatArray, columns: list[IntArray]) -> tuple[FloatArray, FloatArray]:
    """Each face's area and signed volume term a·(b×c)/6, coordinate column by column."""
    xyz = [np.ascontiguousarray(v[:, k]) for k in range(3)]
    (ax, ay, az), (bx, by, bz), (cx, cy, cz) = ([c[col] for c in xyz] for col in columns)
    ux, uy, uz = bx - ax, by - ay, bz - az
    wx, wy, wz = cx - ax, cy - ay, cz - az
    nx, ny, nz = uy * wz - uz * wy, uz * wx - ux * wz, ux * wy - uy * wx
    volumes = (ax * nx + ay * ny + az * nz) / 6.0
    areas = 0.5 * np.sqrt(nx * nx + ny * ny + nz * nz)
    return areas, volumes


_NORMAL_BLOCK = 1 << 20  # faces per pass: the corner copies stay ~100 MB on a big part


def face_normals(vertices: FloatArray, faces: IntArray) -> FloatArray:
    """Unit normal of each face (zero for a degenerate face)."""
    out = np.empty((len(faces), 3), dtype=np.float64)
    for s in range(0, len(faces), _NORMAL_BLOCK):
        a, b, c = (vertices[faces[s : s + _NORMAL_BLOCK, k]] for k in range(3))
        n = np.cross(b - a, c - a)
        length = np.sqrt(np.einsum("ij,ij->i", n, n))
        with np.errstate(invalid="ignore", divide="ignore"):
            out[s : s + _NORMAL_BLOCK] = np.where(length[:, None] > 0, n / length[:, None], 0.0)
    return out


def components(n_vertices: int, columns: list[IntArray]) -> IntArray:
    """Body number (0..k-1) of each vertex: union-find by hooking and pointer jumping.

    The first round hooks each face's corners to its smallest corner; later rounds hook
    every root to the smallest root it touches along the remaining edges and flatten the
    trees, so the number of bodies at least halves per round.
    """
    parent = np.arange(n_vertices, dtype=np.int64)
    smallest = np.minimum(np.minimum(columns[0], columns[1]), columns[2])
    for column in columns:
        np.minimum.at(parent, column, smallest)
    parent = _flatten(parent)
    a = np.concatenate([columns[0], columns[1]])
    b = np.concatenate([columns[1], columns[2]])
    while True:
        ra, rb = parent[a], parent[b]
        across = ra != rb
        if not across.any():
            break
        a, b, ra, rb = a[across], b[across], ra[across], rb[across]
        np.minimum.at(parent, np.maximum(ra, rb), np.minimum(ra, rb))
        parent = _flatten(parent)
    return np.unique(parent, return_inverse=True)[1].astype(np.int64)


def _flatten(parent: IntArray) -> IntArray:
    while True:
        grand = parent[parent]
        if np.array_equal(grand, parent):
            return parent
        parent = grand


def solid_volume(t: Topology) -> float:
    """Total solid volume from each body's signed volume.

    Bodies oriented like the largest one count positive. An oppositely oriented body is
    a cavity (subtracted) if its box lies inside the box of a main-oriented body, else a
    separate body that is inside-out (added). So an inverted part is still positive.
    """
    signed = t.body_volumes
    main_sign = np.sign(signed[np.argmax(np.abs(signed))]) or 1.0
    opposite = np.flatnonzero(np.sign(signed) == -main_sign)
    if len(opposite) == 0:
        return abs(float(signed.sum()))
    cavity = opposite[cavities(t, opposite, main_sign)]
    volume = np.abs(signed).sum() - 2.0 * np.abs(signed[cavity]).sum()
    return max(float(volume), 0.0)


def cavities(t: Topology, opposite: IntArray, main_sign: float) -> NDArray[np.bool_]:
    """For each body in `opposite`: does its box lie inside a main-oriented body's box?"""
    lo, hi = body_boxes(t)
    signed = t.body_volumes
    main = np.flatnonzero(np.sign(signed) == main_sign)
    main = main[np.argsort(-np.abs(signed[main]))][:_CAVITY_CANDIDATES]
    inside = (lo[opposite, None] >= lo[None, main]) & (hi[opposite, None] <= hi[None, main])
    return np.asarray(np.all(inside, axis=2).any(axis=1))


def body_boxes(t: Topology) -> tuple[FloatArray, FloatArray]:
    """Bounding box corners of each body, (bodies, 3) each."""
    lo = np.full((t.bodies, 3), np.inf)
    hi = np.full((t.bodies, 3), -np.inf)
    for k in range(3):
        np.minimum.at(lo[:, k], t.body_of_vertex, t.vertices[:, k])
        np.maximum.at(hi[:, k], t.body_of_vertex, t.vertices[:, k])
    return lo, hi


def wrongly_oriented(t: Topology) -> IntArray:
    """Closed bodies facing the wrong way: a solid must have a positive volume, a cavity (a
    body whose box lies strictly inside another body's box) a negative one. One rule for
    the `inverted` check and for the repair that fixes it."""
    positive = t.body_volumes > 0
    nested = np.zeros(t.bodies, dtype=bool)
    if t.bodies > 1:
        lo, hi = body_boxes(t)
        containers = np.argsort(-np.abs(t.body_volumes))[:_CAVITY_CANDIDATES]
        inside = (lo[:, None] > lo[None, containers]) & (hi[:, None] < hi[None, containers])
        nested = np.all(inside, axis=2).any(axis=1)
    return np.flatnonzero(positive == nested)
