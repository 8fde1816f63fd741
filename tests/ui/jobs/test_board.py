"""ui/jobs/board.py: the kanban board beside the jobs table."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import QModelIndex, QPointF, Qt
from PySide6.QtGui import QDropEvent

from app.jobs import jobs
from app.jobs.jobs import JobRow
from ui.app_context import AppContext
from ui.jobs.card_delegate import due_state, due_text
from ui.jobs.page import JobsPage
from ui.models.job_board_model import JOB_MIME, JobBoardColumnModel


def _row(status: str = "inquiry", due: date | None = None, n: int = 1) -> JobRow:
    return JobRow(
        f"id-{n}",
        f"J-2026-{n:04d}",
        f"은반지 {n}",
        "한빛정밀",
        status,
        1,
        due,
        "",
        datetime(2026, 1, 1),
    )


def _page(ctx: AppContext, qtbot: object, view: str = "board") -> JobsPage:
    page = JobsPage(ctx)
    qtbot.addWidget(page)  # type: ignore[attr-defined]
    page.resize(1400, 800)
    page.set_view(view)
    page.show()
    page.load()
    return page


def _wait_card(qtbot: object, page: JobsPage, job_id: str, status: str) -> None:
    column = page.board.columns[status]
    qtbot.waitUntil(lambda: column.model.row_of(job_id) >= 0, timeout=5000)  # type: ignore[attr-defined]


def _drag(page: JobsPage, job_id: str, src: str, dst: str) -> None:
    """The drop path with the mime data the source view produces for the dragged card."""
    source = page.board.columns[src].model
    mime = source.mimeData([source.index(source.row_of(job_id))])
    assert mime.hasFormat(JOB_MIME)
    target = page.board.columns[dst].model
    target.dropMimeData(mime, Qt.DropAction.MoveAction, -1, 0, QModelIndex())


def test_column_model(qtmodeltester: object) -> None:
    model = JobBoardColumnModel("inquiry")
    model.set_rows([_row(n=i) for i in range(5)])
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert model.rowCount() == 5 and model.row_of("id-3") == 3


def test_drag_to_an_allowed_column_moves_the_job(ctx: AppContext, qtbot: object) -> None:
    job = jobs.create_job(ctx.ws, "황동 스탬프", customer="을지로").value
    page = _page(ctx, qtbot)
    _wait_card(qtbot, page, job, "inquiry")
    with qtbot.waitSignal(ctx.bus.changed, timeout=5000):  # type: ignore[attr-defined]
        _drag(page, job, "inquiry", "quoting")
    assert jobs.get_job(ctx.ws, job).status == "quoting"
    _wait_card(qtbot, page, job, "quoting")
    assert page.board.columns["inquiry"].model.row_of(job) < 0
    assert page.board.columns["quoting"].header.count == 1
    assert page.detail.job_id == job and page.detail.detail is not None
    qtbot.waitUntil(lambda: page.detail.detail.row.status == "quoting", timeout=5000)  # type: ignore[attr-defined, union-attr]
    assert page.board.selected_job_id() == job  # the moved card stays selected
    assert not page.board.banner.isVisible()


def test_a_drag_can_be_undone_where_the_machine_allows_the_way_back(
    ctx: AppContext, qtbot: object
) -> None:
    job = jobs.create_job(ctx.ws, "은반지").value
    jobs.set_status(ctx.ws, job, "quoting")
    page = _page(ctx, qtbot)
    _wait_card(qtbot, page, job, "quoting")
    with qtbot.waitSignal(ctx.bus.changed, timeout=5000):  # type: ignore[attr-defined]
        _drag(page, job, "quoting", "quoted")
    assert jobs.get_job(ctx.ws, job).status == "quoted"
    assert ctx.undo.canUndo() and "Quoted" in ctx.undo.undoText()
    ctx.undo.undo()
    qtbot.waitUntil(lambda: jobs.get_job(ctx.ws, job).status == "quoting", timeout=5000)  # type: ignore[attr-defined]
    _wait_card(qtbot, page, job, "quoting")


def test_invalid_drag_explains_and_leaves_the_job(ctx: AppContext, qtbot: object) -> None:
    job = jobs.create_job(ctx.ws, "황동 스탬프").value
    page = _page(ctx, qtbot)
    _wait_card(qtbot, page, job, "inquiry")
    _drag(page, job, "inquiry", "delivered")
    ctx.tasks.wait()
    assert jobs.get_job(ctx.ws, job).status == "inquiry"
    assert page.board.columns["inquiry"].model.row_of(job) >= 0
    assert page.board.banner.isVisible()
    text = page.board.banner_label.text()
    assert "cannot move from Inquiry to Delivered" in text
    assert "A job in Inquiry can move to Quoting, On hold or Cancelled." in text


def test_a_job_shared_with_an_advisor_does_not_move_on_their_board(
    ctx: AppContext, qtbot: object
) -> None:
    from app.jobs.members import share_job

    job = jobs.create_job(ctx.ws, "브래킷 시제품").value
    share_job(ctx.ws, job, "kim", "maker")
    share_job(ctx.ws, job, "prof", "advisor")
    ctx.user_name = "prof"
    page = _page(ctx, qtbot)
    _wait_card(qtbot, page, job, "inquiry")
    assert page.board.allowed_for(page.board._row(job)) == ()  # type: ignore[arg-type]
    _drag(page, job, "inquiry", "quoting")
    ctx.tasks.wait()
    assert jobs.get_job(ctx.ws, job).status == "inquiry"
    number = jobs.get_job(ctx.ws, job).number
    assert page.board.banner_label.text() == (
        f"{number} is shared with you read-only: only its maker moves it."
    )


def test_a_job_on_hold_can_only_resume_where_it_was(ctx: AppContext, qtbot: object) -> None:
    job = jobs.create_job(ctx.ws, "브래킷").value
    jobs.set_status(ctx.ws, job, "quoting")
    jobs.set_status(ctx.ws, job, "on_hold")
    page = _page(ctx, qtbot)
    _wait_card(qtbot, page, job, "on_hold")
    _drag(page, job, "on_hold", "accepted")
    assert "can move to Quoting or Cancelled." in page.board.banner_label.text()
    page.board._on_drag_started([job])
    dimmed = {s for s, c in page.board.columns.items() if c.view.dimmed}
    assert dimmed == set(page.board.columns) - {"on_hold", "quoting", "cancelled"}
    page.board._on_drag_finished()
    assert not any(c.view.dimmed for c in page.board.columns.values())


def test_drop_event_on_a_collapsed_column(ctx: AppContext, qtbot: object) -> None:
    job = jobs.create_job(ctx.ws, "라스트").value
    page = _page(ctx, qtbot)
    _wait_card(qtbot, page, job, "inquiry")
    source = page.board.columns["inquiry"].model
    mime = source.mimeData([source.index(source.row_of(job))])
    cancelled = page.board.columns["cancelled"]
    assert cancelled.collapsed  # narrow by default, still a drop target
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.MoveAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    cancelled.dropEvent(event)
    ctx.tasks.wait()
    qtbot.waitUntil(lambda: jobs.get_job(ctx.ws, job).status == "cancelled", timeout=5000)  # type: ignore[attr-defined]


def test_move_menu_lists_only_allowed_states(ctx: AppContext, qtbot: object) -> None:
    job = jobs.create_job(ctx.ws, "명함").value
    page = _page(ctx, qtbot)
    _wait_card(qtbot, page, job, "inquiry")
    row = jobs.get_job(ctx.ws, job)
    menu = page.board.move_menu(row)
    sub = menu.actions()[0].menu()
    assert menu.actions()[0].text() == "Move to"
    assert [a.text() for a in sub.actions()] == ["Quoting", "On hold", "Cancelled"]
    with qtbot.waitSignal(ctx.bus.changed, timeout=5000):  # type: ignore[attr-defined]
        sub.actions()[1].trigger()
    assert jobs.get_job(ctx.ws, job).status == "on_hold"
    _wait_card(qtbot, page, job, "on_hold")


def test_selecting_a_card_shows_the_job(ctx: AppContext, qtbot: object) -> None:
    first = jobs.create_job(ctx.ws, "첫째").value
    second = jobs.create_job(ctx.ws, "둘째").value
    page = _page(ctx, qtbot)
    _wait_card(qtbot, page, first, "inquiry")
    column = page.board.columns["inquiry"]
    column.view.setCurrentIndex(column.model.index(column.model.row_of(first)))
    assert page.detail.job_id == first
    column.view.setCurrentIndex(column.model.index(column.model.row_of(second)))
    assert page.detail.job_id == second and page.selected_job_id() == second
    page.set_view("table")  # the same job stays selected in the table
    assert page.selected_job_id() == second and page.detail.job_id == second


def test_board_filters_like_the_table(ctx: AppContext, qtbot: object) -> None:
    ring = jobs.create_job(ctx.ws, "은반지 시제품").value
    jobs.create_job(ctx.ws, "브래킷 양산")
    closed = jobs.create_job(ctx.ws, "은반지 지난 주문").value
    jobs.set_status(ctx.ws, closed, "cancelled")
    page = _page(ctx, qtbot)
    _wait_card(qtbot, page, ring, "inquiry")
    page.search.setText("은반지")
    page.board.rebuild()
    assert page.board.columns["inquiry"].model.job_ids == [ring]
    assert page.board.columns["cancelled"].header.count == 0  # "Open jobs" hides it
    page.status_combo.setCurrentIndex(page.status_combo.findData("all"))
    page.board.rebuild()
    assert page.board.columns["cancelled"].model.job_ids == [closed]


def test_due_dates_that_are_close_or_past_stand_out() -> None:
    today = date(2026, 12, 1)
    assert due_state(_row(due=today - timedelta(days=2)), today) == ("late", -2)
    assert due_text(_row(due=today - timedelta(days=2)), today)[0].endswith("2 days late")
    assert due_text(_row(due=today - timedelta(days=1)), today)[0].endswith("1 day late")
    assert due_text(_row(due=today), today)[1] == "today"
    assert due_text(_row(due=today + timedelta(days=1)), today)[0].endswith("due tomorrow")
    assert due_text(_row(due=today + timedelta(days=3)), today) == (
        "Fri, Dec 4 · due in 3 days",
        "soon",
    )
    assert due_text(_row(due=today + timedelta(days=4)), today) == ("Due Sat, Dec 5", "later")
    assert due_state(_row("delivered", due=today - timedelta(days=5)), today)[0] == "later"
    assert due_state(_row(due=None), today)[0] == "none"


def test_overdue_card_is_flagged_on_the_board(ctx: AppContext, qtbot: object) -> None:
    late = jobs.create_job(ctx.ws, "늦은 작업", due_date=date.today() - timedelta(days=2)).value
    page = _page(ctx, qtbot)
    _wait_card(qtbot, page, late, "inquiry")
    column = page.board.columns["inquiry"]
    row = column.model.row_at(column.model.row_of(late))
    assert due_text(row, column.view.card_delegate.today) == (
        due_text(row, date.today())[0],
        "late",
    )
    assert "2 days late" in due_text(row, date.today())[0]
    image = column.view.grab().toImage()  # the card is painted in red somewhere
    reds = [
        image.pixelColor(x, y)
        for x in range(0, image.width(), 2)
        for y in range(0, min(image.height(), 120), 2)
    ]
    assert any(c.red() > 150 and c.green() < 80 and c.blue() < 80 for c in reds)


def test_table_or_board_is_remembered(ctx: AppContext, qtbot: object) -> None:
    page = _page(ctx, qtbot, view="table")
    assert page.views.currentWidget() is page.table
    page.board_button.click()
    assert page.view == "board" and ctx.user_settings.get("ui.jobs_view") == "board"
    again = JobsPage(ctx)
    qtbot.addWidget(again)  # type: ignore[attr-defined]
    assert again.view == "board" and again.board_button.isChecked()
    again.table_button.click()
    assert ctx.user_settings.get("ui.jobs_view") == "table"


def test_collapsed_columns_are_remembered(ctx: AppContext, qtbot: object) -> None:
    page = _page(ctx, qtbot)
    page.board.columns["on_hold"].header.clicked.emit()
    assert page.board.columns["on_hold"].collapsed
    again = JobsPage(ctx)
    qtbot.addWidget(again)  # type: ignore[attr-defined]
    assert again.board.columns["on_hold"].collapsed
    assert not again.board.columns["inquiry"].collapsed


def test_a_long_column_fetches_cards_as_needed(qtmodeltester: object) -> None:
    model = JobBoardColumnModel("inquiry")
    model.set_rows([_row(n=i) for i in range(450)])
    assert model.total == 450 and model.rowCount() == model.PAGE
    assert model.canFetchMore(QModelIndex())
    assert model.row_of("id-420") == 420 and model.rowCount() == 421  # selecting fetches
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 450 and not model.canFetchMore(QModelIndex())
    model.set_rows([_row(n=i) for i in range(450)])
    qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_the_table_gets_more_width_than_the_detail_panel(ctx: AppContext, qtbot: object) -> None:
    page = _page(ctx, qtbot, view="table")
    page.resize(1300, 800)
    qtbot.waitUntil(lambda: sum(page.splitter.sizes()) > 1200, timeout=5000)  # type: ignore[attr-defined]
    table, detail = page.splitter.sizes()
    assert table > detail >= page.detail.minimumSizeHint().width()


def test_beside_the_board_the_detail_panel_needs_no_sideways_scrolling(
    ctx: AppContext, qtbot: object
) -> None:
    jobs.create_job(ctx.ws, "은반지 시제품", customer="소소주얼리")
    page = _page(ctx, qtbot, view="board")
    page.resize(1300, 800)
    qtbot.waitUntil(lambda: sum(page.splitter.sizes()) > 1200, timeout=5000)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: page.detail.job_id is not None, timeout=5000)  # type: ignore[attr-defined]
    qtbot.wait(50)  # type: ignore[attr-defined]
    assert page.splitter.sizes()[1] < page.splitter.sizes()[0]  # the board has the width
    assert not page.detail.horizontalScrollBar().isVisible()
