"""cad.metrics on meshes whose answers are known exactly."""

from __future__ import annotations

import json
from typing import Any

import numpy as np
import pytest
import trimesh

from cad.errors import CadError
from cad.loading import MeshData
from cad.metrics import MeshMetrics, compute_metrics

from .conftest import box_arrays

Box = tuple[np.ndarray, np.ndarray]


def mesh(vertices: Any, faces: Any) -> trimesh.Trimesh:
    return trimesh.Trimesh(vertices, faces, process=False)


def join(*parts: Box) -> Box:
    offsets = np.cumsum([0] + [len(v) for v, _ in parts[:-1]])
    vertices = np.concatenate([v for v, _ in parts])
    faces = np.concatenate([f + offset for (_, f), offset in zip(parts, offsets, strict=True)])
    return vertices, faces


def inverted(part: Box) -> Box:
    return part[0], part[1][:, ::-1]


def test_box_metrics_are_exact(box: Box) -> None:
    metrics = compute_metrics(mesh(*box))
    assert metrics.triangles == 12
    assert metrics.volume_mm3 == pytest.approx(1000.0)
    assert metrics.area_mm2 == pytest.approx(700.0)
    assert metrics.bbox_mm == (20.0, 10.0, 5.0)
    assert (metrics.watertight, metrics.bodies) == (True, 1)


def test_box_far_from_the_origin_keeps_its_volume() -> None:
    metrics = compute_metrics(mesh(*box_arrays(origin=(1e6, -2e6, 5e5))))
    assert metrics.volume_mm3 == pytest.approx(1000.0, rel=1e-9)
    assert metrics.bbox_mm == pytest.approx((20.0, 10.0, 5.0))


def test_box_with_a_face_removed_is_not_watertight(box: Box) -> None:
    metrics = compute_metrics(mesh(box[0], box[1][1:]))
    assert not metrics.watertight
    assert (metrics.triangles, metrics.bodies) == (11, 1)


def test_box_with_a_doubled_face_is_not_watertight(box: Box) -> None:
    metrics = compute_metrics(mesh(box[0], np.concatenate([box[1], box[1][:1]])))
    assert not metrics.watertight


def test_two_separate_boxes_are_two_bodies(box: Box) -> None:
    metrics = compute_metrics(mesh(*join(box, box_arrays(origin=(50.0, 0.0, 0.0)))))
    assert metrics.bodies == 2
    assert metrics.watertight
    assert metrics.volume_mm3 == pytest.approx(2000.0)
    assert metrics.bbox_mm == pytest.approx((70.0, 10.0, 5.0))


def test_bodies_are_joined_by_shared_vertices_only(box: Box) -> None:
    # Side by side, the boxes share the four corners of a face once welded: one body
    # (and no longer watertight: those edges now have four faces).
    shared = compute_metrics(mesh(*join(box, box_arrays(origin=(20.0, 0.0, 0.0)))))
    assert (shared.bodies, shared.watertight) == (1, False)
    # Touching along a face but offset, they share no vertex: two bodies.
    offset = compute_metrics(mesh(*join(box, box_arrays(origin=(20.0, 3.0, 0.0)))))
    assert (offset.bodies, offset.watertight) == (2, True)


def test_many_bodies_are_counted() -> None:
    grid = [
        box_arrays(size=(1, 1, 1), origin=(3.0 * i, 3.0 * j, 0)) for i in range(7) for j in range(9)
    ]
    metrics = compute_metrics(mesh(*join(*grid)))
    assert metrics.bodies == 63
    assert metrics.volume_mm3 == pytest.approx(63.0)


def test_inverted_box_still_has_positive_volume(box: Box) -> None:
    metrics = compute_metrics(mesh(*inverted(box)))
    assert metrics.volume_mm3 == pytest.approx(1000.0)
    assert metrics.watertight


def test_an_inside_out_separate_body_adds_its_volume(box: Box) -> None:
    other = inverted(box_arrays(size=(10, 10, 10), origin=(50.0, 0, 0)))
    metrics = compute_metrics(mesh(*join(box, other)))
    assert metrics.volume_mm3 == pytest.approx(2000.0)


