"""Estimates against truths worked out by hand from the settings (no slicer needed)."""

from __future__ import annotations

import json
import math
from dataclasses import replace
from typing import Any

import numpy as np
import pytest
import trimesh

from cad.estimates import (
    CASTING_METALS,
    Assumption,
    FdmEstimate,
    FdmSettings,
    casting_metal_weights,
    estimate_fdm,
    mass_estimates,
)
from tests.cad.conftest import box_arrays

SETTINGS = FdmSettings()
FILAMENT_SECTION = math.pi / 4 * SETTINGS.filament_diameter**2


class Arrays:
    """The bare minimum a mesh needs: vertices and faces."""

    def __init__(self, vertices: np.ndarray, faces: np.ndarray) -> None:
        self.vertices = vertices
        self.faces = faces


def cube(side: float) -> Arrays:
    return Arrays(*box_arrays((side, side, side)))


def codes(assumptions: tuple[Assumption, ...]) -> set[str]:
    return {a.code for a in assumptions}


# --- mass ---------------------------------------------------------------------------------


def test_mass_of_a_10_mm_cube_of_density_1_24_is_1_24_g() -> None:
    (pla,) = mass_estimates(1000.0, [("PLA", 1.24)])
    assert pla.mass_g == pytest.approx(1.24)
    assert pla.material == "PLA"
    assert Assumption("density", 1.24, "g/cm3") in pla.assumptions
    assert json.loads(json.dumps(pla.to_dict()))["mass_g"] == pytest.approx(1.24)


def test_mass_per_material_keeps_the_order_given() -> None:
    masses = mass_estimates(2000.0, [("PLA", 1.24), ("PETG", 1.27), ("steel", 7.85)])
    assert [m.material for m in masses] == ["PLA", "PETG", "steel"]
    assert [m.mass_g for m in masses] == pytest.approx([2.48, 2.54, 15.7])


@pytest.mark.parametrize("density", [0.0, -1.0, math.nan, math.inf])
def test_a_non_positive_or_non_finite_density_is_refused(density: float) -> None:
    with pytest.raises(ValueError):
        mass_estimates(1000.0, [("bad", density)])


@pytest.mark.parametrize("volume", [-1.0, math.nan])
def test_a_negative_volume_is_refused(volume: float) -> None:
    with pytest.raises(ValueError):
        mass_estimates(volume, [("PLA", 1.24)])


def test_casting_weights_scale_with_density_and_state_it() -> None:
    weights = casting_metal_weights(1000.0)  # 1 cm³
    assert [w.material for w in weights] == ["silver_925", "gold_18k_yellow", "brass"]
    for weight, (_, density) in zip(weights, CASTING_METALS, strict=True):
        assert weight.mass_g == pytest.approx(density)
        assert {"density", "sprue_not_included"} <= codes(weight.assumptions)
    doubled = casting_metal_weights(2000.0)
    assert [d.mass_g for d in doubled] == pytest.approx([2 * w.mass_g for w in weights])
    silver, gold, brass = weights
    assert gold.mass_g / silver.mass_g == pytest.approx(gold.density_g_cm3 / 10.36)
    assert brass.mass_g < silver.mass_g < gold.mass_g
    json.dumps([w.to_dict() for w in weights])


# --- FDM ----------------------------------------------------------------------------------


def test_a_bigger_part_takes_longer_and_uses_more_filament() -> None:
    small, big = estimate_fdm(cube(10.0)), estimate_fdm(cube(20.0))
    assert big.print_time_s > small.print_time_s > 0
    assert big.filament_length_mm > small.filament_length_mm > 0
    assert big.layers > small.layers


def test_a_solid_cube_uses_more_than_its_shell_and_less_than_its_volume() -> None:
    side = 20.0
    estimate = estimate_fdm(cube(side))
    h, w = SETTINGS.layer_height, SETTINGS.extrusion_width
    band = SETTINGS.perimeters * (w - h * (1 - math.pi / 4))  # perimeter spacing × count
    inner = side - 2 * band
    skins = (SETTINGS.top_solid_layers + SETTINGS.bottom_solid_layers) * h
    shell_only = side**3 - inner**2 * (side - skins)  # walls, top and bottom, no infill
    assert shell_only < estimate.filament_volume_mm3 < side**3
    # and the sparse infill adds about its density's share of the hollow core
    core = inner**2 * (side - skins) * SETTINGS.infill_density
    assert estimate.filament_volume_mm3 == pytest.approx(shell_only + core, rel=0.15)
    assert estimate.filament_length_mm == pytest.approx(
        estimate.filament_volume_mm3 / FILAMENT_SECTION
    )


def test_full_infill_extrudes_about_the_solid_volume() -> None:
    estimate = estimate_fdm(cube(20.0), replace(SETTINGS, infill_density=1.0))
    assert estimate.filament_length_mm == pytest.approx(8000.0 / FILAMENT_SECTION, rel=0.05)
    assert estimate.filament_mass_g == pytest.approx(8.0 * SETTINGS.filament_density, rel=0.05)


def test_full_infill_of_a_cylinder_extrudes_its_volume() -> None:
    """A cylinder's filament at 100 % infill is its volume, however it is triangulated."""
    cylinder = trimesh.creation.cylinder(radius=10.0, height=20.0, sections=256)
    cylinder.apply_translation([0, 0, 10.0])
    full = replace(SETTINGS, infill_density=1.0)
    estimate = estimate_fdm(cylinder, full)
    assert estimate.filament_volume_mm3 == pytest.approx(cylinder.volume, rel=0.05)


