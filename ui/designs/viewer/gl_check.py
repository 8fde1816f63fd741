"""Whether this computer can draw the 3D view, asked once before any GL widget is made.

The offscreen and minimal platforms have no OpenGL at all; a remote desktop or an old
driver may give a context older than the 2.1 pyqtgraph needs (Windows' own GDI renderer
is 1.1). `MAKERSQUARE_NO_GL=1` forces the picture, for a machine where GL misbehaves.
"""

from __future__ import annotations

import logging
import os

from PySide6.QtGui import QGuiApplication, QOffscreenSurface, QOpenGLContext

log = logging.getLogger(__name__)

_NO_GL_PLATFORMS = frozenset({"offscreen", "minimal", "vnc"})
_cached: list[str | None] = []


def opengl_problem() -> str | None:
    """None when OpenGL 2.1 or newer works here, else a short reason for the log."""
    if os.environ.get("MAKERSQUARE_NO_GL"):
        return "switched off by MAKERSQUARE_NO_GL"
    platform = QGuiApplication.platformName()
    if platform in _NO_GL_PLATFORMS:
        return f"the {platform} platform has no OpenGL"
    if not _cached:
        _cached.append(_probe())
        if _cached[0]:
            log.warning("3D view unavailable: %s", _cached[0])
    return _cached[0]


def _probe() -> str | None:
    context = QOpenGLContext()
    if not context.create():
        return "no OpenGL context could be created"
    surface = QOffscreenSurface()
    surface.setFormat(context.format())
    surface.create()
    try:
        if not surface.isValid() or not context.makeCurrent(surface):
            return "the OpenGL context does not work"
        version = context.format().version()
        if not context.isOpenGLES() and version < (2, 1):
            return f"OpenGL {version[0]}.{version[1]} is older than 2.1"
        return None
    finally:
        context.doneCurrent()
        surface.destroy()
