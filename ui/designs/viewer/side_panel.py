"""The viewer's side panel: findings with a colour legend, the measure, section and build
volume readouts and their controls, the pin tool's hint. It only shows things; the window
and its tools wire them up."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from app.catalogue import MachineRow
from cad.preview import BASE_COLOUR, SEVERITY_COLOURS
from cad.report import Finding
from ui.words.findings import finding_text, finding_title, fix_hint, severity_label

FINDING_ROLE = Qt.ItemDataRole.UserRole + 1
SLIDER_STEPS = 1000


def swatch(rgba: tuple[int, int, int, int], size: int = 14) -> QIcon:
    pix = QPixmap(size, size)
    pix.fill(QColor(*rgba[:3]))
    return QIcon(pix)


class ViewerSidePanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumWidth(270)
        self.setMaximumWidth(360)
        v = QVBoxLayout(self)
        v.setContentsMargins(6, 6, 6, 6)
        v.addWidget(self._build_pin_box())
        v.addWidget(self._build_findings_box())
        v.addWidget(self._build_measure_box())
        v.addWidget(self._build_section_box())
        v.addWidget(self._build_volume_box())
        v.addStretch(1)
        self._findings: tuple[Finding, ...] = ()
        self.retranslate()

    def _build_findings_box(self) -> QGroupBox:
        """The findings list, the selected finding's text and the colour legend."""
        self.findings_box = QGroupBox()
        fv = QVBoxLayout(self.findings_box)
        self.findings_list = QListWidget()
        self.findings_list.setObjectName("viewerFindings")
        self.findings_list.setWordWrap(True)
        self.findings_list.setIconSize(self.findings_list.iconSize())
        self.findings_list.setMaximumHeight(260)
        self.findings_list.setMinimumHeight(90)
        fv.addWidget(self.findings_list)
        self.finding_detail = QLabel()
        self.finding_detail.setObjectName("findingDetail")
        self.finding_detail.setWordWrap(True)
        self.finding_detail.hide()
        fv.addWidget(self.finding_detail)
        fv.addWidget(self._build_legend())
        return self.findings_box

    def _build_legend(self) -> QWidget:
        """A swatch and a word per severity, and one for the faces without a finding."""
        self.legend = QWidget()
        self.legend_layout = QHBoxLayout(self.legend)
        self.legend_layout.setContentsMargins(0, 0, 0, 0)
        self.legend_labels: dict[str, QLabel] = {}
        for key, rgba in (*SEVERITY_COLOURS.items(), ("ok", BASE_COLOUR)):
            icon = QLabel()
            icon.setPixmap(swatch(rgba).pixmap(14, 14))
            text = QLabel()
            self.legend_labels[key] = text
            self.legend_layout.addWidget(icon)
            self.legend_layout.addWidget(text)
        self.legend_layout.addStretch(1)
        return self.legend

    def _build_measure_box(self) -> QGroupBox:
        """Distance or hole mode, Clear, and the readout."""
        self.measure_box = QGroupBox()
        mv = QVBoxLayout(self.measure_box)
        row = QHBoxLayout()
        self.measure_mode = QComboBox()
        self.measure_mode.setObjectName("measureMode")
        self.measure_clear = QPushButton()
        row.addWidget(self.measure_mode, 1)
        row.addWidget(self.measure_clear)
        mv.addLayout(row)
        self.measure_readout = QLabel()
        self.measure_readout.setObjectName("measureReadout")
        self.measure_readout.setWordWrap(True)
        self.measure_readout.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        mv.addWidget(self.measure_readout)
        return self.measure_box

    def _build_pin_box(self) -> QGroupBox:
        """What the pin tool does, and whether the measurement shown goes with a pin."""
        self.pin_box = QGroupBox()
        pv = QVBoxLayout(self.pin_box)
        self.pin_readout = QLabel()
        self.pin_readout.setObjectName("pinReadout")
        self.pin_readout.setWordWrap(True)
        self.pin_attach = QCheckBox()
        self.pin_attach.setObjectName("pinAttachMeasurement")
        self.pin_attach.setChecked(True)
        pv.addWidget(self.pin_readout)
        pv.addWidget(self.pin_attach)
        return self.pin_box

    def _build_section_box(self) -> QGroupBox:
        """The section plane's axis and position, and what the cut shows."""
        self.section_box = QGroupBox()
        sf = QFormLayout(self.section_box)
        self.section_axis = QComboBox()
        self.section_axis.setObjectName("sectionAxis")
        self.section_axis.addItems(["X", "Y", "Z"])
        self.section_axis.setCurrentIndex(2)
        self.section_slider = QSlider(Qt.Orientation.Horizontal)
        self.section_slider.setObjectName("sectionSlider")
        self.section_slider.setRange(0, SLIDER_STEPS)
        self.section_slider.setValue(SLIDER_STEPS // 2)
        self.section_offset = QLabel()
        self.section_offset.setObjectName("sectionOffset")
        self.section_readout = QLabel()
        self.section_readout.setObjectName("sectionReadout")
        self.section_readout.setWordWrap(True)
        self.section_labels = [QLabel(), QLabel()]
        sf.addRow(self.section_labels[0], self.section_axis)
        sf.addRow(self.section_labels[1], self.section_offset)
        sf.addRow(self.section_slider)
        sf.addRow(self.section_readout)
        return self.section_box

    def _build_volume_box(self) -> QGroupBox:
        """The machine whose build volume is drawn, and whether the part fits."""
        self.volume_box = QGroupBox()
        vv = QVBoxLayout(self.volume_box)
        self.machine_combo = QComboBox()
        self.machine_combo.setObjectName("viewerMachine")
        self.volume_readout = QLabel()
        self.volume_readout.setObjectName("volumeReadout")
        self.volume_readout.setWordWrap(True)
        vv.addWidget(self.machine_combo)
        vv.addWidget(self.volume_readout)
        return self.volume_box

    def set_findings(self, findings: tuple[Finding, ...], checked: bool) -> None:
        self._findings = findings
        self.findings_list.clear()
        if not findings:
            text = self.tr("No problems found.") if checked else self.tr("Not checked yet.")
            item = QListWidgetItem(text)
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.findings_list.addItem(item)
            return
        everything = QListWidgetItem(self.tr("All findings"))
        everything.setData(FINDING_ROLE, None)
        self.findings_list.addItem(everything)
        for finding in findings:
            title = f"{severity_label(finding.severity)}: {finding_title(finding.code)}"
            item = QListWidgetItem(swatch(SEVERITY_COLOURS[finding.severity]), title)
            item.setToolTip(finding_text(finding))
            item.setData(FINDING_ROLE, finding.code)
            self.findings_list.addItem(item)

    def show_detail(self, finding: Finding | None) -> None:
        """The selected finding in a sentence, and what to do about it."""
        if finding is None:
            self.finding_detail.hide()
            return
        hint = fix_hint(finding.code)
        self.finding_detail.setText(finding_text(finding) + (f"\n{hint}" if hint else ""))
        self.finding_detail.show()

    def set_machines(self, machines: tuple[MachineRow, ...]) -> None:
        self.machine_combo.clear()
        for m in machines:
            size = " × ".join(f"{x:g}" for x in m.build_mm)
            self.machine_combo.addItem(f"{m.name} ({size} mm)", m.id)
        if not machines:
            self.machine_combo.addItem(self.tr("No machines in the catalogue"), None)

    def retranslate(self) -> None:
        self.findings_box.setTitle(self.tr("Findings"))
        self.pin_box.setTitle(self.tr("Pin a comment"))
        self.legend_labels["error"].setText(severity_label("error"))
        self.legend_labels["warning"].setText(severity_label("warning"))
        self.legend_labels["info"].setText(severity_label("info"))
        self.legend_labels["ok"].setText(self.tr("No problem"))
        self.measure_box.setTitle(self.tr("Measure"))
        current = max(self.measure_mode.currentIndex(), 0)
        self.measure_mode.clear()
        self.measure_mode.addItem(self.tr("Distance"), "distance")
        self.measure_mode.addItem(self.tr("Hole diameter"), "hole")
        self.measure_mode.setCurrentIndex(current)
        self.measure_clear.setText(self.tr("Clear"))
        self.section_box.setTitle(self.tr("Section"))
        self.section_labels[0].setText(self.tr("Cut across"))
        self.section_labels[1].setText(self.tr("At"))
        self.volume_box.setTitle(self.tr("Build volume"))
        if self._findings:
            self.set_findings(self._findings, True)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
