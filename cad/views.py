"""The part from the standard views, as pictures, with where each review pin falls on them.

The review packet is made by the command line and off the UI thread, where there is no
OpenGL context: so the views are rasterised as the thumbnail is (cad.thumbnail's numpy
z-buffer and flat shading, drawn at twice the size and downsampled), with an outline where
the surface turns, and kept free of Qt. The camera angles are the 3D viewer's own — elevation
and azimuth in degrees as pyqtgraph's GLViewWidget defines them, z up — and `camera_axes` is
the one place that maths lives for the packet and the BCF export (app.review.bcf). The views
are orthographic, as a drawing's are; front, right and top share one scale so a length
compares across them, the iso view is fitted on its own.

A pin is projected with the same transform as the part, and is hidden when the z-buffer
holds a surface nearer than the pin all around its pixel (a pin on a face turned away, or
behind another part of the body).
"""

from __future__ import annotations

import io
import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

import numpy as np
from numpy.typing import ArrayLike, NDArray
from PIL import Image

from cad.thumbnail import PART_COLOUR, drawable, face_shade, rasterise

# (elevation, azimuth) in degrees: the camera sits on that side of the part (the viewer's
# STANDARD_VIEWS in ui.designs.viewer.gl_view).
STANDARD_VIEWS: Final = {
    "front": (0.0, -90.0),
    "right": (0.0, 0.0),
    "top": (90.0, -90.0),
    "iso": (30.0, -55.0),
}
ORTHOGRAPHIC: Final = ("front", "right", "top")  # drawn at one shared scale
_SUPERSAMPLE: Final = 2
_MARGIN: Final = 0.07  # of the picture's size, on each side
_OUTLINE: Final = np.array([58, 66, 82], dtype=np.uint8)
_CREASE: Final = 0.035  # a shade step between neighbouring pixels drawn as an edge
_STEP_PX: Final = 6.0  # a depth step between neighbours drawn as an edge (steeper than 80°)
_HIDDEN_TOLERANCE_PX: Final = 1.5  # depth slack of a pin on the surface, in canvas pixels
_NEIGHBOURHOOD: Final = 2  # canvas pixels around a pin's pixel that may show it


@dataclass(frozen=True)
class PinSpot:
    """Where a pin falls on a picture: pixels from its left and top edge."""

    x: float
    y: float
    visible: bool  # False: the part hides it from this side


@dataclass(frozen=True)
class ViewPicture:
    name: str  # a key of STANDARD_VIEWS
    png: bytes  # a square RGBA PNG, `size` pixels, transparent around the part
    size: int
    mm_per_pixel: float
    pins: tuple[PinSpot, ...]  # in the order the pins were given


def camera_axes(
    elevation_deg: float, azimuth_deg: float
) -> tuple[tuple[float, float, float], tuple[float, float, float], tuple[float, float, float]]:
    """The camera's right, up and backward (from the centre towards the eye) unit vectors in
    model space for pyqtgraph's elevation and azimuth: the eye is at centre + distance ×
    backward, looking along −backward with `up` pointing up on the screen."""
    e, a = math.radians(elevation_deg), math.radians(azimuth_deg)
    back = (math.cos(e) * math.cos(a), math.cos(e) * math.sin(a), math.sin(e))
    up = (-math.sin(e) * math.cos(a), -math.sin(e) * math.sin(a), math.cos(e))
    right = (
        up[1] * back[2] - up[2] * back[1],
        up[2] * back[0] - up[0] * back[2],
        up[0] * back[1] - up[1] * back[0],
    )
    return right, up, back


def render_views(
    vertices: ArrayLike,
    faces: ArrayLike,
    pins: Sequence[Sequence[float]] = (),
    *,
    size: int = 600,
    names: Sequence[str] = tuple(STANDARD_VIEWS),
) -> tuple[ViewPicture, ...]:
    """One picture per named view, `size` pixels square, with each pin's spot on it.

    Faces with missing or non-finite vertices are skipped; no faces gives blank pictures
    (the pins then fall at the centre, hidden)."""
    if not 16 <= size <= 4096:
        raise ValueError("a view must be 16 to 4096 pixels")
    v, f = drawable(vertices, faces)
    points = np.asarray(pins, dtype=np.float64).reshape(-1, 3)
    canvas = size * _SUPERSAMPLE
    rotations = {name: np.array(camera_axes(*STANDARD_VIEWS[name])) for name in names}
    used = np.unique(f) if len(f) else np.zeros(0, dtype=np.int64)
    spans = {name: _span(v[used] @ r.T) for name, r in rotations.items()}
    fit = canvas * (1 - 2 * _MARGIN)
    shared = [spans[n][0] for n in names if n in ORTHOGRAPHIC]
    shared_scale = fit / max(max(shared), 1e-9) if shared else 1.0
    out = []
    for name, rotation in rotations.items():
        span, centre = spans[name]
        scale = shared_scale if name in ORTHOGRAPHIC else fit / max(span, 1e-9)
        out.append(_view(name, v, f, points, rotation, centre, scale, canvas))
    return tuple(out)


