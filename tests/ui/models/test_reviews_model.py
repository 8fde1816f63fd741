"""The reviews table model and its filter proxy, over reviews read from a real workspace."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont
from pytestqt.modeltest import ModelTester

from app.review import reviews
from app.workspace import Workspace
from tests.ui.review.review_setup import request
from ui.models.reviews import (
    COLUMNS,
    NEW_DOT,
    ReviewFilterProxyModel,
    ReviewIdRole,
    ReviewTableModel,
)
from ui.style.theme import current_colours


def _fill(ws: Workspace, tmp_path: Path) -> dict[str, str]:
    late = request(ws, tmp_path, due=date.today() - timedelta(days=2), title="Shoe last")
    soon = request(ws, tmp_path, due=date.today() + timedelta(days=9), title="Gear housing")
    gone = request(ws, tmp_path, reviewer="lee", title="Silver ring")
    reviews.withdraw_review(ws, gone.review_id)
    for r in (late, soon):
        reviews.mark_seen(ws, r.review_id)
    return {"late": late.review_id, "soon": soon.review_id, "gone": gone.review_id}


def _model(ws: Workspace, person: str = "reviewer", me: str = "kim") -> ReviewTableModel:
    model = ReviewTableModel(person=person)
    model.set_rows(reviews.list_reviews(ws, me=me))
    return model


def _cell(model: ReviewTableModel, review_id: str, column: str, role: int) -> object:
    return model.index(model.row_of(review_id), COLUMNS.index(column)).data(role)


def test_models_pass_qtmodeltester(
    qtmodeltester: ModelTester, workspace: Workspace, tmp_path: Path
) -> None:
    _fill(workspace, tmp_path)
    model = _model(workspace)
    qtmodeltester.check(model)
    proxy = ReviewFilterProxyModel()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)
    proxy.set_search_text("gear")
    proxy.set_show_closed(False)
    qtmodeltester.check(proxy)


def test_a_late_review_stands_out_in_colour_bold_and_words(
    qapp: object, workspace: Workspace, tmp_path: Path
) -> None:
    ids = _fill(workspace, tmp_path)
    model = _model(workspace)
    display = Qt.ItemDataRole.DisplayRole
    assert "(late)" in str(_cell(model, ids["late"], "due", display))
    assert "(late)" not in str(_cell(model, ids["soon"], "due", display))
    brush = _cell(model, ids["late"], "due", Qt.ItemDataRole.ForegroundRole)
    assert brush.color() == QColor(current_colours().error)  # type: ignore[attr-defined]
    font = _cell(model, ids["late"], "due", Qt.ItemDataRole.FontRole)
    assert isinstance(font, QFont) and font.bold()
    assert _cell(model, ids["soon"], "due", Qt.ItemDataRole.FontRole) is None


def test_new_activity_is_a_dot_and_a_bold_row_until_seen(
    qapp: object, workspace: Workspace, tmp_path: Path
) -> None:
    ids = _fill(workspace, tmp_path)
    # as the advisor sees it: a request never opened is new
    model = _model(workspace, person="requested_by", me="prof")
    job = str(_cell(model, ids["soon"], "job", Qt.ItemDataRole.DisplayRole))
    assert not job.startswith(NEW_DOT)  # marked seen on this PC
    fresh = request(workspace, tmp_path, title="New one")
    model = _model(workspace, person="requested_by", me="prof")
    assert str(_cell(model, fresh.review_id, "job", Qt.ItemDataRole.DisplayRole)).startswith(
        NEW_DOT
    )
    font = _cell(model, fresh.review_id, "title", Qt.ItemDataRole.FontRole)
    assert isinstance(font, QFont) and font.bold()
    assert _cell(model, fresh.review_id, "person", Qt.ItemDataRole.DisplayRole) == "kim"
    assert model.headerData(COLUMNS.index("person"), Qt.Orientation.Horizontal) == "Requester"
    reviews.mark_seen(workspace, fresh.review_id)
    model = _model(workspace, person="requested_by", me="prof")
    assert not str(_cell(model, fresh.review_id, "job", Qt.ItemDataRole.DisplayRole)).startswith(
        NEW_DOT
    )


def test_search_and_only_open_reviews(qapp: object, workspace: Workspace, tmp_path: Path) -> None:
    ids = _fill(workspace, tmp_path)
    model = _model(workspace)
    proxy = ReviewFilterProxyModel()
    proxy.setSourceModel(model)

    def shown() -> set[str]:
        return {proxy.index(r, 0).data(ReviewIdRole) for r in range(proxy.rowCount())}

    assert shown() == set(ids.values())
    proxy.set_search_text("SHOE")
    assert shown() == {ids["late"]}
    proxy.set_search_text("lee withdrawn")  # the person and the status's words match too
    assert shown() == {ids["gone"]}
    proxy.set_search_text("")
    proxy.set_show_closed(False)
    assert shown() == {ids["late"], ids["soon"]}


def test_sorting_by_due_date_puts_undated_last(
    qapp: object, workspace: Workspace, tmp_path: Path
) -> None:
    ids = _fill(workspace, tmp_path)
    proxy = ReviewFilterProxyModel()
    proxy.setSourceModel(_model(workspace))
    proxy.sort(COLUMNS.index("due"), Qt.SortOrder.AscendingOrder)
    order = [proxy.index(r, 0).data(ReviewIdRole) for r in range(proxy.rowCount())]
    assert order == [ids["late"], ids["soon"], ids["gone"]]
