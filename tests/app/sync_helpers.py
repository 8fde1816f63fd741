"""Helpers for the sync tests: a populated workspace, its records, and a tiny stand-in for
the square that follows docs/sync-protocol.md closely enough to drive app.replica.state."""

from __future__ import annotations

import copy
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select

from app.designs import designs
from app.jobs import jobs
from app.jobs.comments import add_comment
from app.jobs.members import share_job
from app.quotes import quotes
from app.review import canonical, pins, reviews, verdicts
from app.synced import SPECS, Record, to_record
from app.workspace import Workspace
from tests.stl_files import write_box_stl


def populate(ws: Workspace, tmp_path: Path) -> dict[str, str]:
    """One job with a row of every synced kind; returns their ids by kind."""
    job = jobs.create_job(
        ws, "커플링 제작", customer="김민지 공방", due_date=date(2027, 1, 15), notes="은 925"
    ).value
    stl = write_box_stl(tmp_path / "ring.stl", (20, 10, 5))
    revision = designs.import_design(ws, job, stl, author="김").value
    quote_revision = quotes.create_quote(ws, job).value  # moves the job to quoting
    line = quotes.add_line(ws, quote_revision, "반지", quantity=2, unit_price=150_000).value
    comment = add_comment(ws, job, "두께 1.8 mm 괜찮을까요?", "김").value
    member = share_job(ws, job, "prof.lee", "advisor").value
    review = reviews.request_review(ws, job, "prof.lee", revision, note="강도", by="김").value
    pin = pins.add_pin(
        ws, review, point=(1, 2, 3), text="모서리", author="prof.lee", camera={"distance": 50},
        snapshot_png=b"\x89PNG\r\n\x1a\nfake",
    ).value  # fmt: skip
    pins.reply_to_pin(ws, pin, "네", "김")
    verdict = verdicts.give_verdict(
        ws, review, "approved", note="좋음", signer="prof.lee", key=canonical.new_private_key()
    ).value
    return {
        "review": review,
        "pin": pin,
        "verdict": verdict,
        "job": job,
        "design_revision": revision,
        "quote_revision": quote_revision,
        "quote_line": line,
        "comment": comment,
        "membership": member,
    }


def records_of(ws: Workspace) -> list[Record]:
    """Every synced row of the workspace as a record, parents first."""
    out = []
    with ws.read_session() as s:
        for spec in SPECS:
            model: Any = spec.model
            out += [to_record(row) for row in s.scalars(select(model).order_by(model.created_at))]
    return out


class FakeSquare:
    """Versions, the change feed, remembered change ids, field merges and status moves."""

    def __init__(self) -> None:
        self.version = 0
        self.records: dict[tuple[str, str], Record] = {}
        self.answers: dict[str, dict[str, Any]] = {}
        self.refuse: set[str] = set()  # kinds to reject as forbidden

    def push(self, changes: list[dict[str, Any]]) -> list[dict[str, Any]]:
        results = []
        for change in changes:
            if change["change_id"] not in self.answers:
                self.answers[change["change_id"]] = self._apply(change)
            results.append(copy.deepcopy(self.answers[change["change_id"]]))
        return results

    def _answer(self, change: dict[str, Any], status: str, **more: Any) -> dict[str, Any]:
        return {
            "change_id": change["change_id"],
            "status": status,
            "version": None,
            "record": None,
            "code": None,
            **more,
        }

    def _apply(self, change: dict[str, Any]) -> dict[str, Any]:
        key = (change["kind"], change["id"])
        if change["kind"] in self.refuse:
            return self._answer(change, "rejected", code="forbidden")
        if change["kind"] == "job_status_change":
            job = self.records[("job", change["job_id"])]
            moves = (change["data"]["from_status"], change["data"]["to_status"])
            if job["data"]["status"] not in moves[:1] and moves != (None, "inquiry"):
                return self._answer(change, "rejected", code="invalid", record=copy.deepcopy(job))
        old = self.records.get(key)
        data = dict(old["data"]) if old else {"status": "inquiry"} if key[0] == "job" else {}
        base = change["base"] or {}
        for name, value in change["data"].items():
            if old is None or base.get(name) != value:
                data[name] = value
        if change.get("lines") is not None:
            self._store_lines(change)  # a quote revision's lines travel inside it
        version = self._store(key, change["job_id"], data, change["op"] == "delete")
        if change["kind"] == "job_status_change":
            job = self.records[("job", change["job_id"])]
            self._store(
                ("job", job["id"]),
                job["id"],
                {**job["data"], "status": change["data"]["to_status"]},
                False,
            )
        return self._answer(change, "applied", version=version)

    def _store_lines(self, change: dict[str, Any]) -> None:
        """The revision's live lines become exactly the pushed set."""
        sent = {ln["id"]: {**ln["data"], "revision_id": change["id"]} for ln in change["lines"]}
        for (kind, line_id), rec in list(self.records.items()):
            mine = kind == "quote_line" and rec["data"].get("revision_id") == change["id"]
            if mine and not rec["deleted"] and line_id not in sent:
                self._store((kind, line_id), change["job_id"], rec["data"], True)
        for line_id, data in sent.items():
            old = self.records.get(("quote_line", line_id))
            if old is None or old["data"] != data or old["deleted"]:
                self._store(("quote_line", line_id), change["job_id"], data, False)

    def _store(self, key: tuple[str, str], job_id: str, data: dict[str, Any], deleted: bool) -> int:
        self.version += 1
        self.records[key] = {
            "kind": key[0],
            "id": key[1],
            "job_id": job_id,
            "version": self.version,
            "deleted": deleted,
            "data": data,
        }
        return self.version

    def edit(self, kind: str, record_id: str, **fields: Any) -> None:
        """Somebody else's accepted edit."""
        rec = self.records[(kind, record_id)]
        self._store((kind, record_id), rec["job_id"], {**rec["data"], **fields}, False)

    def pull(self, cursor: int) -> tuple[list[Record], int]:
        page = sorted(
            (r for r in self.records.values() if r["version"] > cursor), key=lambda r: r["version"]
        )
        return copy.deepcopy(page), self.version


def sync_once(ws: Workspace, square: FakeSquare) -> None:
    """What the network client does, without the network: push everything, then pull."""
    from app.replica import state as sync_state

    sync_state.collect_outbox(ws)
    while batch := sync_state.pending_changes(ws):
        sync_state.record_push_results(ws, square.push(batch))
    records, cursor = square.pull(sync_state.cursor(ws))
    sync_state.apply_pull_page(ws, records, cursor)
