"""The operation layer over the task runner (Anki's CollectionOp and QueryOp).

An `Op[T]` is one user action that writes the workspace. Its function gets the workspace
that was open when the action started and runs on the single write lane, so writes never
race. It returns a `Result[T]` (or bare `Changes`, or None). Its value reaches `success` as
a T; then whatever it changed is emitted on the bus once, naming the widget that started it
as the initiator: a view that made the change itself can skip reloading
(`ctx.bus.initiator is self`), and the initiator's success handler has already prepared
what the views will show (the row to select, say). A failure goes to `failure`, or by
default to `ui.errors.present`: a user's mistake or the machine's trouble in words, a bug
with its traceback to the log and the crash dialog.

A `Query[T]` reads or computes (a check, an estimate, a page of rows) on the pool; it
emits nothing, and it can report progress and be cancelled through its TaskContext.

    Op(ctx, lambda ws: jobs.create_job(ws, title), parent=self, label=self.tr("Creating job"))
        .success(self._on_created)
        .run()

The undo stack (ui/operations/undo.py) runs every do, undo and redo as an Op.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Generic, Self, TypeVar, cast

from app.changes import Changes, Result

if TYPE_CHECKING:
    from PySide6.QtCore import QObject

    from app.workspace import Workspace
    from ui.app_context import AppContext
    from ui.tasks import Task, TaskContext

T = TypeVar("T")
Failure = Callable[[BaseException], None]


def split_result(value: object) -> tuple[Changes, Any]:
    """(what changed, the value) of a service's return: a Result, bare Changes, or anything."""
    if isinstance(value, Result):
        return value.changes, value.value
    if isinstance(value, Changes):
        return value, None
    return Changes(), value


def _widget_of(parent: QObject | None) -> Any:
    from PySide6.QtWidgets import QWidget

    return parent if isinstance(parent, QWidget) else None


class _Base(Generic[T]):
    def __init__(self, ctx: AppContext, *, parent: QObject | None, label: str) -> None:
        self._ctx, self._parent, self._label = ctx, parent, label
        self._success: Callable[[T], None] | None = None
        self._failure: Failure | None = None
        self._cancelled: Callable[[], None] | None = None

    def success(self, fn: Callable[[T], None]) -> Self:
        self._success = fn
        return self

    def failure(self, fn: Failure) -> Self:
        """Handle a failure yourself (the default is ui.errors.present)."""
        self._failure = fn
        return self

    def cancelled(self, fn: Callable[[], None]) -> Self:
        """Called instead of success or failure when the user cancelled it."""
        self._cancelled = fn
        return self

    def _failed(self, exc: BaseException) -> None:
        if self._failure is not None:
            self._failure(exc)
            return
        from ui.errors import present

        present(exc, _widget_of(self._parent))


class Op(_Base[T]):
    """A workspace write: on the write lane, its change set emitted with the initiator."""

    def __init__(
        self,
        ctx: AppContext,
        fn: Callable[[Workspace], Result[T] | Changes | None],
        *,
        parent: QObject | None = None,
        label: str = "",
        ws: Workspace | None = None,
    ) -> None:
        """`ws`: the workspace to write, when the action began before now (a check whose
        result is stored once it is done); by default the one open when `run()` is called."""
        super().__init__(ctx, parent=parent, label=label)
        self._fn: Callable[[Workspace, TaskContext], Any] = lambda ws, _task: fn(ws)
        self._ws = ws

    @classmethod
    def reporting(
        cls,
        ctx: AppContext,
        fn: Callable[[Workspace, TaskContext], Result[T] | Changes | None],
        *,
        parent: QObject | None = None,
        label: str = "",
    ) -> Op[T]:
        """An Op whose function reports progress (and sees a cancel) through its TaskContext."""
        op: Op[T] = cls(ctx, lambda _ws: None, parent=parent, label=label)
        op._fn = fn
        return op

    def run(self) -> Task:
        ws = self._ws or self._ctx.ws  # the workspace acted on, even if another opens meanwhile
        fn = self._fn

        def done(result: object) -> None:  # as Anki's CollectionOp: success, then the views
            changes, value = split_result(result)
            try:
                if self._success is not None:
                    self._success(cast(T, value))
            finally:
                self._ctx.bus.emit_changes(changes, initiator=self._parent)

        return self._ctx.tasks.run(
            lambda task: fn(ws, task),
            on_done=done,
            on_error=self._failed,
            on_cancelled=self._cancelled,
            lane="write",
            label=self._label,
        )


class Query(_Base[T]):
    """Reading or computing on the pool: typed result, progress, cancel; nothing emitted."""

    def __init__(
        self,
        ctx: AppContext,
        fn: Callable[[TaskContext], T],
        *,
        parent: QObject | None = None,
        label: str = "",
    ) -> None:
        super().__init__(ctx, parent=parent, label=label)
        self._fn = fn

    def run(self) -> Task:
        def done(result: object) -> None:
            if self._success is not None:
                self._success(cast(T, result))

        return self._ctx.tasks.run(
            self._fn,
            on_done=done,
            on_error=self._failed,
            on_cancelled=self._cancelled,
            label=self._label,
        )
