"""cad/nearest.py: the closest surface point, its face and normal, and how far a pin may be.

The truth is known by construction (a box from an STL file) and, for arbitrary triangles,
checked against trimesh's own closest-point routine, an implementation we did not write.
"""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pytest

from cad.loading import read_mesh
from cad.mesh import MeshData
from cad.nearest import nearest_point, snap_bound
from tests.stl_files import write_box_stl


@pytest.fixture(scope="module")
def box(tmp_path_factory: pytest.TempPathFactory) -> MeshData:
    path = tmp_path_factory.mktemp("nearest") / "box.stl"
    return read_mesh(write_box_stl(path, (20.0, 10.0, 5.0)))


@pytest.mark.parametrize(
    ("given", "on_surface", "normal"),
    [
        ((20.3, 5.0, 2.5), (20.0, 5.0, 2.5), (1.0, 0.0, 0.0)),  # just off a side
        ((19.0, 5.0, 2.5), (20.0, 5.0, 2.5), (1.0, 0.0, 0.0)),  # inside: the nearest side
        ((7.0, 3.0, 5.4), (7.0, 3.0, 5.0), (0.0, 0.0, 1.0)),  # above the top
        ((7.0, 3.0, -0.2), (7.0, 3.0, 0.0), (0.0, 0.0, -1.0)),  # under the bottom
    ],
)
def test_a_point_snaps_onto_the_face_it_is_over(
    box: MeshData,
    given: tuple[float, float, float],
    on_surface: tuple[float, float, float],
    normal: tuple[float, float, float],
) -> None:
    hit = nearest_point(box.vertices, box.faces, given)
    assert hit.point == pytest.approx(on_surface, abs=1e-9)
    assert hit.normal == pytest.approx(normal, abs=1e-9)
    assert hit.distance == pytest.approx(math.dist(given, on_surface), abs=1e-9)
    corners = box.vertices[box.faces[hit.face]]
    assert np.ptp(corners @ np.asarray(normal)) == pytest.approx(0.0, abs=1e-9)


def test_past_a_corner_or_an_edge_it_snaps_to_the_corner_or_the_edge(box: MeshData) -> None:
    corner = nearest_point(box.vertices, box.faces, (-1.0, -1.0, -1.0))
    assert corner.point == pytest.approx((0.0, 0.0, 0.0), abs=1e-9)
    assert corner.distance == pytest.approx(math.sqrt(3))
    edge = nearest_point(box.vertices, box.faces, (21.0, 4.0, 6.0))
    assert edge.point == pytest.approx((20.0, 4.0, 5.0), abs=1e-9)
    assert edge.distance == pytest.approx(math.sqrt(2))


def test_arbitrary_triangles_agree_with_trimesh_and_chunks_do_not_change_the_answer() -> None:
    import trimesh.triangles

    rng = np.random.default_rng(12)
    vertices = rng.normal(size=(300, 3)) * 10
    faces = rng.integers(0, len(vertices), size=(500, 3))
    faces = faces[(faces[:, 0] != faces[:, 1]) & (faces[:, 1] != faces[:, 2])]
    faces = faces[faces[:, 0] != faces[:, 2]]
    triangles = vertices[faces]
    for point in rng.normal(size=(20, 3)) * 15:
        points = np.tile(point, (len(faces), 1))
        theirs = trimesh.triangles.closest_point(triangles, points)  # type: ignore[no-untyped-call]
        expected = float(np.linalg.norm(theirs - point, axis=1).min())
        whole = nearest_point(vertices, faces, point)
        chunked = nearest_point(vertices, faces, point, chunk=7)
        assert whole.distance == pytest.approx(expected, rel=1e-9, abs=1e-9)
        assert chunked.distance == pytest.approx(whole.distance, rel=1e-12)
        assert np.allclose(theirs[whole.face], whole.point, atol=1e-7)


def test_a_sliver_never_wins_over_a_face_with_a_normal_but_slivers_alone_still_answer() -> None:
    vertices = np.array([[0, 0, 0], [10, 0, 0], [0, 10, 0], [5, 0, 0]], dtype=float)
    sliver_first = np.array([[0, 3, 1], [0, 1, 2]])  # the sliver lies on the real face's edge
    hit = nearest_point(vertices, sliver_first, (5.0, -1.0, 0.0))
    assert hit.face == 1 and hit.normal == pytest.approx((0.0, 0.0, 1.0))
    only = nearest_point(vertices, sliver_first[:1], (5.0, -1.0, 0.0))
    assert (only.face, only.normal) == (0, (0.0, 0.0, 0.0))
    assert only.distance == pytest.approx(1.0)


def test_no_faces_or_a_bad_point_is_a_value_error(box: MeshData) -> None:
    with pytest.raises(ValueError, match="no faces"):
        nearest_point(box.vertices, np.zeros((0, 3), np.int64), (0, 0, 0))
    with pytest.raises(ValueError, match="three finite"):
        nearest_point(box.vertices, box.faces, (0.0, float("nan"), 0.0))
    with pytest.raises(ValueError, match="three finite"):
        nearest_point(box.vertices, box.faces, (0.0, 1.0))


def test_the_bound_is_2_percent_of_the_diagonal_and_at_least_a_millimetre(
    box: MeshData, tmp_path: Path
) -> None:
    assert snap_bound(box.vertices) == 1.0  # a 20 × 10 × 5 box: 2 % is 0.46 mm
    big = read_mesh(write_box_stl(tmp_path / "big.stl", (200.0, 100.0, 50.0)))
    assert snap_bound(big.vertices) == pytest.approx(0.02 * math.sqrt(200**2 + 100**2 + 50**2))
