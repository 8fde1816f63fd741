"""What a pushed record may hold: one typed schema per kind (docs/sync-protocol.md, "Records").

The square trusts no client. Before a change reaches the rules (and so the feed), its `data`
(and a quote revision's `lines`) must match its kind's schema: known fields only, each of
its type (strict: no "12" for 12, no 1 for true), integers within 64 bits, text without
NUL and valid as UTF-8 (a lone surrogate is not), dates and datetimes that parse as the
client parses them (`date.fromisoformat`, `datetime.fromisoformat`; an offset is turned
into the naive UTC the workspace keeps), embedded JSON (`*_json` fields) that parses to
an object (a list where the workspace keeps one: a verdict's pins, a pin's measurements;
three finite numbers for a pin's point and normal), a thumbnail or snapshot that is a base64
PNG, and sizes within bounds. A verdict's signed fields are taken byte for byte (its times
match one exact pattern and are never normalised): its signature covers them. A field may
be left out of a change to a record the square has (a job merge sends only what changed), but a
new record must carry every field the workspace cannot do without (`REQUIRED`: a job
without a number would break every member's next pull), and no field may be null where
the workspace's column may not be. A quote revision always comes whole (the square may
make a sibling draft of it), and so does each of its lines.

A change that fails is answered `rejected` with code `invalid` or `too_large` and a message
naming the field and the rule, never the value (it may be the very text that cannot be
encoded). The square sets some fields itself (`with_author`): who wrote a comment, a design
revision, a status change or a pin, and who requested a review, is the signed-in pusher,
whatever the client said.
"""

from __future__ import annotations

import base64
import binascii
import json
import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, ConfigDict, Field, TypeAdapter, ValidationError, with_config
from typing_extensions import TypedDict

from app.review import canonical
from sync.protocol import ErrorCode, MemberRole
from sync.server.changes import Change
from sync.server.filestore import HASH_PATTERN

MAX_RECORD_BYTES = 256 * 1024  # a record's data as compact UTF-8 JSON
MAX_THUMBNAIL_CHARS = 360_000  # base64 of a 256 px RGBA PNG even when it does not compress
MAX_DESIGN_REVISION_BYTES = MAX_RECORD_BYTES + MAX_THUMBNAIL_CHARS
MAX_COMMENT_CHARS = 20_000
MAX_TEXT_CHARS = 100_000  # notes, embedded JSON
MAX_SHORT_CHARS = 1_000  # names, titles, one-line fields
MAX_LINES = 500  # lines of one quote revision
INT64 = 2**63
_PNG = b"\x89PNG\r\n\x1a\n"
# pydantic error types that mean "too big" rather than "wrong".
_SIZE_ERRORS = frozenset({"string_too_long", "too_long"})
# The fields the square fills in from the signed-in user, per kind.
AUTHOR_FIELDS = {
    "comment": "author",
    "design_revision": "author",
    "job_status_change": "changed_by",
    "pin": "author",
    "review": "requested_by",
}
# A verdict's `signer` is not among them: it is signed, so the square never rewrites it; the
# rules refuse a verdict whose signer is not its pusher (sync.server.review_rules).


def _text(value: str) -> str:
    if "\x00" in value:
        raise ValueError("text may not hold NUL characters")
    return value


def _date(value: str) -> str:
    try:
        date.fromisoformat(value)
    except ValueError:
        raise ValueError("not an ISO-8601 date") from None
    return value


def _datetime(value: str) -> str:
    try:
        when = datetime.fromisoformat(value)
    except ValueError:
        raise ValueError("not an ISO-8601 date and time") from None
    if when.tzinfo is not None:  # the workspace keeps naive UTC
        return when.astimezone(UTC).replace(tzinfo=None).isoformat()
    return value


def _json_object(value: str) -> str:
    try:
        parsed = json.loads(value)
    except (ValueError, RecursionError):
        raise ValueError("not JSON") from None
    if not isinstance(parsed, dict):
        raise ValueError("not a JSON object")
    return value


def _parsed(value: str) -> Any:
    try:
        return json.loads(value)
    except (ValueError, RecursionError):
        raise ValueError("not JSON") from None


def _json_array(value: str) -> str:
    if not isinstance(_parsed(value), list):
        raise ValueError("not a JSON array")
    return value


