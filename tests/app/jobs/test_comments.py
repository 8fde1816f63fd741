"""app/jobs/comments.py: a job's message thread (without the pinned comments) and what of
it is unread here, on this PC's clock."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

import pytest

from app.designs import designs
from app.jobs import jobs
from app.jobs.comments import (
    add_comment,
    is_unread,
    last_read,
    list_comments,
    mark_job_read,
    unread_counts,
)
from app.models import Comment
from app.review import pins, reviews
from app.workspace import Workspace
from tests.stl_files import write_box_stl


@pytest.fixture
def job(workspace: Workspace) -> str:
    return jobs.create_job(workspace, "브래킷 시제품").value


def test_the_thread_leaves_out_pin_replies_and_comments_pinned_on_a_model(
    workspace: Workspace, job: str, tmp_path: Path
) -> None:
    rev = designs.import_design(workspace, job, write_box_stl(tmp_path / "b.stl", (20, 10, 5)))
    review = reviews.request_review(workspace, job, "prof", rev.value, by="kim").value
    pin = pins.add_pin(workspace, review, point=(0, 0, 5), text="두께?", author="prof").value
    pins.reply_to_pin(workspace, pin, "1.8 mm입니다", "kim")
    with workspace.session() as s:
        s.add(Comment(job_id=job, author="kim", body="여기", pin_json=json.dumps({"point": [0]})))
    add_comment(workspace, job, "견적 보내드렸어요", "kim")

    assert [c.body for c in list_comments(workspace, job, thread_only=True)] == [
        "견적 보내드렸어요"
    ]
    assert len(list_comments(workspace, job)) == 3  # everything, as the command line lists
    assert unread_counts(workspace, "prof") == {job: 1}  # pins have their own "new" marks


def test_messages_by_others_are_unread_until_the_job_is_read(
    workspace: Workspace, job: str
) -> None:
    other = jobs.create_job(workspace, "반지").value
    add_comment(workspace, job, "시제품 언제 되나요?", "prof")
    add_comment(workspace, job, "다음 주요", "kim")  # my own: never unread
    add_comment(workspace, other, "도면 봤습니다", "prof")
    assert last_read(workspace, job) is None
    assert unread_counts(workspace, "kim") == {job: 1, other: 1}

    thread = list_comments(workspace, job, thread_only=True)
    read_at = thread[-1].arrived_at
    mark_job_read(workspace, job, at=read_at)
    assert last_read(workspace, job) == read_at
    assert not any(is_unread(c, read_at, "kim") for c in thread)
    assert unread_counts(workspace, "kim") == {other: 1}

    add_comment(workspace, job, "좋습니다", "prof")  # arrives after the read
    newest = list_comments(workspace, job, thread_only=True)[-1]
    assert is_unread(newest, last_read(workspace, job), "kim")
    assert unread_counts(workspace, "kim") == {job: 1, other: 1}


def test_reading_never_moves_the_mark_back_and_changes_nothing_synced(
    workspace: Workspace, job: str
) -> None:
    add_comment(workspace, job, "안녕하세요", "prof")
    later = list_comments(workspace, job)[0].arrived_at + timedelta(minutes=5)
    assert mark_job_read(workspace, job, at=later).changes.empty
    mark_job_read(workspace, job, at=later - timedelta(hours=1))  # an older read, late
    assert last_read(workspace, job) == later
    mark_job_read(workspace, job)  # now: before `later`, so the mark stays
    assert last_read(workspace, job) == later
