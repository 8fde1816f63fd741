"""How a command opens the workspace it works on.

A command that only reads opens it without the lock (app.workspace.open_for_reading), so it
runs beside an open window and on a read-only disk; the others take the lock and say so when
the workspace is open elsewhere. Errors become one line on stderr and an exit code.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.workspace import Workspace
    from ui.paths import Paths

Command = Callable[["Workspace", argparse.Namespace], int]


def read_only(args: argparse.Namespace, paths: Paths) -> Workspace:
    """The workspace for a command that only reads it."""
    from app.workspace import open_for_reading

    return open_for_reading(args.workspace or paths.default_workspace)


def runner(
    command: Command, *, reading: bool = False, create: bool = False
) -> Callable[[argparse.Namespace, Paths], int]:
    """A subparser's `run` that runs `command` on the workspace (see `on_workspace`)."""

    def run(args: argparse.Namespace, paths: Paths) -> int:
        return on_workspace(args, paths, command, reading=reading, create=create)

    return run


def fail(text: str) -> None:
    print(f"makersquare: {text}", file=sys.stderr)


def on_workspace(
    args: argparse.Namespace,
    paths: Paths,
    command: Command,
    *,
    reading: bool = False,
    create: bool = False,
) -> int:
    """Run `command(ws, args)` on the workspace; errors are one line on stderr: exit 1, or the
    code of a workspace in a bad place (ui/cli/exit_codes.py)."""
    from app.errors import MakerSquareError
    from app.workspace import open_workspace
    from sync.errors import SyncError
    from ui.cli.exit_codes import exit_code
    from ui.words.errors import error_text, sync_error_text

    root = args.workspace or paths.default_workspace
    try:
        ws = read_only(args, paths) if reading else open_workspace(root, create=create)
        try:
            return command(ws, args)
        finally:
            ws.close()
    except SyncError as exc:
        fail(sync_error_text(exc.code, str(exc.body.get("user") or "")))
    except (MakerSquareError, OSError) as exc:
        fail(error_text(exc))
        return exit_code(exc)
    return 1


def author(ws: Workspace) -> str:
    """Local edits are signed with the sync user once the workspace has one."""
    from app.replica.state import get_sync_setting

    user = get_sync_setting(ws, "user")
    return str(user) if user else ""
