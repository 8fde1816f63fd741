"""ui/dashboard/page.py: the figures on the page are the workspace's."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QLocale

from app.changes import Changes
from app.jobs import jobs
from app.jobs.jobs import STATUSES
from app.quotes import quotes
from ui.app_context import AppContext
from ui.dashboard.charts import compact_won, month_label
from ui.dashboard.page import DashboardPage


def _shop(ctx: AppContext) -> None:
    ws = ctx.ws
    today = date.today()
    # quoted and accepted today, delivered on time today
    a = jobs.create_job(ws, "은반지", due_date=today + timedelta(days=1)).value
    rev = quotes.create_quote(ws, a).value
    quotes.add_line(ws, rev, "은반지", quantity=2, unit_price=50_000)  # 110,000 with VAT
    quotes.mark_sent(ws, rev)
    for status in ("accepted", "in_production", "quality_check", "delivered"):
        jobs.set_status(ws, a, status)
    # overdue, in inquiry
    jobs.create_job(ws, "늦은 문의", due_date=today - timedelta(days=3))
    # cancelled
    c = jobs.create_job(ws, "취소").value
    jobs.set_status(ws, c, "cancelled")


def _page(ctx: AppContext, qtbot: object) -> DashboardPage:
    page = DashboardPage(ctx)
    qtbot.addWidget(page)  # type: ignore[attr-defined]
    page.resize(1300, 850)
    page.show()
    qtbot.waitUntil(lambda: page.stats is not None, timeout=5000)  # type: ignore[attr-defined]
    return page


def test_tiles_and_charts_show_the_figures(ctx: AppContext, qtbot: object) -> None:
    _shop(ctx)
    page = _page(ctx, qtbot)
    tiles = page.tiles
    assert tiles["open"].value.text() == "2"  # delivered + inquiry; not the cancelled one
    assert tiles["open"].note.text() == "of 3 jobs in all"
    assert tiles["overdue"].value.text() == "1"
    assert tiles["quoted"].value.text() == "₩110,000"
    assert "accepted: ₩110,000" in tiles["quoted"].note.text()
    assert tiles["on_time"].value.text() == "100%"
    assert tiles["on_time"].note.text().startswith("1 of 1 delivered on time")

    assert page.status_bars is not None
    widths = list(page.status_bars.opts["width"])
    expected = {"inquiry": 1, "delivered": 1, "cancelled": 1}
    assert widths == [expected.get(s, 0) for s in STATUSES]
    assert page.amount_bars is not None
    quoted, accepted = page.amount_bars
    assert list(quoted.opts["height"])[-1] == 110_000
    assert list(accepted.opts["height"])[-1] == 110_000
    assert sum(quoted.opts["height"]) == 110_000  # nothing in the 11 months before
    assert page.on_time_line is not None
    ys = page.on_time_line.yData
    assert ys[-1] == 100.0


def test_refreshes_when_jobs_change(ctx: AppContext, qtbot: object) -> None:
    page = _page(ctx, qtbot)
    assert page.tiles["open"].value.text() == "0"
    assert page.tiles["on_time"].value.text() == "—"
    result = jobs.create_job(ctx.ws, "새 작업")
    ctx.bus.emit_changes(result.changes)
    qtbot.waitUntil(lambda: page.tiles["open"].value.text() == "1", timeout=5000)  # type: ignore[attr-defined]


def test_hidden_page_refreshes_when_shown(ctx: AppContext, qtbot: object) -> None:
    page = _page(ctx, qtbot)
    page.hide()
    jobs.create_job(ctx.ws, "새 작업")
    ctx.bus.emit_changes(Changes(jobs=frozenset({"x"})))
    ctx.tasks.wait()
    assert page.tiles["open"].value.text() == "0"  # not recomputed while hidden
    page.show()
    qtbot.waitUntil(lambda: page.tiles["open"].value.text() == "1", timeout=5000)  # type: ignore[attr-defined]


def test_won_and_months_in_korean_and_english(ctx: AppContext) -> None:
    assert compact_won(3_500_000, True) == "350만"
    assert compact_won(120_000_000, True) == "1.2억"
    assert compact_won(5_000, True) == "5,000"
    assert compact_won(3_500_000, False) == "₩3.5M"
    assert compact_won(350_000, False) == "₩350K"
    assert month_label(date(2026, 3, 1)) == "Mar"
    assert month_label(date(2027, 1, 1)) == "Jan 2027"
    ctx.translations.apply("ko")
    assert QLocale().language() == QLocale.Language.Korean
    assert month_label(date(2026, 3, 1)) == "3월"
    assert month_label(date(2027, 1, 1)) == "27년 1월"


def test_axes_take_the_palette_text_colour(ctx: AppContext, qtbot: object) -> None:
    from PySide6.QtGui import QColor, QPalette

    page = _page(ctx, qtbot)
    dark = QPalette(page.palette())
    dark.setColor(QPalette.ColorRole.Base, QColor("#1e2228"))
    dark.setColor(QPalette.ColorRole.Text, QColor("#e6e9ed"))
    page.setPalette(dark)
    for plot in (page.status_plot, page.amounts_plot, page.on_time_plot):
        assert plot.getAxis("left").textPen().color() == QColor("#e6e9ed")
        assert plot.backgroundBrush().color() == QColor("#1e2228")


def test_charts_are_made_when_the_page_is_first_shown(ctx: AppContext, qtbot: object) -> None:
    """The figures can come in while the page is hidden (the window loads every page when a
    workspace opens); the charts are made, and drawn, when it is first shown."""
    _shop(ctx)
    page = DashboardPage(ctx)
    qtbot.addWidget(page)  # type: ignore[attr-defined]
    page.load()
    qtbot.waitUntil(lambda: page.stats is not None, timeout=5000)  # type: ignore[attr-defined]
    assert not page.plots_made and page.status_bars is None
    assert page.tiles["open"].value.text() == "2"
    page.resize(1300, 850)
    page.show()
    assert page.plots_made and page.status_bars is not None
    expected = {"inquiry": 1, "delivered": 1, "cancelled": 1}
    assert list(page.status_bars.opts["width"]) == [expected.get(s, 0) for s in STATUSES]
