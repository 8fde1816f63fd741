"""cad.spatial on meshes built here with numpy, whose walls and crossings are known."""

from __future__ import annotations

import time

import numpy as np
import pytest

from cad.spatial import self_intersections, thin_walls
from tests.cad.conftest import box_arrays
from tests.cad.parts import hollow_box
from tests.cad.parts import join as merged

Mesh = tuple[np.ndarray, np.ndarray]


def prism(polygon: list[tuple[float, float]], caps: list[tuple[int, int, int]], h: float) -> Mesh:
    """Extrude a counter-clockwise polygon (triangulated by `caps`) from z = 0 to z = h."""
    k = len(polygon)
    xy = np.array(polygon, dtype=np.float64)
    vertices = np.vstack([np.c_[xy, np.zeros(k)], np.c_[xy, np.full(k, h)]])
    top = np.array(caps) + k
    bottom = np.array(caps)[:, ::-1]
    i = np.arange(k)
    n = (i + 1) % k
    sides = np.vstack([np.c_[i, n, n + k], np.c_[i, n + k, i + k]])
    return vertices, np.vstack([bottom, top, sides]).astype(np.int64)


def l_bracket(thickness: float = 3.0, leg: float = 30.0, width: float = 20.0) -> Mesh:
    t = thickness
    polygon = [(0, 0), (leg, 0), (leg, t), (t, t), (t, leg), (0, leg)]
    return prism(polygon, [(0, 1, 2), (0, 2, 3), (0, 3, 4), (0, 4, 5)], width)


def torus(major: float = 20.0, minor: float = 5.0, n: int = 48, m: int = 24) -> Mesh:
    u, v = np.meshgrid(np.arange(n) * 2 * np.pi / n, np.arange(m) * 2 * np.pi / m, indexing="ij")
    ring = major + minor * np.cos(v)
    vertices = np.c_[
        (ring * np.cos(u)).ravel(), (ring * np.sin(u)).ravel(), (minor * np.sin(v)).ravel()
    ]
    a = np.arange(n)[:, None] * m + np.arange(m)[None, :]
    b = ((np.arange(n)[:, None] + 1) % n) * m + np.arange(m)[None, :]
    c = ((np.arange(n)[:, None] + 1) % n) * m + (np.arange(m)[None, :] + 1) % m
    d = np.arange(n)[:, None] * m + (np.arange(m)[None, :] + 1) % m
    faces = np.vstack(
        [np.c_[a.ravel(), b.ravel(), c.ravel()], np.c_[a.ravel(), c.ravel(), d.ravel()]]
    )
    return vertices, faces.astype(np.int64)


def test_solid_cube_has_no_thin_walls() -> None:
    result = thin_walls(*box_arrays((20.0, 20.0, 20.0)), 0.8)
    assert len(result.faces) == 0 and result.thinnest_mm is None
    assert result.samples == 12 and result.complete and result.thin_area_fraction == 0.0


def test_hollow_box_is_thin_everywhere_below_its_wall() -> None:
    mesh = hollow_box(30.0, 0.4)
    thin = thin_walls(*mesh, 0.8)
    assert len(thin.faces) == 24 and thin.thin_area_fraction == pytest.approx(1.0)
    assert thin.thinnest_mm == pytest.approx(0.4, rel=0.01)
    assert len(thin_walls(*mesh, 0.3).faces) == 0


def test_plate_reads_its_thickness() -> None:
    result = thin_walls(*box_arrays((40.0, 40.0, 0.5)), 0.8)
    assert result.thinnest_mm == pytest.approx(0.5, rel=0.01)
    assert set(result.faces.tolist()) == {0, 1, 2, 3}  # the two big faces, not the edges
    assert result.thin_area_fraction == pytest.approx(3200 / 3280)


def test_l_bracket_thin_only_below_its_thickness() -> None:
    mesh = l_bracket(3.0)
    assert len(thin_walls(*mesh, 0.8).faces) == 0
    thick = thin_walls(*mesh, 4.0)
    assert thick.thinnest_mm == pytest.approx(3.0, rel=0.01)
    assert thick.thin_area_fraction > 0.5


def test_far_from_origin_gives_the_same_result() -> None:
    for vertices, faces in (hollow_box(30.0, 0.4), l_bracket(3.0)):
        near = thin_walls(vertices, faces, 4.0)
        far = thin_walls(vertices + np.array([10000.0, 0.0, 0.0]), faces, 4.0)
        assert np.array_equal(near.faces, far.faces)
        assert far.thinnest_mm == pytest.approx(near.thinnest_mm, rel=1e-6)


def test_sampling_is_area_weighted_and_reproducible() -> None:
    vertices, faces = torus(n=96, m=48)
    one = thin_walls(vertices, faces, 12.0, max_samples=500, seed=3)
    again = thin_walls(vertices, faces, 12.0, max_samples=500, seed=3)
    other = thin_walls(vertices, faces, 12.0, max_samples=500, seed=4)
    assert np.array_equal(one.faces, again.faces) and one.thinnest_mm == again.thinnest_mm
    assert one.samples == 500 and not np.array_equal(one.faces, other.faces)
    # Every inward ray crosses the 10 mm tube through its axis.
    assert one.thin_area_fraction == 1.0 and len(one.faces) == 500
    assert one.thinnest_mm == pytest.approx(10.0, rel=0.01)
    assert thin_walls(vertices, faces, 9.0, max_samples=500).thin_area_fraction == 0.0


