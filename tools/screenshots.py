"""Screenshots for the README and for looking at what we built (not a test).

Builds the demo workspace, opens the real main window and grabs it in a few states, in
Korean and in English; renders the 견적서 PDF of a demo quote too.
Run under a virtual screen:  xvfb-run -a .venv/bin/python tools/screenshots.py OUT_DIR
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from app.jobs.jobs import JobRow
    from app.workspace import Workspace
    from ui.app_context import AppContext
    from ui.shell.main_window import MainWindow


def settle(app: QApplication, ms: int = 400) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp())
    os.environ["MAKERSQUARE_DATA_DIR"] = str(tmp / "data")
    os.environ["MAKERSQUARE_CONFIG_DIR"] = str(tmp / "config")
    from PySide6.QtCore import Qt

    QApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
    app = QApplication(sys.argv[:1])
    from app.demo.demo import build_demo
    from app.jobs import jobs
    from app.workspace import open_workspace
    from ui.gui import apply_style, make_context

    ws = open_workspace(tmp / "demo")
    build_demo(ws)
    rows = jobs.list_jobs(ws)
    best = richest_job(ws, rows)
    ctx = make_context(app, "en")
    ctx.workspace = ws
    apply_style(app)
    for lang in ("ko", "en"):
        ctx.translations.apply(lang)
        shoot_language(app, ctx, rows, best, out, lang)
    ws.close()
    print(f"screenshots in {out}")


def richest_job(ws: Workspace, rows: list[JobRow]) -> JobRow:
    """The job with the most to show: designs and a sent quote."""
    from app.designs.designs import list_designs
    from app.quotes import quotes

    quoted = [r for r in rows if quotes.list_quotes(ws, r.id)]
    return max(
        quoted, key=lambda r: (len(list_designs(ws, r.id)), len(quotes.list_quotes(ws, r.id)))
    )


def shoot_language(
    app: QApplication, ctx: AppContext, rows: list[JobRow], best: JobRow, out: Path, lang: str
) -> None:
    """The main window in one language: every page, the viewer, the quote dialogs, the PDF."""
    from app.quotes import quotes
    from ui.shell.main_window import MainWindow

    ws = ctx.ws
    window = MainWindow(ctx)
    window.resize(1400, 860)
    window.show()
    window.workspace_opened()
    settle(app, 800)
    shoot_jobs(app, ctx, window, rows, best, out, lang)
    rev = quotes.list_quotes(ws, best.id)[0].latest_revision_id
    shoot_quote(app, ctx, rev, window, out / f"quote_{lang}.png")
    shoot_quote_from_design(app, ctx, ws, best.id, window, out / f"quote_design_{lang}.png")
    shoot_pages(app, ctx, window, rows, out, lang)
    window.jobs_page.set_view("table", remember=False)
    window.close()
    render_pdf(ws, rev, out, lang)


def shoot_jobs(
    app: QApplication,
    ctx: AppContext,
    window: MainWindow,
    rows: list[JobRow],
    best: JobRow,
    out: Path,
    lang: str,
) -> None:
    """The jobs page, a job's detail, a design's check and the 3D viewer on two designs."""
    from app.designs.designs import list_designs

    ws = ctx.ws
    window.jobs_page.select_job(rows[0].id)
    settle(app)
    window.grab().save(str(out / f"jobs_{lang}.png"))
    window.jobs_page.status_combo.setCurrentIndex(1)  # all jobs
    window.jobs_page.select_job(best.id)
    settle(app)
    window.grab().save(str(out / f"job_detail_{lang}.png"))
    sample = "열린상자_오류샘플"  # the demo's open box, for its findings
    flawed = next(r for r in rows if any(d.design_name == sample for d in list_designs(ws, r.id)))
    window.jobs_page.select_job(flawed.id)
    settle(app, 300)
    deadline = time.monotonic() + 30
    while (ctx.tasks.active or window.jobs_page.detail.check_panel.check is None) and (
        time.monotonic() < deadline
    ):
        settle(app, 200)
    settle(app)
    window.grab().save(str(out / f"check_{lang}.png"))
    flawed_rev = list_designs(ws, flawed.id)[0].id
    shoot_viewer(app, ctx, flawed_rev, window, out / f"viewer_findings_{lang}.png", None)
    bracket = next(d for d in list_designs(ws, best.id))
    shoot_viewer(app, ctx, bracket.id, window, out / f"viewer_section_{lang}.png", "section")


def shoot_quote(
    app: QApplication, ctx: AppContext, revision_id: str, parent: MainWindow, path: Path
) -> None:
    from ui.quotes.dialog import QuoteDialog

    dialog = QuoteDialog(ctx, revision_id, parent)
    dialog.show()
    settle(app)
    dialog.grab().save(str(path))
    dialog.close()


def shoot_pages(
    app: QApplication, ctx: AppContext, window: MainWindow, rows: list[JobRow], out: Path, lang: str
) -> None:
    """Settings, the dashboard, the board, and the dark and projector themes."""
    window.rail.setCurrentRow(window._page_names.index("settings"))
    settle(app)
    window.grab().save(str(out / f"settings_{lang}.png"))
    window.rail.setCurrentRow(1)
    settle(app, 1500)
    window.grab().save(str(out / f"dashboard_{lang}.png"))
    window.rail.setCurrentRow(0)
    window.jobs_page.set_view("board", remember=False)
    window.jobs_page.select_job(rows[0].id)
    settle(app, 800)
    window.grab().save(str(out / f"board_{lang}.png"))
    shoot_themes(app, ctx, window, out, lang)


def render_pdf(ws: Workspace, revision_id: str, out: Path, lang: str) -> None:
    """The 견적서 PDF of the quote, and its first page as a picture."""
    from app.quotes import quotes
    from ui.quotes.pdf import render_quote_pdf

    pdf = out / f"quote_{lang}.pdf"
    render_quote_pdf(quotes.quote_document(ws, revision_id), pdf, language=lang)
    subprocess.run(
        [
            "pdftoppm",
            "-png",
            "-r",
            "80",
            "-f",
            "1",
            "-l",
            "1",
            str(pdf),
            str(out / f"quote_pdf_{lang}"),
        ],
        check=False,
    )


def shoot_quote_from_design(
    app: QApplication, ctx: object, ws: object, job_id: str, parent: object, path: Path
) -> None:
    """A new draft quote with a line costed from the job's design, its breakdown shown."""
    from app.catalogue import list_machines, list_materials
    from app.quotes import quotes
    from app.quotes.design_lines import (
        CostRequest,
        add_design_line,
        cost_line,
        job_design_revisions,
    )
    from ui.quotes.dialog import QuoteDialog

    revs = job_design_revisions(ws, job_id)  # type: ignore[arg-type]
    if not revs:
        return
    machine = next(m for m in list_machines(ws) if m.process == "fdm")  # type: ignore[arg-type]
    material = next(m for m in list_materials(ws) if m.process == "fdm")  # type: ignore[arg-type]
    draft = quotes.get_revision(ws, quotes.create_quote(ws, job_id).value)  # type: ignore[arg-type]
    request = CostRequest(revs[0].id, machine.id, material.id, 10, 2_000, 20)
    add_design_line(ws, draft.id, cost_line(ws, request, draft.rounding))  # type: ignore[arg-type]
    dialog = QuoteDialog(ctx, draft.id, parent)  # type: ignore[arg-type]
    dialog.resize(1100, 860)
    dialog.show()
    settle(app, 600)
    dialog.table.selectRow(0)
    settle(app, 600)
    dialog.grab().save(str(path))
    dialog.close()


