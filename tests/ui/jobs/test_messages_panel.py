"""The job's messages: the thread without pinned comments, unread marks for what others
wrote since it was last read here, reading marks it read, Ctrl+Enter sends, and the jobs
list counts the unread ones."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.jobs import jobs
from app.jobs.comments import add_comment, last_read, list_comments
from ui.app_context import AppContext
from ui.jobs.detail import JobDetailWidget
from ui.jobs.page import JobsPage


@pytest.fixture
def thread(ctx: AppContext, shared_job: str) -> str:
    add_comment(ctx.ws, shared_job, "두께 1.8 mm 괜찮을까요?", "kim")
    add_comment(ctx.ws, shared_job, "2 mm로 올리세요.\n구멍 간격도 봐 주세요.", "prof")
    return shared_job


def _idle(qtbot: QtBot, ctx: AppContext) -> None:
    qtbot.waitUntil(lambda: not ctx.tasks.active, timeout=20_000)


def test_the_thread_marks_what_is_new_and_reading_marks_the_job_read(
    qtbot: QtBot, ctx: AppContext, thread: str
) -> None:
    ctx.user_name = "kim"
    view = JobDetailWidget(ctx)
    qtbot.addWidget(view)
    view.show()
    with qtbot.waitSignal(view.messages_read, timeout=10_000) as read:
        view.show_job(thread)
    assert read.args == [thread]
    panel = view.messages
    assert [c.author for c in panel.comments] == ["kim", "prof"]
    assert panel.unread == {panel.comments[1].id}  # prof's; mine never count
    assert panel.count_label.isVisible() and panel.count_label.text() == "1 new"
    text = panel.thread_view.toPlainText()
    assert "You" in text and "prof" in text and "New" in text and "not sent yet" in text
    assert "구멍 간격도 봐 주세요." in text
    _idle(qtbot, ctx)
    assert last_read(ctx.ws, thread) is not None

    view.show_job(thread)  # a reload (every change brings one): the marks stay
    qtbot.waitUntil(lambda: not ctx.tasks.active, timeout=5000)
    assert len(panel.unread) == 1
    view.show_job(jobs.create_job(ctx.ws, "반지").value)  # left, and back: nothing is new
    view.show_job(thread)
    qtbot.waitUntil(lambda: len(panel.comments) == 2, timeout=5000)
    assert not panel.unread and not panel.count_label.isVisible()


def test_ctrl_enter_sends_a_message_signed_by_the_account(
    qtbot: QtBot, ctx: AppContext, thread: str
) -> None:
    ctx.user_name = "prof"  # an advisor writes on a job that is read-only to them
    view = JobDetailWidget(ctx)
    qtbot.addWidget(view)
    view.show()
    view.show_job(thread)
    panel = view.messages
    assert not panel.send_button.isEnabled()
    panel.edit.setFocus()
    panel.edit.setPlainText("네, 2 mm로 ")  # (QTest types Latin-1 only)
    panel.edit.moveCursor(panel.edit.textCursor().MoveOperation.End)
    qtbot.keyClicks(panel.edit, "OK")
    assert panel.send_button.isEnabled()
    qtbot.keyClick(panel.edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    _idle(qtbot, ctx)
    last = list_comments(ctx.ws, thread, thread_only=True)[-1]
    assert (last.author, last.body, last.pending) == ("prof", "네, 2 mm로 OK", True)
    qtbot.waitUntil(lambda: len(panel.comments) == 3, timeout=5000)
    assert panel.edit.toPlainText() == ""


def test_a_draft_stays_with_its_job(qtbot: QtBot, ctx: AppContext, thread: str) -> None:
    other = jobs.create_job(ctx.ws, "반지").value
    view = JobDetailWidget(ctx)
    qtbot.addWidget(view)
    view.show_job(thread)
    view.messages.edit.setPlainText("쓰다 만 글")
    view.show_job(other)
    assert view.messages.edit.toPlainText() == ""
    view.show_job(thread)
    assert view.messages.edit.toPlainText() == "쓰다 만 글"


def test_the_jobs_list_counts_unread_messages_until_the_job_is_read(
    qtbot: QtBot, ctx: AppContext, thread: str
) -> None:
    ctx.user_name = "kim"
    first = jobs.create_job(ctx.ws, "먼저 보이는 작업").value  # newest: selected at load
    page = JobsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.load()
    qtbot.waitUntil(lambda: page.detail.job_id == first, timeout=10_000)
    qtbot.waitUntil(lambda: page.unread == {thread: 1}, timeout=10_000)
    assert page.title_delegate.counts == {thread: 1}
    assert page.board.columns["inquiry"].view.card_delegate.unread == {thread: 1}

    page.select_job(thread)
    qtbot.waitUntil(lambda: page.unread == {}, timeout=10_000)
    _idle(qtbot, ctx)
    page.load_unread()  # counted again from the workspace: read stays read
    _idle(qtbot, ctx)
    assert page.unread == {}


def test_another_account_sees_other_unread_messages_and_access(
    qtbot: QtBot, ctx: AppContext, thread: str
) -> None:
    """The account is known only once the sync state is read (ui/square/sync_status.py)."""
    page = JobsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.load()
    qtbot.waitUntil(lambda: page.detail.job_id == thread, timeout=10_000)
    assert page.detail.moves_bar.isVisible()  # no account: the local user's job
    qtbot.waitUntil(lambda: len(page.detail.messages.unread) == 2, timeout=10_000)  # both
    ctx.user_name = "prof"
    page.on_account_changed()
    assert not page.detail.moves_bar.isVisible()
    assert page.detail.access_banner.isVisible()
    qtbot.waitUntil(lambda: not ctx.tasks.active, timeout=10_000)
    assert page.detail.messages.unread == set()  # prof's own is not new to prof
