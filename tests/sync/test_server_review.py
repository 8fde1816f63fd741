"""Design review through the real square: reviews, pins and signed verdicts with the square's
receipt, the refusals that keep a verdict provable, the directory and the pinned square key.

Maker kim asks advisor prof to review a revision; prof pins and signs on another PC. Signing
keys live in an in-memory keyring (tests.sync.http_fakes.MemoryKeyring), as on a desktop.
"""

from __future__ import annotations

import stat
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import keyring
import pytest

from app.designs import designs
from app.jobs import jobs
from app.models import Verdict
from app.replica.state import sync_status
from app.review import canonical, pins, reviews, verdicts
from app.review.directory import list_directory, square_key
from app.review.verify import verify_review
from app.workspace import Workspace
from sync import keys
from sync.engine import SyncSummary, run_sync
from sync.errors import SyncError
from sync.server import cli
from sync.server.square_key import KEY_FILE
from tests.stl_files import write_box_stl
from tests.sync.conftest import PASSWORDS, Api, Square, change
from tests.sync.http_fakes import MemoryKeyring


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    before = keyring.get_keyring()
    memory = MemoryKeyring()
    keyring.set_keyring(memory)
    yield memory
    keyring.set_keyring(before)


def sync(ws: Workspace, sq: Square, user: str) -> SyncSummary:
    return run_sync(ws, server_url=sq.url, user=user, password=PASSWORDS[user])


def requested(sq: Square, kim: Workspace, tmp_path: Path) -> tuple[str, str, str]:
    """kim's job with a design, and a review of it asked of prof, on the square:
    (job id, revision id, review id)."""
    job_id = jobs.create_job(kim, "브래킷 시제품").value
    stl = write_box_stl(tmp_path / "bracket.stl", (20.0, 10.0, 5.0))
    rev_id = designs.import_design(kim, job_id, stl, author="kim").value
    review_id = reviews.request_review(kim, job_id, "prof", rev_id, note="강도", by="kim").value
    summary = sync(kim, sq, "kim")
    assert summary.rejected == 0, sync_status(kim).last_rejected
    return job_id, rev_id, review_id


def give(ws: Workspace, sq: Square, review_id: str, verdict: str, note: str) -> str:
    key = keys.signing_key(sq.url, "prof")  # made in the keyring the first time
    return verdicts.give_verdict(ws, review_id, verdict, note=note, signer="prof", key=key).value


@pytest.fixture
def review_square(square: Callable[..., Square], db_url: str | None) -> Square:
    server = square(db_url)
    server.add_user("kim", "maker", PASSWORDS["kim"])
    server.add_user("prof", "advisor", PASSWORDS["prof"])
    return server


def test_pins_and_a_signed_verdict_come_back_with_the_squares_receipt_and_verify_on_both_pcs(
    review_square: Square, open_ws: Callable[[str], Workspace], tmp_path: Path
) -> None:
    sq = review_square
    kim, prof = open_ws("kim"), open_ws("prof")
    _job_id, _rev_id, review_id = requested(sq, kim, tmp_path)
    got = sync(prof, sq, "prof")
    assert got.review_activity == 1 and got.files_down == 1
    assert [r.id for r in reviews.list_reviews(prof, reviewer="prof")] == [review_id]

    pin_id = pins.add_pin(prof, review_id, point=(20, 5, 2.5), text="R2", author="prof").value
    first = give(prof, sq, review_id, "changes_requested", "R2로 바꿔 주세요")
    summary = sync(prof, sq, "prof")
    assert (summary.pushed, summary.rejected) == (2, 0), sync_status(prof).last_rejected
    with prof.read_session() as s:
        row = s.get(Verdict, first)
        assert row is not None and row.receipt_at and row.receipt_signature
    assert verify_review(prof, review_id).ok, verify_review(prof, review_id).problems

    news = sync(kim, sq, "kim")
    assert (news.review_activity, news.messages) == (2, 0)
    assert review_id in news.changes.reviews
    assert verify_review(kim, review_id).ok
    pins.reply_to_pin(kim, pin_id, "반영하겠습니다", "kim")
    sync(kim, sq, "kim")
    assert reviews.get_review(kim, review_id).status == "changes_requested"
    assert sync(prof, sq, "prof").messages == 1

    give(prof, sq, review_id, "approved", "좋습니다")  # chained to the first
    sync(prof, sq, "prof")
    sync(kim, sq, "kim")
    for ws in (kim, prof):
        row = reviews.get_review(ws, review_id)
        assert row.status == "approved" and row.verdicts[1].prev_hash == row.verdicts[0].hash
        assert verify_review(ws, review_id).ok


