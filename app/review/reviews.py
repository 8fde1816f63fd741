"""Review requests: a maker asks an advisor to review one design revision of a job.

Requesting shares the job with the advisor (a membership, so the square lets them read it)
and writes a `review` record naming the revision and its file's SHA-256. A re-request on a
newer revision of the same design supersedes the open one (it stays readable). A review's
status is worked out, not stored: withdrawn or superseded when the maker said so, else what
the last verdict in its chain said (approved, changes requested), else open.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.changes import Changes, Result
from app.errors import InvalidValueError, NotFoundError
from app.jobs.members import member_id
from app.kinds import Kind
from app.models import (
    Comment,
    DesignRevision,
    Job,
    JobMember,
    Pin,
    Review,
    ReviewSeen,
    Verdict,
    utcnow,
)
from app.review.canonical import verdict_hash
from app.rows import live_row
from app.workspace import Workspace

STATES = ("open", "withdrawn", "superseded")
STATUSES = ("open", "changes_requested", "approved", "withdrawn", "superseded")
MAX_NOTE = 10_000


@dataclass(frozen=True)
class VerdictRow:
    id: str
    verdict: str  # approved, changes_requested
    note: str
    signer: str
    signed_at: str
    public_key: str
    hash: str
    prev_hash: str
    receipt_at: str | None
    pending: bool  # not yet accepted by the square


@dataclass(frozen=True)
class ReplyRow:
    id: str
    author: str
    body: str
    created_at: datetime
    pending: bool


@dataclass(frozen=True)
class PinRow:
    id: str
    number: int  # 1, 2, … in the review's order
    review_id: str
    design_revision_id: str
    point: tuple[float, float, float]
    normal: tuple[float, float, float] | None
    face: int | None
    text: str
    author: str
    status: str  # open, resolved
    assignee: str
    camera: dict[str, Any] | None
    section: dict[str, Any] | None
    measurements: tuple[dict[str, Any], ...]
    has_snapshot: bool
    replies: tuple[ReplyRow, ...]
    created_at: datetime
    pending: bool


@dataclass(frozen=True)
class ReviewRow:
    id: str
    job_id: str
    job_number: str
    job_title: str
    design_revision_id: str
    design_name: str
    revision: int
    file_sha256: str
    requested_by: str
    reviewer: str
    due: date | None
    note: str
    state: str
    status: str
    supersedes_id: str | None
    created_at: datetime
    verdicts: tuple[VerdictRow, ...]
    pins: tuple[PinRow, ...]
    new_activity: bool  # pins, replies or verdicts by others since this PC last looked
    pending: bool

    @property
    def late(self) -> bool:
        return (
            self.due is not None
            and self.status in ("open", "changes_requested")
            and self.due < date.today()
        )


def _text(value: str, field: str, limit: int = MAX_NOTE) -> str:
    value = value.strip()
    if len(value) > limit:
        raise InvalidValueError(f"{field} too long", field=field)
    return value


def request_review(
    ws: Workspace,
    job_id: str,
    reviewer: str,
    design_revision_id: str,
    *,
    due: date | None = None,
    note: str = "",
    by: str = "",
) -> Result[str]:
    """Ask `reviewer` to review the revision; shares the job with them as an advisor.
    An open review of an older revision of the same design by the same reviewer is
    superseded by this one. Returns the new review's id."""
    reviewer = reviewer.strip()
    if not reviewer or len(reviewer) > 100:
        raise InvalidValueError(f"reviewer {reviewer!r}", field="reviewer", value=reviewer)
    if by and reviewer == by.strip():
        raise InvalidValueError(
            "one cannot review one's own request", field="reviewer", reason="own_request"
        )
    note = _text(note, "note")
    with ws.session() as s:
        live_row(s, Job, job_id)
        rev = live_row(s, DesignRevision, design_revision_id)
        if rev.design.job_id != job_id:
            raise InvalidValueError("the revision is not this job's", field="revision")
        earlier = _open_reviews(s, job_id, reviewer, rev.design_id)
        if any(r.design_revision_id == rev.id for r in earlier):
            raise InvalidValueError(
                "this revision is already under review by this reviewer",
                field="revision",
                reason="already_requested",
            )
        mid = member_id(job_id, reviewer)
        member = s.get(JobMember, mid)
        if member is None:
            s.add(JobMember(id=mid, job_id=job_id, user=reviewer, role="advisor"))
        elif member.deleted:
            member.deleted, member.role, member.dirty = False, "advisor", True
        review = Review(
            job_id=job_id,
            design_revision_id=rev.id,
            file_sha256=rev.file_hash,
            requested_by=by.strip(),
            reviewer=reviewer,
            due_date=due,
            note=note,
            state="open",
        )
        s.add(review)
        s.flush()
        for old in earlier:
            old.state, old.dirty = "superseded", True
        if earlier:
            review.supersedes_id = earlier[-1].id
        ids = frozenset({review.id, *(r.id for r in earlier)})
        return Result(review.id, Changes(jobs=frozenset({job_id}), reviews=ids))


