"""app.review.bcf: a review's pins as a BCF 2.1 zip, read back and checked against the schema.

The structure is checked by hand against what buildingSMART's BCF-XML release 2.1 schemas
(markup.xsd, visinfo.xsd, version.xsd, project.xsd) say, written out below as the sequence
of child elements each type allows, which are required, and the required attributes: the
schemas themselves are not shipped with the project, and no XSD validator is a dependency.
"""

from __future__ import annotations

import io
import math
import re
import uuid
import xml.etree.ElementTree as ET
import zipfile
from datetime import date
from pathlib import Path

import pytest
from PIL import Image

from app.designs import designs
from app.jobs import jobs
from app.review import bcf, pins, reviews
from app.workspace import Workspace
from tests.stl_files import write_box_stl

GUID = re.compile(r"^[a-fA-F0-9]{8}-[a-fA-F0-9]{4}-[a-fA-F0-9]{4}-[a-fA-F0-9]{4}-[a-fA-F0-9]{12}$")
DATETIME = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)?$")

# Each complex type's xs:sequence in BCF 2.1, in order: (child, required, repeatable).
SEQUENCES: dict[str, list[tuple[str, bool, bool]]] = {
    "Version": [("DetailedVersion", False, False)],
    "ProjectExtension": [("Project", False, False), ("ExtensionSchema", True, False)],
    "Project": [("Name", False, False)],
    "Markup": [
        ("Header", False, False),
        ("Topic", True, False),
        ("Comment", False, True),
        ("Viewpoints", False, True),
    ],
    "Header": [("File", True, True)],
    "File": [("Filename", False, False), ("Date", False, False), ("Reference", False, False)],
    "Topic": [
        ("ReferenceLink", False, True),
        ("Title", True, False),
        ("Priority", False, False),
        ("Index", False, False),
        ("Labels", False, True),
        ("CreationDate", True, False),
        ("CreationAuthor", True, False),
        ("ModifiedDate", False, False),
        ("ModifiedAuthor", False, False),
        ("DueDate", False, False),
        ("AssignedTo", False, False),
        ("Stage", False, False),
        ("Description", False, False),
        ("BimSnippet", False, False),
        ("DocumentReference", False, True),
        ("RelatedTopic", False, True),
    ],
    "Comment": [
        ("Date", True, False),
        ("Author", True, False),
        ("Comment", True, False),
        ("Viewpoint", False, False),
        ("ModifiedDate", False, False),
        ("ModifiedAuthor", False, False),
    ],
    "Viewpoints": [
        ("Viewpoint", False, False),
        ("Snapshot", False, False),
        ("Index", False, False),
    ],
    "VisualizationInfo": [
        ("Components", False, False),
        ("OrthogonalCamera", False, False),
        ("PerspectiveCamera", False, False),
        ("Lines", False, False),
        ("ClippingPlanes", False, False),
        ("Bitmap", False, True),
    ],
    "PerspectiveCamera": [
        ("CameraViewPoint", True, False),
        ("CameraDirection", True, False),
        ("CameraUpVector", True, False),
        ("FieldOfView", True, False),
    ],
    "Lines": [("Line", True, True)],
    "Line": [("StartPoint", True, False), ("EndPoint", True, False)],
    "ClippingPlanes": [("ClippingPlane", False, True)],
    "ClippingPlane": [("Location", True, False), ("Direction", True, False)],
    "Point": [("X", True, False), ("Y", True, False), ("Z", True, False)],
}
POINTS = {"CameraViewPoint", "CameraDirection", "CameraUpVector", "StartPoint", "EndPoint",
          "Location", "Direction"}  # fmt: skip
GUID_ATTRIBUTE = {"Topic", "Comment", "Viewpoints", "VisualizationInfo", "Viewpoint"}
TYPED = {"Date": DATETIME, "CreationDate": DATETIME, "DueDate": DATETIME,
         "Index": re.compile(r"^-?\d+$")}  # fmt: skip


