"""Crashes around the commit, and several square processes writing to one database."""

from __future__ import annotations

import threading
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import requests

from sync.server.hooks import CRASH_EXIT_CODE
from tests.sync.conftest import Square, change


def comments(job_id: str, n: int) -> list[dict[str, Any]]:
    return [change("comment", str(uuid.uuid4()), job_id, {"body": f"#{i}"}) for i in range(n)]


@pytest.mark.parametrize("hook", ["crash_after_commit", "crash_before_commit"])
def test_a_push_retried_after_a_crash_is_applied_exactly_once(
    square: Callable[..., Square], db_url: str | None, hook: str
) -> None:
    sq = square(db_url)
    sq.add_user("kim")
    kim = sq.api("kim")
    job_id = kim.new_job()
    batch = comments(job_id, 3)
    assert kim.post("/v1/test/hooks", json={hook: 2}).ok
    kim.push(batch[0])  # the first push goes through; the second crashes
    with pytest.raises(requests.ConnectionError):
        kim.push(*batch)
    assert sq.wait_exit() == CRASH_EXIT_CODE
    sq.restart()
    kim = sq.api("kim")
    results = kim.push(*batch)
    assert [r["status"] for r in results] == ["applied"] * 3
    records, _ = kim.pull_all()
    got = [r["id"] for r in records if r["kind"] == "comment"]
    assert got == [c["id"] for c in batch]


def test_concurrent_writers_on_two_processes_never_make_a_reader_skip(
    square: Callable[..., Square], db_url: str | None, tmp_path: Path
) -> None:
    shared = db_url or f"sqlite:///{tmp_path / 'shared.sqlite'}"
    a, b = square(shared), square(shared)
    a.add_user("kim")
    job_id = a.api("kim").new_job()
    pushed: list[str] = []
    lock = threading.Lock()
    done = threading.Event()
    errors: list[BaseException] = []

    def write(sq: Square) -> None:
        try:
            api = sq.api("kim")
            for c in comments(job_id, 20):
                assert api.push_one(c)["status"] == "applied"
                with lock:
                    pushed.append(str(c["id"]))
        except BaseException as e:
            errors.append(e)

    seen: list[dict[str, Any]] = []

    def read() -> None:
        api, cursor = b.api("kim"), 0
        while True:
            finished = done.is_set()
            page = api.pull(cursor, limit=7)
            seen.extend(page["records"])
            cursor = page["cursor"]
            if finished and not page["more"]:
                return

    writers = [threading.Thread(target=write, args=(sq,)) for sq in (a, b, a, b)]
    reader = threading.Thread(target=read)
    reader.start()
    for t in writers:
        t.start()
    for t in writers:
        t.join()
    done.set()
    reader.join()
    assert not errors, errors
    versions = [r["version"] for r in seen]
    assert versions == list(range(1, len(versions) + 1)), "every version once, in order"
    got = [r["id"] for r in seen if r["kind"] == "comment"]
    assert sorted(got) == sorted(pushed) and len(got) == 80
