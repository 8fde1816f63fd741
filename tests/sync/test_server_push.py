"""Push: role checks, idempotent retries and the per-kind rules, on SQLite and PostgreSQL."""

from __future__ import annotations

import uuid
from collections.abc import Callable

import pytest

from tests.sync.conftest import Api, Square, change


@pytest.fixture
def three(square: Callable[..., Square], db_url: str | None) -> tuple[Square, Api, Api, Api]:
    """A square with maker kim, maker lee and advisor prof, each logged in."""
    sq = square(db_url)
    for name, role in (("kim", "maker"), ("lee", "maker"), ("prof", "advisor")):
        sq.add_user(name, role)
    return sq, sq.api("kim"), sq.api("lee"), sq.api("prof")


def status_change(job_id: str, source: str | None, target: str) -> dict[str, object]:
    data = {"from_status": source, "to_status": target, "changed_by": "x", "note": ""}
    return change("job_status_change", str(uuid.uuid4()), job_id, data)


def test_the_pusher_of_a_job_is_its_maker_and_roles_are_checked(
    three: tuple[Square, Api, Api, Api],
) -> None:
    _sq, kim, lee, prof = three
    job_id = kim.new_job("은반지", notes="")
    records, page = kim.pull_all()
    assert page["jobs"] == [job_id]
    member = next(r for r in records if r["kind"] == "membership")
    assert member["id"] == f"{job_id}:kim" and member["data"] == {"user": "kim", "role": "maker"}
    new_job = str(uuid.uuid4())
    assert prof.push_one(change("job", new_job, new_job, {"title": "x"}))["code"] == "forbidden"

    assert kim.share(job_id, "prof", "advisor")["status"] == "applied"
    comment = change(
        "comment", str(uuid.uuid4()), job_id, {"body": "벽이 얇아요", "author": "prof"}
    )
    assert prof.push_one(comment)["status"] == "applied"
    edit = change("job", job_id, job_id, {"title": "바뀐 제목"}, base={"title": "은반지"})
    refused = prof.push_one(edit)
    assert (refused["status"], refused["code"]) == ("rejected", "forbidden")
    assert prof.push_one(status_change(job_id, "inquiry", "quoting"))["code"] == "forbidden"
    design = change("design", str(uuid.uuid4()), job_id, {"name": "ring"})
    assert prof.push_one(design)["code"] == "forbidden"
    assert prof.share(job_id, "lee", "maker")["code"] == "forbidden"
    # lee is no member at all: nothing goes, not even a comment.
    other = change("comment", str(uuid.uuid4()), job_id, {"body": "hi"})
    assert lee.push_one(other)["code"] == "forbidden"
    refused = lee.push_one(change("job", job_id, job_id, {"title": "mine"}))
    assert (refused["code"], refused["record"]) == ("forbidden", None)  # nothing leaks


def test_a_retried_change_is_answered_again_and_applied_once(
    three: tuple[Square, Api, Api, Api],
) -> None:
    _sq, kim, _lee, _prof = three
    job_id = kim.new_job()
    c = change("comment", str(uuid.uuid4()), job_id, {"body": "첫 댓글"})
    first = kim.push_one(c)
    assert first["status"] == "applied" and first["version"] is not None
    again = kim.push(c, c)
    assert again == [first, first]
    records, _ = kim.pull_all()
    assert [r["id"] for r in records if r["kind"] == "comment"] == [c["id"]]
    # A second change (new change_id) for the same append-only record is a duplicate.
    copy = {**c, "change_id": str(uuid.uuid4()), "data": {"body": "바꿔치기"}}
    dup = kim.push_one(copy)
    assert dup["status"] == "duplicate" and dup["record"]["data"] == {"body": "첫 댓글"}


def test_concurrent_job_edits_merge_field_by_field(three: tuple[Square, Api, Api, Api]) -> None:
    _sq, kim, lee, _prof = three
    seen = {"title": "은반지", "notes": "", "priority": 1}
    job_id = kim.new_job(**seen)
    kim.share(job_id, "lee", "maker")
    a = change("job", job_id, job_id, {**seen, "title": "금반지"}, base=seen)
    b = change("job", job_id, job_id, {**seen, "priority": 3, "status": "closed"}, base=seen)
    assert kim.push_one(a)["status"] == "applied"
    merged = lee.push_one(b)
    assert merged["status"] == "applied"
    assert merged["record"]["data"] == {
        "title": "금반지",
        "notes": "",
        "priority": 3,
        "status": "inquiry",  # status moves only through job_status_change
    }


