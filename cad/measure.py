"""Measuring on a mesh: rays through a pixel, picking a surface point, distances, holes.

Plain numpy, no Qt: the viewer hands in its camera matrix and pixel, and gets points,
distances and a hole's diameter in millimetres back. Picking is a vectorised
Möller–Trumbore test of one ray against every triangle (in blocks, so a 1.5 M-face mesh
stays within a few tens of megabytes of temporaries).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

import numpy as np
from numpy.typing import ArrayLike, NDArray

from cad.section import chain_parts

F64 = NDArray[np.float64]
I64 = NDArray[np.int64]

_BLOCK: Final = 1 << 19
_EPS: Final = 1e-12


@dataclass(frozen=True)
class Hit:
    face: int  # the triangle the ray met first
    point: tuple[float, float, float]
    distance: float  # along the ray, from its origin


@dataclass(frozen=True)
class Distance:
    length: float
    dx: float
    dy: float
    dz: float


@dataclass(frozen=True)
class HoleFit:
    diameter: float
    centre: tuple[float, float, float]
    normal: tuple[float, float, float]  # the axis of the hole (unit)
    loop: F64  # (k, 3) the edge loop the circle was fitted to
    roundness: float  # largest distance of a loop point from the circle, over the radius


def pixel_ray(inverse_mvp: ArrayLike, ndc_x: float, ndc_y: float) -> tuple[F64, F64]:
    """The ray through normalised device coordinates (-1..1, y up): origin and unit direction.

    `inverse_mvp` is the inverse of projection × view (row-major 4 × 4).
    """
    inv = np.asarray(inverse_mvp, dtype=np.float64).reshape(4, 4)
    near = inv @ np.array([ndc_x, ndc_y, -1.0, 1.0])
    far = inv @ np.array([ndc_x, ndc_y, 1.0, 1.0])
    a, b = near[:3] / near[3], far[:3] / far[3]
    direction = b - a
    return a, direction / np.linalg.norm(direction)


def project(mvp: ArrayLike, point: ArrayLike) -> tuple[float, float]:
    """Normalised device coordinates (x, y; -1..1, y up) of a 3D point."""
    m = np.asarray(mvp, dtype=np.float64).reshape(4, 4)
    p = m @ np.append(np.asarray(point, dtype=np.float64), 1.0)
    return float(p[0] / p[3]), float(p[1] / p[3])


def pick(
    vertices: ArrayLike, faces: ArrayLike, origin: ArrayLike, direction: ArrayLike
) -> Hit | None:
    """The first triangle the ray meets in front of its origin (both sides count), or None."""
    v = np.asarray(vertices, dtype=np.float64)
    f = np.asarray(faces, dtype=np.int64)
    o = np.asarray(origin, dtype=np.float64)
    d = np.asarray(direction, dtype=np.float64)
    best_t, best_face = np.inf, -1
    for s in range(0, len(f), _BLOCK):
        t = _ray_block(v, f[s : s + _BLOCK], o, d)
        if len(t) and np.isfinite(t).any():
            i = int(np.argmin(t))
            if t[i] < best_t:
                best_t, best_face = float(t[i]), s + i
    if best_face < 0:
        return None
    p = o + best_t * d
    return Hit(best_face, (float(p[0]), float(p[1]), float(p[2])), best_t)


class PickIndex:
    """A mesh made ready for many picks: each face's centre and reach, so that a click
    tests only the faces whose bounding sphere the ray passes through (a few dozen)
    instead of all of them (340 ms at 1 M faces, 25 ms with the index)."""

    def __init__(self, vertices: ArrayLike, faces: ArrayLike) -> None:
        self.vertices = np.asarray(vertices, dtype=np.float64)
        self.faces = np.asarray(faces, dtype=np.int64)
        centres = np.empty((len(self.faces), 3), dtype=np.float64)
        reach = np.zeros(len(self.faces), dtype=np.float64)
        for s in range(0, len(self.faces), _BLOCK):
            tri = self.vertices[self.faces[s : s + _BLOCK]]
            c = tri.mean(axis=1)
            centres[s : s + _BLOCK] = c
            reach[s : s + _BLOCK] = np.linalg.norm(tri - c[:, None], axis=2).max(axis=1)
        self.centres = centres
        self.reach2 = (reach * (1 + 1e-9) + 1e-12) ** 2

    def pick(self, origin: ArrayLike, direction: ArrayLike) -> Hit | None:
        o = np.asarray(origin, dtype=np.float64)
        d = np.asarray(direction, dtype=np.float64)
        d = d / np.linalg.norm(d)
        near: list[I64] = []
        for s in range(0, len(self.faces), _BLOCK):
            w = self.centres[s : s + _BLOCK] - o
            along = w @ d
            off2 = np.einsum("ij,ij->i", w, w) - along * along
            r2 = self.reach2[s : s + _BLOCK]
            near.append(np.flatnonzero((off2 <= r2) & (along > -np.sqrt(r2))) + s)
        candidates = np.concatenate(near)
        if len(candidates) == 0:
            return None
        hit = pick(self.vertices, self.faces[candidates], o, d)
        if hit is None:
            return None
        return Hit(int(candidates[hit.face]), hit.point, hit.distance)


def _ray_block(v: F64, f: I64, o: F64, d: F64) -> F64:
    """Distance along the ray to each triangle (inf where it misses): Möller–Trumbore."""
    a = v[f[:, 0]]
    e1 = v[f[:, 1]] - a
    e2 = v[f[:, 2]] - a
    p = np.cross(d, e2)
    det = np.einsum("ij,ij->i", e1, p)
    ok = np.abs(det) > _EPS * np.einsum("ij,ij->i", e1, e1).clip(min=1e-30)
    inv = np.zeros_like(det)
    inv[ok] = 1.0 / det[ok]
    s = o - a
    u = np.einsum("ij,ij->i", s, p) * inv
    q = np.cross(s, e1)
    w = (q @ d) * inv
    t = np.einsum("ij,ij->i", e2, q) * inv
    tol = 1e-9
    hit = ok & (u >= -tol) & (w >= -tol) & (u + w <= 1 + tol) & (t > 0)
    return np.where(hit, t, np.inf)


def snap_to_vertex(
    vertices: ArrayLike, faces: ArrayLike, hit: Hit, radius: float
) -> tuple[float, float, float]:
    """The hit face's corner nearest the hit point if it lies within `radius`, else the point."""
    v = np.asarray(vertices, dtype=np.float64)
    corners = v[np.asarray(faces, dtype=np.int64)[hit.face]]
    gaps = np.linalg.norm(corners - np.asarray(hit.point), axis=1)
    i = int(np.argmin(gaps))
    if gaps[i] <= radius:
        c = corners[i]
        return (float(c[0]), float(c[1]), float(c[2]))
    return hit.point


