"""`makersquare workspace info|check|backup|restore [BACKUP]` — looking after a workspace.

info, check and backup only read: they run beside an open window and on a read-only disk.
`check` exits 1 when the workspace has problems; `restore` is ui/cli/restore.py.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from ui.cli.opening import read_only

if TYPE_CHECKING:
    from app.workspace import Workspace
    from ui.paths import Paths

translate = QCoreApplication.translate


def add_parser(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    ws = sub.add_parser("workspace", parents=[common], help="look after a workspace")
    ws.add_argument("action", choices=("info", "check", "backup", "restore"))
    ws.add_argument(
        "backup",
        nargs="?",
        type=Path,
        metavar="BACKUP",
        help="restore: the backup file to restore (without it: list the backups)",
    )
    ws.set_defaults(run=run)


def run(args: argparse.Namespace, paths: Paths) -> int:
    if args.action == "restore":
        from ui.cli.restore import run_restore

        return run_restore(args, paths)
    ws = read_only(args, paths)
    try:
        if args.action == "info":
            return _info(ws)
        if args.action == "check":
            return _check(ws)
        path = ws.backup_now("manual")
        print(translate("cli", "Backed up to %1").replace("%1", str(path)))
        return 0
    finally:
        ws.close()


def _info(ws: Workspace) -> int:
    from app.workspace import workspace_counts
    from app.workspace_probe import folder_writable

    print(translate("cli", "Workspace: %1").replace("%1", str(ws.root)))
    print(translate("cli", "Schema revision: %1").replace("%1", ws.schema_revision()))
    print(translate("cli", "Journal: %1").replace("%1", ws.journal_mode))
    if not folder_writable(ws.root):
        print(translate("cli", "Read-only: this folder cannot be written; it can be read only."))
    for name, count in workspace_counts(ws).items():
        print(f"{name}: {count}")
    return 0


def _check(ws: Workspace) -> int:
    from app.workspace import check_workspace

    report = check_workspace(ws)
    print(translate("cli", "Integrity: %1").replace("%1", report.integrity))
    print(
        translate("cli", "Foreign key problems: %1").replace(
            "%1", str(report.foreign_key_problems)
        )
    )
    print(
        translate("cli", "Missing design files: %1").replace("%1", str(len(report.missing_files)))
    )
    print(
        translate("cli", "Damaged design files: %1").replace("%1", str(len(report.damaged_files)))
    )
    if not report.ok:
        print(
            "makersquare: " + translate("cli", "the workspace has problems (see above)"),
            file=sys.stderr,
        )
    return 0 if report.ok else 1
