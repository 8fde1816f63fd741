"""Running one command: paths, logging and the language set up once, then the command's own
`run` (set by its group's parser, ui/cli/<group>.py). One line on stderr and a non-zero exit
for any error, never a traceback: a bug says "internal error" and its details go to the log."""

from __future__ import annotations

import argparse
import logging
import os
import sys

from PySide6.QtCore import QCoreApplication

from app.errors import MakerSquareError
from ui.cli.exit_codes import exit_code
from ui.i18n import Translations, effective_language
from ui.paths import resolve_paths
from ui.words.errors import error_text

log = logging.getLogger(__name__)
translate = QCoreApplication.translate


def run(args: argparse.Namespace) -> int:
    paths = resolve_paths()
    app = _core_app(needs_gui=getattr(args, "needs_gui", False))
    from ui.logs import setup_logging

    setup_logging(paths.log_dir)  # warnings go to the log file, stderr keeps its one line
    from app.options import UserSettings

    language = args.lang or effective_language(UserSettings(paths.user_settings).get("ui.language"))
    translations = Translations()
    translations.apply(language)
    try:
        return int(args.run(args, paths))
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
