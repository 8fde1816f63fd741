"""The FDM print model behind `cad.estimates.estimate_fdm`: numpy only, no fitted constants.

Slices are cut at every layer of PrusaSlicer's plan (a first layer, then fixed steps,
each cut at mid-height) and the print is built from the settings alone:

- perimeters: the cut segments chained into closed loops; each perimeter is the loop
  offset inwards; a wall too thin for all of them keeps its external loops and loses
  inner ones (the extruded area cannot exceed the section); perimeter loops shorter than
  a 6.5 mm-radius circle run at the small-perimeter speed;
- top / bottom skin: up- and down-facing projected area within the solid layers, a
  sloped face counting only for the part of its run not already under the perimeters;
  the lowest top layer is a bridge; islands too small for sparse infill are solid;
- sparse infill: the remaining interior × density, plus anchors along the perimeters;
- time: every contour segment and infill line is timed with a trapezoidal speed profile
  (acceleration limit; junction speeds from the per-axis jerk limit and the turn between
  segments), plus travels, retractions, layer changes, and the minimum layer time of the
  cooling settings (applied to nominal times, as the slicer's cooling buffer does).

Memory is bounded: (face, plane) pairs are cut in chunks of _BLOCK_PAIRS; a mesh that
would need more than _MAX_PAIRS pairs in all is sliced at every n-th layer only.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Final

import numpy as np
from numpy.typing import NDArray

from cad.fdm_settings import FdmSettings

F64 = NDArray[np.float64]
I64 = NDArray[np.int64]

_BLOCK_PAIRS: Final = 1 << 18  # (face, plane) pairs sliced at once: bounds the memory
_MAX_PAIRS: Final = 1 << 21  # pairs in all: beyond, only every n-th layer is sliced
_SMALL_PERIMETER_RADIUS_MM: Final = 6.5  # PrusaSlicer's small-perimeter threshold


def simulate_print(vertices: F64, faces: I64, s: FdmSettings) -> tuple[float, float, int]:
    """(extruded volume mm³, print time s, layers) of a welded, outward-wound mesh
    standing on z = 0. ValueError if it is thinner than half the first layer."""
    planes, heights = _layer_plan(float(vertices[:, 2].max()), s)
    if len(planes) == 0:
        raise ValueError("the part is thinner than the first layer")
    slices = _slice(vertices, faces, planes, s)
    up, down = _exposure(vertices, faces, planes, s)
    volume, seconds = _print(slices, up, down, heights, s)
    return volume, seconds, len(planes)


def _flow(width: float, height: float) -> tuple[float, float]:
    """(spacing mm, cross-section mm²) of an extrusion: PrusaSlicer's rounded rectangle."""
    spacing = width - height * (1.0 - math.pi / 4.0)
    return spacing, height * spacing


def _layer_plan(height: float, s: FdmSettings) -> tuple[F64, F64]:
    """Slice planes (mid-layer z) and layer heights, as PrusaSlicer plans fixed layers."""
    if height < s.first_layer_height / 2:
        return np.zeros(0), np.zeros(0)
    extra = max(0, math.ceil((height - s.first_layer_height) / s.layer_height - 0.5 - 1e-9))
    tops = s.first_layer_height + s.layer_height * np.arange(extra + 1, dtype=np.float64)
    heights = np.full(extra + 1, s.layer_height)
    heights[0] = s.first_layer_height
    return tops - heights / 2, heights


@dataclass(frozen=True)
class _Slices:
    """Closed contour loops of every layer; `times` are per loop, one column per speed."""

    layer: I64
    length: F64
    area: F64  # signed: outer loops positive, holes negative
    times: F64  # (loops, 4): external, perimeter, small perimeter, first layer speed
    hull_mm: float  # convex-hull perimeter of the first layer
    sampled: I64  # the layers sliced (all, unless the mesh is very large)


def _speeds(s: FdmSettings) -> F64:
    return np.array(
        [
            s.external_perimeter_speed,
            s.perimeter_speed,
            s.small_perimeter_speed,
            s.first_layer_speed,
        ]
    )


