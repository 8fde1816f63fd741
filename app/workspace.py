"""The workspace: one SQLite file plus a content-addressed folder of design files.

Opening a workspace checks its schema revision before touching it: a workspace written by
a newer Maker Square is refused untouched; an older one is backed up, then migrated with
Alembic from code. WAL journal on local disks, the rollback journal on network shares.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import URL, Engine, create_engine, event, func, select
from sqlalchemy.orm import Session, sessionmaker

from app import backup as backups
from app.errors import NotAWorkspaceError, SchemaTooNewError, WorkspaceNotFoundError
from app.filestore import FileStore

log = logging.getLogger(__name__)

DB_NAME = "workspace.sqlite"
FILES_DIR = "files"
BACKUP_DIR = "backups"
MIGRATIONS = Path(__file__).resolve().parent / "migrations"
NETWORK_FS = {
    "nfs",
    "nfs4",
    "cifs",
    "smb3",
    "smbfs",
    "fuse.sshfs",
    "9p",
    "afs",
    "davfs",
    "fuse.davfs2",
}


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def known_revisions() -> set[str]:
    script = ScriptDirectory.from_config(alembic_config())
    return {rev.revision for rev in script.walk_revisions()}


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def probe_revision(db_path: Path) -> str | None:
    """The schema revision of an existing file, read without writing anything (no WAL, no lock).

    None means an empty database (a new workspace). Raises NotAWorkspaceError for a file that
    is not SQLite, or a SQLite database that is not a Maker Square workspace.
    """
    # immutable=1 creates nothing (no -shm) but ignores the -wal file, where a crashed newer
    # version may have left its schema revision: read through the WAL when there is one.
    wal = db_path.with_name(db_path.name + "-wal")
    if db_path.stat().st_size == 0 and not wal.exists():
        return None
    flags = "mode=ro" if wal.exists() else "mode=ro&immutable=1"
    try:
        # Percent-encoded: a raw "#" or "?" in the path (a folder "주문 #12") would cut the
        # URI short and open, even create, another file.
        conn = sqlite3.connect(f"file:{quote(str(db_path))}?{flags}", uri=True)
        try:
            tables = {
                r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            if not tables:
                return None
            if "alembic_version" not in tables:
                raise NotAWorkspaceError(
                    f"{db_path} has tables but no schema revision", path=str(db_path)
                )
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise NotAWorkspaceError(str(exc), path=str(db_path)) from exc
    return str(row[0]) if row else None


def on_network_share(path: Path) -> bool:
    """True when `path` lies on a network file system, where SQLite's WAL is unsafe."""
    if os.name == "nt":
        return str(path).startswith("\\\\")
    try:
        mounts = Path("/proc/mounts").read_text().splitlines()
    except OSError:
        return False
    resolved = str(path.resolve())
    best, best_fs = "", ""
    for line in mounts:
        parts = line.split()
        if len(parts) < 3:
            continue
        mount_point = parts[1].replace("\\040", " ")
        inside = resolved == mount_point or resolved.startswith(mount_point.rstrip("/") + "/")
        if inside and len(mount_point) > len(best):
            best, best_fs = mount_point, parts[2]
    return best_fs in NETWORK_FS