def _open_reviews(s: Session, job_id: str, reviewer: str, design_id: str) -> list[Review]:
    rows = s.scalars(
        select(Review)
        .join(DesignRevision, DesignRevision.id == Review.design_revision_id)
        .where(
            Review.job_id == job_id,
            Review.reviewer == reviewer,
            Review.state == "open",
            Review.deleted.is_(False),
            DesignRevision.design_id == design_id,
        )
        .order_by(Review.created_at)
    ).all()
    return list(rows)


def withdraw_review(ws: Workspace, review_id: str) -> Result[None]:
    with ws.session() as s:
        review = live_row(s, Review, review_id)
        if review.state != "open":
            raise InvalidValueError(
                f"the review is {review.state}", field="state", reason="review_closed"
            )
        review.state, review.dirty = "withdrawn", True
        changes = Changes(jobs=frozenset({review.job_id}), reviews=frozenset({review_id}))
        return Result(None, changes)


def mark_seen(ws: Workspace, review_id: str) -> Result[None]:
    """This PC's user looked at the review now (its "new activity" mark goes)."""
    with ws.session() as s:
        seen = s.get(ReviewSeen, review_id)
        if seen is None:
            s.add(ReviewSeen(review_id=review_id, seen_at=utcnow()))
        else:
            seen.seen_at = utcnow()
    return Result(None, Changes(reviews=frozenset({review_id})))


def list_reviews(
    ws: Workspace,
    *,
    reviewer: str | None = None,
    requested_by: str | None = None,
    job_id: str | None = None,
    me: str = "",
) -> list[ReviewRow]:
    """Reviews, newest first; `me` is this PC's user (whose own activity is not "new")."""
    with ws.read_session() as s:
        query = select(Review).where(Review.deleted.is_(False))
        if reviewer is not None:
            query = query.where(Review.reviewer == reviewer)
        if requested_by is not None:
            query = query.where(Review.requested_by == requested_by)
        if job_id is not None:
            query = query.where(Review.job_id == job_id)
        rows = s.scalars(query.order_by(Review.created_at.desc(), Review.id)).all()
        return [_review_row(s, r, me) for r in rows]


def get_review(ws: Workspace, review_id: str, *, me: str = "") -> ReviewRow:
    with ws.read_session() as s:
        review = s.get(Review, review_id)
        if review is None or review.deleted:
            raise NotFoundError(f"review {review_id}", kind=Kind.REVIEW, id=review_id)
        return _review_row(s, review, me)


def find_review(ws: Workspace, prefix: str) -> str:
    """The id of the review whose id is or starts with `prefix` (as the command line takes
    it); NotFoundError when none or more than one."""
    with ws.read_session() as s:
        ids = s.scalars(
            select(Review.id).where(Review.id.startswith(prefix), Review.deleted.is_(False))
        ).all()
    if len(ids) != 1 or not prefix:
        raise NotFoundError(f"review {prefix}", kind=Kind.REVIEW, id=prefix)
    return ids[0]


def _review_row(s: Session, r: Review, me: str) -> ReviewRow:
    rev = s.get(DesignRevision, r.design_revision_id)
    job = s.get(Job, r.job_id)
    verdict_rows = s.scalars(
        select(Verdict).where(Verdict.review_id == r.id, Verdict.deleted.is_(False))
    ).all()
    verdicts = chain(verdict_rows)
    pins = review_pins(s, r.id)
    status = r.state if r.state != "open" else (verdicts[-1].verdict if verdicts else "open")
    return ReviewRow(
        id=r.id,
        job_id=r.job_id,
        job_number=job.number if job else "",
        job_title=job.title if job else "",
        design_revision_id=r.design_revision_id,
        design_name=rev.design.name if rev else "",
        revision=rev.number if rev else 0,
        file_sha256=r.file_sha256,
        requested_by=r.requested_by,
        reviewer=r.reviewer,
        due=r.due_date,
        note=r.note,
        state=r.state,
        status=status,
        supersedes_id=r.supersedes_id,
        created_at=r.created_at,
        verdicts=tuple(verdicts),
        pins=pins,
        new_activity=_new_activity(s, r, verdict_rows, me),
        pending=r.server_version is None or r.dirty,
    )


