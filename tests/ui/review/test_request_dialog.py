"""Request review…: pick a revision and an advisor, and the review is made and the job shared."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot

from app.designs import designs
from app.errors import InvalidValueError
from app.jobs.members import list_members
from app.review import reviews
from app.review.directory import store_directory
from tests.stl_files import write_box_stl
from tests.ui.review.review_setup import job_with_design
from ui.app_context import AppContext
from ui.review.request_dialog import RequestReviewDialog

ADVISORS = [
    {
        "name": "prof",
        "role": "advisor",
        "affiliation": "한국대 기계공학과",
        "fields": ["금형", "사출"],
    },
    {"name": "park", "role": "advisor", "affiliation": "창업진흥원", "fields": ["사업화"]},
    {"name": "kim", "role": "advisor", "affiliation": "me", "fields": []},
    {"name": "lee", "role": "maker", "affiliation": "", "fields": []},
]


def _dialog(qtbot: QtBot, ctx: AppContext, job_id: str) -> RequestReviewDialog:
    dialog = RequestReviewDialog(ctx, job_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.choices is not None, timeout=5000)
    return dialog


def test_with_an_empty_directory_a_typed_name_requests_the_review_and_shares_the_job(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path
) -> None:
    ctx.user_name = "kim"
    job_id, rev_id = job_with_design(ctx.ws, tmp_path)
    dialog = _dialog(qtbot, ctx, job_id)
    assert dialog.advisor_list.isHidden() and not dialog.name_edit.isHidden()
    assert "Sync once" in dialog.empty_note.text()
    assert not dialog.ok_button.isEnabled()
    dialog.name_edit.setText("prof")
    dialog.note_edit.setPlainText("강도 확인 부탁드립니다")
    dialog.due_check.setChecked(True)
    dialog.due_edit.setDate(QDate(2031, 3, 4))
    assert dialog.ok_button.isEnabled()
    with qtbot.waitSignal(dialog.requested, timeout=5000):
        dialog.ok_button.click()
    assert dialog.result() == RequestReviewDialog.DialogCode.Accepted
    assert dialog.review_id is not None
    row = reviews.get_review(ctx.ws, dialog.review_id)
    assert (row.reviewer, row.requested_by, row.design_revision_id) == ("prof", "kim", rev_id)
    assert (row.due, row.note) == (date(2031, 3, 4), "강도 확인 부탁드립니다")
    assert [(m.user, m.role) for m in list_members(ctx.ws, job_id)] == [("prof", "advisor")]


def test_advisors_come_from_the_directory_searchable_and_without_me(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path
) -> None:
    ctx.user_name = "kim"
    job_id, _rev = job_with_design(ctx.ws, tmp_path)
    (tmp_path / "v2").mkdir()
    newer = designs.import_design(
        ctx.ws, job_id, write_box_stl(tmp_path / "v2" / "bracket.stl", (20, 10, 7))
    ).value
    store_directory(ctx.ws, ADVISORS)
    dialog = _dialog(qtbot, ctx, job_id)
    assert dialog.name_edit.isHidden() and not dialog.advisor_list.isHidden()
    names = [dialog.advisor_list.item(i).text() for i in range(dialog.advisor_list.count())]
    assert len(names) == 2 and names[1].startswith("prof") and "한국대 기계공학과" in names[1]
    assert "금형, 사출" in names[1]
    assert dialog.revision_combo.count() == 2
    assert dialog.revision_combo.itemText(0).startswith("bracket r2")  # newest first
    assert dialog.revision_combo.currentData() == newer
    dialog.search.setText("사출")
    assert dialog.reviewer == "prof"
    assert dialog.advisor_list.item(0).isHidden()  # park's card does not match
    assert dialog.due is None
    with qtbot.waitSignal(dialog.requested, timeout=5000):
        dialog.ok_button.click()
    row = reviews.get_review(ctx.ws, str(dialog.review_id))
    assert (row.reviewer, row.revision, row.due) == ("prof", 2, None)


def test_a_refused_request_is_said_and_the_dialog_stays(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    presented: list[BaseException] = []
    monkeypatch.setattr("ui.errors.present", lambda exc, _parent: presented.append(exc))
    ctx.user_name = "kim"
    job_id, _rev = job_with_design(ctx.ws, tmp_path)
    dialog = _dialog(qtbot, ctx, job_id)
    dialog.name_edit.setText("kim")  # one's own request
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: bool(presented), timeout=5000)
    assert isinstance(presented[0], InvalidValueError)
    assert presented[0].params["reason"] == "own_request"
    assert dialog.isVisible() and dialog.ok_button.isEnabled()
    assert reviews.list_reviews(ctx.ws) == []


def test_a_job_without_designs_says_to_import_one(qtbot: QtBot, ctx: AppContext) -> None:
    from app.jobs import jobs

    job_id = jobs.create_job(ctx.ws, "빈 작업").value
    dialog = _dialog(qtbot, ctx, job_id)
    dialog.name_edit.setText("prof")
    assert "import one first" in dialog.status.text()
    assert not dialog.ok_button.isEnabled()
