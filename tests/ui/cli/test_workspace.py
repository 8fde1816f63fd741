"""The command line with the workspace in bad places: one line on stderr, its own exit code
(ui/cli/exit_codes.py), and nothing lost — the files and rows are checked after each.

Real processes and real files; the read-only folder and the full disk are real too where
the machine allows (tests/bad_places.py says how, and skips with why where it does not).
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest

from app.jobs import jobs
from app.workspace import DB_NAME, open_workspace
from tests.bad_places import fill_disk, held, read_only, tiny_disk
from tests.stl_files import write_box_stl
from ui.cli.exit_codes import (
    EXIT_DAMAGED,
    EXIT_DISK_FULL,
    EXIT_LOCKED,
    EXIT_READ_ONLY,
)

REPO = Path(__file__).resolve().parents[3]


@pytest.fixture
def cli(tmp_path: Path) -> object:
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        LANG="C.UTF-8",
        LC_ALL="C.UTF-8",
        MAKERSQUARE_DATA_DIR=str(tmp_path / "data"),
        MAKERSQUARE_CONFIG_DIR=str(tmp_path / "config"),
    )

    def run(*args: str | Path) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "ui.main", *map(str, args)],
            capture_output=True,
            text=True,
            timeout=120,
            env=env,
            cwd=REPO,
        )

    return run


def _one_line(res: subprocess.CompletedProcess[str], code: int, *words: str) -> str:
    assert res.returncode == code, (res.returncode, res.stderr)
    lines = res.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("makersquare: "), res.stderr
    assert all(w in lines[0] for w in words), lines[0]
    assert "Traceback" not in res.stderr
    return lines[0]


def _titles(root: Path) -> list[str]:
    with closing(sqlite3.connect(f"file:{root / DB_NAME}?mode=ro", uri=True)) as conn:
        return [r[0] for r in conn.execute("SELECT title FROM job ORDER BY number")]


@pytest.fixture
def ws_dir(tmp_path: Path) -> Path:
    """A workspace with a job, a backup, then a second job."""
    root = tmp_path / "ws"
    ws = open_workspace(root)
    jobs.create_job(ws, "은반지")
    ws.backup_now()
    jobs.create_job(ws, "백업 뒤")
    ws.close()
    return root


def test_a_workspace_open_elsewhere(cli, ws_dir: Path) -> None:  # type: ignore[no-untyped-def]
    with held(ws_dir):  # a window (another process) has it open
        res = cli("job", "add", "세 번째", "--workspace", ws_dir)
        _one_line(res, EXIT_LOCKED, "open in another Maker Square window or command")
        listed = cli("job", "list", "--workspace", ws_dir)  # reading needs no lock
        assert listed.returncode == 0 and "백업 뒤" in listed.stdout, listed.stderr
        info = cli("workspace", "info", "--workspace", ws_dir)
        assert info.returncode == 0 and "jobs: 2" in info.stdout, info.stderr
        backup = next((ws_dir / "backups").glob("*.sqlite"))
        _one_line(cli("workspace", "restore", backup, "--workspace", ws_dir), EXIT_LOCKED)
    assert _titles(ws_dir) == ["은반지", "백업 뒤"]
    assert cli("job", "add", "세 번째", "--workspace", ws_dir).returncode == 0


def test_an_empty_workspace_file_names_its_backup_and_restores(  # type: ignore[no-untyped-def]
    cli, ws_dir: Path
) -> None:
    backup = next((ws_dir / "backups").glob("*.sqlite"))
    (ws_dir / DB_NAME).write_bytes(b"")
    line = _one_line(cli("job", "add", "x", "--workspace", ws_dir), EXIT_DAMAGED, "is empty")
    assert str(backup) in line and "makersquare workspace restore" in line
    assert (ws_dir / DB_NAME).stat().st_size == 0  # not re-initialised

    listing = cli("workspace", "restore", "--workspace", ws_dir)  # which backups are there
    assert listing.returncode == 2 and str(backup) in listing.stdout

    res = cli("workspace", "restore", backup.name, "--workspace", ws_dir)  # a name will do
    assert res.returncode == 0, res.stderr
    assert "Integrity: ok" in res.stdout and "before-restore-" in res.stdout
    aside = next(ws_dir.glob(f"{DB_NAME}.before-restore-*"))
    assert aside.stat().st_size == 0  # kept, not deleted
    assert _titles(ws_dir) == ["은반지"]


def test_a_damaged_workspace_file_says_damaged_not_foreign(  # type: ignore[no-untyped-def]
    cli, ws_dir: Path
) -> None:
    db = ws_dir / DB_NAME
    data = db.read_bytes()
    db.write_bytes(data[: len(data) // 2])
    line = _one_line(cli("workspace", "info", "--workspace", ws_dir), EXIT_DAMAGED, "damaged")
    assert "not a Maker Square workspace" not in line and "backups" in line
    ko = cli("workspace", "check", "--workspace", ws_dir, "--lang", "ko")
    assert ko.returncode == EXIT_DAMAGED
    assert db.read_bytes() == data[: len(data) // 2]


def test_a_read_only_folder_can_be_looked_at_not_written(  # type: ignore[no-untyped-def]
    cli, ws_dir: Path
) -> None:
    with read_only(ws_dir):
        info = cli("workspace", "info", "--workspace", ws_dir)
        assert info.returncode == 0, info.stderr
        assert "jobs: 2" in info.stdout and "Read-only" in info.stdout
        res = cli("job", "add", "안 됨", "--workspace", ws_dir)
        _one_line(res, EXIT_READ_ONLY, "cannot write to the workspace", str(ws_dir))
    assert _titles(ws_dir) == ["은반지", "백업 뒤"]


def test_a_full_disk_on_every_write_command(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    stl = write_box_stl(tmp_path / "gear.stl", (30, 30, 8))
    with tiny_disk(tmp_path / "disk") as disk:
        root = disk / "ws"
        ws = open_workspace(root)
        job_id = jobs.create_job(ws, "꽉 찬 디스크").value
        ws.close()
        filler = fill_disk(disk)
        for args in (
            ("job", "add", "새 일"),
            ("design", "import", job_id, stl),
            ("workspace", "backup"),
        ):
            _one_line(cli(*args, "--workspace", root), EXIT_DISK_FULL, "The disk is full")
        assert not list(root.rglob("*.part")) and not list(root.rglob(".incoming-*"))
        filler.unlink()
        assert _titles(root) == ["꽉 찬 디스크"]
        with closing(sqlite3.connect(root / DB_NAME)) as conn:
            assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
            assert conn.execute("SELECT count(*) FROM design_revision").fetchone() == (0,)


@pytest.mark.skipif(os.name == "nt", reason="Windows names are Unicode")
def test_design_import_of_a_cp949_file_name(cli, ws_dir: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    source = write_box_stl(tmp_path / os.fsdecode(b"\xb1\xe2\xbe\xee.stl"), (20, 10, 5))
    job_id = cli("job", "list", "--json", "--workspace", ws_dir).stdout.split('"id": "')[1][:36]
    res = cli("design", "import", job_id, source, "--workspace", ws_dir)
    assert res.returncode == 0, res.stderr
    with closing(sqlite3.connect(ws_dir / DB_NAME)) as conn:
        assert conn.execute("SELECT original_name FROM design_revision").fetchall() == [
            ("기어.stl",)
        ]


def test_a_job_title_over_the_limit(cli, ws_dir: Path) -> None:  # type: ignore[no-untyped-def]
    res = cli("job", "add", "가" * 301, "--workspace", ws_dir)
    _one_line(res, 1, "at most 300 characters", "301")
    assert _titles(ws_dir) == ["은반지", "백업 뒤"]
