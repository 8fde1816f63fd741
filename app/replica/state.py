"""What the network client (sync/) calls to sync a workspace with the square.

Each function is one transaction and returns plain data. The client pushes
(`collect_outbox`, `pending_changes`, `record_push_results`), pulls (`apply_pull_page`,
which stores the page and its cursor together, so a kill mid-page leaves the old cursor and
none of the page), fetches jobs it gained (`apply_snapshot`), drops jobs it lost
(`remove_jobs`) and moves files (`files_to_upload`, `files_to_download`). The status bar
reads `sync_status`. Keys of the sync state: `server_url`, `user`, `user_id`, `cursor`,
`last_ok_at`, `last_error` {code, message, at}, `last_rejected` {code, message, at, kind,
id, job_id}.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select

from app.changes import Changes
from app.models import DesignRevision, Job, SyncConflict, SyncOutbox, utcnow
from app.replica.apply import begin, get_state, remove_rows, set_state, take_all
from app.replica.push import collect_outbox, pending_changes, record_push_results
from app.synced import SPECS, Record
from app.workspace import Workspace

__all__ = [
    "SyncError",
    "SyncStatus",
    "apply_pull_page",
    "apply_snapshot",
    "collect_outbox",
    "cursor",
    "files_to_download",
    "files_to_upload",
    "get_sync_setting",
    "local_job_ids",
    "pending_changes",
    "record_push_results",
    "record_sync_error",
    "record_sync_ok",
    "remove_jobs",
    "reset_for_resync",
    "set_sync_setting",
    "sync_status",
]

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SyncError:
    code: str
    message: str
    at: datetime


@dataclass(frozen=True)
class SyncStatus:
    pending: int  # local changes not yet accepted by the square (outbox + not yet collected)
    last_ok_at: datetime | None
    last_error: SyncError | None  # the last failed sync; cleared by a good one
    conflicts: int  # open entries of the conflicts inbox (app.replica.conflicts)
    server_url: str | None
    user: str | None
    last_rejected: SyncError | None = None  # the last change the square refused


# --- settings and state ----------------------------------------------------------------


def get_sync_setting(ws: Workspace, key: str, default: Any = None) -> Any:
    with ws.read_session() as s:
        return get_state(s, key, default)


def set_sync_setting(ws: Workspace, key: str, value: Any) -> None:
    with ws.session() as s:
        set_state(s, key, value)


def cursor(ws: Workspace) -> int:
    return int(get_sync_setting(ws, "cursor", 0))


def reset_for_resync(ws: Workspace) -> None:
    """The 410 path: pull from the start again; bases and the outbox stay as they are."""
    set_sync_setting(ws, "cursor", 0)


def record_sync_ok(ws: Workspace) -> None:
    with ws.session() as s:
        set_state(s, "last_ok_at", utcnow().isoformat())
        set_state(s, "last_error", None)


def record_sync_error(ws: Workspace, code: str, message: str) -> None:
    error = {"code": code, "message": message, "at": utcnow().isoformat()}
    set_sync_setting(ws, "last_error", error)


def _error(value: Any) -> SyncError | None:
    if not isinstance(value, dict):
        return None
    try:
        return SyncError(str(value["code"]), str(value["message"]), _when(value["at"]))
    except (KeyError, TypeError, ValueError):
        return None


def _when(value: Any) -> datetime:
    return datetime.fromisoformat(str(value))


def sync_status(ws: Workspace) -> SyncStatus:
    with ws.read_session() as s:
        pending = int(s.scalar(select(func.count()).select_from(SyncOutbox)) or 0)
        for spec in SPECS:
            model: Any = spec.model
            pending += int(
                s.scalar(select(func.count()).select_from(model).where(model.dirty.is_(True))) or 0
            )
        conflicts = s.scalar(
            select(func.count()).select_from(SyncConflict).where(SyncConflict.resolved.is_(False))
        )
        ok = get_state(s, "last_ok_at")
        return SyncStatus(
            pending=pending,
            last_ok_at=_when(ok) if ok else None,
            last_error=_error(get_state(s, "last_error")),
            conflicts=int(conflicts or 0),
            server_url=get_state(s, "server_url"),
            user=get_state(s, "user"),
            last_rejected=_error(get_state(s, "last_rejected")),
        )


# --- pulling ---------------------------------------------------------------------------


def apply_pull_page(ws: Workspace, records: list[Record], cursor: int) -> Changes:
    """Apply one page of the feed and store its cursor, in one transaction."""
    with ws.session() as s:
        ctx = begin(s)
        take_all(ctx, records)
        set_state(s, "cursor", int(cursor))
        return ctx.changes()


def apply_snapshot(ws: Workspace, job_id: str, records: list[Record], version: int) -> Changes:
    """Make the job what the square's snapshot (taken at `version`) says: its records are
    applied, and rows of the job the snapshot lacks go — unless they wait to be pushed or
    were seen at a later version than the snapshot's. The cursor does not move."""
    with ws.session() as s:
        ctx = begin(s)
        take_all(ctx, [r for r in records if r.get("job_id") == job_id])
        keep = {str(r["id"]) for r in records}
        for spec in SPECS:
            model: Any = spec.model
            keep.update(s.scalars(select(model.id).where(model.server_version > version)))
        remove_rows(ctx, job_id, keep_ids=keep)
        changes, dropped = ctx.changes(), ctx.dropped_files
    _drop_unreferenced_files(ws, dropped)
    return changes


def remove_jobs(ws: Workspace, job_ids: list[str] | set[str]) -> Changes:
    """Jobs the user lost access to: their rows, bases and files go, except rows with
    unpushed changes (and the rows those need), which are pushed and answered first."""
    with ws.session() as s:
        ctx = begin(s)
        for job_id in job_ids:
            remove_rows(ctx, job_id)
        changes, dropped = ctx.changes(), ctx.dropped_files
    _drop_unreferenced_files(ws, dropped)
    return changes


def _drop_unreferenced_files(ws: Workspace, hashes: set[str]) -> None:
    """Delete the files of removed revisions that no remaining revision names."""
    if not hashes:
        return
    with ws.read_session() as s:
        named = set(s.scalars(select(DesignRevision.file_hash)))
        named |= {h for h in s.scalars(select(DesignRevision.mesh_hash)) if h}
    for file_hash in hashes - named:
        try:
            ws.files.path_for(file_hash).unlink(missing_ok=True)
        except (OSError, ValueError) as exc:
            log.warning("could not remove the file %s: %s", file_hash, exc)


def local_job_ids(ws: Workspace) -> set[str]:
    with ws.read_session() as s:
        return set(s.scalars(select(Job.id)))


# --- files -----------------------------------------------------------------------------


def _revision_hashes(ws: Workspace) -> list[str]:
    with ws.read_session() as s:
        live = select(DesignRevision.file_hash).where(DesignRevision.deleted.is_(False))
        return sorted(set(s.scalars(live)))


def files_to_upload(ws: Workspace) -> list[str]:
    """Hashes of live design revisions (pushed or waiting) whose file is here."""
    return [h for h in _revision_hashes(ws) if ws.files.has(h)]


def files_to_download(ws: Workspace) -> list[str]:
    """Hashes named by live design revisions whose file is not in the store."""
    return [h for h in _revision_hashes(ws) if not ws.files.has(h)]