def check_structure(element: ET.Element, context: str = "") -> None:
    """Raise AssertionError where `element` (and its children, recursively) leaves BCF 2.1's
    sequence, misses a required child or attribute, or has a GUID not in the UUID form."""
    tag = element.tag
    kind = "Point" if tag in POINTS else tag
    where = f"{context}/{tag}"
    text_only = (tag, context.rsplit("/", 1)[-1]) in {("Comment", "Comment"),
                                                      ("Viewpoint", "Viewpoints")}  # fmt: skip
    if tag in GUID_ATTRIBUTE and not text_only:
        assert GUID.match(element.get("Guid", "")), f"{where}: Guid {element.get('Guid')!r}"
    if tag in TYPED:
        assert TYPED[tag].match(element.text or ""), f"{where}: {element.text!r}"
    sequence = None if text_only else SEQUENCES.get(kind)
    if sequence is None:
        assert len(element) == 0, f"{where} should hold text only"
        return
    names = [name for name, _, _ in sequence]
    position = -1
    counts: dict[str, int] = {}
    for child in element:
        assert child.tag in names, f"{where}: {child.tag} is not allowed here"
        index = names.index(child.tag)
        assert index >= position, f"{where}: {child.tag} is out of the schema's order"
        position = index
        counts[child.tag] = counts.get(child.tag, 0) + 1
        check_structure(child, where)
    for name, required, repeatable in sequence:
        assert counts.get(name, 0) >= required, f"{where}: {name} is required"
        assert repeatable or counts.get(name, 0) <= 1, f"{where}: one {name} at most"


def png(colour: tuple[int, int, int]) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (32, 24), colour).save(out, format="PNG")
    return out.getvalue()


@pytest.fixture
def review_id(workspace: Workspace, tmp_path: Path) -> str:
    job_id = jobs.create_job(workspace, "브래킷 시제품").value
    rev = designs.import_design(workspace, job_id, write_box_stl(tmp_path / "b.stl", (20, 10, 5)))
    review = reviews.request_review(
        workspace, job_id, "prof", rev.value, due=date(2026, 12, 20), by="kim"
    ).value
    first = pins.add_pin(
        workspace, review, point=(20, 5, 2.5), normal=(1, 0, 0), face=3,
        text="모서리 R2\n두 번째 줄", author="prof",
        camera={"center": [10, 5, 2.5], "distance": 80, "elevation": 30, "azimuth": -55, "fov": 60},
        section={"axis": 2, "offset": 3.0},
        measurements=[{"kind": "distance", "value_mm": 20.0, "points": [[0, 0, 0], [20, 0, 0]]}],
        snapshot_png=png((200, 40, 40)),
    ).value  # fmt: skip
    pins.reply_to_pin(workspace, first, "반영하겠습니다", "kim")
    pins.reply_to_pin(workspace, first, "확인했습니다", "prof")
    second = pins.add_pin(
        workspace, review, point=(10, 10, 2.5), normal=(0, 1, 0), text="구멍 위치", author="prof"
    ).value
    pins.assign_pin(workspace, second, "kim")
    pins.set_pin_status(workspace, second, "resolved")
    return review


