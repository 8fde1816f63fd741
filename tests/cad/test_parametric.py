"""cad/parametric.py and cad/parametric_shapes.py: templates, checking, building.

Each part is built once per module (cadquery's import takes ~3 s; a build 0.05–0.3 s).
"""

from __future__ import annotations

import io
import math
import pickle
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from cad.errors import CadError
from cad.loading import read_mesh
from cad.parametric import TEMPLATES, BuiltPart, build_part, design_name
from cad.parametric_shapes import LID_GAP_MM, RING_INNER_DIAMETER_MM
from tests.cad.test_brep import is_watertight_and_consistent, volume

Build = Callable[..., BuiltPart]


@pytest.fixture(scope="module")
def build() -> Build:
    """build(code, **overrides): the template's defaults with overrides, built once."""
    cache: dict[tuple[str, tuple[tuple[str, Any], ...]], BuiltPart] = {}

    def run(code: str, **overrides: Any) -> BuiltPart:
        key = (code, tuple(sorted(overrides.items())))
        if key not in cache:
            cache[key] = build_part(code, {**TEMPLATES[code].defaults(), **overrides})
        return cache[key]

    return run


def radial(vertices: np.ndarray) -> np.ndarray:
    return np.hypot(vertices[:, 0], vertices[:, 1])


# --- the templates as data -----------------------------------------------------------


def test_every_template_has_defaults_inside_its_own_ranges() -> None:
    assert set(TEMPLATES) == {"ring", "l_bracket", "enclosure", "knob"}
    for template in TEMPLATES.values():
        assert template.check(template.defaults()) == template.defaults()
        for p in template.parameters:
            assert p.kind in ("float", "int", "choice") and p.unit in ("mm", "deg", "호", "")


def test_the_ring_size_table_runs_from_1_to_30_ho() -> None:
    sizes = sorted(RING_INNER_DIAMETER_MM)
    assert sizes == list(range(1, 31))
    diameters = [RING_INNER_DIAMETER_MM[n] for n in sizes]
    assert diameters == sorted(diameters)
    assert (diameters[0], RING_INNER_DIAMETER_MM[13], RING_INNER_DIAMETER_MM[19]) == (
        13.0,
        17.0,
        19.0,
    )
    for n, d in RING_INNER_DIAMETER_MM.items():  # 1/3 mm a size, published to 0.1 mm
        assert d == pytest.approx(13 + (n - 1) / 3, abs=0.07)


def test_design_names_carry_the_key_sizes() -> None:
    assert design_name("ring", TEMPLATES["ring"].defaults()) == "ring_13호"
    assert design_name("l_bracket", TEMPLATES["l_bracket"].defaults()) == "l_bracket_40x30mm"
    enclosure = {**TEMPLATES["enclosure"].defaults(), "outer_x": 80.5}
    assert design_name("enclosure", enclosure) == "enclosure_80.5x60x30mm"


# --- checking parameters (no building) -------------------------------------------------


@pytest.mark.parametrize(
    ("code", "change", "parameter", "reason"),
    [
        ("ring", {"size": 31}, "size", "out_of_range"),
        ("ring", {"size": 0}, "size", "out_of_range"),
        ("ring", {"size": 13.5}, "size", "wrong_type"),
        ("ring", {"size": "13"}, "size", "wrong_type"),
        ("ring", {"size": True}, "size", "wrong_type"),
        ("ring", {"band_width": float("nan")}, "band_width", "wrong_type"),
        ("ring", {"comfort_fit": "maybe"}, "comfort_fit", "not_a_choice"),
        ("l_bracket", {"thickness": 0.5}, "thickness", "out_of_range"),
        ("knob", {"knurl_count": -1}, "knurl_count", "out_of_range"),
        ("knob", {"colour": "red"}, "colour", "unknown"),
    ],
)
def test_bad_parameters_are_refused_naming_the_parameter(
    code: str, change: dict[str, Any], parameter: str, reason: str
) -> None:
    with pytest.raises(CadError) as info:
        build_part(code, {**TEMPLATES[code].defaults(), **change})

    assert info.value.code == "invalid_parameter"
    assert (info.value.params["parameter"], info.value.params["reason"]) == (parameter, reason)
    assert parameter in info.value.detail


