"""app/designs/part_templates.py: a part made from a template becomes a design revision of a job;
and migration 0003, which adds the columns it needs, upgrades an existing workspace."""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import create_engine

from app.designs import designs
from app.designs.part_templates import make_part, part_source
from app.errors import NotFoundError, PartBuildError
from app.jobs import jobs
from app.workspace import DB_NAME, Workspace, alembic_config, head_revision, open_workspace
from cad.parametric import TEMPLATES
from tests.stl_files import write_box_stl

RING = TEMPLATES["ring"].defaults()  # 13호, 4 mm wide, 1.8 mm thick, comfort fit


@pytest.fixture
def job_id(workspace: Workspace) -> str:
    return jobs.create_job(workspace, "커플링 13호").value


def test_a_ring_becomes_a_step_revision_with_metrics_its_stl_and_its_parameters(
    workspace: Workspace, job_id: str
) -> None:
    steps: list[tuple[int, str]] = []

    result = make_part(
        workspace, job_id, "ring", RING, author="김", progress=lambda p, s: steps.append((p, s))
    )

    rev = designs.get_revision(workspace, result.value)
    assert (rev.design_name, rev.original_name, rev.number) == ("ring_13호", "ring_13호.step", 1)
    assert (rev.format, rev.units) == ("step", "mm")
    assert result.changes.designs == frozenset({rev.design_id})
    assert workspace.files.path_for(rev.file_hash).read_bytes()[:13] == b"ISO-10303-21;"
    assert rev.metrics is not None and rev.metrics.watertight and rev.metrics.bodies == 1
    assert rev.metrics.bbox_mm == pytest.approx((20.6, 20.6, 4.0), abs=0.01)
    assert rev.metrics.volume_mm3 > 300

    source = part_source(workspace, result.value)
    assert source is not None
    assert (source.template, source.params) == ("ring", RING)
    assert source.mesh_hash is not None and workspace.files.has(source.mesh_hash)
    stl = workspace.files.path_for(source.mesh_hash).read_bytes()
    triangles = int.from_bytes(stl[80:84], "little")
    assert len(stl) == 84 + 50 * triangles == 84 + 50 * rev.metrics.triangles
    assert [s for _, s in steps] == ["building", "analysing", "done"]


def test_making_the_same_part_again_is_the_same_revision_and_a_new_size_a_new_design(
    workspace: Workspace, job_id: str
) -> None:
    first = make_part(workspace, job_id, "ring", RING).value

    again = make_part(workspace, job_id, "ring", RING)
    other = make_part(workspace, job_id, "ring", {**RING, "size": 15}).value

    assert again.value == first and again.changes.empty
    names = sorted(r.design_name for r in designs.list_designs(workspace, job_id))
    assert names == ["ring_13호", "ring_15호"]
    assert designs.get_revision(workspace, other).design_name == "ring_15호"


def test_an_imported_file_has_no_template(
    workspace: Workspace, job_id: str, tmp_path: Path
) -> None:
    stl = write_box_stl(tmp_path / "a.stl", (20, 10, 5))

    rev_id = designs.import_design(workspace, job_id, stl).value

    assert part_source(workspace, rev_id) is None


def test_bad_parameters_are_refused_before_anything_is_stored(
    workspace: Workspace, job_id: str
) -> None:
    with pytest.raises(PartBuildError) as info:
        make_part(workspace, job_id, "ring", {**RING, "size": 31})

    assert info.value.params["cad_code"] == "invalid_parameter"
    assert (info.value.params["template"], info.value.params["parameter"]) == ("ring", "size")
    assert designs.list_designs(workspace, job_id) == []
    assert not any(p.is_file() for p in (workspace.root / "files").rglob("*"))


def test_a_shape_the_kernel_cannot_make_is_a_part_build_error(
    workspace: Workspace, job_id: str
) -> None:
    bracket = {**TEMPLATES["l_bracket"].defaults(), "inner_fillet": 30.0}

    with pytest.raises(PartBuildError) as info:
        make_part(workspace, job_id, "l_bracket", bracket)

    assert info.value.params["cad_code"] == "geometry_failed"


def test_a_missing_job_is_not_found(workspace: Workspace) -> None:
    with pytest.raises(NotFoundError):
        make_part(workspace, "no-such-job", "ring", RING)


# --- migration 0003 ------------------------------------------------------------------

SYNC = "NULL, 0, 0, '2026-11-02 09:00:00.000000', '2026-11-02 09:00:00.000000'"
SYNC_COLUMNS = "id, server_version, dirty, deleted, created_at, updated_at"


def _make_revision_0002_workspace(root: Path) -> None:
    """A workspace at schema 0002 with one job, one design and one imported revision."""
    root.mkdir(parents=True)
    engine = create_engine(f"sqlite:///{root / DB_NAME}")
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0002")
        conn.exec_driver_sql(
            f"INSERT INTO job (number, title, status, priority, assignee, notes, {SYNC_COLUMNS})"
            f" VALUES ('J-2026-0001', '브래킷', 'inquiry', 1, '', '', 'j-1', {SYNC})"
        )
        conn.exec_driver_sql(
            f"INSERT INTO design (job_id, name, {SYNC_COLUMNS})"
            f" VALUES ('j-1', '브래킷', 'd-1', {SYNC})"
        )
        conn.exec_driver_sql(
            "INSERT INTO design_revision (design_id, number, file_hash, original_name, format,"
            f" units, size_bytes, metrics_json, author, note, {SYNC_COLUMNS}) VALUES ('d-1', 1,"
            f" '{'ab' * 32}', '브래킷.stl', 'stl', 'mm', 684, '{{}}', '김', '', 'r-1', {SYNC})"
        )
    engine.dispose()


def _columns(db: Path) -> dict[str, tuple[str, bool]]:
    with closing(sqlite3.connect(db)) as conn:
        rows = conn.execute("PRAGMA table_info(design_revision)").fetchall()
    return {name: (kind, not notnull) for _, name, kind, notnull, _, _ in rows}


def test_migration_0003_adds_nullable_template_columns_to_an_existing_workspace(
    tmp_path: Path,
) -> None:
    root = tmp_path / "ws"
    _make_revision_0002_workspace(root)
    assert "params_json" not in _columns(root / DB_NAME)

    ws = open_workspace(root, create=False)
    try:
        assert ws.migrated_from == "0002" and ws.schema_revision() == head_revision()
        columns = _columns(ws.db_path)
        assert columns["params_json"] == ("TEXT", True)
        assert columns["mesh_hash"] == ("VARCHAR(64)", True)
        assert part_source(ws, "r-1") is None  # the old revision is untouched
        assert designs.get_revision(ws, "r-1").original_name == "브래킷.stl"

        rev_id = make_part(ws, "j-1", "ring", RING).value  # and the new columns take writes
        source = part_source(ws, rev_id)
        assert source is not None and source.params == RING
        with closing(sqlite3.connect(ws.db_path)) as conn:
            (stored,) = conn.execute(
                "SELECT params_json FROM design_revision WHERE id = ?", (rev_id,)
            ).fetchone()
        assert json.loads(stored) == {"template": "ring", "params": RING}
        assert "13" in stored and "호" not in stored  # the size is stored as a number
    finally:
        ws.close()
