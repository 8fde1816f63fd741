"""app/review: a review request, pins, a signed verdict and its offline verification.

The square's receipt is made here with a key of the test's own (the square's real receipts
are tested against the running square in tests/sync/test_review_square.py).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import update

from app.designs import designs
from app.errors import InvalidValueError
from app.jobs import jobs
from app.jobs.members import list_members
from app.models import Pin, Verdict
from app.review import canonical, pins, reviews, verdicts
from app.review.directory import SquareKeyChangedError, pin_square_key
from app.review.verify import verify_review
from app.workspace import Workspace
from tests.stl_files import write_box_stl


@pytest.fixture
def job(workspace: Workspace, tmp_path: Path) -> tuple[str, str]:
    job_id = jobs.create_job(workspace, "브래킷 시제품").value
    rev = designs.import_design(workspace, job_id, write_box_stl(tmp_path / "b.stl", (20, 10, 5)))
    return job_id, rev.value


def _receipt(ws: Workspace, square: canonical.Ed25519PrivateKey) -> None:
    """Stamp every verdict as the square would on accepting it."""
    with ws.session() as s:
        for v in s.query(Verdict).all():
            v.receipt_at = "2026-12-07T08:00:00Z"
            h = reviews.verdict_hash(reviews.verdict_fields(v))
            v.receipt_signature = canonical.sign(square, canonical.receipt_bytes(h, v.receipt_at))


def test_a_request_shares_the_job_and_a_signed_verdict_verifies_until_a_byte_changes(
    workspace: Workspace, job: tuple[str, str]
) -> None:
    job_id, rev_id = job
    review_id = reviews.request_review(
        workspace, job_id, "prof", rev_id, note="강도 확인 부탁", by="kim"
    ).value
    assert [(m.user, m.role) for m in list_members(workspace, job_id)] == [("prof", "advisor")]
    pin_id = pins.add_pin(
        workspace, review_id, point=(20, 5, 2.5), normal=(1, 0, 0), face=3, text="모서리 R2",
        author="prof",
    ).value  # fmt: skip
    pins.reply_to_pin(workspace, pin_id, "반영하겠습니다", "kim")
    key, square = canonical.new_private_key(), canonical.new_private_key()
    with pytest.raises(InvalidValueError):
        verdicts.give_verdict(workspace, review_id, "approved", note="", signer="kim", key=key)
    verdicts.give_verdict(
        workspace, review_id, "changes_requested", note="R2 필요", signer="prof", key=key
    )
    row = reviews.get_review(workspace, review_id, me="kim")
    assert row.status == "changes_requested"
    assert row.pins[0].replies[0].body == "반영하겠습니다"
    assert [p.code for p in verify_review(workspace, review_id).problems] == ["no_receipt"]

    pin_square_key(workspace, canonical.public_key_hex(square))
    _receipt(workspace, square)
    assert verify_review(workspace, review_id).ok

    verdicts.give_verdict(workspace, review_id, "approved", note="좋습니다", signer="prof", key=key)
    _receipt(workspace, square)
    row = reviews.get_review(workspace, review_id)
    assert row.status == "approved"
    assert row.verdicts[1].prev_hash == row.verdicts[0].hash
    assert verify_review(workspace, review_id).ok

    with workspace.session() as s:  # someone edits the note in the database
        s.execute(update(Verdict).where(Verdict.verdict == "approved").values(note="좋습니다!"))
    codes = {p.code for p in verify_review(workspace, review_id).problems}
    assert "signature" in codes


def test_a_changed_pin_or_design_file_fails_verification(
    workspace: Workspace, job: tuple[str, str]
) -> None:
    job_id, rev_id = job
    review_id = reviews.request_review(workspace, job_id, "prof", rev_id, by="kim").value
    pins.add_pin(workspace, review_id, point=(0, 0, 0), text="구멍 위치", author="prof")
    key, square = canonical.new_private_key(), canonical.new_private_key()
    verdicts.give_verdict(workspace, review_id, "approved", note="", signer="prof", key=key)
    pin_square_key(workspace, canonical.public_key_hex(square))
    _receipt(workspace, square)
    assert verify_review(workspace, review_id).ok

    with workspace.session() as s:
        s.execute(update(Pin).values(text="구멍 위치 OK"))
    assert [p.code for p in verify_review(workspace, review_id).problems] == ["pin_changed"]
    with workspace.session() as s:
        s.execute(update(Pin).values(text="구멍 위치"))

    path = workspace.files.path_for(designs.get_revision(workspace, rev_id).file_hash)
    path.chmod(0o644)
    data = bytearray(path.read_bytes())
    data[100] ^= 1
    path.write_bytes(bytes(data))
    assert [p.code for p in verify_review(workspace, review_id).problems] == ["file_changed"]


def test_a_re_request_on_a_newer_revision_supersedes_and_the_square_key_is_pinned(
    workspace: Workspace, job: tuple[str, str], tmp_path: Path
) -> None:
    job_id, rev_id = job
    first = reviews.request_review(workspace, job_id, "prof", rev_id, by="kim").value
    with pytest.raises(InvalidValueError):
        reviews.request_review(workspace, job_id, "prof", rev_id, by="kim")
    (tmp_path / "v2").mkdir()
    newer = designs.import_design(  # the same name: the design's next revision
        workspace, job_id, write_box_stl(tmp_path / "v2" / "b.stl", (20, 10, 6))
    ).value
    second = reviews.request_review(workspace, job_id, "prof", newer, by="kim").value
    rows = {r.id: r for r in reviews.list_reviews(workspace, reviewer="prof")}
    assert rows[first].status == "superseded"
    assert rows[second].supersedes_id == first and rows[second].revision == 2
    assert pins.pins_for_revision(workspace, newer) == []

    pin_square_key(workspace, "ab" * 32)
    pin_square_key(workspace, "ab" * 32)
    with pytest.raises(SquareKeyChangedError):
        pin_square_key(workspace, "cd" * 32)
