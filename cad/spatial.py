"""Thin walls and self-intersections, measured on the triangles themselves.

Both checks share one broad phase, a multi-level uniform grid (`_Grid`): every face with a
non-zero area goes to the level whose cell size is the first power-of-two fraction of the
biggest face extent that still holds it (so long CAD slivers sit on a coarse level and do not
flood a fine one), and is filed under the cell of its bounding box's low corner. Two boxes
can then only overlap if their low-corner cells are neighbours, which keeps every query to
at most 27 cells of a level. The narrow phases are vectorised numpy over blocks of at most
`_BLOCK` pairs, so memory stays bounded whatever the mesh.

Limits, both checks: zero-area faces are skipped; a touch within a relative tolerance of
1e-9 (a vertex on a face, an edge along an edge) does not count.
"""

from __future__ import annotations

import itertools
import time
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Final

import numpy as np
from numpy.typing import ArrayLike, NDArray

Ints = NDArray[np.int64]
Floats = NDArray[np.float64]
Small = NDArray[np.int32]  # grid positions and vertex numbers of a block (half the bytes)

_BLOCK: Final = 2_000_000  # pairs handled at once: ~100 MB of temporaries at most
_MAX_DEPTH: Final = 20  # a level's cell is never finer than the mesh span / 2**20
_TOL: Final = 1e-9  # relative tolerance of barycentric and edge parameters
_SAMPLE_BLOCK: Final = 1024  # thin-wall samples between two deadline checks
_RAW_FACTOR: Final = 10  # stop when the grid's raw pairs exceed this many max_pairs
_CELL_SCALE: Final = 1.0  # a cell is this many times the biggest face extent of its level


@dataclass(frozen=True)
class ThinWallResult:
    faces: Ints  # sampled faces found thinner than min_wall, sorted
    thinnest_mm: float | None  # the shortest wall measured, None if no sample was thin
    samples: int  # faces sampled and measured
    thin_area_fraction: float  # estimated fraction of the surface area that is thin
    complete: bool  # False when the deadline passed before every sample was measured


@dataclass(frozen=True)
class IntersectionResult:
    faces: Ints  # faces crossing another face of the mesh, sorted unique
    pairs: int  # crossing pairs found
    candidates: int  # pairs given to the exact test: boxes overlap, no shared vertex
    complete: bool  # False when the deadline passed or the candidates exceeded max_pairs


@dataclass(frozen=True)
class _Level:
    depth: int  # cell = biggest extent / 2**depth
    cell: float
    dims: Ints  # (3,) cells per axis
    coords: Ints  # (u, 3) occupied cells, in key order
    keys: Ints  # (u,) sorted
    starts: Ints  # (u,) first grid position of each cell's faces
    counts: Ints  # (u,)


@dataclass(frozen=True)
class _Grid:
    ids: Ints  # grid position -> face index
    reach: NDArray[np.uint8]  # per grid position, bit a: the box reaches the next cell on axis a
    origin: Floats  # (3,)
    levels: list[_Level]  # coarse to fine, occupied levels only


def _expired(deadline: float | None) -> bool:
    return deadline is not None and time.monotonic() > deadline


def _as_mesh(vertices: ArrayLike, faces: ArrayLike) -> tuple[Floats, Ints]:
    """(3, n) vertex columns and (m, 3) faces; faces with an index out of range are dropped."""
    v = np.ascontiguousarray(np.asarray(vertices, dtype=np.float64).reshape(-1, 3).T)
    f = np.asarray(faces, dtype=np.int64).reshape(-1, 3)
    if len(f) and (f.min() < 0 or f.max() >= v.shape[1]):
        f = f[((f >= 0) & (f < v.shape[1])).all(axis=1)]
    return v, f


def _cross(a: Floats, b: Floats) -> Floats:
    """Cross product of (3, k) column vectors."""
    return np.array(
        [a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]]
    )


def _dot(a: Floats, b: Floats) -> Floats:
    result: Floats = a[0] * b[0] + a[1] * b[1] + a[2] * b[2]
    return result