def distance(a: ArrayLike, b: ArrayLike) -> Distance:
    """From a to b: the straight length and its X, Y and Z components (b - a)."""
    d = np.asarray(b, dtype=np.float64) - np.asarray(a, dtype=np.float64)
    return Distance(float(np.linalg.norm(d)), float(d[0]), float(d[1]), float(d[2]))


# -- holes ------------------------------------------------------------------------------


def sharp_edges(vertices: ArrayLike, faces: ArrayLike, angle_deg: float = 30.0) -> I64:
    """(k, 2) vertex pairs of edges whose faces bend by more than `angle_deg`, and open edges."""
    v = np.asarray(vertices, dtype=np.float64)
    f = np.asarray(faces, dtype=np.int64)
    n = np.cross(v[f[:, 1]] - v[f[:, 0]], v[f[:, 2]] - v[f[:, 0]])
    n /= np.maximum(np.linalg.norm(n, axis=1), 1e-300)[:, None]
    edges = np.concatenate([f[:, [0, 1]], f[:, [1, 2]], f[:, [2, 0]]])
    owner = np.tile(np.arange(len(f)), 3)
    edges.sort(axis=1)
    key = edges[:, 0] * (int(f.max()) + 1) + edges[:, 1]
    order = np.argsort(key, kind="stable")
    key, edges, owner = key[order], edges[order], owner[order]
    start = np.r_[True, key[1:] != key[:-1]]
    group = np.cumsum(start.astype(np.int64)) - 1  # a bool cumsum holds the GIL
    size = np.bincount(group)
    first = np.flatnonzero(start)
    out = size[group[first]] != 2  # open or non-manifold: always an edge to follow
    pair = size[group[first]] == 2
    a, b = owner[first[pair]], owner[first[pair] + 1]
    cos = np.einsum("ij,ij->i", n[a], n[b])
    out[pair] = cos < np.cos(np.radians(angle_deg))
    return np.asarray(edges[first[out]], dtype=np.int64)