def test_status_is_arbitrated_by_the_square(three: tuple[Square, Api, Api, Api]) -> None:
    _sq, kim, lee, _prof = three
    job_id = kim.new_job()
    kim.share(job_id, "lee", "maker")
    assert kim.push_one(status_change(job_id, None, "inquiry"))["status"] == "applied"
    for source, target in (("inquiry", "quoting"), ("quoting", "quoted")):
        assert kim.push_one(status_change(job_id, source, target))["status"] == "applied"
    won = kim.push_one(status_change(job_id, "quoted", "accepted"))
    lost = lee.push_one(status_change(job_id, "quoted", "quoting"))
    assert won["status"] == "applied"
    assert (lost["status"], lost["code"]) == ("rejected", "invalid")
    assert lost["record"]["kind"] == "job" and lost["record"]["data"]["status"] == "accepted"
    # A move the state machine does not allow is refused even from the right status.
    skip = kim.push_one(status_change(job_id, "accepted", "delivered"))
    assert skip["status"] == "rejected"
    # On hold resumes only where it was held.
    assert kim.push_one(status_change(job_id, "accepted", "on_hold"))["status"] == "applied"
    assert kim.push_one(status_change(job_id, "on_hold", "quoting"))["status"] == "rejected"
    assert kim.push_one(status_change(job_id, "on_hold", "accepted"))["status"] == "applied"
    records, _ = kim.pull_all()
    job = [r for r in records if r["kind"] == "job"][-1]
    assert job["data"]["status"] == "accepted"
    history = [r["data"]["to_status"] for r in records if r["kind"] == "job_status_change"]
    assert history == ["inquiry", "quoting", "quoted", "accepted", "on_hold", "accepted"]


def test_a_stale_quote_draft_becomes_a_sibling_and_a_sent_revision_is_frozen(
    three: tuple[Square, Api, Api, Api],
) -> None:
    _sq, kim, lee, _prof = three
    job_id = kim.new_job()
    kim.share(job_id, "lee", "maker")
    quote_id, rev_id = str(uuid.uuid4()), str(uuid.uuid4())
    assert kim.push_one(change("quote", quote_id, job_id, {"number": "Q-1"}))["status"] == "applied"
    draft = {"quote_id": quote_id, "number": 1, "status": "draft", "notes": ""}
    v1 = kim.push_one(change("quote_revision", rev_id, job_id, draft))["version"]
    kims = {**draft, "notes": "kim"}
    v2 = kim.push_one(change("quote_revision", rev_id, job_id, kims, base=draft, base_version=v1))
    assert v2["status"] == "applied" and v2["record"]["data"]["notes"] == "kim"
    lees = {**draft, "notes": "lee"}
    branched = lee.push_one(
        change("quote_revision", rev_id, job_id, lees, base=draft, base_version=v1)
    )
    assert branched["status"] == "conflict"
    sibling = branched["record"]
    assert sibling["id"] != rev_id and sibling["data"]["branch_of"] == rev_id
    assert sibling["data"]["notes"] == "lee"
    records, _ = kim.pull_all()
    assert {r["id"] for r in records if r["kind"] == "quote_revision"} == {rev_id, sibling["id"]}

    line = {"revision_id": rev_id, "position": 1, "item": "반지", "quantity": 1}
    line_id = str(uuid.uuid4())
    assert kim.push_one(change("quote_line", line_id, job_id, line))["status"] == "applied"
    sent = {**kims, "status": "sent"}
    base_version = v2["version"]
    assert (
        kim.push_one(
            change("quote_revision", rev_id, job_id, sent, base=kims, base_version=base_version)
        )["status"]
        == "applied"
    )
    frozen = kim.push_one(change("quote_revision", rev_id, job_id, {**sent, "notes": "late"}))
    assert (frozen["status"], frozen["code"]) == ("rejected", "invalid")
    assert frozen["record"]["data"]["notes"] == "kim"
    late_line = change("quote_line", line_id, job_id, {**line, "quantity": 2}, base=line)
    assert kim.push_one(late_line)["status"] == "rejected"


def test_design_revisions_are_never_overwritten(three: tuple[Square, Api, Api, Api]) -> None:
    _sq, kim, _lee, _prof = three
    job_id = kim.new_job()
    rev_id = str(uuid.uuid4())
    data = {"design_id": "d", "number": 1, "file_hash": "a" * 64}
    assert kim.push_one(change("design_revision", rev_id, job_id, data))["status"] == "applied"
    again = kim.push_one(change("design_revision", rev_id, job_id, {**data, "file_hash": "b" * 64}))
    assert again["status"] == "duplicate" and again["record"]["data"]["file_hash"] == "a" * 64


def test_bad_changes_are_rejected_one_by_one(three: tuple[Square, Api, Api, Api]) -> None:
    sq, kim, _lee, _prof = three
    job_id = kim.new_job()
    results = kim.push(
        change("gizmo", str(uuid.uuid4()), job_id, {}),
        change("comment", str(uuid.uuid4()), str(uuid.uuid4()), {"body": "no such job"}),
        change("comment", str(uuid.uuid4()), job_id, {"body": "fine"}),
    )
    assert [(r["status"], r["code"]) for r in results] == [
        ("rejected", "invalid"),
        ("rejected", "not_found"),
        ("applied", None),
    ]
    too_many = [change("comment", str(uuid.uuid4()), job_id, {}) for _ in range(501)]
    r = kim.post("/v1/push", json={"changes": too_many})
    assert r.status_code == 413 and r.json()["code"] == "too_large"
    r = kim.post("/v1/push", json={"changes": [{"kind": "comment"}]})
    assert r.status_code == 422 and r.json()["code"] == "invalid"
    assert sq.api().post("/v1/push", json={"changes": []}).json()["code"] == "token_expired"
