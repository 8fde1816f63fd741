"""The unread-messages mark of a job in the jobs table and on the board: a small pill with
the count (app.jobs.comments.unread_counts), drawn by the delegates (no widget per row)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from ui.models.job_table_model import JobIdRole
from ui.style.theme import current_colours

Index = QModelIndex | QPersistentModelIndex


def pill_text(count: int) -> str:
    return f"✉ {count}" if count < 100 else "✉ 99+"


def pill_width(fm: QFontMetrics, count: int) -> int:
    return fm.horizontalAdvance(pill_text(count)) + 12


def draw_pill(painter: QPainter, rect: QRect, count: int) -> None:
    """The count on the accent colour, in `rect` (the painter's font is the text's)."""
    colours = current_colours()
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(colours.accent))
    painter.drawRoundedRect(rect, rect.height() / 2, rect.height() / 2)
    painter.setPen(QColor(colours.accent_text))
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, pill_text(count))
    painter.restore()


class UnreadTitleDelegate(QStyledItemDelegate):
    """The title column of the jobs table, with the pill at its right end."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.counts: dict[str, int] = {}

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        count = self.counts.get(str(index.data(JobIdRole)), 0)
        if not count:
            super().paint(painter, option, index)
            return
        fm = QFontMetrics(option.font)
        width = pill_width(fm, count)
        full = QStyleOptionViewItem(option)
        self.initStyleOption(full, index)
        full.text = ""
        style = full.widget.style() if full.widget is not None else None
        if style is not None:  # the row's background and selection under the pill too
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, full, painter, full.widget)
        text = QStyleOptionViewItem(option)
        text.rect = option.rect.adjusted(0, 0, -(width + 6), 0)
        super().paint(painter, text, index)
        r = option.rect
        pill = QRect(r.right() - width - 3, r.center().y() - fm.height() // 2, width, fm.height())
        painter.setFont(option.font)
        draw_pill(painter, pill, count)