def test_a_missing_parameter_is_named_with_its_range() -> None:
    params = TEMPLATES["l_bracket"].defaults()
    del params["width"]

    with pytest.raises(CadError) as info:
        build_part("l_bracket", params)

    assert info.value.code == "invalid_parameter"
    assert info.value.params == {
        "parameter": "width",
        "kind": "float",
        "unit": "mm",
        "minimum": 5.0,
        "maximum": 300.0,
        "reason": "missing",
    }


def test_an_unknown_template_is_an_invalid_parameter() -> None:
    with pytest.raises(CadError) as info:
        build_part("teapot", {})
    assert (info.value.code, info.value.params["parameter"]) == ("invalid_parameter", "template")


def test_the_error_keeps_its_parameter_across_a_process_pool() -> None:
    error = CadError("invalid_parameter", "size: out_of_range", params={"parameter": "size"})

    copy = pickle.loads(pickle.dumps(error))

    assert (copy.code, copy.detail, copy.params) == (error.code, error.detail, error.params)
    assert pickle.loads(pickle.dumps(CadError("empty"))).params == {}


def test_integral_floats_are_accepted_for_int_parameters() -> None:
    ring = TEMPLATES["ring"]
    checked = ring.check({**ring.defaults(), "size": 13.0, "band_width": 4})
    assert checked["size"] == 13 and isinstance(checked["size"], int)
    assert checked["band_width"] == 4.0 and isinstance(checked["band_width"], float)


# --- building ------------------------------------------------------------------------


def test_a_13_ho_ring_has_the_tables_inner_diameter(build: Build) -> None:
    part = build("ring")  # comfort fit: the size is at the narrowest, mid-band
    r = radial(part.vertices)

    assert 2 * r.min() == pytest.approx(RING_INNER_DIAMETER_MM[13], abs=0.1)
    assert 2 * r.max() == pytest.approx(17.0 + 2 * 1.8, abs=0.05)
    assert np.ptp(part.vertices[:, 2]) == pytest.approx(4.0)
    assert is_watertight_and_consistent(part.faces)
    assert (part.name, part.code, part.bodies) == ("ring_13호", "ring", 1)


def test_a_flat_ring_is_a_tube(build: Build) -> None:
    part = build("ring", size=19, comfort_fit="no", band_width=3.0, thickness=2.0)
    r_in, r_out = 19.0 / 2, 19.0 / 2 + 2.0

    assert 2 * radial(part.vertices).min() == pytest.approx(19.0, abs=1e-6)
    assert volume(part.vertices, part.faces) == pytest.approx(
        math.pi * (r_out**2 - r_in**2) * 3.0, rel=0.01
    )


def test_a_plain_l_bracket_has_the_closed_form_volume(build: Build) -> None:
    part = build("l_bracket", inner_fillet=0.0, hole_diameter=0.0)
    a, b, t, w = 40.0, 30.0, 3.0, 20.0

    assert volume(part.vertices, part.faces) == pytest.approx((a + b - t) * t * w, rel=0.01)
    assert np.ptp(part.vertices, axis=0) == pytest.approx([a, w, b])
    assert is_watertight_and_consistent(part.faces)


def test_the_l_bracket_holes_go_through(build: Build) -> None:
    part = build("l_bracket", inner_fillet=0.0, hole_diameter=5.0)
    plain = (40 + 30 - 3) * 3 * 20
    holes = 2 * math.pi * 2.5**2 * 3

    assert volume(part.vertices, part.faces) == pytest.approx(plain - holes, rel=0.01)
    assert is_watertight_and_consistent(part.faces)


