"""The request and answer shapes, for validation and the OpenAPI document."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, Field


class LoginIn(BaseModel):
    user: str = Field(max_length=100)
    password: str = Field(max_length=1024)


class RefreshIn(BaseModel):
    refresh_token: str


class UserOut(BaseModel):
    id: str
    name: str
    role: str


class TokensOut(BaseModel):
    access_token: str
    refresh_token: str
    expires_in: int
    user: UserOut


class ChangeIn(BaseModel):
    change_id: str = Field(min_length=1, max_length=64)
    kind: str = Field(max_length=30)
    id: str = Field(min_length=1, max_length=80)
    job_id: str = Field(min_length=1, max_length=36)
    op: Literal["upsert", "delete"] = "upsert"
    base_version: int | None = None
    base: dict[str, Any] | None = None
    data: dict[str, Any] = Field(default_factory=dict)


class PushIn(BaseModel):
    changes: list[ChangeIn]


class RecordOut(BaseModel):
    kind: str
    id: str
    job_id: str
    version: int
    deleted: bool
    data: dict[str, Any]


class ResultOut(BaseModel):
    change_id: str
    status: Literal["applied", "duplicate", "conflict", "rejected"]
    version: int | None
    record: RecordOut | None
    code: str | None


class PushOut(BaseModel):
    results: list[ResultOut]


class PullOut(BaseModel):
    records: list[RecordOut]
    cursor: int
    more: bool
    jobs: list[str]


class SnapshotOut(BaseModel):
    records: list[RecordOut]
    version: int


class HealthOut(BaseModel):
    ok: bool
    protocol: int


class HooksIn(BaseModel):
    crash_after_commit: int | None = None
    crash_before_commit: int | None = None


class HashesIn(BaseModel):
    hashes: list[str] = Field(max_length=10000)


class MissingOut(BaseModel):
    missing: list[str]


class ReceivedOut(BaseModel):
    received: int


class CompleteIn(BaseModel):
    size: int = Field(ge=0)
