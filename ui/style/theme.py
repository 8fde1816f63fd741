"""Appearance: light and dark themes and the classroom projector mode, applied to the running app.

One palette per look (`Colours`) feeds both the QPalette (so Qt's own widgets and pyqtgraph
charts, which read `QApplication.palette()`, follow it) and the small stylesheet template in
resources/styles/app.qss (our own badges, the navigation rail, group boxes). Projector mode
is large type (x1.6), pure black on white or white on black, thick focus rings and taller rows,
on top of either theme. Everything applies at once to open windows; nothing needs a restart.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from string import Template
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QColor,
    QFontMetrics,
    QGuiApplication,
    QIcon,
    QPainter,
    QPalette,
)
from PySide6.QtWidgets import QApplication, QListWidget, QMenu, QTableView, QWidget

import resources
from ui.style.palettes import (
    DARK,
    LIGHT,
    PROJECTOR_DARK,
    PROJECTOR_LIGHT,
    Colours,
    colours_for,
)

if TYPE_CHECKING:
    from app.options import UserSettings

log = logging.getLogger(__name__)
__all__ = ["DARK", "LIGHT", "PROJECTOR_DARK", "PROJECTOR_LIGHT", "Colours", "colours_for"]

STYLE_TEMPLATE = Path(resources.__file__).resolve().parent / "styles" / "app.qss"
THEMES = ("system", "light", "dark")
PROJECTOR_SCALE = 1.6
_PROP_THEME = "makersquareTheme"  # the look applied last: "light" or "dark"
_PROP_PROJECTOR = "makersquareProjector"
_PROP_BASE_PT = "makersquareBasePointSize"  # the font size before projector mode scaled it
FUSION_SET = "makersquareFusion"  # app property: the Fusion style is in use
# a rail item's icon before tinting: Qt.ItemDataRole.UserRole (256) + 77, written as a number
# because touching the Qt namespace builds all its enums (~25 ms before the window shows)
_ORIGINAL_ICON_ROLE = 256 + 77


@dataclass(frozen=True)
class Metrics:
    """Sizes that grow in projector mode (pixels unless named _pt)."""

    focus_width: int
    border_width: int
    padding: int
    rail_icon: int
    rail_width: int
    rail_cell: QSize
    indicator: int  # check box and radio button size
    small_pt: float
    rail_pt: float


def metrics(projector: bool, base_pt: float) -> Metrics:
    scale = PROJECTOR_SCALE if projector else 1.0
    return Metrics(
        focus_width=3 if projector else 2,
        border_width=2 if projector else 1,
        padding=8 if projector else 5,
        rail_icon=44 if projector else 28,
        rail_width=150 if projector else 100,
        rail_cell=QSize(140, 104) if projector else QSize(96, 72),
        indicator=22 if projector else 15,
        small_pt=round(base_pt * scale * 0.94, 1),
        rail_pt=round(base_pt * scale, 1),
    )


def resolve(theme: str) -> str:
    """Light or dark for a theme setting; "system" follows the desktop's colour scheme."""
    if theme in ("light", "dark"):
        return theme
    app = QCoreApplication.instance()
    if app is not None and not app.property(_PROP_THEME):
        # before our palette is set the platform's own tells (without the Qt namespace's
        # enums, which styleHints().colorScheme() would build: ~25 ms at start-up)
        return "dark" if QGuiApplication.palette().window().color().lightness() < 128 else "light"
    from PySide6.QtCore import Qt

    hints = QGuiApplication.styleHints()
    return "dark" if hints.colorScheme() == Qt.ColorScheme.Dark else "light"


def current_colours(app: QCoreApplication | None = None) -> Colours:
    """The colours in force now (light until a theme is applied)."""
    app = app or QCoreApplication.instance()
    if app is None:
        return LIGHT
    look = str(app.property(_PROP_THEME) or "light")
    return colours_for(look, bool(app.property(_PROP_PROJECTOR)))