def _move_time(length: F64, g0: F64, g1: F64, v: float, s: FdmSettings) -> F64:
    """Seconds for straight moves at feed rate `v` with a trapezoidal profile.

    `g0`, `g1` are the per-axis direction changes at the move's ends (0: straight on,
    1: a right angle, 2: a reversal); the junction speed is the one the jerk limit allows.
    """
    a = s.acceleration
    with np.errstate(divide="ignore"):
        v0 = np.minimum(v, np.where(g0 > 0, s.jerk / g0, v))
        v1 = np.minimum(v, np.where(g1 > 0, s.jerk / g1, v))
    cruise = length >= (2 * v * v - v0 * v0 - v1 * v1) / (2 * a)
    full = length / v + ((v - v0) ** 2 + (v - v1) ** 2) / (2 * a * v)
    peak = np.sqrt((2 * a * length + v0 * v0 + v1 * v1) / 2)
    triangle = np.where(
        peak >= np.maximum(v0, v1),
        (2 * peak - v0 - v1) / a,
        2 * length / np.maximum(v0 + v1, 1e-9),
    )
    result: F64 = np.where(cruise, full, triangle)
    return result


def _edge_ids(f: I64, n_vertices: int, n_layers: int) -> tuple[I64, int]:
    """An id for each face side (m, 3), the same for both faces of an edge; and the
    id bound. Vertex-pair keys when layer × key fits in int64, else renumbered."""
    a, b = f, np.roll(f, -1, axis=1)
    keys = np.minimum(a, b) * n_vertices + np.maximum(a, b)
    bound = n_vertices * n_vertices
    if bound * (n_layers + 1) < 2**62:
        return keys, bound
    unique, inverse = np.unique(keys.ravel(), return_inverse=True)
    return inverse.reshape(f.shape).astype(np.int64), len(unique)


def _slice(v: F64, f: I64, planes: F64, s: FdmSettings) -> _Slices:
    """Slice the planes and chain the segments into loops, in memory-bound chunks.

    A mesh that would cut into more than _MAX_PAIRS (face, plane) pairs is sliced at
    every n-th plane only (always the first two); the layers between copy the one below.
    """
    z = v[:, 2][f]
    lo = np.searchsorted(planes, z.min(axis=1), side="right")
    hi = np.searchsorted(planes, z.max(axis=1), side="right")
    stride = max(1, math.ceil(int((hi - lo).sum()) / _MAX_PAIRS))
    sampled = np.unique(
        np.concatenate([np.arange(0, len(planes), stride), [min(1, len(planes) - 1)]])
    )
    lo, hi = np.searchsorted(sampled, lo), np.searchsorted(sampled, hi)
    per_plane = np.cumsum(
        np.bincount(lo, minlength=len(sampled) + 1) - np.bincount(hi, minlength=len(sampled) + 1)
    )[:-1]
    edge_id, bound = _edge_ids(f, len(v), len(planes))
    parts: list[tuple[I64, F64, F64, F64]] = []
    hull, k0 = 0.0, 0
    while k0 < len(sampled):
        k1 = k0 + 1 + int(np.searchsorted(np.cumsum(per_plane[k0 + 1 :]), _BLOCK_PAIRS))
        k1 = min(k1, len(sampled))
        chosen = np.flatnonzero((lo < k1) & (hi > k0))
        first = np.maximum(lo[chosen], k0)
        counts = np.minimum(hi[chosen], k1) - first
        face = np.repeat(chosen, counts)
        layer = sampled[np.repeat(first, counts) + _ramp(counts)]
        seg = _segments(v, f, face, planes[layer], edge_id)
        if k0 == 0:
            hull = _hull_perimeter(seg[0][layer == 0])
        parts.append(_loops(layer, seg, bound, s))
        k0 = k1
    return _Slices(
        layer=np.concatenate([p[0] for p in parts]),
        length=np.concatenate([p[1] for p in parts]),
        area=np.concatenate([p[2] for p in parts]),
        times=np.concatenate([p[3] for p in parts]),
        hull_mm=hull,
        sampled=sampled,
    )


