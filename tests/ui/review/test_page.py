"""The Reviews page: requests to me and my requests, their marks, opening one."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.changes import Changes
from app.review import reviews
from tests.ui.review.review_setup import request
from ui.app_context import AppContext
from ui.models.reviews import NEW_DOT
from ui.review.page import ReviewsPage
from ui.review.review_window import open_review


def _page(qtbot: QtBot, ctx: AppContext) -> ReviewsPage:
    page = ReviewsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    qtbot.waitUntil(lambda: page.lists is not None, timeout=5000)
    return page


def test_an_advisor_sees_the_requests_to_them_and_a_maker_their_own(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path
) -> None:
    asked = request(ctx.ws, tmp_path, by="kim", reviewer="prof", title="Bracket")
    mine = request(ctx.ws, tmp_path, by="prof", reviewer="lee", title="Hinge")
    request(ctx.ws, tmp_path, by="kim", reviewer="lee", title="Not mine at all")
    ctx.user_name = "prof"
    page = _page(qtbot, ctx)
    assert [r.id for r in page.to_me.model.rows] == [asked.review_id]
    assert [r.id for r in page.mine.model.rows] == [mine.review_id]
    assert page.to_me.currentWidget() is page.to_me.table
    assert page.hint.isHidden()
    assert page.to_me.model.index(0, 3).data() == "kim"  # who asked
    assert page.mine.model.index(0, 3).data() == "lee"  # whom I asked
    assert "1 new" in page.tabs.tabText(0)  # never opened here
    assert "new" not in page.tabs.tabText(1)  # my own request is not news to me


def test_late_reviews_and_new_activity_show_in_the_list(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path
) -> None:
    late = request(ctx.ws, tmp_path, due=date.today() - timedelta(days=1))
    ctx.user_name = "prof"
    page = _page(qtbot, ctx)
    row = page.to_me.model.row_of(late.review_id)
    assert "(late)" in page.to_me.model.index(row, 5).data()
    assert page.to_me.model.index(row, 0).data().startswith(NEW_DOT)


def test_without_an_account_every_review_is_under_my_requests_with_a_hint(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path
) -> None:
    made = request(ctx.ws, tmp_path, by="", reviewer="prof")
    ctx.user_name = ""
    page = _page(qtbot, ctx)
    assert [r.id for r in page.mine.model.rows] == [made.review_id]
    assert not page.hint.isHidden() and "Sign in" in page.hint.text()
    assert page.to_me.currentWidget() is page.to_me.empty
    assert "Sign in to the square" in page.to_me.empty.text()
    assert page.tabs.currentWidget() is page.mine


def test_empty_lists_say_what_to_do(qtbot: QtBot, ctx: AppContext) -> None:
    ctx.user_name = "kim"
    page = _page(qtbot, ctx)
    assert page.mine.currentWidget() is page.mine.empty
    assert "Request review…" in page.mine.empty.text()
    assert "No reviews have been requested from you" in page.to_me.empty.text()


def test_opening_a_review_shows_it_and_marks_it_seen(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path
) -> None:
    asked = request(ctx.ws, tmp_path, by="kim", reviewer="prof")
    ctx.user_name = "prof"
    page = _page(qtbot, ctx)
    page.to_me.table.setFocus()
    page.to_me.table.selectRow(0)
    qtbot.keyClick(page.to_me.table, Qt.Key.Key_Return)  # Enter opens, as a double click does
    window = open_review(asked.review_id)
    assert window is not None and window.isVisible()
    assert window.revision_id == asked.revision_id
    qtbot.waitUntil(
        lambda: not reviews.get_review(ctx.ws, asked.review_id, me="prof").new_activity,
        timeout=5000,
    )
    qtbot.waitUntil(
        lambda: not page.to_me.model.index(0, 0).data().startswith(NEW_DOT), timeout=5000
    )
    assert "new" not in page.tabs.tabText(0)
    page.open_review(asked.review_id, asked.revision_id)
    assert open_review(asked.review_id) is window  # raised again, not a second window
    window.close()
    qtbot.waitUntil(lambda: open_review(asked.review_id) is None)


def test_a_hidden_page_reads_again_only_once_shown(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path
) -> None:
    ctx.user_name = "prof"
    page = _page(qtbot, ctx)
    page.hide()
    asked = request(ctx.ws, tmp_path)
    ctx.bus.emit_changes(Changes(reviews=frozenset({asked.review_id})))
    assert page.to_me.model.rows == []
    page.show()
    qtbot.waitUntil(lambda: len(page.to_me.model.rows) == 1, timeout=5000)
