"""The conflicts inbox: every change the square did not take as it was, this PC's version
beside the square's, and the two ways out — Re-apply (new work, judged again at the next
sync) or Discard (on purpose, after a confirmation). Opened from the status bar's
"⚠ N in the conflicts inbox" and from the File menu.

Reading and resolving run off the UI thread (the task runner's pool and write lane).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.app_context import AppContext
from ui.operations.op import Op, Query
from ui.style.formats import format_datetime

if TYPE_CHECKING:
    from app.changes import Changes
    from app.replica.conflicts import InboxEntry
    from ui.tasks import TaskContext


class ConflictsDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("conflictsDialog")
        self.entries: list[InboxEntry] = []
        self._generation = 0  # of the newest read; older answers are dropped
        self.list = QListWidget()
        self.list.setObjectName("conflictsList")
        self.list.currentRowChanged.connect(self._on_list_row_changed)
        self.show_resolved = QCheckBox()
        self.show_resolved.toggled.connect(self.reload)
        self.title = QLabel()
        self.title.setObjectName("conflictTitle")
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.reason = QLabel()
        self.reason.setWordWrap(True)
        self.who = QLabel()
        self.who.setWordWrap(True)
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("conflictFields")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.sectionResized.connect(self._on_header_section_resized)
        self.reapply_button = QPushButton()
        self.reapply_button.setObjectName("reapply")
        self.reapply_button.clicked.connect(self._on_reapply_clicked)
        self.discard_button = QPushButton()
        self.discard_button.setObjectName("discard")
        self.discard_button.clicked.connect(self._on_discard_clicked)
        self.empty = QLabel()
        self.empty.setObjectName("conflictsEmpty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._layout()
        ctx.bus.changed.connect(self._on_bus_changed)
        self.retranslate()
        self.reload()

    def _layout(self) -> None:
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(self.list)
        lv.addWidget(self.show_resolved)
        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        for w in (self.title, self.reason, self.who):
            rv.addWidget(w)
        rv.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.discard_button)
        buttons.addWidget(self.reapply_button)
        rv.addLayout(buttons)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(1, 2)
        split.setSizes([340, 700])
        self.list.setWordWrap(True)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(split, 1)
        layout.addWidget(close)
        self.split = split
        self.resize(980, 560)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Conflicts inbox"))
        self.show_resolved.setText(self.tr("Show resolved entries"))
        self.reapply_button.setText(self.tr("Re-apply"))
        self.reapply_button.setToolTip(
            self.tr("Make this PC's version new work again; the square judges it at the next sync.")
        )
        self.discard_button.setText(self.tr("Discard…"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Field"), self.tr("This PC"), self.tr("The square")]
        )
        self.empty.setText(
            self.tr("The conflicts inbox is empty: the square took every change made here.")
        )

    # --- loading -------------------------------------------------------------------------

    def reload(self) -> None:
        from app.replica import conflicts

        ws, everything = self.ctx.ws, self.show_resolved.isChecked()
        self._generation += 1
        generation = self._generation

        def read(_task: TaskContext) -> tuple[int, list[InboxEntry]]:
            return generation, conflicts.list_entries(ws, include_resolved=everything)

        Query(self.ctx, read, parent=self).success(self._on_loaded).run()

    def _on_loaded(self, result: tuple[int, list[InboxEntry]]) -> None:
        from ui.words.conflicts import resolution_text, title_text

        generation, entries = result
        if generation != self._generation:
            return  # an older read finished after a newer one began: keep the newer

        keep = self._current_id()
        self.entries = entries
        self.list.blockSignals(True)
        self.list.clear()
        for e in entries:
            item = QListWidgetItem(f"#{e.id}  {title_text(e)}")
            if not e.open:
                item.setText(item.text() + f" ({resolution_text(e)})")
                item.setForeground(QBrush(QColor("gray")))
            self.list.addItem(item)
        self.list.blockSignals(False)
        self.empty.setVisible(not entries)
        self.split.setVisible(bool(entries))
        ids = [e.id for e in entries]
        self.list.setCurrentRow(ids.index(keep) if keep in ids else 0 if ids else -1)
        self._show(self._current())

    def _on_bus_changed(self, changes: Changes) -> None:
        if changes.conflicts:
            self.reload()

    def _current(self) -> InboxEntry | None:
        row = self.list.currentRow()
        return self.entries[row] if 0 <= row < len(self.entries) else None

    def _current_id(self) -> int | None:
        e = self._current()
        return e.id if e is not None else None

    def _on_header_section_resized(self, *_args: object) -> None:
        self.table.resizeRowsToContents()  # wrapped lines follow the columns' new widths

    def _on_list_row_changed(self, _row: int) -> None:
        self._show(self._current())

    def _show(self, e: InboxEntry | None) -> None:
        from ui.words.conflicts import field_rows, reason_text, title_text

        self.reapply_button.setEnabled(e is not None and e.open)
        self.discard_button.setEnabled(e is not None and e.open)
        if e is None:
            self.title.clear()
            self.reason.clear()
            self.who.clear()
            self.table.setRowCount(0)
            return
        self.title.setText(title_text(e))
        self.reason.setText(reason_text(e))
        who = e.author or self.tr("this PC")
        when = format_datetime(e.changed_at) if e.changed_at else "—"
        self.who.setText(
            self.tr("Changed here by %1, %2 · filed %3")
            .replace("%1", who)
            .replace("%2", when)
            .replace("%3", format_datetime(e.filed_at))
        )
        rows = field_rows(e)
        self.table.setRowCount(len(rows))
        differs = QBrush(QColor(255, 196, 0, 70))
        for r, (name, here, there) in enumerate(rows):
            for c, text in enumerate((name, here, there)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)  # the whole value, where projector type cuts it short
                if here != there and e.server is not None:
                    item.setBackground(differs)
                self.table.setItem(r, c, item)
        self.table.resizeRowsToContents()  # long lines wrap instead of ending in "…"

    # --- resolving -----------------------------------------------------------------------

    def _on_reapply_clicked(self) -> None:
        from app.replica import conflicts

        e = self._current()
        if e is None:
            return
        entry_id = e.id
        Op(self.ctx, lambda ws: conflicts.reapply(ws, entry_id), parent=self).run()

    def _on_discard_clicked(self) -> None:
        from app.replica import conflicts

        e = self._current()
        if e is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Discard this version?"),
            self.tr(
                "This PC's version will not go to the square. The entry stays in the inbox, "
                "marked discarded, so you can still read it."
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        entry_id = e.id
        Op(self.ctx, lambda ws: conflicts.discard(ws, entry_id), parent=self).run()


def open_conflicts_dialog(ctx: AppContext, parent: QWidget | None) -> ConflictsDialog:
    """One inbox window per main window: raised if it is open already."""
    existing = parent.findChild(ConflictsDialog) if parent is not None else None
    if isinstance(existing, ConflictsDialog):
        existing.reload()
        existing.raise_()
        existing.activateWindow()
        return existing
    dialog = ConflictsDialog(ctx, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog


__all__ = ["ConflictsDialog", "open_conflicts_dialog"]