def _corners(vt: Floats, f: Ints) -> tuple[Floats, Floats, Floats]:
    """The three corners of faces `f` ((k, 3) indices) as (3, k) columns."""
    return vt[:, f[:, 0]], vt[:, f[:, 1]], vt[:, f[:, 2]]


def _expand(counts: Ints) -> tuple[Ints, Ints]:
    """For `counts[r]` items in row r: each item's row, and its place within the row."""
    rows = np.repeat(np.arange(len(counts)), counts)
    first = np.cumsum(counts) - counts
    return rows, np.arange(len(rows)) - first[rows]


def _build_grid(lo: Floats, hi: Floats, ids: Ints) -> _Grid:
    """File faces `ids` (boxes `lo`, `hi` as (3, k) columns) into a multi-level grid."""
    origin = lo.min(axis=1)
    span = hi.max(axis=1) - origin
    ext = (hi - lo).max(axis=0)
    biggest = max(float(ext.max()), 1e-300)
    finest = int(
        np.clip(np.floor(np.log2(biggest * 2**_MAX_DEPTH / max(span.max(), 1e-300))), 0, 60)
    )
    with np.errstate(divide="ignore"):
        depth = np.clip(np.floor(np.log2(biggest / ext)), 0, finest).astype(np.int64)
    depth -= ext > biggest / 2.0**depth  # rounding of log2 must never put a face too fine
    order = np.argsort(depth, kind="stable")
    bounds = np.flatnonzero(np.diff(depth[order], prepend=-1, append=-1))
    levels, positions, reach = [], [], []
    for start, stop in itertools.pairwise(bounds.tolist()):
        members = order[start:stop]
        d = int(depth[members[0]])
        cell = _CELL_SCALE * biggest / 2.0**d
        dims = np.floor(span / cell).astype(np.int64) + 1
        coords = np.floor((lo[:, members] - origin[:, None]) / cell).astype(np.int64).T
        tops = np.floor((hi[:, members] - origin[:, None]) / cell).astype(np.int64).T
        keys = _keys(dims, coords)
        by_key = np.argsort(keys, kind="stable")
        keys = keys[by_key]
        first = np.flatnonzero(np.diff(keys, prepend=-1))
        levels.append(
            _Level(
                d,
                cell,
                dims,
                coords[by_key[first]],
                keys[first],
                first + start,
                np.diff(first, append=len(keys)),
            )
        )
        positions.append(members[by_key])
        reach.append(((tops > coords)[by_key] @ np.array([1, 2, 4])).astype(np.uint8))
    return _Grid(ids[np.concatenate(positions)], np.concatenate(reach), origin, levels)


def _keys(dims: Ints, coords: Ints) -> Ints:
    """Linear cell keys; coordinates from -1 to dims inclusive stay distinct."""
    sx, sy = dims[0] + 2, (dims[0] + 2) * (dims[1] + 2)
    keys: Ints = (coords[:, 0] + 1) + sx * (coords[:, 1] + 1) + sy * (coords[:, 2] + 1)
    return keys


_OFFSETS: Final = np.array([[x, y, z] for z in (0, 1, 2) for y in (0, 1, 2) for x in (0, 1, 2)])
# With base = cell - 1: the cell itself and the 13 neighbours after it in key order.
_HALF: Final = _OFFSETS[13:]


def _lookup(
    level: _Level, base: Ints, top: Ints, offsets: Ints = _OFFSETS
) -> tuple[Ints, Ints, Ints]:
    """(query, occupied cell of `level`, offset number) for the cells base + offset <= top."""
    base = np.maximum(base, -1)
    span = np.minimum(top, level.dims) - base
    live = np.flatnonzero((span >= 0).all(axis=1))
    span, keys = span[live], _keys(level.dims, base[live])
    strides = np.array([1, level.dims[0] + 2, (level.dims[0] + 2) * (level.dims[1] + 2)])
    queries, cells, numbers = [], [], []
    for number, offset in enumerate(offsets):
        inside = np.ones(len(live), dtype=bool)
        for axis in np.flatnonzero(offset):
            inside &= span[:, axis] >= offset[axis]
        rows = np.flatnonzero(inside)
        wanted = keys[rows] + int(offset @ strides)
        at = np.minimum(np.searchsorted(level.keys, wanted), len(level.keys) - 1)
        found = level.keys[at] == wanted
        queries.append(live[rows[found]])
        cells.append(at[found])
        numbers.append(np.full(int(found.sum()), number))
    return np.concatenate(queries), np.concatenate(cells), np.concatenate(numbers)


