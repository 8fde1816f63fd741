"""Filing a change the square did not take into the conflicts inbox (`SyncConflict`).

Runs inside the transaction that takes the square's answer (app.replica.push), before the
workspace is given back the square's view: the entry keeps what this PC had (the record,
and for a quote revision the complete set of its lines) and what the square answered, so
nothing a user saved disappears without an entry a person can see, re-apply or discard
(app.replica.conflicts).
"""

from __future__ import annotations

import json
from typing import Any

from app.kinds import Kind
from app.models import SyncConflict, SyncOutbox
from app.replica.apply import ApplyContext, base_record, get_state, line_bases


def local_version(entry: SyncOutbox) -> dict[str, Any]:
    """What this PC pushed: the record as it had it (with its lines, for a unit)."""
    out: dict[str, Any] = {
        "kind": entry.kind,
        "id": entry.record_id,
        "job_id": entry.job_id,
        "op": entry.op,
        "base_version": entry.base_version,
        "data": json.loads(entry.data_json),
    }
    if entry.lines_json is not None:
        out["lines"] = json.loads(entry.lines_json)
    return out


def seen_version(ctx: ApplyContext, kind: str, record_id: str) -> dict[str, Any] | None:
    """The square's record as this PC last saw it (with its lines, for a quote revision)."""
    base = ctx.base(kind, record_id)
    if base is None or base.held:
        return None
    out = base_record(base)
    if kind == Kind.QUOTE_REVISION:
        out["lines"] = [base_record(b) for b in line_bases(ctx, base.job_id, record_id)]
    return out


def file_entry(
    ctx: ApplyContext,
    entry: SyncOutbox,
    *,
    reason: str,
    server: dict[str, Any] | None,
    code: str | None = None,
    message: str | None = None,
    sibling_id: str | None = None,
) -> SyncConflict:
    conflict = SyncConflict(
        kind=entry.kind,
        record_id=entry.record_id,
        job_id=entry.job_id,
        sibling_id=sibling_id,
        reason=reason,
        code=code,
        message=message,
        local_json=json.dumps(local_version(entry), ensure_ascii=False),
        server_json=json.dumps(server, ensure_ascii=False) if server is not None else None,
        author=str(get_state(ctx.session, "user") or ""),
        changed_at=entry.created_at,
    )
    ctx.session.add(conflict)
    ctx.jobs.add(entry.job_id)
    ctx.inbox = True
    return conflict
