"""The check of the selected design: machine or preset, findings, estimates, repair.

Every check and repair runs on the task runner (reading and checking on the pool, the
record on the write lane) with progress and a cancel button; the window never waits.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QEvent, QLocale, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app import catalogue
from app.designs.checks import (
    PreparedRepair,
    RevisionCheck,
    compute_check,
    prepare_repair,
    record_repair,
    resolve_target,
    store_check,
)
from app.settings import get_workspace_setting, set_workspace_setting
from cad.presets import PRESETS
from cad.report import Finding
from ui.app_context import AppContext
from ui.errors import present
from ui.models.findings_model import FindingsTableModel
from ui.operations.op import Op, Query
from ui.tasks import Task, TaskContext
from ui.words.estimates import estimates_text, preset_label

log = logging.getLogger(__name__)

#: Findings that Repair can fix.
REPAIRABLE = frozenset(
    {"open_edges", "inconsistent_winding", "inverted", "degenerate_faces", "duplicate_faces"}
)


class DesignCheckPanel(QWidget):
    """Shows and runs the check of one design revision."""

    finding_selected = Signal(object)  # cad.report.Finding: its faces, for the viewer
    check_finished = Signal(object)  # app.designs.checks.RevisionCheck
    revision_created = Signal(str)  # a repair made this revision

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.revision_id: str | None = None
        self.check: RevisionCheck | None = None
        self._task: Task | None = None
        v = QVBoxLayout(self)
        v.setContentsMargins(0, 0, 0, 0)
        self._build_target_row(v)
        self._build_busy_row(v)
        self._build_results(v)
        ctx.tasks.task_progress.connect(self._on_task_progress)
        self.retranslate()
        self._set_busy(None)

    def _build_target_row(self, v: QVBoxLayout) -> None:
        """The machine or preset checked against, Check again and Repair."""
        top = QHBoxLayout()
        self.target_label = QLabel()
        self.target_combo = QComboBox()
        self.target_combo.setObjectName("checkTarget")
        self.target_combo.activated.connect(self._on_target_activated)
        self.recheck_button = QPushButton()
        self.recheck_button.clicked.connect(lambda: self.run_check())
        self.repair_button = QPushButton()
        self.repair_button.setObjectName("repairButton")
        self.repair_button.clicked.connect(self.run_repair)
        top.addWidget(self.target_label)
        top.addWidget(self.target_combo, 1)
        top.addWidget(self.recheck_button)
        top.addWidget(self.repair_button)
        v.addLayout(top)

    def _build_busy_row(self, v: QVBoxLayout) -> None:
        """Progress and Cancel while a check or a repair runs."""
        busy = QHBoxLayout()
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.cancel_button = QPushButton()
        self.cancel_button.clicked.connect(self._on_cancel_clicked)
        busy.addWidget(self.progress, 1)
        busy.addWidget(self.cancel_button)
        self.busy_row = QWidget()
        self.busy_row.setLayout(busy)
        v.addWidget(self.busy_row)

    def _build_results(self, v: QVBoxLayout) -> None:
        """The summary, the findings table and the estimates."""
        self.summary_label = QLabel()
        self.summary_label.setObjectName("checkSummary")
        self.summary_label.setWordWrap(True)
        v.addWidget(self.summary_label)
        self.model = FindingsTableModel(self)
        self.table = QTableView()
        self.table.setObjectName("findingsTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.setMinimumHeight(120)
        self.table.clicked.connect(self._on_table_clicked)
        v.addWidget(self.table)
        self.estimates_label = QLabel()
        self.estimates_label.setObjectName("estimates")
        self.estimates_label.setWordWrap(True)
        self.estimates_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        v.addWidget(self.estimates_label)

    # --- what to show ------------------------------------------------------------------------
    def show_revision(self, revision_id: str | None) -> None:
        """Show the stored check of the revision, or check it now if there is none."""
        if revision_id == self.revision_id and self.check is not None:
            return
        self.revision_id = revision_id
        self.check = None
        self.model.set_findings([])
        self.estimates_label.clear()
        self.setVisible(revision_id is not None)
        if revision_id is not None:
            self.run_check()

    def fill_targets(self) -> None:
        """Catalogue machines first (they carry the real build volume), then the presets."""
        if self.ctx.workspace is None:
            return
        current = str(get_workspace_setting(self.ctx.ws, "cad.check_target"))
        self.target_combo.clear()
        for m in catalogue.list_machines(self.ctx.ws):
            size = " × ".join(f"{x:g}" for x in m.build_mm)
            self.target_combo.addItem(f"{m.name} ({size} mm)", f"machine:{m.id}")
        self.target_combo.insertSeparator(self.target_combo.count())
        for name in PRESETS:
            self.target_combo.addItem(preset_label(name), f"preset:{name}")
        found = self.target_combo.findData(current)
        self.target_combo.setCurrentIndex(found if found >= 0 else 0)

    def _target(self) -> str:
        data = self.target_combo.currentData()
        return str(data) if data else ""

    # --- running -----------------------------------------------------------------------------
    def run_check(self, revision_id: str | None = None) -> None:
        rev_id = revision_id or self.revision_id
        if rev_id is None or self.ctx.workspace is None:
            return
        ws, target = self.ctx.ws, self._target()

        def work(task: TaskContext) -> RevisionCheck:
            preset, machine_id = resolve_target(ws, target)
            return compute_check(ws, rev_id, preset, machine_id=machine_id, progress=task.report)

        def store(result: RevisionCheck) -> None:
            self._set_busy(None)
            if result.revision_id == self.revision_id:
                self._show(result)
            label = self.tr("Saving check")
            Op(self.ctx, lambda ws: store_check(ws, result), parent=self, label=label, ws=ws).run()

        label = self.tr("Checking design")
        self._start(Query(self.ctx, work, parent=self, label=label).success(store), label)

    def run_repair(self) -> None:
        if self.revision_id is None or self.ctx.workspace is None:
            return
        ws, rev_id = self.ctx.ws, self.revision_id

        def work(task: TaskContext) -> PreparedRepair | None:
            task.report(10, "repairing")
            return prepare_repair(ws, rev_id)

        def record(result: PreparedRepair | None) -> None:
            self._set_busy(None)
            if result is None:
                self.summary_label.setText(self.tr("Nothing to repair."))
                return
            author = self.ctx.user_name
            Op(
                self.ctx,
                lambda ws: record_repair(ws, result, author=author),
                parent=self,
                label=self.tr("Saving repaired design"),
                ws=ws,
            ).success(self._on_repaired).failure(self._on_error).run()

        label = self.tr("Repairing design")
        self._start(Query(self.ctx, work, parent=self, label=label).success(record), label)

    def _start(self, query: Query[Any], label: str) -> None:
        if self._task is not None:
            self._task.cancel()
        self._task = query.failure(self._on_error).run()
        self._set_busy(label)

    def _on_repaired(self, revision_id: str) -> None:
        self.revision_id = None
        self.revision_created.emit(revision_id)  # selected, and so checked, at once

    def _on_error(self, exc: BaseException) -> None:
        self._set_busy(None)
        present(exc, self)

    def _on_task_progress(self, task: Task) -> None:
        if self._task is not None and task.id == self._task.id:
            self.progress.setValue(task.percent)

    def _on_cancel_clicked(self) -> None:
        if self._task is not None:
            self._task.cancel()
        self._set_busy(None)

    def _set_busy(self, label: str | None) -> None:
        self.busy_row.setVisible(label is not None)
        self.progress.setFormat(f"{label} %p%" if label else "")
        self.progress.setValue(0)
        if label is None:
            self._task = None
        self.recheck_button.setEnabled(label is None)
        self.repair_button.setEnabled(label is None and self._repairable())

    def _on_target_activated(self, _index: int) -> None:
        target, ws = self._target(), self.ctx.ws
        self.ctx.tasks.write(
            lambda: set_workspace_setting(ws, "cad.check_target", target),
            label=self.tr("Saving setting"),
        )
        self.run_check()

    def _on_table_clicked(self, index: QModelIndex) -> None:
        self.finding_selected.emit(self.model.finding(index.row()))

    # --- showing a result --------------------------------------------------------------------
    def _repairable(self) -> bool:
        return self.check is not None and bool(self.check.report.codes() & REPAIRABLE)

    def _show(self, check: RevisionCheck) -> None:
        self.check = check
        report = check.report
        self.model.set_findings(report.findings)
        self.table.setVisible(bool(report.findings))
        self.table.resizeRowsToContents()
        self.summary_label.setText(self._summary(report.findings, report.ok))
        self.estimates_label.setText(estimates_text(check.estimates, QLocale()))
        self.repair_button.setEnabled(self._repairable())
        self.check_finished.emit(check)

    def _summary(self, findings: tuple[Finding, ...], ok: bool) -> str:
        errors = sum(f.severity == "error" for f in findings)
        warnings = sum(f.severity == "warning" for f in findings)
        if ok and not warnings:
            return self.tr("✔ Ready to make: no problems found.")
        if ok:
            if warnings == 1:
                return self.tr("✔ Can be made; 1 warning to look at.")
            return self.tr("✔ Can be made; %1 warnings to look at.").replace("%1", str(warnings))
        if errors == 1:
            return self.tr("✖ Cannot be made as it is: 1 error.")
        return self.tr("✖ Cannot be made as it is: %1 errors.").replace("%1", str(errors))

    def retranslate(self) -> None:
        self.target_label.setText(self.tr("Check for"))
        self.recheck_button.setText(self.tr("Check again"))
        self.repair_button.setText(self.tr("Repair"))
        self.repair_button.setToolTip(
            self.tr("Writes a repaired copy as the next revision; this one is kept.")
        )
        self.cancel_button.setText(self.tr("Cancel"))
        self.fill_targets()
        if self.check is not None:
            self._show(self.check)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
