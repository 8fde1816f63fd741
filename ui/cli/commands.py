"""The headless commands. One line on stderr and a non-zero exit for any error."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from app.errors import MakerSquareError
from ui.cli.exit_codes import exit_code
from ui.i18n import Translations, effective_language
from ui.paths import Paths, resolve_paths
from ui.words.errors import error_text

if TYPE_CHECKING:
    from app.workspace import Workspace

log = logging.getLogger(__name__)


translate = QCoreApplication.translate


def run(args: argparse.Namespace) -> int:
    paths = resolve_paths()
    app = _core_app(needs_gui=args.command == "quote" and args.quote_command == "pdf")
    from ui.logs import setup_logging

    setup_logging(paths.log_dir)  # warnings go to the log file, stderr keeps its one line
    from app.options import UserSettings

    language = args.lang or effective_language(UserSettings(paths.user_settings).get("ui.language"))
    translations = Translations()
    translations.apply(language)
    commands: dict[str, Callable[[argparse.Namespace, Paths], int]] = {
        "workspace": _workspace,
        "demo": _demo,
        "quote": _quote,
        "check": _check,
        "square": _square,
        "sync": _sync_commands,
        "job": _sync_commands,
        "design": _sync_commands,
        "comment": _sync_commands,
        "conflicts": _sync_commands,
    }
    try:
        return commands[args.command](args, paths)
    except (MakerSquareError, OSError) as exc:
        print(f"makersquare: {error_text(exc)}", file=sys.stderr)
        return exit_code(exc)  # ui/exit_codes: one per way forward
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # a bug: say so in one line, details in the log
        log.exception("command failed")
        print(
            f"makersquare: {translate('cli', 'internal error')}: {type(exc).__name__}: {exc}",
            file=sys.stderr,
        )
        return 3
    finally:
        del app


def _core_app(*, needs_gui: bool) -> QCoreApplication:
    existing = QCoreApplication.instance()
    if existing is not None:
        return existing
    if needs_gui:
        if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from PySide6.QtGui import QGuiApplication

        return QGuiApplication(["makersquare"])
    return QCoreApplication(["makersquare"])


def _square(args: argparse.Namespace, paths: Paths) -> int:
    """The square's reference server (sync/server): serve, or manage its users."""
    from sync.server import EXTRA, missing_modules

    missing = missing_modules(args.db)
    if missing:  # installed without the `server` extra: say how to add it, in one line
        text = translate("cli", "the square's server is not installed (missing %1): %2")
        text = text.replace("%1", ", ".join(missing)).replace("%2", f"pip install {EXTRA}")
        print(f"makersquare: {text}", file=sys.stderr)
        return 1
    from sync.server import cli as square

    data = args.data or paths.data_dir / "square"
    if args.square_command == "serve":
        return square.serve(args.db, data, args.host, args.port)
    action = args.user_command
    if action == "list":
        return square.list_users(args.db, data, as_json=args.json)
    if action in ("add", "reset-password"):
        password = sys.stdin.readline().rstrip("\n")
        if action == "add":
            return square.add_user(args.name, args.role, password, args.db, data)
        return square.reset_password(args.name, password, args.db, data)
    if action == "set-role":
        return square.set_role(args.name, args.role, args.db, data)
    by_name = {
        "disable": square.disable_user,
        "enable": square.enable_user,
        "revoke-tokens": square.revoke_tokens,
    }
    return by_name[action](args.name, args.db, data)


def _sync_commands(args: argparse.Namespace, paths: Paths) -> int:
    """sync, job, design and comment: the workspace commands scripts use (ui/cli_sync)."""
    from ui.cli import sync as cli_sync

    return cli_sync.run(args, paths)


def _check(args: argparse.Namespace, _paths: Paths) -> int:
    from ui.cli.check import run_check

    return run_check(args)


def _open(args: argparse.Namespace, paths: Paths) -> Workspace:
    """The workspace for a command that only reads it: without the lock, so it runs beside an
    open window, and on a read-only disk (app.workspace.open_for_reading)."""
    from app.workspace import open_for_reading

    return open_for_reading(args.workspace or paths.default_workspace)


def _workspace(args: argparse.Namespace, paths: Paths) -> int:
    from app.workspace import check_workspace, workspace_counts
    from app.workspace_probe import folder_writable

    if args.action == "restore":
        from ui.cli.restore import run_restore

        return run_restore(args, paths)
    ws = _open(args, paths)
    try:
        if args.action == "info":
            print(translate("cli", "Workspace: %1").replace("%1", str(ws.root)))
            print(translate("cli", "Schema revision: %1").replace("%1", ws.schema_revision()))
            print(translate("cli", "Journal: %1").replace("%1", ws.journal_mode))
            if not folder_writable(ws.root):
                print(
                    translate(
                        "cli", "Read-only: this folder cannot be written; it can be read only."
                    )
                )
            for name, count in workspace_counts(ws).items():
                print(f"{name}: {count}")
            return 0
        if args.action == "check":
            report = check_workspace(ws)
            print(translate("cli", "Integrity: %1").replace("%1", report.integrity))
            print(
                translate("cli", "Foreign key problems: %1").replace(
                    "%1", str(report.foreign_key_problems)
                )
            )
            print(
                translate("cli", "Missing design files: %1").replace(
                    "%1", str(len(report.missing_files))
                )
            )
            print(
                translate("cli", "Damaged design files: %1").replace(
                    "%1", str(len(report.damaged_files))
                )
            )
            if not report.ok:
                print(
                    "makersquare: " + translate("cli", "the workspace has problems (see above)"),
                    file=sys.stderr,
                )
            return 0 if report.ok else 1
        path = ws.backup_now("manual")
        print(translate("cli", "Backed up to %1").replace("%1", str(path)))
        return 0
    finally:
        ws.close()


def _demo(args: argparse.Namespace, paths: Paths) -> int:
    from app.demo.demo import build_demo
    from app.workspace import open_workspace

    root = args.workspace or paths.demo_workspace
    ws = open_workspace(root)
    try:
        summary = build_demo(ws)
    finally:
        ws.close()
    print(translate("cli", "Demo workspace ready: %1").replace("%1", str(root)))
    print(summary.describe())
    return 0


def _quote(args: argparse.Namespace, paths: Paths) -> int:
    if args.quote_command in ("list", "show"):  # read-only, for scripts (ui/cli_quote)
        from ui.cli import quote as cli_quote

        ws = _open(args, paths)
        try:
            return cli_quote.run(ws, args)
        finally:
            ws.close()
    from app.quotes.quotes import find_revision, quote_document
    from ui.quotes.pdf import render_quote_pdf

    ws = _open(args, paths)
    try:
        revision_id = find_revision(ws, args.number, args.revision)
        doc = quote_document(ws, revision_id)
    finally:
        ws.close()
    output: Path = args.output
    render_quote_pdf(doc, output, language=args.lang or _language_code())
    print(translate("cli", "Saved %1").replace("%1", str(output)))
    return 0


def _language_code() -> str:
    from PySide6.QtCore import QLocale

    return "ko" if QLocale().language() == QLocale.Language.Korean else "en"
