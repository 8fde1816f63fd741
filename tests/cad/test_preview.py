"""cad.preview: the full mesh when small, ~target faces when big, colours that survive."""

from __future__ import annotations

import multiprocessing as mp
import sys
import time
from pathlib import Path

import numpy as np
import pytest
import trimesh

from cad.preview import (
    BASE_COLOUR,
    SEVERITY_COLOURS,
    PreviewMesh,
    finding_colours,
    preview_mesh,
)
from cad.report import Finding

from .conftest import box_arrays

Mesh = tuple[np.ndarray, np.ndarray]
TARGET = 100_000
RED = np.array(SEVERITY_COLOURS["error"], np.uint8)
AMBER = np.array(SEVERITY_COLOURS["warning"], np.uint8)


@pytest.fixture(scope="module")
def sphere() -> Mesh:
    """327,680 faces, radius 10 mm: above the default 300 k threshold."""
    mesh = trimesh.creation.icosphere(subdivisions=7, radius=10.0)
    return np.asarray(mesh.vertices, np.float64), np.asarray(mesh.faces, np.int64)


@pytest.fixture(scope="module")
def clustered(sphere: Mesh) -> PreviewMesh:
    return preview_mesh(*sphere, budget_s=0.0)


@pytest.fixture(scope="module")
def quadric(sphere: Mesh) -> PreviewMesh:
    return preview_mesh(*sphere, budget_s=60.0)


def mean_edge(p: PreviewMesh) -> float:
    tri = p.vertices[p.faces].astype(np.float64)
    return float(np.linalg.norm(tri[:, 1] - tri[:, 0], axis=1).mean())


def check_shape(p: PreviewMesh, source: Mesh) -> None:
    """Types, valid indices, unit outward normals, the box kept within about a cell."""
    v, f = source
    assert p.vertices.dtype == np.float32 and p.vertices.shape[1] == 3
    assert p.faces.dtype == np.int32 and p.faces.shape[1] == 3
    assert p.face_normals.dtype == np.float32 and p.face_normals.shape == p.faces.shape
    assert p.source_face.dtype == np.int64 and p.source_face.shape == (len(p.faces),)
    assert p.faces.min() >= 0 and p.faces.max() < len(p.vertices)
    assert p.source_face.min() >= 0 and p.source_face.max() < len(f)
    assert len(p.faces) <= 1.2 * TARGET
    np.testing.assert_allclose(np.linalg.norm(p.face_normals, axis=1), 1.0, atol=1e-5)
    centroids = p.vertices[p.faces].mean(axis=1)
    outward = np.einsum("ij,ij->i", p.face_normals, centroids) > 0
    assert outward.mean() >= 0.99
    cell = 2.0 * mean_edge(p)
    np.testing.assert_allclose(p.vertices.min(axis=0), v.min(axis=0), atol=cell)
    np.testing.assert_allclose(p.vertices.max(axis=0), v.max(axis=0), atol=cell)
    # each preview face stands for a full-mesh face close by
    distance = np.linalg.norm(v[f[p.source_face]].mean(axis=1) - centroids, axis=1)
    assert np.percentile(distance, 99) < cell


def test_below_threshold_is_the_full_mesh() -> None:
    v, f = box_arrays()
    p = preview_mesh(v, f)
    assert p.method == "full" and p.face_colours is None
    np.testing.assert_array_equal(p.vertices, v.astype(np.float32))
    np.testing.assert_array_equal(p.faces, f)
    np.testing.assert_array_equal(p.source_face, np.arange(12))
    centroids = v[f].mean(axis=1) - v.mean(axis=0)
    assert (np.einsum("ij,ij->i", p.face_normals, centroids) > 0).all()
    np.testing.assert_allclose(np.linalg.norm(p.face_normals, axis=1), 1.0, rtol=1e-6)
    assert p.seconds >= 0


def test_full_mesh_keeps_a_zero_area_face_with_a_zero_normal() -> None:
    v, f = box_arrays()
    f = np.vstack([f, [[0, 0, 1]]])
    p = preview_mesh(v, f)
    assert len(p.faces) == 13
    np.testing.assert_array_equal(p.face_normals[12], [0, 0, 0])


