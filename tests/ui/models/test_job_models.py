"""The jobs table model and its filter proxy, over rows read from a real workspace."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester

from app.jobs import jobs
from app.workspace import Workspace
from ui.models.job_filter_proxy import ALL, OPEN, JobFilterProxyModel
from ui.models.job_table_model import COLUMNS, JobIdRole, JobTableModel


def _fill(ws: Workspace) -> dict[str, str]:
    ids = {
        "ring": jobs.create_job(ws, "Silver ring prototype", customer="김공방").value,
        "shoe": jobs.create_job(
            ws, "Shoe last", customer="한땀 수제화", due_date=date.today() - timedelta(days=2)
        ).value,
        "gear": jobs.create_job(ws, "Gear housing", customer="성수 정밀").value,
    }
    jobs.set_status(ws, ids["gear"], "cancelled")
    return ids


def test_models_pass_qtmodeltester(qtmodeltester: ModelTester, workspace: Workspace) -> None:
    _fill(workspace)
    model = JobTableModel()
    model.set_rows(jobs.list_jobs(workspace))
    qtmodeltester.check(model)
    proxy = JobFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.set_status_filter(ALL)
    qtmodeltester.check(proxy)


def test_search_matches_number_title_and_customer(qapp: object, workspace: Workspace) -> None:
    ids = _fill(workspace)
    model = JobTableModel()
    model.set_rows(jobs.list_jobs(workspace))
    proxy = JobFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.set_status_filter(ALL)

    def shown() -> set[str]:
        return {proxy.index(r, 0).data(JobIdRole) for r in range(proxy.rowCount())}

    proxy.set_search_text("RING")
    assert shown() == {ids["ring"]}
    proxy.set_search_text("수제화")
    assert shown() == {ids["shoe"]}
    proxy.set_search_text("J-")
    assert len(shown()) == 3
    proxy.set_search_text("shoe 한땀")  # every word must match
    assert shown() == {ids["shoe"]}
    proxy.set_search_text("shoe 성수")
    assert shown() == set()


def test_open_filter_hides_cancelled_and_status_filter_picks_one(
    qapp: object, workspace: Workspace
) -> None:
    ids = _fill(workspace)
    model = JobTableModel()
    model.set_rows(jobs.list_jobs(workspace))
    proxy = JobFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.set_status_filter(OPEN)
    assert proxy.rowCount() == 2
    proxy.set_status_filter("cancelled")
    assert proxy.rowCount() == 1
    assert proxy.index(0, 0).data(JobIdRole) == ids["gear"]


def test_sorting_by_due_date_puts_undated_last(qapp: object, workspace: Workspace) -> None:
    ids = _fill(workspace)
    model = JobTableModel()
    model.set_rows(jobs.list_jobs(workspace))
    proxy = JobFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.set_status_filter(ALL)
    proxy.sort(COLUMNS.index("due_date"), Qt.SortOrder.AscendingOrder)
    assert proxy.index(0, 0).data(JobIdRole) == ids["shoe"]
    proxy.sort(COLUMNS.index("number"), Qt.SortOrder.DescendingOrder)
    numbers = [proxy.index(r, 0).data() for r in range(proxy.rowCount())]
    assert numbers == sorted(numbers, reverse=True)


def test_overdue_open_job_is_shown_in_red(qapp: object, workspace: Workspace) -> None:
    ids = _fill(workspace)
    model = JobTableModel()
    model.set_rows(jobs.list_jobs(workspace))
    row = model.row_of(ids["shoe"])
    brush = model.index(row, COLUMNS.index("due_date")).data(Qt.ItemDataRole.ForegroundRole)
    assert brush is not None and brush.color().name() == "#c62828"


def test_due_dates_are_written_the_korean_way_in_korean(qapp: object, workspace: Workspace) -> None:
    from PySide6.QtCore import QLocale

    jobs.create_job(workspace, "은반지", due_date=date(2026, 12, 1))
    model = JobTableModel()
    model.set_rows(jobs.list_jobs(workspace))
    due = model.index(0, COLUMNS.index("due_date"))
    before = QLocale()
    try:
        QLocale.setDefault(QLocale(QLocale.Language.Korean, QLocale.Country.SouthKorea))
        assert model.data(due) == "2026. 12. 1."
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        assert model.data(due) == "Dec 1, 2026"
    finally:
        QLocale.setDefault(before)