def _new_activity(s: Session, r: Review, verdicts: Any, me: str) -> bool:
    """Anything by someone else that arrived here after this PC's user last looked. The
    times compared are both this PC's: when a row was last written here (`updated_at`, also
    when it arrived by sync) and when the user looked."""
    seen = s.get(ReviewSeen, r.id)
    if seen is None:
        return r.requested_by != me  # a request to me, never opened here
    since = seen.seen_at
    if r.requested_by != me and r.updated_at > since:
        return True
    if any(v.signer != me and v.updated_at > since for v in verdicts):
        return True
    pins = s.scalars(select(Pin).where(Pin.review_id == r.id)).all()
    if any(p.author != me and p.updated_at > since for p in pins):
        return True
    if not pins:
        return False
    replies = s.execute(
        select(Comment.author, Comment.updated_at).where(Comment.pin_id.in_([p.id for p in pins]))
    ).all()
    return any(author != me and at > since for author, at in replies)


def chain(verdicts: Any) -> list[VerdictRow]:
    """A review's verdicts in their chain's order: the first names no previous verdict, each
    next names the hash of the one before. Verdicts off the chain (a broken or forked chain:
    app.review.verify says so) follow, oldest first."""
    rows = [_verdict_row(v) for v in verdicts]
    by_prev: dict[str, list[VerdictRow]] = {}
    for v in sorted(rows, key=lambda v: (v.signed_at, v.id)):
        by_prev.setdefault(v.prev_hash, []).append(v)
    out: list[VerdictRow] = []
    prev = ""
    while by_prev.get(prev):
        nxt = by_prev[prev].pop(0)
        out.append(nxt)
        prev = nxt.hash
    rest = [v for v in rows if v not in out]
    return out + sorted(rest, key=lambda v: (v.signed_at, v.id))


def _verdict_row(v: Verdict) -> VerdictRow:
    return VerdictRow(
        id=v.id,
        verdict=v.verdict,
        note=v.note,
        signer=v.signer,
        signed_at=v.signed_at,
        public_key=v.public_key,
        hash=verdict_hash(verdict_fields(v)),
        prev_hash=v.prev_hash,
        receipt_at=v.receipt_at,
        pending=v.server_version is None or v.dirty,
    )


def verdict_fields(v: Verdict) -> dict[str, Any]:
    """The verdict's record fields its canonical bytes are made of."""
    return {
        "review_id": v.review_id,
        "job_id": v.job_id,
        "design_revision_id": v.design_revision_id,
        "revision_number": v.revision_number,
        "file_sha256": v.file_sha256,
        "verdict": v.verdict,
        "note": v.note,
        "pins_json": v.pins_json,
        "signer": v.signer,
        "signed_at": v.signed_at,
        "prev_hash": v.prev_hash,
        "public_key": v.public_key,
    }


def review_pins(s: Session, review_id: str) -> tuple[PinRow, ...]:
    pins = s.scalars(
        select(Pin)
        .where(Pin.review_id == review_id, Pin.deleted.is_(False))
        .order_by(Pin.server_version.is_(None), Pin.server_version, Pin.created_at, Pin.id)
    ).all()
    return tuple(pin_row(s, p, i + 1) for i, p in enumerate(pins))


def pin_row(s: Session, p: Pin, number: int) -> PinRow:
    replies = s.scalars(
        select(Comment)
        .where(Comment.pin_id == p.id, Comment.deleted.is_(False))
        .order_by(Comment.server_version.is_(None), Comment.server_version, Comment.created_at)
    ).all()
    return PinRow(
        id=p.id,
        number=number,
        review_id=p.review_id,
        design_revision_id=p.design_revision_id,
        point=_triple(p.point_json) or (0.0, 0.0, 0.0),
        normal=_triple(p.normal_json),
        face=p.face,
        text=p.text,
        author=p.author,
        status=p.status,
        assignee=p.assignee,
        camera=_object(p.camera_json),
        section=_object(p.section_json),
        measurements=tuple(_list(p.measurements_json)),
        has_snapshot=bool(p.snapshot_png),
        replies=tuple(
            ReplyRow(c.id, c.author, c.body, c.created_at, c.server_version is None)
            for c in replies
        ),
        created_at=p.created_at,
        pending=p.server_version is None or p.dirty,
    )


def _triple(text: str | None) -> tuple[float, float, float] | None:
    value = _parse(text)
    if isinstance(value, list) and len(value) == 3:
        try:
            return (float(value[0]), float(value[1]), float(value[2]))
        except (TypeError, ValueError):
            return None
    return None


def _object(text: str | None) -> dict[str, Any] | None:
    value = _parse(text)
    return value if isinstance(value, dict) else None


def _list(text: str | None) -> list[dict[str, Any]]:
    value = _parse(text)
    return [v for v in value if isinstance(v, dict)] if isinstance(value, list) else []


def _parse(text: str | None) -> Any:
    if not text:
        return None
    try:
        return json.loads(text)
    except (ValueError, RecursionError):
        return None
