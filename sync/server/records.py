"""Records and memberships in the server's tables; every write takes a new feed version.

Writers must hold the write lock (`schema.lock_writes`) of their transaction.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import and_, bindparam, delete, func, insert, select, update
from sqlalchemy.engine import Connection

from sync.server.filestore import is_hash
from sync.server.schema import (
    memberships,
    next_version,
    record_files,
    records,
    users,
    utcnow,
)

FILE_FIELDS = ("file_hash", "mesh_hash")  # the design_revision fields that name files


@dataclass(frozen=True)
class Record:
    kind: str
    id: str
    job_id: str
    version: int
    deleted: bool
    data: dict[str, Any] = field(default_factory=dict)
    created_by: str = ""

    def as_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "id": self.id,
            "job_id": self.job_id,
            "version": self.version,
            "deleted": self.deleted,
            "data": self.data,
        }


_COLUMNS = (
    records.c.kind,
    records.c.id,
    records.c.job_id,
    records.c.version,
    records.c.deleted,
    records.c.data,
    records.c.created_by,
)


def from_row(row: Any) -> Record:
    return Record(
        row.kind, row.id, row.job_id, int(row.version), bool(row.deleted), row.data, row.created_by
    )


_KEY = (records.c.kind == bindparam("k"), records.c.id == bindparam("i"))
# Built once: the hot path of a push runs these for every change.
_GET = select(*_COLUMNS).where(*_KEY)
_UPDATE = (
    update(records)
    .where(*_KEY)
    .values(
        job_id=bindparam("job_id"),
        version=bindparam("version"),
        deleted=bindparam("deleted"),
        data=bindparam("data"),
        updated_at=bindparam("updated_at"),
    )
)
_MEMBER_ROLE = select(memberships.c.role).where(
    memberships.c.job_id == bindparam("j"), memberships.c.user_id == bindparam("u")
)


def get_record(conn: Connection, kind: str, record_id: str) -> Record | None:
    row = conn.execute(_GET, {"k": kind, "i": record_id}).first()
    return from_row(row) if row else None


def job_records(conn: Connection, job_id: str, kind: str) -> list[Record]:
    """A job's records of one kind, oldest version first."""
    rows = conn.execute(
        select(*_COLUMNS)
        .where(records.c.job_id == job_id, records.c.kind == kind)
        .order_by(records.c.version)
    )
    return [from_row(r) for r in rows]


def put_record(
    conn: Connection,
    kind: str,
    record_id: str,
    job_id: str,
    data: dict[str, Any],
    *,
    by: str,
    deleted: bool = False,
) -> Record:
    """Insert or replace a record at the next version (a tombstone when `deleted`)."""
    version = next_version(conn)
    values = {"job_id": job_id, "version": version, "deleted": deleted, "data": data}
    now = utcnow()
    updated = conn.execute(_UPDATE, {"k": kind, "i": record_id, "updated_at": now, **values})
    if not updated.rowcount:
        row = {"kind": kind, "id": record_id, "created_by": by, "updated_at": now, **values}
        conn.execute(insert(records), row)
    _index_files(conn, kind, record_id, job_id, data, deleted)
    return Record(kind, record_id, job_id, version, deleted, data, by)


def _index_files(
    conn: Connection, kind: str, record_id: str, job_id: str, data: dict[str, Any], deleted: bool
) -> None:
    if kind != "design_revision":
        return
    mine = and_(record_files.c.kind == kind, record_files.c.record_id == record_id)
    conn.execute(delete(record_files).where(mine))
    if deleted:
        return
    hashes = {data[f] for f in FILE_FIELDS if is_hash(data.get(f))}
    for digest in sorted(hashes):
        conn.execute(
            insert(record_files).values(hash=digest, kind=kind, record_id=record_id, job_id=job_id)
        )


def member_role(conn: Connection, job_id: str, user_id: str) -> str | None:
    return conn.execute(_MEMBER_ROLE, {"j": job_id, "u": user_id}).scalar()


def count_members(conn: Connection, job_id: str, role: str) -> int:
    """How many members of a job have `role`."""
    found = conn.execute(
        select(func.count()).where(memberships.c.job_id == job_id, memberships.c.role == role)
    )
    return int(found.scalar_one())


def user_jobs(conn: Connection, user_id: str) -> list[str]:
    rows = conn.execute(
        select(memberships.c.job_id)
        .where(memberships.c.user_id == user_id)
        .order_by(memberships.c.job_id)
    )
    return [r[0] for r in rows]


def set_membership(conn: Connection, job_id: str, user_id: str, role: str | None) -> None:
    """Add or change a member (`role`), or remove them (`role=None`)."""
    mine = and_(memberships.c.job_id == job_id, memberships.c.user_id == user_id)
    conn.execute(delete(memberships).where(mine))
    if role is not None:
        conn.execute(insert(memberships).values(job_id=job_id, user_id=user_id, role=role))


def user_id_of(conn: Connection, name: str) -> str | None:
    return conn.execute(select(users.c.id).where(users.c.name == name)).scalar()


def can_read_file(conn: Connection, digest: str, user_id: str) -> bool:
    """Whether a live record that names `digest` is in a job the user belongs to."""
    row = conn.execute(
        select(record_files.c.hash)
        .join(memberships, memberships.c.job_id == record_files.c.job_id)
        .where(record_files.c.hash == digest, memberships.c.user_id == user_id)
        .limit(1)
    ).first()
    return row is not None
