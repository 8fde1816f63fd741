"""Sample parts for demos and classrooms, written as binary STL files.

Every part is a real, closed (watertight, outward-facing) mesh in millimetres, standing on
the build plate (z = 0) and centred on the origin in x and y, except `open_box`, which is
broken on purpose: a cube with its top face missing, for teaching the "open edges" finding.

How each part is made (shapely is not a dependency, so outlines are extruded by hand:
an ear-clipped outline handed to `trimesh.creation.extrude_triangulation`):

- ring: a comfort-fit band revolved from its cross-section; flat inside at the Korean
  ring size 13 diameter (16.5 mm), domed outside, 2 mm wide and 1.6 mm thick at the crown.
- l_bracket: one L profile (with an inner fillet) extruded as a single prism.
- knob: one closed revolved body: a Ø30 grip on a Ø12 stem, with a Ø6 shaft bore.
- enclosure: an open-top tray, the outer box minus an inner box that breaks through the
  top, built face by face as one watertight shell (2 mm walls and floor).
- sole_blank: a shoe-sole outline for a 265 mm last, extruded 10 mm.
- phone_stand: a side profile (base, front lip, leaning back rest) extruded 70 mm.
- open_box: the flawed one.

trimesh is imported inside the functions (it pulls numpy and takes a moment to load).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
from numpy.typing import NDArray

if TYPE_CHECKING:
    import trimesh

Points = NDArray[np.float64]

#: Inner diameter of a Korean size 13 ring (호수 13), in mm.
RING_SIZE_13_INNER_DIAMETER_MM = 16.5
RING_WIDTH_MM = 2.0
RING_THICKNESS_MM = 1.6

#: The one sample that is not watertight, on purpose.
FLAWED = frozenset({"open_box"})


# --- 2D helpers ----------------------------------------------------------------------------


def _signed_area(outline: Points) -> float:
    x, y = outline[:, 0], outline[:, 1]
    return float(0.5 * (np.dot(x, np.roll(y, -1)) - np.dot(y, np.roll(x, -1))))


def _triangulate(outline: Points) -> NDArray[np.int64]:
    """Ear-clip a simple counter-clockwise polygon (no holes); (n - 2, 3) vertex indices."""
    pts = outline
    idx = list(range(len(pts)))
    tris: list[tuple[int, int, int]] = []
    i = 0
    misses = 0
    while len(idx) > 3:
        m = len(idx)
        a, b, c = idx[(i - 1) % m], idx[i % m], idx[(i + 1) % m]
        if _is_ear(pts, idx, a, b, c):
            tris.append((a, b, c))
            del idx[i % m]
            misses = 0
            i = max(i - 1, 0)
        else:
            i += 1
            misses += 1
            if misses > m:
                raise ValueError("outline is not a simple polygon")
    tris.append((idx[0], idx[1], idx[2]))
    return np.array(tris, dtype=np.int64)


def _is_ear(pts: Points, idx: list[int], a: int, b: int, c: int) -> bool:
    pa, pb, pc = pts[a], pts[b], pts[c]
    cross = (pb[0] - pa[0]) * (pc[1] - pb[1]) - (pb[1] - pa[1]) * (pc[0] - pb[0])
    if cross <= 1e-12:
        return False  # reflex or straight
    others = pts[[j for j in idx if j not in (a, b, c)]]
    if len(others) == 0:
        return True

    def side(p: Points, q: Points) -> NDArray[np.float64]:
        s: NDArray[np.float64] = (q[0] - p[0]) * (others[:, 1] - p[1]) - (q[1] - p[1]) * (
            others[:, 0] - p[0]
        )
        return s

    inside = (side(pa, pb) >= 0) & (side(pb, pc) >= 0) & (side(pc, pa) >= 0)
    return not bool(inside.any())


def _prism(outline: Points, height: float) -> trimesh.Trimesh:
    """Extrude a simple outline (either winding) by `height` along +z as one closed prism."""
    import trimesh.creation

    if _signed_area(outline) < 0:
        outline = outline[::-1]
    outline = np.ascontiguousarray(outline, dtype=np.float64)
    return trimesh.creation.extrude_triangulation(outline, _triangulate(outline), height)


def _arc(cx: float, cy: float, r: float, start_deg: float, end_deg: float, n: int) -> Points:
    t = np.radians(np.linspace(start_deg, end_deg, n))
    return np.column_stack((cx + r * np.cos(t), cy + r * np.sin(t)))


def _on_plate(mesh: trimesh.Trimesh) -> trimesh.Trimesh:
    """Centre the part in x and y and stand it on z = 0."""
    lo, hi = mesh.bounds
    mesh.apply_translation([-(lo[0] + hi[0]) / 2, -(lo[1] + hi[1]) / 2, -lo[2]])
    return mesh


def _profile_upright(mesh: trimesh.Trimesh) -> trimesh.Trimesh:
    """Turn a profile drawn in x-y and extruded along z so the profile stands in x-z."""
    quarter_turn_about_x = np.array(
        [[1, 0, 0, 0], [0, 0, -1, 0], [0, 1, 0, 0], [0, 0, 0, 1]], dtype=np.float64
    )
    mesh.apply_transform(quarter_turn_about_x)  # y -> z, z -> -y
    return mesh


# --- the parts -----------------------------------------------------------------------------


def ring() -> trimesh.Trimesh:
    """Comfort-fit band, Korean size 13: Ø16.5 inside, 2 mm wide, 1.6 mm thick, lying flat."""
    import trimesh.creation

    r_in = RING_SIZE_13_INNER_DIAMETER_MM / 2
    half = RING_WIDTH_MM / 2
    edge = 0.6  # wall at the band's edges; the dome adds the rest of the thickness
    dome = RING_THICKNESS_MM - edge
    z = np.linspace(-half, half, 25)
    outer = np.column_stack((r_in + edge + dome * np.sqrt(np.clip(1 - (z / half) ** 2, 0, 1)), z))
    # counter-clockwise in (radius, height): bottom inside, out along the dome, back inside
    section = np.vstack(([r_in, -half], outer, [r_in, half], [r_in, -half]))
    return _on_plate(trimesh.creation.revolve(section, sections=128))


def l_bracket() -> trimesh.Trimesh:
    """40 × 30 mm legs, 3 mm thick, 20 mm wide, R3 fillet inside the bend."""
    leg_x, leg_z, t, width, fillet = 40.0, 30.0, 3.0, 20.0, 3.0
    corner = _arc(t + fillet, t + fillet, fillet, 270, 180, 9)  # inside bend, clockwise
    profile = np.vstack(
        (
            [[0, 0], [leg_x, 0], [leg_x, t]],
            corner,
            [[t, leg_z], [0, leg_z]],
        )
    )
    return _on_plate(_profile_upright(_prism(profile, width)))


def knob() -> trimesh.Trimesh:
    """One closed revolved body: Ø30 × 14 grip with a chamfer on a Ø12 × 8 stem, Ø6 bore."""
    import trimesh.creation

    # (radius, height), counter-clockwise, starting and ending on the axis
    section = np.array(
        [
            [0, 12],
            [3, 12],
            [3, 0],
            [6, 0],
            [6, 8],
            [15, 8],
            [15, 21],
            [14, 22],
            [0, 22],
        ],
        dtype=np.float64,
    )
    return _on_plate(trimesh.creation.revolve(section, sections=96))


def enclosure() -> trimesh.Trimesh:
    """Open-top tray 120 × 80 × 40 mm with 2 mm walls and floor, as one watertight shell."""
    import trimesh

    ox, oy, oz, wall = 120.0, 80.0, 40.0, 2.0
    ix, iy = ox / 2 - wall, oy / 2 - wall
    hx, hy = ox / 2, oy / 2
    outer = [(-hx, -hy), (hx, -hy), (hx, hy), (-hx, hy)]
    inner = [(-ix, -iy), (ix, -iy), (ix, iy), (-ix, iy)]
    vertices = np.array(
        [(x, y, 0.0) for x, y in outer]  # 0-3 outer bottom
        + [(x, y, oz) for x, y in outer]  # 4-7 outer top (rim, outside)
        + [(x, y, oz) for x, y in inner]  # 8-11 rim, inside
        + [(x, y, wall) for x, y in inner],  # 12-15 cavity floor
        dtype=np.float64,
    )
    faces: list[tuple[int, int, int]] = [(0, 2, 1), (0, 3, 2)]  # bottom, facing down
    for k in range(4):
        n = (k + 1) % 4
        faces += [(k, n, 4 + n), (k, 4 + n, 4 + k)]  # outside walls
        faces += [(4 + k, 4 + n, 8 + n), (4 + k, 8 + n, 8 + k)]  # rim, facing up
        faces += [(8 + k, 8 + n, 12 + n), (8 + k, 12 + n, 12 + k)]  # inside walls, inwards
    faces += [(12, 13, 14), (12, 14, 15)]  # cavity floor, facing up
    return _on_plate(trimesh.Trimesh(vertices, np.array(faces), process=False))


def _sole_outline(length: float = 265.0, samples: int = 72) -> Points:
    """A right-foot sole outline, heel at x = 0, toe at x = length, lateral side at +y."""
    theta = np.linspace(0, math.pi, samples)
    u = (1 - np.cos(theta)) / 2  # denser at the rounded heel and toe
    # half-width at fractions of the length: heel, heel seat, waist, ball, toe box, tip
    knots_u = np.array([0.0, 0.12, 0.42, 0.70, 0.84, 1.0])
    knots_w = np.array([33.0, 34.0, 31.0, 50.0, 48.0, 40.0])
    seg = np.clip(np.searchsorted(knots_u, u, side="right") - 1, 0, len(knots_u) - 2)
    t = (u - knots_u[seg]) / (knots_u[seg + 1] - knots_u[seg])
    ease = (1 - np.cos(math.pi * t)) / 2  # flat at every knot: no kinks at waist or ball
    base = knots_w[seg] + (knots_w[seg + 1] - knots_w[seg]) * ease
    heel = knots_w[0] / length  # a half circle round the heel
    toe = 0.16  # a longer, flatter round at the toe
    env = np.ones_like(u)
    at_heel, at_toe = u < heel, u > 1 - toe
    env[at_heel] = np.sqrt(1 - ((heel - u[at_heel]) / heel) ** 2)
    env[at_toe] = np.sqrt(np.clip(1 - ((u[at_toe] - (1 - toe)) / toe) ** 2, 0, 1))
    arch = 1 - 0.2 * np.exp(-(((u - 0.42) / 0.1) ** 2))  # the inside waist curves in more
    x = u * length
    lateral = np.column_stack((x, base * env))[1:-1]
    medial = np.column_stack((x, -base * env * arch))[1:-1]
    return np.vstack(([[0.0, 0.0]], medial, [[length, 0.0]], lateral[::-1]))


def sole_blank() -> trimesh.Trimesh:
    """Sole blank for a 265 mm last (about 100 mm across the ball), 10 mm thick."""
    return _on_plate(_prism(_sole_outline(), 10.0))


def phone_stand() -> trimesh.Trimesh:
    """Side profile extruded 70 mm: 85 mm base, front lip, back rest leaning back 20°."""
    base_len, base_t, lip_x, lip_h = 85.0, 5.0, 6.0, 14.0
    rest_t, rest_top, slot = 6.0, 100.0, 14.0
    lean = math.radians(70)  # back rest angle from the plate
    run = (rest_top - base_t) / math.tan(lean)
    foot = rest_t / math.sin(lean)  # the back rest's width along the plate
    front = lip_x + slot
    profile = np.array(
        [
            [0, 0],
            [base_len, 0],
            [base_len, base_t],
            [front + foot, base_t],
            [front + foot + run, rest_top],
            [front + run, rest_top],
            [front, base_t],
            [lip_x, base_t],
            [lip_x, lip_h],
            [0, lip_h],
        ],
        dtype=np.float64,
    )
    return _on_plate(_profile_upright(_prism(profile, 70.0)))


def open_box() -> trimesh.Trimesh:
    """Flawed on purpose: a 20 mm calibration cube with its top face missing (open edges)."""
    import trimesh
    import trimesh.creation

    box = trimesh.creation.box(extents=(20.0, 20.0, 20.0))
    keep = box.face_normals[:, 2] < 0.5
    return _on_plate(trimesh.Trimesh(box.vertices.copy(), box.faces[keep], process=False))


SAMPLES: dict[str, Callable[[], trimesh.Trimesh]] = {
    "ring": ring,
    "l_bracket": l_bracket,
    "knob": knob,
    "enclosure": enclosure,
    "sole_blank": sole_blank,
    "phone_stand": phone_stand,
    "open_box": open_box,
}


def write_sample(name: str, path: Path) -> None:
    """Write the sample `name` (a key of SAMPLES) to `path` as a binary STL."""
    try:
        make = SAMPLES[name]
    except KeyError:
        raise KeyError(f"no sample part {name!r}; known: {', '.join(SAMPLES)}") from None
    data = make().export(file_type="stl")  # trimesh writes binary STL by default
    assert isinstance(data, bytes)
    path.write_bytes(data)


def write_all(folder: Path) -> list[Path]:
    """Write every sample as `<name>.stl` into `folder` (made if missing); their paths."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name in SAMPLES:
        path = folder / f"{name}.stl"
        write_sample(name, path)
        paths.append(path)
    return paths