def projector_on(app: QCoreApplication | None = None) -> bool:
    app = app or QCoreApplication.instance()
    return bool(app is not None and app.property(_PROP_PROJECTOR))


def palette(c: Colours) -> QPalette:
    p = QPalette()
    role = QPalette.ColorRole
    for r, value in (
        (role.Window, c.window),
        (role.WindowText, c.text),
        (role.Base, c.panel),
        (role.AlternateBase, c.alt_panel),
        (role.Text, c.text),
        (role.Button, c.panel),
        (role.ButtonText, c.text),
        (role.BrightText, c.error),
        (role.Highlight, c.selection),
        (role.HighlightedText, c.selection_text),
        (role.ToolTipBase, c.panel),
        (role.ToolTipText, c.text),
        (role.PlaceholderText, c.muted),
        (role.Link, c.link),
        (role.LinkVisited, c.link),
        (role.Accent, c.accent),
        (role.Light, c.hover),
        (role.Midlight, c.alt_panel),
        (role.Mid, c.border),
        (role.Dark, c.border),
        (role.Shadow, "#000000"),
    ):
        p.setColor(r, QColor(value))
    disabled = QColor(c.disabled)
    for r in (role.WindowText, role.Text, role.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, r, disabled)
    return p


def stylesheet(c: Colours, m: Metrics) -> str:
    values: dict[str, object] = {k: v for k, v in vars(c).items() if isinstance(v, str)}
    values.update(
        focus_w=m.focus_width,
        border_w=m.border_width,
        pad=m.padding,
        pad_small=max(2, m.padding // 2),
        field_pad=3 + m.focus_width - m.border_width,
        field_pad_focus=3,
        indicator_rules=_indicator_rules(c, m),
        rail_icon=m.rail_icon,
        rail_w=m.rail_width,
        small_pt=m.small_pt,
        rail_pt=m.rail_pt,
        primary_hover=QColor(c.accent).lighter(115 if not c.dark else 110).name(),
    )
    for status, (bg, fg) in c.badges.items():
        values[f"badge_{status}_bg"], values[f"badge_{status}_fg"] = bg, fg
    return Template(STYLE_TEMPLATE.read_text(encoding="utf-8")).substitute(values)


def _indicator_rules(c: Colours, m: Metrics) -> str:
    """Our own check boxes where Fusion's would be too small (projector mode) or too faint
    (its outline on a dark panel); the light theme keeps Fusion's."""
    if not (c.dark or m.indicator > 15):
        return ""
    light_tick = QColor(c.accent_text).lightness() > 128
    tick = (
        STYLE_TEMPLATE.parent / ("check_white.svg" if light_tick else "check_black.svg")
    ).as_posix()
    size, line = m.indicator, m.border_width
    box = f"width: {size}px; height: {size}px; border: {line}px solid {c.text};"
    ring = f"border: {m.focus_width}px solid {c.focus};"
    return "\n".join(
        (
            f"QCheckBox::indicator {{ {box} border-radius: 3px; background: {c.panel}; }}",
            f"QRadioButton::indicator {{ {box} border-radius: {size // 2}px; "
            f"background: {c.panel}; }}",
            f"QCheckBox::indicator:checked {{ background: {c.accent}; "
            f'border-color: {c.accent}; image: url("{tick}"); }}',
            f"QRadioButton::indicator:checked {{ background: {c.accent}; }}",
            f"QCheckBox::indicator:focus, QRadioButton::indicator:focus {{ {ring} }}",
        )
    )


def apply(app: QApplication, theme: str = "system", projector: bool = False) -> Colours:
    """Apply a theme setting and projector mode to the running app; returns the colours."""
    look = resolve(theme)
    c = colours_for(look, projector)
    if not app.property(FUSION_SET):
        # the same look on every desktop; follows our palette exactly. (Asking app.style()
        # first would build the platform's own style for nothing: ~30 ms at start-up.)
        app.setStyle("Fusion")
        app.setProperty(FUSION_SET, True)
    base_pt = app.property(_PROP_BASE_PT)
    if not base_pt:
        base_pt = app.font().pointSizeF() if app.font().pointSizeF() > 0 else 10.0
        app.setProperty(_PROP_BASE_PT, base_pt)
    font = app.font()
    font.setPointSizeF(float(base_pt) * (PROJECTOR_SCALE if projector else 1.0))
    app.setProperty(_PROP_THEME, look)
    app.setProperty(_PROP_PROJECTOR, projector)
    app.setProperty("makersquareThemeSetting", theme)
    app.setPalette(palette(c))
    app.setFont(font)
    m = metrics(projector, float(base_pt))
    app.setStyleSheet(stylesheet(c, m))
    _fit_open_widgets(app, m)
    for top in app.topLevelWidgets():
        for act in top.findChildren(QAction, PROJECTOR_ACTION):
            sync_projector_action(act)
    log.info("theme %s (%s), projector %s", theme, look, projector)
    return c


def apply_saved(app: QApplication, user_settings: UserSettings) -> Colours:
    """At start-up, before the window shows: the theme and projector mode the user chose."""
    colours = apply(
        app, str(user_settings.get("ui.style.theme")), bool(user_settings.get("ui.projector_mode"))
    )
    hints = QGuiApplication.styleHints()

    def follow_system(_scheme: object) -> None:
        if app.property("makersquareThemeSetting") == "system":
            apply(app, "system", projector_on(app))

    if not app.property("makersquareFollowsSystem"):
        app.setProperty("makersquareFollowsSystem", True)
        hints.colorSchemeChanged.connect(follow_system)
    return colours


def fit_navigation_rail(
    rail: QListWidget, app: QCoreApplication | None = None, *, tint: bool = True
) -> None:
    """Size the rail's icons and cells for the current mode (call after building the rail);
    `tint=False` leaves the icons' colour for later (painting them costs ~10 ms at start)."""
    app = app or QCoreApplication.instance()
    base = float(app.property(_PROP_BASE_PT) or 10.0) if app else 10.0
    m = metrics(projector_on(app), base)
    rail.setIconSize(QSize(m.rail_icon, m.rail_icon))
    rail.setGridSize(m.rail_cell)
    rail.setFixedWidth(m.rail_width)
    cell = QSize(m.rail_cell.width() - 8, m.rail_cell.height() - 8)
    if not tint:
        for i in range(rail.count()):
            item = rail.item(i)
            if item is not None:
                item.setSizeHint(cell)
        return
    c = current_colours(app)
    for i in range(rail.count()):
        item = rail.item(i)
        if item is None:
            continue
        item.setSizeHint(cell)
        original = item.data(_ORIGINAL_ICON_ROLE)
        if not isinstance(original, QIcon):
            original = item.icon()
            item.setData(_ORIGINAL_ICON_ROLE, original)
        item.setIcon(tinted(original, c.text, m.rail_icon, selected=c.rail_selected_text))


def tinted(icon: QIcon, colour: str, size: int, *, selected: str | None = None) -> QIcon:
    """A one-colour icon (our line icons) recoloured for the theme; `selected` for the
    Selected mode (the rail's highlighted item)."""
    out = QIcon()
    for mode, value in ((QIcon.Mode.Normal, colour), (QIcon.Mode.Selected, selected or colour)):
        for scale in (1, 2):
            pix = icon.pixmap(QSize(size, size) * scale)
            if pix.isNull():
                continue
            painter = QPainter(pix)
            painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)
            painter.fillRect(pix.rect(), QColor(value))
            painter.end()
            pix.setDevicePixelRatio(scale)
            out.addPixmap(pix, mode)
    return out


