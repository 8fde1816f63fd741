"""cad.views: the standard views as the viewer's camera sees them, and the pins on them."""

from __future__ import annotations

import io
import math

import numpy as np
import pytest
from PIL import Image

from cad.views import STANDARD_VIEWS, ViewPicture, camera_axes, render_views

from .conftest import box_arrays

SIZE = 200


def pixels(view: ViewPicture) -> np.ndarray:
    image = Image.open(io.BytesIO(view.png))
    assert image.format == "PNG" and image.size == (view.size, view.size)
    return np.asarray(image.convert("RGBA"))


def part_box(view: ViewPicture) -> tuple[int, int, int, int]:
    """(left, top, right, bottom) of the pixels the part covers (mostly), inclusive."""
    alpha = pixels(view)[:, :, 3] > 127
    rows, columns = np.flatnonzero(alpha.any(axis=1)), np.flatnonzero(alpha.any(axis=0))
    return int(columns[0]), int(rows[0]), int(columns[-1]), int(rows[-1])


def _rotation(angle_deg: float, axis: tuple[float, float, float]) -> np.ndarray:
    """A right-handed rotation about `axis`, as QMatrix4x4.rotate makes it."""
    x, y, z = np.asarray(axis, dtype=float) / np.linalg.norm(axis)
    c, s = math.cos(math.radians(angle_deg)), math.sin(math.radians(angle_deg))
    return np.array(
        [
            [c + x * x * (1 - c), x * y * (1 - c) - z * s, x * z * (1 - c) + y * s],
            [y * x * (1 - c) + z * s, c + y * y * (1 - c), y * z * (1 - c) - x * s],
            [z * x * (1 - c) - y * s, z * y * (1 - c) + x * s, c + z * z * (1 - c)],
        ]
    )


@pytest.mark.parametrize("angles", [*STANDARD_VIEWS.values(), (-20.0, 140.0), (75.0, 10.0)])
def test_camera_axes_are_the_rows_of_pyqtgraphs_view_rotation(
    angles: tuple[float, float],
) -> None:
    """GLViewWidget.viewMatrix rotates by (elevation − 90) about x, then by (azimuth + 90)
    about −z: its rows are the camera's right, up and backward axes in model space."""
    elevation, azimuth = angles
    view = _rotation(elevation - 90, (1, 0, 0)) @ _rotation(azimuth + 90, (0, 0, -1))
    right, up, back = camera_axes(elevation, azimuth)
    assert np.allclose(view, [right, up, back])
    assert np.allclose(np.cross(right, up), back)  # right-handed and orthonormal


def test_the_standard_views_look_from_where_they_say() -> None:
    assert camera_axes(*STANDARD_VIEWS["front"])[2] == pytest.approx((0, -1, 0), abs=1e-12)
    assert camera_axes(*STANDARD_VIEWS["right"])[2] == pytest.approx((1, 0, 0), abs=1e-12)
    right, up, back = camera_axes(*STANDARD_VIEWS["top"])
    assert back == pytest.approx((0, 0, 1), abs=1e-12)
    assert right == pytest.approx((1, 0, 0), abs=1e-12)  # x to the right, y up: a plan
    assert up == pytest.approx((0, 1, 0), abs=1e-12)


def test_the_box_is_drawn_centred_at_one_scale_in_the_three_orthographic_views() -> None:
    views = {v.name: v for v in render_views(*box_arrays((20, 10, 5)), size=SIZE)}
    assert list(views) == ["front", "right", "top", "iso"]
    scale = views["front"].mm_per_pixel
    assert views["right"].mm_per_pixel == scale == views["top"].mm_per_pixel
    for name, (width, height) in {"front": (20, 5), "right": (10, 5), "top": (20, 10)}.items():
        left, top, right, bottom = part_box(views[name])
        assert (right - left + 1) * scale == pytest.approx(width, abs=2 * scale), name
        assert (bottom - top + 1) * scale == pytest.approx(height, abs=2 * scale), name
        assert (left + right) / 2 == pytest.approx(SIZE / 2 - 0.5, abs=1.0), name
        assert (top + bottom) / 2 == pytest.approx(SIZE / 2 - 0.5, abs=1.0), name
    assert (20 / scale) == pytest.approx(SIZE * (1 - 2 * 0.07), rel=0.01)  # the widest fits

    iso = pixels(views["iso"])
    opaque = iso[iso[:, :, 3] == 255][:, :3].astype(int)
    shades = {tuple(c) for c in opaque[::7]}
    assert len(shades) >= 3  # three faces turned differently, and the outline between them
    assert (opaque.sum(axis=1) < 250).sum() > 50  # the dark outline


def test_pins_fall_on_their_pixels_and_hide_behind_the_part() -> None:
    box = box_arrays((20, 10, 5))
    pins = [(20, 0, 5), (10, 0, 2.5), (10, 10, 2.5), (0, 5, 2.5), (10, 5, 5)]
    views = {v.name: v for v in render_views(*box, pins, size=SIZE)}
    front = views["front"]
    _, top, right, _ = part_box(front)
    corner = front.pins[0]  # the front's top right corner
    assert (corner.x, corner.y) == pytest.approx((right + 1, top), abs=1.0)
    assert corner.visible
    middle = front.pins[1]  # on the front face, in its middle
    assert (middle.x, middle.y) == pytest.approx((SIZE / 2, SIZE / 2), abs=0.5)
    assert middle.visible
    assert not front.pins[2].visible  # the back face, behind the front one
    assert front.pins[2].x == pytest.approx(middle.x) and front.pins[2].y == middle.y

    top_view = views["top"]
    assert top_view.pins[4].visible  # on the top face
    assert top_view.pins[2].y < top_view.pins[1].y  # +y (the back) is up in a plan
    iso = views["iso"]
    assert [p.visible for p in iso.pins] == [True, True, False, False, True]
    assert not views["right"].pins[3].visible  # the left face, seen from the right


def test_odd_meshes_give_blank_pictures_instead_of_failing() -> None:
    views = render_views(np.zeros((0, 3)), np.zeros((0, 3), dtype=np.int64), [(1, 2, 3)],
                         size=32)  # fmt: skip
    assert all(pixels(v)[:, :, 3].max() == 0 for v in views)
    assert not any(p.visible for v in views for p in v.pins)
    vertices, faces = box_arrays()
    vertices = np.vstack([vertices, [[np.nan, 0, 0]], [[1e9, 1e9, 1e9]]])
    faces = np.vstack([faces, [[0, 1, 8]], [[0, 1, 99]]])  # a NaN corner, a missing vertex
    front = render_views(vertices, faces, size=64, names=["front"])[0]
    assert front.name == "front" and pixels(front)[:, :, 3].max() == 255
    with pytest.raises(ValueError):
        render_views(vertices, faces, size=8)
