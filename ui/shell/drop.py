"""Files dropped anywhere on the main window.

Design files go into the selected job (or, with none selected, into a new job named after the
first file, once the user agrees); a workspace folder is opened in place of the current one;
anything else gets a message naming the formats that can be imported. The job detail pane
takes its own drops first.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from ui.operations.designs import import_designs
from ui.operations.op import Op
from ui.shell.workspace_switch import DB_NAME, is_workspace_folder

if TYPE_CHECKING:
    from PySide6.QtWidgets import QListWidget, QWidget

    from ui.app_context import AppContext
    from ui.jobs.page import JobsPage

translate = QCoreApplication.translate


class DropHost(Protocol):
    """What a drop uses of the main window, which passes itself (so this module need not
    import ui/shell/main_window.py). `window()` is QWidget's own: the parent of the question."""

    @property
    def ctx(self) -> AppContext: ...
    @property
    def rail(self) -> QListWidget: ...
    @property
    def pages_built(self) -> bool: ...
    @property
    def jobs_page(self) -> JobsPage: ...
    def window(self) -> QWidget: ...
    def open_workspace(self, root: Path) -> None: ...
    def show_message(self, text: str) -> None: ...
    def show_error(self, exc: BaseException) -> None: ...


def sort_drop(paths: list[Path]) -> tuple[list[Path], list[Path], list[Path]]:
    """(design files, folders, the rest); a dropped workspace.sqlite stands for its folder."""
    from app.designs.designs import is_supported

    designs, folders, rest = [], [], []
    for path in paths:
        if path.is_dir():
            folders.append(path)
        elif path.name == DB_NAME:
            folders.append(path.parent)
        elif is_supported(path):
            designs.append(path)
        else:
            rest.append(path)
    return designs, folders, rest


def drop_files(window: DropHost, paths: list[Path]) -> None:
    designs, folders, rest = sort_drop(paths)
    notes = []
    if rest:
        notes.append(unsupported_text(rest))
    if folders and not designs:
        workspaces = [f for f in folders if is_workspace_folder(f)]
        if len(folders) == 1:
            window.open_workspace(folders[0])  # says why not when it is no workspace
        elif workspaces:
            window.open_workspace(workspaces[0])
    elif folders:
        notes.append(
            translate("MainDrop", "Folders are not imported; drop the design files themselves.")
        )
    if designs:
        _import_dropped(window, designs)
    if notes:
        window.show_message("\n\n".join(notes))


def unsupported_text(paths: list[Path]) -> str:
    from ui.words.errors import cad_error_text

    names = ", ".join(p.name for p in paths[:5]) + (" …" if len(paths) > 5 else "")
    return (
        translate("MainDrop", "%1: not imported. %2")
        .replace("%1", names)
        .replace("%2", cad_error_text("unsupported_format"))
    )


def _import_dropped(window: DropHost, designs: list[Path]) -> None:
    ctx = window.ctx
    if ctx.workspace is None or not window.pages_built:
        return
    page = window.jobs_page
    job_id = page.selected_job_id()
    window.rail.setCurrentRow(0)
    if job_id is not None and page.detail.job_id == job_id:
        page.detail.import_files(designs)
        return
    title = designs[0].stem
    answer = QMessageBox.question(
        window.window(),
        translate("MainWindow", "Maker Square"),
        translate("MainDrop", "No job is selected. Make a new job “%1” for these files?").replace(
            "%1", title
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
    )
    if answer != QMessageBox.StandardButton.Yes:
        return
    new_job_for(ctx, title, designs, on_created=page.select_job, on_error=window.show_error)


def new_job_for(
    ctx: AppContext,
    title: str,
    files: list[Path],
    *,
    on_created: Callable[[str], None],
    on_error: Callable[[BaseException], None],
) -> None:
    """Create a job named `title`, then import `files` into it (each checked on the pool)."""
    from app.jobs import jobs

    by = ctx.user_name

    def created(job_id: str) -> None:
        from ui.operations.jobs import job_created

        job_created(ctx, job_id)  # Edit ▸ Undo removes it again
        on_created(job_id)
        import_designs(ctx, job_id, files, on_error=on_error)  # as the job's Import…

    Op(
        ctx,
        lambda ws: jobs.create_job(ws, title, by=by),
        label=translate("MainDrop", "Creating job"),
    ).success(created).failure(on_error).run()
