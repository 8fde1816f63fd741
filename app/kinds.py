"""The kinds of record the workspace and the square exchange (docs/sync-protocol.md).

A StrEnum, so each kind is its protocol string itself ("job", "quote_revision", …): records,
outbox rows and JSON carry the same values as before, and a kind read back from any of them
compares equal to its member. Plain Python (no ORM, no Qt), so the square may import it too.
"""

from __future__ import annotations

from enum import StrEnum


class Kind(StrEnum):
    """Parents before children: the order the outbox is filled in and a page is applied in
    (app.synced.SPECS follows it)."""

    JOB = "job"
    JOB_STATUS_CHANGE = "job_status_change"
    MEMBERSHIP = "membership"
    DESIGN = "design"
    DESIGN_REVISION = "design_revision"
    QUOTE = "quote"
    QUOTE_REVISION = "quote_revision"
    QUOTE_LINE = "quote_line"
    REVIEW = "review"
    PIN = "pin"
    VERDICT = "verdict"
    COMMENT = "comment"
