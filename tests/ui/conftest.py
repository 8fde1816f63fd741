"""UI fixtures: a real AppContext on a real workspace, offscreen Qt, English by default."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from app.options import UserSettings
from app.workspace import Workspace
from tests.stl_files import write_box_stl
from ui.app_context import AppContext, ChangeBus
from ui.i18n import Translations
from ui.operations.undo import UndoStack
from ui.paths import resolve_paths
from ui.tasks import TaskRunner


@pytest.fixture
def ctx(
    qapp: object, workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[AppContext]:
    monkeypatch.setenv("MAKERSQUARE_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("MAKERSQUARE_CONFIG_DIR", str(tmp_path / "config"))
    paths = resolve_paths()
    translations = Translations()
    translations.apply("en")
    context = AppContext(
        paths=paths,
        user_settings=UserSettings(paths.user_settings),
        translations=translations,
        tasks=TaskRunner(),
        bus=ChangeBus(),
        workspace=workspace,
    )
    context.undo = UndoStack(context)  # as the main window makes it
    yield context
    context.tasks.cancel_all()
    context.tasks.wait()
    translations.apply("en")


@pytest.fixture
def box_stl(tmp_path: Path) -> Callable[..., Path]:
    """Write a binary STL of a box (mm) and return its path."""

    def make(name: str = "bracket.stl", size: tuple[float, float, float] = (20, 10, 5)) -> Path:
        return write_box_stl(tmp_path / name, size)

    return make


@pytest.fixture
def window(qtbot: object, ctx: AppContext, monkeypatch: pytest.MonkeyPatch) -> Iterator[object]:
    """The real main window on `ctx`'s workspace, shown; its messages are collected in
    `window.messages` instead of popping up."""
    from ui.shell.main_window import MainWindow

    w = MainWindow(ctx)
    qtbot.addWidget(w)  # type: ignore[attr-defined]
    w.messages = []  # type: ignore[attr-defined]
    monkeypatch.setattr(w, "show_message", w.messages.append)  # type: ignore[attr-defined]
    w.show()
    w.workspace_opened()
    yield w
    ctx.tasks.wait()
    if ctx.workspace is not None:
        ctx.workspace.close()
