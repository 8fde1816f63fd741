"""The client's pieces on their own: errors, backoff, the keyring rules, the transport rules."""

from __future__ import annotations

import hashlib
import socket
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import keyring
import pytest
import requests
from keyring.backends import fail

from app.filestore import FileStore
from sync import credentials
from sync.backoff import Backoff, is_reachable
from sync.client import SquareClient
from sync.errors import SyncError, error_from_response
from sync.protocol import PROTOCOL, PROTOCOL_HEADER
from tests.sync.http_fakes import MemoryKeyring, PlaintextKeyring, scripted_session


@pytest.fixture
def restore_keyring() -> Iterator[None]:
    before = keyring.get_keyring()
    yield
    keyring.set_keyring(before)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def ranged_file(content: bytes, ranges: list[str | None]) -> requests.Session:
    """A session whose every GET serves `content`, honouring `Range: bytes=N-`."""

    def handler(req: requests.PreparedRequest) -> tuple[int, Any, dict[str, str]]:
        ranges.append(req.headers.get("Range"))
        start = int(req.headers["Range"][6:-1]) if "Range" in req.headers else 0
        return (206 if start else 200), content[start:], {}

    return scripted_session(handler)[0]


# --- errors ---------------------------------------------------------------------------


def test_error_codes_come_from_the_body_not_the_message() -> None:
    err = error_from_response(401, {"code": "token_expired", "message": "bad credentials!"})
    assert err.code == "token_expired"
    assert error_from_response(410, {"code": "resync_required"}).code == "resync_required"
    assert error_from_response(404, {"code": "not_found"}).code == "not_found"
    assert error_from_response(500, "Internal Server Error").code == "server_error"
    # Something that is not the square answered: a gateway that cannot reach it, or a
    # wrong address (a web server, a captive portal).
    assert error_from_response(502, "<html>bad gateway</html>").code == "offline"
    assert error_from_response(404, None).code == "not_a_square"
    assert error_from_response(418, {"code": "teapot"}).code == "not_a_square"
    with pytest.raises(ValueError):
        SyncError("no_such_code")


# --- backoff --------------------------------------------------------------------------


def test_backoff_grows_jittered_to_ten_minutes_and_resets() -> None:
    low = Backoff(rng=lambda: 0.0)
    high = Backoff(rng=lambda: 0.999999)
    lows = [low.failed() for _ in range(12)]
    highs = [high.failed() for _ in range(12)]
    assert lows[:3] == [2.5, 5.0, 10.0]
    assert highs[0] == pytest.approx(5.0, abs=1e-4)
    assert max(highs) <= 600.0 and highs[-1] == pytest.approx(600.0, abs=1e-3)
    assert all(lo <= hi for lo, hi in zip(lows, highs, strict=True))
    low.succeeded()
    assert low.failures == 0 and low.failed() == 2.5


# --- keyring --------------------------------------------------------------------------


def test_no_keyring_backend_is_a_typed_error(restore_keyring: None) -> None:
    keyring.set_keyring(fail.Keyring())
    with pytest.raises(SyncError) as caught:
        credentials.load_refresh_token("http://square", "kim")
    assert caught.value.code == "no_keyring"
    assert not credentials.keyring_available()


def test_a_plaintext_backend_is_refused(restore_keyring: None) -> None:
    plain = PlaintextKeyring()
    keyring.set_keyring(plain)
    with pytest.raises(SyncError) as caught:
        credentials.save_refresh_token("http://square", "kim", "secret")
    assert caught.value.code == "no_keyring"
    assert plain.secrets == {}


def test_tokens_round_trip_through_a_real_looking_keyring(restore_keyring: None) -> None:
    memory = MemoryKeyring()
    keyring.set_keyring(memory)
    credentials.save_refresh_token("http://square/", "kim", "r1")
    assert credentials.load_refresh_token("http://square", "kim") == "r1"
    assert credentials.load_refresh_token("http://square", "lee") is None
    credentials.forget_refresh_token("http://square", "kim")
    assert credentials.load_refresh_token("http://square", "kim") is None


# --- transport ------------------------------------------------------------------------


def test_every_request_has_the_header_and_timeouts_and_a_stale_token_is_refreshed() -> None:
    state: dict[str, Any] = {"access": "a1"}

    def handler(req: requests.PreparedRequest) -> tuple[int, Any, dict[str, str]]:
        if req.path_url.startswith("/v1/auth/refresh"):
            state["access"] = "a2"
            return 200, {"access_token": "a2", "refresh_token": "r2", "expires_in": 900}, {}
        if req.headers.get("Authorization") != f"Bearer {state['access']}":
            return 401, {"code": "token_expired", "message": "expired"}, {}
        state["access"] = "a1-stale" if state["access"] == "a1" else state["access"]
        return 200, {"records": [], "cursor": 7, "more": False, "jobs": ["j"]}, {}

    session, adapter = scripted_session(handler)
    kept: list[str] = []
    client = SquareClient("http://square", session, on_refresh_token=kept.append)
    client.access_token, client.refresh_token = "a1", "r1"
    assert client.pull(0).cursor == 7  # a1 works once
    page = client.pull(7)  # a1 is stale now: refresh, retry
    assert page.jobs == ["j"] and kept == ["r2"] and client.access_token == "a2"
    assert [s.url.split("?")[0].rsplit("/", 2)[-1] for s in adapter.sent] == [
        "pull",
        "pull",
        "refresh",
        "pull",
    ]
    assert all(s.headers[PROTOCOL_HEADER] == str(PROTOCOL) for s in adapter.sent)
    assert all(s.timeout == (10.0, 60.0) for s in adapter.sent)


