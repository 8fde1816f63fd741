"""app/jobs/jobs.py: jobs and the state machine of DESIGN.md."""

from __future__ import annotations

from datetime import date
from itertools import pairwise
from pathlib import Path

import pytest

from app.catalogue import customer_names
from app.errors import InvalidTransitionError, InvalidValueError, NotFoundError
from app.jobs import jobs
from app.workspace import Workspace, open_workspace

# DESIGN.md, "Job": the main line, in order.
MAIN_LINE = (
    "inquiry",
    "quoting",
    "quoted",
    "accepted",
    "in_production",
    "quality_check",
    "delivered",
    "closed",
)
OPEN_STATES = MAIN_LINE[:-1]


def _job_at(ws: Workspace, status: str) -> str:
    """A new job moved along the main line up to `status`."""
    job_id = jobs.create_job(ws, f"job at {status}").value
    for step in MAIN_LINE[1 : MAIN_LINE.index(status) + 1]:
        jobs.set_status(ws, job_id, step)
    assert jobs.get_job(ws, job_id).status == status
    return job_id


def _history(ws: Workspace, job_id: str) -> list[tuple[str | None, str]]:
    return [(h.from_status, h.to_status) for h in jobs.job_detail(ws, job_id).history]


# --- the state machine -------------------------------------------------------------------


def test_every_main_line_move_works_and_is_appended_to_the_history(tmp_path: Path) -> None:
    ws = open_workspace(tmp_path / "ws")
    job_id = jobs.create_job(ws, "알루미늄 브래킷 10개", customer="성수 기계").value
    assert jobs.job_detail(ws, job_id).allowed == ("quoting", "on_hold", "cancelled")
    for before, after in pairwise(MAIN_LINE):
        result = jobs.set_status(ws, job_id, after, by="김", note=f"{before} 끝")
        assert result.value == after
        assert result.changes.jobs == frozenset({job_id})
        assert jobs.get_job(ws, job_id).status == after
    ws.close()

    # The history is on disk, in order, with who and why.
    ws = open_workspace(tmp_path / "ws")
    try:
        detail = jobs.job_detail(ws, job_id)
        assert [(h.from_status, h.to_status) for h in detail.history] == [
            (None, "inquiry"),
            *pairwise(MAIN_LINE),
        ]
        assert [h.changed_by for h in detail.history[1:]] == ["김"] * (len(MAIN_LINE) - 1)
        assert detail.history[1].note == "inquiry 끝"
        assert detail.allowed == ()
    finally:
        ws.close()


@pytest.mark.parametrize(
    ("start", "back"), [("quoted", "quoting"), ("quality_check", "in_production")]
)
def test_the_two_backward_moves_are_allowed(workspace: Workspace, start: str, back: str) -> None:
    job_id = _job_at(workspace, start)
    jobs.set_status(workspace, job_id, back)
    assert jobs.get_job(workspace, job_id).status == back
    assert _history(workspace, job_id)[-1] == (start, back)


@pytest.mark.parametrize(
    ("status", "allowed"),
    [
        ("inquiry", ("quoting", "on_hold", "cancelled")),
        ("quoting", ("quoted", "on_hold", "cancelled")),
        ("quoted", ("accepted", "quoting", "on_hold", "cancelled")),
        ("accepted", ("in_production", "on_hold", "cancelled")),
        ("in_production", ("quality_check", "on_hold", "cancelled")),
        ("quality_check", ("delivered", "in_production", "on_hold", "cancelled")),
        ("delivered", ("closed", "on_hold", "cancelled")),
    ],
)
def test_an_invalid_move_is_refused_naming_the_allowed_ones(
    workspace: Workspace, status: str, allowed: tuple[str, ...]
) -> None:
    job_id = _job_at(workspace, status)
    assert jobs.job_detail(workspace, job_id).allowed == allowed
    history = _history(workspace, job_id)
    refused = [s for s in jobs.STATUSES if s not in allowed]
    assert status in refused  # staying put is not a move
    for target in refused:
        with pytest.raises(InvalidTransitionError) as info:
            jobs.set_status(workspace, job_id, target)
        err = info.value
        assert (err.code, err.current, err.requested, err.allowed) == (
            "invalid_transition",
            status,
            target,
            allowed,
        )
        assert err.params["allowed"] == allowed
    assert jobs.get_job(workspace, job_id).status == status
    assert _history(workspace, job_id) == history


