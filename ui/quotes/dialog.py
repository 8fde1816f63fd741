"""The quote editor: terms, lines with live totals, lines from designs with their cost
breakdown, the design-changed warning, revisions, sending, and the 견적서 (PDF, print, e-mail)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QEvent, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app import money
from app.changes import Result
from app.quotes import design_lines as quote_design_lines
from app.quotes import quotes
from ui.app_context import AppContext
from ui.models.quote_lines_model import QuoteLinesModel
from ui.operations.op import Op, Query
from ui.operations.undo import add_undo_actions
from ui.quotes.cost_breakdown_panel import CostBreakdownPanel
from ui.quotes.dialog_edits import QuoteEdits
from ui.quotes.export import QuoteExporter
from ui.quotes.stale_banner import DesignStaleBanner
from ui.quotes.terms import (
    chosen_rounding,
    fill_rounding_combo,
    fill_vat_combo,
    rounding_index,
)

if TYPE_CHECKING:
    from app.workspace import Workspace


class QuoteDialog(QuoteEdits, QDialog):
    def __init__(self, ctx: AppContext, revision_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.revision_id = revision_id
        self.data: quotes.RevisionData | None = None
        self.stale: tuple[quote_design_lines.StaleLine, ...] = ()
        self.exporter = QuoteExporter(ctx, self, lambda: self.revision_id)
        self.exporter.pdf_saved.connect(self._on_pdf_saved)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.resize(1100, 820)

        top = self._build_top()
        self._build_banners()
        terms_row = self._build_terms()
        line_buttons = self._build_lines()

        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setFixedHeight(64)
        self.notes_edit.textChanged.connect(self._on_notes_changed)
        self.notes_label = QLabel()

        totals = self._build_totals()
        buttons = self._build_buttons()

        bottom = QHBoxLayout()
        notes_box = QVBoxLayout()
        notes_box.addWidget(self.notes_label)
        notes_box.addWidget(self.notes_edit)
        bottom.addLayout(notes_box, 3)
        bottom.addWidget(totals, 2)

        v = QVBoxLayout(self)
        v.addLayout(top)
        v.addWidget(self.frozen_banner)
        v.addWidget(self.stale_banner)
        v.addLayout(terms_row)
        v.addWidget(self.table, 3)
        v.addLayout(line_buttons)
        v.addWidget(self.breakdown, 2)
        v.addLayout(bottom)
        v.addLayout(buttons)
        self._loading = False
        self.undo_action, self.redo_action = add_undo_actions(self, ctx)
        self.retranslate()
        self.reload()
        ctx.bus.changed.connect(self.on_changes)
        ctx.undo.failed.connect(self.on_undo_failed)

    def _build_top(self) -> QHBoxLayout:
        """The quote's number, the revision chooser and the revision's status."""
        self.heading = QLabel()
        f = self.heading.font()
        f.setPointSizeF(f.pointSizeF() * 1.5)
        f.setBold(True)
        self.heading.setFont(f)
        self.revision_combo = QComboBox()
        self.revision_combo.activated.connect(self._on_revision_chosen)
        self.status_label = QLabel()
        self.status_label.setObjectName("statusBadge")
        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addWidget(self.revision_combo)
        top.addWidget(self.status_label)
        top.addStretch(1)
        return top

    def _build_banners(self) -> None:
        """Why a sent revision cannot be edited; which lines' designs changed since."""
        self.frozen_banner = QLabel()
        self.frozen_banner.setObjectName("banner")
        self.frozen_banner.setWordWrap(True)
        self.frozen_banner.setStyleSheet(
            "QLabel#banner { background: #fff4e0; border: 1px solid #f0c36d; padding: 6px;"
            " border-radius: 4px; color: #5c4400; }"
        )
        self.stale_banner = DesignStaleBanner()
        self.stale_banner.action_requested.connect(self._on_stale_action)

    def _build_terms(self) -> QHBoxLayout:
        """VAT, rounding and valid-until, each after its caption."""
        self.vat_combo = QComboBox()
        self.vat_combo.activated.connect(self._on_terms_changed)
        self.rounding_combo = QComboBox()
        self.rounding_combo.activated.connect(self._on_terms_changed)
        for combo in (self.vat_combo, self.rounding_combo):  # as wide as the longest choice
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.valid_edit = QDateEdit()
        self.valid_edit.setCalendarPopup(True)
        self.valid_edit.setDisplayFormat("yyyy-MM-dd")
        self.valid_edit.editingFinished.connect(self._on_terms_changed)
        self.terms_labels = [QLabel() for _ in range(3)]
        terms_row = QHBoxLayout()
        for label, w in zip(
            self.terms_labels, (self.vat_combo, self.rounding_combo, self.valid_edit), strict=True
        ):
            terms_row.addWidget(label)
            terms_row.addWidget(w)
            terms_row.addSpacing(12)
        terms_row.addStretch(1)
        return terms_row

    def _build_lines(self) -> QHBoxLayout:
        """The lines table, the selected line's cost breakdown and the line buttons (returned)."""
        self.model = QuoteLinesModel(self._on_line_edited, self)
        self.model.dataChanged.connect(self._update_totals)
        self.model.modelReset.connect(self._update_totals)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        header = self.table.horizontalHeader()
        for col, width in enumerate((44, 220, 130, 60, 100, 124, 96, 120)):
            header.resizeSection(col, width)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(self._show_breakdown)
        self.table.doubleClicked.connect(self._on_table_double_clicked)
        self.breakdown = CostBreakdownPanel()
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self._on_add_line)
        self.design_button = QPushButton()
        self.design_button.clicked.connect(self._on_add_from_design)
        self.remove_button = QPushButton()
        self.remove_button.clicked.connect(self._on_remove_line)
        line_buttons = QHBoxLayout()
        line_buttons.addWidget(self.add_button)
        line_buttons.addWidget(self.design_button)
        line_buttons.addWidget(self.remove_button)
        line_buttons.addStretch(1)
        return line_buttons

    def _build_totals(self) -> QFrame:
        """Supply amount, VAT and total, and the total in words."""
        totals = QFrame()
        totals.setObjectName("totalsBox")
        totals.setFrameShape(QFrame.Shape.StyledPanel)
        grid = QGridLayout(totals)
        self.total_captions = [QLabel() for _ in range(3)]
        self.supply_value, self.tax_value, self.total_value = QLabel(), QLabel(), QLabel()
        big = self.total_value.font()
        big.setPointSizeF(big.pointSizeF() * 1.4)
        big.setBold(True)
        self.total_value.setFont(big)
        for row, (cap, val) in enumerate(
            zip(
                self.total_captions,
                (self.supply_value, self.tax_value, self.total_value),
                strict=True,
            )
        ):
            val.setAlignment(Qt.AlignmentFlag.AlignRight)
            grid.addWidget(cap, row, 0)
            grid.addWidget(val, row, 1)
        self.words_label = QLabel()
        self.words_label.setAlignment(Qt.AlignmentFlag.AlignRight)
        grid.addWidget(self.words_label, 3, 0, 1, 2)
        return totals

    def _build_buttons(self) -> QHBoxLayout:
        """PDF, print, e-mail, mark as sent and new revision; Close at the right."""
        self.pdf_button = QPushButton()
        self.pdf_button.clicked.connect(self.exporter.save_pdf_interactive)
        self.print_button = QPushButton()
        self.print_button.clicked.connect(self.exporter.print_interactive)
        self.email_button = QPushButton()
        self.email_button.clicked.connect(self.exporter.export_email_interactive)
        self.send_button = QPushButton()
        self.send_button.clicked.connect(self._on_mark_sent)
        self.revise_button = QPushButton()
        self.revise_button.clicked.connect(self._on_new_revision)
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.close)
        buttons = QHBoxLayout()
        buttons.addWidget(self.pdf_button)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.email_button)
        buttons.addWidget(self.send_button)
        buttons.addWidget(self.revise_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        return buttons

    # --- loading ---------------------------------------------------------------------------
    def reload(self, revision_id: str | None = None) -> None:
        if revision_id:
            self.revision_id = revision_id
        data = quotes.get_revision(self.ctx.ws, self.revision_id)
        self.data = data
        self._loaded(data)
        self._loading = True
        self.heading.setText(self.tr("Quote %1").replace("%1", data.quote_number))
        self.revision_combo.clear()
        for i, rid in enumerate(data.revision_ids, start=1):
            self.revision_combo.addItem(self.tr("Revision %1").replace("%1", str(i)), rid)
        self.revision_combo.setCurrentIndex(data.revision_ids.index(data.id))
        self.status_label.setText(self.tr("Sent") if data.frozen else self.tr("Draft"))
        self.vat_combo.setCurrentIndex(1 if data.vat_included else 0)
        self.rounding_combo.setCurrentIndex(rounding_index(data.rounding))
        self.valid_edit.setDate(
            QDate(data.valid_until.year, data.valid_until.month, data.valid_until.day)
        )
        self.notes_edit.setPlainText(data.notes)
        self.model.set_lines(
            data.lines, vat_included=data.vat_included, rule=data.rounding, frozen=data.frozen
        )
        editable = not data.frozen
        latest = data.id == data.revision_ids[-1]
        for w in (
            self.vat_combo,
            self.rounding_combo,
            self.valid_edit,
            self.add_button,
            self.design_button,
            self.remove_button,
            self.send_button,
        ):
            w.setEnabled(editable)
        self.notes_edit.setReadOnly(not editable)
        self.revise_button.setEnabled(data.frozen and latest)
        self.frozen_banner.setVisible(data.frozen)
        self.stale = quote_design_lines.stale_lines(self.ctx.ws, data.id)
        self.stale_banner.set_stale(self.stale, frozen=data.frozen, latest=latest)
        self._loading = False
        self._update_totals()
        self._show_breakdown()

    # --- cost breakdown ---------------------------------------------------------------------
    def _show_breakdown(self, *_args: Any) -> None:
        if self.data is not None:
            self.breakdown.show_lines(self.data.lines, self.table.currentIndex().row())

    def _update_totals(self, *_args: Any) -> None:
        t = self.model.totals()
        won = self.tr("%1 won")
        self.supply_value.setText(won.replace("%1", money.format_won(t.supply)))
        self.tax_value.setText(won.replace("%1", money.format_won(t.tax)))
        self.total_value.setText(won.replace("%1", money.format_won(t.total)))
        self.words_label.setText(
            f"{money.amount_in_words_line(t.total)} (₩{money.format_won(t.total)})"
        )

    # --- edits -----------------------------------------------------------------------------
    def _write(self, fn: Callable[[Workspace], Result[Any]], *, reload: bool) -> None:
        def done(value: object) -> None:
            if reload and self.isVisible():
                revisions = self.data.revision_ids if self.data else ()
                self.reload(value if isinstance(value, str) and value in revisions else None)

        label = self.tr("Saving quote")
        Op(self.ctx, fn, parent=self, label=label).success(done).failure(self._on_error).run()

    def _on_add_from_design(self) -> None:
        if self.data is None or self.data.frozen:
            return
        from ui.quotes.line_from_design_dialog import LineFromDesignDialog

        dialog = LineFromDesignDialog(self.ctx, self.data.job_id, self._current_rule(), self)
        dialog.accepted.connect(lambda: self.add_design_line(dialog.costing))
        dialog.open()
        self.design_dialog = dialog  # for tests and to keep it alive

    def _on_stale_action(self) -> None:
        if self.data is None or not self.stale:
            return
        if self.data.frozen:
            self._new_revision(then_update=True)
        else:
            self.update_stale_lines()

    def update_stale_lines(self) -> None:
        """Cost every stale line again on its design's latest revision, then save them."""
        if self.data is None:
            return
        ws, rule, stale = self.ctx.ws, self.data.rounding, self.stale
        stored = {ln.id: ln.breakdown_json for ln in self.data.lines}

        def save(costed: list[Any]) -> None:
            self._write(
                lambda ws: quote_design_lines.update_design_lines(ws, costed), reload=True
            )

        Query(
            self.ctx,
            lambda _task: quote_design_lines.recost_stale(ws, stale, stored, rule),
            parent=self,
            label=self.tr("Costing the design"),
        ).success(save).failure(self._on_error).run()

    def _on_table_double_clicked(self, _index: QModelIndex) -> None:
        if self.data is None or not self.data.frozen:
            return
        latest = self.data.id == self.data.revision_ids[-1]
        if not latest:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Edit a sent quote"),
            self.tr(
                "This revision was sent and stays as it was. Make a new revision to change it?"
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._new_revision(then_update=False)

    def _current_rule(self) -> money.RoundingRule:
        return chosen_rounding(self.rounding_combo)

    def _on_mark_sent(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Mark as sent"),
            self.tr(
                "Once sent, this revision is frozen; later changes make a new revision. "
                "Mark it as sent?"
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        rid, by = self.revision_id, self.ctx.user_name
        self._write(lambda ws: quotes.mark_sent(ws, rid, by=by), reload=True)

    def _on_new_revision(self) -> None:
        self._new_revision(then_update=False)

    def _new_revision(self, *, then_update: bool) -> None:
        if self.data is None:
            return
        qid = self.data.quote_id

        def made(revision_id: str) -> None:
            self.reload(revision_id)
            if then_update and self.stale:
                self.update_stale_lines()

        Op(
            self.ctx,
            lambda ws: quotes.new_revision(ws, qid),
            parent=self,
            label=self.tr("Saving quote"),
        ).success(made).failure(self._on_error).run()

    def _on_revision_chosen(self, index: int) -> None:
        rid = self.revision_combo.itemData(index)
        if rid and rid != self.revision_id:
            self.reload(str(rid))

    # --- PDF ------------------------------------------------------------------------------
    def save_pdf(self, path: Path) -> None:
        self.exporter.save_pdf(path)

    def _on_pdf_saved(self, path: Path) -> None:
        parent = self.parentWidget()
        window = parent.window() if parent is not None else None
        if window is not None and hasattr(window, "statusBar"):
            window.statusBar().showMessage(self.tr("Saved %1").replace("%1", str(path)), 8000)

    def _on_error(self, exc: BaseException) -> None:
        from ui.errors import present

        present(exc, self)
        if self.isVisible():
            self.reload()

    # --- language --------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Quote"))
        self.frozen_banner.setText(
            self.tr(
                "This revision was sent and is frozen. To change it, make a new revision; "
                "this one stays as it was."
            )
        )
        for label, text in zip(
            self.terms_labels,
            (self.tr("VAT"), self.tr("Rounding"), self.tr("Valid until")),
            strict=True,
        ):
            label.setText(text)
        fill_vat_combo(self.vat_combo)
        fill_rounding_combo(self.rounding_combo)
        self.add_button.setText(self.tr("+ Add line"))
        self.design_button.setText(self.tr("Add line from design…"))
        self.remove_button.setText(self.tr("Remove line"))
        self.notes_label.setText(self.tr("Notes (printed on the quote)"))
        for cap, text in zip(
            self.total_captions,
            (self.tr("Supply amount"), self.tr("VAT"), self.tr("Total")),
            strict=True,
        ):
            cap.setText(text)
        self.pdf_button.setText(self.tr("Save as PDF…"))
        self.print_button.setText(self.tr("Print…"))
        self.email_button.setText(self.tr("Export for e-mail…"))
        self.stale_banner.retranslate()
        self.breakdown.retranslate()
        self.send_button.setText(self.tr("Mark as sent"))
        self.revise_button.setText(self.tr("New revision"))
        self.close_button.setText(self.tr("Close"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            if self.data is not None:
                self.reload()
        super().changeEvent(event)
