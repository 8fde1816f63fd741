"""cad/brep.py and its wiring into cad/loading.py: STEP, IGES and BREP through OpenCASCADE.

The files are real: written in tmp_path by OpenCASCADE's own writers from solids made
with cadquery (imported once per module: it takes ~3 s).
"""

from __future__ import annotations

import math
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import numpy as np
import pytest

from cad.brep import read_brep, tessellate
from cad.errors import CadError
from cad.loading import SUPPORTED_SUFFIXES, read_mesh

EMPTY_STEP = """ISO-10303-21;
HEADER;
FILE_DESCRIPTION(('an empty model'),'2;1');
FILE_NAME('empty.step','2026-01-01T00:00:00',(''),(''),'','','');
FILE_SCHEMA(('AUTOMOTIVE_DESIGN { 1 0 10303 214 1 1 1 1 }'));
ENDSEC;
DATA;
ENDSEC;
END-ISO-10303-21;
"""


@pytest.fixture(scope="module")
def cq() -> ModuleType:
    import cadquery

    return cadquery


def write_step(shape: Any, path: Path, unit: str = "MM") -> Path:
    from OCP.Interface import Interface_Static
    from OCP.STEPControl import STEPControl_AsIs, STEPControl_Writer

    writer = STEPControl_Writer()
    Interface_Static.SetCVal_s("write.step.unit", unit)  # process-wide: put it back
    try:
        writer.Transfer(shape.wrapped, STEPControl_AsIs)
    finally:
        Interface_Static.SetCVal_s("write.step.unit", "MM")
    writer.Write(str(path))
    return path


def write_iges(shape: Any, path: Path, unit: str = "MM") -> Path:
    from OCP.IGESControl import IGESControl_Writer

    writer = IGESControl_Writer(unit, 1)  # 1: B-rep solids, not trimmed surfaces
    writer.AddShape(shape.wrapped)
    writer.ComputeModel()
    assert writer.Write(str(path))
    return path


def write_brep(shape: Any, path: Path) -> Path:
    from OCP.BRepTools import BRepTools

    assert BRepTools.Write_s(shape.wrapped, str(path))
    return path


WRITERS: dict[str, Callable[[Any, Path], Path]] = {
    ".step": write_step,
    ".stp": write_step,
    ".iges": write_iges,
    ".igs": write_iges,
    ".brep": write_brep,
    ".brp": write_brep,
}


def edge_uses(faces: np.ndarray) -> np.ndarray:
    """How many faces use each undirected edge."""
    edges = np.sort(faces[:, [0, 1, 1, 2, 2, 0]].reshape(-1, 2), axis=1)
    return np.unique(edges, axis=0, return_counts=True)[1]


def is_watertight_and_consistent(faces: np.ndarray) -> bool:
    """Every edge has two faces, and they run along it in opposite directions."""
    directed = faces[:, [0, 1, 1, 2, 2, 0]].reshape(-1, 2)
    unique_directed = len(np.unique(directed, axis=0)) == len(directed)
    return bool(unique_directed and (edge_uses(faces) == 2).all())


def volume(vertices: np.ndarray, faces: np.ndarray) -> float:
    t = vertices[faces]
    return float(np.einsum("ij,ij->i", t[:, 0], np.cross(t[:, 1], t[:, 2])).sum() / 6)


def test_the_cad_suffixes_are_supported() -> None:
    assert {".step", ".stp", ".iges", ".igs", ".brep", ".brp"} <= SUPPORTED_SUFFIXES


@pytest.mark.parametrize(
    ("suffix", "fmt"),
    [
        (".step", "step"),
        (".stp", "step"),
        (".iges", "iges"),
        (".igs", "iges"),
        (".brep", "brep"),
        (".brp", "brep"),
    ],
)
def test_a_box_comes_out_exact_watertight_and_outward(
    cq: ModuleType, tmp_path: Path, suffix: str, fmt: str
) -> None:
    path = WRITERS[suffix](cq.Solid.makeBox(20, 10, 5), tmp_path / f"box{suffix}")

    mesh = read_mesh(path)

    assert (mesh.format, mesh.units) == (fmt, "mm")
    assert volume(mesh.vertices, mesh.faces) == pytest.approx(1000.0, rel=1e-3)
    assert np.ptp(mesh.vertices, axis=0) == pytest.approx([20, 10, 5])
    assert is_watertight_and_consistent(mesh.faces)
    assert len(mesh.vertices) == 8  # the faces' corner nodes were merged