def signed_verdict(
    key: canonical.Ed25519PrivateKey, review: dict[str, Any], rev: dict[str, Any], **over: Any
) -> dict[str, Any]:
    """A verdict change on the review as prof's client would sign it (fields in `over`)."""
    data = {
        "review_id": review["id"],
        "design_revision_id": rev["id"],
        "revision_number": rev["data"]["number"],
        "file_sha256": rev["data"]["file_hash"],
        "verdict": "approved",
        "note": "",
        "pins_json": "[]",
        "signer": "prof",
        "signed_at": "2026-12-07T08:00:00Z",
        "prev_hash": "",
        "public_key": canonical.public_key_hex(key),
        **over,
    }
    fields = {**data, "job_id": review["job_id"]}
    data.setdefault("signature", canonical.sign(key, canonical.canonical_bytes(fields)))
    return change("verdict", str(uuid.uuid4()), review["job_id"], data)


def refused(api: Api, c: dict[str, Any]) -> str:
    result = api.push_one(c)
    assert result["status"] == "rejected", result
    assert result["code"] == "forbidden" or result["message"], result  # invalid says why
    return str(result["code"])


def test_the_square_refuses_what_would_make_a_verdict_unprovable(
    sq: Square, open_ws: Callable[[str], Workspace], tmp_path: Path
) -> None:
    kim_ws = open_ws("kim")
    job_id, rev_id, review_id = requested(sq, kim_ws, tmp_path)
    sq.add_user("park", "advisor", "park-pw")
    park, prof = sq.api("park", "park-pw"), sq.api("prof", PASSWORDS["prof"])
    assert park.pull()["records"] == []  # an outsider advisor reads no review
    records = {(r["kind"], r["id"]): r for r in prof.pull_all()[0]}
    review, rev = records[("review", review_id)], records[("design_revision", rev_id)]
    key = canonical.new_private_key()
    assert prof.put("/v1/me/keys", json={"public_key": canonical.public_key_hex(key)}).ok

    kim = sq.api("kim", PASSWORDS["kim"])
    assert kim.share(job_id, "park")["status"] == "applied"
    assert refused(park, signed_verdict(key, review, rev, signer="park")) == "forbidden"
    assert refused(kim, signed_verdict(key, review, rev)) == "forbidden"  # a maker
    bad = signed_verdict(key, review, rev)
    bad["data"]["note"] = "바뀐 메모"  # after signing
    assert refused(prof, bad) == "invalid"
    assert refused(prof, signed_verdict(canonical.new_private_key(), review, rev)) == "invalid"
    assert refused(prof, signed_verdict(key, review, rev, file_sha256="0" * 64)) == "invalid"
    assert refused(prof, signed_verdict(key, review, rev, signed_at="2026-12-07")) == "invalid"

    first = signed_verdict(key, review, rev)
    accepted = prof.push_one(first)
    assert accepted["status"] == "applied", accepted
    stored = accepted["record"]["data"]
    receipt = canonical.receipt_bytes(
        canonical.verdict_hash({**first["data"], "job_id": job_id}), stored["receipt_at"]
    )
    square_hex = prof.get("/v1/square").json()["public_key"]
    assert canonical.signature_holds(square_hex, stored["receipt_signature"], receipt)
    assert refused(prof, signed_verdict(key, review, rev, note="다시")) == "invalid"  # stale prev
    following = signed_verdict(key, review, rev, prev_hash=canonical.verdict_hash(
        {**first["data"], "job_id": job_id}))  # fmt: skip
    assert prof.push_one(following)["status"] == "applied"
    gone = change("verdict", first["id"], job_id, op="delete")
    assert refused(prof, gone) == "invalid"