def _ramp(counts: I64) -> I64:
    """0, 1, ..., c - 1 for every c in counts, concatenated."""
    total = int(counts.sum())
    starts = np.repeat(np.cumsum(counts) - counts, counts)
    out: I64 = np.arange(total, dtype=np.int64) - starts
    return out


Segments = tuple[F64, F64, I64, I64]  # start xy, end xy, start edge, end edge


def _segments(v: F64, f: I64, face: I64, z: F64, edge_id: I64) -> Segments:
    """Where each (face, plane) pair's plane cuts the face, oriented along the contour.

    Exactly one corner (the lone one) lies on its own side of the plane; the cut joins
    its two sides. 1-D gathers on coordinate columns: several times faster than rows.
    """
    corners = f[face]
    zc = v[:, 2][corners]
    above = zc >= z[:, None]
    crossing = above != np.roll(above, -1, axis=1)
    skip = np.argmin(crossing, axis=1)  # the side (corner skip -> skip + 1) not cut
    rows = np.arange(len(face))
    lone, prev = (skip + 2) % 3, (skip + 1) % 3
    c_lone, c_prev, c_skip = corners[rows, lone], corners[rows, prev], corners[rows, skip]
    z_lone = v[:, 2][c_lone]
    t_in = (z - v[:, 2][c_prev]) / (z_lone - v[:, 2][c_prev])  # on side prev -> lone
    t_out = (z - z_lone) / (v[:, 2][c_skip] - z_lone)  # on side lone -> skip
    p = np.empty((len(face), 2))
    q = np.empty((len(face), 2))
    for axis in (0, 1):
        col = v[:, axis]
        x_lone = col[c_lone]
        x_prev = col[c_prev]
        p[:, axis] = x_prev + t_in * (x_lone - x_prev)
        q[:, axis] = x_lone + t_out * (col[c_skip] - x_lone)
    flat = edge_id.ravel()
    ep, eq = flat[face * 3 + prev], flat[face * 3 + lone]
    # Outward winding orients the cut by topology: a contour runs counter-clockwise
    # seen from above, leaving the lone corner on its left when it is above the plane.
    flip = above[rows, lone]
    start = np.where(flip[:, None], q, p)
    end = np.where(flip[:, None], p, q)
    return start, end, np.where(flip, eq, ep), np.where(flip, ep, eq)


def _loops(layer: I64, seg: Segments, bound: int, s: FdmSettings) -> tuple[I64, F64, F64, F64]:
    """Chain segments into closed loops (a segment ends where the next one starts);
    per loop: layer, length, signed area and its time at each perimeter speed."""
    start, end, e_start, e_end = seg
    if len(layer) == 0:
        return layer, np.zeros(0), np.zeros(0), np.zeros((0, len(_speeds(s))))
    start_key, end_key = layer * bound + e_start, layer * bound + e_end
    order, by_end = np.argsort(start_key), np.argsort(end_key)
    if np.array_equal(start_key[order], end_key[by_end]):  # closed (watertight) contours
        nxt = np.empty(len(layer), dtype=np.int64)
        nxt[by_end] = order
        found = np.ones(len(layer), dtype=bool)
    else:
        at = np.minimum(np.searchsorted(start_key[order], end_key), len(order) - 1)
        found = start_key[order[at]] == end_key
        nxt = np.where(found, order[at], np.arange(len(layer)))
    label, jump = np.arange(len(layer)), nxt
    for _ in range(len(layer).bit_length() + 1):  # doubling: min label over the cycle
        new = np.minimum(label, label[jump])
        if np.array_equal(new, label):
            break
        label, jump = new, jump[jump]
    loop, loop_of = np.unique(label, return_inverse=True)
    d = end - start
    length = np.hypot(d[:, 0], d[:, 1])
    u = np.divide(d, length[:, None], out=np.zeros_like(d), where=length[:, None] > 0)
    # Per-axis change of direction into the next segment (1 where a chain is broken);
    # a zero-length cut (the plane through a vertex) is looked past.
    ahead = np.where(length[nxt] > 0, nxt, nxt[nxt])
    turn = np.where(found, np.abs(u[ahead] - u).max(axis=1), 1.0)
    turn[length == 0] = 0.0
    before = np.ones(len(layer))
    before[nxt] = turn
    cross = 0.5 * (start[:, 0] * end[:, 1] - end[:, 0] * start[:, 1])
    times = np.stack(
        [
            _sum(loop_of, _move_time(length, before, turn, float(v), s), len(loop))
            for v in _speeds(s)
        ],
        axis=1,
    )
    return (
        layer[loop].astype(np.int64),
        _sum(loop_of, length, len(loop)),
        _sum(loop_of, cross, len(loop)),
        times,
    )


