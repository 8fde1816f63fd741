"""The conflicts inbox in the window: a quote revision the square refused (another PC had
sent it) shows in the status bar, opens in the inbox with both versions, and comes back as
a new draft revision when re-applied — with the real square on 127.0.0.1."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from app.jobs import jobs
from app.options import UserSettings
from app.quotes import quotes
from app.replica import conflicts
from app.replica.state import sync_status
from app.workspace import Workspace, open_workspace
from sync.engine import run_sync
from ui.app_context import AppContext, ChangeBus
from ui.i18n import Translations
from ui.paths import resolve_paths
from ui.square.conflicts_dialog import ConflictsDialog
from ui.square.sync_status import SyncController, SyncStatusWidget
from ui.tasks import TaskRunner

pytestmark = pytest.mark.usefixtures("no_keyring")


@pytest.fixture
def refused(square: Callable[..., Any], tmp_path: Path) -> Iterator[tuple[Workspace, str]]:
    """pc2's edits to a draft pc1 sent meanwhile: refused, in pc2's inbox."""
    sq = square()
    sq.add_user("kim", "maker", "pw")
    pc1, pc2 = open_workspace(tmp_path / "pc1"), open_workspace(tmp_path / "pc2")
    job = jobs.create_job(pc1, "은반지", customer="소소주얼리").value
    rev = quotes.create_quote(pc1, job).value
    line = quotes.add_line(pc1, rev, "은반지 925", unit_price=85_000).value
    for ws in (pc1, pc2):
        run_sync(ws, server_url=sq.url, user="kim", password="pw")
    quotes.mark_sent(pc1, rev)
    run_sync(pc1, server_url=sq.url, user="kim", password="pw")
    quotes.update_line(pc2, line, unit_price=80_000, note="단골 할인")
    run_sync(pc2, server_url=sq.url, user="kim", password="pw")
    pc1.close()
    yield pc2, job
    pc2.close()


@pytest.fixture
def ctx(
    qapp: object, refused: tuple[Workspace, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[AppContext]:
    monkeypatch.setenv("MAKERSQUARE_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("MAKERSQUARE_CONFIG_DIR", str(tmp_path / "config"))
    paths = resolve_paths()
    translations = Translations()
    translations.apply("en")
    settings = UserSettings(paths.user_settings)
    context = AppContext(paths, settings, translations, TaskRunner(), ChangeBus(), refused[0])
    yield context
    context.tasks.cancel_all()
    context.tasks.wait()


def test_the_status_bar_leads_to_the_inbox_and_reapply_makes_a_new_draft(
    qtbot: QtBot, ctx: AppContext, refused: tuple[Workspace, str]
) -> None:
    ws, _job = refused
    controller = SyncController(ctx)
    bar = SyncStatusWidget(controller)
    qtbot.addWidget(bar)
    controller.refresh_status()
    qtbot.waitUntil(lambda: controller.status is not None)

    assert ctx.user_name == "kim"  # the window signs what is made here with the sync user
    assert not bar.conflicts_button.isHidden()
    assert bar.conflicts_button.text() == "⚠ 1 in the conflicts inbox"
    bar.conflicts_button.click()
    dialog = bar.window().findChild(ConflictsDialog) or _top_dialog()
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.list.count() == 1)

    assert "Quote revision r1" in dialog.list.item(0).text()
    cells = {
        dialog.table.item(r, 0).text(): (
            dialog.table.item(r, 1).text(),
            dialog.table.item(r, 2).text(),
        )
        for r in range(dialog.table.rowCount())
    }
    assert cells["Status"] == ("Draft", "Sent")
    here, there = cells["line 1"]
    assert here == "은반지 925 · 1 × 80,000 won — 단골 할인"
    assert there == "은반지 925 · 1 × 85,000 won"
    assert cells["Total"] == ("88,000 won", "93,500 won")  # as each side's lines make it
    assert "quote_id" not in cells and "created_at" not in cells  # bookkeeping stays out
    assert "sent" in dialog.reason.text()

    dialog.reapply_button.click()
    qtbot.waitUntil(lambda: conflicts.open_count(ws) == 0, timeout=5000)
    qtbot.waitUntil(lambda: dialog.list.count() == 0, timeout=5000)
    assert not dialog.empty.isHidden()
    r1, r2 = _revisions(ws)
    assert (r1.status, r2.status) == ("sent", "draft")
    assert [(ln.unit_price, ln.note) for ln in r2.lines] == [(80_000, "단골 할인")]
    assert sync_status(ws).conflicts == 0


def test_discard_asks_first_and_keeps_the_entry_readable(
    qtbot: QtBot, ctx: AppContext, refused: tuple[Workspace, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    ws, _job = refused
    dialog = ConflictsDialog(ctx)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.list.count() == 1)
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: answers.pop(0))

    dialog.discard_button.click()  # "No": nothing happens
    ctx.tasks.wait()
    assert conflicts.open_count(ws) == 1
    dialog.discard_button.click()  # "Yes"
    qtbot.waitUntil(lambda: conflicts.open_count(ws) == 0, timeout=5000)

    dialog.show_resolved.setChecked(True)
    qtbot.waitUntil(lambda: dialog.list.count() == 1 and "(" in dialog.list.item(0).text())
    assert dialog.list.item(0).text().endswith("(discarded)")
    assert not dialog.reapply_button.isEnabled()
    (entry,) = conflicts.list_entries(ws, include_resolved=True)
    assert entry.resolution == "discarded" and entry.local["lines"]


def _top_dialog() -> ConflictsDialog:
    from PySide6.QtWidgets import QApplication

    (dialog,) = [w for w in QApplication.topLevelWidgets() if isinstance(w, ConflictsDialog)]
    return dialog


def _revisions(ws: Workspace) -> list[Any]:
    from sqlalchemy import select

    from app.models import QuoteRevision

    with ws.read_session() as s:
        revs = s.scalars(select(QuoteRevision).order_by(QuoteRevision.number)).all()
        for r in revs:
            r.lines  # noqa: B018  (loaded before the session ends)
        s.expunge_all()
        return list(revs)
