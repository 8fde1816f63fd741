"""The roles of the square's users, and of a member on one job: their one home.

Plain Python (no ORM, no Qt): the workspace checks a membership's role against it, the
protocol (sync/protocol.py) re-exports it for the client and the square, the square refuses
a write by a member whose role is not among its kind's WRITERS, and the job view shows only
the controls whose edits the square would take (ui/jobs/access.py).
"""

from __future__ import annotations

from typing import Final, Literal, get_args

# Users' roles on the square, and a member's role on one job (an admin works as a maker).
Role = Literal["maker", "advisor", "trainer", "admin"]
ROLES: Final[tuple[Role, ...]] = get_args(Role)
MemberRole = Literal["maker", "advisor", "trainer"]
MEMBER_ROLES: Final[tuple[MemberRole, ...]] = get_args(MemberRole)

# Which member roles may write each kind of record (an admin user writes as a maker on any
# job). Design review: a maker asks, anyone on the job pins, the advisor gives the verdict
# (and only the review's reviewer, as the square's rule checks).
WRITERS: Final[dict[str, frozenset[MemberRole]]] = {
    "job": frozenset({"maker"}),
    "job_status_change": frozenset({"maker", "trainer"}),
    "design": frozenset({"maker", "trainer"}),
    "design_revision": frozenset({"maker", "trainer"}),
    "quote": frozenset({"maker"}),
    "quote_revision": frozenset({"maker"}),
    "quote_line": frozenset({"maker"}),
    "comment": frozenset({"maker", "advisor", "trainer"}),
    "membership": frozenset({"maker"}),
    "review": frozenset({"maker"}),
    "pin": frozenset({"maker", "advisor", "trainer"}),
    "verdict": frozenset({"advisor"}),
}


def writes(role: str) -> frozenset[str]:
    """The kinds a member with `role` may write (none for a role the square does not know)."""
    return frozenset(kind for kind, roles in WRITERS.items() if role in roles)
