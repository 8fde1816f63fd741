"""Uploads against `complete`, in threads: a chunk sent while the square checks a file never
lands in the finished file, and concurrent chunks at one offset are taken once."""

from __future__ import annotations

import fcntl
import hashlib
import os
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import requests

from tests.sync.conftest import Api, Square

CHUNK = 16 << 20  # the largest chunk the square takes


def held(lock: Path) -> bool:
    """Whether another process holds the flock on `lock` (the square's per-hash lock)."""
    if not lock.exists():
        return False
    with lock.open("ab") as f:
        try:
            fcntl.flock(f.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return True
        fcntl.flock(f.fileno(), fcntl.LOCK_UN)
        return False


def send(api: Api, digest: str, data: bytes) -> None:
    for offset in range(0, len(data), CHUNK):
        r = api.put(
            f"/v1/files/{digest}/upload", params={"offset": offset}, data=data[offset:][:CHUNK]
        )
        assert r.status_code == 200, r.text


def test_a_chunk_sent_while_complete_hashes_never_lands_in_the_finished_file(
    square: Callable[..., Square],
) -> None:
    sq = square()
    sq.add_user("kim")
    kim, late = sq.api("kim"), sq.api("kim")  # two connections of one user, as two threads
    data = os.urandom(48 << 20)  # big enough that hashing it takes a while
    digest = hashlib.sha256(data).hexdigest()
    send(kim, digest, data)
    lock = sq.data_dir / "locks" / f"{digest[:3]}.lock"
    answers: dict[str, requests.Response] = {}

    def complete() -> None:
        answers["complete"] = kim.post(f"/v1/files/{digest}/complete", json={"size": len(data)})

    finisher = threading.Thread(target=complete)
    finisher.start()
    deadline = time.monotonic() + 10
    while not held(lock):  # until the square is hashing, holding the file's lock
        assert "complete" not in answers, "complete ended before its lock was seen"
        assert time.monotonic() < deadline, "complete never took the lock"
    extra = late.put(f"/v1/files/{digest}/upload", params={"offset": len(data)}, data=b"x" * 4096)
    finisher.join(30)

    assert answers["complete"].status_code == 200, answers["complete"].text
    assert extra.status_code == 409 and extra.json()["received"] == len(data)
    assert kim.get(f"/v1/files/{digest}/upload").json()["received"] == len(data)
    stored = sq.data_dir / "files" / digest[:2] / digest
    assert stored.stat().st_size == len(data)
    assert hashlib.sha256(stored.read_bytes()).hexdigest() == digest


def test_the_same_chunk_sent_at_once_from_many_threads_is_taken_once(
    square: Callable[..., Square],
) -> None:
    sq = square()
    sq.add_user("kim")
    data = os.urandom(8192)
    digest = hashlib.sha256(data).hexdigest()
    apis = [sq.api("kim") for _ in range(6)]
    start = threading.Barrier(len(apis))

    def first_half(api: Api) -> int:
        start.wait()
        r = api.put(f"/v1/files/{digest}/upload", params={"offset": 0}, data=data[:4096])
        return r.status_code

    with ThreadPoolExecutor(len(apis)) as pool:
        codes = sorted(pool.map(first_half, apis))
    assert codes == [200] + [409] * (len(apis) - 1)
    rest = apis[0].put(f"/v1/files/{digest}/upload", params={"offset": 4096}, data=data[4096:])
    assert rest.json()["received"] == len(data)
    done = apis[0].post(f"/v1/files/{digest}/complete", json={"size": len(data)})
    assert done.status_code == 200, done.text
