"""Invitations keep their programmes in their own table.

Why: an invitation's programmes were written only into its audit event's detail and read back
from there when the person joined. An audit record is a history, not a source of the app's
state: the join then depended on an event's wording, and a programme deleted since could not
take its place in the invitation with it. Rows go with their link or programme (ON DELETE
CASCADE). The next revision copies the programmes of invitations not yet used.

Revision ID: 3c6f2a9d41b7
Revises: 19e7940e86e2
Create Date: 2026-12-02

"""
import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision = '3c6f2a9d41b7'
down_revision = '19e7940e86e2'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        'account_link_programme',
        sa.Column('link_id', sa.Integer(), nullable=False),
        sa.Column('programme_id', sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(['link_id'], ['account_link.id'],
                                name=op.f('fk_account_link_programme_link_id_account_link'),
                                ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['programme_id'], ['programme.id'],
                                name=op.f('fk_account_link_programme_programme_id_programme'),
                                ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('link_id', 'programme_id', name=op.f('pk_account_link_programme')),
    )


def downgrade():
    op.drop_table('account_link_programme')
