"""The job view follows the user's role on the job: an advisor sees it read-only under a
banner, with its messages and reviews; the maker edits it; a trainer moves it and adds
designs."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from app.jobs import jobs
from ui.app_context import AppContext
from ui.jobs.detail import JobDetailWidget


class Host:
    """The main window's part: opens the review dialog and windows (here: remembers)."""

    def __init__(self) -> None:
        self.requested: list[str] = []
        self.opened: list[str] = []

    def request_review(self, job_id: str, parent: QWidget) -> None:
        self.requested.append(job_id)

    def open_review(self, review_id: str, parent: QWidget) -> None:
        self.opened.append(review_id)


def _view(qtbot: QtBot, ctx: AppContext, job: str, user: str) -> JobDetailWidget:
    ctx.user_name = user
    widget = JobDetailWidget(ctx)
    qtbot.addWidget(widget)
    widget.set_review_host(Host())
    widget.resize(700, 900)
    widget.show()
    widget.show_job(job)
    qtbot.waitUntil(lambda: not ctx.tasks.active, timeout=20_000)
    return widget


def _accepts_drop(widget: JobDetailWidget, tmp_file: str) -> bool:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(tmp_file)])
    event = QDragEnterEvent(
        QPoint(5, 5),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    widget.dragEnterEvent(event)
    return event.isAccepted()


def test_an_advisor_sees_the_job_read_only_with_messages(
    qtbot: QtBot, ctx: AppContext, shared_job: str
) -> None:
    w = _view(qtbot, ctx, shared_job, "prof")
    assert w.access_banner.isVisible()
    assert w.access_banner.text() == "Shared with you for review by kim — read-only"
    assert not w.moves_bar.isVisible()  # no status moves
    assert w.title_edit.isReadOnly() and w.notes_edit.isReadOnly()
    assert not w.customer_combo.isEnabled() and not w.priority_combo.isEnabled()
    assert not w.save_button.isVisible()
    assert not w.import_button.isVisible() and not w.new_part_button.isVisible()
    assert not w.check_panel.repair_button.isVisible()
    assert not w.designs.drop_hint.isVisible()
    assert not w.quotes.isVisible()
    assert not _accepts_drop(w, "/tmp/part.stl")
    assert not w.members.share_button.isVisible()
    assert not w.reviews.request_button.isVisible()
    # what stays: the 3D view, messages to write, the reviews list
    assert w.view3d_button.isVisible() and w.view3d_button.isEnabled()
    assert w.messages.compose.isVisible()
    assert w.reviews.isVisible()
    w.move_to("quoting")  # even if asked directly, nothing moves
    qtbot.wait(100)
    assert jobs.get_job(ctx.ws, shared_job).status == "inquiry"


def test_the_maker_gets_every_control_and_can_request_a_review(
    qtbot: QtBot, ctx: AppContext, shared_job: str
) -> None:
    w = _view(qtbot, ctx, shared_job, "kim")
    assert not w.access_banner.isVisible()
    assert w.moves_bar.isVisible() and not w.title_edit.isReadOnly()
    assert w.save_button.isVisible() and w.import_button.isVisible() and w.quotes.isVisible()
    assert _accepts_drop(w, "/tmp/part.stl")
    assert w.members.share_button.isVisible()
    button = w.reviews.request_button
    assert button.isVisible() and button.isEnabled()  # the job has a design
    button.click()
    assert w.reviews.host is not None
    assert w.reviews.host.requested == [shared_job]  # type: ignore[attr-defined]


def test_without_a_review_host_nothing_offers_a_review(
    qtbot: QtBot, ctx: AppContext, shared_job: str
) -> None:
    ctx.user_name = "kim"
    w = JobDetailWidget(ctx)
    qtbot.addWidget(w)
    w.show()
    w.show_job(shared_job)
    assert not w.reviews.request_button.isVisible()


def test_a_trainer_moves_the_job_and_adds_designs_but_its_details_are_read_only(
    qtbot: QtBot, ctx: AppContext, shared_job: str
) -> None:
    w = _view(qtbot, ctx, shared_job, "lee")
    assert w.access_banner.isVisible() and "trainer" in w.access_banner.text()
    assert w.moves_bar.isVisible() and w.import_button.isVisible()
    assert w.title_edit.isReadOnly() and not w.save_button.isVisible()
    assert not w.quotes.isVisible() and not w.members.share_button.isVisible()


def test_without_a_square_account_the_local_user_edits_and_shares(
    qtbot: QtBot, ctx: AppContext, shared_job: str
) -> None:
    w = _view(qtbot, ctx, shared_job, "")
    assert not w.access_banner.isVisible()
    assert w.moves_bar.isVisible() and w.members.share_button.isVisible()
