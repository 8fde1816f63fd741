"""A review's verdicts, oldest first, and whether they verify on this computer.

Each verdict shows who signed it and when, when the square received it (or that it is still
waiting for the square), the signing key's fingerprint and the note. Below them one line
says what app.review.verify found: all holds, only the square's receipt is still to come,
or each problem in words (ui/words/review.problem_text).
"""

from __future__ import annotations

from datetime import datetime
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.review import canonical
from app.review.reviews import ReviewRow, VerdictRow
from app.review.verify import Verification
from ui.style.formats import format_datetime
from ui.style.theme import current_colours
from ui.words.review import problem_text, verdict_label


def stamp(text: str | None) -> str:
    """A verdict's time as kept (ISO 8601 UTC) in the reader's words and time zone."""
    if not text:
        return ""
    try:
        return format_datetime(datetime.fromisoformat(text.replace("Z", "+00:00")))
    except ValueError:
        return text


def key_fingerprint(public_hex: str) -> str:
    try:
        return canonical.fingerprint(public_hex)
    except ValueError:
        return "?"


class VerdictHistory(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.verdicts = QLabel()
        self.verdicts.setObjectName("verdictHistory")
        self.verdicts.setWordWrap(True)
        self.verdicts.setTextFormat(Qt.TextFormat.RichText)
        self.verdicts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.check = QLabel()
        self.check.setObjectName("verification")
        self.check.setWordWrap(True)
        self.check.setTextFormat(Qt.TextFormat.RichText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.verdicts)
        layout.addWidget(self.check)

    def show_review(self, review: ReviewRow, verification: Verification) -> None:
        if not review.verdicts:
            self.verdicts.setText(escape(self.tr("No verdict yet.")))
            self.check.hide()
            return
        self.verdicts.setText("".join(self._entry(v) for v in review.verdicts))
        numbers = {p.id: p.number for p in review.pins}
        self.check.setText(self._check_html(verification, numbers))
        self.check.show()

    def _entry(self, v: VerdictRow) -> str:
        c = current_colours()
        colour = c.ok if v.verdict == "approved" else c.warning
        received = (
            self.tr("received by the square %1").replace("%1", stamp(v.receipt_at))
            if v.receipt_at
            else self.tr("waiting for the square")
        )
        lines = [
            f"<b style='color:{colour}'>{escape(verdict_label(v.verdict))}</b>"
            f" — {escape(v.signer)}",
            escape(self.tr("Signed %1").replace("%1", stamp(v.signed_at)))
            + " · "
            + escape(received),
            escape(self.tr("Key %1").replace("%1", key_fingerprint(v.public_key))),
        ]
        if v.note:
            lines.append("“" + escape(v.note).replace("\n", "<br/>") + "”")
        return "<p>" + "<br/>".join(lines) + "</p>"

    def _check_html(self, verification: Verification, numbers: dict[str, int]) -> str:
        c = current_colours()
        codes = {p.code for p in verification.problems}
        if verification.ok:
            text = self.tr(
                "✓ Verified on this computer: the signatures, the square's receipts, the chain "
                "of verdicts and the design file all hold."
            )
            return f"<span style='color:{c.ok}'>{escape(text)}</span>"
        if codes == {"no_receipt"}:
            text = self.tr(
                "Signed. The square's receipt comes with the next sync; then the verdict can be "
                "verified in full."
            )
            return f"<span style='color:{c.muted}'>{escape(text)}</span>"
        head = escape(self.tr("✗ Verification found problems:"))
        items = "".join(
            f"<li>{escape(problem_text(p, numbers.get(p.pin_id or '')))}</li>"
            for p in verification.problems
        )
        return f"<span style='color:{c.error}'><b>{head}</b></span><ul>{items}</ul>"
