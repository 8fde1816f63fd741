"""A review's pins as a BCF 2.1 file (``.bcfzip``), so the notes open in other review tools.

BCF (buildingSMART's BIM Collaboration Format, BCF-XML release 2.1) is a zip holding
`bcf.version`, an optional `project.bcfp` and one folder per topic, named by the topic's
GUID, with `markup.bcf` (the topic and its comments), `viewpoint.bcfv` (the camera, the
clipping planes, lines) and `snapshot.png`. One pin is one topic, its GUID the pin's id;
the pin's text is the topic's first comment, made in its viewpoint, and the replies follow.
Elements are written in the order the 2.1 schemas give them, which the standard requires.

The camera is the viewer's (pyqtgraph: centre, distance, elevation, azimuth, horizontal
field of view; z up) turned into BCF's perspective camera with cad.views.camera_axes, the
maths the packet's views use too. BCF lengths are metres; ours are millimetres. The 2.1
schema allows a field of view of 45 to 60 degrees only: ours is clamped into that. A section
keeps what lies below its plane, so the clipping plane's direction is the axis itself: BCF's
direction points into the clipped half-space. The same review gives the same bytes: GUIDs
that we make are derived from the pin's, and every file is dated by the review.
"""

from __future__ import annotations

import math
import os
import uuid
import xml.etree.ElementTree as ET
import zipfile
from collections.abc import Mapping, Sequence
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, Final

from app.designs.designs import RevisionRow, get_revision
from app.review.pins import snapshot_of
from app.review.reviews import PinRow, ReviewRow, get_review
from app.workspace import Workspace
from cad.views import STANDARD_VIEWS, camera_axes

VERSION: Final = "2.1"
MM: Final = 0.001  # metres per millimetre
FOV_RANGE: Final = (45.0, 60.0)  # BCF 2.1's FieldOfView restriction, degrees
DEFAULT_FOV: Final = 60.0  # pyqtgraph's
DEFAULT_DISTANCE_MM: Final = 150.0  # a pin made without a camera is seen from this far
TOPIC_TYPE: Final = "Issue"
PNG_MAGIC: Final = b"\x89PNG\r\n\x1a\n"
_AXES: Final = {"x": 0, "y": 1, "z": 2}

Vector = tuple[float, float, float]


def write_bcf(ws: Workspace, review_id: str, target: Path) -> Path:
    """Write the review's pins to `target` as a BCF 2.1 zip (atomically); returns `target`."""
    review = get_review(ws, review_id)
    revision = get_revision(ws, review.design_revision_id)
    when = _zip_time(review.created_at)
    entries: list[tuple[str, bytes | None]] = [
        ("bcf.version", _xml(version_xml())),
        ("project.bcfp", _xml(project_xml(review))),
    ]
    for pin in review.pins:
        folder = topic_guid(pin.id)
        snapshot = snapshot_of(ws, pin.id) if pin.has_snapshot else None
        if snapshot is not None and not snapshot.startswith(PNG_MAGIC):
            snapshot = None
        entries += [
            (f"{folder}/", None),  # BCF asks for the folders' own entries
            (f"{folder}/markup.bcf", _xml(markup_xml(review, revision, pin, snapshot is not None))),
            (f"{folder}/viewpoint.bcfv", _xml(viewpoint_xml(pin))),
        ]
        if snapshot is not None:
            entries.append((f"{folder}/snapshot.png", snapshot))
    target = Path(target)
    part = target.with_name(target.name + ".part")
    try:
        with zipfile.ZipFile(part, "w", zipfile.ZIP_DEFLATED) as zf:
            for name, data in entries:
                info = zipfile.ZipInfo(name, date_time=when)
                if data is None:
                    info.external_attr = 0o40755 << 16 | 0x10  # a directory
                    zf.writestr(info, b"")
                else:
                    info.compress_type = zipfile.ZIP_DEFLATED
                    info.external_attr = 0o644 << 16
                    zf.writestr(info, data)
        os.replace(part, target)
    except BaseException:
        part.unlink(missing_ok=True)
        raise
    return target