def _chunks(sizes: Ints) -> Iterator[tuple[int, int]]:
    """Consecutive row ranges whose sizes add up to about _BLOCK (one row at least)."""
    ends = np.cumsum(sizes)
    row = 0
    while row < len(sizes):
        stop = int(np.searchsorted(ends, ends[row] - sizes[row] + _BLOCK, side="right"))
        yield row, max(stop, row + 1)
        row = max(stop, row + 1)


def _range_pairs(
    q_start: Ints,
    q_count: Ints,
    s_start: Ints,
    s_count: Ints,
    same: NDArray[np.bool_] | None = None,
    need: tuple[NDArray[np.uint8], Ints] | None = None,
) -> Iterator[tuple[Small, Small]]:
    """Every (i, j), i in q_start[r] + range(q_count[r]), j in s_start[r] + range(s_count[r]).

    Where `same[r]` both ranges are one cell and only i < j is made. `need` = (reach, bits):
    i is kept only if reach[i] has all of bits[r] (its box reaches the neighbour cell).
    """
    for row, stop in _chunks(q_count):
        r, k = _expand(q_count[row:stop])
        r += row
        i = q_start[r] + k
        if need is not None:
            keep = (need[0][i] & need[1][r]) == need[1][r]
            i, r = i[keep], r[keep]
        j_start = s_start[r] if same is None else np.where(same[r], i + 1, s_start[r])
        j_count = s_start[r] + s_count[r] - j_start
        for first, last in _chunks(j_count):
            rows, within = _expand(j_count[first:last])
            rows += first
            yield i[rows].astype(np.int32), (j_start[rows] + within).astype(np.int32)


def _segment_hits(
    p: Floats, d: Floats, tri: tuple[Floats, Floats, Floats], t_max: float | Floats, tol: float
) -> tuple[NDArray[np.bool_], Floats, Floats]:
    """Möller–Trumbore: does p + t·d, t in [|tol|, t_max], cross triangle `tri`?

    All (3, k) columns. tol > 0 demands a strict interior crossing (touching does not count),
    tol < 0 accepts a hit on the triangle's edges. Returns (hit, t, det); det < 0 means the
    segment meets the triangle from its back (the normal points along d).
    """
    v0, e1, e2 = tri[0], tri[1] - tri[0], tri[2] - tri[0]
    pvec = _cross(d, e2)
    det = _dot(e1, pvec)
    scale = np.sqrt(_dot(d, d) * _dot(e1, e1) * _dot(e2, e2))
    usable = np.abs(det) > 1e-12 * scale
    inv = np.divide(1.0, det, out=np.zeros_like(det), where=usable)
    tvec = p - v0
    u = _dot(tvec, pvec) * inv
    qvec = _cross(tvec, e1)
    v = _dot(d, qvec) * inv
    t = _dot(e2, qvec) * inv
    hit = usable & (u >= tol) & (v >= tol) & (u + v <= 1 - tol) & (t >= abs(tol)) & (t <= t_max)
    return hit, t, det


def _box_columns(vt: Floats, f: Ints) -> tuple[Floats, Floats]:
    a, b, c = _corners(vt, f)
    return np.minimum(np.minimum(a, b), c), np.maximum(np.maximum(a, b), c)


def _face_normals(vt: Floats, f: Ints) -> Floats:
    """Unnormalised (3, m) normals: length is twice the area."""
    a, b, c = _corners(vt, f)
    return _cross(b - a, c - a)


