"""app/designs/designs.py: importing design files into a job as immutable revisions."""

from __future__ import annotations

import hashlib
import io
import os
import struct
from pathlib import Path

import pytest
from PIL import Image

from app.designs import designs
from app.errors import DesignImportError, NotFoundError
from app.jobs import jobs
from app.workspace import Workspace, check_workspace
from cad.errors import CAD_ERROR_CODES
from tests.stl_files import write_box_stl

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def _stored_files(ws: Workspace) -> list[Path]:
    return sorted(p for p in (ws.root / "files").rglob("*") if p.is_file())


@pytest.fixture
def job_id(workspace: Workspace) -> str:
    return jobs.create_job(workspace, "시제품 케이스").value


def test_importing_an_stl_stores_it_by_hash_with_metrics_and_a_thumbnail(
    workspace: Workspace, job_id: str, tmp_path: Path
) -> None:
    source = write_box_stl(tmp_path / "케이스.stl", (20, 10, 5))
    content = source.read_bytes()
    steps: list[tuple[int, str]] = []

    result = designs.import_design(
        workspace,
        job_id,
        source,
        author="김",
        note="첫 안",
        progress=lambda p, stage: steps.append((p, stage)),
    )

    rev = designs.get_revision(workspace, result.value)
    assert result.changes.designs == frozenset({rev.design_id})
    assert job_id in result.changes.jobs
    digest = hashlib.sha256(content).hexdigest()
    assert rev.file_hash == digest
    stored = workspace.root / "files" / digest[:2] / digest
    assert _stored_files(workspace) == [stored]
    assert stored.read_bytes() == content
    assert (rev.design_name, rev.number, rev.revision_count) == ("케이스", 1, 1)
    assert (rev.original_name, rev.format, rev.units, rev.size_bytes) == (
        "케이스.stl",
        "stl",
        "mm",
        len(content),
    )
    assert rev.metrics is not None
    assert rev.metrics.volume_mm3 == pytest.approx(1000.0)
    assert rev.metrics.bbox_mm == pytest.approx((20.0, 10.0, 5.0))
    assert rev.metrics.area_mm2 == pytest.approx(2 * (200 + 100 + 50))
    assert (rev.metrics.triangles, rev.metrics.watertight, rev.metrics.bodies) == (12, True, 1)
    assert rev.thumbnail_png is not None and rev.thumbnail_png.startswith(PNG_MAGIC)
    with Image.open(io.BytesIO(rev.thumbnail_png)) as image:
        assert image.format == "PNG" and image.width > 16 and image.height > 16
    assert steps[-1] == (100, "done")
    assert [p for p, _ in steps] == sorted(p for p, _ in steps)
    assert check_workspace(workspace).ok


def test_importing_the_same_file_again_changes_nothing(
    workspace: Workspace, job_id: str, tmp_path: Path
) -> None:
    source = write_box_stl(tmp_path / "케이스.stl", (20, 10, 5))
    first = designs.import_design(workspace, job_id, source)
    again = designs.import_design(workspace, job_id, source)
    assert again.value == first.value
    assert again.changes.empty
    [row] = designs.list_designs(workspace, job_id)
    assert (row.id, row.number, row.revision_count) == (first.value, 1, 1)
    assert len(_stored_files(workspace)) == 1


def test_a_changed_file_with_the_same_name_becomes_the_next_revision(
    workspace: Workspace, job_id: str, tmp_path: Path
) -> None:
    v1_dir, v2_dir = tmp_path / "v1", tmp_path / "v2"
    v1_dir.mkdir()
    v2_dir.mkdir()
    r1 = designs.import_design(
        workspace, job_id, write_box_stl(v1_dir / "케이스.stl", (20, 10, 5))
    ).value
    r2 = designs.import_design(
        workspace, job_id, write_box_stl(v2_dir / "케이스.stl", (20, 10, 6))
    ).value

    [row] = designs.list_designs(workspace, job_id)  # one design, showing its latest revision
    assert (row.id, row.number, row.revision_count) == (r2, 2, 2)
    assert row.metrics is not None and row.metrics.volume_mm3 == pytest.approx(1200.0)
    first = designs.get_revision(workspace, r1)  # the first revision is still there, unchanged
    assert first.number == 1 and first.design_id == row.design_id
    assert first.metrics is not None and first.metrics.volume_mm3 == pytest.approx(1000.0)
    assert len(_stored_files(workspace)) == 2
    assert workspace.files.has(first.file_hash)

    # Going back to the first file is a change too: it becomes revision 3, the latest.
    r3 = designs.import_design(
        workspace, job_id, write_box_stl(v1_dir / "케이스.stl", (20, 10, 5))
    ).value
    [row] = designs.list_designs(workspace, job_id)
    assert (row.id, row.number, row.file_hash) == (r3, 3, first.file_hash)
    assert len(_stored_files(workspace)) == 2


