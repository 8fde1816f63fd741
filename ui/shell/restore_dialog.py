"""Restore from backup…: choose one of a workspace's backups, newest first, and put it back.

Reached from File ▸ Restore from backup… and from the message shown when a workspace cannot
open because its file is empty or damaged. The restore itself runs on the write lane
(WorkspaceSwitcher.restore) with the status bar's progress; the file it replaces is kept
beside it (app/workspace_restore.py), and the window says where.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.style.formats import format_datetime
from ui.words.labels import backup_reason_label

if TYPE_CHECKING:
    from app.backup import BackupFile
    from app.workspace_restore import RestoreResult
    from ui.shell.workspace_switch import WorkspaceSwitcher

translate = QCoreApplication.translate


class RestoreHost(Protocol):
    """What a restore uses of the main window, which passes itself (so this module need not
    import ui/shell/main_window.py). `window()` is QWidget's own: the parent of the dialogs."""

    @property
    def switcher(self) -> WorkspaceSwitcher: ...
    def window(self) -> QWidget: ...
    def centralWidget(self) -> QWidget | None: ...
    def show_message(self, text: str) -> None: ...


def size_text(n: int) -> str:
    if n < 1000 * 1000:
        return translate("RestoreDialog", "%1 kB").replace("%1", f"{max(1, round(n / 1000))}")
    return translate("RestoreDialog", "%1 MB").replace("%1", f"{n / 1_000_000:.1f}")


class RestoreDialog(QDialog):
    """The backups of the workspace in `root`, newest first; Restore puts the chosen one back."""

    def __init__(
        self,
        root: Path,
        backups: list[BackupFile],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.root = root
        self.backups = backups
        self.setWindowTitle(self.tr("Restore from backup"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Choose the backup to put back as the workspace in %1. The file it replaces is "
                "kept beside it as workspace.sqlite.before-restore-…; nothing is deleted."
            ).replace("%1", str(root))
        )
        intro.setWordWrap(True)
        intro.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(intro)
        self.table = QTreeWidget()
        self.table.setRootIsDecorated(False)
        self.table.setHeaderLabels([self.tr("Taken"), self.tr("Why"), self.tr("Size")])
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        self.table.headerItem().setTextAlignment(2, right)
        self.table.setAlternatingRowColors(True)
        for b in backups:
            try:
                size = size_text(b.path.stat().st_size)
            except OSError:
                size = ""
            item = QTreeWidgetItem(
                [format_datetime(b.taken_at), backup_reason_label(b.reason), size]
            )
            item.setToolTip(0, str(b.path))
            item.setTextAlignment(2, right)
            self.table.addTopLevelItem(item)
        header = self.table.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.table, 1)
        self.empty_label = QLabel(self.tr("There are no backups of this workspace yet."))
        self.empty_label.setVisible(not backups)
        self.table.setVisible(bool(backups))
        layout.addWidget(self.empty_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = buttons.addButton(
            self.tr("Restore"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.restore_button.setDefault(True)
        self.restore_button.setEnabled(bool(backups))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.table.itemDoubleClicked.connect(lambda *_: self.accept())
        layout.addWidget(buttons)
        newest = self.table.topLevelItem(0)
        if newest is not None:
            self.table.setCurrentItem(newest)

    def selected_backup(self) -> Path | None:
        item = self.table.currentItem()
        row = self.table.indexOfTopLevelItem(item) if item is not None else -1
        return self.backups[row].path if 0 <= row < len(self.backups) else None


def ask_restore(window: RestoreHost, root: Path) -> RestoreDialog:
    """Show the backups of `root`; on Restore, restore the chosen one and open it."""
    from app.backup import list_backups
    from app.workspace_probe import BACKUP_DIR

    dialog = RestoreDialog(root, list_backups(root / BACKUP_DIR), window.window())
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def accepted() -> None:
        backup = dialog.selected_backup()
        if backup is not None:
            start_restore(window, root, backup)

    dialog.accepted.connect(accepted)
    dialog.open()
    return dialog


def start_restore(window: RestoreHost, root: Path, backup: Path) -> None:
    """Restore on the write lane; the window is inert meanwhile and says how it went."""
    switcher = window.switcher
    central = window.centralWidget()
    assert central is not None

    def finished(*_args: object) -> None:
        central.setEnabled(True)
        for signal, slot in ((switcher.restored, on_restored), (switcher.failed, finished)):
            signal.disconnect(slot)

    def on_restored(result: object) -> None:
        finished()
        window.show_message(restored_text(result))  # type: ignore[arg-type]

    switcher.restored.connect(on_restored)
    switcher.failed.connect(finished)
    central.setEnabled(False)
    switcher.restore(root, backup)


def restored_text(result: RestoreResult) -> str:
    from app.backup import parse_backup_name

    named = parse_backup_name(result.backup)
    when = format_datetime(named.taken_at) if named else str(result.backup)
    text = translate("RestoreDialog", "The workspace was restored from the backup of %1.").replace(
        "%1", when
    )
    if result.kept_aside is not None:
        text += " " + translate("RestoreDialog", "The file it replaced is kept as %1.").replace(
            "%1", str(result.kept_aside)
        )
    return text


def offer_restore(window: RestoreHost, text: str, root: Path) -> QMessageBox:
    """A workspace that cannot open (empty, damaged): say why, with Restore from backup…"""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        translate("MainWindow", "Maker Square"),
        text,
        parent=window.window(),
    )
    restore = box.addButton(
        translate("RestoreDialog", "Restore from backup…"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(QMessageBox.StandardButton.Close)
    box.setDefaultButton(restore)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def clicked(button: object) -> None:
        if button is restore:
            ask_restore(window, root)

    box.buttonClicked.connect(clicked)
    box.open()
    return box
