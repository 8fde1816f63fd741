"""Human-readable running numbers: J-2026-0001, Q-2026-0042 (per year, never reused)."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import Integer, cast, func, select
from sqlalchemy.orm import Session


def next_number(session: Session, column: Any, letter: str, today: date) -> str:
    """The next number after the highest of this year's, compared as integers (so 10000
    follows 9999; text order would put it first)."""
    prefix = f"{letter}-{today.year}-"
    tail = cast(func.substr(column, len(prefix) + 1), Integer)
    last = session.scalar(select(func.max(tail)).where(column.like(prefix + "%")))
    return f"{prefix}{(last or 0) + 1:04d}"
