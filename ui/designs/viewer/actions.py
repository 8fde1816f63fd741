"""The viewer window's toolbar: its actions, their keys and their words.

The window connects them; this only makes them, names them and turns them on or off. The
pin tool's action is hidden until the window is told pinning is allowed (in a review).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QToolBar, QWidget

translate = QCoreApplication.translate


class ViewerActions:
    def __init__(self, parent: QWidget, toolbar: QToolBar) -> None:
        self._parent, self._toolbar = parent, toolbar
        self.fit = self._add("F")
        self.views = {name: self._add(key) for name, key in _VIEW_KEYS}
        toolbar.addSeparator()
        group = QActionGroup(parent)
        self.styles: dict[str, QAction] = {}
        for name, key in (("shaded", "S"), ("wireframe", "W"), ("both", "B")):
            self.styles[name] = group.addAction(self._add(key, checkable=True))
        self.styles["shaded"].setChecked(True)
        toolbar.addSeparator()
        self.measure = self._add("M", checkable=True)
        self.section = self._add("C", checkable=True)
        self.volume = self._add("V", checkable=True)
        self.pin = self._add("P", checkable=True)
        self.pin.setObjectName("pinAction")
        self.pin.setVisible(False)
        toolbar.addSeparator()
        self.screenshot = self._add("Ctrl+S")
        self._pinning = False
        self._tools_on = False

    def _add(self, key: str, *, checkable: bool = False) -> QAction:
        action = QAction(self._parent)
        action.setShortcut(QKeySequence(key))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.setCheckable(checkable)
        self._toolbar.addAction(action)
        return action

    def set_tools_enabled(self, on: bool) -> None:
        """Every tool on (a design is shown) or off; the pin tool only where pinning is allowed."""
        self._tools_on = on
        for act in (
            self.fit,
            self.measure,
            self.section,
            self.volume,
            self.screenshot,
            *self.views.values(),
            *self.styles.values(),
        ):
            act.setEnabled(on)
        self.pin.setEnabled(on and self._pinning)

    def set_pinning(self, on: bool) -> None:
        self._pinning = on
        self.pin.setVisible(on)
        self.pin.setEnabled(on and self._tools_on)

    def retranslate(self) -> None:
        # the window's context, where these words have always been (written out for lupdate)
        names = {
            self.fit: (
                translate("DesignViewerWindow", "Fit"),
                translate("DesignViewerWindow", "Show the whole part"),
            ),
            self.views["front"]: (
                translate("DesignViewerWindow", "Front"),
                translate("DesignViewerWindow", "Look from the front"),
            ),
            self.views["top"]: (
                translate("DesignViewerWindow", "Top"),
                translate("DesignViewerWindow", "Look from above"),
            ),
            self.views["right"]: (
                translate("DesignViewerWindow", "Right"),
                translate("DesignViewerWindow", "Look from the right"),
            ),
            self.views["iso"]: (
                translate("DesignViewerWindow", "Iso"),
                translate("DesignViewerWindow", "Look from the front, right and above"),
            ),
            self.styles["shaded"]: (
                translate("DesignViewerWindow", "Shaded"),
                translate("DesignViewerWindow", "Shaded surfaces"),
            ),
            self.styles["wireframe"]: (
                translate("DesignViewerWindow", "Wireframe"),
                translate("DesignViewerWindow", "Triangle edges only"),
            ),
            self.styles["both"]: (
                translate("DesignViewerWindow", "Both"),
                translate("DesignViewerWindow", "Shaded surfaces with their edges"),
            ),
            self.measure: (
                translate("DesignViewerWindow", "Measure"),
                translate("DesignViewerWindow", "Click two points, or the edge of a hole"),
            ),
            self.section: (
                translate("DesignViewerWindow", "Section"),
                translate("DesignViewerWindow", "Cut the part with a plane"),
            ),
            self.volume: (
                translate("DesignViewerWindow", "Build volume"),
                translate("DesignViewerWindow", "Show the machine's build volume"),
            ),
            self.pin: (
                translate("DesignViewerWindow", "Pin a comment"),
                translate("DesignViewerWindow", "Click on the part to pin a comment there"),
            ),
            self.screenshot: (
                translate("DesignViewerWindow", "Picture…"),
                translate("DesignViewerWindow", "Save the view as a PNG picture"),
            ),
        }
        for action, (text, tip) in names.items():
            action.setText(text)
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{tip} ({keys})" if keys else tip)


_VIEW_KEYS = (("front", "1"), ("top", "7"), ("right", "3"), ("iso", "0"))
