"""`makersquare review …` as scripts use it, offline: real processes on a real workspace.

Without a square, "this PC's account" is what a first sync would have remembered (set here
in the workspace), and the square's receipt is stamped with a key of the test's own, as the
square would (its real receipts: tests/ui/cli/test_review_e2e.py).
"""

from __future__ import annotations

import json
import sqlite3
import uuid
import zipfile
from pathlib import Path
from typing import Any

import pytest

from app.designs.designs import import_design
from app.jobs.jobs import create_job
from app.models import Verdict
from app.replica.state import set_sync_setting
from app.review import canonical, reviews
from app.review.directory import pin_square_key
from app.workspace import open_workspace
from tests.stl_files import write_box_stl
from tests.ui.cli.conftest import PcCli
from tests.ui.cli.test_sync import ok, one_line_error

SERVER = "http://square.invalid"
REVIEW_KEYS = {"id", "job_id", "revision", "file_sha256", "requested_by", "reviewer", "status",
               "due", "verdicts", "pins"}  # fmt: skip


def as_user(tmp_path: Path, ws: str, user: str) -> None:
    """This PC works as `user` on the square, as its first sync would have remembered."""
    w = open_workspace(tmp_path / ws)
    try:
        set_sync_setting(w, "server_url", SERVER)
        set_sync_setting(w, "user", user)
    finally:
        w.close()


def stamp_receipts(tmp_path: Path, ws: str) -> None:
    """What the square does on taking a verdict: its time and signature over the verdict's
    hash; and the square's key pinned, as at the first sync."""
    square = canonical.new_private_key()
    w = open_workspace(tmp_path / ws)
    try:
        pin_square_key(w, canonical.public_key_hex(square))
        with w.session() as s:
            for v in s.query(Verdict).all():
                v.receipt_at = "2026-12-07T08:00:00Z"
                h = canonical.verdict_hash(reviews.verdict_fields(v))
                message = canonical.receipt_bytes(h, v.receipt_at)
                v.receipt_signature = canonical.sign(square, message)
    finally:
        w.close()


@pytest.fixture
def job(tmp_path: Path) -> str:
    """kim's job with one design, a 20 × 10 × 5 mm box (made in-process: not under test)."""
    w = open_workspace(tmp_path / "kim", create=True)
    try:
        job_id = create_job(w, "브래킷 시제품").value
        import_design(w, job_id, write_box_stl(tmp_path / "b.stl", (20, 10, 5)))
    finally:
        w.close()
    return job_id


def test_request_list_and_pin_as_the_contract_says(pc_cli: PcCli, job: str, tmp_path: Path) -> None:
    as_user(tmp_path, "kim", "kim")
    number = json.loads(ok(pc_cli("kim", "job", "list", "--json")))[0]["number"]
    review_id = ok(
        pc_cli(
            "kim",
            "review",
            "request",
            number,
            "--reviewer",
            "prof",
            "--due",
            "2030-01-31",
            "--note",
            "강도 확인 부탁",
        )
    ).strip()
    assert str(uuid.UUID(review_id)) == review_id
    again = pc_cli("kim", "review", "request", job, "--reviewer", "prof")
    assert "already under review" in one_line_error(again)

    prefix = review_id[:6]
    pin_id = ok(pc_cli("kim", "review", "pin", prefix, "--at", "20.3,5,2.5", "모서리 R2")).strip()
    far = one_line_error(pc_cli("kim", "review", "pin", prefix, "--at", "25,5,2.5", "멀리"))
    assert "5.00 mm from the part" in far and "within 1.00 mm" in far
    missing = one_line_error(pc_cli("kim", "review", "pin", "zzz", "--at", "0,0,0", "없음"))
    assert "zzz" in missing and "review list" in missing

    (row,) = json.loads(ok(pc_cli("kim", "review", "list", "--json")))
    assert set(row) == REVIEW_KEYS
    assert (row["id"], row["job_id"], row["revision"], row["status"]) == (
        review_id, job, 1, "open",
    )  # fmt: skip
    assert (row["requested_by"], row["reviewer"], row["due"]) == ("kim", "prof", "2030-01-31")
    assert len(row["file_sha256"]) == 64 and row["verdicts"] == []
    (pin,) = row["pins"]
    assert pin == {"id": pin_id, "point": [20.0, 5.0, 2.5], "text": "모서리 R2",
                   "status": "open", "author": "kim", "replies": []}  # fmt: skip
    table = ok(pc_cli("kim", "review", "list"))
    assert review_id[:8] in table and "Open" in table and "kim → prof" in table

    bcf, pdf = tmp_path / "pins.bcfzip", tmp_path / "packet.pdf"
    ok(pc_cli("kim", "review", "bcf", prefix, "-o", str(bcf)))
    assert {"bcf.version", f"{pin_id}/markup.bcf"} <= set(zipfile.ZipFile(bcf).namelist())
    ok(pc_cli("kim", "review", "packet", prefix, "-o", str(pdf)))
    assert pdf.read_bytes().startswith(b"%PDF")