@pytest.mark.parametrize("held_at", OPEN_STATES)
def test_on_hold_resumes_only_to_the_status_it_was_held_from(
    workspace: Workspace, held_at: str
) -> None:
    job_id = _job_at(workspace, held_at)
    jobs.set_status(workspace, job_id, "on_hold", note="고객 연락 대기")
    assert jobs.job_detail(workspace, job_id).allowed == (held_at, "cancelled")
    for other in (s for s in jobs.STATUSES if s not in (held_at, "cancelled")):
        with pytest.raises(InvalidTransitionError) as info:
            jobs.set_status(workspace, job_id, other)
        assert info.value.allowed == (held_at, "cancelled")
    jobs.set_status(workspace, job_id, held_at)
    assert jobs.get_job(workspace, job_id).status == held_at
    assert _history(workspace, job_id)[-2:] == [(held_at, "on_hold"), ("on_hold", held_at)]


def test_a_second_hold_resumes_to_where_the_second_hold_began(workspace: Workspace) -> None:
    job_id = _job_at(workspace, "quoting")
    jobs.set_status(workspace, job_id, "on_hold")
    jobs.set_status(workspace, job_id, "quoting")
    jobs.set_status(workspace, job_id, "quoted")
    jobs.set_status(workspace, job_id, "accepted")
    jobs.set_status(workspace, job_id, "on_hold")
    assert jobs.job_detail(workspace, job_id).allowed == ("accepted", "cancelled")
    with pytest.raises(InvalidTransitionError):
        jobs.set_status(workspace, job_id, "quoting")
    jobs.set_status(workspace, job_id, "accepted")
    assert jobs.get_job(workspace, job_id).status == "accepted"


def test_a_held_job_can_be_cancelled(workspace: Workspace) -> None:
    job_id = _job_at(workspace, "in_production")
    jobs.set_status(workspace, job_id, "on_hold")
    jobs.set_status(workspace, job_id, "cancelled")
    assert jobs.get_job(workspace, job_id).status == "cancelled"


@pytest.mark.parametrize("end", ["closed", "cancelled"])
def test_closed_and_cancelled_are_terminal(workspace: Workspace, end: str) -> None:
    job_id = _job_at(workspace, "delivered")
    jobs.set_status(workspace, job_id, end)
    assert jobs.job_detail(workspace, job_id).allowed == ()
    for target in jobs.STATUSES:
        with pytest.raises(InvalidTransitionError) as info:
            jobs.set_status(workspace, job_id, target)
        assert info.value.allowed == ()
    assert jobs.get_job(workspace, job_id).status == end


@pytest.mark.parametrize("status", ["done", "", "Quoting", "on hold"])
def test_an_unknown_status_is_an_invalid_value(workspace: Workspace, status: str) -> None:
    job_id = jobs.create_job(workspace, "x").value
    with pytest.raises(InvalidValueError) as info:
        jobs.set_status(workspace, job_id, status)
    assert info.value.params["field"] == "status"
    assert jobs.get_job(workspace, job_id).status == "inquiry"
    assert len(_history(workspace, job_id)) == 1


def test_moving_a_missing_or_deleted_job_is_not_found(workspace: Workspace) -> None:
    with pytest.raises(NotFoundError):
        jobs.set_status(workspace, "no-such-job", "quoting")
    job_id = jobs.create_job(workspace, "x").value
    jobs.delete_job(workspace, job_id)
    with pytest.raises(NotFoundError):
        jobs.set_status(workspace, job_id, "quoting")