def test_an_inner_shell_facing_inwards_is_a_cavity() -> None:
    outer = box_arrays(size=(20, 20, 20))
    cavity = inverted(box_arrays(size=(10, 10, 10), origin=(5, 5, 5)))
    metrics = compute_metrics(mesh(*join(outer, cavity)))
    assert metrics.volume_mm3 == pytest.approx(8000.0 - 1000.0)
    assert metrics.area_mm2 == pytest.approx(2400.0 + 600.0)
    assert (metrics.bodies, metrics.watertight) == (2, True)


def test_triangle_soup_is_welded_before_topology(box: Box) -> None:
    soup = box[0][box[1]].reshape(-1, 3)
    metrics = compute_metrics(mesh(soup, np.arange(36).reshape(-1, 3)))
    assert (metrics.watertight, metrics.bodies) == (True, 1)
    assert metrics.volume_mm3 == pytest.approx(1000.0)


def test_unused_vertices_do_not_stretch_the_box(box: Box) -> None:
    vertices = np.concatenate([box[0], [[500.0, 500.0, 500.0]]])
    assert compute_metrics(mesh(vertices, box[1])).bbox_mm == pytest.approx((20, 10, 5))


def test_sphere_matches_trimesh() -> None:
    sphere = trimesh.creation.icosphere(subdivisions=4, radius=10.0)
    metrics = compute_metrics(sphere)
    assert metrics.volume_mm3 == pytest.approx(sphere.volume)
    assert metrics.area_mm2 == pytest.approx(sphere.area)
    assert metrics.watertight == sphere.is_watertight
    assert metrics.volume_mm3 == pytest.approx(4 / 3 * np.pi * 1000, rel=0.01)


def test_mesh_data_from_the_loader_is_accepted(box: Box) -> None:
    data = MeshData(vertices=box[0], faces=box[1], format="stl", units="mm")
    assert compute_metrics(data) == compute_metrics(mesh(*box))


def test_empty_mesh() -> None:
    metrics = compute_metrics(mesh(np.zeros((0, 3)), np.zeros((0, 3), dtype=np.int64)))
    assert metrics == MeshMetrics(0, 0.0, 0.0, (0.0, 0.0, 0.0), False, 0)


@pytest.mark.parametrize("value", [np.nan, np.inf])
def test_non_finite_coordinates_raise(box: Box, value: float) -> None:
    vertices = box[0].copy()
    vertices[2, 0] = value
    with pytest.raises(CadError) as caught:
        compute_metrics(mesh(vertices, box[1]))
    assert caught.value.code == "non_finite"


def test_coordinates_too_large_to_measure_raise(box: Box) -> None:
    with pytest.raises(CadError) as caught:
        compute_metrics(mesh(box[0] * 1e110, box[1]))
    assert caught.value.code == "non_finite"


def test_to_dict_is_json_and_round_trips(box: Box) -> None:
    metrics = compute_metrics(mesh(*box))
    data = json.loads(json.dumps(metrics.to_dict()))
    assert data["bbox_mm"] == [20.0, 10.0, 5.0]
    assert MeshMetrics.from_dict(data) == metrics


@pytest.mark.parametrize(
    "change",
    [
        {"triangles": "12"},
        {"triangles": True},
        {"volume_mm3": None},
        {"bbox_mm": [1.0, 2.0]},
        {"bbox_mm": "1 2 3"},
        {"watertight": 1},
        {"bodies": 1.5},
    ],
)
def test_from_dict_rejects_malformed_data(box: Box, change: dict[str, object]) -> None:
    data = compute_metrics(mesh(*box)).to_dict() | change
    with pytest.raises(ValueError):
        MeshMetrics.from_dict(data)


def test_from_dict_accepts_integers_where_floats_are_expected() -> None:
    data = {
        "triangles": 1,
        "volume_mm3": 0,
        "area_mm2": 2,
        "bbox_mm": (1, 2, 3),
        "watertight": False,
        "bodies": 1,
    }
    assert MeshMetrics.from_dict(data).bbox_mm == (1.0, 2.0, 3.0)
