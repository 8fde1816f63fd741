"""The review panel: pins with their threads, reply, resolve and reopen, assign, who may do
what, earlier revisions' pins greyed, and the verdicts with their verification."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from app.designs import designs
from app.review import canonical, pins, reviews, verdicts
from tests.stl_files import write_box_stl
from tests.ui.review.review_setup import UnderReview, request
from ui.app_context import AppContext
from ui.review.review_panel import ReviewPanel


def _with_pins(ctx: AppContext, tmp_path: Path) -> tuple[UnderReview, list[str]]:
    made = request(ctx.ws, tmp_path, by="kim", reviewer="prof", note="강도 확인 부탁")
    first = pins.add_pin(
        ctx.ws, made.review_id, point=(20, 5, 2.5), text="모서리를 R2로", author="prof",
        camera={"center": [10, 5, 2], "distance": 80, "elevation": 30, "azimuth": 45, "fov": 60},
        measurements=[{"kind": "distance", "value_mm": 12.5}],
    ).value  # fmt: skip
    second = pins.add_pin(ctx.ws, made.review_id, point=(0, 0, 0), text="구멍 위치", author="prof")
    pins.reply_to_pin(ctx.ws, first, "반영하겠습니다", "kim")
    return made, [first, second.value]


def _panel(qtbot: QtBot, ctx: AppContext, review_id: str) -> ReviewPanel:
    panel = ReviewPanel(ctx, review_id)
    qtbot.addWidget(panel)
    panel.resize(460, 900)
    panel.show()
    qtbot.waitUntil(lambda: panel.data is not None, timeout=5000)
    return panel


def _reloaded(qtbot: QtBot, panel: ReviewPanel, check: object) -> None:
    qtbot.waitUntil(lambda: panel.data is not None and check(panel.data), timeout=5000)  # type: ignore[operator]


def test_the_pins_are_listed_with_their_replies_and_one_is_flown_to(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path
) -> None:
    made, (first, _second) = _with_pins(ctx, tmp_path)
    ctx.user_name = "kim"
    panel = _panel(qtbot, ctx, made.review_id)
    assert panel.pin_list.count() == 2
    text = panel.pin_list.item(0).text()
    assert text.startswith("1.  모서리를 R2로") and "prof" in text and "1 replies" in text
    assert panel.pins_title.text() == "Pins (2)"
    assert "kim" in panel.people_label.text() and "prof" in panel.people_label.text()
    assert "bracket r1" in panel.people_label.text()
    assert panel.note_label.text() == "“강도 확인 부탁”"
    assert made.review_id and panel.hash_label.toolTip() == panel.data.review.file_sha256  # type: ignore[union-attr]
    with qtbot.waitSignal(panel.pin_selected) as picked:
        panel.pin_list.setCurrentRow(0)
    assert picked.args == [first]
    html = panel.pin_thread.conversation.toPlainText()
    assert "반영하겠습니다" in html and "12.50 mm" in html
    assert not panel.pin_thread.reply_box.isHidden()


def test_reply_resolve_reopen_and_assign(qtbot: QtBot, ctx: AppContext, tmp_path: Path) -> None:
    made, (first, _second) = _with_pins(ctx, tmp_path)
    ctx.user_name = "kim"
    panel = _panel(qtbot, ctx, made.review_id)
    panel.select_pin(first)
    thread = panel.pin_thread
    assert not thread.reply_button.isEnabled()
    thread.reply_edit.setPlainText("R2로 바꿨습니다")
    qtbot.keyClick(thread.reply_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    _reloaded(qtbot, panel, lambda d: len(d.pin(first).replies) == 2)
    assert thread.reply_edit.toPlainText() == ""
    assert "R2로 바꿨습니다" in thread.conversation.toPlainText()
    assert reviews.get_review(ctx.ws, made.review_id).pins[0].replies[1].author == "kim"

    assert thread.status_button.text() == "Resolve"
    thread.status_button.click()
    _reloaded(qtbot, panel, lambda d: d.pin(first).status == "resolved")
    assert thread.status_button.text() == "Reopen"
    assert panel.pin_list.item(0).text().startswith("✓ 1.")
    thread.status_button.click()
    _reloaded(qtbot, panel, lambda d: d.pin(first).status == "open")

    names = [thread.assign_combo.itemText(i) for i in range(thread.assign_combo.count())]
    assert names == ["Nobody", "kim", "prof"]  # the requester, the reviewer (a member)
    thread.assign_combo.setCurrentIndex(1)
    thread.assign_combo.activated.emit(1)
    _reloaded(qtbot, panel, lambda d: d.pin(first).assignee == "kim")
    assert "→ kim" in panel.pin_list.item(0).text()


def test_the_verdict_buttons_are_the_reviewers_and_withdraw_the_requesters(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path
) -> None:
    made, _pins = _with_pins(ctx, tmp_path)
    ctx.user_name = "prof"
    panel = _panel(qtbot, ctx, made.review_id)
    assert not panel.approve_button.isHidden() and not panel.changes_button.isHidden()
    assert panel.withdraw_button.isHidden()
    ctx.user_name = "kim"
    panel = _panel(qtbot, ctx, made.review_id)
    assert panel.approve_button.isHidden() and panel.changes_button.isHidden()
    assert not panel.withdraw_button.isHidden()
    reviews.withdraw_review(ctx.ws, made.review_id)
    panel.reload()
    _reloaded(qtbot, panel, lambda d: d.review.status == "withdrawn")
    assert panel.withdraw_button.isHidden()
    assert "closed" in panel.pin_hint.text()
    panel.pin_list.setCurrentRow(0)
    assert panel.pin_thread.reply_box.isHidden()  # read only now


def test_pins_of_an_earlier_revision_are_greyed_and_read_only(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path
) -> None:
    made, _pins = _with_pins(ctx, tmp_path)
    folder = tmp_path / "v2"
    folder.mkdir()
    newer = designs.import_design(
        ctx.ws, made.job_id, write_box_stl(folder / "bracket.stl", (20, 10, 6))
    ).value
    second = reviews.request_review(ctx.ws, made.job_id, "prof", newer, by="kim").value
    assert reviews.get_review(ctx.ws, made.review_id).status == "superseded"
    ctx.user_name = "kim"
    panel = _panel(qtbot, ctx, second)
    assert panel.pins_title.text() == "Pins (0)"
    assert panel.pin_list.count() == 2
    assert panel.pin_list.item(0).text().startswith("r1 · 1.")
    assert "earlier revision" in panel.pin_list.item(0).text()
    panel.pin_list.setCurrentRow(0)
    assert panel.pin_thread.reply_box.isHidden()
    assert "모서리를 R2로" in panel.pin_thread.conversation.toPlainText()


def test_the_verdicts_show_with_their_verification(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path
) -> None:
    made, _pins = _with_pins(ctx, tmp_path)
    ctx.user_name = "kim"
    panel = _panel(qtbot, ctx, made.review_id)
    assert panel.history.verdicts.text() == "No verdict yet."
    key = canonical.new_private_key()
    verdicts.give_verdict(
        ctx.ws, made.review_id, "changes_requested", note="R2 필요", signer="prof", key=key
    )
    panel.reload()
    _reloaded(qtbot, panel, lambda d: len(d.review.verdicts) == 1)
    text = panel.history.verdicts.text()
    assert "Changes requested" in text and "prof" in text and "R2 필요" in text
    assert "waiting for the square" in text
    assert canonical.fingerprint(canonical.public_key_hex(key)) in text
    assert "receipt comes with the next sync" in panel.history.check.text()
    assert panel.status_badge.text() == "Changes requested"


def test_the_packet_and_the_bcf_file_are_written_off_the_ui_thread(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    made, _pins = _with_pins(ctx, tmp_path)
    ctx.user_name = "kim"
    panel = _panel(qtbot, ctx, made.review_id)
    for button, name, magic in (
        (panel.bcf_button, "review.bcfzip", b"PK"),
        (panel.packet_button, "review.pdf", b"%PDF"),
    ):
        target = tmp_path / name
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, t=target: (str(t), ""))
        button.click()
        assert "Writing" in panel.export_status.text()
        qtbot.waitUntil(lambda: "Saved to" in panel.export_status.text(), timeout=60_000)
        assert name in panel.export_status.text()
        assert target.read_bytes().startswith(magic)