def _fit_open_widgets(app: QApplication, m: Metrics) -> None:
    """Widgets already on screen: taller table rows for the new font, a bigger rail."""
    widgets = app.allWidgets()
    if not widgets:  # at start-up: nothing to fit (and no font metrics to load yet)
        return
    row = QFontMetrics(app.font()).height() + 2 * m.padding + 2
    for w in widgets:
        if isinstance(w, QTableView):
            w.verticalHeader().setDefaultSectionSize(row)
        elif isinstance(w, QListWidget) and w.objectName() == "navigationRail":
            fit_navigation_rail(w, app)


PROJECTOR_ACTION = "projectorModeAction"  # object name: apply() keeps these ticked right


def projector_action(parent: QObject, user_settings: UserSettings) -> QAction:
    """A checkable "Projector mode" action for a menu (e.g. View); remembers the choice and
    stays ticked right when projector mode is switched elsewhere (Settings)."""
    act = QAction(parent)
    act.setObjectName(PROJECTOR_ACTION)
    act.setCheckable(True)
    act.setChecked(bool(user_settings.get("ui.projector_mode")))
    act.setShortcut("Ctrl+Shift+P")

    def toggled(on: bool) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication) and on != projector_on(app):
            set_projector(app, user_settings, on)

    act.toggled.connect(toggled)
    retranslate_projector_action(act)
    return act


