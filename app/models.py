"""The workspace's tables as SQLAlchemy 2 typed models (DESIGN.md, "Data").

Every syncable row carries a client-made UUID, the server version it was last seen at, a
dirty mark and a tombstone flag. Design and quote revisions are immutable once written
(a sent quote revision is frozen); services enforce that.
"""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


def new_id() -> str:
    return str(uuid.uuid4())


def utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    pass


class SyncMixin:
    """Columns every syncable row has from day one."""

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    server_version: Mapped[int | None] = mapped_column(Integer, default=None)
    dirty: Mapped[bool] = mapped_column(Boolean, default=True)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
    # The order of local writes (app.tracking): the outbox follows it, never a clock.
    local_seq: Mapped[int | None] = mapped_column(Integer, default=None)


class Profile(SyncMixin, Base):
    """The maker's business, as printed on the 견적서 supplier block."""

    __tablename__ = "profile"
    business_name: Mapped[str] = mapped_column(String(200), default="")  # 상호
    representative: Mapped[str] = mapped_column(String(100), default="")  # 대표자
    registration_no: Mapped[str] = mapped_column(String(12), default="")  # 사업자등록번호
    address: Mapped[str] = mapped_column(String(300), default="")
    business_type: Mapped[str] = mapped_column(String(100), default="")  # 업태
    business_item: Mapped[str] = mapped_column(String(100), default="")  # 종목
    phone: Mapped[str] = mapped_column(String(50), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    trade: Mapped[str] = mapped_column(String(50), default="")
    seal_png: Mapped[bytes | None] = mapped_column(LargeBinary, default=None)


class Customer(SyncMixin, Base):
    """거래처."""

    __tablename__ = "customer"
    name: Mapped[str] = mapped_column(String(200))
    contact_person: Mapped[str] = mapped_column(String(100), default="")
    phone: Mapped[str] = mapped_column(String(50), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    address: Mapped[str] = mapped_column(String(300), default="")
    registration_no: Mapped[str] = mapped_column(String(12), default="")
    notes: Mapped[str] = mapped_column(Text, default="")


class Machine(SyncMixin, Base):
    __tablename__ = "machine"
    name: Mapped[str] = mapped_column(String(200))
    process: Mapped[str] = mapped_column(String(30))  # fdm, resin, cnc, casting, generic
    build_x_mm: Mapped[float] = mapped_column(Float)
    build_y_mm: Mapped[float] = mapped_column(Float)
    build_z_mm: Mapped[float] = mapped_column(Float)
    hourly_rate: Mapped[int] = mapped_column(Integer, default=0)  # won per hour
    setup_fee: Mapped[int] = mapped_column(Integer, default=0)  # won
    params_json: Mapped[str] = mapped_column(Text, default="{}")


class Material(SyncMixin, Base):
    __tablename__ = "material"
    name: Mapped[str] = mapped_column(String(200))
    process: Mapped[str] = mapped_column(String(30))
    density_g_cm3: Mapped[float] = mapped_column(Float)
    price_per_kg: Mapped[int] = mapped_column(Integer)  # won per kilogram


class Job(SyncMixin, Base):
    __tablename__ = "job"
    number: Mapped[str] = mapped_column(String(30), index=True)
    title: Mapped[str] = mapped_column(String(300))
    customer_id: Mapped[str | None] = mapped_column(ForeignKey("customer.id"), default=None)
    status: Mapped[str] = mapped_column(String(30), default="inquiry")
    priority: Mapped[int] = mapped_column(Integer, default=1)  # 0 low, 1 normal, 2 high, 3 urgent
    due_date: Mapped[date | None] = mapped_column(Date, default=None)
    assignee: Mapped[str] = mapped_column(String(100), default="")
    notes: Mapped[str] = mapped_column(Text, default="")

    customer: Mapped[Customer | None] = relationship()
    history: Mapped[list[JobStatusChange]] = relationship(
        back_populates="job", order_by="JobStatusChange.changed_at"
    )
    designs: Mapped[list[Design]] = relationship(back_populates="job")
    quotes: Mapped[list[Quote]] = relationship(back_populates="job")


class JobStatusChange(SyncMixin, Base):
    """One line of a job's status history; appended, never edited."""

    __tablename__ = "job_status_change"
    job_id: Mapped[str] = mapped_column(ForeignKey("job.id"), index=True)
    from_status: Mapped[str | None] = mapped_column(String(30))
    to_status: Mapped[str] = mapped_column(String(30))
    changed_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    changed_by: Mapped[str] = mapped_column(String(100), default="")
    note: Mapped[str] = mapped_column(Text, default="")

    job: Mapped[Job] = relationship(back_populates="history")


class Design(SyncMixin, Base):
    __tablename__ = "design"
    job_id: Mapped[str] = mapped_column(ForeignKey("job.id"), index=True)
    name: Mapped[str] = mapped_column(String(300))

    job: Mapped[Job] = relationship(back_populates="designs")
    revisions: Mapped[list[DesignRevision]] = relationship(
        back_populates="design", order_by="DesignRevision.number"
    )


class DesignRevision(SyncMixin, Base):
    """An immutable revision of a design: the file (by hash) and what was measured on it."""

    __tablename__ = "design_revision"
    design_id: Mapped[str] = mapped_column(ForeignKey("design.id"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    file_hash: Mapped[str] = mapped_column(String(64), index=True)  # SHA-256, hex
    original_name: Mapped[str] = mapped_column(String(300))
    format: Mapped[str] = mapped_column(String(10))
    units: Mapped[str] = mapped_column(String(10), default="mm")
    size_bytes: Mapped[int] = mapped_column(Integer)
    metrics_json: Mapped[str] = mapped_column(Text, default="{}")
    report_json: Mapped[str | None] = mapped_column(Text, default=None)
    thumbnail_png: Mapped[bytes | None] = mapped_column(LargeBinary, default=None)
    author: Mapped[str] = mapped_column(String(100), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    # Made from a parametric template: {"template": code, "params": {...}}, and the hash
    # of its STL in the file store (the file itself is the STEP). None for imports.
    params_json: Mapped[str | None] = mapped_column(Text, default=None)
    mesh_hash: Mapped[str | None] = mapped_column(String(64), default=None)

    design: Mapped[Design] = relationship(back_populates="revisions")


class Quote(SyncMixin, Base):
    __tablename__ = "quote"
    job_id: Mapped[str] = mapped_column(ForeignKey("job.id"), index=True)
    number: Mapped[str] = mapped_column(String(30), index=True)

    job: Mapped[Job] = relationship(back_populates="quotes")
    revisions: Mapped[list[QuoteRevision]] = relationship(
        back_populates="quote", order_by="QuoteRevision.number"
    )


class QuoteRevision(SyncMixin, Base):
    """A draft is edited in place; once sent it is frozen and a change makes a new revision."""

    __tablename__ = "quote_revision"
    quote_id: Mapped[str] = mapped_column(ForeignKey("quote.id"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(20), default="draft")  # draft, sent
    vat_included: Mapped[bool] = mapped_column(Boolean, default=False)
    rounding: Mapped[str] = mapped_column(String(20), default="floor:1")
    issue_date: Mapped[date] = mapped_column(Date)
    valid_until: Mapped[date] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(Text, default="")
    sent_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)
    supply_total: Mapped[int] = mapped_column(Integer, default=0)
    tax_total: Mapped[int] = mapped_column(Integer, default=0)
    grand_total: Mapped[int] = mapped_column(Integer, default=0)
    # A sibling draft the square made from a concurrent edit: the revision it branched from.
    branch_of: Mapped[str | None] = mapped_column(String(36), default=None)

    quote: Mapped[Quote] = relationship(back_populates="revisions")
    lines: Mapped[list[QuoteLine]] = relationship(
        back_populates="revision", order_by="QuoteLine.position", cascade="all, delete-orphan"
    )


class QuoteLine(SyncMixin, Base):
    __tablename__ = "quote_line"
    revision_id: Mapped[str] = mapped_column(ForeignKey("quote_revision.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    item: Mapped[str] = mapped_column(String(300))  # 품명
    spec: Mapped[str] = mapped_column(String(300), default="")  # 규격
    quantity: Mapped[int] = mapped_column(Integer, default=1)  # 수량
    unit_price: Mapped[int] = mapped_column(Integer, default=0)  # 단가 (won)
    note: Mapped[str] = mapped_column(String(300), default="")  # 비고
    design_revision_id: Mapped[str | None] = mapped_column(
        ForeignKey("design_revision.id"), default=None
    )
    design_hash: Mapped[str | None] = mapped_column(String(64), default=None)
    breakdown_json: Mapped[str | None] = mapped_column(Text, default=None)

    revision: Mapped[QuoteRevision] = relationship(back_populates="lines")


class Comment(SyncMixin, Base):
    """A comment on a job, or pinned on a design revision (point, normal, camera)."""

    __tablename__ = "comment"
    job_id: Mapped[str] = mapped_column(ForeignKey("job.id"), index=True)
    design_revision_id: Mapped[str | None] = mapped_column(
        ForeignKey("design_revision.id"), default=None
    )
    author: Mapped[str] = mapped_column(String(100), default="")
    body: Mapped[str] = mapped_column(Text)
    pin_json: Mapped[str | None] = mapped_column(Text, default=None)
    # A reply in a review topic (app.review.pins) names its pin.
    pin_id: Mapped[str | None] = mapped_column(ForeignKey("pin.id"), default=None, index=True)


class JobMember(SyncMixin, Base):
    """Who else works on a job (the square's access list): id is f"{job_id}:{user}"."""

    __tablename__ = "job_member"
    id: Mapped[str] = mapped_column(String(200), primary_key=True)
    job_id: Mapped[str] = mapped_column(ForeignKey("job.id"), index=True)
    user: Mapped[str] = mapped_column(String(100))
    role: Mapped[str] = mapped_column(String(20))  # maker, advisor, trainer


class Review(SyncMixin, Base):
    """A maker's request that an advisor review one design revision (app.review.reviews).

    `state` is the maker's: open, withdrawn or superseded (by a review of a newer revision,
    `supersedes_id` on that one); the verdicts say whether an open review was approved.
    """

    __tablename__ = "review"
    job_id: Mapped[str] = mapped_column(ForeignKey("job.id"), index=True)
    design_revision_id: Mapped[str] = mapped_column(ForeignKey("design_revision.id"))
    file_sha256: Mapped[str] = mapped_column(String(64))
    requested_by: Mapped[str] = mapped_column(String(100), default="")
    reviewer: Mapped[str] = mapped_column(String(100))
    due_date: Mapped[date | None] = mapped_column(Date, default=None)
    note: Mapped[str] = mapped_column(Text, default="")
    state: Mapped[str] = mapped_column(String(20), default="open")
    supersedes_id: Mapped[str | None] = mapped_column(String(36), default=None)


class Pin(SyncMixin, Base):
    """A review topic: a comment pinned to a point of the part, with the view it was made in
    (BCF's topic and viewpoint). Its replies are comments naming it (`Comment.pin_id`)."""

    __tablename__ = "pin"
    job_id: Mapped[str] = mapped_column(ForeignKey("job.id"), index=True)
    review_id: Mapped[str] = mapped_column(ForeignKey("review.id"), index=True)
    design_revision_id: Mapped[str] = mapped_column(ForeignKey("design_revision.id"))
    author: Mapped[str] = mapped_column(String(100), default="")
    text: Mapped[str] = mapped_column(Text)
    point_json: Mapped[str] = mapped_column(Text)  # [x, y, z] in mm, on the surface
    normal_json: Mapped[str | None] = mapped_column(Text, default=None)  # [x, y, z]
    face: Mapped[int | None] = mapped_column(Integer, default=None)
    camera_json: Mapped[str | None] = mapped_column(Text, default=None)
    section_json: Mapped[str | None] = mapped_column(Text, default=None)  # {"axis", "offset"}
    measurements_json: Mapped[str | None] = mapped_column(Text, default=None)  # a JSON list
    snapshot_png: Mapped[bytes | None] = mapped_column(LargeBinary, default=None)
    status: Mapped[str] = mapped_column(String(20), default="open")  # open, resolved
    assignee: Mapped[str] = mapped_column(String(100), default="")


class Verdict(SyncMixin, Base):
    """An advisor's signed verdict on a review: append-only, never edited (app.review.verdicts).

    The signature covers the canonical record (app.review.canonical) made of these fields;
    `pins_json` is the pins as they were when it was signed. The receipt is the square's:
    its time and its signature over the verdict's hash, added when it accepted the verdict.
    """

    __tablename__ = "verdict"
    job_id: Mapped[str] = mapped_column(ForeignKey("job.id"), index=True)
    review_id: Mapped[str] = mapped_column(ForeignKey("review.id"), index=True)
    design_revision_id: Mapped[str] = mapped_column(String(36))
    revision_number: Mapped[int] = mapped_column(Integer)
    file_sha256: Mapped[str] = mapped_column(String(64))
    verdict: Mapped[str] = mapped_column(String(20))  # approved, changes_requested
    note: Mapped[str] = mapped_column(Text, default="")
    pins_json: Mapped[str] = mapped_column(Text, default="[]")
    signer: Mapped[str] = mapped_column(String(100))
    signed_at: Mapped[str] = mapped_column(String(40))  # as signed: ISO 8601, UTC
    prev_hash: Mapped[str] = mapped_column(String(64), default="")
    public_key: Mapped[str] = mapped_column(String(64))  # Ed25519, hex
    signature: Mapped[str] = mapped_column(String(128))  # hex
    receipt_at: Mapped[str | None] = mapped_column(String(40), default=None)
    receipt_signature: Mapped[str | None] = mapped_column(String(128), default=None)


class DirectoryMember(Base):
    """The square's directory as last fetched (app.review.directory): readable offline."""

    __tablename__ = "directory_member"
    name: Mapped[str] = mapped_column(String(100), primary_key=True)
    role: Mapped[str] = mapped_column(String(20))
    affiliation: Mapped[str] = mapped_column(String(200), default="")
    fields_json: Mapped[str] = mapped_column(Text, default="[]")
    intro: Mapped[str] = mapped_column(Text, default="")
    keys_json: Mapped[str] = mapped_column(Text, default="[]")  # published public keys, hex


class ReviewSeen(Base):
    """When this PC's user last looked at a review (local only: "new activity")."""

    __tablename__ = "review_seen"
    review_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    seen_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class JobSeen(Base):
    """When this PC's user last read a job's messages (local only: unread markers)."""

    __tablename__ = "job_seen"
    job_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    seen_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class Setting(Base):
    """Workspace-scoped settings (declared in app.settings); values are JSON text."""

    __tablename__ = "setting"
    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value_json: Mapped[str] = mapped_column(Text)


class SyncState(Base):
    """The sync engine's own small state (app.replica.state): cursor, server, last outcome."""

    __tablename__ = "sync_state"
    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value_json: Mapped[str] = mapped_column(Text)


class SyncOutbox(Base):
    """A local change waiting to be pushed; `change_id` is its retry key on the square."""

    __tablename__ = "sync_outbox"
    __table_args__ = (
        Index("ix_sync_outbox_record", "kind", "record_id"),
        {"sqlite_autoincrement": True},
    )
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    change_id: Mapped[str] = mapped_column(String(36), unique=True, default=new_id)
    kind: Mapped[str] = mapped_column(String(30))
    record_id: Mapped[str] = mapped_column(String(200))
    job_id: Mapped[str] = mapped_column(String(36))
    op: Mapped[str] = mapped_column(String(10))  # upsert, delete
    base_version: Mapped[int | None] = mapped_column(Integer, default=None)
    base_json: Mapped[str | None] = mapped_column(Text, default=None)
    data_json: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(Text, default=None)
    # A quote revision travels with its lines as one unit: the complete set of its lines
    # (a JSON list of {"id", "data"}) as they were when the entry was collected.
    lines_json: Mapped[str | None] = mapped_column(Text, default=None)


class SyncBase(Base):
    """A record's data as last seen from the square (the base of field-by-field merges).

    `held`: the record arrived before its parent (a design revision before its design) and
    waits here until the parent comes.
    """

    __tablename__ = "sync_base"
    kind: Mapped[str] = mapped_column(String(30), primary_key=True)
    record_id: Mapped[str] = mapped_column(String(200), primary_key=True)
    job_id: Mapped[str] = mapped_column(String(36), index=True)
    version: Mapped[int] = mapped_column(Integer)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    data_json: Mapped[str] = mapped_column(Text)
    held: Mapped[bool] = mapped_column(Boolean, default=False, index=True)


class SyncConflict(Base):
    """The conflicts inbox: a change of this PC the square did not take as it was.

    `reason` "conflict": the square kept both (a sibling quote draft, `sibling_id`);
    "rejected": the square refused it (`code`, `message`). `local_json` is what this PC had
    (the record, with its lines for a quote revision), `server_json` what the square has
    (or None): nothing the user saved is dropped without an entry here. A person re-applies
    it or discards it on purpose (`resolution`).
    """

    __tablename__ = "sync_conflict"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    kind: Mapped[str] = mapped_column(String(30))
    record_id: Mapped[str] = mapped_column(String(200))
    job_id: Mapped[str] = mapped_column(String(36))
    sibling_id: Mapped[str | None] = mapped_column(String(200), default=None)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    resolved: Mapped[bool] = mapped_column(Boolean, default=False)
    reason: Mapped[str] = mapped_column(String(20), default="conflict")
    code: Mapped[str | None] = mapped_column(String(40), default=None)
    message: Mapped[str | None] = mapped_column(Text, default=None)
    local_json: Mapped[str | None] = mapped_column(Text, default=None)
    server_json: Mapped[str | None] = mapped_column(Text, default=None)
    author: Mapped[str] = mapped_column(String(100), default="")  # who made the local change
    changed_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)  # when, here
    resolution: Mapped[str | None] = mapped_column(String(20), default=None)
    resolved_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)


Index("ix_job_status", Job.status)
Index("ix_job_due_date", Job.due_date)
