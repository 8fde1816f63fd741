"""sync never loses work: a local write order, quote units in the outbox, the conflicts inbox

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-07 01:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

SYNCED_TABLES = (
    "profile",
    "customer",
    "machine",
    "material",
    "job",
    "job_status_change",
    "design",
    "design_revision",
    "quote",
    "quote_revision",
    "quote_line",
    "comment",
    "job_member",
)


def upgrade() -> None:
    for table in SYNCED_TABLES:
        op.add_column(table, sa.Column("local_seq", sa.Integer(), nullable=True))
    op.add_column("sync_outbox", sa.Column("lines_json", sa.Text(), nullable=True))
    with op.batch_alter_table("sync_conflict") as batch:
        batch.add_column(
            sa.Column("reason", sa.String(length=20), nullable=False, server_default="conflict")
        )
        batch.add_column(sa.Column("code", sa.String(length=40), nullable=True))
        batch.add_column(sa.Column("message", sa.Text(), nullable=True))
        batch.add_column(sa.Column("local_json", sa.Text(), nullable=True))
        batch.add_column(sa.Column("server_json", sa.Text(), nullable=True))
        batch.add_column(
            sa.Column("author", sa.String(length=100), nullable=False, server_default="")
        )
        batch.add_column(sa.Column("changed_at", sa.DateTime(), nullable=True))
        batch.add_column(sa.Column("resolution", sa.String(length=20), nullable=True))
        batch.add_column(sa.Column("resolved_at", sa.DateTime(), nullable=True))
    _lines_into_units()


def _lines_into_units() -> None:
    """Quote lines waiting in the outbox on their own (protocol 1) go as their revision's
    unit now: the revision is marked to be pushed (with all its lines as they are), and the
    line entries leave the outbox. A revision whose line was deleted is found through the
    entry's data, which names it."""
    op.execute(
        sa.text(
            "UPDATE quote_revision SET dirty = 1 WHERE id IN ("
            " SELECT json_extract(data_json, '$.revision_id') FROM sync_outbox"
            " WHERE kind = 'quote_line')"
        )
    )
    op.execute(sa.text("DELETE FROM sync_outbox WHERE kind = 'quote_line'"))


def downgrade() -> None:
    with op.batch_alter_table("sync_conflict") as batch:
        for name in (
            "resolved_at",
            "resolution",
            "changed_at",
            "author",
            "server_json",
            "local_json",
            "message",
            "code",
            "reason",
        ):
            batch.drop_column(name)
    with op.batch_alter_table("sync_outbox") as batch:
        batch.drop_column("lines_json")
    for table in SYNCED_TABLES:
        with op.batch_alter_table(table) as batch:
            batch.drop_column("local_seq")
