"""The server's own tables (SQLAlchemy Core; not the workspace's `app.models`).

Ordering of the change feed under concurrent writers: the single row of `counter` is the
write lock. Every write transaction starts with `UPDATE counter SET version = version`
(`lock_writes`), which in PostgreSQL locks that row until commit and in SQLite takes the
database's write lock; versions are then taken from the same row (`next_version`). So
write transactions run one at a time, each commits before the next can take a version,
and a reader that sees version V has every version below V too: the feed never commits
a higher version before a lower one, and a pull bounded by the counter it read skips
nothing. The same lock makes the status arbitration and the idempotency check race-free.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Column,
    DateTime,
    Engine,
    Index,
    Integer,
    MetaData,
    PrimaryKeyConstraint,
    String,
    Table,
    Text,
    create_engine,
    event,
    false,
    insert,
    inspect,
    select,
    text,
    update,
)
from sqlalchemy.engine import Connection

metadata = MetaData()


def utcnow() -> datetime:
    """Now, as the tables' DateTime columns hold it: naive UTC."""
    return datetime.now(UTC).replace(tzinfo=None)


users = Table(
    "users",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("name", String(100), nullable=False, unique=True),
    Column("role", String(20), nullable=False),
    Column("password_hash", Text, nullable=False),
    Column("created_at", DateTime, nullable=False),
    # A disabled user cannot log in or refresh, and their access tokens stop working.
    Column("disabled", Boolean, nullable=False, default=False, server_default=false()),
)

tokens = Table(
    "tokens",
    metadata,
    Column("hash", String(64), primary_key=True),  # SHA-256 of the token, hex
    Column("user_id", String(36), nullable=False, index=True),
    Column("kind", String(10), nullable=False),  # access | refresh
    Column("expires_at", DateTime, nullable=False),
    # The refresh token that made this pair: it is revoked when the pair is first used.
    Column("parent_hash", String(64), nullable=True, index=True),
    Column("revoked", Boolean, nullable=False, default=False),
    # Every token descended from one login shares its family: a refresh token presented
    # again after it was rotated and used revokes the whole family (it was stolen).
    Column("family", String(36), nullable=True, index=True),
)

counter = Table(
    "counter",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("version", BigInteger, nullable=False),
    # The highest version of a tombstone purged after its retention: older cursors get 410.
    Column("purged_through", BigInteger, nullable=False),
)

records = Table(
    "records",
    metadata,
    Column("kind", String(30), nullable=False),
    Column("id", String(80), nullable=False),
    Column("job_id", String(36), nullable=False),
    Column("version", BigInteger, nullable=False, unique=True),
    Column("deleted", Boolean, nullable=False, default=False),
    Column("data", JSON, nullable=False),
    Column("created_by", String(100), nullable=False),
    Column("updated_at", DateTime, nullable=False),
    PrimaryKeyConstraint("kind", "id"),
    Index("ix_records_job_version", "job_id", "version"),
    Index("ix_records_deleted_at", "deleted", "updated_at"),
)

memberships = Table(
    "memberships",
    metadata,
    Column("job_id", String(36), nullable=False),
    Column("user_id", String(36), nullable=False, index=True),
    Column("role", String(20), nullable=False),
    PrimaryKeyConstraint("job_id", "user_id"),
)

# Which records name which file hashes (design_revision.file_hash / mesh_hash).
record_files = Table(
    "record_files",
    metadata,
    Column("hash", String(64), nullable=False),
    Column("kind", String(30), nullable=False),
    Column("record_id", String(80), nullable=False),
    Column("job_id", String(36), nullable=False),
    PrimaryKeyConstraint("hash", "kind", "record_id"),
)

# Who sent each file (proof that they hold it): a row per hash and user, made with their
# first chunk and marked complete once the square checked the hash. Unfinished ones are
# capped per user and expire (sync.server.uploads).
file_uploads = Table(
    "file_uploads",
    metadata,
    Column("hash", String(64), nullable=False),
    Column("user_id", String(36), nullable=False),
    Column("complete", Boolean, nullable=False, default=False),
    Column("updated_at", DateTime, nullable=False),
    PrimaryKeyConstraint("hash", "user_id"),
    Index("ix_file_uploads_user", "user_id", "complete"),
)

