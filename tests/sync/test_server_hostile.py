"""A member who sends the square garbage: every bad record is refused on its own, never
reaches the feed, and everyone else's pull, snapshot and full client sync keep working.
Also: authors are the pusher's, and what the real client sends (the whole demo workspace)
passes."""

from __future__ import annotations

import json
import sqlite3
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import keyring
import pytest
import requests
from keyring.backends import fail

from app.demo.demo import build_demo
from app.jobs.comments import add_comment, list_comments
from app.jobs.jobs import create_job
from app.workspace import Workspace, open_workspace
from sync.client import SquareClient
from sync.engine import run_sync
from tests.sync.conftest import Api, Square, change

NAN = "__nan__"  # stands for a bare NaN in the JSON text (json.dumps cannot write one)
HUGE = "__huge__"  # stands for 1e400, a JSON number that overflows to infinity


@pytest.fixture(autouse=True)
def no_keyring() -> Iterator[None]:
    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())  # type: ignore[no-untyped-call]
    yield
    keyring.set_keyring(before)


@pytest.fixture
def workspaces(tmp_path: Path) -> Iterator[Callable[[str], Workspace]]:
    opened: list[Workspace] = []

    def _open(name: str) -> Workspace:
        opened.append(open_workspace(tmp_path / name))
        return opened[-1]

    yield _open
    for ws in opened:
        ws.close()


def raw_push(api: Api, *changes: dict[str, Any]) -> requests.Response:
    """POST the changes as JSON text, with NAN and HUGE written as the bare numbers."""
    text = json.dumps({"changes": list(changes)})
    text = text.replace(f'"{NAN}"', "NaN").replace(f'"{HUGE}"', "1e400")
    return api.post("/v1/push", data=text.encode(), headers={"Content-Type": "application/json"})


def bad_changes(job_id: str) -> list[tuple[dict[str, Any], str]]:
    """(change, the code it must be refused with): at least one of every kind."""
    new = lambda kind, data, **kw: change(kind, str(uuid.uuid4()), job_id, data, **kw)  # noqa: E731
    line = {"item": "은반지", "quantity": NAN, "unit_price": 1000}
    review = {"design_revision_id": "r1", "file_sha256": "a" * 64, "reviewer": "prof"}
    pin = {"review_id": "v1", "design_revision_id": "r1", "text": "모서리", "point_json": "[0,0,0]"}
    return [
        (new("comment", {"body": "\ud800"}), "invalid"),  # a lone surrogate: not UTF-8
        (new("comment", {"body": NAN}), "invalid"),
        (new("comment", {"body": "1e400", "pin_json": HUGE}), "invalid"),
        (new("comment", {"body": "오늘", "created_at": "not a date"}), "invalid"),
        (new("comment", {"body": "가" * 20_001}), "too_large"),
        (new("comment", {"body": "x", "is_admin": True}), "invalid"),  # unknown field
        (new("comment", {"body": "x", "pin_json": "{not json"}), "invalid"),
        (new("comment", {"body": "nul \x00 inside"}), "invalid"),
        (change("job", job_id, job_id, {"title": None}), "invalid"),  # NOT NULL in every PC
        (change("job", job_id, job_id, {"priority": "high"}), "invalid"),
        (change("job", job_id, job_id, {"due_date": "2026-02-30"}), "invalid"),
        (change("job", job_id, job_id, {"notes": "가" * 99_000}), "too_large"),  # > 256 KiB
        (new("job_status_change", {"to_status": "quoting", "changed_at": "어제"}), "invalid"),
        (new("design", {"name": 10**30}), "invalid"),
        (new("design_revision", {"file_hash": "zz", "number": 1}), "invalid"),
        (new("design_revision", {"thumbnail_png": "not base64!"}), "invalid"),
        (new("design_revision", {"metrics_json": "[1, 2]", "size_bytes": -1}), "invalid"),
        (new("quote", {"number": ["Q-1"]}), "invalid"),
        (new("quote_revision", {"vat_included": "yes"}), "invalid"),
        (new("quote_revision", {"issue_date": "soon"}), "invalid"),
        (new("quote_revision", {"number": 1}, lines=[{"id": "l1", "data": line}]), "invalid"),
        (new("quote_line", {"quantity": 2**64}), "invalid"),
        (
            change("membership", f"{job_id}:prof", job_id, {"user": "prof", "role": "owner"}),
            "invalid",
        ),
        (new("review", {**review, "file_sha256": "zz"}), "invalid"),
        (new("review", {**review, "state": "closed"}), "invalid"),
        (new("review", {**review, "design_revision_id": "no-such-revision"}), "invalid"),
        (new("pin", {**pin, "point_json": '[1, 2, "3"]'}), "invalid"),
        (new("pin", {**pin, "point_json": "[1, 2, NaN]"}), "invalid"),
        (new("pin", {**pin, "measurements_json": "{}"}), "invalid"),
        (new("pin", {"text": "리뷰 없는 핀"}), "invalid"),  # a new pin names its review
        (new("verdict", {"signed_at": "2026-12-07T08:00:00+00:00"}), "invalid"),
        (new("verdict", {"signed_at": "２０２６-12-07T08:00:00Z"}), "invalid"),  # not ASCII
        (new("verdict", {"public_key": "AB" * 32}), "invalid"),
        (new("comment", {"body": "답글", "pin_id": "no-such-pin"}), "invalid"),
    ]


