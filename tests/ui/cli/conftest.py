"""`makersquare sync|job|review|…` and `makersquare square user …` against a real square:
the square's fixtures (`square`; `sq`, one with kim, lee and prof), from tests/sync; and
`pc_cli`, a `makersquare` per simulated PC with its own keyring (tests/keyring_file.py), for
the commands that sign (`review verdict`)."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.sync.conftest import sq, square  # noqa: F401  (re-exported fixtures)

ROOT = Path(__file__).resolve().parents[3]
PcCli = Callable[..., subprocess.CompletedProcess[str]]


@pytest.fixture
def pc_cli(tmp_path: Path) -> PcCli:
    """`run(ws, *args, stdin=None, keyring=True)`: `makersquare --workspace tmp_path/ws …` in
    a real process. Each workspace name is one PC, with its keyring in
    tmp_path/keyrings/<ws>.json; `keyring=False` is a PC without one (headless Linux)."""
    base = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        LANG="C.UTF-8",
        LC_ALL="C.UTF-8",
        MAKERSQUARE_DATA_DIR=str(tmp_path / "data"),
        MAKERSQUARE_CONFIG_DIR=str(tmp_path / "config"),
    )

    def run(
        ws: str, *args: str, stdin: str | None = None, keyring: bool = True
    ) -> subprocess.CompletedProcess[str]:
        env = dict(base, PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
        if keyring:
            env["PYTHON_KEYRING_BACKEND"] = "tests.keyring_file.FileKeyring"
            env["MAKERSQUARE_TEST_KEYRING"] = str(tmp_path / "keyrings" / f"{ws}.json")
        return subprocess.run(
            [sys.executable, "-m", "ui.main", "--workspace", str(tmp_path / ws), *args],
            input=stdin,
            capture_output=True,
            text=True,
            timeout=120,
            env=env,
            cwd=ROOT,
        )

    return run