def test_a_file_with_another_name_is_another_design(
    workspace: Workspace, job_id: str, tmp_path: Path
) -> None:
    designs.import_design(workspace, job_id, write_box_stl(tmp_path / "뚜껑.stl", (20, 10, 2)))
    designs.import_design(workspace, job_id, write_box_stl(tmp_path / "몸통.stl", (20, 10, 8)))
    assert [r.design_name for r in designs.list_designs(workspace, job_id)] == ["뚜껑", "몸통"]


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("garbage.stl", bytes(range(256)) * 40),
        ("empty.stl", b""),
        ("lying.stl", b"\0" * 80 + struct.pack("<I", 1_000_000) + b"\0" * 100),
    ],
)
def test_a_bad_file_is_refused_and_nothing_is_stored(
    workspace: Workspace, job_id: str, tmp_path: Path, name: str, content: bytes
) -> None:
    source = tmp_path / name
    source.write_bytes(content)
    with pytest.raises(DesignImportError) as info:
        designs.import_design(workspace, job_id, source)
    assert info.value.code == "design_import_failed"
    assert info.value.params["cad_code"] in CAD_ERROR_CODES
    assert info.value.params["file"] == name
    assert _stored_files(workspace) == []
    assert designs.list_designs(workspace, job_id) == []


def test_garbage_is_reported_as_unreadable(
    workspace: Workspace, job_id: str, tmp_path: Path
) -> None:
    source = tmp_path / "garbage.stl"
    source.write_bytes(b"solid? no. " + bytes(range(256)) * 40)
    with pytest.raises(DesignImportError) as info:
        designs.import_design(workspace, job_id, source)
    assert info.value.params["cad_code"] in {"unreadable", "no_geometry"}


def test_a_missing_file_or_job_is_refused(
    workspace: Workspace, job_id: str, tmp_path: Path
) -> None:
    with pytest.raises(DesignImportError):
        designs.import_design(workspace, job_id, tmp_path / "없는 파일.stl")
    with pytest.raises(NotFoundError):
        designs.import_design(
            workspace, "no-such-job", write_box_stl(tmp_path / "box.stl", (1, 1, 1))
        )
    assert _stored_files(workspace) == []


# --- file names and failures --------------------------------------------------------------

CP949_NAME = b"\xb1\xe2\xbe\xee.stl"  # "기어.stl" as an old Korean Windows zip stores it


@pytest.mark.skipif(os.name == "nt", reason="Windows names are Unicode: no undecodable bytes")
@pytest.mark.parametrize(
    ("raw", "name"),
    [(CP949_NAME, "기어.stl"), (b"\xff\xfe\xfd.stl", "\ufffd\ufffd\ufffd.stl")],
)
def test_a_file_name_in_cp949_bytes_is_imported_with_a_readable_name(
    workspace: Workspace, job_id: str, tmp_path: Path, raw: bytes, name: str
) -> None:
    source = write_box_stl(tmp_path / os.fsdecode(raw), (20, 10, 5))
    assert os.fsencode(source.name) == raw  # not valid UTF-8: surrogate escapes in Python

    result = designs.import_design(workspace, job_id, source)

    rev = designs.get_revision(workspace, result.value)
    assert (rev.original_name, rev.design_name) == (name, name.removesuffix(".stl"))
    assert designs.readable_name("케이스.stl") == "케이스.stl"
    assert check_workspace(workspace).ok


def test_a_failed_record_takes_its_file_out_of_the_store(
    workspace: Workspace, job_id: str, tmp_path: Path
) -> None:
    """Prepared (stored), then the job is gone before it is recorded: no orphan stays."""
    source = write_box_stl(tmp_path / "케이스.stl", (20, 10, 5))
    other = jobs.create_job(workspace, "다른 일").value
    prepared = designs.prepare_import(workspace, source)
    assert len(_stored_files(workspace)) == 1
    jobs.delete_job(workspace, job_id)
    with pytest.raises(NotFoundError):
        designs.record_import(workspace, job_id, prepared)
    assert _stored_files(workspace) == []

    # A file that a revision names stays, whatever fails later.
    kept = designs.import_design(workspace, other, source).value
    prepared = designs.prepare_import(workspace, source)
    with pytest.raises(NotFoundError):
        designs.record_import(workspace, job_id, prepared)
    assert _stored_files(workspace) == [workspace.files.path_for(prepared.file_hash)]
    assert designs.get_revision(workspace, kept).file_hash == prepared.file_hash


def test_a_cancelled_import_can_discard_what_it_stored(
    workspace: Workspace, job_id: str, tmp_path: Path
) -> None:
    prepared = designs.prepare_import(workspace, write_box_stl(tmp_path / "a.stl", (5, 5, 5)))
    designs.discard_prepared(workspace, prepared)
    assert _stored_files(workspace) == []
    with pytest.raises(DesignImportError):  # recorded after all: the file must be there
        designs.record_import(workspace, job_id, prepared)
    assert designs.list_designs(workspace, job_id) == []