def sync_projector_action(act: QAction) -> None:
    """Tick the action to match the app (apply() does this for actions parented to a window)."""
    blocked = act.blockSignals(True)
    act.setChecked(projector_on())
    act.blockSignals(blocked)


def retranslate_projector_action(act: QAction) -> None:
    act.setText(QCoreApplication.translate("Theme", "&Projector mode (large, high contrast)"))


class ThemeMenu(QMenu):
    """View → Theme: follow the system, light or dark (ticked as in force); re-translates
    itself and the projector action it is handed."""

    def __init__(self, parent: QWidget, user_settings: UserSettings, projector: QAction) -> None:
        super().__init__(parent)
        self.user_settings, self.projector = user_settings, projector
        self.group = QActionGroup(self)
        self.choices: dict[str, QAction] = {}
        for code in THEMES:
            act = QAction(self, checkable=True)
            act.triggered.connect(lambda _=False, c=code: self._on_chosen(c))
            self.group.addAction(act)
            self.addAction(act)
            self.choices[code] = act
        self.aboutToShow.connect(self.sync)
        self.sync()
        self.retranslate()

    def _on_chosen(self, code: str) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication):
            set_theme(app, self.user_settings, code)

    def sync(self) -> None:
        self.choices[str(self.user_settings.get("ui.style.theme"))].setChecked(True)

    def retranslate(self) -> None:
        translate = QCoreApplication.translate
        self.setTitle(translate("Theme", "&Theme"))
        self.choices["system"].setText(translate("Theme", "Follow the &system"))
        self.choices["light"].setText(translate("Theme", "&Light"))
        self.choices["dark"].setText(translate("Theme", "&Dark"))
        retranslate_projector_action(self.projector)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def make_actions(window: QWidget, user_settings: UserSettings) -> list[QAction]:
    """The View menu's appearance entries: the Theme submenu and the projector-mode toggle
    (ui/shell/menus.py adds what this returns)."""
    projector = projector_action(window, user_settings)
    menu = ThemeMenu(window, user_settings, projector)
    return [menu.menuAction(), projector]


def set_theme(app: QApplication, user_settings: UserSettings, theme: str) -> Colours:
    """Remember a theme choice and apply it now, keeping projector mode as it is."""
    user_settings.set("ui.style.theme", theme)
    return apply(app, theme, bool(user_settings.get("ui.projector_mode")))


def set_projector(app: QApplication, user_settings: UserSettings, on: bool) -> Colours:
    """Remember projector mode on/off and apply it now."""
    user_settings.set("ui.projector_mode", on)
    return apply(app, str(user_settings.get("ui.style.theme")), on)
