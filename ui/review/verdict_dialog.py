"""Approve… / Request changes…: the reviewer's verdict, signed, with what it signs shown first.

Before signing, the dialog shows what the signature will cover (the revision, its file's
SHA-256, how many pins, who signs and the key's fingerprint) and says that a verdict cannot
be edited afterwards: a changed mind is a new verdict, chained after this one. The key is
the reviewer's own Ed25519 key in the OS keyring (sync.keys); it is read on the pool, and
made there on the first verdict. Signing runs on the write lane (ui.operations.review).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.review.reviews import ReviewRow
from sync.errors import SyncError
from ui.app_context import AppContext
from ui.models.reviews import revision_text
from ui.operations import review as review_ops
from ui.operations.op import Query
from ui.review.verdict_history import key_fingerprint
from ui.tasks import TaskContext

T = TypeVar("T")


@dataclass(frozen=True)
class Signer:
    """Who would sign here, and with which key (None: a new one is made when signing)."""

    account: review_ops.Account
    public_key: str | None
    keyring: bool  # False: this PC has no safe keyring, so nothing can be signed here


def read_signer(ctx: AppContext) -> Query[Signer]:
    """The account and its stored key's public half (the keyring may be slow: on the pool)."""
    from app.review import canonical
    from sync.keys import stored_signing_key

    ws = ctx.ws

    def read(_task: TaskContext) -> Signer:
        account = review_ops.square_account(ws)
        if not account.signed_in:
            return Signer(account, None, True)
        try:
            key = stored_signing_key(account.server_url, account.user)
        except SyncError as exc:
            if exc.code != "no_keyring":
                raise
            return Signer(account, None, False)
        return Signer(account, canonical.public_key_hex(key) if key else None, True)

    return Query(ctx, read)