def test_a_second_401_is_not_refreshed_again() -> None:
    def handler(req: requests.PreparedRequest) -> tuple[int, Any, dict[str, str]]:
        if req.path_url.startswith("/v1/auth/refresh"):
            return 200, {"access_token": "a", "refresh_token": "r", "expires_in": 900}, {}
        return 401, {"code": "token_expired"}, {}

    session, adapter = scripted_session(handler)
    client = SquareClient("http://square", session)
    client.access_token, client.refresh_token = "x", "r0"
    with pytest.raises(SyncError) as caught:
        client.pull(0)
    assert caught.value.code == "token_expired" and len(adapter.sent) == 3


def test_nothing_listening_is_offline_quickly() -> None:
    client = SquareClient(f"http://127.0.0.1:{free_port()}")
    start = time.monotonic()
    with pytest.raises(SyncError) as caught:
        client.login("kim", "pw")
    assert caught.value.code == "offline"
    assert time.monotonic() - start < 5
    assert not is_reachable(client.base_url, timeout=1)


CONTENT = bytes(range(256)) * 4096  # 1 MiB


@pytest.mark.parametrize(
    ("partial", "received", "ranges"),
    [
        (CONTENT[:300_000], len(CONTENT) - 300_000, ["bytes=300000-"]),  # cut there
        (b"\0" * 1000, len(CONTENT), ["bytes=1000-", None]),  # damaged: once more, whole
    ],
)
def test_a_download_resumes_its_part_file_and_checks_the_hash(
    tmp_path: Path, partial: bytes, received: int, ranges: list[str | None]
) -> None:
    file_hash = hashlib.sha256(CONTENT).hexdigest()
    asked: list[str | None] = []
    store = FileStore(tmp_path / "files")
    part = store.root / ".partial" / f"{file_hash}.part"
    part.parent.mkdir(parents=True)
    part.write_bytes(partial)
    client = SquareClient("http://square", ranged_file(CONTENT, asked))
    assert client.download(file_hash, store) == received
    assert asked == ranges
    assert store.path_for(file_hash).read_bytes() == CONTENT and not part.exists()


def test_a_damaged_download_is_dropped(tmp_path: Path) -> None:
    content = b"solid" * 1000
    file_hash = hashlib.sha256(content).hexdigest()
    session, _adapter = scripted_session(lambda _req: (200, content[:-1] + b"X", {}))
    store = FileStore(tmp_path / "files")
    with pytest.raises(SyncError) as caught:
        SquareClient("http://square", session).download(file_hash, store)
    assert caught.value.code == "hash_mismatch"
    assert not store.has(file_hash)
    assert not list((store.root / ".partial").iterdir())


def test_upload_resumes_where_the_server_says(tmp_path: Path) -> None:
    content = b"x" * 2500
    path = tmp_path / "part.stl"
    path.write_bytes(content)
    got = bytearray(content[:1000])  # the server kept 1000 bytes from an earlier try
    offsets: list[int] = []

    def handler(req: requests.PreparedRequest) -> tuple[int, Any, dict[str, str]]:
        if req.method == "GET":
            return 200, {"received": len(got)}, {}
        if req.method == "PUT":
            offset = int(str(req.url).rsplit("offset=", 1)[1])
            offsets.append(offset)
            if offset != len(got):
                return 409, {"code": "invalid", "received": len(got)}, {}
            got.extend(req.body if isinstance(req.body, bytes) else b"")
            return 200, {"received": len(got)}, {}
        return 200, {"hash": "h", "size": len(got)}, {}

    session, _adapter = scripted_session(handler)
    sent = SquareClient("http://square", session).upload_file("h", path, chunk_size=1000)
    assert bytes(got) == content and offsets == [1000, 2000] and sent == 1500


@pytest.mark.parametrize(
    ("error", "code"),
    [
        (requests.exceptions.ChunkedEncodingError("cut mid-answer"), "offline"),
        (requests.exceptions.ConnectionError("reset"), "offline"),
        (requests.exceptions.ReadTimeout("stalled"), "offline"),
        (requests.exceptions.TooManyRedirects("portal"), "not_a_square"),
    ],
)
def test_transport_failures_have_codes(error: Exception, code: str) -> None:
    def handler(_req: requests.PreparedRequest) -> tuple[int, Any, dict[str, str]]:
        raise error

    session, _adapter = scripted_session(handler)
    with pytest.raises(SyncError) as caught:
        SquareClient("http://square", session).pull(0)
    assert caught.value.code == code
    assert caught.value.transient == (code == "offline")
    with pytest.raises(SyncError) as caught:
        SquareClient("square.example.org").health()  # no scheme: a wrong address
    assert caught.value.code == "not_a_square"
