"""Accounts keep a session version and the step of the last two-step code accepted.

Why: signing out only dropped the browser's cookie, so a copy of it taken before kept working
until it expired; the session version is part of every session's id and is raised at sign-out,
a password change and an admin's reset. A two-step code was remembered as used only by the web
process that accepted it, so another process took the same code again; the last accepted step
now lives on the account, where every process reads it.

Revision ID: fe941ee5b051
Revises: 5f1044b75f1b
Create Date: 2026-12-01

"""
import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision = 'fe941ee5b051'
down_revision = '5f1044b75f1b'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('account', schema=None) as batch_op:
        batch_op.add_column(sa.Column('totp_last_step', sa.BigInteger(), nullable=True))
        batch_op.add_column(sa.Column('session_version', sa.Integer(), nullable=False,
                                      server_default='0'))


def downgrade():
    with op.batch_alter_table('account', schema=None) as batch_op:
        batch_op.drop_column('session_version')
        batch_op.drop_column('totp_last_step')