def test_the_enclosure_lid_fits_its_box_with_the_clearance(build: Build) -> None:
    part = build("enclosure")  # 80 x 60 x 30, wall 2, corner 3, clearance 0.2
    x, y, z, wall, gap = 80.0, 60.0, 30.0, 2.0, 0.2
    v = part.vertices
    box, lid = v[v[:, 0] < x / 2 + LID_GAP_MM / 2], v[v[:, 0] > x / 2 + LID_GAP_MM / 2]
    lid = lid - [x + LID_GAP_MM, 0, 0]

    assert part.bodies == 2 and is_watertight_and_consistent(part.faces)
    assert np.ptp(box, axis=0) == pytest.approx([x, y, z - wall])
    rim = box[np.isclose(box[:, 2], z - wall)]
    inner = rim[(np.abs(rim[:, 0]) < x / 2 - wall / 2) & (np.abs(rim[:, 1]) < y / 2 - wall / 2)]
    cavity = np.abs(inner).max(axis=0)[:2]
    assert cavity == pytest.approx([x / 2 - wall, y / 2 - wall])
    lip = lid[lid[:, 2] > wall + 1e-6]
    lip_half = np.abs(lip).max(axis=0)[:2]
    assert cavity - lip_half == pytest.approx([gap, gap], abs=1e-6)  # the clearance all round
    assert np.ptp(lid[:, 2]) + (z - wall) > z  # the lip reaches into the box


def test_a_knob_has_its_d_shaped_bore(build: Build) -> None:
    part = build("knob")  # diameter 25, height 15, bore 6 D-flat, 18 knurls
    v = part.vertices
    bore = v[(radial(v) < 4.0) & (v[:, 2] < 15 - 1e-6)]  # the blind bore

    assert radial(bore).max() == pytest.approx(3.0, abs=0.05)
    assert bore[:, 0].max() == pytest.approx(6 / 4, abs=1e-6)  # the flat
    assert bore[:, 2].max() == pytest.approx(12.0)  # 3 mm of cap above the bore
    assert 2 * radial(v).max() == pytest.approx(25.0, abs=0.05)
    assert is_watertight_and_consistent(part.faces)


def test_the_step_and_stl_are_the_same_part_and_the_step_is_reproducible(
    build: Build, tmp_path: Path
) -> None:
    part = build("ring")
    again = build_part("ring", TEMPLATES["ring"].defaults())
    step = tmp_path / "ring.step"
    step.write_bytes(part.step_bytes)
    stl = tmp_path / "ring.stl"
    stl.write_bytes(part.stl_bytes)

    assert again.step_bytes == part.step_bytes
    assert len(part.stl_bytes) == 84 + 50 * len(part.faces)
    expected = volume(part.vertices, part.faces)
    assert volume(*_arrays(read_mesh(step))) == pytest.approx(expected, rel=1e-3)
    assert volume(*_arrays(read_mesh(stl))) == pytest.approx(expected, rel=1e-4)
    assert io.BytesIO(part.step_bytes).read(13) == b"ISO-10303-21;"


def _arrays(mesh: Any) -> tuple[np.ndarray, np.ndarray]:
    return mesh.vertices, mesh.faces


@pytest.mark.parametrize(
    ("code", "change", "parameter"),
    [
        ("l_bracket", {"inner_fillet": 30.0}, None),  # bigger than the 27 mm inner leg
        ("enclosure", {"corner_radius": 35.0}, None),  # more than half the 60 mm side
        ("enclosure", {"wall": 10.0, "outer_x": 20.0, "outer_y": 20.0}, "wall"),  # half
        ("l_bracket", {"thickness": 20.0, "leg_b": 15.0}, "thickness"),
        ("knob", {"bore_diameter": 20.0, "diameter": 22.0}, "bore_diameter"),
    ],
)
def test_shapes_the_kernel_cannot_make_are_geometry_failed(
    code: str, change: dict[str, Any], parameter: str | None
) -> None:
    with pytest.raises(CadError) as info:
        build_part(code, {**TEMPLATES[code].defaults(), **change})

    assert info.value.code == "geometry_failed"
    assert info.value.params.get("parameter") == parameter