# --- GUIDs ---------------------------------------------------------------------------------


def topic_guid(pin_id: str) -> str:
    """The pin's id as a BCF GUID (the UUID form); an id that is not a UUID (a hostile or
    foreign record) gets a stable one derived from it."""
    try:
        return str(uuid.UUID(pin_id))
    except ValueError:
        return str(uuid.uuid5(uuid.NAMESPACE_URL, f"makersquare:pin:{pin_id}"))


def derived_guid(pin_id: str, what: str) -> str:
    """A GUID for something of the pin's that has no id of its own (its viewpoint, the
    comment its text becomes), the same on every export."""
    return str(uuid.uuid5(uuid.UUID(topic_guid(pin_id)), what))


# --- the XML files -------------------------------------------------------------------------


def version_xml() -> ET.Element:
    root = ET.Element("Version", VersionId=VERSION)
    ET.SubElement(root, "DetailedVersion").text = VERSION
    return root


def project_xml(review: ReviewRow) -> ET.Element:
    root = ET.Element("ProjectExtension")
    project = ET.SubElement(root, "Project", ProjectId=review.job_id)
    name = " ".join(p for p in (review.job_number, review.job_title) if p)
    ET.SubElement(project, "Name").text = name
    ET.SubElement(root, "ExtensionSchema").text = ""
    return root


def markup_xml(
    review: ReviewRow, revision: RevisionRow, pin: PinRow, has_snapshot: bool
) -> ET.Element:
    """markup.bcf: Header (the design file), Topic, Comment…, Viewpoints — in that order."""
    root = ET.Element("Markup")
    header = ET.SubElement(root, "Header")
    file = ET.SubElement(header, "File", isExternal="true")
    ET.SubElement(file, "Filename").text = revision.original_name
    ET.SubElement(file, "Date").text = _datetime(revision.created_at)
    root.append(_topic(review, revision, pin))
    viewpoint = derived_guid(pin.id, "viewpoint")
    comments = [(derived_guid(pin.id, "comment"), pin.created_at, pin.author, pin.text)]
    comments += [(_guid(r.id, pin.id), r.created_at, r.author, r.body) for r in pin.replies]
    for index, (guid, at, author, text) in enumerate(comments):
        comment = ET.SubElement(root, "Comment", Guid=guid)
        ET.SubElement(comment, "Date").text = _datetime(at)
        ET.SubElement(comment, "Author").text = author
        ET.SubElement(comment, "Comment").text = text
        if index == 0:  # the pin's own text was written in its view; replies were not
            ET.SubElement(comment, "Viewpoint", Guid=viewpoint)
    views = ET.SubElement(root, "Viewpoints", Guid=viewpoint)
    ET.SubElement(views, "Viewpoint").text = "viewpoint.bcfv"
    if has_snapshot:
        ET.SubElement(views, "Snapshot").text = "snapshot.png"
    return root


def _topic(review: ReviewRow, revision: RevisionRow, pin: PinRow) -> ET.Element:
    status = "Closed" if pin.status == "resolved" else "Open"
    topic = ET.Element("Topic", Guid=topic_guid(pin.id), TopicType=TOPIC_TYPE, TopicStatus=status)
    ET.SubElement(topic, "Title").text = _title(pin)
    ET.SubElement(topic, "Index").text = str(pin.number)
    ET.SubElement(topic, "Labels").text = f"{revision.design_name} r{revision.number}"
    ET.SubElement(topic, "CreationDate").text = _datetime(pin.created_at)
    ET.SubElement(topic, "CreationAuthor").text = pin.author
    if review.due is not None:
        ET.SubElement(topic, "DueDate").text = _date(review.due)
    if pin.assignee:
        ET.SubElement(topic, "AssignedTo").text = pin.assignee
    ET.SubElement(topic, "Description").text = _description(review, pin)
    return topic