def _json_point(value: str) -> str:
    """Three finite numbers: a point or a direction in the part's millimetres."""
    parsed = _parsed(value)
    if not (
        isinstance(parsed, list)
        and len(parsed) == 3
        and all(
            isinstance(c, int | float) and not isinstance(c, bool) and math.isfinite(c)
            for c in parsed
        )
    ):
        raise ValueError("not a list of three finite numbers")
    return value


def _png(value: str) -> str:
    try:
        head = base64.b64decode(value, validate=True)[: len(_PNG)]
    except (binascii.Error, ValueError):
        raise ValueError("not base64") from None
    if head != _PNG:
        raise ValueError("not a PNG image")
    return value


Short = Annotated[str, Field(max_length=MAX_SHORT_CHARS), AfterValidator(_text)]
Text = Annotated[str, Field(max_length=MAX_TEXT_CHARS), AfterValidator(_text)]
Body = Annotated[str, Field(max_length=MAX_COMMENT_CHARS), AfterValidator(_text)]
Code = Annotated[str, Field(pattern=r"^[A-Za-z0-9_.:\-]{0,40}$")]  # statuses, units, formats
Id = Annotated[str, Field(pattern=r"^[A-Za-z0-9_.:\-]{1,80}$")]  # another record's id
Hash = Annotated[str, Field(pattern=HASH_PATTERN)]
Int = Annotated[int, Field(ge=-INT64, lt=INT64)]
Count = Annotated[int, Field(ge=0, lt=INT64)]
Date = Annotated[str, Field(max_length=40), AfterValidator(_date)]
DateTime = Annotated[str, Field(max_length=40), AfterValidator(_datetime)]
JsonObject = Annotated[str, Field(max_length=MAX_TEXT_CHARS), AfterValidator(_json_object)]
Png = Annotated[str, Field(max_length=MAX_THUMBNAIL_CHARS), AfterValidator(_png)]
JsonArray = Annotated[str, Field(max_length=MAX_TEXT_CHARS), AfterValidator(_json_array)]
JsonPoint = Annotated[str, Field(max_length=MAX_SHORT_CHARS), AfterValidator(_json_point)]
# Signed bytes (a verdict's time, keys, signatures) are kept exactly as sent: no
# normalising, which would break the signature. ASCII digits only ([0-9], not \d).
_SIGNED_TIME = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z$"  # 2026-12-07T08:00:00Z
SignedTime = Annotated[str, Field(pattern=_SIGNED_TIME)]
PublicKey = Annotated[str, Field(pattern=r"^[0-9a-f]{64}$")]
Signature = Annotated[str, Field(pattern=r"^[0-9a-f]{128}$")]
PrevHash = Annotated[str, Field(pattern=r"^([0-9a-f]{64})?$")]

_STRICT = ConfigDict(extra="forbid", strict=True)

# One schema per kind: the workspace's columns as app.replica.records.record_data sends them
# (app/models.py), each optional; `| None` only where the column is nullable.


@with_config(_STRICT)
class JobData(TypedDict, total=False):
    number: Short
    title: Short
    status: Code  # the square's to set; ignored when pushed
    priority: Annotated[int, Field(ge=0, le=3)]
    due_date: Date | None
    assignee: Short
    notes: Text
    customer_name: Short
    created_at: DateTime


@with_config(_STRICT)
class JobStatusChangeData(TypedDict, total=False):
    from_status: Code | None
    to_status: Code
    changed_at: DateTime
    changed_by: Short
    note: Text
    created_at: DateTime


@with_config(_STRICT)
class DesignData(TypedDict, total=False):
    name: Short
    created_at: DateTime


@with_config(_STRICT)
class DesignRevisionData(TypedDict, total=False):
    design_id: Id
    number: Count
    file_hash: Hash
    original_name: Short
    format: Code
    units: Code
    size_bytes: Count
    metrics_json: JsonObject
    report_json: JsonObject | None
    thumbnail_png: Png | None
    author: Short
    note: Text
    params_json: JsonObject | None
    mesh_hash: Hash | None
    created_at: DateTime


@with_config(_STRICT)
class QuoteData(TypedDict, total=False):
    number: Short
    created_at: DateTime


