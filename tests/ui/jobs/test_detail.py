"""The job view: importing a design off the UI thread, moving status, editing fields."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

import cad.analysis
from app.designs import designs
from app.jobs import jobs
from ui.app_context import AppContext
from ui.jobs.detail import JobDetailWidget


@pytest.fixture
def job_id(ctx: AppContext) -> str:
    return jobs.create_job(ctx.ws, "Bracket for press", customer="성수 정밀").value


def _wait_idle(qtbot: QtBot, ctx: AppContext) -> None:
    qtbot.waitUntil(lambda: not ctx.tasks.active, timeout=20_000)


def test_import_runs_off_the_ui_thread_and_shows_thumbnail(
    qtbot: QtBot,
    ctx: AppContext,
    job_id: str,
    box_stl: Callable[..., Path],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    threads: list[threading.Thread] = []
    real = cad.analysis.analyse_file

    def spy(path: Path, **kw: Any) -> Any:  # records where the real analysis ran
        threads.append(threading.current_thread())
        return real(path, **kw)

    monkeypatch.setattr(designs, "analyse_file", spy)
    widget = JobDetailWidget(ctx)
    qtbot.addWidget(widget)
    widget.show_job(job_id)
    widget.import_files([box_stl("bracket.stl")])
    _wait_idle(qtbot, ctx)
    qtbot.waitUntil(lambda: widget.designs_list.count() == 1, timeout=5000)

    assert threads and all(t is not threading.main_thread() for t in threads)
    item = widget.designs_list.item(0)
    assert not item.icon().isNull()  # the thumbnail
    assert "bracket" in item.text() and "1.00 cm³" in item.text()
    assert "20.0 × 10.0 × 5.0 mm" in item.text()


def test_dropping_a_file_imports_it(
    qtbot: QtBot, ctx: AppContext, job_id: str, box_stl: Callable[..., Path]
) -> None:
    widget = JobDetailWidget(ctx)
    qtbot.addWidget(widget)
    widget.show_job(job_id)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(box_stl("dropped.stl")))])
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    widget.dropEvent(event)
    _wait_idle(qtbot, ctx)
    qtbot.waitUntil(lambda: widget.designs_list.count() == 1, timeout=5000)
    assert designs.list_designs(ctx.ws, job_id)[0].design_name == "dropped"


def test_a_bad_file_gets_a_clear_message_and_nothing_is_stored(
    qtbot: QtBot, ctx: AppContext, job_id: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bad = tmp_path / "broken.stl"
    bad.write_bytes(b"this is not a mesh at all" * 10)
    errors: list[BaseException] = []
    widget = JobDetailWidget(ctx)
    qtbot.addWidget(widget)
    # The presenter is where the user would see it (a message box; ui/errors.py).
    monkeypatch.setattr("ui.errors.present", lambda exc, _parent: errors.append(exc))
    widget.show_job(job_id)
    widget.import_files([bad])
    _wait_idle(qtbot, ctx)
    assert len(errors) == 1
    from ui.words.errors import error_text

    text = error_text(errors[0])
    assert "broken.stl" in text and "damaged" in text
    assert designs.list_designs(ctx.ws, job_id) == []


def test_a_full_disk_while_importing_says_so_and_leaves_no_stored_file(
    qtbot: QtBot,
    ctx: AppContext,
    job_id: str,
    box_stl: Callable[..., Path],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """SQLite's own "disk is full" while recording (tests/app/test_workspace_disks.py has
    the real full disk): the disk-full sentence, and the copied file leaves the store."""
    from sqlalchemy import event

    from ui.words.errors import error_text

    def cap(dbapi_conn: Any, _record: Any) -> None:
        pages = dbapi_conn.execute("PRAGMA page_count").fetchone()[0]
        dbapi_conn.execute(f"PRAGMA max_page_count = {pages}")

    event.listen(ctx.ws.engine, "connect", cap)
    ctx.ws.engine.dispose()
    errors: list[BaseException] = []
    widget = JobDetailWidget(ctx)
    qtbot.addWidget(widget)
    # The presenter is where the user would see it (a message box; ui/errors.py).
    monkeypatch.setattr("ui.errors.present", lambda exc, _parent: errors.append(exc))
    widget.show_job(job_id)
    ctx.user_name = "김" * 100_000  # (the revision needs new pages: a very long author)
    widget.import_files([box_stl("bracket.stl")])
    _wait_idle(qtbot, ctx)
    assert len(errors) == 1
    assert error_text(errors[0]) == (
        "The disk is full. Free some space and try again; nothing was lost."
    )
    assert not [p for p in (ctx.ws.root / "files").rglob("*") if p.is_file()]
    event.remove(ctx.ws.engine, "connect", cap)
    ctx.ws.engine.dispose()
    assert designs.list_designs(ctx.ws, job_id) == []


def test_the_title_field_takes_no_more_than_the_service_does(
    qtbot: QtBot, ctx: AppContext, job_id: str
) -> None:
    widget = JobDetailWidget(ctx)
    qtbot.addWidget(widget)
    assert widget.title_edit.maxLength() == jobs.TITLE_MAX


def _buttons(widget: JobDetailWidget) -> dict[str, QPushButton]:
    return {b.text(): b for b in widget.content.findChildren(QPushButton) if b.isVisibleTo(widget)}


def test_status_buttons_follow_the_state_machine(
    qtbot: QtBot, ctx: AppContext, job_id: str
) -> None:
    widget = JobDetailWidget(ctx)
    qtbot.addWidget(widget)
    widget.show()
    widget.show_job(job_id)
    assert widget.status_badge.text() == "Inquiry"
    qtbot.waitUntil(lambda: "Start quoting" in _buttons(widget), timeout=2000)
    assert "Start production" not in _buttons(widget)
    _buttons(widget)["Start quoting"].click()
    _wait_idle(qtbot, ctx)
    qtbot.waitUntil(lambda: widget.status_badge.text() == "Quoting", timeout=5000)
    qtbot.waitUntil(lambda: "Mark quoted" in _buttons(widget), timeout=2000)
    assert "Start quoting" not in _buttons(widget)
    assert jobs.get_job(ctx.ws, job_id).status == "quoting"
    assert widget.history_list.count() == 2
    assert "Inquiry → Quoting" in widget.history_list.item(0).text()
    # on hold and cancel live in the "More" menu
    menu_texts = [a.text() for a in widget.more_menu.actions()]
    assert menu_texts == ["Put on hold", "Cancel job"]


def test_editing_fields_saves_them(qtbot: QtBot, ctx: AppContext, job_id: str) -> None:
    widget = JobDetailWidget(ctx)
    qtbot.addWidget(widget)
    widget.show()
    widget.show_job(job_id)
    assert not widget.save_button.isEnabled()
    widget.title_edit.clear()
    qtbot.keyClicks(widget.title_edit, "Bracket v2")
    widget.customer_combo.setCurrentText("을지로 금속")
    assert widget.save_button.isEnabled()
    widget.save_button.click()
    _wait_idle(qtbot, ctx)
    row = jobs.get_job(ctx.ws, job_id)
    assert (row.title, row.customer) == ("Bracket v2", "을지로 금속")
    qtbot.waitUntil(lambda: widget.title_label.text() == "Bracket v2", timeout=5000)
    QApplication.processEvents()
