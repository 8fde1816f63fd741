"""The review panel's pins: the numbered list, and the picked pin's thread with its actions.

The list shows this review's pins, then (greyed, with their revision) those made on the
design's earlier revisions: they were made on another shape, so they are for reading only.
The thread shows what the pin says, its measurements and replies, and — while the review
is open — a reply box, Resolve or Reopen, and who it is assigned to.
"""

from __future__ import annotations

from datetime import datetime
from html import escape
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.review.reviews import PinRow
from ui.review.pin_text_dialog import on_ctrl_enter
from ui.style.formats import format_datetime
from ui.style.theme import current_colours
from ui.words.review import pin_status_label

PinIdRole = Qt.ItemDataRole.UserRole + 1


def pin_heading(pin: PinRow, current: bool, revision: int | None) -> str:
    """ "3" for a pin of this review, "r1 · 3" for one made on an earlier revision."""
    return str(pin.number) if current or revision is None else f"r{revision} · {pin.number}"


class PinListWidget(QListWidget):
    """The pins, one two-line item each: number and text; author, status, assignee, replies."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pinList")
        self.setWordWrap(True)
        self.setUniformItemSizes(False)
        self.setAlternatingRowColors(True)
        self.setMinimumHeight(64)

    def set_pins(self, pins: list[tuple[PinRow, bool]], revisions: dict[str, int]) -> None:
        """Fill the list, keeping the picked pin picked (without announcing it again)."""
        picked = self.selected_pin_id()
        self.blockSignals(True)
        self.clear()
        muted = QColor(current_colours().muted)
        for pin, current in pins:
            item = QListWidgetItem(self._text(pin, current, revisions.get(pin.design_revision_id)))
            item.setData(PinIdRole, pin.id)
            item.setToolTip(pin.text)
            if not current:
                item.setForeground(QBrush(muted))
                font = QFont(item.font())
                font.setItalic(True)
                item.setFont(font)
            self.addItem(item)
            if pin.id == picked:
                item.setSelected(True)
                self.setCurrentItem(item)
        self.blockSignals(False)
        self._fit_height()

    def _fit_height(self) -> None:
        """As tall as its pins, up to about six of them (then it scrolls)."""
        rows = sum(self.sizeHintForRow(i) for i in range(min(self.count(), 6)))
        self.setFixedHeight(max(64, rows + 2 * self.frameWidth() + 4))

    def _text(self, pin: PinRow, current: bool, revision: int | None) -> str:
        text = " ".join(pin.text.split())
        if len(text) > 90:
            text = text[:88] + "…"
        mark = "✓ " if pin.status == "resolved" else ""
        meta = [pin.author or self.tr("(no name)"), pin_status_label(pin.status)]
        if pin.assignee:
            meta.append(self.tr("→ %1").replace("%1", pin.assignee))
        if pin.replies:
            meta.append(self.tr("%1 replies").replace("%1", str(len(pin.replies))))
        if not current:
            meta.append(self.tr("earlier revision"))
        return f"{mark}{pin_heading(pin, current, revision)}.  {text}\n      " + " · ".join(meta)

    def selected_pin_id(self) -> str | None:
        item = self.currentItem()
        return str(item.data(PinIdRole)) if item is not None and item.isSelected() else None

    def select_pin(self, pin_id: str) -> bool:
        for i in range(self.count()):
            item = self.item(i)
            if item.data(PinIdRole) == pin_id:
                self.setCurrentItem(item)
                item.setSelected(True)
                self.scrollToItem(item)
                return True
        return False


class PinThreadWidget(QWidget):
    """The picked pin: what it says, its replies; reply, resolve or reopen, assign."""

    reply_requested = Signal(str, str)  # pin id, text
    status_requested = Signal(str, str)  # pin id, "open" or "resolved"
    assign_requested = Signal(str, str)  # pin id, user ("" for nobody)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pin: PinRow | None = None
        self.conversation = QTextBrowser()
        self.conversation.setObjectName("pinThread")
        self.conversation.setOpenLinks(False)
        self.conversation.setMinimumHeight(130)
        self.reply_edit = QPlainTextEdit()
        self.reply_edit.setFixedHeight(60)
        self.reply_edit.setTabChangesFocus(True)
        on_ctrl_enter(self.reply_edit, self._on_reply_clicked)
        self.reply_edit.textChanged.connect(self._sync_buttons)
        self.reply_button = QPushButton()
        self.reply_button.clicked.connect(self._on_reply_clicked)
        self.status_button = QPushButton()
        self.status_button.clicked.connect(self._on_status_clicked)
        self.assign_label = QLabel()
        self.assign_combo = QComboBox()
        self.assign_combo.activated.connect(self._on_assign_activated)
        self.editable_row = QWidget()
        row = QHBoxLayout(self.editable_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.status_button)
        row.addStretch(1)
        row.addWidget(self.assign_label)
        row.addWidget(self.assign_combo)
        reply_row = QHBoxLayout()
        reply_row.addWidget(self.reply_edit, 1)
        reply_row.addWidget(self.reply_button, 0, Qt.AlignmentFlag.AlignBottom)
        self.reply_box = QWidget()
        self.reply_box.setLayout(reply_row)
        reply_row.setContentsMargins(0, 0, 0, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.conversation, 1)
        layout.addWidget(self.reply_box)
        layout.addWidget(self.editable_row)
        self.retranslate()
        self.show_pin(None)

    def show_pin(
        self,
        pin: PinRow | None,
        *,
        current: bool = True,
        editable: bool = False,
        members: list[str] | None = None,
    ) -> None:
        """Show the pin's thread; the reply box and actions only for a pin of this review
        while it is open. A reply being written stays when the same pin is shown again."""
        if pin is None or self.pin is None or pin.id != self.pin.id:
            self.reply_edit.clear()
        self.pin = pin
        can_act = pin is not None and current and editable
        self.reply_box.setVisible(can_act)
        self.editable_row.setVisible(can_act)
        if pin is None:
            self.conversation.setHtml(
                "<p>" + escape(self.tr("Pick a pin to read its thread.")) + "</p>"
            )
            return
        self.conversation.setHtml(self._html(pin))
        self._fill_assignees(pin, members or [])
        self._sync_buttons()

    def _html(self, pin: PinRow) -> str:
        """The pin and its replies, each under its author and time."""
        parts = [_said(pin.author, pin.created_at, pin.text, first=True)]
        muted = current_colours().muted
        for m in pin.measurements:
            parts.append(f"<p style='color:{muted}'>📏 {escape(self._measurement(m))}</p>")
        parts += [_said(r.author, r.created_at, r.body) for r in pin.replies]
        return "".join(parts)

    def _measurement(self, m: dict[str, Any]) -> str:
        if m.get("kind") == "hole" and isinstance(m.get("diameter_mm"), int | float):
            return self.tr("Hole ⌀ %1 mm").replace("%1", f"{float(m['diameter_mm']):.2f}")
        if isinstance(m.get("value_mm"), int | float):
            return self.tr("Distance %1 mm").replace("%1", f"{float(m['value_mm']):.2f}")
        return self.tr("A measurement")

    def _fill_assignees(self, pin: PinRow, members: list[str]) -> None:
        self.assign_combo.clear()
        self.assign_combo.addItem(self.tr("Nobody"), "")
        for user in sorted({*members, pin.assignee} - {""}):
            self.assign_combo.addItem(user, user)
        self.assign_combo.setCurrentIndex(max(0, self.assign_combo.findData(pin.assignee)))

    def _sync_buttons(self) -> None:
        resolved = self.pin is not None and self.pin.status == "resolved"
        self.status_button.setText(self.tr("Reopen") if resolved else self.tr("Resolve"))
        self.reply_button.setEnabled(bool(self.reply_edit.toPlainText().strip()))

    # --- actions ---------------------------------------------------------------------------
    def _on_reply_clicked(self) -> None:
        text = self.reply_edit.toPlainText().strip()
        if self.pin is not None and text:
            self.reply_requested.emit(self.pin.id, text)

    def reply_sent(self) -> None:
        self.reply_edit.clear()

    def _on_status_clicked(self) -> None:
        if self.pin is not None:
            new = "open" if self.pin.status == "resolved" else "resolved"
            self.status_requested.emit(self.pin.id, new)

    def _on_assign_activated(self, index: int) -> None:
        user = str(self.assign_combo.itemData(index) or "")
        if self.pin is not None and user != self.pin.assignee:
            self.assign_requested.emit(self.pin.id, user)

    def retranslate(self) -> None:
        self.reply_edit.setPlaceholderText(self.tr("Write a reply…"))
        self.reply_button.setText(self.tr("Reply"))
        self.reply_button.setToolTip(self.tr("Send the reply (Ctrl+Enter)"))
        self.assign_label.setText(self.tr("Assigned to"))
        self._sync_buttons()
        if self.assign_combo.count():
            self.assign_combo.setItemText(0, self.tr("Nobody"))


def _said(author: str, when: datetime, text: str, *, first: bool = False) -> str:
    muted = current_colours().muted
    gap = "" if first else " style='margin-top:14px'"
    return (
        f"<p{gap}><b>{escape(author)}</b> <span style='color:{muted}'>"
        f"{escape(format_datetime(when))}</span></p><p>{_lines(text)}</p>"
    )


def _lines(text: str) -> str:
    return escape(text).replace("\n", "<br/>")
