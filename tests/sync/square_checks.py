"""What the fault and stateful sync tests compare: the square's records (read from its
SQLite file, not through the API, so a bug in the API cannot hide one) and a workspace's.
"""

from __future__ import annotations

import json
import sqlite3
from collections import Counter
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select, text

from app.jobs import jobs
from app.models import Comment, Job, JobMember
from app.replica.state import cursor, sync_status
from app.workspace import Workspace
from tests.sync.conftest import Square


@dataclass(frozen=True)
class ServerRecord:
    kind: str
    id: str
    job_id: str
    version: int
    deleted: bool
    data: dict[str, Any]


def server_records(sq: Square) -> list[ServerRecord]:
    """Every record row of the square, by version (SQLite squares only)."""
    assert sq.db_url is None, "reads the square's SQLite file"
    path = sq.data_dir / "square.sqlite"
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=30) as db:
        rows = db.execute(
            "SELECT kind, id, job_id, version, deleted, data FROM records ORDER BY version"
        ).fetchall()
    return [
        ServerRecord(k, i, j, int(v), bool(d), json.loads(data)) for k, i, j, v, d, data in rows
    ]


def server_members(sq: Square) -> dict[str, set[str]]:
    """Job id → the names of its members on the square."""
    path = sq.data_dir / "square.sqlite"
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=30) as db:
        rows = db.execute(
            "SELECT m.job_id, u.name FROM memberships m JOIN users u ON u.id = m.user_id"
        ).fetchall()
    out: dict[str, set[str]] = {}
    for job_id, name in rows:
        out.setdefault(job_id, set()).add(name)
    return out


def assert_comments_once(sq: Square, bodies: list[str]) -> None:
    """Each body (unique per test) is on the square exactly once, under one id, and nothing
    else is: no lost write, no duplicate."""
    live = [r for r in server_records(sq) if r.kind == "comment" and not r.deleted]
    counts = Counter(str(r.data.get("body")) for r in live)
    assert sorted(counts) == sorted(bodies), "lost or extra comments on the square"
    assert {b: n for b, n in counts.items() if n != 1} == {}, "duplicated on the square"


@dataclass(frozen=True)
class ClientView:
    jobs: dict[str, tuple[str, str]]  # id → (title, status)
    comments: dict[str, tuple[str, str]]  # id → (job id, body)
    pending: int


def client_view(ws: Workspace) -> ClientView:
    with ws.read_session() as s:
        comments = {
            c.id: (c.job_id, c.body)
            for c in s.scalars(select(Comment).where(Comment.deleted.is_(False)))
        }
    return ClientView(
        jobs={r.id: (r.title, r.status) for r in jobs.list_jobs(ws)},
        comments=comments,
        pending=sync_status(ws).pending,
    )


def server_view(sq: Square, user: str) -> ClientView:
    """What `user` should hold: the live jobs and comments of the jobs they belong to."""
    members = server_members(sq)
    readable = {j for j, names in members.items() if user in names}
    recs = [r for r in server_records(sq) if r.job_id in readable and not r.deleted]
    return ClientView(
        jobs={
            r.id: (str(r.data.get("title")), str(r.data.get("status")))
            for r in recs
            if r.kind == "job"
        },
        comments={r.id: (r.job_id, str(r.data.get("body"))) for r in recs if r.kind == "comment"},
        pending=0,
    )


def local_job_ids(ws: Workspace) -> set[str]:
    with ws.read_session() as s:
        return set(s.scalars(select(Job.id)))


def local_member_rows(ws: Workspace) -> int:
    with ws.read_session() as s:
        return len(list(s.scalars(select(JobMember.id))))


def integrity_ok(ws: Workspace) -> bool:
    with ws.read_session() as s:
        return bool(s.execute(text("PRAGMA integrity_check")).scalar() == "ok")


def cursor_agrees(ws: Workspace, sq: Square, user: str) -> None:
    """The workspace holds the square's comments of its jobs up to its cursor and none after
    (for a workspace that pulls them, not one that wrote them)."""
    at = cursor(ws)
    members = server_members(sq)
    readable = {j for j, names in members.items() if user in names}
    want = {
        r.id
        for r in server_records(sq)
        if r.kind == "comment" and r.version <= at and r.job_id in readable and not r.deleted
    }
    later = {r.id for r in server_records(sq) if r.kind == "comment" and r.version > at}
    have = set(client_view(ws).comments)
    assert want <= have, f"{len(want - have)} comments at or below the cursor {at} missing"
    assert not (have & later), f"{len(have & later)} comments past the cursor {at} applied"
