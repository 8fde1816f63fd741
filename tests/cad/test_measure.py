"""Picking, distances and hole diameters on meshes whose answers are known by construction."""

from __future__ import annotations

import numpy as np
import pytest

from cad.measure import (
    distance,
    edge_loops,
    fit_circle,
    hole_diameter,
    pick,
    pixel_ray,
    project,
    sharp_edges,
    snap_to_vertex,
)
from tests.cad.parts import box


def plate_with_hole(
    half: float = 20.0, height: float = 5.0, radius: float = 4.0, n: int = 48
) -> tuple[np.ndarray, np.ndarray]:
    """A square plate (2·half wide, z 0..height) with a round through-hole at its centre.

    The outer rim takes points on the square at the circle's angles (starting at 45°, so
    the corners are among them): every ring has n points, quads join neighbouring rings.
    """
    assert n % 4 == 0
    angle = np.radians(45.0) + np.arange(n) * 2 * np.pi / n
    c, s = np.cos(angle), np.sin(angle)
    inner = np.column_stack([radius * c, radius * s])
    outer = np.column_stack([c, s]) * (half / np.maximum(np.abs(c), np.abs(s)))[:, None]
    rings = [(inner, 0.0), (outer, 0.0), (outer, height), (inner, height)]
    v = np.concatenate([np.column_stack([xy, np.full(n, z)]) for xy, z in rings])
    k = np.arange(n)
    k1 = (k + 1) % n
    faces = []
    for r in range(4):  # bottom (inner->outer), outer wall, top, inner wall (back to ring 0)
        a, b = r * n, ((r + 1) % 4) * n
        faces.append(np.column_stack([a + k, b + k1, b + k]))
        faces.append(np.column_stack([a + k, a + k1, b + k1]))
    return v, np.concatenate(faces)


def _signed_volume(v: np.ndarray, f: np.ndarray) -> float:
    a, b, c = v[f[:, 0]], v[f[:, 1]], v[f[:, 2]]
    return float(np.einsum("ij,ij->i", a, np.cross(b, c)).sum() / 6)


def test_the_plate_is_a_closed_outward_solid() -> None:
    v, f = plate_with_hole(n=48)
    true_volume = 40 * 40 * 5 - 5 * 0.5 * 48 * 16 * np.sin(2 * np.pi / 48)  # polygon hole
    assert _signed_volume(v, f) == pytest.approx(true_volume)


def test_a_ray_down_onto_a_box_hits_its_top_at_the_right_point() -> None:
    v, f = box((20.0, 10.0, 5.0))
    hit = pick(v, f, origin=(3.0, 4.0, 50.0), direction=(0.0, 0.0, -1.0))
    assert hit is not None
    assert hit.point == pytest.approx((3.0, 4.0, 5.0))
    assert hit.distance == pytest.approx(45.0)
    assert v[f[hit.face]][:, 2] == pytest.approx([5.0, 5.0, 5.0])  # a top face


def test_a_slanted_ray_hits_the_near_side_face_not_the_far_one() -> None:
    v, f = box((20.0, 10.0, 5.0))
    d = np.array([1.0, 0.0, -0.05])
    hit = pick(v, f, origin=(-10.0, 5.0, 3.0), direction=d / np.linalg.norm(d))
    assert hit is not None
    assert hit.point[0] == pytest.approx(0.0)  # the x = 0 face, first on the way
    assert hit.point[2] == pytest.approx(3.0 - 0.5)


def test_a_ray_that_passes_by_hits_nothing() -> None:
    v, f = box((20.0, 10.0, 5.0))
    assert pick(v, f, origin=(30.0, 4.0, 50.0), direction=(0.0, 0.0, -1.0)) is None
    assert pick(v, f, origin=(3.0, 4.0, 50.0), direction=(0.0, 0.0, 1.0)) is None  # behind


def test_a_pixel_ray_through_a_projected_point_comes_back_to_it() -> None:
    # a perspective camera at (0, -50, 20) looking at the origin
    eye, target = np.array([0.0, -50.0, 20.0]), np.zeros(3)
    fwd = (target - eye) / np.linalg.norm(target - eye)
    right = np.cross(fwd, [0, 0, 1.0])
    right /= np.linalg.norm(right)
    up = np.cross(right, fwd)
    view = np.eye(4)
    view[:3, :3] = np.stack([right, up, -fwd])
    view[:3, 3] = -view[:3, :3] @ eye
    n, far, t = 0.1, 1000.0, 0.06
    proj = np.array(
        [
            [n / t, 0, 0, 0],
            [0, n / t, 0, 0],
            [0, 0, -(far + n) / (far - n), -2 * far * n / (far - n)],
            [0, 0, -1, 0],
        ]
    )
    mvp = proj @ view
    point = np.array([3.0, 4.0, 5.0])
    x, y = project(mvp, point)
    origin, direction = pixel_ray(np.linalg.inv(mvp), x, y)
    off_ray = np.cross(point - origin, direction)
    assert np.linalg.norm(off_ray) == pytest.approx(0.0, abs=1e-6)


