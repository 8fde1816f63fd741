"""Fixtures shared by every test package. Keep each one small and generic."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.workspace import Workspace, open_workspace

# Qt widgets in tests draw offscreen unless a test asks for a display (Xvfb) itself; a bare
# `pytest` would otherwise abort creating the QApplication on a machine without a screen.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture
def workspace(tmp_path: Path) -> Iterator[Workspace]:
    """A real, newly created workspace (SQLite file, files/ folder) in `tmp_path / "ws"`."""
    ws = open_workspace(tmp_path / "ws")
    yield ws
    ws.close()
