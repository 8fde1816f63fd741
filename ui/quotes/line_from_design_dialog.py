""" "Add line from design…": pick a design revision of the job, a machine and material from the
catalogue, quantity, finishing and margin; the cost breakdown is computed off the UI thread
(an FDM estimate may slice the mesh) and shown before the line is added."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QIcon, QImage, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app import catalogue
from app.designs.checks import stored_check
from app.money import RoundingRule
from app.quotes.design_lines import CostRequest, LineCosting, cost_line, job_design_revisions
from ui.app_context import AppContext
from ui.quotes.cost_breakdown_panel import CostBreakdownPanel

RevisionIdRole = Qt.ItemDataRole.UserRole + 1


class LineFromDesignDialog(QDialog):
    def __init__(
        self,
        ctx: AppContext,
        job_id: str,
        rule: RoundingRule,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx, self.job_id, self.rule = ctx, job_id, rule
        self.costing: LineCosting | None = None
        self._generation = 0
        self.setWindowTitle(self.tr("Add line from design"))
        self.resize(1040, 680)

        left = self._build_inputs()
        right = self._build_preview()

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Add line"))
        self.ok_button.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        columns = QHBoxLayout()
        columns.addLayout(left, 2)
        columns.addLayout(right, 3)
        v = QVBoxLayout(self)
        v.addLayout(columns, 1)
        v.addWidget(self.buttons)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(200)
        self._timer.timeout.connect(self._recompute)
        self._fill()
        self.designs.currentRowChanged.connect(self._schedule)
        self.machine_combo.currentIndexChanged.connect(self._on_machine_changed)
        self.material_combo.currentIndexChanged.connect(self._schedule)
        for spin in (self.quantity, self.finishing, self.margin):
            spin.valueChanged.connect(self._schedule)
        self.hours.valueChanged.connect(self._schedule)
        self.hours_check.toggled.connect(self._on_hours_toggled)
        self._on_machine_changed()

    def _build_inputs(self) -> QVBoxLayout:
        """The design revisions, and what to cost the chosen one with."""
        self.designs = QListWidget()
        self.designs.setIconSize(QSize(48, 48))
        self.machine_combo = QComboBox()
        self.material_combo = QComboBox()
        self.quantity = QSpinBox()
        self.quantity.setRange(1, 100_000)
        self.finishing = QSpinBox()
        self.finishing.setRange(0, 100_000_000)
        self.finishing.setSingleStep(1_000)
        self.finishing.setGroupSeparatorShown(True)
        self.finishing.setSuffix(self.tr(" won / piece"))
        self.margin = QSpinBox()
        self.margin.setRange(0, 300)
        self.margin.setSuffix(" %")
        self.hours_check = QCheckBox(self.tr("Type the machine hours"))
        self.hours = QDoubleSpinBox()
        self.hours.setRange(0, 10_000)
        self.hours.setDecimals(2)
        self.hours.setSuffix(self.tr(" h / piece"))
        self.hours.setEnabled(False)
        hours_row = QHBoxLayout()
        hours_row.addWidget(self.hours_check)
        hours_row.addWidget(self.hours, 1)

        form = QFormLayout()
        form.addRow(self.tr("Machine"), self.machine_combo)
        form.addRow(self.tr("Material"), self.material_combo)
        form.addRow(self.tr("Quantity"), self.quantity)
        form.addRow(self.tr("Finishing"), self.finishing)
        form.addRow(self.tr("Margin"), self.margin)
        form.addRow(self.tr("Machine time"), hours_row)
        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("Design revision")))
        left.addWidget(self.designs, 1)
        left.addLayout(form)
        return left

    def _build_preview(self) -> QVBoxLayout:
        """The line's cost breakdown as it will be added, and a status line."""
        self.preview = CostBreakdownPanel(stacked=True)
        self.status = QLabel()
        self.status.setWordWrap(True)
        right = QVBoxLayout()
        right.addWidget(self.preview, 1)
        right.addWidget(self.status)
        return right

    # --- filling ---------------------------------------------------------------------------
    def _fill(self) -> None:
        ws = self.ctx.ws
        latest_seen: set[str] = set()
        for rev in job_design_revisions(ws, self.job_id):
            latest = rev.design_id not in latest_seen
            latest_seen.add(rev.design_id)
            volume = rev.metrics.volume_mm3 / 1000 if rev.metrics else 0.0
            text = self.tr("%1 · rev %2 · %3 cm³").replace("%1", rev.design_name)
            text = text.replace("%2", str(rev.number)).replace("%3", f"{volume:,.2f}")
            if latest:
                text += "  " + self.tr("(latest)")
            item = QListWidgetItem(text)
            item.setData(RevisionIdRole, rev.id)
            if rev.thumbnail_png:
                image = QImage.fromData(rev.thumbnail_png)
                if not image.isNull():
                    item.setIcon(QIcon(QPixmap.fromImage(image)))
            self.designs.addItem(item)
        if self.designs.count():
            self.designs.setCurrentRow(0)
        else:
            self.status.setText(self.tr("This job has no designs yet: import one first."))
        self._machines = catalogue.list_machines(ws)
        self._materials = catalogue.list_materials(ws)
        for m in self._machines:
            self.machine_combo.addItem(m.name, m.id)
        self.machine_combo.setCurrentIndex(self._default_machine())

    def _default_machine(self) -> int:
        """The machine the latest design was checked against, else the first FDM printer."""
        ids = [m.id for m in self._machines]
        item = self.designs.item(0)
        checked = stored_check(self.ctx.ws, str(item.data(RevisionIdRole))) if item else None
        machine_id = checked.get("machine_id") if checked else None
        if machine_id in ids:
            return ids.index(str(machine_id))
        fdm = [i for i, m in enumerate(self._machines) if m.process == "fdm"]
        return fdm[0] if fdm else 0

    def _on_machine_changed(self, *_args: Any) -> None:
        index = self.machine_combo.currentIndex()
        process = self._machines[index].process if 0 <= index < len(self._machines) else ""
        matching = [m for m in self._materials if m.process == process] or self._materials
        self.material_combo.blockSignals(True)
        self.material_combo.clear()
        for m in matching:
            self.material_combo.addItem(
                self.tr("%1 (%2 g/cm³, %3 won/kg)")
                .replace("%1", m.name)
                .replace("%2", f"{m.density_g_cm3:g}")
                .replace("%3", f"{m.price_per_kg:,}"),
                m.id,
            )
        self.material_combo.blockSignals(False)
        self._schedule()

    def _on_hours_toggled(self, on: bool) -> None:
        self.hours.setEnabled(on)
        self._schedule()

    # --- computing -------------------------------------------------------------------------
    def request(self) -> CostRequest | None:
        item = self.designs.currentItem()
        machine, material = self.machine_combo.currentData(), self.material_combo.currentData()
        if item is None or not machine or not material:
            return None
        return CostRequest(
            str(item.data(RevisionIdRole)),
            str(machine),
            str(material),
            quantity=self.quantity.value(),
            finishing_per_piece=self.finishing.value(),
            margin_percent=self.margin.value(),
            machine_hours=self.hours.value() if self.hours_check.isChecked() else None,
        )

    def _schedule(self, *_args: Any) -> None:
        self.costing = None
        self.ok_button.setEnabled(False)
        self._timer.start()

    def _recompute(self) -> None:
        request = self.request()
        if request is None:
            return
        self._generation += 1
        generation, ws, rule = self._generation, self.ctx.ws, self.rule
        self.status.setText(self.tr("Computing the cost…"))
        self.ctx.tasks.run(
            lambda _c: cost_line(ws, request, rule),
            on_done=lambda result: self._on_costed(generation, result),
            on_error=lambda exc: self._on_failed(generation, exc),
            label=self.tr("Costing the design"),
        )

    def _on_costed(self, generation: int, costing: object) -> None:
        if generation != self._generation or not isinstance(costing, LineCosting):
            return
        self.costing = costing
        self.preview.show_breakdown(f"{costing.item} — {costing.spec}", costing.breakdown)
        self.status.setText(
            self.tr("Unit price %1 won × %2 pieces")
            .replace("%1", f"{costing.breakdown.unit_price:,}")
            .replace("%2", str(costing.request.quantity))
        )
        self.ok_button.setEnabled(True)

    def _on_failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        from ui.errors import present
        from ui.words.errors import error_text

        text = error_text(exc)
        if text is None:  # a bug: the log and the crash dialog have it
            present(exc, self)
            return
        self.status.setText(text)
