"""The square's front door: protocol header, health, OpenAPI, login and refresh, users."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable
from pathlib import Path

import requests

from sync.server.cli import add_user
from tests.sync.conftest import Square


def test_health_and_openapi_need_no_header(square: Callable[..., Square]) -> None:
    sq = square()
    assert requests.get(sq.url + "/v1/health", timeout=10).json() == {"ok": True, "protocol": 2}
    doc = requests.get(sq.url + "/openapi.json", timeout=10).json()
    assert {"/v1/push", "/v1/pull", "/v1/files/{digest}/upload"} <= set(doc["paths"])


def test_a_client_without_the_protocol_header_is_told_to_update(
    square: Callable[..., Square],
) -> None:
    sq = square()
    sq.add_user("kim")
    # Version 1 clients pushed quote lines apart from their revision (and lost them).
    old = ({"X-MakerSquare-Protocol": "0"}, {"X-MakerSquare-Protocol": "1"})
    for headers in ({}, *old, {"X-MakerSquare-Protocol": "x"}):
        r = requests.post(
            sq.url + "/v1/auth/login", json={"user": "kim", "password": "pw"}, headers=headers
        )
        assert r.status_code == 426
        assert r.json()["code"] == "client_too_old" and r.json()["minimum"] == 2


def test_login_refresh_and_the_old_refresh_token_until_the_new_pair_is_used(
    square: Callable[..., Square], db_url: str | None
) -> None:
    sq = square(db_url)
    sq.add_user("kim", "maker", "s3cret")
    api = sq.api()
    assert api.post("/v1/auth/login", json={"user": "kim", "password": "no"}).json()["code"] == (
        "bad_credentials"
    )
    assert api.post("/v1/auth/login", json={"user": "nobody", "password": "x"}).status_code == 401
    first = api.login("kim", "s3cret")
    assert first["user"]["name"] == "kim" and first["user"]["role"] == "maker"
    assert first["expires_in"] == 15 * 60
    assert api.pull()["jobs"] == []

    old = first["refresh_token"]
    lost = api.post("/v1/auth/refresh", json={"refresh_token": old}).json()  # answer "lost"
    again = api.post("/v1/auth/refresh", json={"refresh_token": old})
    assert again.status_code == 200, "the old refresh token works until the new is used"
    api.use(again.json())
    assert api.pull()["jobs"] == []  # first use of the new pair revokes the old token
    # A pair made before the revocation still works on its own ...
    assert api.post("/v1/auth/refresh", json={"refresh_token": lost["refresh_token"]}).ok
    # ... until the rotated and used token comes back: two parties hold it, so every token
    # of this login is revoked (tests/sync/test_server_auth_hardening.py).
    r = api.post("/v1/auth/refresh", json={"refresh_token": old})
    assert r.status_code == 401 and r.json()["code"] == "bad_credentials"
    assert api.get("/v1/pull").json()["code"] == "token_expired"


def test_a_bad_or_expired_access_token_is_token_expired(square: Callable[..., Square]) -> None:
    sq = square(env={"MAKERSQUARE_SQUARE_ACCESS_SECONDS": "1"})
    sq.add_user("kim")
    api = sq.api("kim")
    assert api.tokens["expires_in"] == 1
    assert api.get("/v1/pull").status_code == 200
    for token in ("nonsense", None):
        bare = sq.api()
        if token:
            bare.http.headers["Authorization"] = f"Bearer {token}"
        r = bare.get("/v1/pull")
        assert r.status_code == 401 and r.json()["code"] == "token_expired"
    time.sleep(1.2)
    r = api.get("/v1/pull")
    assert r.status_code == 401 and r.json()["code"] == "token_expired"
    api.use(
        api.post("/v1/auth/refresh", json={"refresh_token": api.tokens["refresh_token"]}).json()
    )
    assert api.get("/v1/pull").status_code == 200


def test_add_user_refuses_a_second_user_of_a_name_and_a_bad_role(tmp_path: Path) -> None:
    assert add_user("kim", "maker", "pw", None, tmp_path) == 0
    assert add_user("kim", "advisor", "pw", None, tmp_path) == 1
    assert add_user("lee", "boss", "pw", None, tmp_path) == 1
    assert add_user("lee", "maker", "", None, tmp_path) == 1
    assert (tmp_path / "square.sqlite").exists()


def test_passwords_and_tokens_are_stored_hashed(square: Callable[..., Square]) -> None:
    sq = square()
    sq.add_user("kim", "maker", "plain-password")
    tokens = sq.api("kim", "plain-password").tokens
    db = sqlite3.connect(sq.data_dir / "square.sqlite")
    (stored,) = db.execute("SELECT password_hash FROM users").fetchone()
    assert stored.startswith("$argon2id$") and "plain-password" not in stored
    kept = {h for (h,) in db.execute("SELECT hash FROM tokens")}
    assert tokens["access_token"] not in kept and tokens["refresh_token"] not in kept
    assert len(kept) == 2


def test_test_hooks_are_off_unless_asked_for(square: Callable[..., Square]) -> None:
    sq = square(test_hooks=False)
    r = sq.api().post("/v1/test/hooks", json={"crash_after_commit": 1})
    assert r.status_code == 404 and r.json()["code"] == "not_found"
