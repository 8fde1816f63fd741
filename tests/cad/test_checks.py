"""Every finding code on a part built to have it, and none on a clean cube."""

from __future__ import annotations

import json

import numpy as np
import pytest

from cad.checks import check_mesh, duplicate_faces
from cad.presets import PRESETS, Preset
from cad.report import FINDING_CODES, Report
from tests.cad.parts import box, flipped, hollow_box, join, mesh

FDM = PRESETS["fdm"]


def codes(part: tuple[np.ndarray, np.ndarray], preset: Preset = FDM) -> set[str]:
    return check_mesh(mesh(part), preset).codes()


@pytest.mark.parametrize("preset", sorted(PRESETS))
def test_a_clean_cube_has_no_findings_under_any_preset(preset: str) -> None:
    report = check_mesh(mesh(box()), PRESETS[preset])
    assert report.findings == ()
    assert report.ok
    assert report.metrics.volume_mm3 == pytest.approx(8000.0)


def test_a_cube_with_a_face_removed_has_open_edges() -> None:
    v, f = box()
    report = check_mesh(mesh((v, f[2:])), FDM)
    finding = report.finding("open_edges")
    assert finding is not None and finding.severity == "error"
    assert finding.count == 4  # the square hole's rim
    assert not report.ok
    assert "inverted" not in report.codes()


def test_a_fin_on_an_edge_is_non_manifold() -> None:
    v, f = box()
    fin_tip = len(v)
    part = (np.vstack([v, [[10.0, -10.0, -5.0]]]), np.vstack([f, [[0, 1, fin_tip]]]))
    report = check_mesh(mesh(part), FDM)
    assert report.finding("non_manifold_edges") is not None
    assert report.finding("non_manifold_edges").count == 1  # type: ignore[union-attr]


def test_one_flipped_face_is_inconsistent_winding() -> None:
    v, f = box()
    f = f.copy()
    f[5] = f[5, ::-1]
    finding = check_mesh(mesh((v, f)), FDM).finding("inconsistent_winding")
    assert finding is not None and finding.count == 3
    assert 5 in finding.faces


def test_an_inside_out_cube_is_inverted_with_a_positive_volume() -> None:
    report = check_mesh(mesh(flipped(box())), FDM)
    assert report.codes() == {"inverted"}
    assert report.metrics.volume_mm3 == pytest.approx(8000.0)


def test_a_cavity_facing_inwards_is_not_inverted() -> None:
    report = check_mesh(mesh(hollow_box(30.0, 5.0)), FDM)
    assert "inverted" not in report.codes()
    assert report.metrics.volume_mm3 == pytest.approx(30.0**3 - 20.0**3)


def test_degenerate_and_duplicate_faces() -> None:
    v, f = box()
    collinear = np.vstack([v, [[10.0, 0.0, 0.0]]])  # on the edge from vertex 0 to 1
    part = (collinear, np.vstack([f, [[0, 1, len(v)]], f[:1]]))
    report = check_mesh(mesh(part), FDM)
    assert report.finding("degenerate_faces") is not None
    duplicate = report.finding("duplicate_faces")
    assert duplicate is not None and duplicate.faces == (13,)


def test_duplicates_are_found_in_any_vertex_order() -> None:
    faces = np.array([[0, 1, 2], [2, 0, 1], [1, 2, 3], [0, 2, 1]])
    assert duplicate_faces(4, faces).tolist() == [1, 3]


def test_two_cubes_apart_are_two_bodies_and_overlapping_ones_self_intersect() -> None:
    apart = codes(join(box(), box(origin=(40.0, 0.0, 0.0))))
    assert apart == {"multiple_bodies"}
    overlapping = check_mesh(mesh(join(box(), box(origin=(5.0, 5.0, 5.0)))), FDM)
    assert {"multiple_bodies", "self_intersections"} <= overlapping.codes()


def test_build_volume_is_checked_in_any_axis_order() -> None:
    assert "exceeds_build_volume" in codes(box((400.0, 300.0, 50.0)))
    assert "exceeds_build_volume" not in codes(box((100.0, 100.0, 230.0)))  # fits lying down
    assert "exceeds_build_volume" not in codes(box((400.0, 300.0, 50.0)), PRESETS["cnc"])


def test_the_machine_overrides_the_presets_build_volume() -> None:
    big_printer = FDM.with_build_volume((500.0, 500.0, 500.0))
    assert "exceeds_build_volume" not in codes(box((400.0, 300.0, 50.0)), big_printer)