def viewpoint_xml(pin: PinRow) -> ET.Element:
    """viewpoint.bcfv: PerspectiveCamera, Lines (the pin, measurements), ClippingPlanes."""
    root = ET.Element("VisualizationInfo", Guid=derived_guid(pin.id, "viewpoint"))
    eye, direction, up, fov = perspective_camera(pin.camera, pin.point, pin.normal)
    camera = ET.SubElement(root, "PerspectiveCamera")
    _vector(camera, "CameraViewPoint", eye)
    _vector(camera, "CameraDirection", direction)
    _vector(camera, "CameraUpVector", up)
    ET.SubElement(camera, "FieldOfView").text = _number(fov)
    lines = ET.SubElement(root, "Lines")
    _line(lines, pin.point, pin.point)  # a line with equal ends is a point: where the pin is
    for start, end in _measured_segments(pin.measurements):
        _line(lines, start, end)
    plane = clipping_plane(pin.section, pin.camera, pin.point)
    if plane is not None:
        planes = ET.SubElement(root, "ClippingPlanes")
        clip = ET.SubElement(planes, "ClippingPlane")
        _vector(clip, "Location", plane[0])
        _vector(clip, "Direction", plane[1])
    return root


# --- the camera ----------------------------------------------------------------------------


def perspective_camera(
    camera: Mapping[str, Any] | None, point: Sequence[float], normal: Sequence[float] | None
) -> tuple[Vector, Vector, Vector, float]:
    """BCF's CameraViewPoint (metres), CameraDirection and CameraUpVector (unit) and
    FieldOfView (degrees, 45–60) from the viewer's camera. Missing values fall back to a
    view of the pin: along its normal when it has one, else the iso view."""
    cam = camera or {}
    elevation, azimuth = _angles(normal)
    centre = _triple(cam.get("center")) or _triple(point) or (0.0, 0.0, 0.0)
    distance = _finite(cam.get("distance"), DEFAULT_DISTANCE_MM)
    if distance <= 0:
        distance = DEFAULT_DISTANCE_MM
    elevation = _finite(cam.get("elevation"), elevation)
    azimuth = _finite(cam.get("azimuth"), azimuth)
    fov = min(max(_finite(cam.get("fov"), DEFAULT_FOV), FOV_RANGE[0]), FOV_RANGE[1])
    _right, up, back = camera_axes(elevation, azimuth)
    eye = tuple((c + distance * b) * MM for c, b in zip(centre, back, strict=True))
    direction = (-back[0], -back[1], -back[2])
    return (eye[0], eye[1], eye[2]), direction, up, fov


def _angles(normal: Sequence[float] | None) -> tuple[float, float]:
    """Elevation and azimuth of a camera looking straight at a face with this normal."""
    n = _triple(normal)
    length = math.sqrt(sum(c * c for c in n)) if n else 0.0
    if n is None or length < 1e-9:
        return STANDARD_VIEWS["iso"]
    x, y, z = (c / length for c in n)
    elevation = math.degrees(math.asin(max(-1.0, min(1.0, z))))
    if math.hypot(x, y) < 1e-6:
        return elevation, STANDARD_VIEWS["top"][1]
    return elevation, math.degrees(math.atan2(y, x))


def clipping_plane(
    section: Mapping[str, Any] | None, camera: Mapping[str, Any] | None, point: Sequence[float]
) -> tuple[Vector, Vector] | None:
    """The section as BCF's clipping plane: a point on it (metres) and the direction of
    the half-space cut away (+axis: the viewer keeps what lies below the plane)."""
    if not section:
        return None
    axis = section.get("axis")
    if isinstance(axis, str):
        axis = _AXES.get(axis.strip().lower())
    if isinstance(axis, bool) or not isinstance(axis, int) or axis not in (0, 1, 2):
        return None
    offset = _finite(section.get("offset"), math.nan)
    if math.isnan(offset):
        return None
    anchor = list(_triple((camera or {}).get("center")) or _triple(point) or (0.0, 0.0, 0.0))
    anchor[axis] = offset
    direction = [0.0, 0.0, 0.0]
    direction[axis] = 1.0
    location = (anchor[0] * MM, anchor[1] * MM, anchor[2] * MM)
    return location, (direction[0], direction[1], direction[2])