@with_config(_STRICT)
class QuoteRevisionData(TypedDict, total=False):
    quote_id: Id
    number: Count
    status: Code
    vat_included: bool
    rounding: Code
    issue_date: Date
    valid_until: Date
    notes: Text
    sent_at: DateTime | None
    supply_total: Int
    tax_total: Int
    grand_total: Int
    branch_of: Id | None
    created_at: DateTime


@with_config(_STRICT)
class QuoteLineData(TypedDict, total=False):
    revision_id: Id
    position: Int
    item: Short
    spec: Short
    quantity: Int
    unit_price: Int
    note: Short
    design_revision_id: Id | None
    design_hash: Hash | None
    breakdown_json: JsonObject | None
    created_at: DateTime


@with_config(_STRICT)
class ReviewData(TypedDict, total=False):
    design_revision_id: Id
    file_sha256: Hash
    requested_by: Short
    reviewer: Short
    due_date: Date | None
    note: Text
    state: Literal["open", "withdrawn", "superseded"]
    supersedes_id: Id | None
    created_at: DateTime


@with_config(_STRICT)
class PinData(TypedDict, total=False):
    review_id: Id
    design_revision_id: Id
    author: Short
    text: Body
    point_json: JsonPoint
    normal_json: JsonPoint | None
    face: Count | None
    camera_json: JsonObject | None
    section_json: JsonObject | None
    measurements_json: JsonArray | None
    snapshot_png: Png | None
    status: Literal["open", "resolved"]
    assignee: Short
    created_at: DateTime


@with_config(_STRICT)
class VerdictData(TypedDict, total=False):
    review_id: Id
    design_revision_id: Id
    revision_number: Count
    file_sha256: Hash
    verdict: Literal["approved", "changes_requested"]
    note: Text
    pins_json: JsonArray
    signer: Short
    signed_at: SignedTime
    prev_hash: PrevHash
    public_key: PublicKey
    signature: Signature
    receipt_at: SignedTime | None  # the square's: what a client sends is replaced
    receipt_signature: Signature | None
    created_at: DateTime


@with_config(_STRICT)
class CommentData(TypedDict, total=False):
    design_revision_id: Id | None
    author: Short
    body: Body
    pin_json: JsonObject | None
    pin_id: Id | None  # a reply in a review topic (a pin)
    created_at: DateTime


@with_config(_STRICT)
class MembershipData(TypedDict, total=False):
    user: Short
    role: MemberRole
    created_at: DateTime


SCHEMAS: dict[str, TypeAdapter[Any]] = {
    "job": TypeAdapter(JobData),
    "job_status_change": TypeAdapter(JobStatusChangeData),
    "design": TypeAdapter(DesignData),
    "design_revision": TypeAdapter(DesignRevisionData),
    "quote": TypeAdapter(QuoteData),
    "quote_revision": TypeAdapter(QuoteRevisionData),
    "quote_line": TypeAdapter(QuoteLineData),
    "review": TypeAdapter(ReviewData),
    "pin": TypeAdapter(PinData),
    "verdict": TypeAdapter(VerdictData),
    "comment": TypeAdapter(CommentData),
    "membership": TypeAdapter(MembershipData),
}
# A design revision's thumbnail and a pin's snapshot come on top of a record's data.
_MAX_BYTES = {"design_revision": MAX_DESIGN_REVISION_BYTES, "pin": MAX_DESIGN_REVISION_BYTES}
# The fields a new record must carry: the workspace's NOT NULL columns without a default
# (a quote line's revision_id is the square's to set: the revision it travels in).
REQUIRED: dict[str, tuple[str, ...]] = {
    "job": ("number", "title"),
    "job_status_change": ("to_status",),
    "design": ("name",),
    "design_revision": (
        "design_id",
        "number",
        "file_hash",
        "original_name",
        "format",
        "size_bytes",
    ),
    "quote": ("number",),
    "quote_revision": ("quote_id", "number", "issue_date", "valid_until"),
    "quote_line": ("position", "item"),
    "review": ("design_revision_id", "file_sha256", "reviewer"),
    "pin": ("review_id", "design_revision_id", "text", "point_json"),
    # The signature and every field it covers but the job (the record's own).
    "verdict": (*(f for f in canonical.SIGNED_FIELDS if f != "job_id"), "signature"),
    "comment": ("body",),
    "membership": ("user",),
}
WHOLE_ALWAYS = frozenset({"quote_revision"})  # a stale draft becomes a new sibling record