def shared_job(sq: Square) -> tuple[Api, Api, str]:
    """Maker kim's job "은반지 시제품", shared with advisor prof; both signed in."""
    sq.add_user("kim")
    sq.add_user("prof", "advisor")
    kim = sq.api("kim")
    job_id = kim.new_job("은반지 시제품")
    assert kim.share(job_id, "prof")["status"] == "applied"
    return kim, sq.api("prof"), job_id


def prof_syncs(sq: Square, ws: Workspace, job_id: str) -> list[str]:
    """A full client sync of advisor prof; the job's comments prof's workspace then shows."""
    run_sync(ws, server_url=sq.url, user="prof", password="pw")
    return [c.body for c in list_comments(ws, job_id)]


def test_bad_records_are_refused_one_by_one_and_nobody_elses_sync_breaks(
    square: Callable[..., Square], workspaces: Callable[[str], Workspace], db_url: str | None
) -> None:
    sq = square(db_url)
    kim, prof, job_id = shared_job(sq)
    prof_ws = workspaces("prof")
    run_sync(prof_ws, server_url=sq.url, user="prof", password="pw")
    cursor = prof.pull()["cursor"]

    bad = bad_changes(job_id)
    good = change("comment", str(uuid.uuid4()), job_id, {"body": "벽 두께는 괜찮아요"})
    r = raw_push(kim, *[c for c, _code in bad], good)
    assert r.status_code == 200, r.text
    results = r.json()["results"]
    for (sent, code), result in zip(bad, results, strict=False):
        assert (result["status"], result["code"]) == ("rejected", code), (sent["data"], result)
        assert result["message"] and result["record"] is None
    assert results[-1]["status"] == "applied"

    # Nothing refused reached the feed; the other member's pull, snapshot and sync work.
    page = prof.pull(cursor)
    assert [r["id"] for r in page["records"]] == [good["id"]]
    snapshot = prof.snapshot(job_id)
    assert snapshot.status_code == 200
    assert {r["data"].get("title") for r in snapshot.json()["records"] if r["kind"] == "job"} == {
        "은반지 시제품"
    }
    assert prof_syncs(sq, prof_ws, job_id) == ["벽 두께는 괜찮아요"]


def test_a_malformed_request_is_a_4xx_with_a_code_and_the_square_goes_on(
    square: Callable[..., Square], db_url: str | None
) -> None:
    sq = square(db_url)
    sq.add_user("kim")
    kim = sq.api("kim")
    job_id = kim.new_job()

    def refused(r: requests.Response, status: int, code: str) -> None:
        assert r.status_code == status and r.json()["code"] == code, r.text
        assert r.json()["message"]

    headers = {"Content-Type": "application/json"}
    refused(kim.post("/v1/push", data=b"{not json", headers=headers), 422, "invalid")
    refused(kim.post("/v1/push", json={"changes": "all of them"}), 422, "invalid")
    for odd_id in ("\ud800", "a\x00b"):  # not UTF-8; what PostgreSQL text cannot hold
        refused(raw_push(kim, change("comment", odd_id, job_id, {"body": "x"})), 422, "invalid")
    refused(kim.get("/v1/jobs/a%00b/snapshot"), 422, "invalid")
    refused(kim.post("/v1/auth/login", json={"user": "k\x00m", "password": "x"}), 422, "invalid")
    many = [change("comment", str(uuid.uuid4()), job_id, {"body": "x"}) for _ in range(501)]
    refused(kim.post("/v1/push", json={"changes": many}), 413, "too_large")
    # A 9 MiB body is refused from its Content-Length, before it is read ...
    big = b'{"changes": [], "pad": "' + b"x" * (9 << 20) + b'"}'
    refused(kim.post("/v1/push", data=big, headers=headers), 413, "too_large")

    # ... and one sent without a length is cut off once the stream passes 8 MiB.
    def stream() -> Iterator[bytes]:
        yield b'{"changes": [], "pad": "'
        for _ in range(40):
            yield b"x" * (1 << 20)
        yield b'"}'

    try:
        r = kim.post("/v1/push", data=stream(), headers=headers)
    except requests.ConnectionError:
        pass  # the square answered 413 and closed before the rest was sent
    else:
        refused(r, 413, "too_large")
    fine = change("comment", str(uuid.uuid4()), job_id, {"body": "still here"})
    assert kim.push_one(fine)["status"] == "applied"


