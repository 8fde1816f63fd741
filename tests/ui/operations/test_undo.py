"""Undo/redo over the services, on a real workspace, driven through the window's Edit menu."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from app.errors import NotFoundError
from app.jobs import jobs
from ui.app_context import AppContext
from ui.operations.jobs import can_move_back, job_created
from ui.operations.undo import UndoRefused
from ui.shell.main_window import MainWindow


def _idle(qtbot: QtBot, ctx: AppContext) -> None:
    qtbot.waitUntil(lambda: not ctx.tasks.active and not ctx.undo.busy, timeout=10_000)


def _show(qtbot: QtBot, window: MainWindow, job_id: str) -> None:
    window.jobs_page.load()  # the job was made by the service, after the window read the list
    qtbot.waitUntil(lambda: window.jobs_page.model.row_of(job_id) >= 0, timeout=5000)
    window.jobs_page.select_job(job_id)
    qtbot.waitUntil(lambda: window.jobs_page.detail.job_id == job_id, timeout=5000)


def test_title_edit_undoes_and_redoes_and_the_menu_names_it(
    qtbot: QtBot, ctx: AppContext, window: MainWindow
) -> None:
    job = jobs.create_job(ctx.ws, "Ring", customer="성수 정밀").value
    number = jobs.get_job(ctx.ws, job).number
    _show(qtbot, window, job)
    menus, detail = window.menus, window.jobs_page.detail
    assert not menus.undo.isEnabled() and menus.undo.text().replace("&", "") == "Undo"

    detail.title_edit.selectAll()
    qtbot.keyClicks(detail.title_edit, "Ring, size 12")
    detail.save_button.click()
    _idle(qtbot, ctx)
    assert jobs.get_job(ctx.ws, job).title == "Ring, size 12"
    assert menus.undo.isEnabled()
    assert menus.undo.text().replace("&", "") == f"Undo Change the title of {number}"

    menus.undo.trigger()
    _idle(qtbot, ctx)
    assert jobs.get_job(ctx.ws, job).title == "Ring"
    assert jobs.get_job(ctx.ws, job).customer == "성수 정밀"  # untouched fields stay
    qtbot.waitUntil(lambda: detail.title_edit.text() == "Ring", timeout=3000)  # view refreshed
    assert not menus.undo.isEnabled()
    assert menus.redo.text().replace("&", "") == f"Redo Change the title of {number}"

    menus.redo.trigger()
    _idle(qtbot, ctx)
    assert jobs.get_job(ctx.ws, job).title == "Ring, size 12"
    assert menus.undo.isEnabled() and not menus.redo.isEnabled()


def test_editing_several_fields_is_one_entry(
    qtbot: QtBot, ctx: AppContext, window: MainWindow
) -> None:
    job = jobs.create_job(ctx.ws, "Gear", priority=1).value
    _show(qtbot, window, job)
    detail = window.jobs_page.detail
    detail.assignee_edit.setText("민지")
    detail.priority_combo.setCurrentIndex(3)
    detail.notes_edit.setPlainText("PETG, black")
    detail.save_button.click()
    _idle(qtbot, ctx)
    assert ctx.undo.count() == 1 and ctx.undo.undoText().startswith("Edit ")
    ctx.undo.undo()
    _idle(qtbot, ctx)
    row = jobs.job_detail(ctx.ws, job)
    assert (row.row.assignee, row.row.priority, row.notes) == ("", 1, "")


def test_status_move_back_is_a_new_move_in_the_history(
    qtbot: QtBot, ctx: AppContext, window: MainWindow
) -> None:
    job = jobs.create_job(ctx.ws, "Shoe last").value
    jobs.set_status(ctx.ws, job, "quoting")
    number = jobs.get_job(ctx.ws, job).number
    _show(qtbot, window, job)
    window.jobs_page.detail.move_to("quoted")
    _idle(qtbot, ctx)
    assert jobs.get_job(ctx.ws, job).status == "quoted"
    assert window.menus.undo.text().replace("&", "") == f"Undo Move {number} to “Quoted”"

    window.menus.undo.trigger()
    _idle(qtbot, ctx)
    detail = jobs.job_detail(ctx.ws, job)
    assert detail.row.status == "quoting"
    moves = [(h.from_status, h.to_status) for h in detail.history]
    assert moves == [(None, "inquiry"), ("inquiry", "quoting"), ("quoting", "quoted"),
                     ("quoted", "quoting")]  # fmt: skip
    assert detail.history[-1].note == "undo"

    window.menus.redo.trigger()
    _idle(qtbot, ctx)
    assert jobs.get_job(ctx.ws, job).status == "quoted"
    assert len(jobs.job_detail(ctx.ws, job).history) == 5


def test_a_move_the_machine_does_not_allow_back_offers_no_undo(
    qtbot: QtBot, ctx: AppContext, window: MainWindow
) -> None:
    assert not can_move_back("quoted", "accepted") and can_move_back("quoting", "on_hold")
    job = jobs.create_job(ctx.ws, "Bracket").value
    for status in ("quoting", "quoted"):
        jobs.set_status(ctx.ws, job, status)
    _show(qtbot, window, job)
    window.jobs_page.detail.move_to("accepted")
    _idle(qtbot, ctx)
    assert jobs.get_job(ctx.ws, job).status == "accepted"
    assert not ctx.undo.canUndo() and not window.menus.undo.isEnabled()


def test_undo_after_the_job_moved_elsewhere_explains_and_drops_the_entry(
    qtbot: QtBot, ctx: AppContext, window: MainWindow
) -> None:
    job = jobs.create_job(ctx.ws, "Hinge").value
    jobs.set_status(ctx.ws, job, "quoting")
    _show(qtbot, window, job)
    window.jobs_page.detail.move_to("on_hold")
    _idle(qtbot, ctx)
    jobs.set_status(ctx.ws, job, "quoting")  # resumed on another computer (a sync)
    jobs.set_status(ctx.ws, job, "quoted")
    window.menus.undo.trigger()
    _idle(qtbot, ctx)
    assert jobs.get_job(ctx.ws, job).status == "quoted"  # nothing was forced
    assert len(window.messages) == 1 and "status has changed" in window.messages[0]  # type: ignore[attr-defined]
    assert ctx.undo.count() == 0 and not window.menus.undo.isEnabled()


def test_undoing_a_new_job_removes_it_once(
    qtbot: QtBot, ctx: AppContext, window: MainWindow
) -> None:
    job = jobs.create_job(ctx.ws, "Prototype").value
    job_created(ctx, job)
    assert window.menus.undo.text().replace("&", "").startswith("Undo Create job ")
    window.menus.undo.trigger()
    _idle(qtbot, ctx)
    with pytest.raises(NotFoundError):
        jobs.get_job(ctx.ws, job)
    assert ctx.undo.count() == 0  # the square keeps a deletion: nothing to redo
    qtbot.waitUntil(lambda: window.jobs_page.model.row_of(job) < 0, timeout=3000)


def test_a_new_job_with_work_on_it_is_not_removed(
    qtbot: QtBot, ctx: AppContext, window: MainWindow
) -> None:
    job = jobs.create_job(ctx.ws, "Prototype").value
    job_created(ctx, job)
    jobs.set_status(ctx.ws, job, "quoting")
    failures: list[object] = []
    ctx.undo.failed.connect(lambda _text, exc: failures.append(exc))
    ctx.undo.undo()
    _idle(qtbot, ctx)
    assert jobs.get_job(ctx.ws, job).status == "quoting"
    assert isinstance(failures[0], UndoRefused) and failures[0].code == "job_in_use"
    assert "Cancel the job instead" in window.messages[0]  # type: ignore[attr-defined]


def test_a_failed_edit_records_nothing(qtbot: QtBot, ctx: AppContext) -> None:
    job = jobs.create_job(ctx.ws, "Ring").value
    errors: list[BaseException] = []
    ctx.undo.push_edit(
        "Clear the title",
        do=lambda: jobs.update_job(ctx.ws, job, title="  "),
        undo=lambda: jobs.update_job(ctx.ws, job, title="Ring"),
        on_error=errors.append,
    )
    _idle(qtbot, ctx)
    assert errors and ctx.undo.count() == 0


def test_busy_stack_ignores_a_second_undo(qtbot: QtBot, ctx: AppContext) -> None:
    job = jobs.create_job(ctx.ws, "Ring").value
    for title in ("A", "B"):
        ctx.undo.push_edit(
            f"Title {title}",
            do=lambda t=title: jobs.update_job(ctx.ws, job, title=t),
            undo=lambda: jobs.update_job(ctx.ws, job, title="Ring"),
        )
        _idle(qtbot, ctx)
    ctx.undo.undo()
    assert ctx.undo.busy
    ctx.undo.undo()  # ignored while the first runs
    _idle(qtbot, ctx)
    assert ctx.undo.index() == 1 and jobs.get_job(ctx.ws, job).title == "Ring"


def test_a_redo_of_a_job_deleted_meanwhile_explains_and_leaves(
    qtbot: QtBot, ctx: AppContext, window: MainWindow
) -> None:
    job = jobs.create_job(ctx.ws, "Ring").value
    ctx.undo.push_edit(
        "Rename",
        do=lambda: jobs.update_job(ctx.ws, job, title="Ring 2"),
        undo=lambda: jobs.update_job(ctx.ws, job, title="Ring"),
    )
    _idle(qtbot, ctx)
    ctx.undo.undo()
    _idle(qtbot, ctx)
    jobs.delete_job(ctx.ws, job)  # by a sync, say
    window.menus.redo.trigger()
    _idle(qtbot, ctx)
    assert "no longer exists" in window.messages[0]  # type: ignore[attr-defined]
    assert ctx.undo.count() == 0 and not window.menus.redo.isEnabled()
