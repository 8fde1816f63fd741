"""Backups of the workspace database with SQLite's online backup API, and their thinning.

A backup is a complete SQLite file in `<workspace>/backups/`, named with its UTC time and
why it was made. Thinning keeps the newest few, one a day for a week and one a week for
two months; a backup made before a migration is kept like any other.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from urllib.parse import quote

NAME = re.compile(r"^workspace-(\d{8}T\d{6}(?:\d{6})?Z)-([a-z0-9-]+)\.sqlite$")
KEEP_NEWEST = 5
DAILY_DAYS = 7
WEEKLY_WEEKS = 8
SCHEDULE = timedelta(hours=24)


@dataclass(frozen=True)
class BackupFile:
    path: Path
    taken_at: datetime
    reason: str


def backup_database(
    db_path: Path, backup_dir: Path, reason: str, now: datetime | None = None
) -> Path:
    """Copy the live database (consistent even while others write) into backup_dir."""
    now = now or datetime.now(UTC)
    backup_dir.mkdir(parents=True, exist_ok=True)
    stamp = now.strftime("%Y%m%dT%H%M%S%fZ")
    target = backup_dir / f"workspace-{stamp}-{reason}.sqlite"
    partial = target.with_suffix(".part")
    src = sqlite3.connect(f"file:{quote(str(db_path))}?mode=ro", uri=True)  # "#" in a path
    try:
        dst = sqlite3.connect(partial)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
    finally:
        src.close()
    partial.replace(target)
    return target


def list_backups(backup_dir: Path) -> list[BackupFile]:
    found = []
    if backup_dir.is_dir():
        for p in backup_dir.iterdir():
            m = NAME.match(p.name)
            if not m:
                continue
            raw = m.group(1)
            fmt = "%Y%m%dT%H%M%S%fZ" if len(raw) > 16 else "%Y%m%dT%H%M%SZ"
            taken = datetime.strptime(raw, fmt).replace(tzinfo=UTC)
            found.append(BackupFile(p, taken, m.group(2)))
    return sorted(found, key=lambda b: b.taken_at, reverse=True)


def backups_to_remove(backups: Iterable[BackupFile], now: datetime) -> list[BackupFile]:
    """Which backups thinning removes (pure: decides only)."""
    ordered = sorted(backups, key=lambda b: b.taken_at, reverse=True)
    keep: set[Path] = {b.path for b in ordered[:KEEP_NEWEST]}
    seen_days: set[object] = set()
    seen_weeks: set[object] = set()
    for b in ordered:
        age = now - b.taken_at
        if age <= timedelta(days=DAILY_DAYS):
            day = b.taken_at.date()
            if day not in seen_days:
                seen_days.add(day)
                keep.add(b.path)
        elif age <= timedelta(weeks=WEEKLY_WEEKS):
            week = b.taken_at.isocalendar()[:2]
            if week not in seen_weeks:
                seen_weeks.add(week)
                keep.add(b.path)
    return [b for b in ordered if b.path not in keep]


def thin_backups(backup_dir: Path, now: datetime | None = None) -> list[Path]:
    now = now or datetime.now(UTC)
    removed = []
    for b in backups_to_remove(list_backups(backup_dir), now):
        b.path.unlink(missing_ok=True)
        removed.append(b.path)
    return removed


def backup_due(backup_dir: Path, now: datetime | None = None) -> bool:
    now = now or datetime.now(UTC)
    existing = list_backups(backup_dir)
    return not existing or now - existing[0].taken_at >= SCHEDULE