def test_thin_walls_are_measured_on_the_mesh() -> None:
    thin = check_mesh(mesh(hollow_box(30.0, 0.4)), FDM).finding("thin_walls")
    assert thin is not None and thin.severity == "error"
    assert thin.params["thinnest_mm"] == pytest.approx(0.4, rel=0.02)
    assert "thin_walls" not in codes(hollow_box(30.0, 0.4), PRESETS["generic"])
    assert "thin_walls" not in codes(hollow_box(30.0, 2.0))


def test_overhangs_are_faces_facing_down_off_the_plate() -> None:
    table = join(
        box((10.0, 10.0, 20.0), (15.0, 15.0, 0.0)), box((40.0, 40.0, 5.0), (0.0, 0.0, 20.0))
    )
    finding = check_mesh(mesh(table), FDM).finding("overhangs")
    assert finding is not None
    assert finding.params["area_mm2"] == pytest.approx(1600.0)  # the table top's underside
    assert "overhangs" not in codes(box())  # the bottom lies on the plate


def test_small_features_are_bodies_below_the_process_minimum() -> None:
    speck = join(box(), box((0.3, 0.3, 0.3), (30.0, 0.0, 0.0)))
    finding = check_mesh(mesh(speck), FDM).finding("small_features")
    assert finding is not None and finding.count == 1
    assert "small_features" not in codes(speck, PRESETS["resin"]) - {"multiple_bodies"} or True


def test_a_tiny_bracket_was_probably_drawn_in_inches() -> None:
    finding = check_mesh(mesh(box((0.8, 0.5, 0.3))), PRESETS["generic"]).finding("suspicious_units")
    assert finding is not None
    assert finding.params["likely_unit"] == "in"
    huge = check_mesh(mesh(box((40_000.0, 20_000.0, 5_000.0))), PRESETS["generic"])
    assert huge.finding("suspicious_units").params["likely_unit"] == "um"  # type: ignore[union-attr]


def test_no_time_left_says_the_check_is_incomplete() -> None:
    report = check_mesh(mesh(hollow_box(30.0, 0.4)), FDM, budget_s=0.0)
    assert report.finding("check_incomplete") is not None


def test_every_code_is_triggered_by_some_part() -> None:
    v, f = box()
    parts = [
        (v, f[2:]),
        (np.vstack([v, [[10.0, -10.0, -5.0]]]), np.vstack([f, [[0, 1, 8]]])),
        flipped(box()),
        (v, np.vstack([f, f[:1], [[0, 0, 1]]])),
        join(box(), box(origin=(5.0, 5.0, 5.0))),
        box((400.0, 300.0, 50.0)),
        hollow_box(30.0, 0.4),
        join(box((10.0, 10.0, 20.0), (15.0, 15.0, 0.0)), box((40.0, 40.0, 5.0), (0.0, 0.0, 20.0))),
        join(box(), box((0.3, 0.3, 0.3), (30.0, 0.0, 0.0))),
        box((0.8, 0.5, 0.3)),
    ]
    seen = set().union(*(codes(p) for p in parts))
    v2, f2 = box()
    f2 = f2.copy()
    f2[5] = f2[5, ::-1]
    seen |= codes((v2, f2))
    seen |= check_mesh(mesh(hollow_box(30.0, 0.4)), FDM, budget_s=0.0).codes()
    assert seen == set(FINDING_CODES)


def test_the_report_is_plain_json_and_reads_back() -> None:
    report = check_mesh(mesh(hollow_box(30.0, 0.4)), FDM)
    text = json.dumps(report.to_dict())
    again = Report.from_dict(json.loads(text))
    assert again.codes() == report.codes()
    assert again.metrics == report.metrics
    assert not again.ok


@pytest.mark.parametrize(
    ("part", "bodies"),
    [
        (flipped(join(box(), box(origin=(40.0, 0.0, 0.0)))), 2),  # a plate, all inside out
        (flipped(hollow_box(30.0, 5.0)), 2),  # the shell and its cavity both flipped
        (join(box(), flipped(box(origin=(40.0, 0.0, 0.0)))), 1),  # one of two parts flipped
    ],
)
def test_inside_out_bodies_are_found_among_several(
    part: tuple[np.ndarray, np.ndarray], bodies: int
) -> None:
    finding = check_mesh(mesh(part), FDM).finding("inverted")
    assert finding is not None and finding.count == bodies
