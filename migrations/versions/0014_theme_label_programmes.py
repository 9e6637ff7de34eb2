"""A theme remembers the programmes whose answers the engine built its label from.

Why: discovery groups every programme's answers together, and the engine's label and keywords
repeat their words. Staff who do not answer for every one of those programmes must not read
them, even after the other programmes' answers have left the theme. Themes made before this
revision have none (NULL); for them the app falls back to the programmes of the answers the
theme holds now, until the next discovery run records them.

Revision ID: 379a476f8069
Revises: 8a4e1d07c5f3
Create Date: 2026-12-02

"""
import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision = '379a476f8069'
down_revision = '8a4e1d07c5f3'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('theme', schema=None) as batch_op:
        batch_op.add_column(sa.Column('label_programmes', sa.JSON(), nullable=True))


def downgrade():
    with op.batch_alter_table('theme', schema=None) as batch_op:
        batch_op.drop_column('label_programmes')
