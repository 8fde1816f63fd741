"""design revisions made from a parametric template: their parameters and mesh file

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-01 09:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("design_revision", schema=None) as batch_op:
        batch_op.add_column(sa.Column("params_json", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("mesh_hash", sa.String(length=64), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("design_revision", schema=None) as batch_op:
        batch_op.drop_column("mesh_hash")
        batch_op.drop_column("params_json")
