"""A job's state machine (DESIGN.md), as plain data: the statuses and the moves between them.

inquiry → quoting → quoted → accepted → in_production → quality_check → delivered → closed;
on_hold and cancelled from any open state; a held job resumes where it was held. No ORM and
no Qt, so the square arbitrates a job's status with the same rule (sync/server/rules.py).
"""

from __future__ import annotations

STATUSES = (
    "inquiry",
    "quoting",
    "quoted",
    "accepted",
    "in_production",
    "quality_check",
    "delivered",
    "closed",
    "on_hold",
    "cancelled",
)
TERMINAL = frozenset({"closed", "cancelled"})
OPEN_STATUSES = frozenset(STATUSES) - TERMINAL
FORWARD: dict[str, tuple[str, ...]] = {
    "inquiry": ("quoting",),
    "quoting": ("quoted",),
    "quoted": ("accepted", "quoting"),  # back to quoting to revise the quote
    "accepted": ("in_production",),
    "in_production": ("quality_check",),
    "quality_check": ("delivered", "in_production"),  # rework
    "delivered": ("closed",),
}


def allowed_moves(status: str, held_from: str | None = None) -> tuple[str, ...]:
    """The statuses a job in `status` may move to (`held_from`: where an on-hold job was)."""
    if status in TERMINAL:
        return ()
    if status == "on_hold":
        return ((held_from,) if held_from else ()) + ("cancelled",)
    return (*FORWARD.get(status, ()), "on_hold", "cancelled")
