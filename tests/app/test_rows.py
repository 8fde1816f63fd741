"""app/rows.py: a row by its id is found while it lives, and NotFoundError names its kind."""

from __future__ import annotations

import pytest

from app import catalogue
from app.errors import NotFoundError
from app.jobs import jobs, members
from app.models import Job, JobMember, Machine
from app.rows import live_row
from app.workspace import Workspace


def test_a_live_row_is_found_and_a_missing_or_deleted_one_is_not_found(
    workspace: Workspace,
) -> None:
    job_id = jobs.create_job(workspace, "브래킷").value
    with workspace.read_session() as s:
        assert live_row(s, Job, job_id).id == job_id
        with pytest.raises(NotFoundError) as info:
            live_row(s, Job, "no-such-job")
    assert info.value.params == {"kind": "job", "id": "no-such-job"}
    jobs.delete_job(workspace, job_id)
    with workspace.read_session() as s, pytest.raises(NotFoundError) as info:
        live_row(s, Job, job_id)
    assert info.value.params == {"kind": "job", "id": job_id}


def test_the_kind_is_the_record_kind_of_a_synced_row_else_its_table(workspace: Workspace) -> None:
    job_id = jobs.create_job(workspace, "브래킷").value
    mid = members.share_job(workspace, job_id, "lee", "advisor").value
    members.unshare_job(workspace, job_id, "lee")
    machine_id = catalogue.list_machines(workspace)[0].id
    catalogue.delete_catalogue_item(workspace, "machine", machine_id)
    with workspace.read_session() as s:
        for model, row_id, kind in (
            (JobMember, mid, "membership"),
            (Machine, machine_id, "machine"),
        ):
            with pytest.raises(NotFoundError) as info:
                live_row(s, model, row_id)
            assert info.value.params["kind"] == kind
