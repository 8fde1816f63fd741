"""The task runner: exactly one ending callback per task, cancelled ones included."""

from __future__ import annotations

import threading
import traceback

from pytestqt.qtbot import QtBot

from ui.tasks import TaskRunner


def test_a_cancelled_task_reports_only_that_it_was_cancelled(qtbot: QtBot) -> None:
    runner = TaskRunner()
    release = threading.Event()
    runner.write(lambda: release.wait(5))  # keeps the write lane busy
    ends: list[str] = []
    task = runner.run(
        lambda _ctx: "result",
        lane="write",
        on_done=lambda _r: ends.append("done"),
        on_error=lambda _e: ends.append("error"),
        on_cancelled=lambda: ends.append("cancelled"),
    )
    task.cancel()  # before it started: the busy flag of its caller must still be dropped
    release.set()
    qtbot.waitUntil(lambda: ends != [], timeout=5000)
    runner.wait()
    qtbot.wait(50)
    assert ends == ["cancelled"]


def test_a_finished_task_does_not_report_a_cancel(qtbot: QtBot) -> None:
    runner = TaskRunner()
    ends: list[str] = []
    runner.run(
        lambda _ctx: 42,
        on_done=lambda r: ends.append(f"done {r}"),
        on_cancelled=lambda: ends.append("cancelled"),
    )
    qtbot.waitUntil(lambda: ends != [], timeout=5000)
    assert ends == ["done 42"]


def _read_a_field_of_nothing(_ctx: object) -> object:
    return None.title  # type: ignore[attr-defined]


def test_a_failed_task_hands_on_its_exception_with_the_worker_s_traceback(qtbot: QtBot) -> None:
    runner = TaskRunner()
    errors: list[BaseException] = []
    runner.run(_read_a_field_of_nothing, on_error=errors.append)
    qtbot.waitUntil(lambda: errors != [], timeout=5000)
    assert isinstance(errors[0], AttributeError)
    frames = [frame.name for frame in traceback.extract_tb(errors[0].__traceback__)]
    assert frames[-1] == "_read_a_field_of_nothing"
