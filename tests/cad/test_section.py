"""Section loops and areas of boxes cut by a plane: counts and areas known by construction."""

from __future__ import annotations

import numpy as np
import pytest

from cad.section import kept_faces, section
from tests.cad.parts import box, hollow_box, join
from tests.cad.test_measure import plate_with_hole


@pytest.mark.parametrize("axis", [0, 1, 2])
def test_a_box_cut_through_its_middle_gives_one_loop_of_its_cross_section(axis: int) -> None:
    size = (20.0, 10.0, 5.0)
    v, f = box(size)
    cut = section(v, f, axis, size[axis] / 2)
    others = [s for i, s in enumerate(size) if i != axis]
    assert (cut.loops, cut.open_chains) == (1, 0)
    assert cut.area == pytest.approx(others[0] * others[1])


def test_a_hollow_box_cut_in_the_middle_gives_two_loops_and_the_wall_area() -> None:
    v, f = hollow_box(outer=30.0, wall=2.0)
    cut = section(v, f, 2, 15.0)
    assert cut.loops == 2
    assert cut.area == pytest.approx(30.0**2 - 26.0**2)


def test_a_hollow_box_cut_through_its_floor_gives_one_loop() -> None:
    v, f = hollow_box(outer=30.0, wall=2.0)
    assert section(v, f, 2, 1.0).loops == 1


def test_two_separate_boxes_give_two_loops() -> None:
    v, f = join(box((10.0, 10.0, 10.0)), box((10.0, 10.0, 10.0), (20.0, 0.0, 0.0)))
    cut = section(v, f, 0, 5.0)
    assert cut.loops == 1  # across x only the first box is cut
    cut = section(v, f, 2, 5.0)
    assert cut.loops == 2
    assert cut.area == pytest.approx(200.0)


def test_a_plane_through_a_box_corner_level_still_closes() -> None:
    v, f = box((20.0, 10.0, 5.0))
    cut = section(v, f, 2, 5.0 - 1e-9)
    assert cut.loops == 1
    assert cut.area == pytest.approx(200.0)


def test_a_plane_that_misses_cuts_nothing() -> None:
    v, f = box((20.0, 10.0, 5.0))
    cut = section(v, f, 2, 7.0)
    assert (cut.loops, cut.area, len(cut.segments)) == (0, 0.0, 0)


def test_a_plate_with_a_hole_cut_across_the_hole() -> None:
    v, f = plate_with_hole(half=20.0, height=5.0, radius=4.0, n=48)
    cut = section(v, f, 2, 2.5)
    assert cut.loops == 2
    hole = 0.5 * 48 * 16 * np.sin(2 * np.pi / 48)
    assert cut.area == pytest.approx(1600.0 - hole)
    across = section(v, f, 0, 0.0)  # through the hole's axis: two separate strips
    assert across.loops == 2


def test_an_open_mesh_gives_open_chains() -> None:
    v, f = box((20.0, 10.0, 5.0))
    cut = section(v, f[2:], 0, 10.0)  # bottom removed
    assert cut.loops == 0
    assert cut.open_chains == 1


def test_kept_faces_are_those_below_the_plane() -> None:
    v, f = box((20.0, 10.0, 5.0))
    keep = kept_faces(v, f, 2, 2.5)
    centres = v[f].mean(axis=1)[:, 2]
    assert (keep == (centres <= 2.5)).all()
    assert keep.sum() == 6  # the bottom and the lower half of the side walls' triangles


def test_a_bad_axis_is_refused() -> None:
    v, f = box()
    with pytest.raises(ValueError):
        section(v, f, 3, 0.0)