@pytest.mark.parametrize(
    ("make", "expected"),
    [
        (lambda cq: cq.Solid.makeCylinder(5, 10), math.pi * 5**2 * 10),
        (lambda cq: cq.Solid.makeSphere(10, angleDegrees1=-90), 4 / 3 * math.pi * 10**3),
    ],
    ids=["cylinder", "sphere"],
)
def test_curved_solids_are_within_one_percent_and_closed_over_seams_and_poles(
    cq: ModuleType, tmp_path: Path, make: Callable[[ModuleType], Any], expected: float
) -> None:
    path = write_step(make(cq), tmp_path / "curved.step")

    mesh = read_mesh(path)

    assert volume(mesh.vertices, mesh.faces) == pytest.approx(expected, rel=0.01)
    assert is_watertight_and_consistent(mesh.faces)


def test_a_part_centred_on_the_origin_keeps_its_mirrored_corners_apart(
    cq: ModuleType, tmp_path: Path
) -> None:
    # (x, y, z) and (-x, -y, z) are different points: welding must not merge them.
    path = write_step(cq.Workplane().box(20, 10, 5).val(), tmp_path / "centred.step")

    mesh = read_mesh(path)

    assert len(mesh.vertices) == 8
    assert volume(mesh.vertices, mesh.faces) == pytest.approx(1000.0, rel=1e-3)
    assert is_watertight_and_consistent(mesh.faces)


def test_a_moved_and_rotated_filleted_part_is_placed_and_still_watertight(
    cq: ModuleType, tmp_path: Path
) -> None:
    part = cq.Workplane().box(20, 20, 20).edges().fillet(3).faces(">Z").hole(5).val()
    moved = part.moved(cq.Location(cq.Vector(100.3, -2.7, 0.9), cq.Vector(1, 1, 0), 33))
    path = write_brep(moved, tmp_path / "moved.brep")

    vertices, faces, units = read_brep(path, "brep")

    assert units == "mm"
    assert is_watertight_and_consistent(faces)
    assert volume(vertices, faces) == pytest.approx(part.Volume(), rel=0.005)
    assert vertices.mean(axis=0)[0] == pytest.approx(100.3, abs=1.0)


def test_a_mirrored_placement_stays_outward(cq: ModuleType) -> None:
    from OCP.gp import gp_Ax2, gp_Dir, gp_Pnt, gp_Trsf
    from OCP.TopLoc import TopLoc_Location

    mirror = gp_Trsf()
    mirror.SetMirror(gp_Ax2(gp_Pnt(0, 0, 0), gp_Dir(1, 0, 0)))
    shape = cq.Solid.makeBox(20, 10, 5).wrapped.Moved(TopLoc_Location(mirror), False)

    vertices, faces = tessellate(shape)

    assert volume(vertices, faces) == pytest.approx(1000.0)
    assert (vertices[:, 0].min(), vertices[:, 0].max()) == (-20.0, 0.0)
    assert is_watertight_and_consistent(faces)


def test_a_finer_tolerance_gives_more_triangles_and_a_closer_volume(
    cq: ModuleType, tmp_path: Path
) -> None:
    path = write_step(cq.Solid.makeCylinder(20, 5), tmp_path / "disc.step")
    true = math.pi * 20**2 * 5

    coarse = read_mesh(path, tolerance_mm=0.5)
    fine = read_mesh(path, tolerance_mm=0.01)

    assert len(fine.faces) > len(coarse.faces)
    fine_error = abs(volume(fine.vertices, fine.faces) - true)
    assert fine_error < abs(volume(coarse.vertices, coarse.faces) - true)


