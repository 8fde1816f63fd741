"""Pull and snapshots: paging by cursor, scoping to the user's jobs, tombstones and 410."""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable

from tests.sync.conftest import Square, change


def comment(job_id: str, body: str = "메모") -> dict[str, object]:
    return change("comment", str(uuid.uuid4()), job_id, {"body": body})


def test_pull_pages_by_cursor_in_version_order(
    square: Callable[..., Square], db_url: str | None
) -> None:
    sq = square(db_url)
    sq.add_user("kim")
    kim = sq.api("kim")
    job_id = kim.new_job()
    kim.push(*[comment(job_id, f"#{i}") for i in range(25)])
    seen, cursor, pages = [], 0, 0
    while True:
        page = kim.pull(cursor, limit=10)
        pages += 1
        versions = [r["version"] for r in page["records"]]
        assert versions == sorted(versions) and all(v > cursor for v in versions)
        seen += page["records"]
        cursor = page["cursor"]
        if not page["more"]:
            break
    assert pages == 3 and len(seen) == 27  # the job, its membership, 25 comments
    assert [r["data"]["body"] for r in seen if r["kind"] == "comment"] == [
        f"#{i}" for i in range(25)
    ]
    idle = kim.pull(cursor)
    assert (idle["records"], idle["cursor"], idle["more"]) == ([], cursor, False)
    kim.push(comment(job_id, "later"))
    assert [r["data"]["body"] for r in kim.pull(cursor)["records"]] == ["later"]


def test_a_user_receives_only_the_jobs_they_belong_to(
    square: Callable[..., Square], db_url: str | None
) -> None:
    sq = square(db_url)
    for name, role in (("kim", "maker"), ("lee", "maker"), ("prof", "advisor")):
        sq.add_user(name, role)
    kim, lee, prof = sq.api("kim"), sq.api("lee"), sq.api("prof")
    mine, theirs = kim.new_job("kim's"), lee.new_job("lee's")
    kim.push(comment(mine, "secret"))
    lee.push(comment(theirs))
    records, page = prof.pull_all()
    assert (records, page["jobs"]) == ([], [])
    assert {r["job_id"] for r in lee.pull_all()[0]} == {theirs}
    r = lee.snapshot(mine)
    assert r.status_code == 403 and r.json()["code"] == "forbidden"
    assert lee.snapshot(str(uuid.uuid4())).status_code == 404

    kim.share(mine, "prof", "advisor")
    records, page = prof.pull_all()
    assert page["jobs"] == [mine]
    assert {r["job_id"] for r in records} == {mine}
    snap = prof.snapshot(mine).json()
    kinds = sorted(r["kind"] for r in snap["records"])
    assert kinds == ["comment", "job", "membership", "membership"]
    assert snap["version"] >= max(r["version"] for r in snap["records"])

    cursor = page["cursor"]
    removal = change("membership", f"{mine}:prof", mine, {"user": "prof"}, op="delete")
    assert kim.push_one(removal)["status"] == "applied"
    kim.push(comment(mine, "after prof left"))
    after = prof.pull(cursor)
    assert after["jobs"] == [] and after["records"] == []
    assert prof.snapshot(mine).status_code == 403
    assert prof.push_one(comment(mine, "still here?"))["code"] == "forbidden"


def test_deletes_are_tombstones_and_an_old_cursor_must_resync(
    square: Callable[..., Square], db_url: str | None
) -> None:
    sq = square(db_url, env={"MAKERSQUARE_SQUARE_TOMBSTONE_SECONDS": "1"})
    sq.add_user("kim")
    kim = sq.api("kim")
    job_id = kim.new_job()
    c = comment(job_id, "지울 댓글")
    kim.push(c)
    _, page = kim.pull_all()
    old_cursor = page["cursor"]
    gone = kim.push_one(change("comment", str(c["id"]), job_id, op="delete"))
    assert gone["status"] == "applied" and gone["record"]["deleted"] is True
    tomb = kim.pull(old_cursor)["records"]
    assert [(r["id"], r["deleted"]) for r in tomb] == [(c["id"], True)]
    assert all(r["id"] != c["id"] for r in kim.snapshot(job_id).json()["records"])
    fresh = kim.pull(old_cursor + 1)["cursor"]

    time.sleep(1.5)  # past the retention
    r = kim.get("/v1/pull", params={"cursor": old_cursor})
    assert r.status_code == 410 and r.json()["code"] == "resync_required"
    assert kim.pull(fresh)["records"] == []  # a cursor past the purge is fine
    assert kim.pull(0)["jobs"] == [job_id]  # so is a client with nothing yet
    r = kim.get("/v1/pull", params={"cursor": fresh + 100})  # a cursor from another square
    assert r.status_code == 410
