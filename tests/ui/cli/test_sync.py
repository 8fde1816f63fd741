"""The sync commands as scripts use them: real `makersquare` processes, a real square."""

from __future__ import annotations

import json
import socket
import subprocess
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.stl_files import write_box_stl

PASSWORDS = {"kim": "kim-pw-1", "prof": "prof-pw-3"}


@pytest.fixture
def sq(square: Callable[..., Any]) -> Any:
    server = square()
    server.add_user("kim", "maker", PASSWORDS["kim"])
    server.add_user("prof", "advisor", PASSWORDS["prof"])
    return server


@pytest.fixture
def cli(pc_cli: Callable[..., Any]) -> Callable[..., subprocess.CompletedProcess[str]]:
    """Every PC here without a keyring (headless Linux): sign-ins go by password."""

    def run(ws: str, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
        return pc_cli(ws, *args, stdin=stdin, keyring=False)  # type: ignore[no-any-return]

    return run


def ok(out: subprocess.CompletedProcess[str]) -> str:
    assert out.returncode == 0, out.stderr
    return out.stdout


def sync(cli: Callable[..., Any], ws: str, sq: Any, user: str) -> str:
    out = cli(
        ws,
        "sync",
        "--server",
        sq.url,
        "--user",
        user,
        "--password-stdin",
        stdin=PASSWORDS[user] + "\n",
    )
    line = ok(out)
    assert line.count("\n") == 1 and line.startswith("synced: "), line
    return line


def one_line_error(out: subprocess.CompletedProcess[str]) -> str:
    assert out.returncode == 1, (out.stdout, out.stderr)
    assert "Traceback" not in out.stderr
    lines = out.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("makersquare: "), out.stderr
    return lines[0]


def test_maker_and_advisor_work_on_one_job_through_the_command_line(
    sq: Any, cli: Callable[..., Any], tmp_path: Path
) -> None:
    job_id = ok(cli("kim", "job", "add", "은반지 시제품", "--customer", "소소주얼리")).strip()
    assert len(job_id) == 36
    ok(cli("kim", "job", "share", job_id, "prof", "--role", "advisor"))
    stl = write_box_stl(tmp_path / "ring.stl", (18.0, 18.0, 4.0))
    ok(cli("kim", "design", "import", job_id, str(stl)))
    line = sync(cli, "kim", sq, "kim")
    assert f"files up 1 ({stl.stat().st_size} B), down 0" in line, line

    assert f"down 1 ({stl.stat().st_size} B)" in sync(cli, "prof", sq, "prof")
    listed = json.loads(ok(cli("prof", "job", "list", "--json")))
    assert [(j["id"], j["title"], j["customer"], j["status"]) for j in listed] == [
        (job_id, "은반지 시제품", "소소주얼리", "inquiry")
    ]
    assert set(listed[0]) == {"id", "number", "title", "customer", "status", "due_date"}
    ok(cli("prof", "comment", "add", job_id, "좋아요, 진행하세요"))
    ok(cli("prof", "job", "status", job_id, "cancelled"))  # an advisor may not
    out = cli("prof", "sync", "--server", sq.url, "--user", "prof", "--password-stdin",
              stdin=PASSWORDS["prof"] + "\n")  # fmt: skip
    assert out.returncode == 4, out.stderr  # refused: said, and not a success
    assert out.stdout.startswith("synced: pushed 1, pulled 0, files up 0, down 0, ")
    assert out.stdout.endswith(" refused by the square\n")
    (said,) = out.stderr.splitlines()
    assert said.startswith("makersquare: 1 changes") and "conflicts list" in said
    assert json.loads(ok(cli("prof", "job", "list", "--json")))[0]["status"] == "inquiry"
    (entry,) = json.loads(ok(cli("prof", "conflicts", "list", "--json")))
    assert (entry["kind"], entry["code"], entry["open"]) == ("job_status_change", "forbidden", True)
    assert entry["local"]["data"]["to_status"] == "cancelled"
    shown = ok(cli("prof", "conflicts", "show", str(entry["id"])))
    assert "Cancelled" in shown and "forbidden" not in shown.splitlines()[0]
    ok(cli("prof", "conflicts", "resolve", str(entry["id"]), "--discard"))
    assert json.loads(ok(cli("prof", "conflicts", "list", "--json"))) == []
    again = cli("prof", "conflicts", "resolve", str(entry["id"]), "--discard")
    assert again.returncode == 1 and len(again.stderr.strip().splitlines()) == 1

    ok(cli("kim", "job", "status", job_id, "quoting"))
    sync(cli, "kim", sq, "kim")
    comments = json.loads(ok(cli("kim", "comment", "list", job_id, "--json")))
    assert [(c["author"], c["text"]) for c in comments] == [("prof", "좋아요, 진행하세요")]
    assert set(comments[0]) == {"id", "author", "text", "created_at"}
    sync(cli, "prof", sq, "prof")
    assert json.loads(ok(cli("prof", "job", "list", "--json")))[0]["status"] == "quoting"


def test_a_wrong_password_is_one_line_and_exit_1(sq: Any, cli: Callable[..., Any]) -> None:
    out = cli(
        "kim",
        "sync",
        "--server",
        sq.url,
        "--user",
        "kim",
        "--password-stdin",
        stdin="not-the-password\n",
    )
    assert "password is wrong" in one_line_error(out)


def test_no_keyring_and_no_password_says_so(sq: Any, cli: Callable[..., Any]) -> None:
    out = cli("kim", "sync", "--server", sq.url, "--user", "kim")
    line = one_line_error(out)
    assert "keyring" in line and "--password-stdin" in line


def test_an_offline_square_is_one_line_quickly(cli: Callable[..., Any]) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    ok(cli("kim", "job", "add", "오프라인 작업"))
    start = time.monotonic()
    out = cli(
        "kim",
        "sync",
        "--server",
        f"http://127.0.0.1:{port}",
        "--user",
        "kim",
        "--password-stdin",
        stdin="pw\n",
    )
    assert "cannot be reached" in one_line_error(out)
    assert time.monotonic() - start < 30  # most of it is starting Python and Qt


def test_workspace_errors_are_one_line_too(cli: Callable[..., Any], tmp_path: Path) -> None:
    assert "No workspace was found" in one_line_error(cli("kim", "job", "list", "--json"))
    assert not (tmp_path / "kim").exists()
    out = cli("kim", "job", "status", "00000000-0000-0000-0000-000000000000", "quoting")
    one_line_error(out)
    job_id = ok(cli("kim", "job", "add", "상태")).strip()
    out = cli("kim", "job", "status", job_id, "delivered")
    assert "cannot become" in one_line_error(out)


def test_the_summary_is_one_line_with_counts_and_sizes() -> None:
    from sync.engine import SyncSummary
    from ui.cli.sync import summary_line

    line = summary_line(
        SyncSummary(pushed=3, pulled=10, files_up=1, uploaded_bytes=2_000_000, rejected=1)
    )
    assert (
        line == "synced: pushed 3, pulled 10, files up 1 (2.0 MB), down 0, 1 refused by the square"
    )


def test_another_user_is_refused_while_the_first_users_changes_wait(
    sq: Any, cli: Callable[..., Any]
) -> None:
    ok(cli("kim", "job", "add", "은반지"))
    sync(cli, "kim", sq, "kim")
    job_id = ok(cli("kim", "job", "add", "kim의 새 작업")).strip()

    out = cli("kim", "sync", "--server", sq.url, "--user", "prof", "--password-stdin",
              stdin=PASSWORDS["prof"] + "\n")  # fmt: skip

    line = one_line_error(out)
    assert "kim" in line and "Nothing was lost" in line
    sync(cli, "kim", sq, "kim")  # still kim's, and it goes as kim's
    listed = json.loads(ok(cli("kim", "job", "list", "--json")))
    assert job_id in {j["id"] for j in listed}