def test_the_bcfzip_holds_one_topic_per_pin_in_bcf_2_1s_structure(
    workspace: Workspace, review_id: str, tmp_path: Path
) -> None:
    target = bcf.write_bcf(workspace, review_id, tmp_path / "review.bcfzip")
    review = reviews.get_review(workspace, review_id)
    with zipfile.ZipFile(target) as zf:
        names = zf.namelist()
        files = {n: zf.read(n) for n in names if not n.endswith("/")}
    assert not any("\\" in n for n in names)
    folders = {n.split("/")[0] for n in names if "/" in n}
    assert folders == {p.id for p in review.pins}  # the pins' own UUIDs
    assert all(GUID.match(f) and f"{f}/" in names for f in folders)  # with directory entries

    for name, data in files.items():
        if name.endswith(".png"):
            continue
        root = ET.fromstring(data)  # every XML file parses
        check_structure(root)
        assert data.startswith(b"<?xml") and b"encoding" in data[:60]
    version = ET.fromstring(files["bcf.version"])
    assert version.tag == "Version" and version.get("VersionId") == "2.1"
    assert version.findtext("DetailedVersion") == "2.1"
    project = ET.fromstring(files["project.bcfp"])
    assert project.tag == "ProjectExtension"
    assert project.find("Project").get("ProjectId") == review.job_id  # type: ignore[union-attr]

    first, second = review.pins
    markup = ET.fromstring(files[f"{first.id}/markup.bcf"])
    topic = markup.find("Topic")
    assert topic is not None and topic.get("Guid") == first.id
    assert topic.get("TopicStatus") == "Open" and topic.get("TopicType")
    assert topic.findtext("Title") == "1. 모서리 R2"
    assert topic.findtext("CreationAuthor") == "prof"
    assert topic.findtext("DueDate", "").startswith("2026-12-20T")
    assert "모서리 R2\n두 번째 줄" in topic.findtext("Description", "")
    assert review.file_sha256 in topic.findtext("Description", "")
    assert "Measurement: distance 20.00 mm" in topic.findtext("Description", "")
    assert topic.find("AssignedTo") is None  # nobody assigned: left out, not empty
    comments = markup.findall("Comment")
    assert [(c.findtext("Author"), c.findtext("Comment")) for c in comments] == [
        ("prof", "모서리 R2\n두 번째 줄"),
        ("kim", "반영하겠습니다"),
        ("prof", "확인했습니다"),
    ]
    assert comments[1].get("Guid") == first.replies[0].id
    assert len({c.get("Guid") for c in comments}) == 3
    viewpoints = markup.find("Viewpoints")
    assert viewpoints is not None
    assert comments[0].find("Viewpoint").get("Guid") == viewpoints.get("Guid")  # type: ignore[union-attr]
    assert viewpoints.findtext("Viewpoint") == "viewpoint.bcfv"
    assert viewpoints.findtext("Snapshot") == "snapshot.png"
    assert files[f"{first.id}/snapshot.png"] == png((200, 40, 40))
    visinfo = ET.fromstring(files[f"{first.id}/viewpoint.bcfv"])
    assert visinfo.get("Guid") == viewpoints.get("Guid")

    other = ET.fromstring(files[f"{second.id}/markup.bcf"]).find("Topic")
    assert other is not None
    assert other.get("TopicStatus") == "Closed" and other.findtext("AssignedTo") == "kim"
    assert f"{second.id}/snapshot.png" not in files  # none was taken
    assert ET.fromstring(files[f"{second.id}/markup.bcf"]).find("Viewpoints/Snapshot") is None


def _vector(element: ET.Element | None) -> tuple[float, float, float]:
    assert element is not None
    return (float(element.findtext("X", "")), float(element.findtext("Y", "")),
            float(element.findtext("Z", "")))  # fmt: skip


