"""One column of the jobs board: a header (status colour, name, count) over a list of cards.

A column takes drops anywhere on it (also when collapsed to a narrow strip) and hands them
to its model's drop path; it can be dimmed while a card that may not go there is dragged.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QDragEnterEvent,
    QDragLeaveEvent,
    QDragMoveEvent,
    QDropEvent,
    QFont,
    QFontMetrics,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QListView,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.jobs.jobs import JobRow
from ui.jobs.card_delegate import JobCardDelegate
from ui.models.job_board_model import JOB_MIME, JobBoardColumnModel, decode_job_ids, status_colour
from ui.words.labels import status_label

WIDTH = 236
COLLAPSED_WIDTH = 44


class BoardColumnView(QListView):
    """The cards: uniform sizes, so 10,000 cards lay out at once; drags report their job."""

    drag_started = Signal(list)  # job ids
    drag_finished = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setUniformItemSizes(True)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.verticalScrollBar().setSingleStep(24)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)  # the column takes drops
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setMouseTracking(True)
        self.card_delegate = JobCardDelegate(self)
        self.setItemDelegate(self.card_delegate)
        self.placeholder = ""
        self.dimmed = False

    def startDrag(self, supportedActions: Qt.DropAction) -> None:
        ids = [str(i.data(Qt.ItemDataRole.UserRole + 1)) for i in self.selectedIndexes()]
        self.drag_started.emit(ids)
        try:
            super().startDrag(supportedActions)
        finally:
            self.drag_finished.emit()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        model = self.model()
        if (model is None or model.rowCount() == 0) and self.placeholder:
            p = QPainter(self.viewport())
            colour = self.palette().color(QPalette.ColorRole.Text)
            colour.setAlpha(130)
            p.setPen(colour)
            r = self.viewport().rect().adjusted(12, 16, -12, 0)
            p.drawText(
                r, int(Qt.AlignmentFlag.AlignHCenter | Qt.TextFlag.TextWordWrap), self.placeholder
            )
            p.end()
        if self.dimmed:
            p = QPainter(self.viewport())
            shade = self.palette().color(QPalette.ColorRole.Window)
            shade.setAlpha(170)
            p.fillRect(self.viewport().rect(), shade)
            p.end()


class ColumnHeader(QWidget):
    """Status colour, name and count; a click collapses or expands the column."""

    clicked = Signal()

    def __init__(self, status: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.status = status
        self.count = 0
        self.collapsed = False
        self.dimmed = False
        self.highlight = False
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def sizeHint(self) -> QSize:
        return QSize(WIDTH, QFontMetrics(self.font()).height() + 20)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        colour = status_colour(self.status)
        text = pal.color(QPalette.ColorRole.WindowText)
        if self.dimmed:
            text.setAlpha(110)
            colour.setAlpha(90)
        p.fillRect(QRect(0, 0, self.width(), 4), colour)
        bold = QFont(self.font())
        bold.setBold(True)
        p.setFont(bold)
        p.setPen(text)
        name = status_label(self.status)
        count = f"{self.count:,}"
        if self.collapsed:
            p.translate(self.width() / 2 + QFontMetrics(bold).ascent() / 2 - 2, 14)
            p.rotate(90)
            p.drawText(0, 0, f"{name}  {count}")
            p.end()
            return
        fm = QFontMetrics(bold)
        pill_w = fm.horizontalAdvance(count) + 14
        pill = QRect(self.width() - pill_w - 6, 9, pill_w, fm.height() + 2)
        p.setPen(Qt.PenStyle.NoPen)
        pill_fill = QColor(colour)
        pill_fill.setAlpha(60 if not self.dimmed else 30)
        p.setBrush(pill_fill)
        p.drawRoundedRect(pill, 8, 8)
        p.setPen(text)
        p.drawText(pill, Qt.AlignmentFlag.AlignCenter, count)
        name_rect = QRect(8, 9, pill.left() - 14, fm.height() + 2)
        elided = fm.elidedText(name, Qt.TextElideMode.ElideRight, name_rect.width())
        p.drawText(
            name_rect, int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft), elided
        )
        p.end()


class BoardColumn(QFrame):
    collapsed_changed = Signal()

    def __init__(
        self,
        status: str,
        model: JobBoardColumnModel,
        *,
        collapsed: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.status = status
        self.model = model
        self.collapsed = False
        self._filtered_out = False
        self.setObjectName("boardColumn")
        self.setAcceptDrops(True)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.header = ColumnHeader(status)
        self.header.clicked.connect(self.toggle_collapsed)
        self.view = BoardColumnView()
        self.view.setModel(model)
        v = QVBoxLayout(self)
        v.setContentsMargins(2, 0, 2, 2)
        v.setSpacing(2)
        v.addWidget(self.header)
        v.addWidget(self.view, 1)
        self.set_collapsed(collapsed, notify=False)

    def set_rows(self, rows: list[JobRow], today: date, *, filtered_out: bool = False) -> None:
        bar = self.view.verticalScrollBar()
        scroll = bar.value()
        self._filtered_out = filtered_out
        self.view.card_delegate.today = today
        self.model.set_rows(rows, today)
        bar.setValue(min(scroll, bar.maximum()))
        self.header.count = len(rows)
        self.header.update()
        self.retranslate()

    def set_collapsed(self, collapsed: bool, *, notify: bool = True) -> None:
        if collapsed == self.collapsed and notify:
            return
        self.collapsed = collapsed
        self.header.collapsed = collapsed
        self.view.setVisible(not collapsed)
        self.setFixedWidth(COLLAPSED_WIDTH if collapsed else WIDTH)
        vertical = QSizePolicy.Policy.Expanding if collapsed else QSizePolicy.Policy.Fixed
        self.header.setSizePolicy(QSizePolicy.Policy.Preferred, vertical)
        self.header.update()
        self.retranslate()
        if notify:
            self.collapsed_changed.emit()

    def toggle_collapsed(self) -> None:
        self.set_collapsed(not self.collapsed)

    def set_dimmed(self, dimmed: bool) -> None:
        self.view.dimmed = self.header.dimmed = dimmed
        self.view.viewport().update()
        self.header.update()

    # --- drops: anywhere on the column, through the model's drop path ----------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasFormat(JOB_MIME):
            event.acceptProposedAction()
            self._set_highlight(True)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if event.mimeData().hasFormat(JOB_MIME):
            event.acceptProposedAction()

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        self._set_highlight(False)

    def dropEvent(self, event: QDropEvent) -> None:
        self._set_highlight(False)
        mime = event.mimeData()
        if not decode_job_ids(mime):
            return
        event.acceptProposedAction()
        self.model.dropMimeData(mime, Qt.DropAction.MoveAction, -1, 0, self.view.rootIndex())

    def _set_highlight(self, on: bool) -> None:
        self.header.highlight = on
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.header.highlight:
            p = QPainter(self)
            p.setPen(QPen(self.palette().color(QPalette.ColorRole.Highlight), 2))
            p.drawRect(self.rect().adjusted(1, 1, -1, -1))
            p.end()

    def retranslate(self) -> None:
        self.header.setToolTip(
            self.tr("%1: %2 jobs. Click to expand.")
            if self.collapsed
            else self.tr("%1: %2 jobs. Click to collapse.")
        )
        self.header.setToolTip(
            self.header.toolTip()
            .replace("%1", status_label(self.status))
            .replace("%2", f"{self.header.count:,}")
        )
        self.view.placeholder = (
            self.tr("Hidden by the status filter") if self._filtered_out else self.tr("No jobs")
        )
        self.header.update()
        self.view.viewport().update()
