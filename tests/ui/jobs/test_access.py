"""ui/jobs/access.py: what a member may do on a job follows their role as the square's rules
say (an advisor reads and writes messages; a trainer moves and adds designs)."""

from __future__ import annotations

import pytest

from app.jobs import jobs
from app.jobs.members import MemberRow, share_job
from app.workspace import Workspace
from ui.jobs.access import access_for, access_from_members, job_access

MEMBERS = [
    MemberRow("kim", "maker", False),
    MemberRow("lee", "trainer", False),
    MemberRow("prof", "advisor", True),
]


def test_an_advisor_reads_and_writes_messages_only() -> None:
    a = access_from_members(MEMBERS, "prof")
    assert (a.role, a.makers, a.shared_with_me) == ("advisor", ("kim",), True)
    assert a.can_comment
    assert not (a.can_edit or a.can_move or a.can_edit_designs or a.can_quote or a.can_share)


def test_a_trainer_moves_and_adds_designs_but_edits_no_fields_or_quotes() -> None:
    a = access_from_members(MEMBERS, "lee")
    assert a.can_move and a.can_edit_designs and a.can_comment
    assert not (a.can_edit or a.can_quote or a.can_share)


@pytest.mark.parametrize("user", ["kim", "", "park"])
def test_the_maker_and_a_job_of_ones_own_allow_everything(user: str) -> None:
    """The maker; without a square account (the local user); a job not yet synced."""
    a = access_from_members(MEMBERS if user != "park" else [], user)
    assert a == access_for("maker", a.makers) and not a.shared_with_me
    assert a.can_edit and a.can_move and a.can_quote and a.can_share and a.can_comment


def test_an_unknown_role_may_only_read() -> None:
    a = access_for("observer")
    assert not (a.can_edit or a.can_move or a.can_comment or a.can_share)


def test_job_access_reads_the_jobs_members(workspace: Workspace) -> None:
    job = jobs.create_job(workspace, "브래킷").value
    share_job(workspace, job, "kim", "maker")
    share_job(workspace, job, "prof", "advisor")
    assert job_access(workspace, job, "prof").role == "advisor"
    assert job_access(workspace, job, "kim").can_share