def _usable_faces(vt: Floats, f: Ints) -> tuple[Floats, Ints]:
    """Twice the area of every face, and the faces whose area is not ~zero."""
    normals = _face_normals(vt, f)
    area2 = np.sqrt(_dot(normals, normals))
    span = float(np.ptp(vt, axis=1).max()) if vt.size else 0.0
    return area2, np.flatnonzero(area2 > 1e-14 * span * span)


# --------------------------------------------------------------------------- thin walls


def thin_walls(
    vertices: ArrayLike,
    faces: ArrayLike,
    min_wall_mm: float,
    *,
    max_samples: int = 4000,
    seed: int = 0,
    deadline: float | None = None,
) -> ThinWallResult:
    """Measure the wall behind sampled faces by casting a ray inward from each.

    Up to `max_samples` faces are drawn with probability proportional to area (all of them
    when there are fewer; reproducible with `seed`). From each centroid, nudged a tiny
    epsilon inward, a segment of length `min_wall_mm` runs along the inward normal; the
    nearest face it meets from that face's back (the opposite wall's outside) is the wall
    thickness. The sample's own face never counts, faces sharing a vertex only beyond ~0.
    The area fraction is exact when every face is sampled, else the share of thin samples.

    Limits: it needs consistent outward winding (an inside-out part reads as all air); a
    wall is measured along the normal only, so an acute wedge may read thicker than it is;
    the time grows with min_wall / face size, since the segment visits that many cells.
    """
    empty = np.zeros(0, dtype=np.int64)
    if _expired(deadline):
        return ThinWallResult(empty, None, 0, 0.0, False)
    vt, f = _as_mesh(vertices, faces)
    area2, good = _usable_faces(vt, f)
    if not (np.isfinite(min_wall_mm) and min_wall_mm > 0) or not len(good) or max_samples < 1:
        return ThinWallResult(empty, None, 0, 0.0, True)
    samples = _sample_faces(area2, good, max_samples, seed)
    lo, hi = _box_columns(vt, f[good])
    grid = _build_grid(lo, hi, good)
    depth = np.full(len(samples), np.inf)
    done = 0
    while done < len(samples) and not _expired(deadline):
        block = samples[done : done + _SAMPLE_BLOCK]
        depth[done : done + len(block)] = _wall_depths(grid, vt, f, block, min_wall_mm)
        done += len(block)
    measured, depth = samples[:done], depth[:done]
    thin = depth < min_wall_mm
    weights = area2[measured] if len(samples) == len(good) else np.ones(done)
    fraction = float(weights[thin].sum() / weights.sum()) if done else 0.0
    thinnest = float(depth[thin].min()) if thin.any() else None
    return ThinWallResult(np.sort(measured[thin]), thinnest, done, fraction, done == len(samples))


def _sample_faces(area2: Floats, good: Ints, max_samples: int, seed: int) -> Ints:
    """Area-weighted sample without replacement (Efraimidis–Spirakis keys); all if few."""
    if len(good) <= max_samples:
        return good
    rng = np.random.default_rng(seed)
    keys = np.log(rng.random(len(good))) / area2[good]
    return np.sort(good[np.argpartition(-keys, max_samples - 1)[:max_samples]])


def _wall_depths(grid: _Grid, vt: Floats, f: Ints, samples: Ints, min_wall: float) -> Floats:
    """Distance from each sample's centroid to the nearest back face within min_wall."""
    a, b, c = _corners(vt, f[samples])
    normal = _cross(b - a, c - a)
    inward = -normal / np.sqrt(_dot(normal, normal))
    nudge = 1e-6 * min_wall
    start = (a + b + c) / 3.0 + nudge * inward
    best = np.full(len(samples), np.inf)
    for level in grid.levels:
        for rows, j in _segment_candidates(grid, level, start, inward, min_wall):
            faces_j = grid.ids[j]
            hit, t, det = _segment_hits(
                start[:, rows], inward[:, rows], _corners(vt, f[faces_j]), min_wall - nudge, -_TOL
            )
            shares = (f[samples[rows]][:, :, None] == f[faces_j][:, None, :]).any(axis=(1, 2))
            hit &= (det < 0) & (faces_j != samples[rows]) & ~(shares & (t < 2 * nudge))
            np.minimum.at(best, rows[hit], t[hit] + nudge)
    return best


