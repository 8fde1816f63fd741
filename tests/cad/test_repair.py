"""Repair round-trips: a broken part comes back closed, outward and with its volume."""

from __future__ import annotations

import numpy as np
import pytest

from cad.metrics import compute_metrics
from cad.repair import repair_mesh
from tests.cad.parts import box, flipped, hollow_box, join, mesh


def test_a_missing_cube_face_is_filled() -> None:
    v, f = box()
    result = repair_mesh(mesh((v, f[2:])))
    metrics = compute_metrics(result.mesh)
    assert metrics.watertight
    assert metrics.volume_mm3 == pytest.approx(8000.0)
    assert result.fixed["open_edges"] == 4


def test_flipped_faces_are_turned_back_and_the_part_faces_outwards() -> None:
    v, f = box()
    f = f.copy()
    f[[1, 5, 8]] = f[[1, 5, 8]][:, ::-1]
    result = repair_mesh(mesh((v, f)))
    t = compute_metrics(result.mesh)
    assert t.watertight and t.volume_mm3 == pytest.approx(8000.0)
    repaired = result.mesh
    signed = (
        np.einsum(
            "ij,ij->i",
            repaired.vertices[repaired.faces[:, 0]],
            np.cross(
                repaired.vertices[repaired.faces[:, 1]] - repaired.vertices[repaired.faces[:, 0]],
                repaired.vertices[repaired.faces[:, 2]] - repaired.vertices[repaired.faces[:, 0]],
            ),
        ).sum()
        / 6
    )
    assert signed == pytest.approx(8000.0)  # outwards: positive signed volume
    assert result.fixed["inconsistent_winding"] == 3


def test_an_inside_out_part_is_turned_right_side_out() -> None:
    result = repair_mesh(mesh(flipped(box())))
    assert result.fixed == {"inverted": 1}


def test_a_cavity_stays_facing_inwards() -> None:
    result = repair_mesh(mesh(hollow_box(30.0, 5.0)))
    assert not result.changed
    assert compute_metrics(result.mesh).volume_mm3 == pytest.approx(27000.0 - 8000.0)


def test_degenerate_and_duplicate_faces_are_removed() -> None:
    v, f = box()
    part = (np.vstack([v, [[10.0, 0.0, 0.0]]]), np.vstack([f, f[:2], [[0, 1, 8]]]))
    result = repair_mesh(mesh(part))
    assert result.fixed["duplicate_faces"] == 2
    assert result.fixed["degenerate_faces"] == 1
    assert len(result.mesh.faces) == 12
    assert compute_metrics(result.mesh).watertight


def test_a_clean_part_is_left_alone_and_big_holes_are_left_open() -> None:
    clean = mesh(join(box(), box(origin=(40.0, 0.0, 0.0))))
    result = repair_mesh(clean)
    assert not result.changed
    assert np.array_equal(result.mesh.faces, clean.faces)
    v, f = box()
    still_open = repair_mesh(mesh((v, f[2:])), max_hole_edges=3)
    assert "open_edges" not in still_open.fixed
    assert not compute_metrics(still_open.mesh).watertight