def test_a_job_with_two_designs_names_one_and_an_older_revision_by_number(
    pc_cli: PcCli, job: str, tmp_path: Path
) -> None:
    (tmp_path / "v2").mkdir()
    w = open_workspace(tmp_path / "kim")
    try:  # b's second revision, and a second design, cap
        import_design(w, job, write_box_stl(tmp_path / "v2" / "b.stl", (20, 10, 6)))
        import_design(w, job, write_box_stl(tmp_path / "cap.stl", (5, 5, 5)))
    finally:
        w.close()
    line = one_line_error(pc_cli("kim", "review", "request", job, "--reviewer", "prof"))
    assert "--design" in line and "cap" in line
    line = one_line_error(
        pc_cli(
            "kim",
            "review",
            "request",
            job,
            "--reviewer",
            "prof",
            "--design",
            "b",
            "--revision",
            "7",
        )
    )
    assert "not 7" in line
    ok(pc_cli("kim", "review", "request", job, "--reviewer", "prof", "--design", "B",
              "--revision", "1"))  # fmt: skip
    (row,) = json.loads(ok(pc_cli("kim", "review", "list", "--json")))
    assert row["revision"] == 1


def _verify(pc_cli: PcCli, ws: str, review_id: str) -> tuple[int, dict[str, Any], str]:
    out = pc_cli(ws, "review", "verify", review_id, "--json")
    assert "Traceback" not in out.stderr
    return out.returncode, json.loads(out.stdout), out.stderr


def test_a_signed_verdict_verifies_once_received_and_fails_on_a_changed_note(
    pc_cli: PcCli, job: str, tmp_path: Path
) -> None:
    as_user(tmp_path, "kim", "kim")
    review_id = ok(pc_cli("kim", "review", "request", job, "--reviewer", "prof")).strip()
    refused = pc_cli("kim", "review", "verdict", review_id, "approve")
    assert "Only the advisor" in one_line_error(refused)

    as_user(tmp_path, "kim", "prof")  # the same workspace on the advisor's PC
    no_keyring = pc_cli("kim", "review", "verdict", review_id, "approve", keyring=False)
    assert "no keyring" in one_line_error(no_keyring)
    ok(pc_cli("kim", "review", "pin", review_id, "--at", "10,5,5.2", "구멍 위치"))
    verdict_id = ok(
        pc_cli("kim", "review", "verdict", review_id, "request-changes", "--note", "R2 필요")
    ).strip()
    (row,) = json.loads(ok(pc_cli("kim", "review", "list", "--json")))
    (v,) = row["verdicts"]
    assert (row["status"], v["verdict"], v["note"], v["signer"]) == (
        "changes_requested", "changes_requested", "R2 필요", "prof",
    )  # fmt: skip
    assert v["receipt_at"] is None and v["signed_at"].endswith("Z")

    code, found, said = _verify(pc_cli, "kim", review_id)
    assert (code, [p["code"] for p in found["problems"]]) == (1, ["no_receipt"])
    assert said.startswith("makersquare: verdict 1 (prof, Changes requested): ")
    assert "not accepted this verdict yet" in said

    stamp_receipts(tmp_path, "kim")
    assert "verified: 1 verdicts" in ok(pc_cli("kim", "review", "verify", review_id))

    db = sqlite3.connect(tmp_path / "kim" / "workspace.sqlite")
    with db:  # one byte of the note: 2 → 3
        db.execute("UPDATE verdict SET note = 'R3 필요' WHERE id = ?", (verdict_id,))
    db.close()
    code, found, said = _verify(pc_cli, "kim", review_id)
    assert code == 1 and found["ok"] is False
    assert {p["code"] for p in found["problems"]} == {"signature", "receipt"}
    assert "signature does not hold" in pc_cli("kim", "review", "verify", review_id).stderr


def test_a_workspace_without_a_square_account_cannot_sign(pc_cli: PcCli, job: str) -> None:
    review_id = ok(pc_cli("kim", "review", "request", job, "--reviewer", "prof")).strip()
    line = one_line_error(pc_cli("kim", "review", "verdict", review_id, "approve"))
    assert "no square account" in line and "makersquare sync" in line
