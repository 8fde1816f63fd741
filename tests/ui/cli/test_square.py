"""`makersquare square …` as the association's administrator runs it: real processes, a
real square (its fixtures from tests/sync)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import requests

from tests.sync.conftest import Api, Square

ROOT = Path(__file__).resolve().parents[3]
EXE = [sys.executable, "-m", "ui.main"]
# Maker Square installed without its `server` extra: the square's packages cannot be found
# (importlib's find_spec answers None for a module whose sys.modules entry is None).
WITHOUT_SERVER = (
    "import sys\n"
    "sys.modules.update(dict.fromkeys(('fastapi', 'uvicorn', 'argon2', 'psycopg')))\n"
    "from ui.main import main\n"
    "sys.exit(main())\n"
)


def test_without_the_server_extra_the_square_says_how_to_install_it(tmp_path: Path) -> None:
    data = ["--data", str(tmp_path / "square")]
    for action in (["serve", "--port", "0", *data], ["user", "list", *data]):
        out = subprocess.run(
            [sys.executable, "-c", WITHOUT_SERVER, "square", *action, "--lang", "en"],
            capture_output=True,
            text=True,
            timeout=120,
            cwd=ROOT,
            env={
                **os.environ,
                "QT_QPA_PLATFORM": "offscreen",
                "LANG": "C.UTF-8",
                "MAKERSQUARE_DATA_DIR": str(tmp_path / "data"),
                "MAKERSQUARE_CONFIG_DIR": str(tmp_path / "config"),
            },
        )
        assert out.returncode == 1 and out.stdout == "", out
        assert out.stderr.count("\n") == 1, out.stderr
        assert out.stderr == (
            "makersquare: the square's server is not installed (missing fastapi, uvicorn, "
            "argon2): pip install makersquare[server]\n"
        )
        assert not (tmp_path / "square").exists()  # nothing was made before it said so


def login(api: Api, user: str, password: str) -> requests.Response:
    return api.post("/v1/auth/login", json={"user": user, "password": password})


def refresh(api: Api, token: str) -> requests.Response:
    return api.post("/v1/auth/refresh", json={"refresh_token": token})


def run_admin(sq: Square, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*EXE, "square", "user", *args, "--data", str(sq.data_dir)],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "LANG": "C.UTF-8"},
    )


def one_line_error(out: subprocess.CompletedProcess[str]) -> str:
    assert out.returncode != 0 and out.stdout == ""
    assert out.stderr.count("\n") == 1 and out.stderr.startswith("makersquare: "), out.stderr
    return out.stderr


def test_the_administrator_disables_resets_and_lists_users(square: Callable[..., Square]) -> None:
    sq = square()
    sq.add_user("kim")
    sq.add_user("prof", "advisor")
    kim = sq.api("kim")

    assert run_admin(sq, "disable", "kim").returncode == 0
    for r in (
        kim.get("/v1/pull"),
        refresh(kim, kim.tokens["refresh_token"]),
        login(kim, "kim", "pw"),
    ):
        assert r.status_code == 403 and r.json()["code"] == "disabled", r.text
    assert login(kim, "kim", "wrong").json()["code"] == "bad_credentials"  # tells nothing
    listed = run_admin(sq, "list")
    assert listed.returncode == 0
    assert listed.stdout.splitlines() == ["kim\tmaker\tdisabled", "prof\tadvisor\tenabled"]
    assert run_admin(sq, "enable", "kim").returncode == 0
    kim.login("kim")

    assert (
        run_admin(sq, "reset-password", "kim", "--password-stdin", stdin="새 비밀번호\n").returncode
        == 0
    )
    assert kim.get("/v1/pull").json()["code"] == "token_expired"  # old sign-ins ended
    assert login(kim, "kim", "pw").status_code == 401
    kim.login("kim", "새 비밀번호")
    assert run_admin(sq, "revoke-tokens", "kim").returncode == 0
    assert kim.get("/v1/pull").json()["code"] == "token_expired"

    assert run_admin(sq, "set-role", "prof", "--role", "trainer").returncode == 0
    assert sq.api("prof").tokens["user"]["role"] == "trainer"
    as_json = json.loads(run_admin(sq, "list", "--json").stdout)
    assert as_json == [
        {"name": "kim", "role": "maker", "enabled": True},
        {"name": "prof", "role": "trainer", "enabled": True},
    ]

    assert "nobody" in one_line_error(run_admin(sq, "disable", "nobody"))
    assert "empty" in one_line_error(
        run_admin(sq, "reset-password", "kim", "--password-stdin", stdin="\n")
    )
