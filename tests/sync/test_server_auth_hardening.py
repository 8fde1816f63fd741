"""The square's front door under attack: a stolen refresh token, guessed names, guessed
passwords. (The administrator's user commands: tests/ui/cli/test_square.py.)"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable

import requests

from tests.sync.conftest import Api, Square


def login(api: Api, user: str, password: str) -> requests.Response:
    return api.post("/v1/auth/login", json={"user": user, "password": password})


def refresh(api: Api, token: str) -> requests.Response:
    return api.post("/v1/auth/refresh", json={"refresh_token": token})


def test_a_refresh_token_used_twice_ends_every_sign_in_of_its_login(
    square: Callable[..., Square], db_url: str | None
) -> None:
    sq = square(db_url)
    sq.add_user("kim")
    laptop, thief, phone = sq.api("kim"), sq.api(), sq.api("kim")  # phone: another login
    stolen = laptop.tokens["refresh_token"]
    laptop.use(refresh(laptop, stolen).json())
    assert laptop.get("/v1/pull").status_code == 200  # the new pair is used: `stolen` is done
    later = refresh(laptop, laptop.tokens["refresh_token"]).json()

    r = refresh(thief, stolen)  # the thief comes with the rotated token
    assert r.status_code == 401 and r.json()["code"] == "bad_credentials"
    # Every token of that login stops working, so the thief's copies are worthless too.
    assert laptop.get("/v1/pull").json()["code"] == "token_expired"
    assert refresh(laptop, laptop.tokens["refresh_token"]).status_code == 401
    assert refresh(laptop, later["refresh_token"]).status_code == 401
    # Another login of the same user is another family: it goes on.
    assert phone.get("/v1/pull").status_code == 200
    assert login(laptop, "kim", "pw").status_code == 200


def test_an_unknown_name_takes_as_long_as_a_wrong_password(square: Callable[..., Square]) -> None:
    sq = square(
        env={
            "MAKERSQUARE_SQUARE_LOGIN_FAILURES": "1000",
            "MAKERSQUARE_SQUARE_LOGIN_ADDRESS_FAILURES": "1000",
        }
    )
    sq.add_user("kim", password="the-right-one")
    api = sq.api()

    def median_login(user: str) -> float:
        times = []
        for _ in range(9):
            start = time.perf_counter()
            assert login(api, user, "a-wrong-one").status_code == 401
            times.append(time.perf_counter() - start)
        return statistics.median(times)

    for user in ("kim", "nobody"):  # warm up both paths (the dummy hash is made on first use)
        assert login(api, user, "a-wrong-one").status_code == 401
    known, unknown = median_login("kim"), median_login("nobody")
    assert abs(known - unknown) <= 0.3 * max(known, unknown), (known, unknown)


def test_failed_logins_are_throttled_per_user_and_per_address(
    square: Callable[..., Square],
) -> None:
    sq = square(
        env={
            "MAKERSQUARE_SQUARE_LOGIN_WINDOW_SECONDS": "3",
            "MAKERSQUARE_SQUARE_LOGIN_ADDRESS_FAILURES": "8",
        }
    )
    sq.add_user("kim", password="right")
    sq.add_user("lee", password="right")
    api = sq.api()
    for _ in range(5):
        assert login(api, "kim", "wrong").json()["code"] == "bad_credentials"
    r = login(api, "kim", "right")  # even the right password waits now
    assert r.status_code == 429 and r.json()["code"] == "too_many_attempts"
    assert 1 <= r.json()["retry_after"] <= 3 and r.headers["Retry-After"] == str(
        r.json()["retry_after"]
    )
    assert login(api, "lee", "right").status_code == 200  # another user is not held up
    time.sleep(r.json()["retry_after"] + 0.2)
    assert login(api, "kim", "right").status_code == 200

    # Guessing across names from one address is held up too (8 in the window here).
    for name in ("a", "b", "c", "d", "e", "f", "g", "h"):
        assert login(api, name, "x").status_code in (401, 429)
    r = login(api, "lee", "right")
    assert r.status_code == 429 and r.json()["code"] == "too_many_attempts"