def _sum(index: I64, weights: F64 | None, k: int) -> F64:
    """np.bincount as float64 (its stubs say int even with float weights)."""
    out: F64 = np.bincount(index, weights, k).astype(np.float64)
    return out


def _hull_perimeter(points: F64, directions: int = 128) -> float:
    """Perimeter of the points' convex hull: Cauchy's formula, the integral of the
    support function over all directions (a Riemann sum; exact to well under 1 %)."""
    if len(points) < 3:
        return 0.0
    points = points - points.mean(axis=0)
    angle = np.linspace(0.0, 2 * math.pi, directions, endpoint=False)
    unit = np.stack([np.cos(angle), np.sin(angle)])
    support = np.full(directions, -np.inf)
    for i in range(0, len(points), 1 << 16):
        support = np.maximum(support, (points[i : i + (1 << 16)] @ unit).max(axis=0))
    return float(support.sum() * 2 * math.pi / directions)


def _exposure(v: F64, f: I64, planes: F64, s: FdmSettings) -> tuple[F64, F64]:
    """Per layer k, the skin-making projected area of up-facing surface between planes
    k and k + 1 (above the last plane for the last layer), and of down-facing surface
    between planes k - 1 and k (below the first plane for the first layer).

    A sloped face exposes, over the solid layers, a strip as wide as its horizontal run;
    the part of the strip under the perimeters needs no skin, so a face counts with
    the fraction 1 - band / run (none for steep walls, all for flat faces).
    """
    (ax, ay, az), (bx, by, bz), (cx, cy, cz) = ([v[f[:, i], j] for j in range(3)] for i in range(3))
    ux, uy, uz, wx, wy, wz = bx - ax, by - ay, bz - az, cx - ax, cy - ay, cz - az
    nz = 0.5 * (ux * wy - uy * wx)
    nxy = 0.5 * np.hypot(uy * wz - uz * wy, uz * wx - ux * wz)
    z0, z1 = np.minimum(np.minimum(az, bz), cz), np.maximum(np.maximum(az, bz), cz)
    band = s.perimeters * _flow(s.extrusion_width, s.layer_height)[0]
    result = []
    for mask, layers in ((nz > 0, s.top_solid_layers), (nz < 0, s.bottom_solid_layers)):
        run = (
            layers
            * s.layer_height
            * np.divide(
                nxy[mask],
                np.abs(nz[mask]),
                out=np.full(int(mask.sum()), np.inf),
                where=nxy[mask] > 0,
            )
        )
        weight = (
            np.abs(nz[mask]) * np.clip(1.0 - band / run, 0.0, 1.0) if layers else np.zeros_like(run)
        )
        below = _area_below(z0[mask], z1[mask], weight, planes)
        result.append(np.diff(np.concatenate(([0.0], below, [float(weight.sum())]))))
    up, down = result
    return up[1:], down[:-1]


