"""Start the desktop app: the window appears at once; the workspace opens in the background."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QApplication

from app.options import UserSettings
from ui.app_context import AppContext, ChangeBus
from ui.errors import ErrorHooks
from ui.i18n import Translations, effective_language
from ui.paths import APPLICATION, ORGANIZATION, resolve_paths
from ui.tasks import TaskRunner

log = logging.getLogger(__name__)


def make_context(app: QApplication, language: str | None = None) -> AppContext:
    paths = resolve_paths()
    user_settings = UserSettings(paths.user_settings)
    translations = Translations()
    translations.apply(language or effective_language(user_settings.get("ui.language")))
    return AppContext(
        paths=paths,
        user_settings=user_settings,
        translations=translations,
        tasks=TaskRunner(app),
        bus=ChangeBus(app),
    )


def apply_style(app: QApplication, user_settings: UserSettings | None = None) -> None:
    """Fusion with our palette and stylesheet: the saved theme and projector mode, or light."""
    from ui.style import theme

    if user_settings is None:
        theme.apply(app, "light")
    else:
        theme.apply_saved(app, user_settings)


def run_gui(workspace: Path | None, language: str | None, *, demo: bool = False) -> int:
    QApplication.setOrganizationName(ORGANIZATION)
    QApplication.setApplicationName(APPLICATION)
    # Fusion named here, not set later: QApplication.setStyle from Python builds some twenty
    # enum types first (~25 ms before the window can show)
    app = QApplication([*sys.argv[:1], "-style", "Fusion"])
    from ui.style import theme

    app.setProperty(theme.FUSION_SET, True)
    ErrorHooks(app).install()  # an uncaught error, in any thread: the log, then the dialog
    ctx = make_context(app, language)
    apply_style(app, ctx.user_settings)  # before the window shows: no flash of light
    from ui.shell.main_window import MainWindow

    window = MainWindow(ctx)
    window.show()
    root = workspace or (ctx.paths.demo_workspace if demo else start_workspace(ctx))

    def after_show() -> None:
        from ui.logs import setup_logging

        setup_logging(ctx.paths.log_dir)
        window.finish_ui()
        open_workspace_async(ctx, window, root, demo=demo)

    QTimer.singleShot(0, after_show)
    return app.exec()


def start_workspace(ctx: AppContext) -> Path:
    """The workspace a plain start opens: the last one used if it is still there, else the
    default one in the user's data directory (made on first use)."""
    last = str(ctx.user_settings.get("ui.last_workspace") or "")
    if last and (Path(last) / "workspace.sqlite").is_file():  # app.workspace.DB_NAME, but
        # without importing SQLAlchemy before the window shows
        return Path(last)
    return ctx.paths.default_workspace


def open_workspace_async(
    ctx: AppContext, window: object, root: Path, *, demo: bool = False
) -> None:
    """Open (and migrate, and maybe fill with the demo) off the UI thread, then show it."""
    from ui.shell.main_window import MainWindow

    assert isinstance(window, MainWindow)

    def work(task_ctx: object) -> object:
        from app.errors import InvalidValueError, WorkspaceError
        from app.workspace import open_workspace

        ws = open_workspace(root)
        try:
            if demo:
                from app.demo.demo import build_demo

                try:
                    build_demo(ws, progress=getattr(task_ctx, "report", None))
                except InvalidValueError as exc:
                    if exc.params.get("reason") != "demo_exists":
                        raise
                    log.info("the demo workspace %s is already filled", root)
            try:
                ws.backup_if_due()
            except WorkspaceError as exc:  # a full disk must not keep the workspace shut
                log.warning("the scheduled backup of %s failed: %s", root, exc)
        except BaseException:
            ws.close()  # (its lock with it: File ▸ Open can try again)
            raise
        return ws

    def opened(ws: object) -> None:
        from app.workspace import Workspace

        assert isinstance(ws, Workspace)
        from ui.shell.workspace_switch import add_recent

        ctx.workspace = ws
        add_recent(ctx.user_settings, ws.root)
        window.workspace_opened()
        start_backup_schedule(ctx, window)

    def failed(exc: BaseException) -> None:
        window.show_open_error(exc, root)  # says why; the window stays, File ▸ Open… goes on

    translate = QCoreApplication.translate
    label = (
        translate("MainWindow", "Building the demo workspace")
        if demo
        else translate("MainWindow", "Opening workspace")
    )
    ctx.tasks.run(work, on_done=opened, on_error=failed, lane="write", label=label)


BACKUP_CHECK_MS = 60 * 60 * 1000


def start_backup_schedule(ctx: AppContext, parent: QObject) -> QTimer:
    """Check hourly whether a scheduled backup is due (daily; thinned), on the write lane."""
    timer = QTimer(parent)
    timer.setInterval(BACKUP_CHECK_MS)

    def check() -> None:
        ws = ctx.workspace
        if ws is not None:
            ctx.tasks.write(
                ws.backup_if_due,
                on_error=lambda exc: log.warning("scheduled backup failed: %s", exc),
            )

    timer.timeout.connect(check)
    timer.start()
    return timer
