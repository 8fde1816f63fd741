"""cad.thumbnail: a real PNG, the right size, a shaded part in the middle."""

from __future__ import annotations

import io

import numpy as np
import pytest
from PIL import Image

from cad.thumbnail import render_thumbnail

from .conftest import box_arrays

Box = tuple[np.ndarray, np.ndarray]


def decode(png: bytes) -> np.ndarray:
    image = Image.open(io.BytesIO(png))
    assert image.format == "PNG"
    return np.asarray(image.convert("RGBA"))


def part_box(pixels: np.ndarray) -> tuple[int, int, int, int]:
    """(left, top, right, bottom) of the pixels the part covers, inclusive."""
    rows = np.flatnonzero(pixels[:, :, 3].any(axis=1))
    columns = np.flatnonzero(pixels[:, :, 3].any(axis=0))
    return int(columns[0]), int(rows[0]), int(columns[-1]), int(rows[-1])


def torus(nu: int, nv: int) -> Box:
    u, v = np.meshgrid(
        np.linspace(0, 2 * np.pi, nu, endpoint=False),
        np.linspace(0, 2 * np.pi, nv, endpoint=False),
        indexing="ij",
    )
    ring = 30 + 10 * np.cos(v)
    vertices = np.stack([ring * np.cos(u), ring * np.sin(u), 10 * np.sin(v)], -1).reshape(-1, 3)
    i, j = np.meshgrid(np.arange(nu), np.arange(nv), indexing="ij")
    a, b = i * nv + j, (i + 1) % nu * nv + j
    c, d = (i + 1) % nu * nv + (j + 1) % nv, i * nv + (j + 1) % nv
    faces = np.concatenate([np.stack([a, b, c], -1), np.stack([a, c, d], -1)]).reshape(-1, 3)
    return vertices, faces


@pytest.mark.parametrize("size", [64, 256, 301])
def test_thumbnail_is_a_square_png_of_the_requested_size(box: Box, size: int) -> None:
    pixels = decode(render_thumbnail(*box, size=size))
    assert pixels.shape == (size, size, 4)


def test_part_is_shaded_centred_and_fitted_with_a_margin(box: Box) -> None:
    pixels = decode(render_thumbnail(*box, size=256))
    opaque = pixels[pixels[:, :, 3] == 255][:, :3]
    assert len(opaque) > 0.25 * 256 * 256  # the part fills the frame...
    left, top, right, bottom = part_box(pixels)
    assert min(left, top) >= 8 and max(right, bottom) <= 247  # ...with a margin
    assert abs((left + right) / 2 - 127.5) <= 1.5
    assert abs((top + bottom) / 2 - 127.5) <= 1.5
    assert max(right - left, bottom - top) >= 256 * 0.85
    # A box seen from above at an angle shows three faces in three shades.
    shades = {tuple(colour) for colour in opaque.tolist()}
    assert len(shades) >= 3
    assert pixels[0, 0, 3] == 0  # transparent background


def test_part_far_from_the_origin_is_still_centred() -> None:
    pixels = decode(render_thumbnail(*box_arrays(origin=(5e4, -3e4, 900.0)), size=128))
    left, top, right, bottom = part_box(pixels)
    assert abs((left + right) / 2 - 63.5) <= 1.5
    assert abs((top + bottom) / 2 - 63.5) <= 1.5


def brightness_of_square_facing(normal: tuple[int, int, int]) -> float:
    """Mean brightness of a single square with the given normal, seen in a thumbnail."""
    square = np.array([[-1, -1, 0], [1, -1, 0], [1, 1, 0], [-1, 1, 0]], dtype=float)
    axes = {(0, 0, 1): [0, 1, 2], (0, -1, 0): [0, 2, 1], (1, 0, 0): [2, 0, 1]}[normal]
    pixels = decode(render_thumbnail(square[:, axes], [[0, 1, 2], [0, 2, 3]], size=64))
    return float(pixels[pixels[:, :, 3] == 255][:, :3].mean())


def test_light_comes_from_the_upper_left() -> None:
    top = brightness_of_square_facing((0, 0, 1))
    front = brightness_of_square_facing((0, -1, 0))
    right = brightness_of_square_facing((1, 0, 0))
    assert top > front + 20 > right + 40


def test_inside_out_mesh_looks_the_same(box: Box) -> None:
    normal = decode(render_thumbnail(*box, size=128)).astype(int)
    flipped = decode(render_thumbnail(box[0], box[1][:, ::-1], size=128)).astype(int)
    assert np.abs(normal - flipped).mean() < 1.0


def test_dense_mesh_has_no_holes() -> None:
    pixels = decode(render_thumbnail(*torus(400, 200), size=128))
    alpha = pixels[:, :, 3]
    # Along the middle row the ring is crossed twice: two solid runs, nothing speckled.
    row = alpha[64] > 0
    assert np.count_nonzero(np.diff(row.astype(int)) == 1) == 2
    interior = alpha[64, np.flatnonzero(row)[0] + 2 : np.flatnonzero(row)[0] + 10]
    assert (interior == 255).all()


def test_empty_and_broken_input_gives_a_blank_image() -> None:
    blank = decode(render_thumbnail(np.zeros((0, 3)), np.zeros((0, 3), dtype=int), size=32))
    assert blank.shape == (32, 32, 4) and not blank[:, :, 3].any()
    vertices = np.array([[0, 0, 0], [1, 0, 0], [np.nan, 1, 0]])
    nan_only = decode(render_thumbnail(vertices, [[0, 1, 2], [0, 1, 7]], size=32))
    assert not nan_only[:, :, 3].any()


def test_flat_part_seen_at_an_angle_is_drawn() -> None:
    vertices = np.array([[0, 0, 0], [10, 0, 0], [10, 10, 0], [0, 10, 0]], dtype=float)
    pixels = decode(render_thumbnail(vertices, [[0, 1, 2], [0, 2, 3]], size=64))
    assert pixels[:, :, 3].any()


def test_size_is_checked(box: Box) -> None:
    with pytest.raises(ValueError):
        render_thumbnail(*box, size=4)
