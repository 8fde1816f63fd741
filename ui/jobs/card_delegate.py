"""The card of a job on the board, painted by a delegate (no widget per card).

A card shows the number, priority and unread messages (ui/jobs/unread.py), the title, the
customer and the due date; a due date that is past or within three days stands out in
colour and words ("2 days late", "due tomorrow"), dates in the language's own format
(12월 3일 (목) / Thu, Dec 3).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from app.jobs.jobs import JobRow
from ui.jobs.unread import draw_pill, pill_width
from ui.models.job_board_model import JobRowRole, status_colour
from ui.words.labels import priority_label

Index = QModelIndex | QPersistentModelIndex
SOON_DAYS = 3
NOT_DUE = frozenset({"delivered", "closed", "cancelled"})  # nothing left to be late for
PRIORITY_COLOURS = {3: "#d32f2f", 2: "#ef6c00"}
translate = QCoreApplication.translate


def due_state(row: JobRow, today: date) -> tuple[str, int]:
    """("late" | "today" | "soon" | "later" | "none", days from today to the due date)."""
    if row.due_date is None:
        return "none", 0
    days = (row.due_date - today).days
    if row.status in NOT_DUE:
        return "later", days
    if days < 0:
        return "late", days
    if days == 0:
        return "today", 0
    return ("soon" if days <= SOON_DAYS else "later"), days


def format_day(day: date, today: date) -> str:
    """A due date in the current language: 12월 3일 (목) / Thu, Dec 3 (with the year if not this
    year's)."""
    locale = QLocale()
    korean = locale.language() == QLocale.Language.Korean
    same_year = day.year == today.year
    if korean:
        fmt = "M월 d일 (ddd)" if same_year else "yyyy년 M월 d일"
    else:
        fmt = "ddd, MMM d" if same_year else "MMM d, yyyy"
    return locale.toString(QDate(day.year, day.month, day.day), fmt)


def due_text(row: JobRow, today: date) -> tuple[str, str]:
    """The due line of a card and its state (see due_state)."""
    state, days = due_state(row, today)
    if state == "none":
        return translate("JobCard", "No due date"), state
    when = format_day(row.due_date, today) if row.due_date else ""
    if state == "late":
        late = -days
        rel = (
            translate("JobCard", "1 day late")
            if late == 1
            else translate("JobCard", "%1 days late").replace("%1", str(late))
        )
    elif state == "today":
        rel = translate("JobCard", "due today")
    elif state == "soon":
        rel = (
            translate("JobCard", "due tomorrow")
            if days == 1
            else translate("JobCard", "due in %1 days").replace("%1", str(days))
        )
    else:
        return translate("JobCard", "Due %1").replace("%1", when), state
    return f"{when} · {rel}", state


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


def state_colour(state: str, palette: QPalette) -> QColor | None:
    dark = is_dark(palette)
    if state == "late":
        return QColor("#ef5350" if dark else "#c62828")
    if state in ("today", "soon"):
        return QColor("#ffa726" if dark else "#e65100")
    return None


Font = tuple[QFont, QFontMetrics]


def _font(base: QFont, *, bold: bool = False, scale: float = 1.0) -> Font:
    f = QFont(base)
    f.setBold(bold)
    if scale != 1.0:
        f.setPointSizeF(max(6.0, base.pointSizeF() * scale))
    return f, QFontMetrics(f)


class JobCardDelegate(QStyledItemDelegate):
    PAD = 8

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.today = date.today()
        self.unread: dict[str, int] = {}  # job id → messages not read yet (the jobs page's)
        self._fonts_for: dict[str, dict[str, Font]] = {}

    def _fonts(self, option: QStyleOptionViewItem) -> dict[str, Font]:
        """base, bold, small and small bold fonts with their metrics, made once per font."""
        key = option.font.key()
        fonts = self._fonts_for.get(key)
        if fonts is None:
            base = QFont(option.font)
            fonts = {
                "base": _font(base),
                "bold": _font(base, bold=True),
                "small": _font(base, scale=0.88),
                "small_bold": _font(base, bold=True, scale=0.88),
            }
            self._fonts_for[key] = fonts
        return fonts

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        f = self._fonts(option)
        h = f["small"][1].height() * 2 + f["bold"][1].height() + f["base"][1].height()
        return QSize(200, h + 3 * 3 + 2 * self.PAD + 6)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        row = index.data(JobRowRole)
        if not isinstance(row, JobRow):
            return
        pal = option.palette
        f = self._fonts(option)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        card = option.rect.adjusted(4, 3, -4, -3)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        fill = pal.color(QPalette.ColorRole.Base)
        border = pal.color(QPalette.ColorRole.Mid)
        if selected:
            border = pal.color(QPalette.ColorRole.Highlight)
            fill = _blend(fill, border, 0.12)
        painter.setPen(QPen(border, 2 if selected else 1))
        painter.setBrush(fill)
        painter.drawRoundedRect(card, 6, 6)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(status_colour(row.status))
        painter.drawRoundedRect(QRect(card.left(), card.top(), 5, card.height()), 2, 2)

        text = pal.color(QPalette.ColorRole.Text)
        muted = _blend(text, fill, 0.4)
        x = card.left() + self.PAD + 4
        width = card.right() - self.PAD - x
        y = card.top() + self.PAD
        y = self._draw_top_line(painter, row, f["small"], muted, x, y, width)
        y = _draw_line(painter, row.title, f["bold"], text, x, y, width)
        y = _draw_line(painter, row.customer or "—", f["base"], muted, x, y, width)
        line, state = due_text(row, self.today)
        colour = state_colour(state, pal) or muted
        due_font = f["small_bold"] if state in ("late", "today", "soon") else f["small"]
        _draw_line(painter, line, due_font, colour, x, y, width)
        painter.restore()

    def _draw_top_line(
        self, painter: QPainter, row: JobRow, font: Font, muted: QColor, x: int, y: int, w: int
    ) -> int:
        """The number, with the unread pill and the priority badge (not for normal) at the
        right end."""
        fm = font[1]
        right = x + w
        count = self.unread.get(row.id, 0)
        if count:
            pill_w = pill_width(fm, count)
            painter.setFont(font[0])
            draw_pill(painter, QRect(right - pill_w, y, pill_w, fm.height() + 1), count)
            right -= pill_w + 6
        if row.priority != 1:  # normal: no badge, as on most boards
            right -= self._draw_priority(painter, row.priority, font, muted, right, y) + 6
        return _draw_line(painter, row.number, font, muted, x, y, right - x)

    def _draw_priority(
        self, painter: QPainter, priority: int, font: Font, muted: QColor, right: int, y: int
    ) -> int:
        """The priority pill ending at `right`; returns its width."""
        fm = font[1]
        label = priority_label(priority)
        pill_w = fm.horizontalAdvance(label) + 12
        pill = QRect(right - pill_w, y, pill_w, fm.height() + 1)
        colour = QColor(PRIORITY_COLOURS.get(priority, muted.name()))
        painter.setFont(font[0])
        if priority >= 2:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawRoundedRect(pill, 7, 7)
            painter.setPen(QColor("white"))
        else:
            painter.setPen(QPen(colour, 1))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(pill.adjusted(0, 0, -1, -1), 7, 7)
        painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, label)
        return pill_w


def _draw_line(
    painter: QPainter, text: str, font: Font, colour: QColor, x: int, y: int, w: int
) -> int:
    f, fm = font
    painter.setFont(f)
    painter.setPen(colour)
    elided = fm.elidedText(text, Qt.TextElideMode.ElideRight, max(0, w))
    painter.drawText(QRect(x, y, w, fm.height()), int(Qt.AlignmentFlag.AlignLeft), elided)
    return y + fm.height() + 3


def _blend(a: QColor, b: QColor, t: float) -> QColor:
    return QColor(
        round(a.red() * (1 - t) + b.red() * t),
        round(a.green() * (1 - t) + b.green() * t),
        round(a.blue() * (1 - t) + b.blue() * t),
    )