@dataclass(frozen=True)
class Refusal:
    """Why a change was refused: `code` is `invalid` or `too_large`."""

    code: ErrorCode
    message: str


class _Refused(Exception):
    def __init__(self, code: ErrorCode, message: str) -> None:
        super().__init__(message)
        self.refusal = Refusal(code, message)


def check_change(change: Change, *, is_new: Callable[[], bool]) -> Change | Refusal:
    """The change with its data checked (and datetimes normalised), or why it is refused;
    `is_new()` says whether the square has no record of this id yet (asked only when a
    field a new record needs is missing: the client always sends them all).

    A kind the square does not know passes through: the rules answer it `invalid`.
    """
    if change.kind not in SCHEMAS:
        return change
    missing = [name for name in REQUIRED[change.kind] if name not in change.data]
    if missing and change.op == "upsert" and (change.kind in WHOLE_ALWAYS or is_new()):
        return Refusal("invalid", f"{change.kind}.{missing[0]}: a new record needs it")
    try:
        data = checked_data(change.kind, change.data)
        lines = _checked_lines(change.lines) if change.lines is not None else None
    except _Refused as e:
        return e.refusal
    return replace(change, data=data, lines=lines)


def checked_data(
    kind: str, data: dict[str, Any], where: str = "", *, whole: bool = False
) -> dict[str, Any]:
    """`data` as its kind's schema takes it (with every REQUIRED field when `whole`);
    raises _Refused."""
    where = where or kind
    missing = [name for name in REQUIRED[kind] if name not in data] if whole else []
    if missing:
        raise _Refused("invalid", f"{where}.{missing[0]}: a new record needs it")
    try:
        clean: dict[str, Any] = SCHEMAS[kind].validate_python(data)
    except ValidationError as e:
        raise _refused(where, e.errors(include_input=False, include_url=False)) from None
    limit = _MAX_BYTES.get(kind, MAX_RECORD_BYTES)
    try:
        size = len(_compact(clean).encode("utf-8"))
    except ValueError:  # NaN or infinity, or (UnicodeEncodeError) a lone surrogate
        raise _Refused("invalid", f"{where}: not finite numbers and UTF-8 text") from None
    if size > limit:
        raise _Refused("too_large", f"{where}: {size} bytes; a record is at most {limit}")
    return clean


def _checked_lines(lines: list[dict[str, Any]]) -> list[dict[str, Any]]:
    if len(lines) > MAX_LINES:
        raise _Refused("too_large", f"quote_revision.lines: at most {MAX_LINES} lines")
    out = []
    for i, line in enumerate(lines):
        data = line.get("data")
        if not isinstance(data, dict):
            raise _Refused("invalid", f"quote_revision.lines.{i}.data: not an object")
        where = f"quote_revision.lines.{i}"
        out.append({**line, "data": checked_data("quote_line", data, where, whole=True)})
    return out


def with_author(change: Change, name: str) -> Change:
    """The change with its author field (if its kind has one) set to the pusher's name."""
    field = AUTHOR_FIELDS.get(change.kind)
    if field is None or change.op == "delete":
        return change
    return replace(change, data={**change.data, field: name})


def _compact(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, allow_nan=False, separators=(",", ":"))


def _refused(where: str, errors: Iterable[Any]) -> _Refused:
    first = next(iter(errors))
    loc = ".".join(_shown(p) for p in first.get("loc", ()))
    code: ErrorCode = "too_large" if first.get("type") in _SIZE_ERRORS else "invalid"
    field = f"{where}.{loc}" if loc else where
    return _Refused(code, f"{field}: {first.get('msg', 'invalid')}")


def _shown(part: object, limit: int = 60) -> str:
    """A field name fit for a message: a client's key may not even be valid UTF-8."""
    text = "".join(c if c.isprintable() else f"\\u{ord(c):04x}" for c in str(part))
    return text if len(text) <= limit else text[:limit] + "…"
