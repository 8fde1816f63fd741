"""cad.loading and cad.analysis on real files written into tmp_path."""

from __future__ import annotations

import json
import pickle
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest
import trimesh

from cad import mesh
from cad.analysis import SUPPORTED_SUFFIXES, Analysis, analyse_file
from cad.errors import CAD_ERROR_CODES, CadError
from cad.loading import load_mesh, read_mesh, weld_vertices
from cad.metrics import MeshMetrics, compute_metrics

from .conftest import (
    ascii_stl_bytes,
    binary_stl_bytes,
    box_arrays,
    mesh_object_xml,
    model_xml,
    package_3mf,
)

Box = tuple[np.ndarray, np.ndarray]
WriteFile = Callable[[str, bytes | str], Path]
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def assert_reference_box(metrics: MeshMetrics, scale: float = 1.0) -> None:
    assert metrics.triangles == 12
    assert metrics.volume_mm3 == pytest.approx(1000.0 * scale**3)
    assert metrics.area_mm2 == pytest.approx(700.0 * scale**2)
    assert metrics.bbox_mm == pytest.approx((20.0 * scale, 10.0 * scale, 5.0 * scale))
    assert metrics.watertight
    assert metrics.bodies == 1


# --- STL ------------------------------------------------------------------------------


def test_binary_stl_is_read_and_welded(box: Box, write_file: WriteFile) -> None:
    mesh = read_mesh(write_file("box.stl", binary_stl_bytes(*box)))
    assert (mesh.format, mesh.units) == ("stl", "mm")
    assert mesh.vertices.shape == (8, 3)
    assert mesh.faces.shape == (12, 3)
    assert_reference_box(compute_metrics(mesh))


def test_binary_stl_whose_header_says_solid_is_still_binary(
    box: Box, write_file: WriteFile
) -> None:
    path = write_file("box.stl", binary_stl_bytes(*box, header=b"solid exported by a CAD"))
    assert_reference_box(compute_metrics(read_mesh(path)))


def test_ascii_and_binary_stl_give_the_same_metrics(box: Box, write_file: WriteFile) -> None:
    ascii_path = write_file("ascii.stl", ascii_stl_bytes(*box))
    binary_path = write_file("binary.stl", binary_stl_bytes(*box))
    ascii_mesh, binary_mesh = read_mesh(ascii_path), read_mesh(binary_path)
    assert compute_metrics(ascii_mesh) == compute_metrics(binary_mesh)
    assert_reference_box(compute_metrics(ascii_mesh))


def test_ascii_stl_with_several_solids_and_odd_spacing(box: Box, write_file: WriteFile) -> None:
    second = box_arrays(origin=(100.0, 0.0, 0.0))
    text = ascii_stl_bytes(*box, name="a").replace(b"vertex ", b"VERTEX\t ")
    path = write_file("two.stl", b"  \n" + text + ascii_stl_bytes(*second, name="b"))
    metrics = compute_metrics(read_mesh(path))
    assert (metrics.triangles, metrics.bodies) == (24, 2)
    assert metrics.volume_mm3 == pytest.approx(2000.0)


def test_ascii_stl_on_one_line_or_with_numbers_on_their_own_lines(
    box: Box, write_file: WriteFile
) -> None:
    text = ascii_stl_bytes(*box)
    one_line = write_file("one.stl", b" ".join(text.split()))
    split_numbers = write_file("split.stl", text.replace(b" ", b"\r\n"))
    for path in (one_line, split_numbers):
        assert_reference_box(compute_metrics(read_mesh(path)))


def test_load_mesh_returns_a_welded_trimesh_in_mm(box: Box, write_file: WriteFile) -> None:
    mesh = load_mesh(write_file("box.stl", binary_stl_bytes(*box)))
    assert isinstance(mesh, trimesh.Trimesh)
    assert len(mesh.vertices) == 8
    assert mesh.volume == pytest.approx(1000.0)
    assert mesh.units == "mm"
    assert mesh.metadata["file_format"] == "stl"
    assert mesh.metadata["source_units"] == "mm"


# --- formats through trimesh ----------------------------------------------------------


