"""`makersquare sync` — one sync of the workspace with the square, for scripts.

The contract (issue 4; keep it exact): `sync --server URL --user NAME [--password-stdin]`
prints one summary line and exits 0, or one line `makersquare: <why>` on stderr and 1;
when the square did not take some changes as they were, it also says so on stderr and exits
4: they wait in the conflicts inbox (`makersquare conflicts list`, ui/cli/conflicts.py);
the job, design and comment commands are ui/cli/jobs.py. Errors are worded by
ui/words/errors.py (`error_text`, the square's by `sync_error_text`); never a traceback.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from ui.cli.conflicts import EXIT_KEPT
from ui.cli.opening import fail as _fail
from ui.cli.opening import on_workspace

if TYPE_CHECKING:
    from app.workspace import Workspace
    from sync.engine import SyncSummary
    from ui.paths import Paths

translate = QCoreApplication.translate


def add_parser(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    sync = sub.add_parser("sync", parents=[common], help="sync the workspace with the square once")
    sync.add_argument("--server", required=True, metavar="URL")
    sync.add_argument("--user", required=True, metavar="NAME")
    sync.add_argument("--password-stdin", action="store_true")
    sync.set_defaults(run=run)


def run(args: argparse.Namespace, paths: Paths) -> int:
    # A first sync makes the workspace.
    return on_workspace(args, paths, _sync, create=True)


# --- sync -----------------------------------------------------------------------------


def _sync(ws: Workspace, args: argparse.Namespace) -> int:
    from sync.engine import run_sync

    # An empty line is no password: the stored sign-in is tried, else the error says why.
    password = (sys.stdin.readline().rstrip("\r\n") or None) if args.password_stdin else None
    summary = run_sync(ws, server_url=args.server, user=args.user, password=password)
    print(summary_line(summary))
    kept = summary.rejected + summary.conflicts
    if kept:  # nothing is lost, but the user has to look: say so, and exit non-zero
        _fail(
            translate(
                "cli",
                "%1 changes were not taken by the square as they were; they wait in the "
                "conflicts inbox: makersquare conflicts list",
            ).replace("%1", str(kept))
        )
        return EXIT_KEPT
    return 0


def summary_line(summary: SyncSummary) -> str:
    """`synced: pushed 3, pulled 10, files up 1 (2.0 MB), down 0` — one line."""
    line = (
        translate("cli", "synced: pushed %1, pulled %2, files up %3, down %4")
        .replace("%1", str(summary.pushed))
        .replace("%2", str(summary.pulled))
        .replace("%3", _files(summary.files_up, summary.uploaded_bytes))
        .replace("%4", _files(summary.files_down, summary.downloaded_bytes))
    )
    if summary.rejected:
        line += ", " + translate("cli", "%1 refused by the square").replace(
            "%1", str(summary.rejected)
        )
    if summary.conflicts:
        line += ", " + translate("cli", "%1 conflicts to resolve").replace(
            "%1", str(summary.conflicts)
        )
    return line


def _files(count: int, size: int) -> str:
    return f"{count} ({_size(size)})" if count else "0"


def _size(n: int) -> str:
    """Decimal units, one decimal: 684 B, 12.3 kB, 2.0 MB, 1.2 GB."""
    if n < 1000:
        return f"{n} B"
    value, unit = n / 1000, "kB"
    for bigger in ("MB", "GB"):
        if value < 999.95:
            break
        value, unit = value / 1000, bigger
    return f"{value:.1f} {unit}"
