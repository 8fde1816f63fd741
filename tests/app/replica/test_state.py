"""app/replica/state.py: the outbox's life, merges of pulls, atomic pages, lost jobs, status."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from sqlalchemy import create_engine, func, select

from app.jobs import jobs
from app.jobs.comments import add_comment, list_comments
from app.jobs.members import list_members, share_job, unshare_job
from app.models import Comment, Job, JobStatusChange, SyncBase, SyncOutbox
from app.quotes import quotes
from app.replica import apply as sync_apply
from app.replica import conflicts
from app.replica import state as sync_state
from app.workspace import (
    DB_NAME,
    Workspace,
    alembic_config,
    check_workspace,
    head_revision,
    open_workspace,
)
from tests.app.sync_helpers import FakeSquare, populate, records_of, sync_once

APPLIER = Path(__file__).parents[1] / "_apply_page.py"
REPO = Path(__file__).resolve().parents[3]


@pytest.fixture
def other(tmp_path: Path) -> Iterator[Workspace]:
    ws = open_workspace(tmp_path / "other")
    yield ws
    ws.close()


def _outbox(ws: Workspace) -> list[SyncOutbox]:
    with ws.read_session() as s:
        return list(s.scalars(select(SyncOutbox).order_by(SyncOutbox.seq)))


def _job(ws: Workspace, job_id: str) -> Job:
    with ws.read_session() as s:
        job = s.get(Job, job_id)
        assert job is not None
        return job


# --- the outbox ----------------------------------------------------------------------


def test_collect_pending_and_results_lifecycle(workspace: Workspace, tmp_path: Path) -> None:
    ids = populate(workspace, tmp_path)
    records = records_of(workspace)
    rows = len([r for r in records if r["kind"] != "quote_line"])  # lines ride in revisions

    assert sync_state.collect_outbox(workspace) == rows
    assert sync_state.collect_outbox(workspace) == 0  # nothing dirty any more
    assert sync_state.sync_status(workspace).pending == rows
    changes = sync_state.pending_changes(workspace)
    kinds = [c["kind"] for c in changes]
    assert kinds[0] == "job" and kinds.index("design") < kinds.index("design_revision")
    statuses = [c["data"]["to_status"] for c in changes if c["kind"] == "job_status_change"]
    assert statuses == ["inquiry", "quoting"]
    job_change = changes[0]
    assert "status" not in job_change["data"] and job_change["base"] is None
    assert job_change["op"] == "upsert" and job_change["base_version"] is None

    square = FakeSquare()
    result = sync_state.record_push_results(workspace, square.push(changes))

    assert ids["job"] in result.jobs
    assert _outbox(workspace) == []
    assert sync_state.sync_status(workspace).pending == 0
    with workspace.read_session() as s:
        base = s.get(SyncBase, ("job", ids["job"]))
        assert base is not None and json.loads(base.data_json)["title"] == "커플링 제작"
    assert _job(workspace, ids["job"]).server_version is not None


def test_a_retried_push_result_is_harmless(workspace: Workspace, tmp_path: Path) -> None:
    populate(workspace, tmp_path)
    sync_state.collect_outbox(workspace)
    changes = sync_state.pending_changes(workspace)
    square = FakeSquare()
    results = square.push(changes)
    sync_state.record_push_results(workspace, results)
    before, version = records_of(workspace), square.version

    again = sync_state.record_push_results(workspace, square.push(changes))

    assert again.empty
    assert records_of(workspace) == before
    assert square.version == version  # answered from memory, not applied again


def test_an_edit_while_its_entry_is_out_gets_a_second_entry_rebased_later(
    workspace: Workspace,
) -> None:
    job = jobs.create_job(workspace, "브래킷").value
    sync_state.collect_outbox(workspace)
    first = sync_state.pending_changes(workspace)  # handed out: may be on the wire
    jobs.update_job(workspace, job, title="브래킷 v2")
    assert sync_state.collect_outbox(workspace) == 1
    resent = sync_state.pending_changes(workspace)  # the answer was lost: the same ids again
    assert [c["change_id"] for c in resent] == [c["change_id"] for c in first]

    square = FakeSquare()
    sync_state.record_push_results(workspace, square.push(first))

    (second,) = sync_state.pending_changes(workspace)
    assert second["data"]["title"] == "브래킷 v2"
    assert second["base_version"] == 1 and second["base"]["title"] == "브래킷"


def test_an_edit_before_its_entry_went_out_updates_that_entry(workspace: Workspace) -> None:
    job = jobs.create_job(workspace, "브래킷").value
    sync_state.collect_outbox(workspace)
    jobs.update_job(workspace, job, notes="급함")

    assert sync_state.collect_outbox(workspace) == 0
    entries = [e for e in _outbox(workspace) if e.kind == "job"]
    assert len(entries) == 1 and json.loads(entries[0].data_json)["notes"] == "급함"


def test_a_removed_quote_line_travels_as_its_revision_without_it(
    workspace: Workspace, tmp_path: Path
) -> None:
    ids = populate(workspace, tmp_path)
    quotes.add_line(workspace, ids["quote_revision"], "체인", unit_price=30_000)
    square = FakeSquare()
    sync_once(workspace, square)

    quotes.remove_line(workspace, ids["quote_line"])
    sync_state.collect_outbox(workspace)

    (entry,) = _outbox(workspace)  # no quote_line entry of its own: the unit goes
    assert (entry.kind, entry.record_id) == ("quote_revision", ids["quote_revision"])
    assert entry.base_version is not None
    lines = json.loads(entry.lines_json or "[]")
    assert [(ln["data"]["item"], ln["data"]["position"]) for ln in lines] == [("체인", 1)]
    sync_once(workspace, square)
    line = square.records[("quote_line", ids["quote_line"])]
    assert line["deleted"]
    live = [r for r in square.records.values() if r["kind"] == "quote_line" and not r["deleted"]]
    assert [r["data"]["position"] for r in live] == [1]  # renumbered on the square too


def test_rows_changed_without_the_dirty_mark_still_sync(workspace: Workspace) -> None:
    job = jobs.create_job(workspace, "브래킷").value
    sync_once(workspace, FakeSquare())
    with workspace.session() as s:
        row = s.get(Job, job)
        assert row is not None
        row.assignee = "박"  # a service that forgot row.dirty = True

    assert _job(workspace, job).dirty


# --- answers -------------------------------------------------------------------------


def test_a_refused_status_move_gives_back_the_squares_status(
    workspace: Workspace, other: Workspace
) -> None:
    square = FakeSquare()
    job = jobs.create_job(workspace, "브래킷").value
    sync_once(workspace, square)
    sync_once(other, square)
    jobs.set_status(other, job, "quoting")
    sync_once(other, square)  # the other side's move wins
    jobs.set_status(workspace, job, "cancelled")

    sync_once(workspace, square)

    assert _job(workspace, job).status == "quoting"
    history = [h.to_status for h in jobs.job_detail(workspace, job).history]
    assert history == ["inquiry", "quoting"]
    status = sync_state.sync_status(workspace)
    assert status.last_rejected is not None and status.last_rejected.code == "invalid"
    assert status.pending == 0


def test_a_forbidden_new_row_is_dropped(workspace: Workspace) -> None:
    square = FakeSquare()
    job = jobs.create_job(workspace, "브래킷").value
    sync_once(workspace, square)
    square.refuse.add("comment")
    add_comment(workspace, job, "안녕하세요", "이")

    sync_once(workspace, square)

    assert list_comments(workspace, job) == []
    assert sync_state.sync_status(workspace).last_rejected is not None


def test_a_conflict_records_the_sibling_for_a_person(workspace: Workspace) -> None:
    job = jobs.create_job(workspace, "브래킷").value
    rev = quotes.create_quote(workspace, job).value
    sync_state.collect_outbox(workspace)
    changes = sync_state.pending_changes(workspace)
    rev_change = next(c for c in changes if c["kind"] == "quote_revision")
    sibling = {
        "kind": "quote_revision",
        "id": "sibling-1",
        "job_id": job,
        "version": 9,
        "deleted": False,
        "data": {**rev_change["data"], "branch_of": rev, "notes": "내 수정"},
    }
    results = FakeSquare().push([c for c in changes if c is not rev_change])
    results.append(
        {
            "change_id": rev_change["change_id"],
            "status": "conflict",
            "version": 9,
            "record": sibling,
            "code": None,
        }
    )

    sync_state.record_push_results(workspace, results)

    (conflict,) = conflicts.list_entries(workspace)
    assert (conflict.record_id, conflict.sibling_id, conflict.job_id) == (rev, "sibling-1", job)
    assert sync_state.sync_status(workspace).conflicts == 1
    assert quotes.get_revision(workspace, "sibling-1").notes == "내 수정"
    assert not conflicts.discard(workspace, conflict.id).changes.empty
    assert conflicts.list_entries(workspace) == []


# --- pulls ---------------------------------------------------------------------------


def test_a_pull_into_a_locally_edited_job_keeps_the_local_field(
    workspace: Workspace, other: Workspace
) -> None:
    square = FakeSquare()
    job = jobs.create_job(workspace, "브래킷", notes="처음").value
    sync_once(workspace, square)
    jobs.update_job(workspace, job, title="브래킷 (알루미늄)")  # not pushed yet
    square.edit("job", job, notes="두께 3 mm", title="남의 제목", priority=3)

    records, cursor = square.pull(sync_state.cursor(workspace))
    sync_state.apply_pull_page(workspace, records, cursor)

    row = _job(workspace, job)
    assert (row.title, row.notes, row.priority) == ("브래킷 (알루미늄)", "두께 3 mm", 3)
    assert row.dirty

    sync_once(workspace, square)
    assert square.records[("job", job)]["data"]["title"] == "브래킷 (알루미늄)"
    assert square.records[("job", job)]["data"]["notes"] == "두께 3 mm"


def test_two_workspaces_converge(workspace: Workspace, other: Workspace, tmp_path: Path) -> None:
    square = FakeSquare()
    ids = populate(workspace, tmp_path)
    sync_once(workspace, square)
    sync_once(other, square)
    add_comment(other, ids["job"], "좋습니다", "이")
    jobs.update_job(workspace, ids["job"], assignee="박")

    for ws in (other, workspace, other):
        sync_once(ws, square)

    assert records_of(workspace) == records_of(other)
    assert [c.body for c in list_comments(workspace, ids["job"])][-1] == "좋습니다"


class Boom(Exception):
    pass


def test_a_page_is_applied_whole_or_not_at_all(
    workspace: Workspace, other: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    populate(workspace, tmp_path)
    records = [{**r, "version": i} for i, r in enumerate(records_of(workspace), start=1)]
    sync_state.set_sync_setting(other, "cursor", 0)
    real = sync_apply.apply_record
    calls = []

    def failing(session: Any, record: dict[str, Any], **kw: Any) -> Any:
        calls.append(record["id"])
        if len(calls) == 3:
            raise Boom
        return real(session, record, **kw)

    monkeypatch.setattr(sync_apply, "apply_record", failing)
    with pytest.raises(Boom):
        sync_state.apply_pull_page(other, records, cursor=len(records))

    assert sync_state.cursor(other) == 0
    assert records_of(other) == []
    with other.read_session() as s:
        assert s.scalar(select(func.count()).select_from(SyncBase)) == 0


def test_snapshot_removes_what_the_square_no_longer_has(
    workspace: Workspace, tmp_path: Path
) -> None:
    ids = populate(workspace, tmp_path)
    square = FakeSquare()
    sync_once(workspace, square)
    snapshot = [r for r in square.records.values() if r["kind"] != "comment"]

    changes = sync_state.apply_snapshot(workspace, ids["job"], snapshot, square.version)

    assert ids["job"] in changes.jobs
    assert list_comments(workspace, ids["job"]) == []
    assert len(records_of(workspace)) == len(snapshot)


def test_reset_for_resync_keeps_bases_and_outbox(workspace: Workspace) -> None:
    square = FakeSquare()
    job = jobs.create_job(workspace, "브래킷").value
    sync_once(workspace, square)
    jobs.update_job(workspace, job, notes="x")
    sync_state.collect_outbox(workspace)

    sync_state.reset_for_resync(workspace)

    assert sync_state.cursor(workspace) == 0
    assert len(_outbox(workspace)) == 1
    with workspace.read_session() as s:
        assert s.get(SyncBase, ("job", job)) is not None


# --- lost jobs -----------------------------------------------------------------------


def test_remove_jobs_keeps_unpushed_rows_and_drops_the_rest(
    workspace: Workspace, tmp_path: Path
) -> None:
    ids = populate(workspace, tmp_path)
    square = FakeSquare()
    sync_once(workspace, square)
    clean = jobs.create_job(workspace, "다른 일").value
    sync_once(workspace, square)
    local = add_comment(workspace, ids["job"], "아직 안 보냄", "김").value
    (file_hash,) = sync_state.files_to_upload(workspace)

    sync_state.remove_jobs(workspace, [ids["job"], clean])

    assert sync_state.local_job_ids(workspace) == {ids["job"]}
    assert [c.id for c in list_comments(workspace, ids["job"])] == [local]
    kinds = {r["kind"] for r in records_of(workspace)}
    assert kinds == {"job", "comment"}
    assert not workspace.files.has(file_hash)
    with workspace.read_session() as s:
        bases = s.scalars(select(SyncBase.kind)).all()
    assert sorted(bases) == ["job"]


def test_files_to_upload_and_download(
    workspace: Workspace, other: Workspace, tmp_path: Path
) -> None:
    populate(workspace, tmp_path)
    square = FakeSquare()
    sync_once(workspace, square)
    sync_once(other, square)

    (up,) = sync_state.files_to_upload(workspace)
    assert sync_state.files_to_download(workspace) == []
    assert sync_state.files_to_upload(other) == []
    assert sync_state.files_to_download(other) == [up]


# --- status, comments, members -------------------------------------------------------


def test_sync_status_reports_what_waits_and_what_went_wrong(workspace: Workspace) -> None:
    jobs.create_job(workspace, "브래킷")
    sync_state.set_sync_setting(workspace, "server_url", "https://square.example")
    sync_state.set_sync_setting(workspace, "user", "kim")

    sync_state.record_sync_error(workspace, "unreachable", "connection refused")
    status = sync_state.sync_status(workspace)
    assert status.pending == 2 and status.last_ok_at is None
    assert status.last_error is not None and status.last_error.code == "unreachable"
    assert (status.server_url, status.user) == ("https://square.example", "kim")

    sync_state.record_sync_ok(workspace)
    status = sync_state.sync_status(workspace)
    assert status.last_error is None and status.last_ok_at is not None


def test_comments_list_in_the_squares_order_then_local(workspace: Workspace) -> None:
    square = FakeSquare()
    job = jobs.create_job(workspace, "브래킷").value
    add_comment(workspace, job, "첫째", "김")
    sync_once(workspace, square)
    add_comment(workspace, job, "둘째", "김")

    rows = list_comments(workspace, job)

    assert [(c.body, c.pending) for c in rows] == [("첫째", False), ("둘째", True)]


def test_sharing_and_unsharing_are_membership_records(workspace: Workspace) -> None:
    square = FakeSquare()
    job = jobs.create_job(workspace, "브래킷").value
    from app.jobs.comments import share_job as share  # where the command line looks for it

    assert share(workspace, job, "prof.lee", "advisor").value == f"{job}:prof.lee"
    sync_once(workspace, square)
    assert square.records[("membership", f"{job}:prof.lee")]["data"]["role"] == "advisor"
    assert [(m.user, m.pending) for m in list_members(workspace, job)] == [("prof.lee", False)]

    unshare_job(workspace, job, "prof.lee")
    sync_once(workspace, square)

    assert square.records[("membership", f"{job}:prof.lee")]["deleted"]
    assert list_members(workspace, job) == []


def test_status_moves_travel_only_as_status_changes(workspace: Workspace) -> None:
    job = jobs.create_job(workspace, "브래킷").value
    square = FakeSquare()
    sync_once(workspace, square)
    jobs.set_status(workspace, job, "quoting")
    sync_state.collect_outbox(workspace)

    changes = sync_state.pending_changes(workspace)

    assert [c["kind"] for c in changes] == ["job_status_change"]  # the job row: no change
    jobs.update_job(workspace, job, notes="급함")
    sync_state.collect_outbox(workspace)
    (edit,) = [c for c in sync_state.pending_changes(workspace) if c["kind"] == "job"]
    assert "status" not in edit["data"] and "status" not in edit["base"]
    changes.append(edit)
    sync_state.record_push_results(workspace, square.push(changes))
    records, cursor = square.pull(sync_state.cursor(workspace))
    sync_state.apply_pull_page(workspace, records, cursor)
    assert _job(workspace, job).status == "quoting"
    with workspace.read_session() as s:
        assert s.scalar(select(func.count()).select_from(JobStatusChange)) == 2
        assert s.scalar(select(func.count()).where(Comment.dirty.is_(True))) == 0


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_a_kill_in_the_middle_of_a_page_leaves_the_old_cursor_and_none_of_it(
    workspace: Workspace, tmp_path: Path
) -> None:
    root = workspace.root
    sync_state.set_sync_setting(workspace, "cursor", 7)
    workspace.close()
    with (tmp_path / "stderr.txt").open("wb") as err:
        proc = subprocess.Popen(
            [sys.executable, "-P", str(APPLIER), str(root)],  # -P: tests/app must not shadow app
            stdout=subprocess.PIPE,
            stderr=err,
            env={**os.environ, "PYTHONPATH": str(REPO)},
        )
        try:
            assert proc.stdout is not None
            assert proc.stdout.readline() == b"mid\n", (tmp_path / "stderr.txt").read_text()
        finally:
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait(timeout=30)

    ws = open_workspace(root, create=False)
    try:
        assert check_workspace(ws).integrity == "ok"
        assert sync_state.cursor(ws) == 7
        assert sync_state.local_job_ids(ws) == set()
        with ws.read_session() as s:
            assert s.scalar(select(func.count()).select_from(Comment)) == 0
            assert s.scalar(select(func.count()).select_from(SyncBase)) == 0
    finally:
        ws.close()


# --- migration 0004 ------------------------------------------------------------------


def test_migration_0004_upgrades_a_0003_workspace(tmp_path: Path) -> None:
    root = tmp_path / "old"
    root.mkdir()
    engine = create_engine(f"sqlite:///{root / DB_NAME}")
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0003")
        conn.exec_driver_sql(
            "INSERT INTO job (number, title, status, priority, assignee, notes, id,"
            " server_version, dirty, deleted, created_at, updated_at) VALUES ('J-2026-0001',"
            " '브래킷', 'quoting', 1, '', '', 'j-1', NULL, 1, 0, '2026-11-02 09:00:00.000000',"
            " '2026-11-02 09:00:00.000000')"
        )
    engine.dispose()

    ws = open_workspace(root, create=False)
    try:
        assert ws.migrated_from == "0003" and ws.schema_revision() == head_revision()
        with closing(sqlite3.connect(ws.db_path)) as conn:
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
            columns = {r[1] for r in conn.execute("PRAGMA table_info(quote_revision)")}
        assert {"sync_state", "sync_outbox", "sync_base", "sync_conflict", "job_member"} <= tables
        assert "branch_of" in columns
        assert jobs.get_job(ws, "j-1").status == "quoting"  # the old row is untouched
        assert sync_state.collect_outbox(ws) == 1  # and it is pushed like any other
        (change,) = sync_state.pending_changes(ws)
        assert change["id"] == "j-1" and change["data"]["title"] == "브래킷"
        share_job(ws, "j-1", "prof.lee", "advisor")
        assert [m.user for m in list_members(ws, "j-1")] == ["prof.lee"]
    finally:
        ws.close()