def test_a_record_stored_before_validation_never_breaks_the_feed(
    square: Callable[..., Square], workspaces: Callable[[str], Workspace]
) -> None:
    """Belt and braces: what an older square kept (NaN, a lone surrogate) is left out of the
    answers; everything else still comes."""
    sq = square()
    kim, prof, job_id = shared_job(sq)
    db = sqlite3.connect(sq.data_dir / "square.sqlite")
    with db:
        (version,) = db.execute("SELECT version FROM counter").fetchone()
        for i, text in enumerate(('{"body": NaN}', '{"body": "\\ud800"}'), start=1):
            db.execute(
                "INSERT INTO records (kind, id, job_id, version, deleted, data, created_by,"
                " updated_at) VALUES ('comment', ?, ?, ?, 0, ?, 'kim', '2026-01-01 00:00:00')",
                (str(uuid.uuid4()), job_id, version + i, text),
            )
        db.execute("UPDATE counter SET version = ?", (version + 2,))
    db.close()
    good = change("comment", str(uuid.uuid4()), job_id, {"body": "보이는 댓글"})
    assert kim.push_one(good)["status"] == "applied"

    records, _page = prof.pull_all()
    assert good["id"] in {r["id"] for r in records}
    assert {r["data"].get("body") for r in records if r["kind"] == "comment"} == {"보이는 댓글"}
    assert prof.snapshot(job_id).status_code == 200
    assert prof_syncs(sq, workspaces("prof"), job_id) == ["보이는 댓글"]


def test_authors_are_the_signed_in_pusher_whatever_the_client_says(
    square: Callable[..., Square],
) -> None:
    kim, prof, job_id = shared_job(square())
    forged = change("comment", str(uuid.uuid4()), job_id, {"body": "승인합니다", "author": "kim"})
    assert prof.push_one(forged)["record"]["data"]["author"] == "prof"
    move = {"from_status": "inquiry", "to_status": "quoting", "changed_by": "prof"}
    moved = kim.push_one(change("job_status_change", str(uuid.uuid4()), job_id, move))
    assert moved["status"] == "applied" and moved["record"]["data"]["changed_by"] == "kim"
    records, _page = prof.pull_all()
    authors = {
        r["data"].get("author") or r["data"].get("changed_by")
        for r in records
        if r["kind"] in ("comment", "job_status_change")
    }
    assert authors == {"prof", "kim"}


def test_everything_the_real_client_sends_passes(
    square: Callable[..., Square], workspaces: Callable[[str], Workspace]
) -> None:
    """The whole demo workspace (jobs and their history, designs with thumbnails and files,
    quotes with their lines) goes up without one refusal."""
    sq = square()
    sq.add_user("kim")
    ws = workspaces("kim")
    build_demo(ws)
    summary = run_sync(ws, server_url=sq.url, user="kim", password="pw")
    assert summary.pushed > 100 and summary.files_up > 0
    assert summary.rejected == 0


def test_a_big_outbox_goes_up_in_pushes_under_the_body_limit(
    square: Callable[..., Square], workspaces: Callable[[str], Workspace]
) -> None:
    """300 long comments (about 13 MB as the client writes them) are more than one push
    body may hold: the client splits the batch and the square takes every one."""
    sq = square()
    sq.add_user("kim")
    ws = workspaces("kim")
    job_id = create_job(ws, "긴 댓글").value
    for i in range(300):
        add_comment(ws, job_id, f"{i}: " + "벽 두께를 확인해 주세요. " * 640, "kim")
    session = requests.Session()
    pushes: list[int] = []
    session.hooks["response"].append(
        lambda r, *_a, **_k: (
            pushes.append(len(r.request.body or b"")) if r.request.path_url == "/v1/push" else None
        )
    )
    summary = run_sync(
        ws, server_url=sq.url, user="kim", password="pw", client=SquareClient(sq.url, session)
    )
    assert summary.rejected == 0 and summary.pushed >= 301
    assert sum(pushes) > 8 << 20 and max(pushes) <= 8 << 20
    records, _page = sq.api("kim").pull_all()
    assert sum(r["kind"] == "comment" for r in records) == 300
