"""design review: reviews, pins (review topics) and signed verdicts; the directory cache

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-07 07:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def _sync_columns() -> list[sa.Column[object]]:
    return [
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("server_version", sa.Integer(), nullable=True),
        sa.Column("dirty", sa.Boolean(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("local_seq", sa.Integer(), nullable=True),
    ]


def upgrade() -> None:
    op.create_table(
        "review",
        *_sync_columns(),
        sa.Column("job_id", sa.String(length=36), sa.ForeignKey("job.id"), nullable=False),
        sa.Column(
            "design_revision_id",
            sa.String(length=36),
            sa.ForeignKey("design_revision.id"),
            nullable=False,
        ),
        sa.Column("file_sha256", sa.String(length=64), nullable=False),
        sa.Column("requested_by", sa.String(length=100), nullable=False),
        sa.Column("reviewer", sa.String(length=100), nullable=False),
        sa.Column("due_date", sa.Date(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("state", sa.String(length=20), nullable=False),
        sa.Column("supersedes_id", sa.String(length=36), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_review_job_id", "review", ["job_id"])
    op.create_table(
        "pin",
        *_sync_columns(),
        sa.Column("job_id", sa.String(length=36), sa.ForeignKey("job.id"), nullable=False),
        sa.Column("review_id", sa.String(length=36), sa.ForeignKey("review.id"), nullable=False),
        sa.Column(
            "design_revision_id",
            sa.String(length=36),
            sa.ForeignKey("design_revision.id"),
            nullable=False,
        ),
        sa.Column("author", sa.String(length=100), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("point_json", sa.Text(), nullable=False),
        sa.Column("normal_json", sa.Text(), nullable=True),
        sa.Column("face", sa.Integer(), nullable=True),
        sa.Column("camera_json", sa.Text(), nullable=True),
        sa.Column("section_json", sa.Text(), nullable=True),
        sa.Column("measurements_json", sa.Text(), nullable=True),
        sa.Column("snapshot_png", sa.LargeBinary(), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("assignee", sa.String(length=100), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_pin_job_id", "pin", ["job_id"])
    op.create_index("ix_pin_review_id", "pin", ["review_id"])
    op.create_table(
        "verdict",
        *_sync_columns(),
        sa.Column("job_id", sa.String(length=36), sa.ForeignKey("job.id"), nullable=False),
        sa.Column("review_id", sa.String(length=36), sa.ForeignKey("review.id"), nullable=False),
        sa.Column("design_revision_id", sa.String(length=36), nullable=False),
        sa.Column("revision_number", sa.Integer(), nullable=False),
        sa.Column("file_sha256", sa.String(length=64), nullable=False),
        sa.Column("verdict", sa.String(length=20), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("pins_json", sa.Text(), nullable=False),
        sa.Column("signer", sa.String(length=100), nullable=False),
        sa.Column("signed_at", sa.String(length=40), nullable=False),
        sa.Column("prev_hash", sa.String(length=64), nullable=False),
        sa.Column("public_key", sa.String(length=64), nullable=False),
        sa.Column("signature", sa.String(length=128), nullable=False),
        sa.Column("receipt_at", sa.String(length=40), nullable=True),
        sa.Column("receipt_signature", sa.String(length=128), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_verdict_job_id", "verdict", ["job_id"])
    op.create_index("ix_verdict_review_id", "verdict", ["review_id"])
    op.create_table(
        "directory_member",
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("affiliation", sa.String(length=200), nullable=False),
        sa.Column("fields_json", sa.Text(), nullable=False),
        sa.Column("intro", sa.Text(), nullable=False),
        sa.Column("keys_json", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("name"),
    )
    for table, key in (("review_seen", "review_id"), ("job_seen", "job_id")):
        op.create_table(
            table,
            sa.Column(key, sa.String(length=36), nullable=False),
            sa.Column("seen_at", sa.DateTime(), nullable=False),
            sa.PrimaryKeyConstraint(key),
        )
    with op.batch_alter_table("comment") as batch:
        batch.add_column(sa.Column("pin_id", sa.String(length=36), nullable=True))
        batch.create_index("ix_comment_pin_id", ["pin_id"])
        batch.create_foreign_key("fk_comment_pin_id_pin", "pin", ["pin_id"], ["id"])


def downgrade() -> None:
    with op.batch_alter_table("comment") as batch:
        batch.drop_constraint("fk_comment_pin_id_pin", type_="foreignkey")
        batch.drop_index("ix_comment_pin_id")
        batch.drop_column("pin_id")
    for table in ("job_seen", "review_seen", "directory_member", "verdict", "pin", "review"):
        op.drop_table(table)