def _area_below(z0: F64, z1: F64, area: F64, q: F64) -> F64:
    """Σ area × (fraction of [z0, z1] below q) at every query q: area spread evenly in z."""
    flat = z1 - z0 <= 1e-9
    steps = np.sort(z0[flat])
    step_sum = np.concatenate(([0.0], np.cumsum(area[flat][np.argsort(z0[flat])])))
    out: F64 = step_sum[np.searchsorted(steps, q, side="left")]
    slope = area[~flat] / (z1[~flat] - z0[~flat])
    at = np.concatenate([z0[~flat], z1[~flat]])
    ds = np.concatenate([slope, -slope])
    order = np.argsort(at)
    at, ds = at[order], ds[order]
    s1 = np.concatenate(([0.0], np.cumsum(ds)))
    s2 = np.concatenate(([0.0], np.cumsum(ds * at)))
    i = np.searchsorted(at, q, side="left")
    return out + q * s1[i] - s2[i]


@dataclass(frozen=True)
class _Layers:
    """Per-layer geometry (arrays of length K) derived from the loops."""

    area: F64
    contour: F64
    shell: F64  # area covered by perimeters
    outers: F64  # number of islands (outer loops)
    loops: F64
    small_islands: F64  # fraction of the interior in islands below solid_infill_below_area
    perimeter_path: F64  # mm of perimeter extrusion
    perimeter_time: F64  # s
    perimeter_nominal: F64  # s at the set speeds, without acceleration


def _perimeter_paths(sl: _Slices, k: int, s: FdmSettings) -> tuple[F64, F64, F64, F64, F64]:
    """Per loop and perimeter, the loop length and the path (mm; less in thin walls);
    per loop the shell area it wants; per layer the signed area and the shell area."""
    first = sl.layer == 0
    width = np.where(first, s.first_layer_width, s.extrusion_width)
    height = np.where(first, s.first_layer_height, s.layer_height)
    spacing = width - height * (1 - math.pi / 4)
    sign = np.where(sl.area >= 0, 1.0, -1.0)
    offsets = (np.arange(s.perimeters) + 0.5)[None, :] * spacing[:, None]
    each = np.maximum(0.0, sl.length[:, None] - sign[:, None] * 2 * math.pi * offsets)
    wanted = each.sum(axis=1) * spacing
    area = _sum(sl.layer, sl.area, k)
    shell_wanted = _sum(sl.layer, wanted, k)
    shell = np.minimum(np.maximum(area, 0.0), shell_wanted)
    # A wall too thin for every perimeter keeps its external loops and loses inner ones.
    outside = _sum(sl.layer, each[:, :1].sum(axis=1) * spacing, k)
    ext_cap = np.divide(shell, outside, out=np.zeros(k), where=outside > 0).clip(0, 1)
    rest = shell_wanted - outside
    in_cap = np.divide(shell - outside, rest, out=np.zeros(k), where=rest > 0).clip(0, 1)
    path = each * np.where(
        np.arange(s.perimeters) == 0, ext_cap[sl.layer, None], in_cap[sl.layer, None]
    )
    return each, path, wanted, area, shell


def _layers(sl: _Slices, k: int, s: FdmSettings) -> _Layers:
    """Per-layer geometry and perimeter timing; layers not sliced copy the one below."""
    each, path, wanted, area, shell = _perimeter_paths(sl, k, s)
    first = sl.layer == 0
    small = each < 2 * math.pi * _SMALL_PERIMETER_RADIUS_MM  # per perimeter loop
    speed_class = np.where(small, 2, np.where(np.arange(s.perimeters) == 0, 0, 1))
    per_mm = np.divide(1.0, sl.length, out=np.zeros(len(sl.length)), where=sl.length > 0)
    t_loop = np.take_along_axis(sl.times, speed_class, axis=1) * path
    t = np.where(first, sl.times[:, 3] * path.sum(axis=1), t_loop.sum(axis=1)) * per_mm
    nominal = np.where(
        first, path.sum(axis=1) / s.first_layer_speed, (path / _speeds(s)[speed_class]).sum(axis=1)
    )
    outer = sl.area > 0
    island = np.where(outer, np.maximum(0.0, sl.area - wanted), 0.0)
    tiny = _sum(sl.layer, np.where(island < s.solid_infill_below_area, island, 0.0), k)
    total = _sum(sl.layer, island, k)
    fill = sl.sampled[np.searchsorted(sl.sampled, np.arange(k), side="right") - 1]
    return _Layers(
        area=np.maximum(area, 0.0)[fill],
        contour=_sum(sl.layer, sl.length, k)[fill],
        shell=shell[fill],
        outers=_sum(sl.layer, outer.astype(np.float64), k)[fill],
        loops=_sum(sl.layer, None, k)[fill],
        small_islands=np.divide(tiny, total, out=np.zeros(k), where=total > 0)[fill],
        perimeter_path=_sum(sl.layer, path.sum(axis=1), k)[fill],
        perimeter_time=_sum(sl.layer, t, k)[fill],
        perimeter_nominal=_sum(sl.layer, nominal, k)[fill],
    )