def _make_engine(db_path: Path, journal_mode: str) -> Engine:
    engine = create_engine(
        URL.create("sqlite", database=str(db_path)),  # not a URL string: "%41" in a path stays
        connect_args={"check_same_thread": False, "timeout": 30},
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        # Let SQLAlchemy's BEGIN be the only one (pysqlite's own handling defers it).
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute(f"PRAGMA journal_mode={journal_mode}")
        cur.execute("PRAGMA synchronous=FULL")  # survive a pulled plug, not just a crash
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA busy_timeout=30000")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        # A write session takes the write lock up front (BEGIN IMMEDIATE): a deferred
        # transaction that reads and then writes cannot wait for a busy writer and fails
        # with "database is locked" at once; an immediate one waits up to busy_timeout.
        immediate = conn.get_execution_options().get("immediate", False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


@dataclass
class Workspace:
    root: Path
    engine: Engine
    journal_mode: str
    created: bool = False
    migrated_from: str | None = None

    def __post_init__(self) -> None:
        from app.sync_tracking import track_local_writes  # (imports us through app.catalogue)

        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        event.listen(self._sessions, "before_flush", track_local_writes)
        self.files = FileStore(self.root / FILES_DIR)

    @property
    def db_path(self) -> Path:
        return self.root / DB_NAME

    @property
    def backup_dir(self) -> Path:
        return self.root / BACKUP_DIR

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A write session in one transaction: committed on success, rolled back on error."""
        with self._sessions() as session, session.begin():
            session.connection(execution_options={"immediate": True})
            yield session

    def read_session(self) -> Session:
        return self._sessions()

    def schema_revision(self) -> str:
        with self.engine.connect() as conn:
            return str(conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar())

    def backup_now(self, reason: str = "manual") -> Path:
        path = backups.backup_database(self.db_path, self.backup_dir, reason)
        backups.thin_backups(self.backup_dir)
        return path

    def backup_if_due(self) -> Path | None:
        if backups.backup_due(self.backup_dir):
            return self.backup_now("scheduled")
        return None

    def close(self) -> None:
        self.engine.dispose()


def open_workspace(root: Path, *, create: bool = True) -> Workspace:
    root = root.expanduser()
    db_path = root / DB_NAME
    if not db_path.exists():
        if not create:
            raise WorkspaceNotFoundError(str(root), path=str(root))
        root.mkdir(parents=True, exist_ok=True)
        db_path.touch()
    current = probe_revision(db_path)
    head = head_revision()
    if current is not None and current not in known_revisions():
        raise SchemaTooNewError(
            f"schema revision {current} is newer than this version knows ({head})",
            revision=current,
            path=str(root),
        )
    journal = "DELETE" if on_network_share(root) else "WAL"
    engine = _make_engine(db_path, journal)
    ws = Workspace(root=root, engine=engine, journal_mode=journal)
    if current != head:
        if current is not None:
            saved = backups.backup_database(db_path, ws.backup_dir, f"pre-migration-{current}")
            log.info("backed up %s before migrating it from %s: %s", root, current, saved)
        cfg = alembic_config()
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
        ws.migrated_from = current
    if current is None:
        from app.catalogue import seed_defaults

        with ws.session() as session:
            seed_defaults(session)
        ws.created = True
    (root / FILES_DIR).mkdir(exist_ok=True)
    return ws


@dataclass(frozen=True)
class CheckReport:
    integrity: str  # "ok" or SQLite's first complaint
    foreign_key_problems: int
    missing_files: tuple[str, ...]
    damaged_files: tuple[str, ...]

    @property
    def ok(self) -> bool:
        return (
            self.integrity == "ok"
            and self.foreign_key_problems == 0
            and not self.missing_files
            and not self.damaged_files
        )


def check_workspace(ws: Workspace, *, verify_hashes: bool = True) -> CheckReport:
    from app.filestore import sha256_file
    from app.models import DesignRevision

    with ws.engine.connect() as conn:
        integrity = str(conn.exec_driver_sql("PRAGMA integrity_check").scalar())
        fk = len(conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall())
    missing, damaged = [], []
    with ws.read_session() as session:
        hashes = session.scalars(select(DesignRevision.file_hash).distinct()).all()
    for h in hashes:
        path = ws.files.path_for(h)
        if not path.exists():
            missing.append(h)
        elif verify_hashes and sha256_file(path) != h:
            damaged.append(h)
    return CheckReport(integrity, fk, tuple(missing), tuple(damaged))


def workspace_counts(ws: Workspace) -> dict[str, int]:
    from app.models import Customer, Design, DesignRevision, Job, Quote

    counts = {}
    with ws.read_session() as session:
        for name, model in (
            ("jobs", Job),
            ("customers", Customer),
            ("designs", Design),
            ("design_revisions", DesignRevision),
            ("quotes", Quote),
        ):
            counts[name] = int(session.scalar(select(func.count()).select_from(model)) or 0)
    return counts
