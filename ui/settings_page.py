"""Settings: language, the business profile (checked as typed), quote defaults, catalogue."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app import bizno, catalogue, money, settings
from app.changes import Result
from ui.app_context import AppContext
from ui.labels import error_text
from ui.quote_terms import (
    chosen_rounding,
    fill_rounding_combo,
    fill_vat_combo,
    rounding_index,
)

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


class SettingsPage(QScrollArea):
    square_saved = Signal()  # the square's address or user changed: sync with it now

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWidgetResizable(True)
        body = QWidget()
        body.setMaximumWidth(980)  # forms read badly stretched across a wide screen
        self.setWidget(body)
        v = QVBoxLayout(body)
        v.setContentsMargins(16, 16, 16, 16)
        v.setSpacing(14)

        # language
        self.lang_box = QGroupBox()
        lang_form = QFormLayout(self.lang_box)
        self.lang_combo = QComboBox()
        self.lang_combo.addItem("", "system")
        self.lang_combo.addItem("한국어", "ko")
        self.lang_combo.addItem("English", "en")
        current = ctx.user_settings.get("ui.language")
        self.lang_combo.setCurrentIndex(max(0, self.lang_combo.findData(current)))
        self.lang_combo.activated.connect(self._on_language_chosen)
        self.lang_label = QLabel()
        lang_form.addRow(self.lang_label, self.lang_combo)
        v.addWidget(self.lang_box)

        # profile
        self.profile_box = QGroupBox()
        pf = QFormLayout(self.profile_box)
        self.profile_edits: dict[str, QLineEdit] = {}
        self.profile_labels: dict[str, QLabel] = {}
        for name in PROFILE_FIELDS:
            edit = QLineEdit()
            label = QLabel()
            self.profile_edits[name] = edit
            self.profile_labels[name] = label
            if name == "registration_no":
                row = QHBoxLayout()
                row.addWidget(edit, 1)
                self.bizno_state = QLabel()
                row.addWidget(self.bizno_state)
                pf.addRow(label, row)
                edit.textChanged.connect(self._on_bizno_typed)
                edit.setInputMask("")
                edit.setMaxLength(12)
            else:
                pf.addRow(label, edit)
        self.seal_preview = QLabel()
        self.seal_preview.setFixedSize(72, 72)
        self.seal_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.seal_preview.setStyleSheet("border: 1px dashed #999;")
        self.seal_button = QPushButton()
        self.seal_button.clicked.connect(self._on_choose_seal)
        seal_row = QHBoxLayout()
        seal_row.addWidget(self.seal_preview)
        seal_row.addWidget(self.seal_button)
        seal_row.addStretch(1)
        self.seal_label = QLabel()
        pf.addRow(self.seal_label, seal_row)
        self.profile_save = QPushButton()
        self.profile_save.clicked.connect(self._on_save_profile)
        pf.addRow("", self.profile_save)
        v.addWidget(self.profile_box)
        self._seal: bytes | None = None

        # quote defaults
        self.quote_box = QGroupBox()
        qf = QFormLayout(self.quote_box)
        self.vat_default = QComboBox()
        self.vat_default.activated.connect(self._on_quote_defaults_changed)
        self.rounding_default = QComboBox()
        self.rounding_default.activated.connect(self._on_quote_defaults_changed)
        self.validity_days = QSpinBox()
        self.validity_days.setRange(1, 365)
        self.validity_days.editingFinished.connect(self._on_quote_defaults_changed)
        self.quote_labels = [QLabel() for _ in range(3)]
        qf.addRow(self.quote_labels[0], self.vat_default)
        qf.addRow(self.quote_labels[1], self.rounding_default)
        qf.addRow(self.quote_labels[2], self.validity_days)
        v.addWidget(self.quote_box)

        # design checks
        self.cad_box = QGroupBox()
        cf = QFormLayout(self.cad_box)
        self.tessellation = QDoubleSpinBox()
        self.tessellation.setObjectName("tessellationTolerance")
        self.tessellation.setDecimals(3)
        self.tessellation.setRange(0.001, 1.0)
        self.tessellation.setSingleStep(0.01)
        self.tessellation.setSuffix(" mm")
        self.tessellation.editingFinished.connect(self._on_tessellation_changed)
        self.tessellation_label = QLabel()
        cf.addRow(self.tessellation_label, self.tessellation)
        v.addWidget(self.cad_box)

        # the square account
        self.square_box = QGroupBox()
        sf = QFormLayout(self.square_box)
        self.square_url = QLineEdit()
        self.square_url.setObjectName("squareUrl")
        self.square_url.setPlaceholderText("https://square.example.kr")
        self.square_user = QLineEdit()
        self.square_user.setObjectName("squareUser")
        self.square_save = QPushButton()
        self.square_save.clicked.connect(self._on_square_saved)
        self.square_labels = [QLabel(), QLabel()]
        sf.addRow(self.square_labels[0], self.square_url)
        sf.addRow(self.square_labels[1], self.square_user)
        sf.addRow("", self.square_save)
        v.addWidget(self.square_box)

        # catalogue
        self.machines_box = QGroupBox()
        mv = QVBoxLayout(self.machines_box)
        self.machines = QTableWidget(0, 5)
        self.machines.verticalHeader().hide()
        self.machines.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.machines.itemChanged.connect(self._on_machine_edited)
        mv.addWidget(self.machines)
        self.materials_box = QGroupBox()
        tv = QVBoxLayout(self.materials_box)
        self.materials = QTableWidget(0, 4)
        self.materials.verticalHeader().hide()
        self.materials.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.materials.itemChanged.connect(self._on_material_edited)
        tv.addWidget(self.materials)
        v.addWidget(self.machines_box)
        v.addWidget(self.materials_box)
        v.addStretch(1)
        self._filling = False
        self.retranslate()

    # --- loading ---------------------------------------------------------------------------
    def load(self) -> None:
        ws = self.ctx.ws
        p = catalogue.get_profile(ws)
        for name in PROFILE_FIELDS:
            self.profile_edits[name].setText(str(getattr(p, name)))
        self._seal = p.seal_png
        self._show_seal()
        self._filling = True
        self.vat_default.setCurrentIndex(
            1 if settings.get_workspace_setting(ws, "quote.vat_included") else 0
        )
        rule = money.RoundingRule.from_setting(settings.get_workspace_setting(ws, "quote.rounding"))
        self.rounding_default.setCurrentIndex(rounding_index(rule))
        self.validity_days.setValue(int(settings.get_workspace_setting(ws, "quote.validity_days")))
        self.tessellation.setValue(float(settings.get_workspace_setting(ws, "cad.tessellation_mm")))
        from app.sync_state import get_sync_setting

        self.square_url.setText(str(get_sync_setting(ws, "server_url") or ""))
        self.square_user.setText(str(get_sync_setting(ws, "user") or ""))
        self._filling = False
        self._load_catalogue()

    def _load_catalogue(self) -> None:
        self._filling = True
        ms = catalogue.list_machines(self.ctx.ws)
        self.machines.setRowCount(len(ms))
        for i, m in enumerate(ms):
            x, y, z = m.build_mm
            values = (
                m.name,
                m.process,
                f"{x:g} × {y:g} × {z:g}",
                money.format_won(m.hourly_rate),
                money.format_won(m.setup_fee),
            )
            for col, val in enumerate(values):
                item = QTableWidgetItem(val)
                item.setData(Qt.ItemDataRole.UserRole, m.id)
                self.machines.setItem(i, col, item)
        mats = catalogue.list_materials(self.ctx.ws)
        self.materials.setRowCount(len(mats))
        for i, mat in enumerate(mats):
            for col, val in enumerate(
                (
                    mat.name,
                    mat.process,
                    f"{mat.density_g_cm3:g}",
                    money.format_won(mat.price_per_kg),
                )
            ):
                item = QTableWidgetItem(val)
                item.setData(Qt.ItemDataRole.UserRole, mat.id)
                self.materials.setItem(i, col, item)
        self.machines.resizeColumnsToContents()
        self.materials.resizeColumnsToContents()
        for t in (self.machines, self.materials):
            t.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
            t.setMinimumHeight(min(40 + 30 * t.rowCount(), 320))
        self._filling = False

    # --- language --------------------------------------------------------------------------
    def _on_language_chosen(self, _index: int) -> None:
        from ui.i18n import effective_language

        choice = str(self.lang_combo.currentData())
        self.ctx.user_settings.set("ui.language", choice)
        self.ctx.translations.apply(effective_language(choice))

    # --- profile ---------------------------------------------------------------------------
    def _on_bizno_typed(self, text: str) -> None:
        digits = bizno.normalize(text)
        if not digits:
            self.bizno_state.setText("")
        elif len(digits) < 10:
            self.bizno_state.setText(self.tr("%1 of 10 digits").replace("%1", str(len(digits))))
            self.bizno_state.setStyleSheet("color: #666")
        elif bizno.is_valid(text):
            self.bizno_state.setText(self.tr("✓ valid"))
            self.bizno_state.setStyleSheet("color: #2e7d32")
        else:
            self.bizno_state.setText(self.tr("✗ check digit does not match"))
            self.bizno_state.setStyleSheet("color: #c62828")

    def _on_choose_seal(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Seal image"), str(Path.home()), self.tr("Images (*.png *.jpg *.jpeg)")
        )
        if not name:
            return
        pix = QPixmap(name)
        if pix.isNull():
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.warning(
                self,
                self.tr("Settings"),
                self.tr("This file is not an image Maker Square can read."),
            )
            return
        from PySide6.QtCore import QBuffer, QByteArray, QIODevice

        data = QByteArray()
        buf = QBuffer(data)
        buf.open(QIODevice.OpenModeFlag.WriteOnly)
        pix.scaled(
            400, 400, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
        ).save(buf, "PNG")
        self._seal = bytes(data.data())
        self._show_seal()

    def _show_seal(self) -> None:
        if self._seal:
            pix = QPixmap()
            pix.loadFromData(self._seal, "PNG")
            self.seal_preview.setPixmap(
                pix.scaled(
                    68,
                    68,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        else:
            self.seal_preview.setText(self.tr("none"))

    def _on_save_profile(self) -> None:
        values = {name: edit.text().strip() for name, edit in self.profile_edits.items()}
        data = catalogue.ProfileData(**values, seal_png=self._seal)
        ws = self.ctx.ws
        self.ctx.tasks.write(
            lambda: catalogue.save_profile(ws, data),
            on_done=self._on_saved,
            on_error=self._error,
            label=self.tr("Saving profile"),
        )

    def _on_saved(self, result: object) -> None:
        assert isinstance(result, Result)
        self.ctx.bus.emit_changes(result.changes)
        self.window().statusBar().showMessage(self.tr("Saved"), 4000)  # type: ignore[attr-defined]
        self.load()

    # --- quote defaults --------------------------------------------------------------------
    def _on_quote_defaults_changed(self, *_args: Any) -> None:
        if self._filling:
            return
        ws = self.ctx.ws
        vat = self.vat_default.currentIndex() == 1
        rule = chosen_rounding(self.rounding_default).to_setting()
        days = self.validity_days.value()

        def write() -> Result[None]:
            settings.set_workspace_setting(ws, "quote.vat_included", vat)
            settings.set_workspace_setting(ws, "quote.rounding", rule)
            return settings.set_workspace_setting(ws, "quote.validity_days", days)

        self.ctx.tasks.write(
            write,
            on_done=self._on_defaults_saved,
            on_error=self._error,
            label=self.tr("Saving settings"),
        )

    def _on_square_saved(self) -> None:
        """Keep the square's address and user; the window's sync controller takes it up."""
        from app.changes import Changes
        from app.sync_state import set_sync_setting

        ws = self.ctx.ws
        url, user = self.square_url.text().strip().rstrip("/"), self.square_user.text().strip()

        def write() -> Result[None]:
            set_sync_setting(ws, "server_url", url or None)
            set_sync_setting(ws, "user", user or None)
            return Result(None, Changes(settings=True))

        def saved(result: object) -> None:
            self._on_defaults_saved(result)
            self.square_saved.emit()

        self.ctx.tasks.write(
            write, on_done=saved, on_error=self._error, label=self.tr("Saving settings")
        )

    def _on_tessellation_changed(self) -> None:
        if self._filling:
            return
        ws, value = self.ctx.ws, round(self.tessellation.value(), 3)
        self.ctx.tasks.write(
            lambda: settings.set_workspace_setting(ws, "cad.tessellation_mm", value),
            on_done=self._on_defaults_saved,
            on_error=self._error,
            label=self.tr("Saving settings"),
        )

    def _on_defaults_saved(self, result: object) -> None:
        assert isinstance(result, Result)
        self.ctx.bus.emit_changes(result.changes)

    # --- catalogue -------------------------------------------------------------------------
    def _on_machine_edited(self, item: QTableWidgetItem) -> None:
        if self._filling:
            return
        row = item.row()
        mid = str(item.data(Qt.ItemDataRole.UserRole))
        cells = [self._cell(self.machines, row, c) for c in range(5)]
        try:
            dims = tuple(float(x) for x in cells[2].replace("×", "x").split("x"))
            if len(dims) != 3:
                raise ValueError
            machine = catalogue.MachineRow(
                mid,
                cells[0],
                cells[1].strip(),
                (dims[0], dims[1], dims[2]),
                money.parse_won(cells[3]),
                money.parse_won(cells[4]),
            )
        except ValueError:
            self._error(ValueError())
            self._load_catalogue()
            return
        self._save_catalogue(lambda ws: catalogue.save_machine(ws, machine))

    def _on_material_edited(self, item: QTableWidgetItem) -> None:
        if self._filling:
            return
        row = item.row()
        mid = str(item.data(Qt.ItemDataRole.UserRole))
        cells = [self._cell(self.materials, row, c) for c in range(4)]
        try:
            material = catalogue.MaterialRow(
                mid, cells[0], cells[1].strip(), float(cells[2]), money.parse_won(cells[3])
            )
        except ValueError:
            self._error(ValueError())
            self._load_catalogue()
            return
        self._save_catalogue(lambda ws: catalogue.save_material(ws, material))

    @staticmethod
    def _cell(table: QTableWidget, row: int, col: int) -> str:
        item = table.item(row, col)
        return item.text() if item is not None else ""

    def _save_catalogue(self, fn: Any) -> None:
        ws = self.ctx.ws

        def failed(exc: BaseException) -> None:
            self._error(exc)
            self._load_catalogue()

        self.ctx.tasks.write(
            lambda: fn(ws),
            on_done=self._on_catalogue_saved,
            on_error=failed,
            label=self.tr("Saving catalogue"),
        )

    def _on_catalogue_saved(self, result: object) -> None:
        assert isinstance(result, Result)
        self.ctx.bus.emit_changes(result.changes)
        self._load_catalogue()

    def _error(self, exc: BaseException) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(self, self.tr("Settings"), error_text(exc))

    # --- language --------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.lang_box.setTitle(self.tr("Language"))
        self.lang_label.setText(self.tr("Language"))
        self.lang_combo.setItemText(0, self.tr("Follow the system"))
        self.profile_box.setTitle(self.tr("Business profile (printed on quotes)"))
        labels = {
            "business_name": self.tr("Business name (상호)"),
            "representative": self.tr("Representative (대표자)"),
            "registration_no": self.tr("Registration no. (사업자등록번호)"),
            "address": self.tr("Address"),
            "business_type": self.tr("Business type (업태)"),
            "business_item": self.tr("Business item (종목)"),
            "phone": self.tr("Phone"),
            "email": self.tr("E-mail"),
        }
        for name, text in labels.items():
            self.profile_labels[name].setText(text)
        self.seal_label.setText(self.tr("Seal (도장)"))
        self.seal_button.setText(self.tr("Choose image…"))
        self.profile_save.setText(self.tr("Save profile"))
        self.quote_box.setTitle(self.tr("New quotes"))
        for label, text in zip(
            self.quote_labels,
            (self.tr("VAT"), self.tr("Rounding"), self.tr("Valid for (days)")),
            strict=True,
        ):
            label.setText(text)
        self._filling = True
        fill_vat_combo(self.vat_default)
        fill_rounding_combo(self.rounding_default)
        self._filling = False
        self.square_box.setTitle(self.tr("The square (sync)"))
        self.square_labels[0].setText(self.tr("Server address"))
        self.square_labels[1].setText(self.tr("User name"))
        self.square_save.setText(self.tr("Save and sync"))
        self.cad_box.setTitle(self.tr("Design checks"))
        self.tessellation_label.setText(self.tr("STEP/IGES meshing tolerance"))
        self.tessellation.setToolTip(
            self.tr(
                "How far the triangles of an imported STEP, IGES or BREP part may lie from its "
                "true surface. Smaller is more exact and slower; applies to new imports."
            )
        )
        self.machines_box.setTitle(self.tr("Machines"))
        self.machines.setHorizontalHeaderLabels(
            [
                self.tr("Name"),
                self.tr("Process"),
                self.tr("Build volume (mm)"),
                self.tr("Rate (won/h)"),
                self.tr("Setup (won)"),
            ]
        )
        self.materials_box.setTitle(self.tr("Materials"))
        self.materials.setHorizontalHeaderLabels(
            [
                self.tr("Name"),
                self.tr("Process"),
                self.tr("Density (g/cm³)"),
                self.tr("Price (won/kg)"),
            ]
        )
        self._on_bizno_typed(self.profile_edits["registration_no"].text())
        self._show_seal()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
