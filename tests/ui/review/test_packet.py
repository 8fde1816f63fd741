"""ui.review.packet: the review packet PDF, read back with pypdf and rendered with pdftoppm.

The review is real: an L-shaped bracket imported as an STL and checked, the directory's
affiliations, pins with replies, a measurement and snapshots, two verdicts signed with
Ed25519 and stamped with a receipt by a square key of the test's own (as in
tests/app/review/test_review_core.py).
"""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import date
from pathlib import Path

import numpy as np
import pytest
from PIL import Image
from pypdf import PdfReader
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication
from sqlalchemy import update

from app.designs import designs
from app.designs.checks import check_revision, stored_report
from app.jobs import jobs
from app.models import Pin, Verdict
from app.review import canonical, pins, reviews, verdicts
from app.review.directory import pin_square_key, store_directory
from app.workspace import Workspace
from cad.presets import PRESETS
from cad.stl import write_binary_stl
from cad.thumbnail import render_thumbnail
from tests.cad.conftest import box_arrays
from ui.i18n import Translations
from ui.review.packet import write_packet
from ui.words.findings import finding_title
from ui.words.review import verdict_label

PIN_TEXTS = (
    "세움판 모서리에 R2 필렛을 넣어 주세요",
    "볼트 구멍 중심까지 거리 확인",
    "뒷면 리브 추가 검토",
    "바닥판 두께 6 mm 적정",
)

DISTANCE = {"kind": "distance", "value_mm": 24.5, "points": [[60, 15, 3], [60, 15, 27.5]]}


def bracket() -> tuple[np.ndarray, np.ndarray]:
    """An L bracket: a 60 × 30 × 6 mm base and a 6 mm upright 40 mm tall (two bodies, so
    the check finds something)."""
    base_v, base_f = box_arrays((60, 30, 6))
    up_v, up_f = box_arrays((6, 30, 40), (0, 0, 6))
    return np.concatenate([base_v, up_v]), np.concatenate([base_f, up_f + len(base_v)])


def make_review(ws: Workspace, folder: Path) -> str:
    """The review the packet is made of; returns its id."""
    job_id = jobs.create_job(ws, "브래킷 시제품").value
    vertices, faces = bracket()
    folder.mkdir(parents=True, exist_ok=True)
    write_binary_stl(folder / "bracket.stl", vertices, faces)
    rev = designs.import_design(ws, job_id, folder / "bracket.stl").value
    check_revision(ws, rev, PRESETS["fdm"])
    store_directory(ws, [
        {"name": "prof.lee", "role": "advisor", "affiliation": "한국기계대학교 기계공학과"},
        {"name": "kim", "role": "maker", "affiliation": "메이커스퀘어 공방"},
    ])  # fmt: skip
    review = reviews.request_review(
        ws, job_id, "prof.lee", rev, due=date(2026, 12, 20), note="강도 검토 부탁드립니다", by="kim"
    ).value
    snapshot = render_thumbnail(vertices, faces, size=160)
    points = [(3, 0, 30), (60, 15, 3), (0, 15, 20), (30, 15, 6)]
    ids = []
    for i, (point, text) in enumerate(zip(points, PIN_TEXTS, strict=True)):
        ids.append(
            pins.add_pin(
                ws, review, point=point, text=text, author="prof.lee",
                snapshot_png=snapshot if i < 2 else None,
                measurements=[DISTANCE] if i == 1 else (),
            ).value
        )  # fmt: skip
    pins.reply_to_pin(ws, ids[0], "다음 차수에 반영하겠습니다", "kim")
    pins.assign_pin(ws, ids[0], "kim")
    pins.set_pin_status(ws, ids[3], "resolved")
    key, square = canonical.new_private_key(), canonical.new_private_key()
    verdicts.give_verdict(
        ws, review, "changes_requested", note="R2 필렛 필요", signer="prof.lee", key=key
    )
    verdicts.give_verdict(ws, review, "approved", note="좋습니다", signer="prof.lee", key=key)
    pin_square_key(ws, canonical.public_key_hex(square))
    with ws.session() as s:  # the square's receipts
        for v in s.query(Verdict).all():
            v.receipt_at = "2026-12-07T08:00:00Z"
            h = canonical.verdict_hash(reviews.verdict_fields(v))
            v.receipt_signature = canonical.sign(square, canonical.receipt_bytes(h, v.receipt_at))
    return review


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def pdf_text(path: Path) -> str:
    return squeeze("".join(page.extract_text() for page in PdfReader(path).pages))


