"""Approve… / Request changes…: what is signed is shown, the verdict is signed with the
reviewer's key from the keyring and verifies; without an account or a keyring it says so."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from pytestqt.qtbot import QtBot

from app.models import Verdict
from app.review import canonical, pins, reviews
from app.review.directory import pin_square_key
from app.review.verify import verify_review
from tests.sync.http_fakes import MemoryKeyring
from tests.ui.review.review_setup import UnderReview, memory_keyring, request, sign_in
from ui.app_context import AppContext
from ui.review.verdict_dialog import VerdictDialog

__all__ = ["memory_keyring"]  # the fixture, used by name


def _dialog(qtbot: QtBot, ctx: AppContext, review_id: str, verdict: str) -> VerdictDialog:
    dialog = VerdictDialog(ctx, reviews.get_review(ctx.ws, review_id), verdict)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.signer is not None, timeout=5000)
    return dialog


@pytest.fixture
def under_review(ctx: AppContext, tmp_path: Path) -> UnderReview:
    made = request(ctx.ws, tmp_path, by="kim", reviewer="prof")
    pins.add_pin(ctx.ws, made.review_id, point=(20, 5, 2.5), text="모서리 R2", author="prof")
    ctx.user_name = "prof"
    return made


def _stamp_receipts(ctx: AppContext, square: Ed25519PrivateKey) -> None:
    """What the square adds when it accepts a verdict (its time and signature)."""
    with ctx.ws.session() as s:
        for v in s.query(Verdict).all():
            v.receipt_at = "2026-12-07T08:00:00Z"
            h = canonical.verdict_hash(reviews.verdict_fields(v))
            v.receipt_signature = canonical.sign(square, canonical.receipt_bytes(h, v.receipt_at))


def test_the_reviewer_signs_and_the_verdict_verifies(
    qtbot: QtBot, ctx: AppContext, under_review: UnderReview, memory_keyring: MemoryKeyring
) -> None:
    sign_in(ctx.ws, "prof")
    dialog = _dialog(qtbot, ctx, under_review.review_id, "changes_requested")
    row = reviews.get_review(ctx.ws, under_review.review_id)
    assert dialog.hash_label.text() == row.file_sha256
    assert dialog.signer_label.text() == "prof"
    assert "new signing key" in dialog.key_label.text()  # the first verdict on this PC
    assert "cannot be edited" in dialog.warning.text()
    assert dialog.sign_button.isEnabled() and dialog.problem.isHidden()
    assert dialog.sign_button.text() == "Sign and request changes"
    dialog.note_edit.setPlainText("R2로 바꿔 주세요")
    with qtbot.waitSignal(dialog.signed, timeout=5000):
        dialog.sign_button.click()
    assert dialog.result() == VerdictDialog.DialogCode.Accepted
    row = reviews.get_review(ctx.ws, under_review.review_id)
    assert row.status == "changes_requested"
    (verdict,) = row.verdicts
    assert (verdict.signer, verdict.note) == ("prof", "R2로 바꿔 주세요")
    assert any(k[1].startswith("signing:prof@") for k in memory_keyring.secrets)
    # the signature holds; only the square's receipt is still to come
    assert [p.code for p in verify_review(ctx.ws, under_review.review_id).problems] == [
        "no_receipt"
    ]
    square = canonical.new_private_key()
    pin_square_key(ctx.ws, canonical.public_key_hex(square))
    _stamp_receipts(ctx, square)
    assert verify_review(ctx.ws, under_review.review_id).ok

    again = _dialog(qtbot, ctx, under_review.review_id, "approved")  # the key is kept
    assert again.key_label.text() == canonical.fingerprint(verdict.public_key)
    assert again.sign_button.text() == "Sign and approve"


def test_without_an_account_it_asks_to_sign_in_first(
    qtbot: QtBot, ctx: AppContext, under_review: UnderReview, memory_keyring: MemoryKeyring
) -> None:
    dialog = _dialog(qtbot, ctx, under_review.review_id, "approved")
    assert not dialog.sign_button.isEnabled()
    assert not dialog.problem.isHidden()
    assert "Sign in to the square first" in dialog.problem.text()


def test_signed_in_as_someone_else_it_cannot_sign(
    qtbot: QtBot, ctx: AppContext, under_review: UnderReview, memory_keyring: MemoryKeyring
) -> None:
    sign_in(ctx.ws, "kim")
    dialog = _dialog(qtbot, ctx, under_review.review_id, "approved")
    assert not dialog.sign_button.isEnabled()
    assert "only prof" in dialog.problem.text()


@pytest.fixture
def no_keyring() -> Iterator[None]:
    from keyring.backends import fail

    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())  # type: ignore[no-untyped-call]
    yield
    keyring.set_keyring(before)


def test_without_a_keyring_it_says_no_verdict_can_be_signed_here(
    qtbot: QtBot, ctx: AppContext, under_review: UnderReview, no_keyring: None
) -> None:
    sign_in(ctx.ws, "prof")
    dialog = _dialog(qtbot, ctx, under_review.review_id, "approved")
    assert not dialog.sign_button.isEnabled()
    assert "no keyring" in dialog.problem.text()
    assert reviews.get_review(ctx.ws, under_review.review_id).verdicts == ()


def test_a_keyring_gone_when_signing_is_said_in_the_dialog(
    qtbot: QtBot,
    ctx: AppContext,
    under_review: UnderReview,
    memory_keyring: MemoryKeyring,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from keyring.backends import fail

    sign_in(ctx.ws, "prof")
    dialog = _dialog(qtbot, ctx, under_review.review_id, "approved")
    assert dialog.sign_button.isEnabled()
    presented: list[BaseException] = []
    monkeypatch.setattr("ui.errors.present", lambda exc, _parent: presented.append(exc))
    keyring.set_keyring(fail.Keyring())  # type: ignore[no-untyped-call]
    dialog.sign_button.click()
    qtbot.waitUntil(lambda: not dialog.problem.isHidden(), timeout=5000)
    assert "no keyring" in dialog.problem.text()
    assert presented == [] and dialog.isVisible()
    assert reviews.get_review(ctx.ws, under_review.review_id).verdicts == ()