def test_a_click_near_a_corner_snaps_to_it() -> None:
    v, f = box((20.0, 10.0, 5.0))
    hit = pick(v, f, origin=(19.7, 9.8, 50.0), direction=(0.0, 0.0, -1.0))
    assert hit is not None
    assert snap_to_vertex(v, f, hit, radius=0.5) == pytest.approx((20.0, 10.0, 5.0))
    assert snap_to_vertex(v, f, hit, radius=0.1) == pytest.approx((19.7, 9.8, 5.0))


def test_distance_and_its_components_between_two_box_corners() -> None:
    d = distance((0.0, 0.0, 0.0), (20.0, 10.0, 5.0))
    assert d.length == pytest.approx(np.sqrt(400 + 100 + 25))
    assert (d.dx, d.dy, d.dz) == pytest.approx((20.0, 10.0, 5.0))
    back = distance((20.0, 10.0, 5.0), (0.0, 0.0, 0.0))
    assert back.dx == pytest.approx(-20.0)
    assert back.length == pytest.approx(d.length)


def test_sharp_edges_of_a_box_are_its_twelve_edges() -> None:
    v, f = box((20.0, 10.0, 5.0))
    assert len(sharp_edges(v, f)) == 12  # the face diagonals are flat
    assert edge_loops(sharp_edges(v, f)) == []  # corners branch: no rim loop


def test_a_click_on_the_rim_of_a_hole_gives_its_diameter() -> None:
    v, f = plate_with_hole(radius=4.0, n=64)
    fit = hole_diameter(v, f, (4.1, 0.2, 5.0), max_gap=1.0)
    assert fit is not None
    # the polygon's corners lie on the circle
    assert fit.diameter == pytest.approx(8.0, rel=1e-6)
    assert fit.centre == pytest.approx((0.0, 0.0, 5.0), abs=1e-9)
    assert abs(fit.normal[2]) == pytest.approx(1.0)


def test_a_click_on_the_bottom_rim_finds_the_bottom_circle() -> None:
    v, f = plate_with_hole(radius=2.5, n=32)
    fit = hole_diameter(v, f, (0.0, -2.6, 0.1), max_gap=1.0)
    assert fit is not None
    assert fit.diameter == pytest.approx(5.0, rel=1e-6)
    assert fit.centre[2] == pytest.approx(0.0, abs=1e-9)


def test_a_click_far_from_any_hole_finds_none() -> None:
    v, f = plate_with_hole(radius=4.0)
    assert hole_diameter(v, f, (15.0, 15.0, 5.0), max_gap=1.0) is None
    bv, bf = box()
    assert hole_diameter(bv, bf, (0.0, 0.0, 0.0), max_gap=5.0) is None


def test_a_square_loop_is_not_taken_for_a_hole() -> None:
    square = np.array(
        [[x, y, 0.0] for x, y in [(0, 0), (1, 0), (2, 0), (2, 1), (2, 2), (1, 2), (0, 2), (0, 1)]]
    )
    assert fit_circle(square).roundness > 0.1


def test_the_pick_index_finds_the_same_face_as_testing_every_face() -> None:
    from cad.measure import PickIndex

    v, f = plate_with_hole(radius=4.0, n=64)
    index = PickIndex(v, f)
    rng = np.random.default_rng(5)
    for _ in range(50):
        origin = rng.uniform(-30, 30, 3) + np.array([0.0, 0.0, 40.0])
        target = rng.uniform(-22, 22, 3) * np.array([1.0, 1.0, 0.2])
        d = (target - origin) / np.linalg.norm(target - origin)
        slow, fast = pick(v, f, origin, d), index.pick(origin, d)
        assert (slow is None) == (fast is None)
        if slow is not None and fast is not None:
            assert fast.distance == pytest.approx(slow.distance)
            assert fast.point == pytest.approx(slow.point)
