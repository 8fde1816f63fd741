"""OpenGL tests: they need a real X display (Xvfb with Mesa's software GL), not offscreen.

`tools/check.sh` runs this folder in its own pytest process under `xvfb-run` with
QT_QPA_PLATFORM=xcb (the platform is fixed once per process, and the rest of the suite draws
offscreen). A plain `pytest` over the whole tree collects nothing here and says why in the
header, so that it cannot abort on the offscreen platform.
"""

from __future__ import annotations

import os

_ON_DISPLAY = os.environ.get("QT_QPA_PLATFORM") == "xcb" and bool(os.environ.get("DISPLAY"))

collect_ignore_glob = [] if _ON_DISPLAY else ["test_*.py"]


def pytest_report_header() -> str:
    if _ON_DISPLAY:
        return f"OpenGL tests on display {os.environ.get('DISPLAY')}"
    return "tests/gl not collected: run them under Xvfb with QT_QPA_PLATFORM=xcb (tools/check.sh)"


# -- fixtures for the viewer tests (a real workspace with a real imported STL) -------------
from tests.ui.conftest import box_stl, ctx  # noqa: E402, F401  (re-exported fixtures)