# Failed logins, per key ("user:NAME" or "addr:IP"), for the throttle (sync.server.throttle).
login_failures = Table(
    "login_failures",
    metadata,
    Column("key", String(200), nullable=False),
    Column("at", DateTime, nullable=False),
    Index("ix_login_failures_key_at", "key", "at"),
)

# Every push change's answer, so a retried push is answered and not applied twice.
push_results = Table(
    "push_results",
    metadata,
    Column("change_id", String(64), primary_key=True),
    Column("user_id", String(36), nullable=False),
    Column("result", JSON, nullable=False),
    Column("created_at", DateTime, nullable=False, index=True),
)


# The signing keys each user published (PUT /v1/me/keys; one per PC): a verdict is accepted
# only when signed with one of its pusher's (sync.server.review_rules).
user_keys = Table(
    "user_keys",
    metadata,
    Column("user_id", String(36), nullable=False),
    Column("public_key", String(64), nullable=False),  # Ed25519, 64 lowercase hex digits
    Column("created_at", DateTime, nullable=False),
    PrimaryKeyConstraint("user_id", "public_key"),
)

# A user's card in the directory (GET /v1/directory): set by the administrator
# (`makersquare square user profile`) or by the user (PUT /v1/me/profile).
profiles = Table(
    "profiles",
    metadata,
    Column("user_id", String(36), primary_key=True),
    Column("affiliation", String(200), nullable=False),
    Column("fields", JSON, nullable=False),  # a list of short strings
    Column("intro", Text, nullable=False),
)


def make_engine(url: str) -> Engine:
    """An engine for `url`; SQLite gets WAL, a busy timeout and foreign-key-free speed."""
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"timeout": 30})

        @event.listens_for(engine, "connect")
        def _pragmas(dbapi_connection: Any, _record: Any) -> None:
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")
            cursor.execute("PRAGMA busy_timeout=30000")
            cursor.close()

        return engine
    return create_engine(url, pool_pre_ping=True)


def create_schema(engine: Engine) -> None:
    """Create the tables (Alembic for the server is future work) and the counter row."""
    metadata.create_all(engine)
    _add_new_columns(engine)
    with engine.begin() as conn:
        if conn.execute(select(counter.c.id)).first() is None:
            conn.execute(insert(counter).values(id=1, version=0, purged_through=0))


# Columns added after a table first shipped: create_all makes only missing tables, so a
# square made before them gets them here (until the server has Alembic).
_ADDED_COLUMNS = (
    (users, "disabled", "BOOLEAN NOT NULL DEFAULT FALSE"),
    (tokens, "family", "VARCHAR(36)"),
)


def _add_new_columns(engine: Engine) -> None:
    have = inspect(engine)
    for table, name, ddl in _ADDED_COLUMNS:
        if name not in {c["name"] for c in have.get_columns(table.name)}:
            with engine.begin() as conn:
                conn.execute(text(f"ALTER TABLE {table.name} ADD COLUMN {name} {ddl}"))


_LOCK = update(counter).where(counter.c.id == 1).values(version=counter.c.version)
_BUMP = (
    update(counter)
    .where(counter.c.id == 1)
    .values(version=counter.c.version + 1)
    .returning(counter.c.version)
)


def lock_writes(conn: Connection) -> None:
    """Take the square's write lock; must be the first statement of a write transaction."""
    conn.execute(_LOCK)


def next_version(conn: Connection) -> int:
    """The next version of the feed (call only after `lock_writes` in this transaction)."""
    return int(conn.execute(_BUMP).scalar_one())


def read_counter(conn: Connection) -> tuple[int, int]:
    """(latest committed version, purged_through)."""
    row = conn.execute(select(counter.c.version, counter.c.purged_through)).one()
    return int(row[0]), int(row[1])


def ping(conn: Connection) -> None:
    conn.execute(text("SELECT 1"))
