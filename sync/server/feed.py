"""Pull, snapshots and the purge of old tombstones and push results."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, delete, func, select, update
from sqlalchemy.engine import Connection

from sync.server import directory
from sync.server.auth import User
from sync.server.context import Context
from sync.server.errors import ApiError
from sync.server.records import from_row, get_record, member_role, user_jobs
from sync.server.schema import (
    counter,
    lock_writes,
    memberships,
    push_results,
    read_counter,
    records,
    utcnow,
)

MAX_PULL = 5000


def read_connection(engine: Engine) -> Connection:
    """A connection whose reads see one consistent snapshot (PostgreSQL: repeatable read)."""
    conn = engine.connect()
    if engine.dialect.name == "postgresql":
        conn = conn.execution_options(isolation_level="REPEATABLE READ")
    return conn


def pull(ctx: Context, user: User, cursor: int, limit: int) -> dict[str, Any]:
    """Records after `cursor` in the user's jobs, by version, at most `limit` of them."""
    purge(ctx)
    limit = max(1, min(limit, MAX_PULL))
    with read_connection(ctx.engine) as conn:
        latest, purged = read_counter(conn)
        if cursor > latest or 0 < cursor < purged:
            raise ApiError(410, "resync_required", "the cursor is older than the kept tombstones")
        mine = select(memberships.c.job_id).where(memberships.c.user_id == user.id)
        rows = conn.execute(
            select(records)
            .where(
                records.c.version > cursor,
                records.c.version <= latest,
                records.c.job_id.in_(mine.scalar_subquery()),
            )
            .order_by(records.c.version)
            .limit(limit + 1)
        ).all()
        jobs = user_jobs(conn, user.id)
        directory_tag = directory.tag(conn)
        # SQLite reads statement by statement: a purge may have run since the check above.
        if 0 < cursor < read_counter(conn)[1]:
            raise ApiError(410, "resync_required", "tombstones were purged meanwhile")
    more = len(rows) > limit
    page = [from_row(r).as_json() for r in rows[:limit]]
    return {
        "records": page,
        "cursor": page[-1]["version"] if more else latest,
        "more": more,
        "jobs": jobs,
        "directory": directory_tag,
    }


def snapshot(ctx: Context, user: User, job_id: str) -> dict[str, Any]:
    """Every live record of a job the user belongs to, and the version it is complete at."""
    with read_connection(ctx.engine) as conn:
        if member_role(conn, job_id, user.id) is None:
            if get_record(conn, "job", job_id) is None:
                raise ApiError(404, "not_found", f"no job {job_id}")
            raise ApiError(403, "forbidden", "not a member of this job")
        latest, _purged = read_counter(conn)
        rows = conn.execute(
            select(records)
            .where(
                records.c.job_id == job_id,
                records.c.deleted.is_(False),
                records.c.version <= latest,
            )
            .order_by(records.c.version)
        ).all()
    return {"records": [from_row(r).as_json() for r in rows], "version": latest}


def purge(ctx: Context) -> None:
    """Drop tombstones past their retention (raising `purged_through`) and old results."""
    now = utcnow()
    tombstone_cutoff = now - ctx.config.tombstone_retention
    result_cutoff = now - ctx.config.change_retention
    old = (records.c.deleted.is_(True), records.c.updated_at < tombstone_cutoff)
    with ctx.engine.connect() as conn:
        due_tombstones = conn.execute(select(records.c.version).where(*old).limit(1)).first()
        due_results = conn.execute(
            select(push_results.c.change_id)
            .where(push_results.c.created_at < result_cutoff)
            .limit(1)
        ).first()
    if due_tombstones is None and due_results is None:
        return
    with ctx.engine.begin() as conn:
        lock_writes(conn)
        highest = conn.execute(select(func.max(records.c.version)).where(*old)).scalar()
        if highest is not None:
            conn.execute(delete(records).where(*old))
            conn.execute(
                update(counter)
                .where(counter.c.id == 1, counter.c.purged_through < highest)
                .values(purged_through=highest)
            )
        conn.execute(delete(push_results).where(push_results.c.created_at < result_cutoff))