def _segment_candidates(
    grid: _Grid, level: _Level, start: Floats, direction: Floats, length: float
) -> Iterator[tuple[Small, Small]]:
    """(sample, grid position) pairs whose face may meet the sample's segment.

    The segment is cut into pieces no longer than the level's cell, so each piece looks at
    no more than 27 cells; pieces are taken a few at a time to bound the lookups.
    """
    pieces = int(np.ceil(length / (0.999 * level.cell)))
    k = start.shape[1]
    step = max(1, _BLOCK // (27 * max(k, 1)))
    origin = grid.origin[:, None]
    for first in range(0, pieces, step):
        s = np.arange(first, min(first + step, pieces)) * (length / pieces)
        ends = [
            start[:, None, :] + direction[:, None, :] * (s + e)[None, :, None]
            for e in (0.0, length / pieces)
        ]
        lo = np.minimum(*ends).reshape(3, -1)
        hi = np.maximum(*ends).reshape(3, -1)
        base = np.floor((lo - origin) / level.cell).astype(np.int64).T - 1
        top = np.floor((hi - origin) / level.cell).astype(np.int64).T
        query, cells, _ = _lookup(level, base, top)
        rows = query % k
        ones = np.ones(len(rows), dtype=np.int64)
        yield from _range_pairs(rows, ones, level.starts[cells], level.counts[cells])


# -------------------------------------------------------------------- self-intersections


def self_intersections(
    vertices: ArrayLike,
    faces: ArrayLike,
    *,
    deadline: float | None = None,
    max_pairs: int = 20_000_000,
) -> IntersectionResult:
    """Find faces that cross another face of the same mesh.

    Broad phase: the multi-level grid gives each pair of faces whose low-corner cells are
    neighbours once; pairs whose boxes do not overlap or that share a vertex (adjacent
    faces) are dropped. Narrow phase: a pair survives if each triangle has corners strictly
    on both sides of the other's plane, then crosses if any of its six edges passes through
    the other triangle's interior (Möller–Trumbore, strict, so touching does not count).

    Limits: coplanar overlaps (two faces lying in one plane) are not reported; nor is a
    crossing made only of edge-on-edge contacts. Stops early, complete=False, when the
    deadline passes, the candidates exceed `max_pairs` or the raw grid pairs exceed
    10 × max_pairs (a heap of faces in one spot).
    """
    empty = np.zeros(0, dtype=np.int64)
    if _expired(deadline):
        return IntersectionResult(empty, 0, 0, False)
    vt, f = _as_mesh(vertices, faces)
    _, good = _usable_faces(vt, f)
    if len(good) < 2:
        return IntersectionResult(empty, 0, 0, True)
    lo, hi = _box_columns(vt, f[good])
    grid = _build_grid(lo, hi, good)
    order = grid.ids
    at = np.searchsorted(good, order)
    boxes = (
        _float32_box(lo[:, at], grid.origin, -np.inf),
        _float32_box(hi[:, at], grid.origin, np.inf),
    )
    corners = np.ascontiguousarray(f[order].T.astype(np.int32))
    found: list[Ints] = []
    candidates = raw = 0
    complete = True
    for i, j in _grid_pairs(grid):
        if _expired(deadline) or candidates > max_pairs or raw > _RAW_FACTOR * max_pairs:
            complete = False
            break
        raw += len(i)
        i, j = _candidates(boxes, corners, i, j)
        candidates += len(i)
        if len(i):
            crossing = _triangles_cross(vt, corners[:, i], corners[:, j])
            found.append(np.stack([i[crossing], j[crossing]]))
    return _intersection_result(order, found, candidates, complete)


def _intersection_result(
    order: Ints, found: list[Ints], candidates: int, complete: bool
) -> IntersectionResult:
    pairs = np.concatenate(found, axis=1) if found else np.zeros((2, 0), dtype=np.int64)
    return IntersectionResult(np.unique(order[pairs]), pairs.shape[1], candidates, complete)


def _grid_pairs(grid: _Grid) -> Iterator[tuple[Small, Small]]:
    """Blocks of grid-position pairs that may overlap: within a level, then across levels."""
    for n, fine in enumerate(grid.levels):
        q, u, number = _lookup(fine, fine.coords - 1, fine.coords + 1, _HALF)
        bits = ((_HALF[number] == 2) @ np.array([1, 2, 4])).astype(np.uint8)
        yield from _range_pairs(
            fine.starts[q],
            fine.counts[q],
            fine.starts[u],
            fine.counts[u],
            q == u,
            (grid.reach, bits),
        )
        for coarse in grid.levels[:n]:
            shift = fine.depth - coarse.depth
            q, u, _ = _lookup(coarse, (fine.coords >> shift) - 1, (fine.coords + 2) >> shift)
            yield from _range_pairs(
                fine.starts[q], fine.counts[q], coarse.starts[u], coarse.counts[u]
            )


def _float32_box(bound: Floats, origin: Floats, outward: float) -> NDArray[np.float32]:
    """A box bound relative to the grid origin in float32, rounded outward (a box may grow)."""
    local = bound - origin[:, None]
    rounded = local.astype(np.float32)
    moved = rounded < local if outward > 0 else rounded > local
    return np.where(moved, np.nextafter(rounded, np.float32(outward)), rounded)


def _candidates(
    boxes: tuple[NDArray[np.float32], NDArray[np.float32]], corners: Small, i: Small, j: Small
) -> tuple[Small, Small]:
    """Keep the pairs whose boxes overlap and that share no vertex."""
    lo, hi = boxes
    for axis in range(3):  # one axis at a time: each pass gathers only what is left
        keep = (lo[axis, i] <= hi[axis, j]) & (lo[axis, j] <= hi[axis, i])
        i, j = i[keep], j[keep]
    shared = np.zeros(len(i), dtype=bool)
    for a in range(3):
        ci = corners[a, i]
        for b in range(3):
            shared |= ci == corners[b, j]
    return i[~shared], j[~shared]


def _triangles_cross(vt: Floats, fa: Small, fb: Small) -> NDArray[np.bool_]:
    """For (3, k) corner indices of triangle pairs: does one cut through the other?"""
    a = [vt[:, fa[n]] for n in range(3)]
    b = [vt[:, fb[n]] for n in range(3)]
    local = a[0].copy()  # work near the pair: a part far from the origin stays exact
    a = [p - local for p in a]
    b = [p - local for p in b]
    result = np.zeros(fa.shape[1], dtype=bool)
    rows = np.flatnonzero(_straddles(a, b) & _straddles(b, a))
    for first, second in ((a, b), (b, a)):
        tri = (second[0][:, rows], second[1][:, rows], second[2][:, rows])
        for n in range(3):
            p, q = first[n][:, rows], first[(n + 1) % 3][:, rows]
            result[rows] |= _segment_hits(p, q - p, tri, 1.0 - _TOL, _TOL)[0]
    return result


def _straddles(tri: list[Floats], other: list[Floats]) -> NDArray[np.bool_]:
    """Whether `other` has corners on both sides of (or on) the plane of `tri`."""
    e1, e2 = tri[1] - tri[0], tri[2] - tri[0]
    normal = _cross(e1, e2)
    size = _TOL * np.sqrt(_dot(normal, normal) * np.maximum(_dot(e1, e1), _dot(e2, e2)))
    side = [_dot(normal, p - tri[0]) for p in other]
    above = (side[0] > size) & (side[1] > size) & (side[2] > size)
    below = (side[0] < -size) & (side[1] < -size) & (side[2] < -size)
    return ~(above | below)
