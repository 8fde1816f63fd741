"""Appearance: light/dark themes and projector mode on the running app, remembered and
applied at start-up; our own colours stay readable in every look."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QColor, QIcon, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QListWidget, QListWidgetItem
from pytestqt.qtbot import QtBot

from app.options import UserSettings
from ui.app_context import AppContext
from ui.gui import apply_style
from ui.style import theme

Role = QPalette.ColorRole


@pytest.fixture(autouse=True)
def restore_app(qapp: QApplication) -> Iterator[QApplication]:
    """Each test starts from and leaves the app as the other UI tests expect it."""
    palette, font, sheet = qapp.palette(), qapp.font(), qapp.styleSheet()
    yield qapp
    qapp.setStyleSheet(sheet)
    qapp.setPalette(palette)
    qapp.setFont(font)
    for prop in ("makersquareTheme", "makersquareProjector", "makersquareBasePointSize"):
        qapp.setProperty(prop, None)


def lightness(colour: QColor) -> int:
    return colour.lightness()


def contrast(a: str, b: str) -> float:
    """WCAG contrast ratio of two #rrggbb colours."""

    def lum(hex_colour: str) -> float:
        c = QColor(hex_colour)
        channels = []
        for v in (c.redF(), c.greenF(), c.blueF()):
            channels.append(v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4)
        r, g, bl = channels
        return 0.2126 * r + 0.7152 * g + 0.0722 * bl

    hi, lo = sorted((lum(a), lum(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def test_dark_theme_repaints_the_app_and_is_remembered_for_the_next_start(
    qapp: QApplication, ctx: AppContext
) -> None:
    theme.set_theme(qapp, ctx.user_settings, "light")
    light_window = qapp.palette().color(Role.Window)
    assert lightness(light_window) > 200
    theme.set_theme(qapp, ctx.user_settings, "dark")
    pal = qapp.palette()
    assert lightness(pal.color(Role.Window)) < 60
    assert lightness(pal.color(Role.WindowText)) > 200
    assert lightness(pal.color(Role.Base)) < 70 and lightness(pal.color(Role.Text)) > 200
    assert theme.current_colours().dark
    # an open label follows at once (no restart)
    label = QLabel("x")
    label.ensurePolished()
    assert lightness(label.palette().color(Role.WindowText)) > 200

    # the next start: a new settings object on the same file, and gui's start-up styling
    again = UserSettings(ctx.paths.user_settings)
    assert again.get("ui.style.theme") == "dark"
    theme.apply(qapp, "light")
    assert lightness(qapp.palette().color(Role.Window)) > 200
    apply_style(qapp, again)
    assert lightness(qapp.palette().color(Role.Window)) < 60
    assert "#272c33" in qapp.styleSheet()  # group boxes and tables in the dark panel colour


def test_projector_mode_enlarges_type_and_goes_back(qapp: QApplication, ctx: AppContext) -> None:
    theme.apply(qapp, "light", projector=False)
    base = qapp.font().pointSizeF()
    theme.set_projector(qapp, ctx.user_settings, True)
    assert qapp.font().pointSizeF() == pytest.approx(base * theme.PROJECTOR_SCALE)
    assert qapp.palette().color(Role.Window) == QColor("#ffffff")  # pure white ...
    assert qapp.palette().color(Role.WindowText) == QColor("#000000")  # ... and black
    assert "border: 3px solid" in qapp.styleSheet()  # thick focus rings
    assert UserSettings(ctx.paths.user_settings).get("ui.projector_mode") is True
    # switching theme keeps projector mode: white on black
    theme.set_theme(qapp, ctx.user_settings, "dark")
    assert qapp.palette().color(Role.Window) == QColor("#000000")
    assert qapp.font().pointSizeF() == pytest.approx(base * theme.PROJECTOR_SCALE)
    theme.set_projector(qapp, ctx.user_settings, False)
    assert qapp.font().pointSizeF() == pytest.approx(base)  # not compounded, not lost
    assert not theme.projector_on()


def test_start_up_applies_saved_projector_mode_to_the_rail(
    qapp: QApplication, ctx: AppContext, qtbot: QtBot
) -> None:
    ctx.user_settings.set("ui.projector_mode", True)
    apply_style(qapp, ctx.user_settings)
    rail = QListWidget()
    qtbot.addWidget(rail)
    rail.setObjectName("navigationRail")
    QListWidgetItem(QIcon(), "Jobs", rail)
    theme.fit_navigation_rail(rail)
    assert rail.iconSize().width() > 40 and rail.width() >= 150
    theme.set_projector(qapp, ctx.user_settings, False)  # open rails shrink back at once
    assert rail.iconSize().width() == 28 and rail.width() == 100


def test_projector_action_toggles_and_follows_settings(qapp: QApplication, ctx: AppContext) -> None:
    theme.apply(qapp, "light")
    act = theme.projector_action(qapp, ctx.user_settings)
    assert act.isCheckable() and not act.isChecked() and act.text()
    act.trigger()
    assert theme.projector_on() and ctx.user_settings.get("ui.projector_mode") is True
    theme.set_projector(qapp, ctx.user_settings, False)  # e.g. from the Settings page
    theme.sync_projector_action(act)
    assert not act.isChecked()


@pytest.mark.parametrize(
    "colours",
    [theme.LIGHT, theme.DARK, theme.PROJECTOR_LIGHT, theme.PROJECTOR_DARK],
    ids=["light", "dark", "projector-light", "projector-dark"],
)
def test_our_own_colours_are_readable_in_every_look(colours: theme.Colours) -> None:
    assert contrast(colours.text, colours.window) >= 7
    assert contrast(colours.text, colours.panel) >= 7
    assert contrast(colours.selection_text, colours.selection) >= 4.5
    assert contrast(colours.rail_selected_text, colours.rail_selected) >= 4.5
    assert contrast(colours.accent_text, colours.accent) >= 4.5  # primary buttons
    assert contrast(colours.muted, colours.panel) >= 4.5  # hints
    for severity in ("error", "warning", "info"):
        assert contrast(colours.severity(severity), colours.panel) >= 4.5, severity
    assert contrast(colours.ok, colours.panel) >= 4.5
    for status, (bg, fg) in colours.badges.items():
        assert contrast(fg, bg) >= 4.5, status
    minimum = 12 if colours in (theme.PROJECTOR_LIGHT, theme.PROJECTOR_DARK) else 7
    assert contrast(colours.text, colours.window) >= minimum


def test_every_stylesheet_placeholder_is_filled(qapp: QApplication) -> None:
    for look in ("light", "dark"):
        for projector in (False, True):
            theme.apply(qapp, look, projector)
            assert "${" not in qapp.styleSheet() and "$" not in qapp.styleSheet()


def test_view_menu_entries_switch_theme_and_stay_ticked_when_settings_change(
    qapp: QApplication, ctx: AppContext, qtbot: QtBot
) -> None:
    from PySide6.QtWidgets import QMainWindow

    window = QMainWindow()
    qtbot.addWidget(window)
    theme.apply(qapp, "light")
    menu_action, projector = theme.make_actions(window, ctx.user_settings)
    menu = menu_action.menu()
    assert isinstance(menu, theme.ThemeMenu) and menu.title() == "&Theme"
    menu.choices["dark"].trigger()
    assert theme.current_colours().dark and ctx.user_settings.get("ui.style.theme") == "dark"
    # projector mode switched in Settings: the menu's tick follows without being shown
    theme.set_projector(qapp, ctx.user_settings, True)
    assert projector.isChecked()
    projector.trigger()
    assert not theme.projector_on() and ctx.user_settings.get("ui.projector_mode") is False
