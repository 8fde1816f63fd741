"""Push: a batch in one write transaction, each change stored with its result.

The stored results make a retried push an answer, never a second application; applying a
batch in one transaction (one lock, one commit) keeps 1,000 changes well under a second.
A rule refuses a change by answering `rejected`, never by raising, so one bad change
does not hold the others back.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import bindparam, insert, select
from sqlalchemy.engine import Connection

from sync.server.auth import User
from sync.server.context import Context
from sync.server.hooks import crash
from sync.server.rules import Change, Outcome, apply_change
from sync.server.schema import lock_writes, push_results, utcnow

_STORED = select(push_results.c.result, push_results.c.user_id).where(
    push_results.c.change_id == bindparam("c")
)


def push(ctx: Context, user: User, changes: list[Change]) -> list[dict[str, Any]]:
    """Apply `changes` in order; a change_id seen before is answered as it was first."""
    crash_before = crash_after = False
    if ctx.config.test_hooks:
        crash_before, crash_after = ctx.hooks.push_started()
    with ctx.engine.begin() as conn:
        lock_writes(conn)
        results = [_answer(conn, user, change) for change in changes]
        if crash_before:
            crash("before commit")
    if crash_after:
        crash("after commit")
    return results


def _answer(conn: Connection, user: User, change: Change) -> dict[str, Any]:
    stored = conn.execute(_STORED, {"c": change.change_id}).first()
    if stored is not None:
        if stored.user_id != user.id:  # someone else's change id: never reveal its answer
            return Outcome("rejected", None, "invalid").result(change.change_id)
        result: dict[str, Any] = stored.result
        return result
    result = apply_change(conn, user, change).result(change.change_id)
    row = {"change_id": change.change_id, "user_id": user.id, "result": result}
    conn.execute(insert(push_results), {**row, "created_at": utcnow()})
    return result
