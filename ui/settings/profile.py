"""The business profile in Settings (printed on every 견적서), checked as it is typed.

사업자등록번호 is formatted 123-45-67890 while typed and its check digit verified at once; the
e-mail address and phone number are checked too. Save refuses what would print wrongly and
says which field to fix; a saved profile is confirmed beside the button.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, Qt, QTime
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import bizno, catalogue
from app.changes import Changes
from ui.app_context import AppContext
from ui.errors import present
from ui.operations import settings as settings_ops
from ui.operations.op import Op
from ui.settings.section import SettingsSection
from ui.words.errors import error_text

PROFILE_FIELDS = (
    "business_name",
    "representative",
    "registration_no",
    "address",
    "business_type",
    "business_item",
    "phone",
    "email",
)
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s.]{2,}")
_PHONE = re.compile(r"\+?[0-9][0-9 ()-]*")
SEAL_PREVIEW_PX = 84

translate = QCoreApplication.translate  # the strings keep the SettingsPage context


def set_verdict(label: QLabel, verdict: str, text: str) -> None:
    """Show `text` in the colour of `verdict` ("ok", "error", "pending"; the theme's colours)."""
    label.setText(text)
    label.setVisible(bool(text))
    if label.property("verdict") != verdict:
        label.setProperty("verdict", verdict)
        label.style().unpolish(label)
        label.style().polish(label)


def format_bizno_typed(text: str, cursor: int) -> tuple[str, int]:
    """Digits typed so far as 123-45-67890 (hyphens appear as the digits reach them), and
    where the cursor goes: after the same number of digits as before. Text with anything but
    digits, hyphens and spaces is left as it is (the verdict says what is wrong)."""
    folded = unicodedata.normalize("NFKC", text)  # full-width digits from a Korean IME
    if not re.fullmatch(r"[0-9 -]*", folded):
        return text, cursor
    digits_before = sum(ch.isdigit() for ch in folded[:cursor])
    digits = bizno.normalize(folded)[:10]
    parts = [digits[:3], digits[3:5], digits[5:]]
    formatted = "-".join(p for p in parts if p)
    pos, seen = 0, 0
    while pos < len(formatted) and seen < digits_before:
        seen += formatted[pos].isdigit()
        pos += 1
    return formatted, pos


class ProfileGroup(SettingsSection):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        form = QFormLayout(self)
        self.edits: dict[str, QLineEdit] = {}
        self.labels: dict[str, QLabel] = {}
        self.verdicts: dict[str, QLabel] = {}
        for name in PROFILE_FIELDS:
            edit, label = QLineEdit(), QLabel()
            edit.setObjectName(f"profile_{name}")
            self.edits[name], self.labels[name] = edit, label
            label.setBuddy(edit)
            if name in ("registration_no", "email", "phone"):
                verdict = QLabel()
                verdict.hide()
                self.verdicts[name] = verdict
                row = QHBoxLayout()
                row.addWidget(edit, 1)
                row.addWidget(verdict)
                form.addRow(label, row)
            else:
                form.addRow(label, edit)
            edit.textChanged.connect(self._on_edited)
        self.bizno_state = self.verdicts["registration_no"]
        reg = self.edits["registration_no"]
        reg.setMaxLength(14)
        reg.setPlaceholderText("123-45-67890")
        reg.textEdited.connect(self._on_bizno_edited)
        reg.textChanged.connect(self._check_bizno)
        self.edits["email"].textChanged.connect(self._check_email)
        self.edits["phone"].textChanged.connect(self._check_phone)
        self.edits["phone"].setPlaceholderText("02-123-4567")
        form.addRow(*self._build_seal_row())
        self.save_button = QPushButton()
        self.save_button.setObjectName("primaryButton")
        self.save_button.clicked.connect(self.save)
        self.saved_note = QLabel()
        self.saved_note.setObjectName("savedNote")
        self.saved_note.setWordWrap(True)
        save_row = QHBoxLayout()
        save_row.addWidget(self.save_button)
        save_row.addWidget(self.saved_note, 1)
        form.addRow("", save_row)
        self._seal: bytes | None = None
        self._shown: catalogue.ProfileData | None = None
        self._loading = self._saving = False
        self.retranslate()

    def _build_seal_row(self) -> tuple[QLabel, QHBoxLayout]:
        self.seal_preview = QLabel()
        self.seal_preview.setObjectName("sealPreview")
        self.seal_preview.setFixedSize(SEAL_PREVIEW_PX, SEAL_PREVIEW_PX)
        self.seal_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.seal_button, self.seal_remove = QPushButton(), QPushButton()
        self.seal_button.clicked.connect(self._on_choose_seal)
        self.seal_remove.clicked.connect(self._on_remove_seal)
        self.seal_hint = QLabel()
        self.seal_hint.setObjectName("hint")
        self.seal_hint.setWordWrap(True)
        buttons = QVBoxLayout()
        buttons.addWidget(self.seal_button)
        buttons.addWidget(self.seal_remove)
        buttons.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.seal_preview)
        row.addLayout(buttons)
        row.addWidget(self.seal_hint, 1)
        self.seal_label = QLabel()
        return self.seal_label, row

    # --- loading -----------------------------------------------------------------------
    def load(self) -> None:
        p = catalogue.get_profile(self.ctx.ws)
        self._loading = True
        for name in PROFILE_FIELDS:
            self.edits[name].setText(str(getattr(p, name)))
        self._seal = p.seal_png
        self._show_seal()
        self._loading = False
        self._shown = self.values()  # as saved
        self.saved_note.clear()

    def values(self) -> catalogue.ProfileData:
        values = {name: edit.text().strip() for name, edit in self.edits.items()}
        return catalogue.ProfileData(**values, seal_png=self._seal)

    # --- checks as typed ---------------------------------------------------------------
    def _on_bizno_edited(self, text: str) -> None:
        edit = self.edits["registration_no"]
        formatted, cursor = format_bizno_typed(text, edit.cursorPosition())
        if formatted != text:
            edit.setText(formatted)
            edit.setCursorPosition(cursor)

    def _check_bizno(self, text: str) -> bool:
        digits = bizno.normalize(text)
        label = self.bizno_state
        if not text.strip():
            set_verdict(label, "pending", "")
            return True
        if not re.fullmatch(r"[0-9 -]*", unicodedata.normalize("NFKC", text)):
            set_verdict(label, "error", translate("SettingsPage", "✗ only digits and hyphens"))
        elif len(digits) < 10:
            count = translate("SettingsPage", "%1 of 10 digits").replace("%1", str(len(digits)))
            set_verdict(label, "pending", count)
        elif len(digits) > 10:
            set_verdict(label, "error", translate("SettingsPage", "✗ more than 10 digits"))
        elif bizno.is_valid(text):
            set_verdict(label, "ok", translate("SettingsPage", "✓ valid number"))
            return True
        else:
            set_verdict(
                label,
                "error",
                translate("SettingsPage", "✗ check digit does not match — a digit is mistyped"),
            )
        return False

    def _check_email(self, text: str) -> bool:
        ok = not text.strip() or bool(_EMAIL.fullmatch(text.strip()))
        hint = "" if ok else translate("SettingsPage", "✗ like name@example.kr")
        set_verdict(self.verdicts["email"], "error", hint)
        return ok

    def _check_phone(self, text: str) -> bool:
        t = text.strip()
        digits = sum(ch.isdigit() for ch in t)
        ok = not t or (bool(_PHONE.fullmatch(t)) and 8 <= digits <= 12)
        set_verdict(
            self.verdicts["phone"],
            "error",
            "" if ok else translate("SettingsPage", "✗ like 02-123-4567"),
        )
        return ok

    def _on_edited(self, *_args: object) -> None:
        if not self._loading:
            self.saved_note.clear()

    # --- the seal ----------------------------------------------------------------------
    def _on_choose_seal(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            translate("SettingsPage", "Seal image"),
            str(Path.home()),
            translate("SettingsPage", "Images (*.png *.jpg *.jpeg)"),
        )
        if name:
            self.set_seal_file(Path(name))

    def set_seal_file(self, path: Path) -> bool:
        """Take the image at `path` as the seal (scaled to 400 px, kept as PNG)."""
        pix = QPixmap(str(path))
        if pix.isNull():
            self._say_error(
                translate(
                    "SettingsPage",
                    "This file is not an image Maker Square can read. Choose a PNG or JPEG.",
                )
            )
            return False
        data = QByteArray()
        buf = QBuffer(data)
        buf.open(QIODevice.OpenModeFlag.WriteOnly)
        pix.scaled(
            400, 400, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
        ).save(buf, "PNG")
        self._seal = bytes(data.data())
        self._show_seal()
        self._on_edited()
        return True

    def _on_remove_seal(self) -> None:
        self._seal = None
        self._show_seal()
        self._on_edited()

    def _show_seal(self) -> None:
        self.seal_remove.setEnabled(bool(self._seal))
        if self._seal:
            pix = QPixmap()
            pix.loadFromData(self._seal, "PNG")
            size = SEAL_PREVIEW_PX - 6
            self.seal_preview.setPixmap(
                pix.scaled(
                    size,
                    size,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        else:
            self.seal_preview.clear()
            self.seal_preview.setText(translate("SettingsPage", "no seal"))

    # --- saving ------------------------------------------------------------------------
    def problems(self) -> list[str]:
        """The fields that cannot be saved as they are, by their labels."""
        checks = (
            ("registration_no", self._check_bizno),
            ("email", self._check_email),
            ("phone", self._check_phone),
        )
        return [
            self.labels[name].text() for name, check in checks if not check(self.edits[name].text())
        ]

    def save(self) -> None:
        bad = self.problems()
        if bad:
            self._say_error(
                translate(
                    "SettingsPage", "Not saved: fix what is marked in red (%1), then save again."
                ).replace("%1", ", ".join(bad))
            )
            first = next(n for n in PROFILE_FIELDS if self.labels[n].text() == bad[0])
            self.edits[first].setFocus()
            return
        data = self.values()
        self.save_button.setEnabled(False)
        self._saving = True
        if data == self._shown:  # nothing to undo; saved all the same (the note confirms it)
            Op(
                self.ctx,
                lambda ws: catalogue.save_profile(ws, data),
                parent=self,  # the initiator: its own change is not loaded twice
                label=translate("SettingsPage", "Saving profile"),
            ).success(self._on_saved).failure(self._on_save_failed).run()
            return
        settings_ops.save_profile(  # one undo step (Edit ▸ Undo puts the saved profile back)
            self.ctx, data, on_done=self._on_saved, on_error=self._on_save_failed
        )

    def on_changes(self, changes: Changes) -> None:
        """The profile changed elsewhere (an undo, a sync): show it."""
        mine = self.ctx.bus.initiator is self  # its own save: already shown, note and all
        if changes.profile and not self._saving and not mine and self.ctx.workspace is not None:
            self.load()

    def _on_saved(self, _result: object) -> None:
        self._saving = False
        self.save_button.setEnabled(True)
        self.load()
        note = translate("SettingsPage", "✓ Saved at %1. New quotes print this profile.").replace(
            "%1", QTime.currentTime().toString("HH:mm")
        )
        set_verdict(self.saved_note, "ok", note)

    def _on_save_failed(self, exc: BaseException) -> None:
        self._saving = False
        self.save_button.setEnabled(True)
        text = error_text(exc)
        if text is None:  # a bug: the log and the crash dialog have it
            present(exc, self)
            return
        self._say_error(text)

    def _say_error(self, text: str) -> None:
        set_verdict(self.saved_note, "error", text)

    # --- language ----------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setTitle(translate("SettingsPage", "Business profile (printed on quotes)"))
        labels = {
            "business_name": translate("SettingsPage", "Business name (상호)"),
            "representative": translate("SettingsPage", "Representative (대표자)"),
            "registration_no": translate("SettingsPage", "Registration no. (사업자등록번호)"),
            "address": translate("SettingsPage", "Address"),
            "business_type": translate("SettingsPage", "Business type (업태)"),
            "business_item": translate("SettingsPage", "Business item (종목)"),
            "phone": translate("SettingsPage", "Phone"),
            "email": translate("SettingsPage", "E-mail"),
        }
        for name, text in labels.items():
            self.labels[name].setText(text)
        self.seal_label.setText(translate("SettingsPage", "Seal (도장)"))
        self.seal_button.setText(translate("SettingsPage", "Choose image…"))
        self.seal_remove.setText(translate("SettingsPage", "Remove"))
        self.seal_hint.setText(
            translate(
                "SettingsPage",
                "Printed over your name on the quote. "
                "A PNG with a transparent background looks best.",
            )
        )
        self.save_button.setText(translate("SettingsPage", "Save profile"))
        self._check_bizno(self.edits["registration_no"].text())
        self._check_email(self.edits["email"].text())
        self._check_phone(self.edits["phone"].text())
        self._show_seal()