def test_position_and_inside_out_winding_do_not_change_the_estimate() -> None:
    vertices, faces = box_arrays((20.0, 10.0, 5.0))
    reference = estimate_fdm(Arrays(vertices, faces))
    moved = estimate_fdm(Arrays(vertices + np.array([100.0, -50.0, 30.0]), faces[:, ::-1].copy()))
    assert moved.print_time_s == pytest.approx(reference.print_time_s)
    assert moved.filament_length_mm == pytest.approx(reference.filament_length_mm)


def test_a_triangle_soup_is_welded_before_slicing() -> None:
    vertices, faces = box_arrays((20.0, 20.0, 10.0))
    soup = Arrays(vertices[faces].reshape(-1, 3), np.arange(36).reshape(12, 3))
    assert estimate_fdm(soup).print_time_s == pytest.approx(
        estimate_fdm(Arrays(vertices, faces)).print_time_s
    )


def test_slower_speeds_mean_a_longer_print_with_the_same_filament() -> None:
    slow = replace(
        SETTINGS,
        perimeter_speed=30.0,
        external_perimeter_speed=15.0,
        infill_speed=40.0,
        solid_infill_speed=10.0,
    )
    fast, slowed = estimate_fdm(cube(20.0)), estimate_fdm(cube(20.0), slow)
    assert slowed.print_time_s > fast.print_time_s
    assert slowed.filament_length_mm == pytest.approx(fast.filament_length_mm)


def test_a_tiny_part_is_slowed_to_the_minimum_layer_time() -> None:
    unhurried = replace(SETTINGS, min_print_speed=0.1)  # let nothing bound the slow-down
    estimate = estimate_fdm(cube(3.0), unhurried)
    assert estimate.print_time_s >= estimate.layers * SETTINGS.slowdown_below_layer_time
    bounded = estimate_fdm(cube(3.0))  # no slower than min_print_speed
    unslowed = estimate_fdm(cube(3.0), replace(SETTINGS, slowdown_below_layer_time=0.0))
    assert unslowed.print_time_s < bounded.print_time_s < estimate.print_time_s


def test_fdm_assumptions_are_stated_and_json_serialisable() -> None:
    estimate = estimate_fdm(cube(10.0))
    assert isinstance(estimate, FdmEstimate)
    assert {"layer_height", "infill_density", "perimeters", "density"} <= codes(
        estimate.assumptions
    )
    values = {a.code: a.value for a in estimate.assumptions}
    assert values["layer_height"] == SETTINGS.layer_height
    assert values["infill_density"] == pytest.approx(20.0)
    data = json.loads(json.dumps(estimate.to_dict()))
    assert data["filament_length_mm"] == pytest.approx(estimate.filament_length_mm)
    assert all(set(a) == {"code", "value", "unit"} for a in data["assumptions"])
    json.dumps(SETTINGS.to_dict())


def test_an_empty_mesh_is_refused() -> None:
    with pytest.raises(ValueError):
        estimate_fdm(Arrays(np.zeros((0, 3)), np.zeros((0, 3), dtype=np.int64)))


def test_a_face_pointing_at_a_missing_vertex_is_refused() -> None:
    vertices, faces = box_arrays()
    with pytest.raises(ValueError):
        estimate_fdm(Arrays(vertices, faces + 100))


def test_non_finite_coordinates_are_refused() -> None:
    vertices, faces = box_arrays()
    vertices[0, 0] = math.nan
    with pytest.raises(ValueError):
        estimate_fdm(Arrays(vertices, faces))


@pytest.mark.parametrize(
    "change",
    [
        {"layer_height": 0.0},
        {"filament_density": 0.0},
        {"filament_density": -1.24},
        {"infill_density": 1.5},
        {"perimeter_speed": math.nan},
        {"perimeter_speed": 0.0},
        {"perimeters": "3"},
        {"perimeters": 2.5},
    ],
)
def test_impossible_settings_are_refused(change: dict[str, Any]) -> None:
    with pytest.raises(ValueError):
        estimate_fdm(cube(10.0), replace(SETTINGS, **change))


@pytest.mark.parametrize(
    "change",
    [
        {"perimeters": 0},
        {"top_solid_layers": 0, "bottom_solid_layers": 0},
        {"top_solid_layers": 500},
        {"infill_density": 0.0},
        {"jerk": 0.0, "skirts": 0, "retract_length": 0.0, "slowdown_below_layer_time": 0.0},
    ],
)
def test_unusual_but_valid_settings_give_finite_estimates(change: dict[str, Any]) -> None:
    estimate = estimate_fdm(cube(20.0), replace(SETTINGS, **change))
    assert 0 < estimate.print_time_s < math.inf
    assert 0 < estimate.filament_volume_mm3 <= 8000.0 * 1.05


@pytest.mark.parametrize("side", [1e300, 1e6])
def test_a_part_in_the_wrong_units_is_refused(side: float) -> None:
    with pytest.raises(ValueError):
        estimate_fdm(cube(side))


def test_an_open_or_flat_mesh_still_gives_an_estimate_or_a_value_error() -> None:
    vertices, faces = box_arrays((20.0, 20.0, 20.0))
    open_box = Arrays(vertices, faces[2:])  # bottom missing: contours do not close
    estimate = estimate_fdm(open_box)
    assert estimate.print_time_s > 0
    flat = Arrays(np.array([[0.0, 0, 0], [1, 0, 0], [0, 1, 0]]), np.array([[0, 1, 2]]))
    with pytest.raises(ValueError):
        estimate_fdm(flat)