def _window(x: F64, before: int, after: int) -> F64:
    """Σ x[k - before .. k + after] at every k (clipped at the ends)."""
    c = np.concatenate(([0.0], np.cumsum(x)))
    k = np.arange(len(x))
    hi = np.minimum(k + after + 1, len(x))
    lo = np.maximum(k - before, 0)
    out: F64 = c[hi] - c[lo]
    return out


def _skins(ly: _Layers, up: F64, down: F64, s: FdmSettings) -> tuple[F64, F64, F64, F64]:
    """Areas per layer: top surface, bridge, other solid infill, sparse infill."""
    interior = np.maximum(ly.area - ly.shell, 0.0)
    ratio = np.divide(interior, ly.area, out=np.zeros(len(interior)), where=ly.area > 0)
    top_w = _window(up, 0, max(s.top_solid_layers - 1, 0)) if s.top_solid_layers else 0 * up
    bottom_w = _window(down, max(s.bottom_solid_layers - 1, 0), 0)
    if not s.bottom_solid_layers:
        bottom_w = 0 * down
    solid = np.minimum(interior, (top_w + bottom_w) * ratio)
    top = np.minimum(solid, up * ratio) if s.top_solid_layers else 0 * up
    bridge = np.zeros_like(up)
    if s.top_solid_layers >= 2:
        lowest = np.zeros_like(up)  # up-facing area top_solid_layers - 1 layers higher
        shift = s.top_solid_layers - 1
        lowest[: max(len(up) - shift, 0)] = up[shift:]
        bridge = np.clip(np.minimum(lowest * ratio, solid - top - bottom_w * ratio), 0, None)
    sparse = interior - solid
    if s.infill_density >= 1.0:
        sparse, solid = 0 * sparse, interior.copy()
    moved = sparse * ly.small_islands
    return top, bridge, solid - top - bridge + moved, sparse - moved


def _lines(area: F64, spacing: float, chord: F64, v: float, s: FdmSettings) -> tuple[F64, F64]:
    """Path (mm) and time (s) of parallel lines filling `area`, each a chord long,
    with a right-angle turn at each end."""
    path = area / spacing
    n = np.divide(path, chord, out=np.zeros_like(path), where=chord > 0)
    one = np.ones_like(chord)
    return path, n * _move_time(chord, one, one, v, s)


