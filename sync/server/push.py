"""Push: a batch in one write transaction, each change stored with its result.

The stored results make a retried push an answer, never a second application; applying a
batch in one transaction (one lock, one commit) keeps 1,000 changes well under a second.
A rule refuses a change by answering `rejected`, never by raising, so one bad change
does not hold the others back.

Before the rules see a change, the square checks what no client is trusted with: the data
against its kind's schema (sync.server.validation; `rejected` `invalid` or `too_large`,
with a message), the author fields (set to the pusher), and the files a design revision
names (only files the pusher sent or may read; else `rejected` `forbidden`).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import bindparam, insert, select
from sqlalchemy.engine import Connection

from sync.protocol import ErrorCode
from sync.server.auth import User
from sync.server.changes import Change, Outcome
from sync.server.context import Context
from sync.server.hooks import crash
from sync.server.records import FILE_FIELDS, get_record
from sync.server.rules import apply_change
from sync.server.schema import lock_writes, push_results, utcnow
from sync.server.uploads import known_hashes
from sync.server.validation import Refusal, check_change, with_author

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
        results = [_answer(conn, ctx, user, change) for change in changes]
        if crash_before:
            crash("before commit")
    if crash_after:
        crash("after commit")
    return results


def _answer(conn: Connection, ctx: Context, user: User, change: Change) -> dict[str, Any]:
    stored = conn.execute(_STORED, {"c": change.change_id}).first()
    if stored is not None:
        if stored.user_id != user.id:  # someone else's change id: never reveal its answer
            return Outcome("rejected", None, "invalid").result(change.change_id)
        result: dict[str, Any] = stored.result
        return result
    result = _outcome(conn, ctx, user, change)
    row = {"change_id": change.change_id, "user_id": user.id, "result": result}
    conn.execute(insert(push_results), {**row, "created_at": utcnow()})
    return result


def _outcome(conn: Connection, ctx: Context, user: User, change: Change) -> dict[str, Any]:
    checked = check_change(change, is_new=lambda: get_record(conn, change.kind, change.id) is None)
    if isinstance(checked, Refusal):
        return _refused(change, checked.code, checked.message)
    checked = with_author(checked, user.name)
    unknown = _unknown_files(conn, user, checked)
    if unknown:
        message = f"design_revision names a file you have not uploaded: {unknown}"
        return _refused(change, "forbidden", message)
    return apply_change(conn, user, checked, key=ctx.key).result(change.change_id)


def _refused(change: Change, code: ErrorCode, message: str) -> dict[str, Any]:
    return {**Outcome("rejected", None, code).result(change.change_id), "message": message}


def _unknown_files(conn: Connection, user: User, change: Change) -> str | None:
    """The first file a design revision names that its pusher may not know, if any."""
    if change.kind != "design_revision" or change.op == "delete":
        return None
    named = sorted({str(change.data[f]) for f in FILE_FIELDS if change.data.get(f)})
    known = known_hashes(conn, named, user.id) if named else set()
    return next((h for h in named if h not in known), None)
