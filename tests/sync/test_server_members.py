"""Membership: a job keeps its creator and at least one maker, whoever pushes what."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from tests.sync.conftest import Api, Square, change


def test_a_job_keeps_its_creator_and_at_least_one_maker(square: Callable[..., Square]) -> None:
    sq = square()
    for name, role in (("kim", "maker"), ("lee", "maker"), ("boss", "admin")):
        sq.add_user(name, role)
    kim, lee, boss = sq.api("kim"), sq.api("lee"), sq.api("boss")
    job_id = kim.new_job()

    def member(api: Api, user: str, role: str | None) -> dict[str, Any]:
        if role is None:
            c = change("membership", f"{job_id}:{user}", job_id, {"user": user}, op="delete")
        else:
            c = change("membership", f"{job_id}:{user}", job_id, {"user": user, "role": role})
        return api.push_one(c)

    def refused(result: dict[str, Any]) -> None:
        assert (result["status"], result["code"]) == ("rejected", "forbidden"), result
        assert result["record"]["data"] == {"user": "kim", "role": "maker"}  # kept as it was

    refused(member(kim, "kim", None))  # the last maker cannot leave ...
    refused(member(kim, "kim", "advisor"))  # ... nor step down
    assert member(kim, "lee", "maker")["status"] == "applied"
    refused(member(lee, "kim", None))  # another maker cannot remove the creator ...
    refused(member(lee, "kim", "advisor"))  # ... nor demote them
    assert lee.pull()["jobs"] == [job_id] and kim.pull()["jobs"] == [job_id]
    assert member(kim, "lee", None)["status"] == "applied"  # the creator removes a maker
    assert member(kim, "lee", "maker")["status"] == "applied"
    assert member(boss, "kim", "advisor")["status"] == "applied"  # an admin may
    assert member(lee, "lee", None)["code"] == "forbidden"  # lee is the last maker now