@pytest.fixture
def review_id(workspace: Workspace, tmp_path: Path) -> str:
    return make_review(workspace, tmp_path / "files")


def test_the_packet_holds_the_facts_pins_verdicts_and_their_verification(
    qapp: QApplication, workspace: Workspace, review_id: str, tmp_path: Path
) -> None:
    target = write_packet(workspace, review_id, tmp_path / "packet.pdf")
    assert target == tmp_path / "packet.pdf" and not list(tmp_path.glob("*.part"))
    review = reviews.get_review(workspace, review_id)
    report = stored_report(workspace, review.design_revision_id)
    assert report is not None and report.findings  # two boxes that share a face: non-manifold
    finding_codes = [f.code for f in report.findings]
    text = pdf_text(target)
    for expected in (
        review.job_number, "브래킷시제품", "bracket.stl", review.file_sha256,
        "kim", "메이커스퀘어공방", "prof.lee", "한국기계대학교기계공학과", "강도검토부탁드립니다",
        *map(squeeze, PIN_TEXTS), "다음차수에반영하겠습니다", "assignedtokim", "Distance24.5mm",
        "R2필렛필요", "좋습니다", "Approved", "Changesrequested", "Verified:",
        "Keyfingerprint", squeeze(canonical.fingerprint(review.verdicts[0].public_key)),
        review.verdicts[1].hash, *(squeeze(finding_title(code)) for code in finding_codes),
    ):  # fmt: skip
        assert expected in text, expected
    assert "Notverified" not in text
    assert 3 <= len(PdfReader(target).pages) <= 6


def test_a_changed_pin_shows_as_not_verified_naming_the_pin(
    qapp: QApplication, workspace: Workspace, review_id: str, tmp_path: Path
) -> None:
    with workspace.session() as s:
        s.execute(update(Pin).where(Pin.text == PIN_TEXTS[2]).values(text="뒷면 리브 불필요"))
    text = pdf_text(write_packet(workspace, review_id, tmp_path / "packet.pdf"))
    assert "Notverified.Problemsfound:2" in text  # the pin, under each of the two verdicts
    assert "Pin3sayssomethingelse" in text


def test_without_the_design_file_the_packet_says_so_and_is_still_made(
    qapp: QApplication, workspace: Workspace, review_id: str, tmp_path: Path
) -> None:
    review = reviews.get_review(workspace, review_id)
    path = workspace.files.path_for(review.file_sha256)
    path.chmod(0o644)
    path.unlink()
    text = pdf_text(write_packet(workspace, review_id, tmp_path / "packet.pdf"))
    assert "theviewsaremissing" in text
    assert "Thedesignfileisnotinthisworkspace" in text  # the verification says why
    assert squeeze(PIN_TEXTS[0]) in text


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler-utils not installed")
def test_in_korean_every_page_renders_with_hangul_text_and_the_views_drawn(
    qapp: QApplication, workspace: Workspace, review_id: str, tmp_path: Path
) -> None:
    translations = Translations()
    translations.apply("ko")
    try:
        target = write_packet(workspace, review_id, tmp_path / "검토.pdf")
        text = pdf_text(target)
        for label in ("Pins at a glance", "Verdicts and signatures", "Key fingerprint", "Front"):
            assert squeeze(QCoreApplication.translate("ReviewPacket", label)) in text
        assert squeeze(verdict_label("approved")) in text
        title = finding_title("non_manifold_edges")
        assert squeeze(title) in text
        assert re.search("[가-힣]", title)  # Korean from the shipped .qm
    finally:
        translations.apply("en")
    subprocess.run(
        ["pdftoppm", "-png", "-r", "40", str(target), str(tmp_path / "page")], check=True
    )
    pages = sorted(tmp_path.glob("page-*.png"))
    assert len(pages) == len(PdfReader(target).pages)
    for page in pages:  # text and rules on each, not a blank page
        pixels = np.asarray(Image.open(page).convert("L"))
        assert (pixels < 128).mean() > 0.002
    views = np.asarray(Image.open(pages[1]).convert("RGB")).astype(int)  # the second page
    r, g, b = views[:, :, 0], views[:, :, 1], views[:, :, 2]
    part = (abs(r - 140) < 30) & (abs(g - 158) < 30) & (b - r > 25)  # the part's blue-grey
    assert part.mean() > 0.05
    orange = (r > 150) & (g < 110) & (b < 60)
    assert orange.sum() > 10  # the pins' markers on the views
