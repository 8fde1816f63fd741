"""`makersquare workspace restore [BACKUP]`: put a backup back in place of the workspace.

Without BACKUP it lists the workspace's backups, newest first, and asks for one (exit 2).
BACKUP is a path, or the name of a file in the workspace's backups folder. The file it
replaces is kept beside it (app/workspace_restore.py); the restored file is checked.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from ui.cli.exit_codes import EXIT_DAMAGED

if TYPE_CHECKING:
    from ui.paths import Paths

translate = QCoreApplication.translate
EXIT_USAGE = 2


def _list(backup_dir: Path) -> int:
    from app.backup import list_backups
    from ui.style.formats import format_datetime
    from ui.words.labels import backup_reason_label

    found = list_backups(backup_dir)
    for b in found:
        print(f"{format_datetime(b.taken_at)}\t{backup_reason_label(b.reason)}\t{b.path}")
    why = (
        translate("cli", "say which backup to restore: makersquare workspace restore BACKUP")
        if found
        else translate("cli", "this workspace has no backups in %1").replace("%1", str(backup_dir))
    )
    print(f"makersquare: {why}", file=sys.stderr)
    return EXIT_USAGE


def run_restore(args: argparse.Namespace, paths: Paths) -> int:
    from app.workspace_probe import BACKUP_DIR
    from app.workspace_restore import restore_backup

    root: Path = (args.workspace or paths.default_workspace).expanduser()
    backup: Path | None = args.backup
    if backup is None:
        return _list(root / BACKUP_DIR)
    if not backup.exists() and (root / BACKUP_DIR / backup.name).exists():
        backup = root / BACKUP_DIR / backup.name
    result = restore_backup(root, backup)
    print(
        translate("cli", "Restored %1 from %2").replace("%1", str(root)).replace("%2", str(backup))
    )
    if result.kept_aside is not None:
        print(
            translate("cli", "The file it replaced is kept as %1").replace(
                "%1", str(result.kept_aside)
            )
        )
    print(translate("cli", "Integrity: %1").replace("%1", result.integrity))
    if result.integrity != "ok":
        print(
            "makersquare: " + translate("cli", "the restored workspace has problems (see above)"),
            file=sys.stderr,
        )
        return EXIT_DAMAGED
    return 0