def edge_loops(edges: ArrayLike) -> list[I64]:
    """Closed chains of vertex ids among `edges`: connected parts where every vertex has
    two edges. Parts that branch or end are left out (a hole's rim never does either)."""
    e = np.asarray(edges, dtype=np.int64).reshape(-1, 2)
    if len(e) == 0:
        return []
    parts = chain_parts(e)
    loops = []
    neighbours = _neighbours(parts.local, len(parts.ids))
    for comp in np.flatnonzero(parts.closed):
        members = np.flatnonzero(parts.label == comp)
        loops.append(parts.ids[_walk(neighbours, int(members[0]), len(members))])
    return loops


def _neighbours(local: I64, m: int) -> I64:
    """(m, 2) the two neighbours of each vertex of degree two (others: whatever fits)."""
    out = np.full((m, 2), -1, dtype=np.int64)
    both = np.concatenate([local, local[:, ::-1]])
    order = np.argsort(both[:, 0], kind="stable")
    both = both[order]
    start = np.r_[True, both[1:, 0] != both[:-1, 0]]
    rank = np.arange(len(both)) - np.maximum.accumulate(np.where(start, np.arange(len(both)), 0))
    keep = rank < 2
    out[both[keep, 0], rank[keep]] = both[keep, 1]
    return out


def _walk(neighbours: I64, start: int, length: int) -> I64:
    path = [start]
    prev, here = -1, start
    for _ in range(length - 1):
        a, b = neighbours[here]
        nxt = int(b if a == prev else a)
        prev, here = here, nxt
        path.append(here)
    return np.asarray(path, dtype=np.int64)


def hole_diameter(
    vertices: ArrayLike,
    faces: ArrayLike,
    point: ArrayLike,
    *,
    max_gap: float,
    angle_deg: float = 30.0,
    max_roundness: float = 0.1,
    loops: list[I64] | None = None,
) -> HoleFit | None:
    """The circle fitted to the sharp-edge loop nearest `point` (within `max_gap` mm).

    None when no closed loop is that near or the nearest one is not round (its points
    stray from the circle by more than `max_roundness` × the radius). `loops` are the
    mesh's `edge_loops(sharp_edges(...))` when the caller keeps them between clicks.
    """
    v = np.asarray(vertices, dtype=np.float64)
    p = np.asarray(point, dtype=np.float64)
    if loops is None:
        loops = edge_loops(sharp_edges(v, faces, angle_deg))
    best: tuple[float, I64] | None = None
    for loop in loops:
        gap = _gap_to_loop(v[loop], p)
        if gap <= max_gap and (best is None or gap < best[0]):
            best = (gap, loop)
    if best is None or len(best[1]) < 6:
        return None
    fit = fit_circle(v[best[1]])
    return fit if fit.roundness <= max_roundness else None


def _gap_to_loop(points: F64, p: F64) -> float:
    a, b = points, np.roll(points, -1, axis=0)
    ab = b - a
    t = np.clip(np.einsum("ij,ij->i", p - a, ab) / np.maximum((ab * ab).sum(1), 1e-300), 0, 1)
    return float(np.linalg.norm(a + t[:, None] * ab - p, axis=1).min())


def fit_circle(points: ArrayLike) -> HoleFit:
    """Least-squares circle through 3D points that lie near one plane (Kåsa's fit)."""
    pts = np.asarray(points, dtype=np.float64)
    mean = pts.mean(axis=0)
    _, _, vt = np.linalg.svd(pts - mean, full_matrices=False)
    u_axis, w_axis, normal = vt[0], vt[1], vt[2]
    x, y = (pts - mean) @ u_axis, (pts - mean) @ w_axis
    a = np.column_stack([x, y, np.ones_like(x)])
    sol, *_ = np.linalg.lstsq(a, x * x + y * y, rcond=None)
    cx, cy = sol[0] / 2, sol[1] / 2
    radius = float(np.sqrt(max(sol[2] + cx * cx + cy * cy, 0.0)))
    centre = mean + cx * u_axis + cy * w_axis
    stray = np.abs(np.hypot(x - cx, y - cy) - radius).max()
    return HoleFit(
        diameter=2 * radius,
        centre=(float(centre[0]), float(centre[1]), float(centre[2])),
        normal=(float(normal[0]), float(normal[1]), float(normal[2])),
        loop=pts,
        roundness=float(stray / radius) if radius > 0 else float("inf"),
    )