def test_clustering_lands_near_target(sphere: Mesh, clustered: PreviewMesh) -> None:
    assert clustered.method == "clustering"
    assert 0.5 * TARGET <= len(clustered.faces) <= 1.2 * TARGET
    check_shape(clustered, sphere)


@pytest.mark.slow
def test_quadric_within_budget(sphere: Mesh, quadric: PreviewMesh) -> None:
    assert quadric.method == "quadric"
    assert 0.9 * TARGET <= len(quadric.faces) <= 1.2 * TARGET
    check_shape(quadric, sphere)


def test_an_overrun_is_killed_and_clustering_answers(sphere: Mesh) -> None:
    shm_before = shared_memory_names()
    start = time.perf_counter()
    p = preview_mesh(*sphere, budget_s=0.05)
    assert p.method == "clustering"
    assert time.perf_counter() - start < 5.0
    assert len(p.faces) <= 1.2 * TARGET
    assert not [c for c in mp.active_children() if c.is_alive()]
    assert shared_memory_names() <= shm_before


@pytest.mark.slow
def test_a_stalling_decimation_is_abandoned_at_its_budget() -> None:
    # Long slivers, as CAD tessellation makes: fast-simplification takes > 30 s on these.
    mesh = trimesh.creation.cylinder(radius=10.0, height=50.0, sections=100_000)
    start = time.perf_counter()
    p = preview_mesh(mesh.vertices, mesh.faces, budget_s=1.0)
    assert p.method == "clustering" and len(p.faces) <= 1.2 * TARGET
    assert time.perf_counter() - start < 1.0 + 4.0
    np.testing.assert_allclose(p.vertices.min(axis=0), [-10, -10, -25], atol=1e-4)
    np.testing.assert_allclose(p.vertices.max(axis=0), [10, 10, 25], atol=1e-4)


def test_without_fast_simplification_clustering_answers(
    sphere: Mesh, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "fast_simplification", None)  # as if not installed
    assert preview_mesh(*sphere, budget_s=60.0).method == "clustering"


def test_a_lower_threshold_decimates_a_smaller_mesh() -> None:
    mesh = trimesh.creation.icosphere(subdivisions=5)  # 20,480 faces
    p = preview_mesh(mesh.vertices, mesh.faces, target_faces=2000, threshold=0, budget_s=0)
    assert p.method == "clustering" and len(p.faces) <= 2400


def test_deterministic(sphere: Mesh, clustered: PreviewMesh) -> None:
    again = preview_mesh(*sphere, budget_s=0.0)
    for name in ("vertices", "faces", "face_normals", "source_face"):
        np.testing.assert_array_equal(getattr(again, name), getattr(clustered, name))


@pytest.mark.slow
def test_quadric_deterministic(sphere: Mesh, quadric: PreviewMesh) -> None:
    again = preview_mesh(*sphere, budget_s=60.0)
    assert again.method == "quadric"
    np.testing.assert_array_equal(again.faces, quadric.faces)
    np.testing.assert_array_equal(again.source_face, quadric.source_face)


def test_finding_colours_by_severity() -> None:
    findings = [
        Finding("open_edges", "warning", 3, faces=(1, 2, 3)),
        Finding("degenerate_faces", "error", 2, faces=(3, 4)),
        Finding("overhangs", "info", 2, faces=(4, 5, 99, -1)),  # 99, -1: not on this mesh
    ]
    colours = finding_colours(8, findings)
    assert colours.shape == (8, 4) and colours.dtype == np.uint8
    np.testing.assert_array_equal(colours[[0, 6, 7]], [BASE_COLOUR] * 3)
    np.testing.assert_array_equal(colours[[1, 2]], [AMBER] * 2)
    np.testing.assert_array_equal(colours[[3, 4]], [RED] * 2)  # errors win
    np.testing.assert_array_equal(colours[5], SEVERITY_COLOURS["info"])
    assert finding_colours(0, findings).shape == (0, 4)