def _span(cam: NDArray[np.float64]) -> tuple[float, NDArray[np.float64]]:
    """The larger of the width and height a view sees, and the centre of its box."""
    if not len(cam):
        return 0.0, np.zeros(3)
    lo, hi = cam.min(axis=0), cam.max(axis=0)
    return float((hi - lo)[:2].max()), (lo + hi) / 2


def _view(
    name: str,
    v: NDArray[np.float64],
    f: NDArray[np.int64],
    points: NDArray[np.float64],
    rotation: NDArray[np.float64],
    centre: NDArray[np.float64],
    scale: float,
    canvas: int,
) -> ViewPicture:
    def to_canvas(p: NDArray[np.float64]) -> tuple[NDArray[np.float64], ...]:
        cam = p @ rotation.T - centre
        return cam[:, 0] * scale + canvas / 2, canvas / 2 - cam[:, 1] * scale, cam[:, 2] * scale

    x, y, z = to_canvas(v)
    depth = np.full(canvas * canvas, -np.inf)
    rgba = _draw(x, y, z, f, canvas, depth) if len(f) else np.zeros((canvas, canvas, 4), np.uint8)
    px, py, pz = to_canvas(points)
    spots = tuple(
        PinSpot(
            float(px[i]) / _SUPERSAMPLE,
            float(py[i]) / _SUPERSAMPLE,
            len(f) > 0 and _shows(depth.reshape(canvas, canvas), px[i], py[i], pz[i]),
        )
        for i in range(len(points))
    )
    return ViewPicture(name, _png(rgba, canvas // _SUPERSAMPLE), canvas // _SUPERSAMPLE,
                       _SUPERSAMPLE / scale, spots)  # fmt: skip


def _draw(
    x: NDArray[np.float64],
    y: NDArray[np.float64],
    z: NDArray[np.float64],
    f: NDArray[np.int64],
    canvas: int,
    depth: NDArray[np.float64],
) -> NDArray[np.uint8]:
    """Z-buffer and shade the faces (as the thumbnail does), then draw the outline."""
    hits: list[tuple[NDArray[np.int64], NDArray[np.float64], NDArray[np.int64]]] = []
    rasterise(x, y, z, f, 0, canvas, depth, hits)
    face_of_pixel = np.full(canvas * canvas, -1, dtype=np.int64)
    for pixel, pz, face in hits:
        nearest = pz >= depth[pixel]
        face_of_pixel[pixel[nearest]] = face[nearest]
    drawn = face_of_pixel >= 0
    seen, face_index = np.unique(face_of_pixel[drawn], return_inverse=True)
    shade = np.zeros(canvas * canvas)
    shade[drawn] = face_shade(np.stack([x, -y, z], axis=1), f[seen])[face_index]
    flat = np.zeros((canvas * canvas, 4), dtype=np.uint8)
    flat[drawn, :3] = np.clip(shade[drawn, None] * PART_COLOUR, 0, 255).astype(np.uint8)
    flat[drawn, 3] = 255
    edge = _edges(
        shade.reshape(canvas, canvas), depth.reshape(canvas, canvas), drawn.reshape(canvas, canvas)
    )
    rgba = flat.reshape(canvas, canvas, 4)
    rgba[edge, :3] = _OUTLINE
    rgba[edge, 3] = 255
    return rgba


def _edges(
    shade: NDArray[np.float64], depth: NDArray[np.float64], drawn: NDArray[np.bool_]
) -> NDArray[np.bool_]:
    """The lines a drawing has: pixels of the part beside the background (the silhouette),
    beside a pixel of another shade (a crease between faces turned differently) or of a
    much nearer or farther surface (a step, which faces turned alike do not show by their
    shade). Drawn on both sides of the line, inside the part: two canvas pixels, one pixel
    of the printed picture."""
    edge = np.zeros_like(drawn)
    near = np.where(drawn, depth, 0.0)
    for axis in (0, 1):
        a = [slice(None), slice(None)]
        b = [slice(None), slice(None)]
        a[axis], b[axis] = slice(None, -1), slice(1, None)
        ta, tb = tuple(a), tuple(b)
        step = (
            (drawn[ta] != drawn[tb])
            | (np.abs(shade[ta] - shade[tb]) > _CREASE)
            | (np.abs(near[ta] - near[tb]) > _STEP_PX)
        )
        edge[ta] |= step
        edge[tb] |= step
    return edge & drawn


def _shows(depth: NDArray[np.float64], x: float, y: float, z: float) -> bool:
    """Whether a pin at canvas (x, y) with depth z is in sight: some pixel around it holds
    nothing nearer than the pin (its own surface, or the background at a silhouette)."""
    canvas = depth.shape[0]
    col, row = math.floor(x), math.floor(y)
    if not (0 <= col < canvas and 0 <= row < canvas):
        return True
    r = _NEIGHBOURHOOD
    around = depth[max(row - r, 0) : row + r + 1, max(col - r, 0) : col + r + 1]
    return bool(around.min() <= z + _HIDDEN_TOLERANCE_PX)


def _png(rgba: NDArray[np.uint8], size: int) -> bytes:
    image = Image.fromarray(rgba, "RGBA").convert("RGBa")  # premultiplied: clean edges
    image = image.resize((size, size), Image.Resampling.BOX).convert("RGBA")
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()
