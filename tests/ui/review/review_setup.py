"""What the review UI tests share: a job with a design under review, a signed-in account,
and a keyring kept in memory (the OS keyring's stand-in)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import keyring
import pytest

from app.designs import designs
from app.jobs import jobs
from app.replica.state import set_sync_setting
from app.review import reviews
from app.workspace import Workspace
from tests.stl_files import write_box_stl
from tests.sync.http_fakes import MemoryKeyring

SQUARE = "http://127.0.0.1:8765"


@dataclass(frozen=True)
class UnderReview:
    job_id: str
    revision_id: str
    review_id: str


def job_with_design(ws: Workspace, tmp_path: Path, title: str = "브래킷 시제품") -> tuple[str, str]:
    job_id = jobs.create_job(ws, title).value
    folder = tmp_path / f"design-{job_id[:8]}"
    folder.mkdir()
    rev = designs.import_design(ws, job_id, write_box_stl(folder / "bracket.stl", (20, 10, 5)))
    return job_id, rev.value


def request(
    ws: Workspace,
    tmp_path: Path,
    *,
    by: str = "kim",
    reviewer: str = "prof",
    due: date | None = None,
    note: str = "",
    title: str = "브래킷 시제품",
) -> UnderReview:
    job_id, rev_id = job_with_design(ws, tmp_path, title)
    review_id = reviews.request_review(
        ws, job_id, reviewer, rev_id, due=due, note=note, by=by
    ).value
    return UnderReview(job_id, rev_id, review_id)


def sign_in(ws: Workspace, user: str) -> None:
    """As a first sync leaves the workspace: the square's address and the account."""
    set_sync_setting(ws, "server_url", SQUARE)
    set_sync_setting(ws, "user", user)


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    before = keyring.get_keyring()
    memory = MemoryKeyring()
    keyring.set_keyring(memory)
    yield memory
    keyring.set_keyring(before)