@pytest.mark.parametrize("fmt", ["obj", "ply", "off", "glb"])
def test_trimesh_formats_load(fmt: str, box: Box, write_file: WriteFile) -> None:
    mesh = trimesh.Trimesh(*box, process=False)
    if fmt == "glb":  # glTF is metres by its spec
        mesh.apply_scale(0.001)
    analysis = analyse_file(write_file(f"box.{fmt}", mesh.export(file_type=fmt)))
    assert analysis.format == fmt
    assert analysis.units == ("m" if fmt == "glb" else "mm")
    assert_reference_box(analysis.metrics)


def test_gltf_with_a_separate_buffer_loads_in_metres(box: Box, tmp_path: Path) -> None:
    mesh = trimesh.Trimesh(*box, process=False).apply_scale(0.001)
    for name, data in mesh.export(file_type="gltf").items():
        (tmp_path / name).write_bytes(data)
    mesh_data = read_mesh(tmp_path / "model.gltf")
    assert mesh_data.units == "m"
    assert_reference_box(compute_metrics(mesh_data))


# --- 3MF ------------------------------------------------------------------------------


def test_3mf_in_millimetres(box: Box, tmp_path: Path) -> None:
    model = model_xml(mesh_object_xml(1, *box), '<item objectid="1"/>')
    analysis = analyse_file(package_3mf(tmp_path / "box.3mf", model))
    assert (analysis.format, analysis.units) == ("3mf", "mm")
    assert_reference_box(analysis.metrics)


def test_3mf_without_unit_is_millimetres(box: Box, tmp_path: Path) -> None:
    model = model_xml(mesh_object_xml(1, *box), '<item objectid="1"/>', unit=None)
    analysis = analyse_file(package_3mf(tmp_path / "box.3mf", model))
    assert analysis.units == "mm"
    assert_reference_box(analysis.metrics)


def test_3mf_in_inches_is_scaled_to_mm(tmp_path: Path) -> None:
    vertices, faces = box_arrays(size=(1.0, 0.5, 0.25))  # inches
    model = model_xml(mesh_object_xml(1, vertices, faces), '<item objectid="1"/>', unit="inch")
    analysis = analyse_file(package_3mf(tmp_path / "box.3mf", model))
    assert analysis.units == "in"
    assert analysis.metrics.bbox_mm == pytest.approx((25.4, 12.7, 6.35))
    assert analysis.metrics.volume_mm3 == pytest.approx(0.125 * 25.4**3)


def test_3mf_components_transforms_and_production_paths(box: Box, tmp_path: Path) -> None:
    # Object 2 places object 1 twice; object 1 lives in another part (production
    # extension, as Bambu and Prusa write it); the build item moves everything up 100 mm.
    part = model_xml(mesh_object_xml(1, *box), "")
    components = (
        '<object id="2" type="model"><components>'
        '<component p:path="/3D/Objects/box.model" objectid="1"/>'
        '<component p:path="/3D/Objects/box.model" objectid="1" '
        'transform="1 0 0 0 1 0 0 0 1 50 0 0"/>'
        "</components></object>"
    )
    model = model_xml(components, '<item objectid="2" transform="1 0 0 0 1 0 0 0 1 0 0 100"/>')
    path = package_3mf(tmp_path / "pair.3mf", model, {"3D/Objects/box.model": part})
    mesh = read_mesh(path)
    metrics = compute_metrics(mesh)
    assert (metrics.triangles, metrics.bodies) == (24, 2)
    assert metrics.bbox_mm == pytest.approx((70.0, 10.0, 5.0))
    assert mesh.vertices[:, 2].min() == pytest.approx(100.0)
    assert metrics.volume_mm3 == pytest.approx(2000.0)


def test_3mf_without_build_items_places_each_top_level_object_once(
    box: Box, tmp_path: Path
) -> None:
    holder = '<object id="2"><components><component objectid="1"/></components></object>'
    model = model_xml(mesh_object_xml(1, *box) + holder, "")
    metrics = analyse_file(package_3mf(tmp_path / "nobuild.3mf", model)).metrics
    assert (metrics.triangles, metrics.bodies) == (12, 1)


