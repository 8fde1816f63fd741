"""`run_sync` against the real square on 127.0.0.1, with real workspaces in tmp_path."""

from __future__ import annotations

import hashlib
import socket
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import keyring
import pytest
import requests

from app.designs.designs import import_design, list_designs
from app.filestore import sha256_file
from app.jobs import jobs
from app.jobs.comments import add_comment, list_comments, share_job
from app.jobs.members import unshare_job
from app.replica.state import cursor, set_sync_setting, sync_status
from app.workspace import Workspace
from sync.backoff import is_reachable
from sync.client import SquareClient
from sync.engine import SyncSummary, run_sync
from sync.errors import SyncError
from tests.stl_files import write_box_stl
from tests.sync.conftest import PASSWORDS
from tests.sync.http_fakes import MemoryKeyring

pytestmark = pytest.mark.usefixtures("no_keyring")  # this machine's truth, on every machine


def sync(ws: Workspace, sq: Any, user: str, **kwargs: Any) -> SyncSummary:
    return run_sync(ws, server_url=sq.url, user=user, password=PASSWORDS[user], **kwargs)


class Counting:
    """A session that counts what it sends, by path."""

    def __init__(self) -> None:
        self.session = requests.Session()
        self.paths: list[str] = []
        self.session.hooks["response"].append(self._hook)

    def _hook(self, resp: requests.Response, *_args: Any, **_kwargs: Any) -> None:
        self.paths.append(str(resp.request.path_url).split("?")[0])

    def after_login(self) -> list[str]:
        return [p for p in self.paths if not p.startswith("/v1/auth/")]


def shared_job(
    sq: Any,
    maker: Workspace,
    member: Workspace,
    title: str,
    user: str = "prof",
    role: str = "advisor",
) -> str:
    """A job kim made on `maker`, shared with `user`, synced to both workspaces."""
    job_id = jobs.create_job(maker, title).value
    share_job(maker, job_id, user, role)
    sync(maker, sq, "kim")
    sync(member, sq, user)
    return job_id


def statuses(ws: Workspace) -> dict[str, str]:
    return {r.id: r.status for r in jobs.list_jobs(ws)}


def test_a_shared_job_reaches_the_advisor_and_the_comment_comes_back(
    sq: Any, open_ws: Callable[[str], Workspace]
) -> None:
    a, b = open_ws("kim"), open_ws("prof")
    job_id = jobs.create_job(a, "은반지 시제품", customer="소소주얼리").value
    share_job(a, job_id, "prof", "advisor")
    first = sync(a, sq, "kim")
    assert first.pushed >= 2 and first.rounds >= 2
    got = sync(b, sq, "prof")
    assert got.pulled >= 1
    row = jobs.get_job(b, job_id)
    assert (row.title, row.customer, row.status) == ("은반지 시제품", "소소주얼리", "inquiry")
    add_comment(b, job_id, "벽 두께를 1 mm로 올려 주세요", "prof")
    assert sync(b, sq, "prof").pushed == 1
    sync(a, sq, "kim")
    comments = list_comments(a, job_id)
    assert [(c.author, c.body) for c in comments] == [("prof", "벽 두께를 1 mm로 올려 주세요")]
    status = sync_status(a)
    assert status.pending == 0 and status.last_error is None and status.last_ok_at is not None


def test_a_status_moved_on_both_sides_offline_ends_as_the_squares(
    sq: Any, open_ws: Callable[[str], Workspace]
) -> None:
    a, c = open_ws("kim"), open_ws("lee")
    job_id = shared_job(sq, a, c, "구두 라스트", "lee", "maker")
    jobs.set_status(a, job_id, "quoting", by="kim")  # both offline now
    jobs.set_status(c, job_id, "cancelled", by="lee")
    sync(a, sq, "kim")  # first to the square wins
    sync(c, sq, "lee")
    assert statuses(c)[job_id] == "quoting"
    sync(a, sq, "kim")
    assert statuses(a)[job_id] == "quoting"
    assert sync_status(c).pending == 0


