"""ui/operations/op.py: a user's action on the real workspace, as the views see it."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.changes import Changes
from app.errors import NotFoundError
from app.jobs import jobs
from app.workspace import open_workspace
from ui.app_context import AppContext
from ui.operations.op import Op, Query


def _idle(qtbot: QtBot, ctx: AppContext) -> None:
    qtbot.waitUntil(lambda: not ctx.tasks.active, timeout=10_000)


def test_an_op_writes_then_its_success_runs_before_the_views_hear_of_it_once(
    qtbot: QtBot, ctx: AppContext
) -> None:
    heard: list[tuple[Changes, object, list[str]]] = []
    seen_by_success: list[str] = []
    ctx.bus.changed.connect(lambda c: heard.append((c, ctx.bus.initiator, list(seen_by_success))))
    Op(ctx, lambda ws: jobs.create_job(ws, "반지 시제품"), parent=None).success(
        seen_by_success.append
    ).run()
    _idle(qtbot, ctx)
    (job_id,) = seen_by_success
    assert jobs.get_job(ctx.ws, job_id).title == "반지 시제품"  # written, typed value handed on
    assert len(heard) == 1  # the change set, once
    changes, _who, success_done = heard[0]
    assert job_id in changes.jobs and success_done == [job_id]  # success first, then views
    # The initiator is readable during the emit, and only then.
    from PySide6.QtWidgets import QWidget

    widget = QWidget()
    qtbot.addWidget(widget)
    Op(ctx, lambda ws: jobs.create_job(ws, "두 번째"), parent=widget).run()
    _idle(qtbot, ctx)
    assert heard[-1][1] is widget and ctx.bus.initiator is None


def test_a_failed_op_goes_to_the_presenter_and_nothing_is_emitted(
    qtbot: QtBot, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    presented: list[BaseException] = []
    monkeypatch.setattr("ui.errors.present", lambda exc, _parent: presented.append(exc))
    heard: list[Changes] = []
    ctx.bus.changed.connect(heard.append)
    Op(ctx, lambda ws: jobs.set_status(ws, "no-such-job", "quoting")).run()
    _idle(qtbot, ctx)
    assert len(presented) == 1 and isinstance(presented[0], NotFoundError)
    assert heard == []
    handled: list[BaseException] = []  # a caller's own handler instead of the presenter
    Op(ctx, lambda ws: jobs.set_status(ws, "no-such-job", "quoting")).failure(
        handled.append
    ).run()
    _idle(qtbot, ctx)
    assert len(handled) == 1 and len(presented) == 1


def test_an_op_pinned_to_a_workspace_writes_there_after_another_was_opened(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path
) -> None:
    first = ctx.ws
    other = open_workspace(tmp_path / "other")
    try:
        op = Op(ctx, lambda ws: jobs.create_job(ws, "처음 공간"), ws=first)
        ctx.workspace = other  # the user switched before the result was stored
        op.run()
        _idle(qtbot, ctx)
        assert [j.title for j in jobs.list_jobs(first)] == ["처음 공간"]
        assert jobs.list_jobs(other) == []
    finally:
        ctx.workspace = first
        other.close()


def test_a_query_hands_on_its_typed_result_and_can_be_cancelled(
    qtbot: QtBot, ctx: AppContext
) -> None:
    got: list[int] = []
    Query(ctx, lambda _task: 6 * 7).success(got.append).run()
    _idle(qtbot, ctx)
    assert got == [42]

    import threading

    started, release = threading.Event(), threading.Event()

    def slow(task: object) -> int:
        started.set()
        release.wait(5)
        task.report(50)  # type: ignore[attr-defined]  # raises once cancelled
        return 1

    cancelled: list[bool] = []
    task = Query(ctx, slow).success(got.append).cancelled(lambda: cancelled.append(True)).run()
    assert started.wait(5)
    task.cancel()
    release.set()
    _idle(qtbot, ctx)
    assert cancelled == [True] and got == [42]
