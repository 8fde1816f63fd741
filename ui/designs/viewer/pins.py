"""What the viewer's pin tool hands out and what it draws: plain values, no Qt.

`PinPlacement` is one click of the pin tool: where on the part (point, face, normal) and
the view it was made in (camera, section plane, measurements, a small snapshot), BCF's
topic viewpoint. `PinMarker` is one numbered pin the window draws on the model. The review
panel imports these without pulling in the 3D view (`pin_tool.py` places the pins,
`scene.py` draws them).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Final

#: The snapshot's largest width in pixels and size in bytes (app.review.pins.MAX_SNAPSHOT).
SNAPSHOT_WIDTH: Final = 400
SNAPSHOT_BYTES: Final = 200_000


@dataclass(frozen=True)
class PinPlacement:
    """Where the user clicked with the pin tool, and the view they clicked in.

    `face` indexes the faces of the mesh named by `face_mesh`: "full" (the design's own
    faces, as `LoadedDesign.faces`) unless the part is too big to pick on (more than
    `loader.FULL_DRAW_LIMIT` faces), then "preview" (the simplified mesh's). `normal` is
    that face's unit normal as the file winds it. `camera` is `{"center": [x, y, z],
    "distance", "elevation", "azimuth", "fov"}` (mm and degrees), `section` is
    `{"axis": 0 | 1 | 2, "offset": mm}` or None, `measurements` the measurement shown, as
    `{"kind": "distance", "value_mm", "points": [[x, y, z], [x, y, z]], "dx_mm", "dy_mm",
    "dz_mm"}` or `{"kind": "hole", "diameter_mm", "centre": [x, y, z], "axis": [x, y, z]}`.
    """

    point: tuple[float, float, float]
    normal: tuple[float, float, float]
    face: int
    camera: dict[str, Any]
    section: dict[str, Any] | None
    measurements: list[dict[str, Any]]
    snapshot_png: bytes | None
    face_mesh: str = "full"


@dataclass(frozen=True)
class PinMarker:
    """A numbered pin drawn on the model: grey if it was made on an earlier revision,
    dimmed with a check mark once resolved, highlighted when selected."""

    id: str
    number: int
    point: tuple[float, float, float]
    greyed: bool = False
    resolved: bool = False
    selected: bool = False