def _measured_segments(measurements: Sequence[Mapping[str, Any]]) -> list[tuple[Vector, Vector]]:
    """Measurements that name two points (a distance) as line segments."""
    out = []
    for m in measurements:
        points = m.get("points")
        if isinstance(points, list) and len(points) == 2:
            a, b = _triple(points[0]), _triple(points[1])
            if a is not None and b is not None:
                out.append((a, b))
    return out


# --- text ----------------------------------------------------------------------------------


def _title(pin: PinRow) -> str:
    first = pin.text.strip().splitlines()[0] if pin.text.strip() else ""
    if len(first) > 80:
        first = first[:79].rstrip() + "…"
    return f"{pin.number}. {first}"


def _description(review: ReviewRow, pin: PinRow) -> str:
    """The pin's text, then where it is and what the review is (for a tool that shows only
    the topic)."""
    x, y, z = pin.point
    lines = [
        pin.text,
        "",
        f"Pin {pin.number} at ({x:g}, {y:g}, {z:g}) mm",
        f"Design {review.design_name} r{review.revision}, SHA-256 {review.file_sha256}",
        f"Review {review.id}: requested by {review.requested_by}, reviewer {review.reviewer}",
    ]
    lines += [f"Measurement: {_measurement(m)}" for m in pin.measurements]
    return "\n".join(lines)


def _measurement(m: Mapping[str, Any]) -> str:
    """A measurement the viewer attached (a distance's `value_mm`, a hole's `diameter_mm`)."""
    kind = m.get("kind")
    value = m.get("diameter_mm" if kind == "hole" else "value_mm")
    if kind in ("distance", "hole") and isinstance(value, int | float):
        return f"{'hole diameter' if kind == 'hole' else 'distance'} {value:.2f} mm"
    return ", ".join(f"{k} {v}" for k, v in m.items() if k != "points")


# --- XML helpers ---------------------------------------------------------------------------


def _xml(root: ET.Element) -> bytes:
    ET.indent(root)
    data: bytes = ET.tostring(root, encoding="utf-8", xml_declaration=True)
    return data


def _vector(parent: ET.Element, tag: str, value: Sequence[float]) -> None:
    element = ET.SubElement(parent, tag)
    for name, c in zip(("X", "Y", "Z"), value, strict=True):
        ET.SubElement(element, name).text = _number(c)


def _line(parent: ET.Element, start: Sequence[float], end: Sequence[float]) -> None:
    line = ET.SubElement(parent, "Line")
    _vector(line, "StartPoint", [c * MM for c in start])
    _vector(line, "EndPoint", [c * MM for c in end])


def _number(value: float) -> str:
    text = f"{value:.9f}".rstrip("0").rstrip(".")
    return "0" if text in ("", "-0") else text


def _guid(text: str, pin_id: str) -> str:
    try:
        return str(uuid.UUID(text))
    except ValueError:
        return derived_guid(pin_id, f"reply:{text}")


def _datetime(value: datetime) -> str:
    """xs:dateTime in UTC (the workspace keeps naive UTC times)."""
    if value.tzinfo is not None:
        value = value.astimezone(UTC).replace(tzinfo=None)
    return value.replace(microsecond=0).isoformat() + "Z"


def _date(value: date) -> str:
    return f"{value.isoformat()}T00:00:00Z"


def _zip_time(value: datetime) -> tuple[int, int, int, int, int, int]:
    t = max(value.replace(tzinfo=None), datetime(1980, 1, 1))
    return (t.year, t.month, t.day, t.hour, t.minute, t.second)


def _triple(value: Any) -> Vector | None:
    if not isinstance(value, list | tuple) or len(value) != 3:
        return None
    try:
        x, y, z = (float(c) for c in value)
    except (TypeError, ValueError):
        return None
    return (x, y, z) if all(math.isfinite(c) for c in (x, y, z)) else None


def _finite(value: Any, default: float) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return default
    return float(value) if math.isfinite(value) else default