# --- creating, editing, listing ----------------------------------------------------------


def test_create_job_numbers_jobs_and_reuses_customers(workspace: Workspace) -> None:
    first = jobs.create_job(
        workspace,
        "  반지 주물  ",
        customer=" 종로 귀금속 ",
        due_date=date(2026, 3, 1),
        priority=3,
        assignee=" 이 ",
    )
    second = jobs.create_job(workspace, "목걸이", customer="종로 귀금속")
    assert first.changes.customers and first.changes.jobs == frozenset({first.value})
    year = date.today().year
    row = jobs.get_job(workspace, first.value)
    assert (
        row.number,
        row.title,
        row.customer,
        row.status,
        row.priority,
        row.due_date,
        row.assignee,
    ) == (f"J-{year}-0001", "반지 주물", "종로 귀금속", "inquiry", 3, date(2026, 3, 1), "이")
    assert jobs.get_job(workspace, second.value).number == f"J-{year}-0002"
    assert customer_names(workspace) == ["종로 귀금속"]
    assert [r.id for r in jobs.list_jobs(workspace)] == [second.value, first.value]


@pytest.mark.parametrize(
    ("title", "priority"), [("", 1), ("   ", 1), ("x" * 301, 1), ("ok", 4), ("ok", -1)]
)
def test_create_job_refuses_bad_values(workspace: Workspace, title: str, priority: int) -> None:
    with pytest.raises(InvalidValueError):
        jobs.create_job(workspace, title, priority=priority)
    assert jobs.list_jobs(workspace) == []


def test_a_title_or_customer_longer_than_its_column_is_refused_with_the_limit(
    workspace: Workspace,
) -> None:
    """SQLite does not check String(300): the service does, so nothing is cut or stored."""
    assert jobs.TITLE_MAX == 300
    jobs.create_job(workspace, "가" * 300, customer="나" * 200)  # the limits themselves fit
    for title, customer, field, maximum, length in (
        ("가" * 301, "", "title", 300, 301),
        ("제목", "나" * 201, "customer", 200, 201),
    ):
        with pytest.raises(InvalidValueError) as info:
            jobs.create_job(workspace, title, customer=customer)
        assert info.value.params == {
            "field": field,
            "reason": "too_long",
            "maximum": maximum,
            "length": length,
        }
    assert len(jobs.list_jobs(workspace)) == 1
    job_id = jobs.list_jobs(workspace)[0].id
    with pytest.raises(InvalidValueError):
        jobs.update_job(workspace, job_id, title="다" * 301)
    assert jobs.get_job(workspace, job_id).title == "가" * 300


def test_update_job_changes_only_what_is_given(workspace: Workspace) -> None:
    job_id = jobs.create_job(
        workspace, "원래 제목", customer="A", due_date=date(2026, 5, 5), notes="메모"
    ).value
    jobs.update_job(workspace, job_id, title="새 제목")
    row = jobs.get_job(workspace, job_id)
    assert (row.title, row.customer, row.due_date) == ("새 제목", "A", date(2026, 5, 5))
    jobs.update_job(workspace, job_id, due_date=None, customer="", priority=2)
    row = jobs.get_job(workspace, job_id)
    assert (row.due_date, row.customer, row.priority) == (None, "", 2)
    assert jobs.job_detail(workspace, job_id).notes == "메모"
    with pytest.raises(InvalidValueError):
        jobs.update_job(workspace, job_id, title=" ")
    assert jobs.get_job(workspace, job_id).title == "새 제목"


def test_a_deleted_job_leaves_the_list(workspace: Workspace) -> None:
    kept = jobs.create_job(workspace, "kept").value
    gone = jobs.create_job(workspace, "gone").value
    jobs.delete_job(workspace, gone)
    assert [r.id for r in jobs.list_jobs(workspace)] == [kept]
    with pytest.raises(NotFoundError):
        jobs.get_job(workspace, gone)
    with pytest.raises(NotFoundError):
        jobs.job_detail(workspace, gone)
