"""The command line as a script would use it: real processes, real workspace files."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.catalogue import ProfileData, save_profile
from app.jobs import jobs
from app.quotes import quotes
from app.workspace import head_revision, open_workspace

EXE = [sys.executable, "-m", "ui.main"]


def run(*args: str, env_extra: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", LANG="C.UTF-8", LC_ALL="C.UTF-8")
    env.update(env_extra or {})
    return subprocess.run(
        [*EXE, *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        cwd=Path(__file__).resolve().parents[3],
    )


@pytest.fixture
def env_dirs(tmp_path: Path) -> dict[str, str]:
    return {
        "MAKERSQUARE_DATA_DIR": str(tmp_path / "data"),
        "MAKERSQUARE_CONFIG_DIR": str(tmp_path / "config"),
    }


def test_version() -> None:
    out = run("--version")
    assert out.returncode == 0
    assert out.stdout.startswith("makersquare 0.")


def test_workspace_info_check_backup(tmp_path: Path, env_dirs: dict[str, str]) -> None:
    ws_dir = tmp_path / "ws"
    ws = open_workspace(ws_dir)
    jobs.create_job(ws, "Ring", customer="김공방")
    ws.close()
    info = run("workspace", "info", "--workspace", str(ws_dir), env_extra=env_dirs)
    assert info.returncode == 0, info.stderr
    assert "jobs: 1" in info.stdout and f"Schema revision: {head_revision()}" in info.stdout
    check = run("--workspace", str(ws_dir), "workspace", "check", env_extra=env_dirs)
    assert check.returncode == 0, check.stderr
    assert "Integrity: ok" in check.stdout
    backup = run("workspace", "backup", "--workspace", str(ws_dir), env_extra=env_dirs)
    assert backup.returncode == 0, backup.stderr
    copies = list((ws_dir / "backups").glob("workspace-*-manual.sqlite"))
    assert len(copies) == 1
    conn = sqlite3.connect(copies[0])
    assert conn.execute("SELECT count(*) FROM job").fetchone() == (1,)
    conn.close()


def test_quote_pdf_from_the_command_line(tmp_path: Path, env_dirs: dict[str, str]) -> None:
    ws_dir = tmp_path / "ws"
    ws = open_workspace(ws_dir)
    save_profile(
        ws,
        ProfileData(
            business_name="을지로 메이커 공방",
            representative="김태호",
            registration_no="1168200276",
        ),
    )
    job = jobs.create_job(ws, "은반지 시제품", customer="소소주얼리").value
    rev = quotes.create_quote(ws, job).value
    quotes.add_line(ws, rev, "은반지 (925)", spec="13호", quantity=2, unit_price=45_000)
    number = quotes.get_revision(ws, rev).quote_number
    ws.close()
    out_pdf = tmp_path / "q.pdf"
    # the global option before the subcommand must be honoured
    res = run(
        "--workspace",
        str(ws_dir),
        "quote",
        "pdf",
        number,
        "-o",
        str(out_pdf),
        "--lang",
        "ko",
        env_extra=env_dirs,
    )
    assert res.returncode == 0, res.stderr
    text = " ".join(page.extract_text() for page in PdfReader(out_pdf).pages)
    assert "을지로 메이커 공방" in text and "116-82-00276" in text
    assert "은반지 (925)" in text
    assert "구만구천" in text  # 99,000 won in words


@pytest.mark.parametrize(
    ("setup", "args", "expect"),
    [
        ("none", ("quote", "pdf", "Q-2026-9999", "-o", "x.pdf"), "no longer exists"),
        ("newer", ("workspace", "info"), "newer version"),
        ("garbage", ("workspace", "info"), "not a Maker Square workspace"),
        ("missing", ("workspace", "check"), "No workspace was found"),
    ],
)
def test_errors_are_one_line_on_stderr_with_nonzero_exit(
    tmp_path: Path, env_dirs: dict[str, str], setup: str, args: tuple[str, ...], expect: str
) -> None:
    ws_dir = tmp_path / "ws"
    if setup in ("none", "newer"):
        open_workspace(ws_dir).close()
    if setup == "newer":
        conn = sqlite3.connect(ws_dir / "workspace.sqlite")
        conn.execute("UPDATE alembic_version SET version_num='9999'")
        conn.commit()
        conn.close()
    if setup == "garbage":
        ws_dir.mkdir()
        (ws_dir / "workspace.sqlite").write_bytes(b"not a database" * 100)
    res = run(*args, "--workspace", str(ws_dir), env_extra=env_dirs)
    assert res.returncode != 0
    lines = res.stderr.strip().splitlines()
    assert len(lines) == 1, res.stderr
    assert lines[0].startswith("makersquare: ") and expect in lines[0]
    assert "Traceback" not in res.stderr


def test_errors_speak_korean_when_asked(tmp_path: Path, env_dirs: dict[str, str]) -> None:
    res = run(
        "workspace",
        "check",
        "--workspace",
        str(tmp_path / "nowhere"),
        "--lang",
        "ko",
        env_extra=env_dirs,
    )
    assert res.returncode != 0
    assert any("\uac00" <= ch <= "\ud7a3" for ch in res.stderr), res.stderr  # Hangul


def test_demo_builds_a_full_workspace(tmp_path: Path, env_dirs: dict[str, str]) -> None:
    ws_dir = tmp_path / "demo"
    res = run("demo", "--workspace", str(ws_dir), "--no-window", env_extra=env_dirs)
    assert res.returncode == 0, res.stderr
    ws = open_workspace(ws_dir, create=False)
    try:
        rows = jobs.list_jobs(ws)
        assert len(rows) >= 10
        assert len({r.status for r in rows}) >= 8
        assert len(quotes.list_quotes(ws)) >= 5
    finally:
        ws.close()
    again = run("demo", "--workspace", str(ws_dir), "--no-window", env_extra=env_dirs)
    assert again.returncode == 1 and "already holds the demo" in again.stderr


def test_the_window_start_is_parsed_without_the_commands_parser() -> None:
    from ui.main import _window_only

    args = _window_only(["--workspace", "/tmp/w", "--lang", "ko"])
    assert args is not None and str(args.workspace) == "/tmp/w" and args.lang == "ko"
    assert args.command is None
    for other in (["demo"], ["--workspace", "/w", "job", "list"], ["--help"], ["--lang", "xx"]):
        assert _window_only(other) is None  # the full parser answers these
