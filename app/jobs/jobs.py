"""Jobs: create, edit, list, and move through the state machine (app/jobs/states.py).

Every status change is appended to the job's history, after the job's last change and
signed by who made it (`record_move`, for set_status and for quoting alike).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.catalogue import find_or_create_customer, max_length, require_fits
from app.changes import Changes, Result
from app.errors import InvalidTransitionError, InvalidValueError, NotFoundError
from app.jobs.states import (  # the state machine, re-exported for the callers here
    FORWARD as FORWARD,
)
from app.jobs.states import (
    OPEN_STATUSES as OPEN_STATUSES,
)
from app.jobs.states import (
    STATUSES as STATUSES,
)
from app.jobs.states import (
    TERMINAL as TERMINAL,
)
from app.jobs.states import (
    allowed_moves as allowed_moves,
)
from app.kinds import Kind
from app.models import Customer, Job, JobStatusChange, utcnow
from app.numbering import next_number
from app.rows import live_row
from app.workspace import Workspace

PRIORITIES = (0, 1, 2, 3)  # low, normal, high, urgent
TITLE_MAX = max_length(Job.__table__.c.title)  # characters, as the column declares


@dataclass(frozen=True)
class JobRow:
    """One row of the jobs list: plain data for the table."""

    id: str
    number: str
    title: str
    customer: str
    status: str
    priority: int
    due_date: date | None
    assignee: str
    updated_at: datetime


@dataclass(frozen=True)
class StatusChange:
    from_status: str | None
    to_status: str
    changed_at: datetime
    changed_by: str
    note: str


@dataclass(frozen=True)
class JobDetail:
    row: JobRow
    notes: str
    history: tuple[StatusChange, ...]
    allowed: tuple[str, ...]


def _validate(title: str, priority: int) -> str:
    title = title.strip()
    if not title:
        raise InvalidValueError("a job needs a title", field="title")
    require_fits(title, Job.__table__.c.title, "title")
    if priority not in PRIORITIES:
        raise InvalidValueError(f"priority {priority!r}", field="priority", value=priority)
    return title


def create_job(
    ws: Workspace,
    title: str,
    *,
    customer: str = "",
    due_date: date | None = None,
    priority: int = 1,
    assignee: str = "",
    notes: str = "",
    by: str = "",
) -> Result[str]:
    title = _validate(title, priority)
    with ws.session() as s:
        job = Job(
            number=next_number(s, Job.number, "J", date.today()),
            title=title,
            customer_id=find_or_create_customer(s, customer).id if customer.strip() else None,
            status="inquiry",
            priority=priority,
            due_date=due_date,
            assignee=assignee.strip(),
            notes=notes,
        )
        s.add(job)
        s.flush()
        s.add(JobStatusChange(job_id=job.id, from_status=None, to_status="inquiry", changed_by=by))
        changes = Changes(jobs=frozenset({job.id}), customers=bool(customer.strip()))
        return Result(job.id, changes)


def update_job(
    ws: Workspace,
    job_id: str,
    *,
    title: str | None = None,
    customer: str | None = None,
    due_date: date | bool | None = False,
    priority: int | None = None,
    assignee: str | None = None,
    notes: str | None = None,
) -> Result[None]:
    """Change the fields given (due_date=None clears it; False leaves it)."""
    with ws.session() as s:
        job = live_row(s, Job, job_id)
        if title is not None or priority is not None:
            job.title = _validate(
                title if title is not None else job.title,
                priority if priority is not None else job.priority,
            )
            if priority is not None:
                job.priority = priority
        if customer is not None:
            job.customer_id = find_or_create_customer(s, customer).id if customer.strip() else None
        if due_date is not False:
            job.due_date = due_date if isinstance(due_date, date) else None
        if assignee is not None:
            job.assignee = assignee.strip()
        if notes is not None:
            job.notes = notes
        job.dirty = True
    return Result(None, Changes(jobs=frozenset({job_id}), customers=customer is not None))


def _held_from(s: Session, job_id: str) -> str | None:
    last_hold = s.scalars(
        select(JobStatusChange)
        .where(JobStatusChange.job_id == job_id, JobStatusChange.to_status == "on_hold")
        .order_by(JobStatusChange.changed_at.desc())
        .limit(1)
    ).first()
    return last_hold.from_status if last_hold else None


def set_status(
    ws: Workspace, job_id: str, status: str, *, by: str = "", note: str = ""
) -> Result[str]:
    """Move a job to `status`; raises InvalidTransitionError naming the allowed moves."""
    if status not in STATUSES:
        raise InvalidValueError(f"unknown status {status!r}", field="status", value=status)
    with ws.session() as s:
        job = live_row(s, Job, job_id)
        held = _held_from(s, job_id) if job.status == "on_hold" else None
        allowed = allowed_moves(job.status, held)
        if status not in allowed:
            raise InvalidTransitionError(job.status, status, allowed)
        record_move(s, job, status, by=by, note=note)
    return Result(status, Changes(jobs=frozenset({job_id})))


def record_move(s: Session, job: Job, status: str, *, by: str = "", note: str = "") -> None:
    """Move `job` to `status` and append the move to its history, signed `by`: the one way a
    job's status changes here (set_status, and quoting as it advances the job). The caller
    has checked the move against the state machine."""
    previous = job.status
    job.status = status
    job.dirty = True
    # History is ordered by time: never let a coarse clock give two changes one instant.
    last = s.scalar(
        select(func.max(JobStatusChange.changed_at)).where(JobStatusChange.job_id == job.id)
    )
    now = utcnow()
    if last is not None and now <= last:
        now = last + timedelta(microseconds=1)
    s.add(
        JobStatusChange(
            job_id=job.id,
            from_status=previous,
            to_status=status,
            changed_at=now,
            changed_by=by,
            note=note,
        )
    )


def delete_job(ws: Workspace, job_id: str) -> Result[None]:
    with ws.session() as s:
        job = live_row(s, Job, job_id)
        job.deleted = True
        job.dirty = True
    return Result(None, Changes(jobs=frozenset({job_id})))


def _row_query() -> Any:
    return (
        select(
            Job.id,
            Job.number,
            Job.title,
            func.coalesce(Customer.name, ""),
            Job.status,
            Job.priority,
            Job.due_date,
            Job.assignee,
            Job.updated_at,
        )
        .outerjoin(Customer, Customer.id == Job.customer_id)
        .where(Job.deleted.is_(False))
    )


def list_jobs(ws: Workspace) -> list[JobRow]:
    """Every live job, newest first, as plain rows (fast enough for 50,000 jobs)."""
    with ws.read_session() as s:
        result = s.execute(_row_query().order_by(Job.created_at.desc(), Job.number.desc()))
        return [JobRow(*r) for r in result]


def get_job(ws: Workspace, job_id: str) -> JobRow:
    with ws.read_session() as s:
        r = s.execute(_row_query().where(Job.id == job_id)).first()
        if r is None:
            raise NotFoundError(f"job {job_id}", kind=Kind.JOB, id=job_id)
        return JobRow(*r)


def job_detail(ws: Workspace, job_id: str) -> JobDetail:
    row = get_job(ws, job_id)
    with ws.read_session() as s:
        job = live_row(s, Job, job_id)
        history = tuple(
            StatusChange(h.from_status, h.to_status, h.changed_at, h.changed_by, h.note)
            for h in job.history
        )
        held = _held_from(s, job_id) if job.status == "on_hold" else None
        return JobDetail(row, job.notes, history, allowed_moves(job.status, held))
