"""A job shared on the square: made by kim, with a design, shared with prof (advisor) and
lee (trainer); the window's user is set per test (ctx.user_name)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from app.designs import designs
from app.jobs import jobs
from app.jobs.members import share_job
from ui.app_context import AppContext


@pytest.fixture
def shared_job(ctx: AppContext, box_stl: Callable[..., Path]) -> str:
    job = jobs.create_job(ctx.ws, "브래킷 시제품", customer="성수 정밀").value
    designs.import_design(ctx.ws, job, box_stl("bracket.stl"))
    share_job(ctx.ws, job, "kim", "maker")
    share_job(ctx.ws, job, "prof", "advisor")
    share_job(ctx.ws, job, "lee", "trainer")
    return job