def test_a_step_drawn_in_inches_says_so_and_is_scaled_to_mm(cq: ModuleType, tmp_path: Path) -> None:
    # cadquery works in mm: a 1 x 0.5 x 0.25 inch block, written with inch as the unit.
    path = write_step(cq.Solid.makeBox(25.4, 12.7, 6.35), tmp_path / "inch.step", "INCH")
    assert b"INCH" in path.read_bytes()

    mesh = read_mesh(path)

    assert mesh.units == "in"
    assert np.ptp(mesh.vertices, axis=0) == pytest.approx([25.4, 12.7, 6.35])


def test_an_iges_drawn_in_inches_says_so(cq: ModuleType, tmp_path: Path) -> None:
    path = write_iges(cq.Solid.makeBox(25.4, 25.4, 25.4), tmp_path / "inch.igs", "INCH")

    mesh = read_mesh(path)

    assert mesh.units == "in"
    assert np.ptp(mesh.vertices, axis=0) == pytest.approx([25.4, 25.4, 25.4])


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("garbage.step", bytes(range(256)) * 8),
        ("header-only.stp", b"ISO-10303-21;\nHEADER;\nFILE_DESCRIPTION(("),
        ("garbage.iges", bytes(range(256)) * 8),
        ("garbage.brep", b"CASCADE Topology V1, (c) Matra-Datavision\nLocations 3\n1 junk"),
        ("text.brp", b"hello, this is not a shape\n"),
    ],
)
def test_garbage_is_unreadable(tmp_path: Path, name: str, data: bytes) -> None:
    path = tmp_path / name
    path.write_bytes(data)

    with pytest.raises(CadError) as info:
        read_mesh(path)

    assert info.value.code == "unreadable"


def test_a_truncated_step_is_unreadable(cq: ModuleType, tmp_path: Path) -> None:
    whole = write_step(cq.Solid.makeSphere(5), tmp_path / "whole.step").read_bytes()
    path = tmp_path / "cut.step"
    path.write_bytes(whole[: len(whole) // 2])

    with pytest.raises(CadError) as info:
        read_mesh(path)

    assert info.value.code == "unreadable"


def test_an_empty_but_valid_step_has_no_geometry(tmp_path: Path) -> None:
    path = tmp_path / "empty.step"
    path.write_text(EMPTY_STEP)

    with pytest.raises(CadError) as info:
        read_mesh(path)

    assert info.value.code == "no_geometry"


def test_a_shape_without_faces_has_no_geometry(cq: ModuleType, tmp_path: Path) -> None:
    wire = cq.Workplane().polyline([(0, 0), (10, 0), (10, 10)]).val()  # edges, no faces
    path = write_brep(wire, tmp_path / "wire.brep")

    with pytest.raises(CadError) as info:
        read_mesh(path)

    assert info.value.code == "no_geometry"
    with pytest.raises(CadError) as info:
        tessellate(cq.Compound.makeCompound([]).wrapped)
    assert info.value.code == "no_geometry"


@pytest.fixture
def without_ocp(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setitem(sys.modules, "OCP", None)  # `import OCP` now raises ImportError
    yield


def test_without_the_kernel_the_error_says_so(tmp_path: Path, without_ocp: None) -> None:
    path = tmp_path / "part.step"
    path.write_text(EMPTY_STEP)

    with pytest.raises(CadError) as info:
        read_mesh(path)

    assert info.value.code == "cad_kernel_unavailable"


def test_read_brep_refuses_other_formats_and_bad_tolerances(tmp_path: Path) -> None:
    path = tmp_path / "part.step"
    path.write_text(EMPTY_STEP)
    with pytest.raises(CadError) as info:
        read_brep(path, "stl")
    assert info.value.code == "unsupported_format"
    with pytest.raises(ValueError):
        read_brep(path, "step", tolerance_mm=0)
    with pytest.raises(ValueError):
        read_brep(path, "step", angular_tolerance_deg=float("nan"))


def test_a_step_that_takes_too_long_is_refused_with_timeout(tmp_path: Path) -> None:
    """The kernel runs in a child process that is killed at the deadline."""
    from cad.brep import read_brep_bounded

    path = tmp_path / "part.step"
    path.write_text(EMPTY_STEP)
    with pytest.raises(CadError) as info:
        read_brep_bounded(path, "step", timeout_s=0.0)
    assert info.value.code == "timeout"
