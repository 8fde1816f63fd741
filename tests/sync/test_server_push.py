"""Push: role checks, idempotent retries and the per-kind rules, on SQLite and PostgreSQL."""

from __future__ import annotations

import hashlib
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


# What a new quote revision needs besides its quote and number (sync.server.validation).
DATES = {"issue_date": "2026-03-02", "valid_until": "2026-04-01"}


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
    theirs = {"number": "J-1", "title": "x"}
    assert prof.push_one(change("job", new_job, new_job, theirs))["code"] == "forbidden"

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
    # (the square sets a comment's author: the pusher)
    assert dup["status"] == "duplicate"
    assert dup["record"]["data"] == {"body": "첫 댓글", "author": "kim"}


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
        "number": "J-2026-0001",
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
    draft = {"quote_id": quote_id, "number": 1, "status": "draft", "notes": "", **DATES}
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
    alone = kim.push_one(change("quote_line", line_id, job_id, line))
    assert (alone["status"], alone["code"]) == ("rejected", "invalid")  # lines travel inside
    sent = {**kims, "status": "sent"}
    base_version = v2["version"]
    unit = [{"id": line_id, "data": line}]
    taken = kim.push_one(
        change(
            "quote_revision", rev_id, job_id, sent, base=kims, base_version=base_version, lines=unit
        )
    )
    assert taken["status"] == "applied"
    assert [(ln["id"], ln["data"]["item"]) for ln in taken["lines"]] == [(line_id, "반지")]
    frozen = kim.push_one(change("quote_revision", rev_id, job_id, {**sent, "notes": "late"}))
    assert (frozen["status"], frozen["code"]) == ("rejected", "invalid")
    assert frozen["record"]["data"]["notes"] == "kim"
    assert [ln["id"] for ln in frozen["lines"]] == [line_id]  # the square's unit, for the inbox
    later = [{"id": line_id, "data": {**line, "quantity": 2}}]
    late_line = change(
        "quote_revision", rev_id, job_id, sent, base_version=base_version, lines=later
    )
    assert kim.push_one(late_line)["status"] == "rejected"
    again = change("quote_revision", rev_id, job_id, sent, lines=unit)
    assert kim.push_one(again)["status"] == "duplicate"  # the same unit: a retry, no harm


def test_a_stale_draft_unit_branches_with_all_of_its_lines(
    three: tuple[Square, Api, Api, Api],
) -> None:
    _sq, kim, lee, _prof = three
    job_id = kim.new_job()
    kim.share(job_id, "lee", "maker")
    quote_id, rev_id = str(uuid.uuid4()), str(uuid.uuid4())
    kim.push_one(change("quote", quote_id, job_id, {"number": "Q-1"}))
    draft = {"quote_id": quote_id, "number": 1, "status": "draft", "notes": "", **DATES}
    a, b = str(uuid.uuid4()), str(uuid.uuid4())
    lines = [
        {"id": a, "data": {"position": 1, "item": "반지", "quantity": 1, "unit_price": 100}},
        {"id": b, "data": {"position": 2, "item": "체인", "quantity": 1, "unit_price": 50}},
    ]
    v1 = kim.push_one(change("quote_revision", rev_id, job_id, draft, lines=lines))["version"]
    priced = [lines[0], {"id": b, "data": {**lines[1]["data"], "unit_price": 70}}]
    kims = kim.push_one(
        change("quote_revision", rev_id, job_id, draft, base=draft, base_version=v1, lines=priced)
    )
    assert kims["status"] == "applied" and kims["version"] > v1  # the unit's version moved
    lees = [{"id": a, "data": {**lines[0]["data"], "quantity": 3}}]  # lee dropped 체인
    mine = {**draft, "notes": "lee"}
    branched = lee.push_one(
        change("quote_revision", rev_id, job_id, mine, base=draft, base_version=v1, lines=lees)
    )

    assert branched["status"] == "conflict"
    sibling = branched["record"]["id"]
    assert [(ln["data"]["item"], ln["data"]["quantity"]) for ln in branched["lines"]] == [
        ("반지", 3)
    ]
    assert all(ln["data"]["revision_id"] == sibling for ln in branched["lines"])
    records, _ = kim.pull_all()
    original = {
        r["id"]: r["data"]["unit_price"]
        for r in records
        if r["kind"] == "quote_line" and r["data"]["revision_id"] == rev_id and not r["deleted"]
    }
    assert original == {a: 100, b: 70}  # kim's accepted prices are untouched


def test_design_revisions_are_never_overwritten(three: tuple[Square, Api, Api, Api]) -> None:
    _sq, kim, _lee, _prof = three
    job_id = kim.new_job()
    rev_id = str(uuid.uuid4())
    first, second = sent_file(kim, b"first"), sent_file(kim, b"second")  # names only files sent
    data = {
        "design_id": "d",
        "number": 1,
        "file_hash": first,
        "original_name": "ring.stl",
        "format": "stl",
        "size_bytes": 5,
    }
    assert kim.push_one(change("design_revision", rev_id, job_id, data))["status"] == "applied"
    again = kim.push_one(change("design_revision", rev_id, job_id, {**data, "file_hash": second}))
    assert again["status"] == "duplicate" and again["record"]["data"]["file_hash"] == first


def sent_file(api: Api, content: bytes) -> str:
    """Upload `content` whole; its SHA-256."""
    digest = hashlib.sha256(content).hexdigest()
    assert api.put(f"/v1/files/{digest}/upload", params={"offset": 0}, data=content).ok
    assert api.post(f"/v1/files/{digest}/complete", json={"size": len(content)}).ok
    return digest


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
