from __future__ import annotations

import struct
from pathlib import Path

import numpy as np
import pytest
import trimesh

from cad.samples import FLAWED, SAMPLES, write_all, write_sample

# Plausible bounding boxes (sorted extents, mm) of each part, with a tolerance.
EXTENTS = {
    "ring": (2.0, 19.7, 19.7),
    "l_bracket": (20.0, 30.0, 40.0),
    "knob": (22.0, 30.0, 30.0),
    "enclosure": (40.0, 80.0, 120.0),
    "sole_blank": (10.0, 100.0, 265.0),
    "phone_stand": (70.0, 85.0, 100.0),
    "open_box": (20.0, 20.0, 20.0),
}


@pytest.fixture(scope="module")
def meshes() -> dict[str, trimesh.Trimesh]:
    return {name: make() for name, make in SAMPLES.items()}


def test_every_sample_has_an_expected_size() -> None:
    assert set(EXTENTS) == set(SAMPLES)
    assert set(FLAWED) == {"open_box"}


@pytest.mark.parametrize("name", sorted(set(SAMPLES) - FLAWED))
def test_good_parts_are_closed_solids(meshes: dict[str, trimesh.Trimesh], name: str) -> None:
    mesh = meshes[name]
    assert mesh.is_watertight
    assert mesh.is_winding_consistent
    assert mesh.volume > 0  # normals face outwards
    assert mesh.is_volume
    assert not (mesh.area_faces < 1e-9).any()  # no degenerate triangles


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_parts_have_plausible_size_and_sit_on_the_plate(
    meshes: dict[str, trimesh.Trimesh], name: str
) -> None:
    mesh = meshes[name]
    assert sorted(mesh.extents) == pytest.approx(EXTENTS[name], rel=0.02)
    lo, hi = mesh.bounds
    assert lo[2] == pytest.approx(0.0, abs=1e-9)
    assert (lo[:2] + hi[:2]) == pytest.approx([0.0, 0.0], abs=1e-9)


def test_open_box_has_open_edges(meshes: dict[str, trimesh.Trimesh]) -> None:
    mesh = meshes["open_box"]
    assert not mesh.is_watertight
    # the four edges round the missing top face are used by one triangle only
    edges = np.sort(mesh.edges, axis=1)
    _, counts = np.unique(edges, axis=0, return_counts=True)
    assert (counts == 1).sum() == 4
    assert len(mesh.faces) == 10


def test_ring_is_korean_size_13(meshes: dict[str, trimesh.Trimesh]) -> None:
    mesh = meshes["ring"]
    radius = np.hypot(mesh.vertices[:, 0], mesh.vertices[:, 1])
    assert 2 * radius.min() == pytest.approx(16.5, abs=0.05)
    assert radius.max() - radius.min() == pytest.approx(1.6, abs=0.01)  # thickness at the crown
    assert mesh.extents[2] == pytest.approx(2.0)  # band width
    # a thin silver band weighs a couple of grams
    assert 1.0 < mesh.volume / 1000 * 10.36 < 3.0


def test_enclosure_is_an_open_top_tray(meshes: dict[str, trimesh.Trimesh]) -> None:
    mesh = meshes["enclosure"]
    assert mesh.volume == pytest.approx(120 * 80 * 40 - 116 * 76 * 38)
    # open at the top: what faces up is the 2 mm rim at z = 40 and the cavity floor at z = 2
    up = mesh.face_normals[:, 2] > 0.99
    z = mesh.triangles_center[:, 2]
    assert mesh.area_faces[up & np.isclose(z, 40)].sum() == pytest.approx(120 * 80 - 116 * 76)
    assert mesh.area_faces[up & np.isclose(z, 2)].sum() == pytest.approx(116 * 76)
    assert up.sum() == len(mesh.faces[up & (np.isclose(z, 40) | np.isclose(z, 2))])


def test_knob_is_one_body(meshes: dict[str, trimesh.Trimesh]) -> None:
    mesh = meshes["knob"]
    assert mesh.euler_number == 2  # one closed shell, no handles


def _read_binary_stl(path: Path) -> int:
    data = path.read_bytes()
    (count,) = struct.unpack_from("<I", data, 80)
    assert len(data) == 84 + 50 * count  # a binary STL, exactly sized
    return int(count)


def test_write_sample_writes_binary_stl(tmp_path: Path, meshes: dict[str, trimesh.Trimesh]) -> None:
    path = tmp_path / "반지 13호.stl"
    write_sample("ring", path)
    assert _read_binary_stl(path) == len(meshes["ring"].faces)
    loaded = trimesh.load_mesh(path)
    assert loaded.is_watertight
    assert loaded.volume == pytest.approx(meshes["ring"].volume, rel=1e-4)


def test_write_sample_unknown_name(tmp_path: Path) -> None:
    with pytest.raises(KeyError, match="no sample part"):
        write_sample("teapot", tmp_path / "x.stl")


def test_write_all(tmp_path: Path) -> None:
    paths = write_all(tmp_path / "new" / "folder")
    assert [p.stem for p in paths] == list(SAMPLES)
    for path in paths:
        assert _read_binary_stl(path) > 0