def test_a_pin_keeps_what_it_says_and_a_review_its_revision(
    sq: Square, open_ws: Callable[[str], Workspace], tmp_path: Path
) -> None:
    kim_ws, prof_ws = open_ws("kim"), open_ws("prof")
    job_id, _rev_id, review_id = requested(sq, kim_ws, tmp_path)
    sync(prof_ws, sq, "prof")
    pin_id = pins.add_pin(prof_ws, review_id, point=(1, 2, 3), text="구멍", author="prof").value
    sync(prof_ws, sq, "prof")
    kim = sq.api("kim", PASSWORDS["kim"])
    records = {(r["kind"], r["id"]): r for r in kim.pull_all()[0]}
    pin = records[("pin", pin_id)]
    edit = change("pin", pin_id, job_id, {**pin["data"], "text": "구멍 없음"}, base=pin["data"])
    assert refused(kim, edit) == "invalid"
    resolve = change("pin", pin_id, job_id, {**pin["data"], "status": "resolved"}, base=pin["data"])
    done = kim.push_one(resolve)
    assert done["status"] == "applied" and done["record"]["data"]["text"] == "구멍"
    review = records[("review", review_id)]
    moved = {**review["data"], "design_revision_id": str(uuid.uuid4())}
    assert refused(kim, change("review", review_id, job_id, moved)) == "invalid"
    withdrawn = {**review["data"], "state": "withdrawn"}
    assert kim.push_one(change("review", review_id, job_id, withdrawn))["status"] == "applied"
    reopened = {**review["data"], "state": "open"}
    assert refused(kim, change("review", review_id, job_id, reopened)) == "invalid"


def test_the_directory_lists_advisors_with_their_cards_and_keys_and_is_kept_offline(
    sq: Square, open_ws: Callable[[str], Workspace], memory_keyring: MemoryKeyring
) -> None:
    fields = ["기계설계", "사출성형"]
    assert cli.set_profile(
        "prof", sq.db_url, sq.data_dir, affiliation="한국대 기계과", fields=fields
    ) == 0  # fmt: skip
    kim, prof = open_ws("kim"), open_ws("prof")
    public = canonical.public_key_hex(keys.signing_key(sq.url, "prof"))
    sync(prof, sq, "prof")  # publishes prof's key: a fresh sign-in reads the keyring
    summary = sync(kim, sq, "kim")
    assert summary.changes.directory
    sq.stop()  # offline from here
    [card] = list_directory(kim, role="advisor")
    assert (card.name, card.affiliation, card.fields) == ("prof", "한국대 기계과", tuple(fields))
    assert card.keys == (public,)


def test_the_squares_key_is_pinned_and_another_one_stops_the_sync_before_anything_is_sent(
    sq: Square, open_ws: Callable[[str], Workspace]
) -> None:
    kim = open_ws("kim")
    sync(kim, sq, "kim")
    api = sq.api()
    assert square_key(kim) == api.get("/v1/square").json()["public_key"]
    key_file = sq.data_dir / KEY_FILE
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    key_file.write_text(canonical.private_key_hex(canonical.new_private_key()))
    sq.restart()  # another key: not the square kim's workspace knew
    jobs.create_job(kim, "보내지 말 것")
    with pytest.raises(SyncError) as caught:
        sync(kim, sq, "kim")
    assert caught.value.code == "square_key_changed"
    assert sync_status(kim).pending > 0  # the job and its first status line wait
    assert sq.api("kim", PASSWORDS["kim"]).pull()["jobs"] == []
