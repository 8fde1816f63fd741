"""The window's sync: the status bar's words follow a real square, and a retry is scheduled
after a failure without waiting for the next edit."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.jobs import jobs
from app.options import UserSettings
from app.replica.state import set_sync_setting
from app.workspace import Workspace, open_workspace
from tests.sync.conftest import Square
from ui.app_context import AppContext, ChangeBus
from ui.i18n import Translations
from ui.paths import resolve_paths
from ui.square.sync_status import SyncController, SyncStatusWidget
from ui.tasks import TaskRunner


@pytest.fixture
def ctx(qapp: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[AppContext]:
    monkeypatch.setenv("MAKERSQUARE_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("MAKERSQUARE_CONFIG_DIR", str(tmp_path / "config"))
    paths = resolve_paths()
    translations = Translations()
    translations.apply("en")
    ws: Workspace = open_workspace(tmp_path / "ws")
    context = AppContext(
        paths, UserSettings(paths.user_settings), translations, TaskRunner(), ChangeBus(), ws
    )
    yield context
    context.tasks.cancel_all()
    context.tasks.wait()
    ws.close()


def test_the_status_bar_follows_the_square(
    qtbot: QtBot, ctx: AppContext, square: Callable[..., Square], monkeypatch: pytest.MonkeyPatch
) -> None:
    sq = square()
    sq.add_user("kim", "maker", "pw")
    set_sync_setting(ctx.ws, "server_url", sq.url)
    set_sync_setting(ctx.ws, "user", "kim")
    controller = SyncController(ctx)
    widget = SyncStatusWidget(controller)
    qtbot.addWidget(widget)
    asked: list[str] = []

    def answer(code: str) -> bool:  # the password dialog, answered as the user would
        asked.append(code)
        controller._password = "pw"
        return True

    monkeypatch.setattr(controller, "_ask_password", answer)
    jobs.create_job(ctx.ws, "반지 시제품")
    controller.start()  # at start: read the state, then sync (no keyring here: it asks)
    qtbot.waitUntil(lambda: widget.label.text() == "✔ In sync", timeout=60_000)
    assert asked == ["no_keyring"] or asked == ["needs_password"]
    assert widget.sync_button.isVisible() or not widget.isVisible()

    sq.stop()
    jobs.create_job(ctx.ws, "오프라인 작업")
    controller.sync_now()
    qtbot.waitUntil(lambda: "Offline" in widget.label.text(), timeout=60_000)
    assert "2 changes waiting" in widget.label.text()  # the job and its first status line
    assert controller.backoff.failures == 1
    assert controller._timer.isActive()  # a retry is already scheduled
    assert "cannot be reached" in widget.label.toolTip()

    sq.start()
    controller.sync_now()
    qtbot.waitUntil(lambda: widget.label.text() == "✔ In sync", timeout=60_000)
    assert controller.backoff.failures == 0


def test_without_an_account_it_says_offline_and_offers_no_sync(
    qtbot: QtBot, ctx: AppContext
) -> None:
    controller = SyncController(ctx)
    widget = SyncStatusWidget(controller)
    qtbot.addWidget(widget)
    controller.start()
    qtbot.waitUntil(lambda: controller.status is not None, timeout=10_000)
    assert widget.label.text() == "● Offline — working locally"
    assert not widget.sync_button.isVisibleTo(widget)


def test_a_sync_writes_the_workspace_only_between_the_users_own_saves(
    qtbot: QtBot, ctx: AppContext, square: Callable[..., Square], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The sync's workspace writes queue on the one write lane: while a save of the user's holds
    it, the sync talks to the square but writes nothing; it finishes once the save is done."""
    import threading

    from app.replica.state import sync_status

    sq = square()
    sq.add_user("kim", "maker", "pw")
    set_sync_setting(ctx.ws, "server_url", sq.url)
    set_sync_setting(ctx.ws, "user", "kim")
    jobs.create_job(ctx.ws, "반지 시제품")
    waiting = sync_status(ctx.ws).pending
    controller = SyncController(ctx)
    controller.refresh_status()
    qtbot.waitUntil(controller.configured, timeout=10_000)
    controller._password = "pw"  # as the password dialog leaves it
    monkeypatch.setattr(controller, "_ask_password", lambda _code: True)
    saving, release = threading.Event(), threading.Event()

    def long_save() -> None:  # the user's own save, still running
        saving.set()
        release.wait(30)

    ctx.tasks.write(long_save)
    assert saving.wait(5)
    controller.sync_now()
    qtbot.wait(1500)  # long enough for a whole sync on loopback
    assert sync_status(ctx.ws).pending == waiting  # nothing taken off the outbox yet
    assert controller.syncing
    release.set()
    qtbot.waitUntil(lambda: not controller.syncing, timeout=60_000)
    assert sync_status(ctx.ws).pending == 0


def _synced(summary: object, user: str = "kim") -> tuple[object, object]:
    from datetime import UTC, datetime

    from app.replica.state import SyncStatus

    now = datetime.now(UTC).replace(tzinfo=None)
    return summary, SyncStatus(0, now, None, 0, "http://127.0.0.1:1", user)


def test_after_a_sync_the_status_bar_notes_new_messages_and_review_activity(
    qtbot: QtBot, ctx: AppContext
) -> None:
    from sync.engine import SyncSummary

    controller = SyncController(ctx)
    widget = SyncStatusWidget(controller)
    qtbot.addWidget(widget)
    accounts: list[str] = []
    controller.account_changed.connect(accounts.append)
    controller._on_synced(_synced(SyncSummary(messages=2, review_activity=1)))  # type: ignore[arg-type]
    assert widget.label.text() == "✔ In sync · 2 new messages · 1 review update"
    assert accounts == ["kim"] and ctx.user_name == "kim"
    controller._on_synced(_synced(SyncSummary(messages=1)))  # type: ignore[arg-type]
    assert widget.label.text() == "✔ In sync · 1 new message"
    controller._on_synced(_synced(SyncSummary()))  # type: ignore[arg-type]
    assert widget.label.text() == "✔ In sync"  # nothing new: nothing said
    assert accounts == ["kim"]  # the same account: said once