def test_overlapping_cubes_report_the_cutting_faces() -> None:
    # Box B's low faces (x = 10, y = 7, z = 5) cut A's high faces (x, y, z = 20).
    a = box_arrays((20.0, 20.0, 20.0))
    b = box_arrays((20.0, 20.0, 20.0), (10.0, 7.0, 5.0))
    result = self_intersections(*merged(a, b))
    assert result.faces.tolist() == [2, 3, 6, 7, 10, 11, 12, 13, 16, 17, 20, 21]
    assert result.pairs > 0 and result.complete
    far = self_intersections(merged(a, b)[0] + np.array([10000.0, 0.0, 0.0]), merged(a, b)[1])
    assert far.faces.tolist() == result.faces.tolist()


@pytest.mark.parametrize(
    "mesh",
    [
        box_arrays((20.0, 20.0, 20.0)),
        torus(),
        merged(box_arrays((10.0, 20.0, 20.0)), box_arrays((10.0, 20.0, 20.0), (10.0, 0, 0))),
        hollow_box(30.0, 0.4),
        l_bracket(),
    ],
    ids=["cube", "torus", "two-halves", "hollow-box", "l-bracket"],
)
def test_clean_meshes_do_not_intersect(mesh: Mesh) -> None:
    result = self_intersections(*mesh)
    assert len(result.faces) == 0 and result.pairs == 0 and result.complete


def test_welded_halves_sharing_edges_do_not_intersect() -> None:
    vertices, faces = merged(
        box_arrays((10.0, 20.0, 20.0)), box_arrays((10.0, 20.0, 20.0), (10.0, 0, 0))
    )
    welded, index = np.unique(vertices, axis=0, return_inverse=True)
    assert len(self_intersections(welded, index.reshape(-1)[faces]).faces) == 0


def test_long_thin_triangles_stay_on_a_coarse_level() -> None:
    # A fine torus crossed by a huge sliver: the sliver's crossings are found.
    vertices, faces = torus(n=96, m=48)
    sliver = np.array([[-40.0, 0.0, -0.5], [40.0, 0.0, -0.5], [40.0, 0.01, 0.5]])
    result = self_intersections(*merged((vertices, faces), (sliver, np.array([[0, 1, 2]]))))
    assert len(faces) in result.faces and result.pairs >= 4 and result.complete


@pytest.mark.parametrize(
    "mesh",
    [
        (np.zeros((0, 3)), np.zeros((0, 3), dtype=np.int64)),
        (np.array([[0.0, 0, 0], [1, 0, 0], [0, 1, 0]]), np.array([[0, 1, 2]])),
        (np.array([[0.0, 0, 0], [1, 0, 0], [2, 0, 0]]), np.array([[0, 1, 2], [0, 1, 2]])),
        (np.array([[0.0, 0, 0], [1, 0, 0], [0, 1, 0]]), np.array([[0, 1, 7]])),
    ],
    ids=["empty", "one-triangle", "zero-area", "bad-index"],
)
def test_empty_and_degenerate_input_gives_empty_results(mesh: Mesh) -> None:
    walls = thin_walls(*mesh, 0.8)
    assert len(walls.faces) == 0 and walls.complete and walls.thinnest_mm is None
    crossings = self_intersections(*mesh)
    assert len(crossings.faces) == 0 and crossings.complete


def test_duplicate_faces_are_not_crossings() -> None:
    vertices, faces = box_arrays((20.0, 20.0, 20.0))
    assert len(self_intersections(vertices, np.vstack([faces, faces])).faces) == 0


def test_past_deadline_returns_incomplete_at_once() -> None:
    mesh = torus(n=96, m=48)
    start = time.monotonic()
    walls = thin_walls(*mesh, 0.8, deadline=start - 1.0)
    crossings = self_intersections(*mesh, deadline=start - 1.0)
    assert not walls.complete and walls.samples == 0
    assert not crossings.complete
    assert time.monotonic() - start < 0.5


def test_max_pairs_stops_and_says_so() -> None:
    result = self_intersections(*torus(n=96, m=48), max_pairs=10)
    assert not result.complete


@pytest.mark.slow
def test_big_sphere_is_clean_and_bounded() -> None:
    trimesh = pytest.importorskip("trimesh")
    sphere = trimesh.creation.icosphere(subdivisions=7, radius=20.0)
    vertices, faces = np.asarray(sphere.vertices), np.asarray(sphere.faces, dtype=np.int64)
    crossings = self_intersections(vertices, faces)
    assert crossings.complete and crossings.pairs == 0
    walls = thin_walls(vertices, faces, 0.8)
    assert walls.complete and walls.samples == 4000 and len(walls.faces) == 0
