"""Dates and times as the reader's language writes them (one place for all screens).

Korean: 2026. 12. 1. · 2026. 12. 1. 14:05; English: Dec 1, 2026 · Dec 1, 2026 14:05. (Won
amounts: app.money.format_won; chart months: ui.dashboard.charts.) The language is the one
the translations were applied with (ui.i18n sets QLocale's default), so a switch in
Settings changes every later call.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime


def _korean(locale: QLocale | None = None) -> bool:
    return (locale or QLocale()).language() == QLocale.Language.Korean


def local_time(dt: datetime) -> datetime:
    """A stored UTC time (naive means UTC, as the workspace keeps them) in local time."""
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=UTC)
    return dt.astimezone()


def format_date(d: date | None, locale: QLocale | None = None) -> str:
    if d is None:
        return ""
    loc = locale or QLocale()
    q = QDate(d.year, d.month, d.day)
    return loc.toString(q, "yyyy. M. d." if _korean(loc) else "MMM d, yyyy")


def format_datetime(dt: datetime | None, locale: QLocale | None = None) -> str:
    """A UTC timestamp from the workspace, shown in local time, to the minute."""
    if dt is None:
        return ""
    loc = locale or QLocale()
    t = local_time(dt)
    q = QDateTime(QDate(t.year, t.month, t.day), QTime(t.hour, t.minute))
    return loc.toString(q, "yyyy. M. d. HH:mm" if _korean(loc) else "MMM d, yyyy HH:mm")


def format_time(dt: datetime, locale: QLocale | None = None) -> str:
    t = local_time(dt)
    return (locale or QLocale()).toString(QTime(t.hour, t.minute), "HH:mm")
