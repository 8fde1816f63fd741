"""The request and answer shapes, for validation and the OpenAPI document."""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field

from sync.protocol import ErrorCode, Op, PushStatus, Role
from sync.server.filestore import HASH_PATTERN


class ErrorOut(BaseModel):
    """Every answer but a 2xx: a stable `code` and words for people (never parse them)."""

    model_config = ConfigDict(extra="allow")  # e.g. `received`, `minimum`, `retry_after`

    code: ErrorCode
    message: str


# The error answers every route may give, for the OpenAPI document.
ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {"4XX": {"model": ErrorOut}}
# Names and ids: printable, never a control character (PostgreSQL text cannot hold NUL).
PRINTABLE = r"^[^\x00-\x1f\x7f]*$"


def _printable(max_length: int) -> Any:
    """A non-empty printable name or id of at most `max_length` characters."""
    return Field(min_length=1, max_length=max_length, pattern=PRINTABLE)


class LoginIn(BaseModel):
    user: str = _printable(100)
    password: str = Field(max_length=1024)


class RefreshIn(BaseModel):
    refresh_token: str = Field(max_length=200)


class UserOut(BaseModel):
    id: str
    name: str
    role: Role


class TokensOut(BaseModel):
    access_token: str
    refresh_token: str
    expires_in: int
    user: UserOut


class LineIn(BaseModel):
    """One line of a quote revision, inside the revision's change (they travel as one)."""

    id: str = _printable(80)
    data: dict[str, Any] = Field(default_factory=dict)


class ChangeIn(BaseModel):
    change_id: str = _printable(64)
    kind: str = _printable(30)
    id: str = _printable(80)
    job_id: str = _printable(36)
    op: Op = "upsert"
    base_version: int | None = None
    base: dict[str, Any] | None = None
    data: dict[str, Any] = Field(default_factory=dict)
    # quote_revision only: the complete set of the revision's lines (protocol 2). How many
    # is the validation's to judge, per change (`too_large`), so one long quote cannot
    # fail the whole push and hold the client's outbox.
    lines: list[LineIn] | None = None


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
    status: PushStatus
    version: int | None
    record: RecordOut | None
    code: ErrorCode | None
    message: str | None = None  # why a change was rejected, for people
    # quote_revision only: the square's lines of the revision in `record`.
    lines: list[RecordOut] | None = None


class PushOut(BaseModel):
    results: list[ResultOut]


class PullOut(BaseModel):
    records: list[RecordOut]
    cursor: int
    more: bool
    jobs: list[str]
    # The directory's tag (GET /v1/directory): a client fetches it only when this changed.
    directory: str | None = None


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
    hashes: list[Annotated[str, Field(pattern=HASH_PATTERN)]] = Field(max_length=10000)


class MissingOut(BaseModel):
    missing: list[str]


class ReceivedOut(BaseModel):
    received: int


class CompleteIn(BaseModel):
    size: int = Field(ge=0)


PUBLIC_KEY = r"^[0-9a-f]{64}$"  # an Ed25519 public key, lowercase hex


class SquareOut(BaseModel):
    """The square's signing key, which clients pin and check receipts with."""

    public_key: str
    fingerprint: str


class KeyIn(BaseModel):
    public_key: str = Field(pattern=PUBLIC_KEY)


class KeysOut(BaseModel):
    keys: list[str]


class ProfileIn(BaseModel):
    """One's card in the directory (the square checks the words: sync.server.directory)."""

    affiliation: str = Field(default="", max_length=200)
    fields: list[Annotated[str, Field(max_length=100)]] = Field(default_factory=list, max_length=20)
    intro: str = Field(default="", max_length=2000)


class MemberOut(BaseModel):
    name: str
    role: Role
    affiliation: str
    fields: list[str]
    intro: str
    keys: list[str]


class DirectoryOut(BaseModel):
    members: list[MemberOut]
    tag: str
