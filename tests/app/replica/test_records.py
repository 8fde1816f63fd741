"""app/synced.py and app/replica/records.py: every synced kind goes to a record and back into an
equal row."""

from __future__ import annotations

import base64
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.jobs import jobs
from app.models import Customer, DesignRevision, Job, QuoteLine
from app.quotes import quotes
from app.replica import state as sync_state
from app.synced import KINDS, record_data
from app.workspace import Workspace, open_workspace
from tests.app.sync_helpers import populate, records_of


@pytest.fixture
def other(tmp_path: Path) -> Iterator[Workspace]:
    ws = open_workspace(tmp_path / "other")
    yield ws
    ws.close()


def _versioned(records: list[dict[str, object]]) -> list[dict[str, object]]:
    return [{**r, "version": i} for i, r in enumerate(records, start=1)]


def test_every_kind_round_trips_into_another_workspace(
    workspace: Workspace, other: Workspace, tmp_path: Path
) -> None:
    populate(workspace, tmp_path)
    records = _versioned(records_of(workspace))
    assert {r["kind"] for r in records} == set(KINDS)

    sync_state.apply_pull_page(other, json.loads(json.dumps(records)), cursor=len(records))

    by_id = {(r["kind"], r["id"]): r for r in records}
    copied = records_of(other)
    assert len(copied) == len(records)
    for rec in copied:
        original = by_id[(rec["kind"], rec["id"])]
        assert rec["data"] == original["data"], rec["kind"]
        assert rec["job_id"] == original["job_id"]
        assert rec["version"] == original["version"]
    with other.read_session() as s:
        assert s.scalar(select(func.count()).where(Job.dirty.is_(True))) == 0
    assert sync_state.sync_status(other).pending == 0


def test_data_is_json_safe_dates_iso_and_the_thumbnail_base64(
    workspace: Workspace, tmp_path: Path
) -> None:
    ids = populate(workspace, tmp_path)
    records = {r["id"]: r for r in records_of(workspace)}

    job = records[ids["job"]]["data"]
    assert job["due_date"] == "2027-01-15"
    assert job["customer_name"] == "김민지 공방" and "customer_id" not in job
    revision = records[ids["design_revision"]]["data"]
    assert base64.b64decode(revision["thumbnail_png"]).startswith(b"\x89PNG")
    assert len(revision["file_hash"]) == 64
    assert "T" in revision["created_at"]
    json.dumps(list(records.values()))


def test_a_pulled_job_finds_its_customer_by_name(
    workspace: Workspace, other: Workspace, tmp_path: Path
) -> None:
    populate(workspace, tmp_path)
    jobs.create_job(other, "다른 일", customer="김민지 공방")
    records = _versioned(records_of(workspace))

    sync_state.apply_pull_page(other, records, cursor=len(records))

    with other.read_session() as s:
        assert s.scalars(select(Customer.name)).all() == ["김민지 공방"]
    assert {row.customer for row in jobs.list_jobs(other)} == {"김민지 공방"}


def test_a_record_before_its_parent_waits_for_it_across_pages(
    workspace: Workspace, other: Workspace, tmp_path: Path
) -> None:
    ids = populate(workspace, tmp_path)
    records = _versioned(records_of(workspace))
    children = [r for r in records if r["kind"] in ("design_revision", "quote_line", "comment")]
    parents = [r for r in records if r not in children]

    sync_state.apply_pull_page(other, children, cursor=5)
    with other.read_session() as s:
        assert s.get(DesignRevision, ids["design_revision"]) is None
    assert ids["job"] not in sync_state.local_job_ids(other)

    sync_state.apply_pull_page(other, parents, cursor=len(records))
    with other.read_session() as s:
        rev = s.get(DesignRevision, ids["design_revision"])
        assert rev is not None and rev.server_version is not None
        assert s.get(QuoteLine, ids["quote_line"]) is not None
    assert len(records_of(other)) == len(records)


def test_tombstones_delete_softly_and_quote_lines_outright(
    workspace: Workspace, other: Workspace, tmp_path: Path
) -> None:
    ids = populate(workspace, tmp_path)
    records = _versioned(records_of(workspace))
    sync_state.apply_pull_page(other, records, cursor=len(records))
    by_kind = {r["kind"]: r for r in records}
    tombstones = [
        {**by_kind[k], "deleted": True, "version": 100 + i}
        for i, k in enumerate(("job", "quote_line"))
    ]

    sync_state.apply_pull_page(other, tombstones, cursor=102)

    assert jobs.list_jobs(other) == []
    with other.read_session() as s:
        job = s.get(Job, ids["job"])
        assert job is not None and job.deleted and not job.dirty
        assert s.get(QuoteLine, ids["quote_line"]) is None
    assert quotes.get_revision(other, ids["quote_revision"]).lines == ()


def test_record_data_leaves_out_local_bookkeeping(workspace: Workspace, tmp_path: Path) -> None:
    ids = populate(workspace, tmp_path)
    with workspace.read_session() as s:
        job = s.get(Job, ids["job"])
        assert job is not None
        data = record_data(job)
    assert not {"id", "dirty", "deleted", "server_version", "updated_at"} & set(data)
