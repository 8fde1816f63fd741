"""The review window: the viewer with the panel docked, joined both ways. Offscreen the viewer
shows a picture (no OpenGL), so the joins are driven through the viewer's pin API."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtWidgets import QDockWidget
from pytestqt.qtbot import QtBot

from app.review import pins, reviews
from tests.ui.review.review_setup import request
from ui.app_context import AppContext
from ui.designs.viewer.pins import PinMarker, PinPlacement
from ui.review import review_window
from ui.review.pin_text_dialog import PinTextDialog
from ui.review.review_panel import ReviewPanel
from ui.review.review_window import open_review, open_review_window

CAMERA = {"center": [10, 5, 2], "distance": 80.0, "elevation": 30.0, "azimuth": 45.0, "fov": 60}


class _Said:
    """The pin text dialog, answered at once."""

    DialogCode = PinTextDialog.DialogCode
    answer: tuple[bool, str] = (True, "벽이 얇습니다")

    def __init__(self, *_args: Any) -> None:
        self.text = self.answer[1]

    def exec(self) -> Any:
        return self.DialogCode.Accepted if self.answer[0] else self.DialogCode.Rejected


def _placement() -> PinPlacement:
    return PinPlacement(
        point=(20.0, 5.0, 2.5), normal=(1.0, 0.0, 0.0), face=3, camera=CAMERA, section=None,
        measurements=[{"kind": "distance", "value_mm": 9.5}], snapshot_png=b"\x89PNG fake",
    )  # fmt: skip


@pytest.fixture(autouse=True)
def _close_windows(qtbot: QtBot) -> Iterator[None]:
    """Close the review windows a test left open (each deletes itself on close)."""
    yield
    for review_id in list(review_window._open):
        window = open_review(review_id)
        if window is not None and shiboken6.isValid(window):
            window.close()
    qtbot.waitUntil(lambda: not review_window._open)


def _open(qtbot: QtBot, ctx: AppContext, review_id: str, rev_id: str) -> Any:
    window = open_review_window(ctx, review_id, rev_id)
    assert window is not None
    panel = window.findChild(ReviewPanel)
    assert isinstance(panel, ReviewPanel)
    qtbot.waitUntil(lambda: panel.data is not None, timeout=5000)
    return window, panel


def test_the_panel_is_docked_and_a_placed_pin_is_asked_for_and_added(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    made = request(ctx.ws, tmp_path, by="kim", reviewer="prof")
    ctx.user_name = "prof"
    monkeypatch.setattr(review_window, "PinTextDialog", _Said)
    window, panel = _open(qtbot, ctx, made.review_id, made.revision_id)
    dock = window.findChild(QDockWidget, "reviewDock")
    assert dock is not None and dock.widget() is panel
    assert window.pin_action.isVisible()  # pinning is on while the review is open
    drawn: list[list[PinMarker]] = []
    monkeypatch.setattr(window, "set_pins", lambda markers: drawn.append(list(markers)))
    window.pin_placed.emit(_placement())
    qtbot.waitUntil(lambda: len(reviews.get_review(ctx.ws, made.review_id).pins) == 1)
    pin = reviews.get_review(ctx.ws, made.review_id).pins[0]
    assert (pin.text, pin.author, pin.point, pin.face) == ("벽이 얇습니다", "prof", (20, 5, 2.5), 3)
    assert pin.camera == CAMERA and pin.measurements[0]["value_mm"] == 9.5 and pin.has_snapshot
    qtbot.waitUntil(lambda: panel.selected_pin_id() == pin.id, timeout=5000)  # the new pin
    assert drawn and [(m.id, m.number, m.selected) for m in drawn[-1]] == [(pin.id, 1, True)]
    window.close()
    qtbot.waitUntil(lambda: open_review(made.review_id) is None)


def test_a_cancelled_pin_adds_nothing(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    made = request(ctx.ws, tmp_path, by="kim", reviewer="prof")
    ctx.user_name = "prof"
    monkeypatch.setattr(review_window, "PinTextDialog", _Said)
    monkeypatch.setattr(_Said, "answer", (False, ""))
    window, _panel = _open(qtbot, ctx, made.review_id, made.revision_id)
    window.pin_placed.emit(_placement())
    ctx.tasks.wait()
    assert reviews.get_review(ctx.ws, made.review_id).pins == ()


def test_picking_a_pin_flies_to_it_and_a_clicked_marker_picks_it(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    made = request(ctx.ws, tmp_path, by="kim", reviewer="prof")
    first = pins.add_pin(
        ctx.ws, made.review_id, point=(1, 2, 3), text="여기", author="prof", camera=CAMERA,
        section={"axis": 2, "offset": 1.5},
    ).value  # fmt: skip
    second = pins.add_pin(ctx.ws, made.review_id, point=(0, 0, 0), text="저기", author="prof")
    ctx.user_name = "kim"
    window, panel = _open(qtbot, ctx, made.review_id, made.revision_id)
    flown: list[tuple[Any, Any]] = []
    monkeypatch.setattr(window, "restore_view", lambda c, s, animate=True: flown.append((c, s)))
    panel.pin_list.setCurrentRow(0)
    assert flown == [(CAMERA, {"axis": 2, "offset": 1.5})]
    window.marker_clicked.emit(second.value)
    assert panel.selected_pin_id() == second.value
    assert "저기" in panel.pin_thread.conversation.toPlainText()
    assert first != second.value


def test_a_closed_review_takes_the_pin_tool_away(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path
) -> None:
    made = request(ctx.ws, tmp_path, by="kim", reviewer="prof")
    reviews.withdraw_review(ctx.ws, made.review_id)
    ctx.user_name = "prof"
    window, panel = _open(qtbot, ctx, made.review_id, made.revision_id)
    assert panel.data is not None and not panel.data.can_pin
    assert not window.pin_action.isVisible()


def test_a_review_opened_by_its_id_alone_finds_its_revision_first(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path
) -> None:
    made = request(ctx.ws, tmp_path, by="kim", reviewer="prof")
    assert open_review_window(ctx, made.review_id) is None  # (as the job view opens it)
    qtbot.waitUntil(lambda: open_review(made.review_id) is not None, timeout=5000)
    window = open_review(made.review_id)
    assert window is not None and window.revision_id == made.revision_id
    assert open_review_window(ctx, made.review_id) is window  # open: raised at once
