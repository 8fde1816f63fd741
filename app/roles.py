"""The roles of the square's users, and of a member on one job: their one home.

Plain Python (no ORM, no Qt): the workspace checks a membership's role against it, and the
protocol (sync/protocol.py) re-exports it for the client and the square.
"""

from __future__ import annotations

from typing import Final, Literal, get_args

# Users' roles on the square, and a member's role on one job (an admin works as a maker).
Role = Literal["maker", "advisor", "trainer", "admin"]
ROLES: Final[tuple[Role, ...]] = get_args(Role)
MemberRole = Literal["maker", "advisor", "trainer"]
MEMBER_ROLES: Final[tuple[MemberRole, ...]] = get_args(MemberRole)
