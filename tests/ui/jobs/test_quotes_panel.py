"""The job view's quotes: + New quote makes a draft, shows it in the table and opens it."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from app.jobs import jobs
from app.quotes import quotes
from ui.app_context import AppContext
from ui.jobs.detail import JobDetailWidget
from ui.quotes.dialog import QuoteDialog


def test_new_quote_is_listed_and_opened(qtbot: QtBot, ctx: AppContext) -> None:
    job = jobs.create_job(ctx.ws, "은반지 시제품").value
    widget = JobDetailWidget(ctx)
    qtbot.addWidget(widget)
    widget.show()
    widget.show_job(job)
    section = widget.quotes
    assert section.table.rowCount() == 0
    section.new_button.click()
    qtbot.waitUntil(lambda: section.table.rowCount() == 1, timeout=5000)
    row = quotes.list_quotes(ctx.ws, job)[0]
    assert section.table.item(0, 0).text() == row.number
    assert section.table.item(0, 2).text() == "Draft"
    dialogs = [d for d in section.findChildren(QuoteDialog) if d.isVisible()]
    assert len(dialogs) == 1  # the new draft opened at once
    for d in dialogs:
        d.close()


def test_the_section_speaks_the_chosen_language(qtbot: QtBot, ctx: AppContext) -> None:
    job = jobs.create_job(ctx.ws, "브래킷").value
    quotes.create_quote(ctx.ws, job)
    widget = JobDetailWidget(ctx)
    qtbot.addWidget(widget)
    widget.show_job(job)
    ctx.translations.apply("ko")
    qtbot.waitUntil(lambda: widget.quotes.title.text() == "견적서", timeout=2000)
    assert widget.quotes.table.item(0, 2).text() == "작성 중"