def test_3mf_mirrored_item_keeps_its_volume_positive(box: Box, tmp_path: Path) -> None:
    build = '<item objectid="1"/><item objectid="1" transform="-1 0 0 0 1 0 0 0 1 -10 0 0"/>'
    model = model_xml(mesh_object_xml(1, *box), build)
    mesh = read_mesh(package_3mf(tmp_path / "mirror.3mf", model))
    assert mesh.vertices[:, 0].min() == pytest.approx(-30.0)
    metrics = compute_metrics(mesh)
    assert metrics.bodies == 2
    assert metrics.volume_mm3 == pytest.approx(2000.0)
    # The mirrored copy's winding was flipped, so both bodies face outwards.
    assert trimesh.Trimesh(mesh.vertices, mesh.faces, process=False).volume == pytest.approx(2000.0)


# --- errors ---------------------------------------------------------------------------


def _lying_stl(box: Box) -> bytes:
    data = bytearray(binary_stl_bytes(*box))
    data[80:84] = (1000).to_bytes(4, "little")  # says 1000 triangles, holds 12
    return bytes(data)


def _nan_stl(box: Box) -> bytes:
    vertices = box[0].copy()
    vertices[3, 1] = np.nan
    return binary_stl_bytes(vertices, box[1])


def _3mf_bytes(tmp_path: Path, model: str) -> bytes:
    return package_3mf(tmp_path / "made.3mf.zip", model).read_bytes()


def _crafted(kind: str, box: Box, tmp_path: Path) -> tuple[str, bytes | str]:
    """(file name, content) of a file that is wrong in one way."""
    rng = np.random.default_rng(7)
    item = '<item objectid="1"/>'
    good_object = mesh_object_xml(1, *box)
    bad_triangle = good_object.replace('v3="1"', 'v3="99"', 1)
    # Object 1 holds object 2 twice, which holds object 1 twice: a cycle that would
    # double at every level if it were only cut off by depth.
    cycle = (
        '<object id="1"><components><component objectid="2"/><component objectid="2"/>'
        '</components></object><object id="2"><components><component objectid="1"/>'
        '<component objectid="1"/></components></object>'
    )
    no_faces = (np.zeros((0, 3)), np.zeros((0, 3), dtype=np.int64))
    makers: dict[str, Callable[[], tuple[str, bytes | str]]] = {
        "empty": lambda: ("empty.stl", b""),
        "random": lambda: ("noise.stl", rng.bytes(5000)),
        "short": lambda: ("short.stl", b"\x00" * 40),
        "lying_count": lambda: ("lying.stl", _lying_stl(box)),
        "nan_binary": lambda: ("nan.stl", _nan_stl(box)),
        "nan_ascii": lambda: (
            "nan.stl",
            ascii_stl_bytes(*box).replace(b"vertex 0.0", b"vertex nan", 1),
        ),
        "inf_obj": lambda: ("inf.obj", "v 0 0 0\nv 1 0 0\nv 0 inf 0\nf 1 2 3\n"),
        "no_triangles_binary": lambda: ("zero.stl", binary_stl_bytes(*no_faces)),
        "no_triangles_ascii": lambda: ("zero.stl", b"solid nothing\nendsolid nothing\n"),
        "ascii_incomplete": lambda: ("cut.stl", ascii_stl_bytes(*box).rsplit(b"vertex", 1)[0]),
        "ascii_garbage_numbers": lambda: (
            "bad.stl",
            b"solid x\nvertex a b c\nvertex 1 2 3\nvertex 1 2 3\nendsolid x\n",
        ),
        "obj_without_faces": lambda: ("points.obj", "v 0 0 0\nv 1 0 0\nv 0 1 0\n"),
        "ply_garbage": lambda: ("noise.ply", rng.bytes(3000)),
        "3mf_not_zip": lambda: ("noise.3mf", rng.bytes(3000)),
        "3mf_no_model": lambda: ("empty.3mf", _3mf_bytes(tmp_path, "")),
        "3mf_bad_xml": lambda: ("bad.3mf", _3mf_bytes(tmp_path, "<model><resources>")),
        "3mf_bad_index": lambda: ("index.3mf", _3mf_bytes(tmp_path, model_xml(bad_triangle, item))),
        "3mf_missing_object": lambda: ("missing.3mf", _3mf_bytes(tmp_path, model_xml("", item))),
        "3mf_cycle": lambda: ("cycle.3mf", _3mf_bytes(tmp_path, model_xml(cycle, item))),
        "3mf_unknown_unit": lambda: (
            "unit.3mf",
            _3mf_bytes(tmp_path, model_xml(good_object, item, unit="furlong")),
        ),
        "3mf_bad_transform": lambda: (
            "xf.3mf",
            _3mf_bytes(tmp_path, model_xml(good_object, '<item objectid="1" transform="1 0"/>')),
        ),
        "3mf_empty_build": lambda: ("nothing.3mf", _3mf_bytes(tmp_path, model_xml("", ""))),
        "unsupported": lambda: ("points.xyz", "0 0 0\n1 1 1\n"),
    }
    return makers[kind]()


