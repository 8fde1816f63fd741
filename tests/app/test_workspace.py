"""app/workspace.py: opening, creating, migrating, refusing and checking workspaces."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
from contextlib import closing
from datetime import date
from pathlib import Path
from urllib.parse import quote

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine

from app.backup import list_backups
from app.catalogue import customer_names, get_profile
from app.errors import NotAWorkspaceError, SchemaTooNewError, WorkspaceNotFoundError
from app.jobs import jobs
from app.models import Base, Design, DesignRevision
from app.money import Totals
from app.quotes import quotes
from app.workspace import (
    DB_NAME,
    Workspace,
    alembic_config,
    check_workspace,
    head_revision,
    open_workspace,
    probe_revision,
    workspace_counts,
)

OLD_MTIME_NS = 1_000_000_000 * 1_000_000_000  # 2001-09-09: any write would move it to "now"


def _sql(db: Path, query: str) -> list[tuple[object, ...]]:
    with closing(sqlite3.connect(f"file:{quote(str(db))}?mode=ro", uri=True)) as conn:
        return conn.execute(query).fetchall()


def _snapshot(root: Path) -> dict[str, tuple[bytes, int]]:
    """Every file under root with its bytes and mtime."""
    return {
        str(p.relative_to(root)): (p.read_bytes(), p.stat().st_mtime_ns)
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


def _age_files(root: Path) -> None:
    for p in root.rglob("*"):
        if p.is_file():
            os.utime(p, ns=(OLD_MTIME_NS, OLD_MTIME_NS))


# --- a new workspace ---------------------------------------------------------------------


def test_a_new_workspace_is_created_at_head_in_wal_mode(tmp_path: Path) -> None:
    root = tmp_path / "nested" / "ws"
    ws = open_workspace(root)
    try:
        assert ws.created and ws.migrated_from is None
        assert ws.db_path == root / DB_NAME and ws.db_path.is_file()
        assert (root / "files").is_dir()
        assert ws.journal_mode == "WAL"
        with ws.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == (
                head_revision()
            )
    finally:
        ws.close()


def test_reopening_keeps_data_and_neither_migrates_nor_reseeds(tmp_path: Path) -> None:
    ws = open_workspace(tmp_path / "ws")
    job_id = jobs.create_job(ws, "주물 반지 시제품", customer="종로 귀금속").value
    counts = workspace_counts(ws)
    machines = _sql(ws.db_path, "SELECT count(*) FROM machine")
    ws.close()

    again = open_workspace(tmp_path / "ws")
    try:
        assert not again.created and again.migrated_from is None
        assert jobs.get_job(again, job_id).title == "주물 반지 시제품"
        assert (
            workspace_counts(again)
            == counts
            == {
                "jobs": 1,
                "customers": 1,
                "designs": 0,
                "design_revisions": 0,
                "quotes": 0,
            }
        )
        assert _sql(again.db_path, "SELECT count(*) FROM machine") == machines
        assert list_backups(again.backup_dir) == []  # nothing to migrate, nothing backed up
    finally:
        again.close()


@pytest.mark.parametrize("folder", ["주문 #12", "what?", "50%DC 할인", "x%41y"])
def test_a_folder_name_with_uri_characters_works(tmp_path: Path, folder: str) -> None:
    """SQLite URIs and SQLAlchemy URLs give "#", "?" and "%" a meaning; a folder name must not."""
    root = tmp_path / "parent" / folder
    ws = open_workspace(root)
    job_id = jobs.create_job(ws, "폴더 이름").value
    ws.close()
    (tmp_path / "parent" / "newer").mkdir()

    again = open_workspace(root)
    try:
        assert not again.created
        assert jobs.get_job(again, job_id).title == "폴더 이름"
        backup = again.backup_now()
        assert _sql(backup, "SELECT title FROM job") == [("폴더 이름",)]
    finally:
        again.close()
    # Nothing was created beside the workspace (such as a stray database named "주문 ").
    assert sorted(p.name for p in (tmp_path / "parent").iterdir()) == sorted([folder, "newer"])

    _workspace_with_revision(tmp_path / "parent" / "newer" / folder, "9999")
    with pytest.raises(SchemaTooNewError):
        open_workspace(tmp_path / "parent" / "newer" / folder)


def test_a_missing_workspace_is_not_created_when_create_is_false(tmp_path: Path) -> None:
    with pytest.raises(WorkspaceNotFoundError) as info:
        open_workspace(tmp_path / "nowhere", create=False)
    assert info.value.code == "workspace_not_found"
    assert not (tmp_path / "nowhere").exists()


def test_on_a_network_share_the_rollback_journal_is_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("app.workspace.on_network_share", lambda _path: True)
    ws = open_workspace(tmp_path / "ws")
    try:
        assert ws.journal_mode == "DELETE"
        jobs.create_job(ws, "on a share")
        with ws.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "delete"
        assert not (ws.root / (DB_NAME + "-wal")).exists()
    finally:
        ws.close()


def test_the_models_match_the_migrations_at_head(workspace: Workspace) -> None:
    """A model change without a migration would break every existing workspace."""
    with workspace.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == []


# --- migrating an older workspace --------------------------------------------------------

CUSTOMER, JOB, QUOTE, REV = "c-0001", "j-0001", "q-0001", "r-0001"
SYNC = "NULL, 0, 0, '2025-11-02 09:00:00.000000', '2025-11-02 09:00:00.000000'"


def _make_revision_0001_workspace(root: Path) -> None:
    """A workspace as the first release left it: schema 0001, a customer, a job, a sent quote."""
    root.mkdir(parents=True)
    engine = create_engine(f"sqlite:///{root / DB_NAME}")
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001")
    statements = [
        f"INSERT INTO customer VALUES ('을지로 금속', '박 과장', '02-2265-0000', 'park@example.kr',"
        f" '서울 중구 을지로 157', '', '단골', '{CUSTOMER}', {SYNC})",
        f"INSERT INTO profile VALUES ('메이커 공방', '김 대표', '116-82-00276', '서울 종로구',"
        f" '제조', '3D 프린팅', '02-000-0000', 'kim@example.kr', 'printing', NULL, 'p-1', {SYNC})",
        f"INSERT INTO job VALUES ('J-2025-0007', '황동 손잡이 20개', '{CUSTOMER}', 'quoted', 2,"
        f" '2025-12-24', '김', '도금 없음', '{JOB}', {SYNC})",
        f"INSERT INTO job_status_change VALUES ('{JOB}', NULL, 'inquiry',"
        f" '2025-11-02 09:00:00.000000', '김', '', 'h-1', {SYNC})",
        f"INSERT INTO job_status_change VALUES ('{JOB}', 'inquiry', 'quoting',"
        f" '2025-11-02 10:00:00.000000', '김', '', 'h-2', {SYNC})",
        f"INSERT INTO job_status_change VALUES ('{JOB}', 'quoting', 'quoted',"
        f" '2025-11-03 10:00:00.000000', '김', '', 'h-3', {SYNC})",
        f"INSERT INTO quote VALUES ('{JOB}', 'Q-2025-0003', '{QUOTE}', {SYNC})",
        f"INSERT INTO quote_revision VALUES ('{QUOTE}', 1, 'sent', 0, 'floor:1', '2025-11-03',"
        f" '2025-12-03', '부가세 별도', '2025-11-03 10:00:00.000000', 37035, 3703, 40738,"
        f" '{REV}', {SYNC})",
        f"INSERT INTO quote_line VALUES ('{REV}', 1, '황동 손잡이', 'Ø12×80', 2, 15000, '',"
        f" NULL, NULL, NULL, 'l-1', {SYNC})",
        f"INSERT INTO quote_line VALUES ('{REV}', 2, '샌딩', '', 1, 7035, '수작업',"
        f" NULL, NULL, NULL, 'l-2', {SYNC})",
    ]
    with engine.begin() as conn:
        for statement in statements:
            conn.exec_driver_sql(statement)
    engine.dispose()


def test_migrating_from_the_first_revision_keeps_the_data_and_backs_up_first(
    tmp_path: Path,
) -> None:
    root = tmp_path / "ws"
    _make_revision_0001_workspace(root)
    assert probe_revision(root / DB_NAME) == "0001"

    ws = open_workspace(root, create=False)
    try:
        assert ws.migrated_from == "0001" and not ws.created
        assert _sql(ws.db_path, "SELECT version_num FROM alembic_version") == [(head_revision(),)]
        assert _sql(ws.db_path, "PRAGMA integrity_check") == [("ok",)]
        assert _sql(ws.db_path, "PRAGMA foreign_key_check") == []

        row = jobs.get_job(ws, JOB)
        assert (row.number, row.title, row.customer, row.status, row.priority, row.due_date) == (
            "J-2025-0007",
            "황동 손잡이 20개",
            "을지로 금속",
            "quoted",
            2,
            date(2025, 12, 24),
        )
        detail = jobs.job_detail(ws, JOB)
        assert [h.to_status for h in detail.history] == ["inquiry", "quoting", "quoted"]
        assert detail.notes == "도금 없음"
        assert customer_names(ws) == ["을지로 금속"]
        assert get_profile(ws).business_name == "메이커 공방"

        assert quotes.find_revision(ws, "Q-2025-0003") == REV
        rev = quotes.get_revision(ws, REV)
        assert rev.frozen and rev.notes == "부가세 별도"
        assert [(ln.item, ln.spec, ln.quantity, ln.unit_price) for ln in rev.lines] == [
            ("황동 손잡이", "Ø12×80", 2, 15000),
            ("샌딩", "", 1, 7035),
        ]
        assert rev.totals == Totals(37035, 3703, 40738)

        # The migrated workspace takes writes like a new one.
        jobs.set_status(ws, JOB, "accepted")
        assert jobs.get_job(ws, JOB).status == "accepted"

        saved = list_backups(ws.backup_dir)
        assert [b.reason for b in saved] == ["pre-migration-0001"]
        backup_db = saved[0].path
        assert backup_db.parent == root / "backups"
        assert _sql(backup_db, "PRAGMA integrity_check") == [("ok",)]
        assert _sql(backup_db, "SELECT version_num FROM alembic_version") == [("0001",)]
        assert _sql(backup_db, "SELECT title, status FROM job") == [("황동 손잡이 20개", "quoted")]
        tables = {r[0] for r in _sql(backup_db, "SELECT name FROM sqlite_master")}
        assert "comment" not in tables  # the copy is the old schema, not the migrated one
    finally:
        ws.close()

    again = open_workspace(root)
    try:
        assert again.migrated_from is None
        assert len(list_backups(again.backup_dir)) == 1
    finally:
        again.close()


# --- refusing what is not ours -----------------------------------------------------------


def _workspace_with_revision(root: Path, revision: str) -> None:
    ws = open_workspace(root)
    jobs.create_job(ws, "made by a newer Maker Square")
    ws.close()
    with closing(sqlite3.connect(root / DB_NAME)) as conn:
        conn.execute("UPDATE alembic_version SET version_num = ?", (revision,))
        conn.commit()
    assert sorted(p.name for p in root.iterdir()) == ["files", "workspace.lock", DB_NAME]


@pytest.mark.parametrize("create", [True, False])
def test_a_newer_workspace_is_refused_and_left_untouched(tmp_path: Path, create: bool) -> None:
    root = tmp_path / "ws"
    _workspace_with_revision(root, "9999")
    _age_files(root)
    before = _snapshot(root)
    listing = sorted(p.name for p in root.iterdir())

    with pytest.raises(SchemaTooNewError) as info:
        open_workspace(root, create=create)

    assert info.value.code == "schema_too_new"
    assert info.value.params["revision"] == "9999"
    assert _snapshot(root) == before  # same bytes, same mtimes
    assert sorted(p.name for p in root.iterdir()) == listing  # no -wal, -shm, -journal, backups/


def test_a_newer_revision_still_in_the_wal_is_refused(tmp_path: Path) -> None:
    """A newer Maker Square wrote its schema revision and was killed before a checkpoint.

    The revision lives only in the -wal file; the main file still says an old revision. The
    probe must see the WAL, or this version would open (and write to) a newer schema.
    """
    root = tmp_path / "ws"
    ws = open_workspace(root)
    ws.close()
    crashed = tmp_path / "crashed"
    crashed.mkdir()
    with closing(sqlite3.connect(root / DB_NAME)) as conn:
        conn.execute("PRAGMA wal_autocheckpoint=0")
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
        conn.commit()
        # What a SIGKILL leaves on disk: the main file and the un-checkpointed WAL.
        for name in (DB_NAME, DB_NAME + "-wal"):
            shutil.copy2(root / name, crashed / name)
    db_bytes = (crashed / DB_NAME).read_bytes()
    wal_bytes = (crashed / (DB_NAME + "-wal")).read_bytes()

    with pytest.raises(SchemaTooNewError):
        open_workspace(crashed)

    assert (crashed / DB_NAME).read_bytes() == db_bytes
    assert (crashed / (DB_NAME + "-wal")).read_bytes() == wal_bytes
    assert not (crashed / "backups").exists()


def test_a_file_that_is_not_sqlite_is_refused_untouched(tmp_path: Path) -> None:
    root = tmp_path / "ws"
    root.mkdir()
    (root / DB_NAME).write_bytes(b"Maker Square? no, a shopping list.\n" * 200)
    _age_files(root)
    before = _snapshot(root)

    for create in (True, False):
        with pytest.raises(NotAWorkspaceError) as info:
            open_workspace(root, create=create)
        assert info.value.code == "not_a_workspace"

    assert _snapshot(root) == before
    assert [p.name for p in root.iterdir()] == [DB_NAME]


def test_a_sqlite_database_of_another_program_is_refused_untouched(tmp_path: Path) -> None:
    root = tmp_path / "ws"
    root.mkdir()
    with closing(sqlite3.connect(root / DB_NAME)) as conn:
        conn.execute("CREATE TABLE recipes (name TEXT)")
        conn.execute("INSERT INTO recipes VALUES ('김치찌개')")
        conn.commit()
    _age_files(root)
    before = _snapshot(root)

    with pytest.raises(NotAWorkspaceError):
        open_workspace(root)

    assert _snapshot(root) == before
    assert [p.name for p in root.iterdir()] == [DB_NAME]


# --- checking a workspace ----------------------------------------------------------------


def _add_revision(ws: Workspace, job_id: str, name: str, content: bytes) -> str:
    source = ws.root.parent / name
    source.write_bytes(content)
    file_hash = ws.files.put(source)
    with ws.session() as s:
        design = Design(job_id=job_id, name=name)
        s.add(design)
        s.flush()
        s.add(
            DesignRevision(
                design_id=design.id,
                number=1,
                file_hash=file_hash,
                original_name=name,
                format="stl",
                size_bytes=len(content),
            )
        )
    return file_hash


def test_check_workspace_finds_missing_and_damaged_design_files(workspace: Workspace) -> None:
    job_id = jobs.create_job(workspace, "검사").value
    kept = _add_revision(workspace, job_id, "kept.stl", b"solid kept\nendsolid kept\n")
    lost = _add_revision(workspace, job_id, "lost.stl", b"solid lost\nendsolid lost\n")
    hurt = _add_revision(workspace, job_id, "hurt.stl", b"solid hurt\nendsolid hurt\n")
    assert kept == hashlib.sha256(b"solid kept\nendsolid kept\n").hexdigest()
    assert workspace.files.path_for(kept) == workspace.root / "files" / kept[:2] / kept

    healthy = check_workspace(workspace)
    assert healthy.ok and healthy.integrity == "ok" and healthy.foreign_key_problems == 0

    workspace.files.path_for(lost).unlink()
    workspace.files.path_for(hurt).write_bytes(b"solid hurt\nendsolid hurt\n\0")

    report = check_workspace(workspace)
    assert not report.ok
    assert report.integrity == "ok"
    assert report.missing_files == (lost,)
    assert report.damaged_files == (hurt,)
    # Without hashing, only the missing file is found.
    quick = check_workspace(workspace, verify_hashes=False)
    assert quick.missing_files == (lost,) and quick.damaged_files == ()


def test_quote_lines_waiting_alone_in_the_outbox_go_as_their_revision_after_upgrade(
    tmp_path: Path,
) -> None:
    """Protocol 1 pushed lines on their own; a workspace upgraded with such entries waiting
    pushes their revision's whole unit instead, and loses none of them."""
    root = tmp_path / "ws"
    _make_revision_0001_workspace(root)
    engine = create_engine(f"sqlite:///{root / DB_NAME}")
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0004")
        conn.exec_driver_sql("UPDATE quote_revision SET status = 'draft', dirty = 0")
        conn.exec_driver_sql("UPDATE quote_line SET dirty = 0")
        conn.exec_driver_sql(
            "INSERT INTO sync_outbox (change_id, kind, record_id, job_id, op, base_version,"
            " base_json, data_json, created_at, attempts)"
            f" VALUES ('c-1', 'quote_line', 'l-2', '{JOB}', 'upsert', 3, NULL,"
            f' \'{{"revision_id": "{REV}", "item": "샌딩"}}\', \'2025-11-03 10:00:00\', 1)'
        )
    engine.dispose()

    ws = open_workspace(root, create=False)
    try:
        from app.replica import state as sync_state

        sync_state.collect_outbox(ws)
        (change,) = sync_state.pending_changes(ws)  # the unit, and nothing else
        assert (change["kind"], change["id"]) == ("quote_revision", REV)
        assert [ln["data"]["item"] for ln in change["lines"]] == ["황동 손잡이", "샌딩"]
    finally:
        ws.close()