def test_the_design_file_travels_and_its_hash_is_checked(
    sq: Any, open_ws: Callable[[str], Workspace], tmp_path: Path
) -> None:
    a, b = open_ws("kim"), open_ws("prof")
    job_id = jobs.create_job(a, "브래킷").value
    share_job(a, job_id, "prof", "advisor")
    stl = write_box_stl(tmp_path / "bracket.stl", (20.0, 10.0, 5.0))
    import_design(a, job_id, stl, author="kim")
    up = sync(a, sq, "kim")
    assert (up.files_up, up.uploaded_bytes) == (1, stl.stat().st_size)
    down = sync(b, sq, "prof")
    assert (down.files_down, down.downloaded_bytes) == (1, stl.stat().st_size)
    [rev] = list_designs(b, job_id)
    path = b.files.path_for(rev.file_hash)
    assert sha256_file(path) == rev.file_hash == hashlib.sha256(stl.read_bytes()).hexdigest()
    again = sync(a, sq, "kim")  # the square has it: nothing goes up twice
    assert again.uploaded_bytes == 0


def test_unsharing_removes_the_job_from_the_advisor(
    sq: Any, open_ws: Callable[[str], Workspace]
) -> None:
    a, b = open_ws("kim"), open_ws("prof")
    job_id = jobs.create_job(a, "반지 왁스").value
    kept_id = jobs.create_job(a, "목걸이").value
    share_job(a, job_id, "prof", "advisor")
    share_job(a, kept_id, "prof", "advisor")
    sync(a, sq, "kim")
    sync(b, sq, "prof")
    assert set(statuses(b)) == {job_id, kept_id}
    unshare_job(a, job_id, "prof")
    sync(a, sq, "kim")
    summary = sync(b, sq, "prof")
    assert set(statuses(b)) == {kept_id}
    assert job_id in summary.changes.jobs


def test_a_no_op_sync_takes_at_most_two_round_trips(
    sq: Any, open_ws: Callable[[str], Workspace]
) -> None:
    a = open_ws("kim")
    jobs.create_job(a, "테스트")
    sync(a, sq, "kim")
    counting = Counting()
    client = SquareClient(sq.url, counting.session)
    summary = sync(a, sq, "kim", client=client)
    assert (summary.pushed, summary.pulled) == (0, 0)
    assert len(counting.after_login()) <= 2, counting.paths
    assert summary.rounds == len(counting.after_login())
    counting.paths.clear()
    sync(a, sq, "kim", client=client)  # the kept client needs no new sign-in at all
    assert len(counting.paths) <= 2, counting.paths


def test_a_wrong_password_is_bad_credentials_and_recorded(
    sq: Any, open_ws: Callable[[str], Workspace]
) -> None:
    a = open_ws("kim")
    with pytest.raises(SyncError) as caught:
        run_sync(a, server_url=sq.url, user="kim", password="wrong")
    assert caught.value.code == "bad_credentials"
    last = sync_status(a).last_error
    assert last is not None and "bad_credentials" in str(last)


def test_nothing_listening_is_offline_at_once(open_ws: Callable[[str], Workspace]) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    a = open_ws("kim")
    jobs.create_job(a, "오프라인")
    start = time.monotonic()
    with pytest.raises(SyncError) as caught:
        run_sync(a, server_url=f"http://127.0.0.1:{port}", user="kim", password="pw")
    assert caught.value.code == "offline"
    assert time.monotonic() - start < 5
    assert sync_status(a).pending >= 1  # nothing lost, it waits


def test_without_a_keyring_and_a_password_it_says_no_keyring(
    sq: Any, open_ws: Callable[[str], Workspace]
) -> None:
    with pytest.raises(SyncError) as caught:
        run_sync(open_ws("kim"), server_url=sq.url, user="kim", password=None)
    assert caught.value.code == "no_keyring"


def test_with_a_keyring_the_refresh_token_replaces_the_password(
    sq: Any, open_ws: Callable[[str], Workspace]
) -> None:
    memory = MemoryKeyring()
    keyring.set_keyring(memory)
    a = open_ws("kim")
    sync(a, sq, "kim")
    assert any(k[1].startswith("refresh:kim@") for k in memory.secrets)
    assert not any(sq_secret == PASSWORDS["kim"] for sq_secret in memory.secrets.values())
    jobs.create_job(a, "토큰으로")
    summary = run_sync(a, server_url=sq.url, user="kim", password=None)
    assert summary.pushed >= 1
    b = open_ws("kim-2")
    with pytest.raises(SyncError) as caught:
        run_sync(b, server_url=sq.url, user="lee", password=None)
    assert caught.value.code == "needs_password"


