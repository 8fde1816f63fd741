"""The workspace: one SQLite file plus a content-addressed folder of design files.

Opening a workspace checks its file before touching it: a workspace written by a newer
Maker Square is refused untouched; an empty (0-byte) or damaged file is refused untouched
too, naming the newest backup, and never re-initialised; an older one is backed up, then
migrated with Alembic from code. WAL journal on local disks, the rollback journal on
network shares.

Opening for writing takes the workspace's lock (app/workspace_lock) for the Workspace's
life: a second window or command gets WorkspaceLockedError at once, so two never write or
sync one workspace together. `open_for_reading` takes no lock and opens SQLite read-only:
SQLite lets readers look at a consistent snapshot while one writer works, so commands that
only look (info, check, backup, quote list/show/pdf) run beside an open window, and a
workspace on a read-only disk can still be looked at.

Every session of a Workspace runs the write tracking (app.tracking) as it flushes: a synced
row written here is marked dirty and numbered for the outbox, whoever wrote it.

Errors of SQLite itself become typed environment errors in one place (`_on_error`, through
app.errors.classify_sqlite_error): a full disk, a read-only file, a damaged file.
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

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import URL, Engine, create_engine, event, func, select
from sqlalchemy.engine import ExceptionContext
from sqlalchemy.orm import Session, sessionmaker

from app import backup as backups
from app import catalogue_seed
from app.errors import (
    SchemaTooNewError,
    WorkspaceNotFoundError,
    WorkspaceReadOnlyError,
    classify_os_error,
)
from app.filestore import FileStore, sha256_file
from app.models import Customer, Design, DesignRevision, Job, Quote
from app.tracking import track_local_writes
from app.workspace_lock import WorkspaceLock
from app.workspace_probe import (
    BACKUP_DIR,
    DB_NAME,
    FILES_DIR,
    environment_error,
    folder_writable,
    probe_revision,
    remove_database_files,
)

log = logging.getLogger(__name__)

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


def _make_engine(db_path: Path, journal_mode: str, *, read_only_uri: str = "") -> Engine:
    """The engine of one workspace file; `read_only_uri` (backup.read_only_uri) opens it
    read-only."""
    url = URL.create("sqlite", database=str(db_path))  # not a URL string: "%41" stays
    if read_only_uri:
        uri = read_only_uri
        engine = create_engine(
            url,
            creator=lambda: sqlite3.connect(uri, uri=True, check_same_thread=False, timeout=30),
        )
    else:
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        # Let SQLAlchemy's BEGIN be the only one (pysqlite's own handling defers it).
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        if not read_only_uri:
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

    @event.listens_for(engine, "handle_error")
    def _on_error(context: ExceptionContext) -> BaseException | None:
        # Every SQLite error of this workspace passes here, in reads, writes, commits and
        # migrations alike: a full disk, a read-only or damaged file become typed errors
        # (their transaction is rolled back by the session as for any error); None lets
        # SQLAlchemy raise its own error, a bug.
        return environment_error(context.original_exception, db_path)

    return engine


@dataclass
class Workspace:
    root: Path
    engine: Engine
    journal_mode: str
    created: bool = False
    migrated_from: str | None = None
    lock: WorkspaceLock | None = None  # held while open for writing (see app/workspace_lock)
    read_only: bool = False  # opened by open_for_reading: no lock, no writes

    def __post_init__(self) -> None:
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
        if self.read_only:
            raise WorkspaceReadOnlyError(f"{self.root} was opened for reading", path=str(self.root))
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
        try:
            backups.thin_backups(self.backup_dir)
        except OSError as exc:  # the new backup is made; thinning can wait for the next one
            log.warning("could not thin the backups of %s: %s", self.root, exc)
        return path

    def backup_if_due(self) -> Path | None:
        if backups.backup_due(self.backup_dir):
            return self.backup_now("scheduled")
        return None

    def close(self) -> None:
        self.engine.dispose()
        if self.lock is not None:
            self.lock.release()


def _journal_for(root: Path) -> str:
    return "DELETE" if on_network_share(root) else "WAL"


def _require_writable(root: Path) -> None:
    """Refuse a folder or file that cannot be written before SQLite half-opens it."""
    db_path = root / DB_NAME
    try:
        os.close(os.open(db_path, os.O_RDWR))  # opens for writing, writes nothing
    except OSError as exc:
        raise classify_os_error(exc, path=str(root)) or exc from exc
    if not folder_writable(root):  # SQLite must make its -wal/-journal beside the file
        raise WorkspaceReadOnlyError(f"{root} cannot be written", path=str(root))


def _create_database(root: Path) -> None:
    """Make a new workspace database whole under another name, then give it its name.

    So a file called workspace.sqlite is always a complete workspace, and an empty one is
    never taken for new (it is refused, see probe_revision). Call it holding the lock.
    """
    db_path = root / DB_NAME
    staging = root / (DB_NAME + ".creating")
    remove_database_files(staging)  # only ever a creation cut short: nothing of a user's
    engine = _make_engine(staging, "DELETE")
    try:
        cfg = alembic_config()
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
        with Workspace(root=root, engine=engine, journal_mode="DELETE").session() as session:
            catalogue_seed.seed_defaults(session)
        engine.dispose()
        backups.fsync_path(staging)
        os.replace(staging, db_path)
        backups.fsync_path(root)
    except OSError as exc:
        engine.dispose()
        remove_database_files(staging)
        raise classify_os_error(exc, path=str(root)) or exc from exc
    except BaseException:
        engine.dispose()
        remove_database_files(staging)
        raise


def _refuse_newer(current: str, root: Path) -> None:
    if current not in known_revisions():
        raise SchemaTooNewError(
            f"schema revision {current} is newer than this version knows ({head_revision()})",
            revision=current,
            path=str(root),
        )


def _make_folder(root: Path) -> None:
    try:
        root.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise classify_os_error(exc, path=str(root)) or exc from exc


def open_workspace(root: Path, *, create: bool = True) -> Workspace:
    """Open the workspace in `root` for writing, holding its lock until `close()`.

    `create`: make a new workspace there when there is none. Raises WorkspaceLockedError
    when another process (or another Workspace here) has it open, WorkspaceReadOnlyError
    when it cannot be written, and the refusals of `probe_revision`, all before any change.
    """
    root = root.expanduser()
    db_path = root / DB_NAME
    lock: WorkspaceLock | None = None
    created = False
    try:
        if not db_path.exists():
            if not create:
                raise WorkspaceNotFoundError(str(root), path=str(root))
            _make_folder(root)
            lock = WorkspaceLock.acquire(root)
            if not db_path.exists():  # (another process may have made it meanwhile)
                _create_database(root)
                created = True
        current = probe_revision(db_path)
        _refuse_newer(current, root)
        if lock is None:  # only now: a refused workspace is left without even a lock file
            lock = WorkspaceLock.acquire(root)
            current = probe_revision(db_path)  # another process may have migrated it
            _refuse_newer(current, root)
        _require_writable(root)
        return _open_locked(root, lock, current, created)
    except BaseException:
        if lock is not None:
            lock.release()
        raise


def _open_locked(root: Path, lock: WorkspaceLock, current: str, created: bool) -> Workspace:
    db_path = root / DB_NAME
    journal = _journal_for(root)
    ws = Workspace(
        root=root, engine=_make_engine(db_path, journal), journal_mode=journal, created=created
    )
    try:
        if current != head_revision():
            saved = backups.backup_database(db_path, ws.backup_dir, f"pre-migration-{current}")
            log.info("backed up %s before migrating it from %s: %s", root, current, saved)
            cfg = alembic_config()
            with ws.engine.begin() as conn:
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, "head")
            ws.migrated_from = current
        else:
            with ws.engine.connect():  # sets the journal mode now, not at the first query
                pass
        try:
            (root / FILES_DIR).mkdir(exist_ok=True)
        except OSError as exc:
            raise classify_os_error(exc, path=str(root)) or exc from exc
    except BaseException:
        ws.engine.dispose()
        raise
    ws.lock = lock
    return ws


def open_for_reading(root: Path) -> Workspace:
    """Open the workspace in `root` to look at it: no lock, SQLite read-only, never created.

    For the commands that only read: they work beside a window that has the workspace
    open (SQLite gives a reader a consistent snapshot while one writer works) and on a
    read-only disk. A workspace from an older version must be migrated before it can be
    read; that one is opened for writing instead (locked, backed up, migrated), so check
    `ws.read_only`. The same refusals as open_workspace.
    """
    root = root.expanduser()
    db_path = root / DB_NAME
    if not db_path.exists():
        raise WorkspaceNotFoundError(str(root), path=str(root))
    current = probe_revision(db_path)
    _refuse_newer(current, root)
    if current != head_revision():
        return open_workspace(root, create=False)
    try:
        uri = backups.read_only_uri(db_path)
    except sqlite3.Error as exc:
        raise environment_error(exc, db_path) or exc from exc
    engine = _make_engine(db_path, "", read_only_uri=uri)
    with engine.connect() as conn:
        journal = str(conn.exec_driver_sql("PRAGMA journal_mode").scalar()).upper()
    return Workspace(root=root, engine=engine, journal_mode=journal, read_only=True)


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
