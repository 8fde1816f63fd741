"""Who sent which file, and which files a user may know about (docs/sync-protocol.md, "Files").

A user may know a file when they sent all of it themselves (a complete row of
`file_uploads`: the square checked its hash) or may read it (a member of a job with a live
record naming it). To anyone else the square answers as if it did not have the file:
`missing` lists it, the upload status is their own upload's, so neither existence nor
size leaks, and a design revision may name only files its pusher may know.

Unfinished uploads are capped per user and expire: `sweep` drops those not written to for
`partial_ttl`, on start and every `sweep_every`.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterable

from sqlalchemy import ColumnElement, Engine, and_, delete, func, insert, select, update
from sqlalchemy.engine import Connection
from sqlalchemy.exc import IntegrityError

from sync.server.context import Context
from sync.server.records import can_read_file
from sync.server.schema import file_uploads, memberships, record_files, utcnow

log = logging.getLogger(__name__)
_BATCH = 500


def _row(digest: str, user_id: str) -> ColumnElement[bool]:
    return and_(file_uploads.c.hash == digest, file_uploads.c.user_id == user_id)


def may_know(conn: Connection, digest: str, user_id: str) -> bool:
    return bool(known_hashes(conn, [digest], user_id)) or can_read_file(conn, digest, user_id)


def known_hashes(conn: Connection, hashes: Iterable[str], user_id: str) -> set[str]:
    """Which of `hashes` the user sent whole or may read."""
    wanted = list(dict.fromkeys(hashes))
    known: set[str] = set()
    for i in range(0, len(wanted), _BATCH):
        batch = wanted[i : i + _BATCH]
        sent = select(file_uploads.c.hash).where(
            file_uploads.c.user_id == user_id,
            file_uploads.c.complete.is_(True),
            file_uploads.c.hash.in_(batch),
        )
        readable = (
            select(record_files.c.hash)
            .join(memberships, memberships.c.job_id == record_files.c.job_id)
            .where(memberships.c.user_id == user_id, record_files.c.hash.in_(batch))
        )
        known.update(conn.execute(sent.union(readable)).scalars())
    return known


def unfinished(conn: Connection, user_id: str, other_than: str) -> int:
    """The user's uploads in progress, but for the one of `other_than`."""
    return int(
        conn.execute(
            select(func.count()).where(
                file_uploads.c.user_id == user_id,
                file_uploads.c.complete.is_(False),
                file_uploads.c.hash != other_than,
            )
        ).scalar_one()
    )


def started(engine: Engine, digest: str, user_id: str) -> None:
    """The user sends (more of) a file: their row says so, and when (own transactions)."""
    with engine.begin() as conn:
        touched = conn.execute(
            update(file_uploads)
            .where(_row(digest, user_id), file_uploads.c.complete.is_(False))
            .values(updated_at=utcnow())
        )
        if touched.rowcount:
            return
    try:
        with engine.begin() as conn:
            conn.execute(
                insert(file_uploads).values(
                    hash=digest, user_id=user_id, complete=False, updated_at=utcnow()
                )
            )
    except IntegrityError:  # a complete row, or another request made it just now
        pass


def completed(conn: Connection, digest: str, user_id: str) -> None:
    """The square checked the user's upload: they have proved they hold the file."""
    done = conn.execute(
        update(file_uploads).where(_row(digest, user_id)).values(complete=True, updated_at=utcnow())
    )
    if not done.rowcount:
        conn.execute(
            insert(file_uploads).values(
                hash=digest, user_id=user_id, complete=True, updated_at=utcnow()
            )
        )


def dropped(conn: Connection, digest: str, user_id: str) -> None:
    """The user's upload is gone (a hash mismatch, or expired)."""
    conn.execute(delete(file_uploads).where(_row(digest, user_id), ~file_uploads.c.complete))


def sweep(ctx: Context) -> int:
    """Drop every upload in progress not written to for `partial_ttl`; returns how many."""
    ttl = ctx.config.partial_ttl
    older_than = time.time() - ttl.total_seconds()
    gone = 0
    for owner, digest, mtime in list(ctx.files.partials()):
        if mtime < older_than and ctx.files.drop(digest, owner, older_than):
            gone += 1
    with ctx.engine.begin() as conn:
        conn.execute(
            delete(file_uploads).where(
                file_uploads.c.complete.is_(False), file_uploads.c.updated_at < utcnow() - ttl
            )
        )
    if gone:
        log.info("dropped %d unfinished uploads older than %s", gone, ttl)
    return gone
