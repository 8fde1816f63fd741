"""What the current user may do on one job, decided from their membership role.

The square refuses a write by a member whose role may not write that kind of record
(app.roles.WRITERS, which the square's rules read too): an advisor may only write comments
(and their review's pins and verdicts), a trainer may also move the job and add designs.
The job view shows only the controls whose edits the square would take, instead of letting
an edit be refused at the next sync.

A job on which the user has no membership is their own (made here and not yet synced), and
without a square account there is only the local user: both work as the job's maker.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from app.jobs.members import MemberRow, list_members
from app.roles import writes

if TYPE_CHECKING:
    from app.workspace import Workspace

translate = QCoreApplication.translate

@dataclass(frozen=True)
class Access:
    role: str  # the user's member role on the job: maker, advisor or trainer
    makers: tuple[str, ...]  # the job's makers (who shared it), for the banner
    can_edit: bool  # the job's fields
    can_move: bool  # its status
    can_edit_designs: bool  # import, new part, repair
    can_quote: bool  # create and edit its quotes
    can_share: bool  # share, unshare, request a review
    can_comment: bool

    @property
    def shared_with_me(self) -> bool:
        """Someone else's job, shown to this user because they are a member."""
        return self.role != "maker"


def access_for(role: str, makers: Iterable[str] = ()) -> Access:
    """The controls a member with `role` may use (an unknown role: none but reading)."""
    kinds = writes(role)
    return Access(
        role=role,
        makers=tuple(makers),
        can_edit="job" in kinds,
        can_move="job_status_change" in kinds,
        can_edit_designs="design_revision" in kinds,
        can_quote="quote" in kinds,
        can_share="membership" in kinds,
        can_comment="comment" in kinds,
    )


def access_from_members(members: Iterable[MemberRow], user: str) -> Access:
    """The user's access given the job's members (the pure part of job_access)."""
    rows = list(members)
    makers = [m.user for m in rows if m.role == "maker" and m.user != user]
    mine = next((m for m in rows if m.user == user), None) if user else None
    return access_for(mine.role if mine is not None else "maker", makers)


def job_access(ws: Workspace, job_id: str, user: str) -> Access:
    """What `user` (the window's square account; "" without one) may do on the job."""
    return access_from_members(list_members(ws, job_id), user)


def role_label(role: str) -> str:
    return {
        "maker": translate("JobAccess", "Maker"),
        "advisor": translate("JobAccess", "Advisor"),
        "trainer": translate("JobAccess", "Trainer"),
    }.get(role, role)