def _print(sl: _Slices, up: F64, down: F64, heights: F64, s: FdmSettings) -> tuple[float, float]:
    """Total extruded volume (mm³) and print time (s)."""
    k = len(heights)
    ly = _layers(sl, k, s)
    top, bridge, solid, sparse = _skins(ly, up, down, s)
    band = s.perimeters * _flow(s.extrusion_width, s.layer_height)[0]
    inner_contour = np.maximum(
        ly.contour - 2 * math.pi * band * (2 * ly.outers - ly.loops), 0.25 * ly.contour
    )
    chord = np.divide(
        math.pi * (ly.area - ly.shell), inner_contour, out=np.zeros(k), where=inner_contour > 0
    )
    sp, cs = _flow(s.extrusion_width, s.layer_height)
    sp_top, cs_top = _flow(s.top_infill_width, s.layer_height)
    sp1, cs1 = _flow(s.first_layer_width, s.first_layer_height)
    bridge_cs = math.pi / 4 * s.nozzle_diameter**2
    first = np.arange(k) == 0
    speed = (s.first_layer_speed, s.top_solid_infill_speed, s.bridge_speed, s.solid_infill_speed)
    p_top, t_top = _lines(top, sp_top, chord, speed[1], s)
    p_br, t_br = _lines(bridge, s.nozzle_diameter, chord, speed[2], s)
    p_so, t_so = _lines(solid, sp, chord, speed[3], s)
    p_f, t_f = _lines(solid + top + bridge, sp1, chord, speed[0], s)
    p_sp, t_sp = _sparse(sparse, chord, inner_contour, s)
    volume = (p_top * cs_top + p_br * bridge_cs + p_so * cs + p_sp * cs)[~first].sum()
    volume += (p_f[0] + p_sp[0] + ly.perimeter_path[0]) * cs1 + (ly.perimeter_path[1:] * cs).sum()
    skirt = s.skirts * (sl.hull_mm + 2 * math.pi * (s.skirt_distance + s.first_layer_width / 2))
    volume += skirt * cs1
    extrude = ly.perimeter_time + np.where(first, t_f + t_sp, t_top + t_br + t_so + t_sp)
    extrude[0] += skirt / s.first_layer_speed
    nominal = ly.perimeter_nominal + np.where(
        first,
        (p_f + p_sp) / speed[0],
        p_top / speed[1] + p_br / speed[2] + p_so / speed[3] + p_sp / s.infill_speed,
    )
    nominal[0] += skirt / s.first_layer_speed
    path = ly.perimeter_path + np.where(first, p_f, p_top + p_br + p_so) + p_sp
    return float(volume), _total_time(
        (extrude, nominal, path), ly, sparse + solid + top + bridge, s
    )


def _sparse(sparse: F64, chord: F64, contour: F64, s: FdmSettings) -> tuple[F64, F64]:
    """Path and time of sparse infill: lines at the density, anchored along perimeters."""
    spacing = _flow(s.extrusion_width, s.layer_height)[0]
    path, t = _lines(sparse * s.infill_density, spacing, chord, s.infill_speed, s)
    n = np.divide(path, chord, out=np.zeros_like(path), where=chord > 0)
    each = np.minimum(s.infill_anchor, np.divide(contour, 2 * n, out=np.zeros_like(n), where=n > 0))
    one = np.ones_like(each)
    return path + n * each, t + n * _move_time(each, one, one, s.infill_speed, s)


def _total_time(extrusion: tuple[F64, F64, F64], ly: _Layers, filled: F64, s: FdmSettings) -> float:
    """Extrusion plus travels, retractions and layer changes; a layer shorter than the
    minimum layer time is slowed (no slower than the minimum speed), as the cooling
    buffer does it: on nominal times, before acceleration is counted."""
    extrude, nominal, path = extrusion
    one = np.ones(1)
    pieces = ly.outers * (1.0 + (filled > 0))  # perimeters, then infill, per island
    hop = 0.5 * np.sqrt(
        np.divide(ly.area, ly.outers, out=np.zeros_like(ly.area), where=ly.outers > 0)
    )
    travel = pieces * _move_time(hop, one, one, s.travel_speed, s)
    short = _flow(s.extrusion_width, s.layer_height)[0] * one
    travel += (
        ly.loops * max(s.perimeters - 1, 0) * _move_time(short, one, one, s.travel_speed, s)[0]
    )
    retract = 0.0
    if s.retract_length > 0 and s.retract_speed > 0:
        retract = 2 * (s.retract_length / s.retract_speed + s.retract_speed / s.acceleration)
    other = travel + np.where(hop >= s.retract_before_travel, pieces * retract, 0.0)
    z = s.layer_height
    other += (
        z / s.z_speed + s.z_speed / s.z_acceleration
        if z * s.z_acceleration >= s.z_speed**2
        else 2 * math.sqrt(z / s.z_acceleration)
    )
    if s.slowdown_below_layer_time > 0:
        slowest = path / max(s.min_print_speed, 1e-9)
        slack = np.minimum(s.slowdown_below_layer_time - other - nominal, slowest - nominal)
        extrude = extrude + np.maximum(slack, 0.0)
    return float((extrude + other).sum())