def test_an_upload_cut_short_resumes_where_the_square_stopped(
    sq: Any, open_ws: Callable[[str], Workspace], tmp_path: Path
) -> None:
    a = open_ws("kim")
    stl = write_box_stl(tmp_path / "box.stl", (30.0, 30.0, 30.0))
    file_hash = a.files.put(stl)
    client = SquareClient(sq.url)
    client.login("kim", PASSWORDS["kim"])
    assert client.files_missing([file_hash]) == [file_hash]
    client.upload_chunk(file_hash, 0, stl.read_bytes()[:200])  # then the line went down
    sq.restart()  # and the square restarted; the position is the square's to tell
    sent = client.upload_file(file_hash, a.files.path_for(file_hash), chunk_size=100)
    assert sent == stl.stat().st_size - 200
    assert client.files_missing([file_hash]) == []


def test_an_advisors_status_move_is_refused_and_the_squares_status_comes_back(
    sq: Any, open_ws: Callable[[str], Workspace]
) -> None:
    a, b = open_ws("kim"), open_ws("prof")
    job_id = shared_job(sq, a, b, "도면 검토")
    jobs.set_status(b, job_id, "cancelled", by="prof")
    summary = sync(b, sq, "prof")
    assert summary.pushed == 0 and summary.rejected >= 1, summary
    assert statuses(b)[job_id] == "inquiry"
    status = sync_status(b)
    assert status.pending == 0 and status.last_rejected is not None
    assert status.last_rejected.code == "forbidden"


def test_a_cursor_the_square_does_not_serve_is_a_fresh_copy_and_nothing_is_lost(
    sq: Any, open_ws: Callable[[str], Workspace]
) -> None:
    a, b = open_ws("kim"), open_ws("prof")
    job_id = shared_job(sq, a, b, "오래 오프라인")
    add_comment(b, job_id, "오프라인에서 쓴 글", "prof")
    set_sync_setting(b, "cursor", 10**9)  # newer than the square: it answers 410
    summary = sync(b, sq, "prof")
    assert summary.pushed == 1
    assert 0 < cursor(b) < 10**9
    assert statuses(b) == {job_id: "inquiry"}
    sync(a, sq, "kim")
    assert [c.body for c in list_comments(a, job_id)] == ["오프라인에서 쓴 글"]
    assert sync(b, sq, "prof").pulled == 0  # and the next sync is quiet again


def test_a_push_whose_answer_was_lost_is_retried_with_its_change_id_and_kept_once(
    sq: Any, open_ws: Callable[[str], Workspace]
) -> None:
    a, b = open_ws("kim"), open_ws("prof")
    job_id = jobs.create_job(a, "응답 유실").value
    share_job(a, job_id, "prof", "advisor")
    sync(a, sq, "kim")
    add_comment(a, job_id, "한 번만", "kim")
    assert sq.api("kim", PASSWORDS["kim"]).post("/v1/test/hooks", json={"crash_after_commit": 1}).ok
    with pytest.raises(SyncError) as caught:
        sync(a, sq, "kim")  # committed on the square, then it died before answering
    assert caught.value.code == "offline"
    assert sync_status(a).pending == 1
    sq.restart()
    assert sync(a, sq, "kim").pushed == 1  # answered from memory: "duplicate"
    assert sync_status(a).pending == 0
    sync(b, sq, "prof")
    assert [c.body for c in list_comments(b, job_id)] == ["한 번만"]


def test_a_cancelled_sync_stops_and_says_so(sq: Any, open_ws: Callable[[str], Workspace]) -> None:
    a = open_ws("kim")
    jobs.create_job(a, "취소")
    stages: list[str] = []
    with pytest.raises(SyncError) as caught:
        sync(a, sq, "kim", cancelled=lambda: True, progress=lambda s, _d, _t: stages.append(s))
    assert caught.value.code == "cancelled"
    last = sync_status(a).last_error
    assert last is not None and last.code == "cancelled"
    assert sync(a, sq, "kim").pushed >= 1  # the next sync does it all


def test_the_square_is_reachable_when_it_runs(sq: Any) -> None:
    assert is_reachable(sq.url)
    sq.stop()
    assert not is_reachable(sq.url, timeout=1)


def test_a_kept_client_whose_sign_in_ran_out_signs_in_again(
    sq: Any, open_ws: Callable[[str], Workspace]
) -> None:
    a = open_ws("kim")
    client = SquareClient(sq.url)
    sync(a, sq, "kim", client=client)
    client.access_token, client.refresh_token = "expired", "revoked"  # 30 days later
    jobs.create_job(a, "한 달 뒤")
    assert sync(a, sq, "kim", client=client).pushed >= 1
    assert client.refresh_token != "revoked"
