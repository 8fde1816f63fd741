"""A pushed change and the square's answer to it: what every kind's rules take and give.

Apart from the rules themselves (sync.server.rules, sync.server.review_rules), so both
rule modules build on it without importing each other.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.engine import Connection

from sync.protocol import ErrorCode, Op, PushStatus
from sync.server.auth import User
from sync.server.records import Record, put_record


@dataclass(frozen=True)
class Change:
    change_id: str
    kind: str
    id: str
    job_id: str
    op: Op
    base_version: int | None = None
    base: dict[str, Any] | None = None
    data: dict[str, Any] = field(default_factory=dict)
    # quote_revision: the complete set of its lines, [{"id", "data"}] (None: not sent).
    lines: list[dict[str, Any]] | None = None


@dataclass(frozen=True)
class Outcome:
    status: PushStatus
    record: Record | None = None
    code: ErrorCode | None = None
    lines: tuple[Record, ...] | None = None  # quote_revision: the square's lines of `record`
    message: str | None = None  # why it was refused, for people (never parsed)

    def result(self, change_id: str) -> dict[str, Any]:
        out: dict[str, Any] = {
            "change_id": change_id,
            "status": self.status,
            "version": self.record.version if self.record else None,
            "record": self.record.as_json() if self.record else None,
            "code": self.code,
        }
        if self.lines is not None:
            out["lines"] = [r.as_json() for r in self.lines]
        if self.message is not None:
            out["message"] = self.message
        return out


def rejected(code: ErrorCode, record: Record | None = None, message: str | None = None) -> Outcome:
    return Outcome("rejected", record, code, message=message)


def put(
    conn: Connection, user: User, change: Change, data: dict[str, Any], *, deleted: bool = False
) -> Record:
    """Store the change's record with `data` at the next version."""
    return put_record(
        conn, change.kind, change.id, change.job_id, data, by=user.name, deleted=deleted
    )