def test_the_viewpoint_is_the_viewers_camera_in_metres_with_the_section_as_a_clipping_plane(
    workspace: Workspace, review_id: str, tmp_path: Path
) -> None:
    target = bcf.write_bcf(workspace, review_id, tmp_path / "review.bcfzip")
    first, second = reviews.get_review(workspace, review_id).pins
    with zipfile.ZipFile(target) as zf:
        view = ET.fromstring(zf.read(f"{first.id}/viewpoint.bcfv"))
        plain = ET.fromstring(zf.read(f"{second.id}/viewpoint.bcfv"))
    camera = view.find("PerspectiveCamera")
    assert camera is not None
    eye = _vector(camera.find("CameraViewPoint"))
    direction = _vector(camera.find("CameraDirection"))
    up = _vector(camera.find("CameraUpVector"))
    assert math.dist(direction, (0, 0, 0)) == pytest.approx(1.0)
    assert math.dist(up, (0, 0, 0)) == pytest.approx(1.0)
    assert sum(a * b for a, b in zip(direction, up, strict=True)) == pytest.approx(0.0, abs=1e-9)
    centre = (0.010, 0.005, 0.0025)  # the camera's centre, (10, 5, 2.5) mm, in metres
    assert math.dist(eye, centre) == pytest.approx(0.080)  # 80 mm away
    to_centre = [(c - e) / 0.080 for c, e in zip(centre, eye, strict=True)]
    assert to_centre == pytest.approx(list(direction))  # looking at the centre
    assert eye[2] > centre[2] and up[2] > 0  # from above, z up (elevation 30°)
    assert eye[1] < centre[1] and eye[0] > centre[0]  # from the front-right (azimuth -55°)
    assert 45 <= float(camera.findtext("FieldOfView", "")) <= 60
    assert view.find("Lines/Line") is not None  # the pin's point
    point = _vector(view.find("Lines/Line/StartPoint"))
    assert point == pytest.approx((0.020, 0.005, 0.0025))
    measured = view.findall("Lines/Line")[1]
    assert _vector(measured.find("EndPoint")) == pytest.approx((0.020, 0.0, 0.0))
    planes = view.findall("ClippingPlanes/ClippingPlane")
    assert len(planes) == 1
    assert _vector(planes[0].find("Location"))[2] == pytest.approx(0.003)  # z = 3 mm
    assert _vector(planes[0].find("Direction")) == (0.0, 0.0, 1.0)  # cut away above

    # A pin without a camera is looked at head-on along its normal (+y), from outside.
    camera = plain.find("PerspectiveCamera")
    assert camera is not None
    assert _vector(camera.find("CameraDirection")) == pytest.approx((0.0, -1.0, 0.0), abs=1e-9)
    assert _vector(camera.find("CameraViewPoint"))[1] > 0.010
    assert plain.find("ClippingPlanes") is None


def test_the_same_review_gives_the_same_bytes_and_odd_values_still_make_a_valid_file(
    workspace: Workspace, review_id: str, tmp_path: Path
) -> None:
    a = bcf.write_bcf(workspace, review_id, tmp_path / "a.bcfzip").read_bytes()
    b = bcf.write_bcf(workspace, review_id, tmp_path / "b.bcfzip").read_bytes()
    assert a == b
    assert not list(tmp_path.glob("*.part"))

    eye, direction, _up, fov = bcf.perspective_camera(
        {"center": "nowhere", "distance": -3, "elevation": float("nan"), "fov": 120},
        (1, 2, 3), None,
    )  # fmt: skip
    assert fov == 60 and math.dist(direction, (0, 0, 0)) == pytest.approx(1.0)
    assert math.dist(eye, (0.001, 0.002, 0.003)) == pytest.approx(0.150)
    assert bcf.clipping_plane({"axis": "Y", "offset": 2}, None, (0, 0, 0)) == (
        (0.0, 0.002, 0.0),
        (0.0, 1.0, 0.0),
    )
    assert bcf.clipping_plane({"axis": 7, "offset": 2}, None, (0, 0, 0)) is None
    assert GUID.match(bcf.topic_guid("not-a-uuid"))
    assert bcf.topic_guid("not-a-uuid") == bcf.topic_guid("not-a-uuid")
    assert uuid.UUID(bcf.derived_guid(str(uuid.uuid4()), "viewpoint")).version == 5


def test_the_structure_check_itself_catches_order_missing_parts_and_bad_guids() -> None:
    """The hand-written schema above must fail what BCF 2.1 refuses, or it proves nothing."""
    good = "<Comment Guid='{g}'><Date>2026-01-01T00:00:00Z</Date><Author>a</Author>"
    guid = str(uuid.uuid4())
    check_structure(ET.fromstring(good.format(g=guid) + "<Comment>x</Comment></Comment>"))
    for bad in (
        good.format(g="1234") + "<Comment>x</Comment></Comment>",  # a GUID not in UUID form
        good.format(g=guid) + "</Comment>",  # the text is required
        f"<Comment Guid='{guid}'><Author>a</Author><Date>2026-01-01T00:00:00Z</Date>"
        "<Comment>x</Comment></Comment>",  # out of order
        f"<Comment Guid='{guid}'><Date>1 Jan</Date><Author>a</Author><Comment>x</Comment>"
        "</Comment>",  # not an xs:dateTime
        "<Version><Detail/></Version>",  # not an element of the schema
    ):
        with pytest.raises(AssertionError):
            check_structure(ET.fromstring(bad))