class VerdictDialog(QDialog):
    signed = Signal(str)  # the verdict's id

    def __init__(
        self, ctx: AppContext, review: ReviewRow, verdict: str, parent: QWidget | None = None
    ) -> None:
        """`verdict`: "approved" or "changes_requested"."""
        super().__init__(parent)
        self.ctx = ctx
        self.review = review
        self.verdict = verdict
        self.signer: Signer | None = None
        self.verdict_id: str | None = None
        approve = verdict == "approved"
        self.setWindowTitle(self.tr("Approve") if approve else self.tr("Request changes"))
        self.setMinimumWidth(560)
        self._build(approve)
        read_signer(ctx).success(self._guarded(self.show_signer)).failure(
            self._guarded(self._on_failed)
        ).run()

    def _build(self, approve: bool) -> None:
        r = self.review
        heading = (
            self.tr("Approve %1 of %2 “%3”.")
            if approve
            else self.tr("Request changes to %1 of %2 “%3”.")
        )
        self.heading = QLabel(
            heading.replace("%1", revision_text(r.design_name, r.revision))
            .replace("%2", r.job_number)
            .replace("%3", r.job_title)
        )
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.note_edit = QPlainTextEdit()
        self.note_edit.setFixedHeight(100)
        self.note_edit.setPlaceholderText(
            self.tr("Why you approve (optional)")
            if approve
            else self.tr("What should change (the pins say where)")
        )
        self.summary = self._summary()
        self.warning = QLabel(
            self.tr(
                "A signed verdict cannot be edited afterwards. If you change your mind, give a "
                "new verdict: it is added after this one, and both stay."
            )
        )
        self.warning.setWordWrap(True)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setProperty("verdict", "error")
        self.problem.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.sign_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.sign_button.setText(
            self.tr("Sign and approve") if approve else self.tr("Sign and request changes")
        )
        self.sign_button.setObjectName("primaryButton")
        self.sign_button.setEnabled(False)
        self.buttons.accepted.connect(self._on_sign_clicked)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(QLabel(self.tr("Note")))
        layout.addWidget(self.note_edit)
        layout.addWidget(self.summary)
        layout.addWidget(self.warning)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.note_edit.setFocus()

    def _summary(self) -> QGroupBox:
        """What the signature covers."""
        r = self.review
        box = QGroupBox(self.tr("What will be signed"))
        form = QFormLayout(box)
        self.hash_label = QLabel(r.file_sha256)
        self.hash_label.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.hash_label.setWordWrap(True)
        self.hash_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.signer_label = QLabel("…")
        self.key_label = QLabel("…")
        self.key_label.setWordWrap(True)
        form.addRow(self.tr("Revision"), QLabel(revision_text(r.design_name, r.revision)))
        form.addRow(self.tr("File SHA-256"), self.hash_label)
        form.addRow(self.tr("Pins"), QLabel(self._pins_text()))
        form.addRow(self.tr("Signer"), self.signer_label)
        form.addRow(self.tr("Key"), self.key_label)
        return box

    def _pins_text(self) -> str:
        count = len(self.review.pins)
        if not count:
            return self.tr("none")
        return self.tr("%1, each with its text and place as they are now").replace("%1", str(count))

    # --- who signs -------------------------------------------------------------------------
    def show_signer(self, signer: Signer) -> None:
        self.signer = signer
        account = signer.account
        self.signer_label.setText(account.user or self.tr("(not signed in)"))
        if signer.public_key:
            self.key_label.setText(key_fingerprint(signer.public_key))
        elif signer.keyring and account.signed_in:
            self.key_label.setText(
                self.tr("A new signing key is made now and kept in this computer's keyring.")
            )
        else:
            self.key_label.setText("—")
        why_not = self._why_not(signer)
        self.problem.setText(why_not)
        self.problem.setVisible(bool(why_not))
        self.sign_button.setEnabled(not why_not)

    def _why_not(self, signer: Signer) -> str:
        account = signer.account
        if not account.signed_in:
            return self.not_signed_in_text()
        if not signer.keyring:
            return self.no_keyring_text()
        if account.user != self.review.reviewer:
            return (
                self.tr("You are signed in as %1; only %2, who was asked, can give this verdict.")
                .replace("%1", account.user)
                .replace("%2", self.review.reviewer)
            )
        return ""

    def not_signed_in_text(self) -> str:
        return self.tr(
            "Sign in to the square first (Settings ▸ Square): a verdict is signed as your "
            "square account, so that others can check it was you."
        )

    def no_keyring_text(self) -> str:
        return self.tr(
            "This computer has no keyring (the system's password store) to keep your signing "
            "key, and the key is never kept in a plain file, so no verdict can be signed here. "
            "Sign on a computer with a keyring."
        )

    # --- signing ---------------------------------------------------------------------------
    def _on_sign_clicked(self) -> None:
        self.sign_button.setEnabled(False)
        self.problem.hide()
        review_ops.give_verdict(
            self.ctx, self.review.id, self.verdict, self.note_edit.toPlainText(), parent=self
        ).success(self._guarded(self._on_signed)).failure(self._guarded(self._on_failed)).run()

    def _on_signed(self, verdict_id: str) -> None:
        self.verdict_id = verdict_id
        self.signed.emit(verdict_id)
        self.accept()

    def _on_failed(self, exc: BaseException) -> None:
        """Words for what the user can mend here; anything else to the presenter."""
        if isinstance(exc, review_ops.NotSignedIn):
            text = self.not_signed_in_text()
        elif isinstance(exc, SyncError) and exc.code == "no_keyring":
            text = self.no_keyring_text()
        else:
            from ui.errors import present

            self.sign_button.setEnabled(self.signer is not None and not self._why_not(self.signer))
            present(exc, self)
            return
        self.problem.setText(text)
        self.problem.show()

    def _guarded(self, slot: Callable[[T], None]) -> Callable[[T], None]:
        """`slot`, unless the dialog was closed (and deleted) before the task ended."""

        def call(value: T) -> None:
            if shiboken6.isValid(self):
                slot(value)

        return call