def test_colours_carried_on_the_full_mesh() -> None:
    v, f = box_arrays()
    colours = finding_colours(12, [Finding("inverted", "error", 1, faces=(5,))])
    p = preview_mesh(v, f, face_colours=colours)
    assert p.face_colours is not None
    np.testing.assert_array_equal(p.face_colours, colours)


@pytest.mark.parametrize("budget", [0.0, pytest.param(60.0, marks=pytest.mark.slow)])
def test_a_small_finding_stays_visible_after_decimation(sphere: Mesh, budget: float) -> None:
    v, f = sphere
    centroids = v[f].mean(axis=1)
    near_top = np.flatnonzero(centroids[:, 2] > 9.995)[:40]  # a tiny patch at the pole
    warned = np.flatnonzero(centroids[:, 0] > 9.9)  # a cap on +x
    findings = [
        Finding("thin_walls", "warning", len(warned), faces=tuple(warned.tolist())),
        Finding("self_intersections", "error", 1, faces=tuple(near_top.tolist())),
        Finding("small_features", "info", 1, faces=(int(near_top[0]),)),  # under the error
    ]
    p = preview_mesh(v, f, budget_s=budget, face_colours=finding_colours(len(f), findings))
    assert p.face_colours is not None and p.face_colours.shape == (len(p.faces), 4)
    preview_centroids = p.vertices[p.faces].mean(axis=1)
    red = (p.face_colours == RED).all(axis=1)
    amber = (p.face_colours == AMBER).all(axis=1)
    assert 1 <= red.sum() <= 2 * len(near_top) and (preview_centroids[red, 2] > 9.9).all()
    assert amber.sum() >= 10 and (preview_centroids[amber, 0] > 9.8).all()
    assert not (p.face_colours == np.array(SEVERITY_COLOURS["info"], np.uint8)).all(axis=1).any()
    base = ~(red | amber)
    np.testing.assert_array_equal(p.face_colours[base], np.tile(BASE_COLOUR, (base.sum(), 1)))


@pytest.mark.parametrize(
    "vertices, faces",
    [
        (np.zeros((0, 3)), np.zeros((0, 3), np.int64)),  # empty
        (np.zeros((3, 3)), np.zeros((0, 3), np.int64)),  # no faces
        (np.eye(3), [[0, 1, 3]]),  # no such vertex
        (np.eye(3), [[0, 1, -1]]),
        ([[0, 0, np.nan], [1, 0, 0], [0, 1, 0]], [[0, 1, 2]]),
        ([[0, 0, np.inf], [1, 0, 0], [0, 1, 0]], [[0, 1, 2]]),
        (np.eye(3)[:, :2], [[0, 1, 2]]),  # 2-D points
        (np.eye(3), [[0.0, 1.0, 2.0]]),  # float indices
        (np.zeros((3, 3)), [[0, 1, 2]]),  # all area zero
        ([["a", "b", "c"]] * 3, [[0, 1, 2]]),
    ],
)
def test_bad_meshes_are_refused(vertices: object, faces: object) -> None:
    with pytest.raises(ValueError):
        preview_mesh(vertices, faces)  # type: ignore[arg-type]


def test_all_degenerate_big_mesh_is_refused() -> None:
    v = np.zeros((10, 3))
    f = np.tile([[0, 1, 2]], (50, 1))
    with pytest.raises(ValueError):
        preview_mesh(v, f, target_faces=10, threshold=0, budget_s=0)


@pytest.mark.parametrize(
    "kwargs",
    [
        {"target_faces": 0},
        {"threshold": -1},
        {"budget_s": -1.0},
        {"budget_s": float("nan")},
        {"budget_s": float("inf")},
        {"face_colours": np.zeros((11, 4), np.uint8)},
        {"face_colours": np.zeros((12, 4), np.float32)},
    ],
)
def test_bad_parameters_are_refused(kwargs: dict[str, object]) -> None:
    with pytest.raises(ValueError):
        preview_mesh(*box_arrays(), **kwargs)  # type: ignore[arg-type]


def test_negative_face_count_is_refused() -> None:
    with pytest.raises(ValueError):
        finding_colours(-1, [])


def shared_memory_names() -> set[str]:
    shm = Path("/dev/shm")
    return {p.name for p in shm.iterdir()} if shm.is_dir() else set()
