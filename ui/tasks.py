"""The one task runner: a single-thread lane for workspace writes and a pool for CAD work.

Work runs off the UI thread; its result, error or progress comes back by queued signal
(an error with its traceback; unhandled, it goes to ui.errors.present).
Every task can be cancelled: the work function receives a TaskContext whose `report()`
raises TaskCancelled once cancel was asked for (Anki's taskman, Picard's util/thread).
"""

from __future__ import annotations

import itertools
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar, cast

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)
T = TypeVar("T")


class TaskCancelled(Exception):
    """Raised inside a task when the user cancelled it."""


@dataclass
class TaskContext:
    task_id: int
    _cancel: threading.Event
    _emit_progress: Callable[[int, int, str], None]

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def report(self, percent: int, stage: str = "") -> None:
        if self._cancel.is_set():
            raise TaskCancelled
        self._emit_progress(self.task_id, int(percent), stage)


@dataclass
class Task:
    id: int
    label: str
    lane: str
    cancel_event: threading.Event = field(default_factory=threading.Event)
    percent: int = 0
    stage: str = ""

    def cancel(self) -> None:
        self.cancel_event.set()


class _Signals(QObject):
    done = Signal(int, object)
    failed = Signal(int, object)
    progress = Signal(int, int, str)


class _Runnable(QRunnable):
    def __init__(self, fn: Callable[[TaskContext], Any], ctx: TaskContext, signals: _Signals):
        super().__init__()
        self.setAutoDelete(True)
        self._fn, self._ctx, self._signals = fn, ctx, signals

    def run(self) -> None:
        try:
            if self._ctx.cancelled:
                raise TaskCancelled
            result = self._fn(self._ctx)
        except BaseException as exc:  # it keeps its __traceback__: a bug is logged with it
            self._signals.failed.emit(self._ctx.task_id, exc)
        else:
            self._signals.done.emit(self._ctx.task_id, result)


class TaskRunner(QObject):
    """Runs work off the UI thread. Signals carry the task so the status bar can show it."""

    task_started = Signal(object)
    task_progress = Signal(object)
    task_finished = Signal(object)

    def __init__(self, parent: QObject | None = None, pool_threads: int = 2) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max(1, pool_threads))
        self._write = QThreadPool(self)
        self._write.setMaxThreadCount(1)  # one writer: workspace writes never race
        self._signals = _Signals(self)
        self._signals.done.connect(self._on_done)
        self._signals.failed.connect(self._on_failed)
        self._signals.progress.connect(self._on_progress)
        self._ids = itertools.count(1)
        self._tasks: dict[
            int, tuple[Task, Callable[[Any], None] | None, Callable[[BaseException], None] | None]
        ] = {}
        self._on_cancel: dict[int, Callable[[], None]] = {}

    @property
    def active(self) -> list[Task]:
        return [t for t, _, _ in self._tasks.values()]

    def run(
        self,
        fn: Callable[[TaskContext], Any],
        *,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        on_cancelled: Callable[[], None] | None = None,
        lane: str = "pool",
        label: str = "",
    ) -> Task:
        """Run fn(ctx) on the pool ("pool") or the single write lane ("write").

        Exactly one of on_done / on_error / on_cancelled is called when it ends (a cancelled
        task calls only on_cancelled, so a caller that holds a "busy" flag can drop it).
        Without on_error a failure goes to ui.errors.present: a user's or the environment's
        error in words, a bug to the log with its traceback and to the crash dialog."""
        task = Task(next(self._ids), label, lane)
        ctx = TaskContext(task.id, task.cancel_event, self._signals.progress.emit)
        self._tasks[task.id] = (task, on_done, on_error)
        if on_cancelled is not None:
            self._on_cancel[task.id] = on_cancelled
        (self._write if lane == "write" else self._pool).start(_Runnable(fn, ctx, self._signals))
        self.task_started.emit(task)
        return task

    def write(
        self,
        fn: Callable[[], Any],
        *,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        label: str = "",
    ) -> Task:
        """A workspace write on the write lane (fn takes no context)."""
        return self.run(
            lambda _ctx: fn(), on_done=on_done, on_error=on_error, lane="write", label=label
        )

    def call_on_write_lane(self, fn: Callable[[], T]) -> T:
        """Run fn on the write lane and wait for it, from a worker thread (never the UI thread:
        it blocks). The sync's workspace writes go this way, so they queue behind the user's
        own edits instead of racing them; its network work stays on the pool."""
        box: list[Any] = []
        finished = threading.Event()

        def run() -> None:
            try:
                box.append((True, fn()))
            except BaseException as exc:
                box.append((False, exc))
            finally:
                finished.set()

        self._write.start(run)
        finished.wait()
        ok, value = box[0]
        if not ok:
            raise value
        return cast(T, value)

    def cancel_all(self) -> None:
        for task, _, _ in self._tasks.values():
            task.cancel()

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until every task finished (used at exit and in tests)."""
        return self._pool.waitForDone(msecs) and self._write.waitForDone(msecs)

    def _on_progress(self, task_id: int, percent: int, stage: str) -> None:
        entry = self._tasks.get(task_id)
        if entry:
            entry[0].percent, entry[0].stage = percent, stage
            self.task_progress.emit(entry[0])

    def _on_done(self, task_id: int, result: object) -> None:
        task, on_done, _ = self._tasks.pop(task_id)
        self._on_cancel.pop(task_id, None)
        self.task_finished.emit(task)
        if on_done is not None:
            on_done(result)

    def _on_failed(self, task_id: int, exc: object) -> None:
        task, _, on_error = self._tasks.pop(task_id)
        on_cancelled = self._on_cancel.pop(task_id, None)
        self.task_finished.emit(task)
        if isinstance(exc, TaskCancelled):
            log.info("task %s (%s) cancelled", task.id, task.label)
            if on_cancelled is not None:
                on_cancelled()
            return
        assert isinstance(exc, BaseException)
        if on_error is not None:
            on_error(exc)
            return
        from ui.errors import present  # (only on a failure: start-up does not load it)

        log.info("task %s (%s) failed", task.id, task.label)
        present(exc, None)