@pytest.mark.parametrize(
    ("kind", "code"),
    [
        ("empty", "empty"),
        ("random", "unreadable"),
        ("short", "unreadable"),
        ("lying_count", "unreadable"),
        ("nan_binary", "non_finite"),
        ("nan_ascii", "non_finite"),
        ("inf_obj", "non_finite"),
        ("no_triangles_binary", "no_geometry"),
        ("no_triangles_ascii", "no_geometry"),
        ("ascii_incomplete", "unreadable"),
        ("ascii_garbage_numbers", "unreadable"),
        ("obj_without_faces", "no_geometry"),
        ("ply_garbage", "unreadable"),
        ("3mf_not_zip", "unreadable"),
        ("3mf_no_model", "unreadable"),
        ("3mf_bad_xml", "unreadable"),
        ("3mf_bad_index", "unreadable"),
        ("3mf_missing_object", "unreadable"),
        ("3mf_cycle", "unreadable"),
        ("3mf_unknown_unit", "unreadable"),
        ("3mf_bad_transform", "unreadable"),
        ("3mf_empty_build", "no_geometry"),
        ("unsupported", "unsupported_format"),
    ],
)
def test_bad_files_raise_cad_errors(
    kind: str, code: str, box: Box, tmp_path: Path, write_file: WriteFile
) -> None:
    path = write_file(*_crafted(kind, box, tmp_path))
    with pytest.raises(CadError) as caught:
        analyse_file(path)
    assert caught.value.code == code
    with pytest.raises(CadError):
        load_mesh(path)


def test_missing_file_is_empty(tmp_path: Path) -> None:
    with pytest.raises(CadError) as caught:
        analyse_file(tmp_path / "gone.stl")
    assert caught.value.code == "empty"


def test_a_directory_is_unreadable(tmp_path: Path) -> None:
    (tmp_path / "folder.stl").mkdir()
    with pytest.raises(CadError) as caught:
        analyse_file(tmp_path / "folder.stl")
    assert caught.value.code == "unreadable"


def test_file_over_max_bytes_is_too_large(box: Box, write_file: WriteFile) -> None:
    path = write_file("box.stl", binary_stl_bytes(*box))  # 684 bytes
    with pytest.raises(CadError) as caught:
        analyse_file(path, max_bytes=683)
    assert caught.value.code == "too_large"
    assert analyse_file(path, max_bytes=684).metrics.triangles == 12


def test_3mf_that_unzips_past_max_bytes_is_too_large(box: Box, tmp_path: Path) -> None:
    model = model_xml(mesh_object_xml(1, *box), '<item objectid="1"/>') + " " * 1_000_000
    path = package_3mf(tmp_path / "bomb.3mf", model)
    assert path.stat().st_size < 20_000
    with pytest.raises(CadError) as caught:
        analyse_file(path, max_bytes=100_000)
    assert caught.value.code == "too_large"


def test_3mf_that_places_too_many_objects_is_too_large(tmp_path: Path) -> None:
    # A tree of empty objects, ten wide and six deep, fails before walking a million.
    levels = ['<object id="1"><mesh><vertices/><triangles/></mesh></object>']
    for level in range(2, 8):
        children = f'<component objectid="{level - 1}"/>' * 10
        levels.append(f'<object id="{level}"><components>{children}</components></object>')
    path = package_3mf(tmp_path / "tree.3mf", model_xml("".join(levels), '<item objectid="7"/>'))
    with pytest.raises(CadError) as caught:
        analyse_file(path)
    assert caught.value.code == "too_large"


