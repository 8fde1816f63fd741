"""The job's members in the job view: the maker shares with a person picked from the
square's directory as cached here (or a typed name before the first sync) and unshares."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from app.jobs.members import list_members
from app.review.directory import store_directory
from ui.app_context import AppContext
from ui.jobs.detail import JobDetailWidget
from ui.jobs.share_dialog import ShareDialog

DIRECTORY = [
    {"name": "kim", "role": "maker", "affiliation": "성수 공방"},
    {"name": "prof", "role": "advisor", "affiliation": "서울대학교", "fields": ["기계설계"]},
    {"name": "choi", "role": "advisor", "affiliation": "한양대학교", "fields": ["경영"]},
    {"name": "lee", "role": "trainer", "affiliation": "메이커 교육원", "fields": ["3D 프린팅"]},
]


@pytest.fixture
def view(qtbot: QtBot, ctx: AppContext, shared_job: str) -> JobDetailWidget:
    ctx.user_name = "kim"
    widget = JobDetailWidget(ctx)
    qtbot.addWidget(widget)
    widget.show()
    widget.show_job(shared_job)
    return widget


def _idle(qtbot: QtBot, ctx: AppContext) -> None:
    qtbot.waitUntil(lambda: not ctx.tasks.active, timeout=20_000)


def _open_share(qtbot: QtBot, view: JobDetailWidget) -> ShareDialog:
    view.members.share_button.click()
    qtbot.waitUntil(lambda: hasattr(view.members, "share_dialog"), timeout=5000)
    return view.members.share_dialog


def test_members_show_their_role_and_whether_the_square_has_them(
    view: JobDetailWidget,
) -> None:
    texts = [view.members.list.item(i).text() for i in range(view.members.list.count())]
    assert texts == [
        "kim · Maker  (you)  (not sent yet)",
        "lee · Trainer  (not sent yet)",
        "prof · Advisor  (not sent yet)",
    ]


def test_the_maker_shares_with_someone_found_in_the_directory(
    qtbot: QtBot, ctx: AppContext, view: JobDetailWidget, shared_job: str
) -> None:
    store_directory(ctx.ws, DIRECTORY)
    dialog = _open_share(qtbot, view)
    offered = [dialog.list.item(i).text() for i in range(dialog.list.count())]
    assert offered == ["choi — 한양대학교 · 경영"]  # kim (me), prof and lee have the job
    dialog.search.setText("기계")
    assert dialog.list.count() == 0
    dialog.search.setText("경영")
    assert dialog.user() == "choi" and dialog.role() == "advisor"
    dialog.accept()
    _idle(qtbot, ctx)
    assert ("choi", "advisor") in [(m.user, m.role) for m in list_members(ctx.ws, shared_job)]
    qtbot.waitUntil(lambda: view.members.list.count() == 4, timeout=5000)


def test_before_the_first_sync_a_user_name_is_typed(
    qtbot: QtBot, ctx: AppContext, view: JobDetailWidget, shared_job: str
) -> None:
    dialog = _open_share(qtbot, view)
    assert not dialog.list.isVisible() and dialog.name_edit.isVisible()
    assert "sync fetches it" in dialog.hint.text()
    ok = dialog.buttons.buttons()[0]
    assert not ok.isEnabled()
    dialog.name_edit.setText(" park ")
    dialog.role_combo.setCurrentIndex(dialog.role_combo.findData("trainer"))
    dialog.accept()
    _idle(qtbot, ctx)
    assert ("park", "trainer") in [(m.user, m.role) for m in list_members(ctx.ws, shared_job)]


def test_unsharing_asks_first_and_never_takes_oneself_off(
    qtbot: QtBot,
    ctx: AppContext,
    view: JobDetailWidget,
    shared_job: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    members = view.members
    members.list.setCurrentRow(0)  # kim: me
    assert not members.unshare_button.isEnabled()
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: answers.pop(0))
    members.list.setCurrentRow(2)  # prof
    members.unshare_button.click()  # "No"
    _idle(qtbot, ctx)
    assert "prof" in [m.user for m in list_members(ctx.ws, shared_job)]
    members.unshare_button.click()  # "Yes"
    _idle(qtbot, ctx)
    assert "prof" not in [m.user for m in list_members(ctx.ws, shared_job)]
    qtbot.waitUntil(lambda: members.list.count() == 2, timeout=5000)
