"""Who a job is shared with (its members on the square): sharing brings the job to them on
their next sync, unsharing removes it. A membership is a synced record of kind
`membership` with id f"{job_id}:{user}"; the square checks that only the job's maker (or an
admin) changes it.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from app.changes import Changes, Result
from app.errors import InvalidValueError
from app.models import Job, JobMember
from app.roles import MEMBER_ROLES
from app.rows import live_row
from app.workspace import Workspace


@dataclass(frozen=True)
class MemberRow:
    user: str
    role: str
    pending: bool  # not yet accepted by the square


def member_id(job_id: str, user: str) -> str:
    return f"{job_id}:{user}"


def share_job(ws: Workspace, job_id: str, user: str, role: str) -> Result[str]:
    """Add `user` to the job as `role` (or change their role); returns the membership id."""
    user = user.strip()
    if not user or len(user) > 100:
        raise InvalidValueError(f"user {user!r}", field="user", value=user)
    if role not in MEMBER_ROLES:
        raise InvalidValueError(f"role {role!r}", field="role", value=role)
    with ws.session() as s:
        live_row(s, Job, job_id)
        mid = member_id(job_id, user)
        member = s.get(JobMember, mid)
        if member is None:
            s.add(JobMember(id=mid, job_id=job_id, user=user, role=role))
        elif member.deleted or member.role != role:
            member.role, member.deleted, member.dirty = role, False, True
    return Result(mid, Changes(jobs=frozenset({job_id})))


def unshare_job(ws: Workspace, job_id: str, user: str) -> Result[None]:
    with ws.session() as s:
        member = live_row(s, JobMember, member_id(job_id, user.strip()))
        member.deleted, member.dirty = True, True
    return Result(None, Changes(jobs=frozenset({job_id})))


def list_members(ws: Workspace, job_id: str) -> list[MemberRow]:
    with ws.read_session() as s:
        rows = s.scalars(
            select(JobMember)
            .where(JobMember.job_id == job_id, JobMember.deleted.is_(False))
            .order_by(JobMember.user)
        )
        return [MemberRow(m.user, m.role, m.server_version is None or m.dirty) for m in rows]
