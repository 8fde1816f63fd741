"""UI fixtures: a real AppContext on a real workspace, offscreen Qt, English by default."""

from __future__ import annotations

import struct
from collections.abc import Callable, Iterator
from pathlib import Path

import numpy as np
import pytest

from app.options import UserSettings
from app.workspace import Workspace
from ui.app_context import AppContext, ChangeBus
from ui.i18n import Translations
from ui.paths import resolve_paths
from ui.tasks import TaskRunner


@pytest.fixture
def ctx(
    qapp: object, workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[AppContext]:
    monkeypatch.setenv("MAKERSQUARE_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("MAKERSQUARE_CONFIG_DIR", str(tmp_path / "config"))
    paths = resolve_paths()
    translations = Translations()
    translations.apply("en")
    context = AppContext(
        paths=paths,
        user_settings=UserSettings(paths.user_settings),
        translations=translations,
        tasks=TaskRunner(),
        bus=ChangeBus(),
        workspace=workspace,
    )
    yield context
    context.tasks.cancel_all()
    context.tasks.wait()
    translations.apply("en")


def box_triangles(sx: float, sy: float, sz: float) -> np.ndarray:
    """12 outward-facing triangles of an axis-aligned box from the origin."""
    v = np.array(
        [
            [0, 0, 0],
            [sx, 0, 0],
            [sx, sy, 0],
            [0, sy, 0],
            [0, 0, sz],
            [sx, 0, sz],
            [sx, sy, sz],
            [0, sy, sz],
        ],
        dtype=np.float32,
    )
    f = [
        (0, 2, 1),
        (0, 3, 2),
        (4, 5, 6),
        (4, 6, 7),
        (0, 1, 5),
        (0, 5, 4),
        (1, 2, 6),
        (1, 6, 5),
        (2, 3, 7),
        (2, 7, 6),
        (3, 0, 4),
        (3, 4, 7),
    ]
    return v[np.array(f)]


@pytest.fixture
def box_stl(tmp_path: Path) -> Callable[..., Path]:
    """Write a binary STL of a box (mm) and return its path."""

    def make(name: str = "bracket.stl", size: tuple[float, float, float] = (20, 10, 5)) -> Path:
        tris = box_triangles(*size)
        path = tmp_path / name
        with path.open("wb") as f:
            f.write(b"maker square test box".ljust(80, b" "))
            f.write(struct.pack("<I", len(tris)))
            for t in tris:
                f.write(struct.pack("<3f", 0, 0, 0))
                f.write(t.astype("<f4").tobytes())
                f.write(b"\0\0")
        return path

    return make