def shoot_viewer(
    app: QApplication, ctx: object, revision_id: str, parent: object, path: Path, tool: str | None
) -> None:
    """The 3D viewer on a revision (needs OpenGL: run under Xvfb), with a tool in use."""
    from ui.designs.viewer.design_viewer import DesignViewerWindow

    window = DesignViewerWindow(ctx, revision_id, parent)  # type: ignore[arg-type]
    window.resize(1200, 760)
    window.show()
    deadline = time.monotonic() + 30
    while window.loading() and time.monotonic() < deadline:
        settle(app, 200)
    settle(app, 500)
    if tool == "section":
        window.section_action.trigger()
        window.side.section_axis.setCurrentIndex(0)
        window.side.section_slider.setValue(window.side.section_slider.maximum() * 3 // 5)
        settle(app, 800)
    window.grab().save(str(path))
    window.close()


def shoot_themes(app: QApplication, ctx: object, window: object, out: Path, lang: str) -> None:
    """The jobs page in the dark theme, and the board in projector mode (a classroom)."""
    from ui.style import theme

    theme.apply(app, "dark")
    theme.fit_navigation_rail(window.rail)  # type: ignore[attr-defined]
    window.jobs_page.set_view("table", remember=False)  # type: ignore[attr-defined]
    settle(app, 600)
    window.grab().save(str(out / f"dark_{lang}.png"))  # type: ignore[attr-defined]
    theme.apply(app, "light", projector=True)
    theme.fit_navigation_rail(window.rail)  # type: ignore[attr-defined]
    window.jobs_page.set_view("board", remember=False)  # type: ignore[attr-defined]
    settle(app, 600)
    window.grab().save(str(out / f"projector_{lang}.png"))  # type: ignore[attr-defined]
    theme.apply(app, "light")
    theme.fit_navigation_rail(window.rail)  # type: ignore[attr-defined]


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "out/screenshots"))