def test_3mf_that_instances_too_many_triangles_is_too_large(box: Box, tmp_path: Path) -> None:
    # Each level places the one below 10 times: 10**6 boxes from a file of a few kB.
    levels = [mesh_object_xml(1, *box)]
    for level in range(2, 8):
        children = "".join(
            f'<component objectid="{level - 1}" transform="1 0 0 0 1 0 0 0 1 {25 * i} 0 0"/>'
            for i in range(10)
        )
        levels.append(f'<object id="{level}"><components>{children}</components></object>')
    path = package_3mf(tmp_path / "many.3mf", model_xml("".join(levels), '<item objectid="7"/>'))
    with pytest.raises(CadError) as caught:
        analyse_file(path, max_bytes=10_000_000)
    assert caught.value.code == "too_large"


# --- CadError ------------------------------------------------------------------------


def test_cad_error_codes_are_checked_and_survive_pickling() -> None:
    with pytest.raises(ValueError, match="unknown CadError code"):
        CadError("broken")
    error = CadError("too_large", "3 GB")
    copy = pickle.loads(pickle.dumps(error))
    assert (copy.code, copy.detail, str(copy)) == ("too_large", "3 GB", "too_large: 3 GB")
    assert CadError("empty").detail == ""
    assert {
        "empty",
        "unreadable",
        "unsupported_format",
        "too_large",
        "non_finite",
        "no_geometry",
        "invalid_parameter",
        "geometry_failed",
        "cad_kernel_unavailable",
        "timeout",
    } == CAD_ERROR_CODES


# --- analysis ------------------------------------------------------------------------


def test_analyse_file_returns_plain_data(box: Box, write_file: WriteFile) -> None:
    analysis = analyse_file(write_file("Box.STL", binary_stl_bytes(*box)), thumbnail_size=64)
    assert isinstance(analysis, Analysis)
    assert (analysis.format, analysis.units) == ("stl", "mm")
    assert analysis.thumbnail_png.startswith(PNG_SIGNATURE)
    assert MeshMetrics.from_dict(json.loads(json.dumps(analysis.metrics.to_dict()))) == (
        analysis.metrics
    )
    meshes = {".stl", ".obj", ".ply", ".3mf", ".off", ".glb", ".gltf"}
    cad_files = {".step", ".stp", ".iges", ".igs", ".brep", ".brp"}  # through cad.brep
    assert meshes | cad_files == SUPPORTED_SUFFIXES


def test_cad_imports_neither_qt_nor_trimesh_eagerly() -> None:
    code = (
        "import sys, cad.analysis, cad.loading, cad.metrics, cad.thumbnail, cad.errors\n"
        "heavy = [m for m in sys.modules if m.split('.')[0] in "
        "('trimesh', 'PySide6', 'shiboken6', 'pyqtgraph')]\n"
        "assert not heavy, heavy\n"
    )
    root = Path(__file__).resolve().parents[2]
    subprocess.run([sys.executable, "-c", code], cwd=root, check=True)


# --- welding -------------------------------------------------------------------------


def test_weld_merges_equal_points_and_drops_unused_ones() -> None:
    vertices = np.array([[0, 0, 0], [1, 0, 0], [0, 1, 0], [-0.0, 0, 0], [9, 9, 9], [1, 0, 0]])
    faces = np.array([[0, 1, 2], [3, 2, 5]])
    welded, new_faces = weld_vertices(vertices, faces)
    assert len(welded) == 3
    assert np.array_equal(welded[new_faces], vertices[faces])


def test_weld_is_exact_when_the_sorted_top_bits_collide(
    box: Box, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The sort sees only a hash's top bits: points that share those but not the full hash
    must still come out as distinct points (here every hash is tiny, so all tops collide)."""
    soup = box[0][box[1]].reshape(-1, 3)

    def small_distinct_hash(columns: list[np.ndarray]) -> np.ndarray:
        rows = list(zip(*(c.tolist() for c in columns), strict=True))
        rank = {row: k for k, row in enumerate(sorted(set(rows)))}  # 0..7, below 2**6
        return np.array([rank[row] for row in rows], dtype=np.uint64)

    monkeypatch.setattr(mesh, "_row_hash", small_distinct_hash)
    welded, faces = weld_vertices(soup, np.arange(len(soup)).reshape(-1, 3))
    assert len(welded) == 8
    assert np.array_equal(welded[faces].reshape(-1, 3), soup)
