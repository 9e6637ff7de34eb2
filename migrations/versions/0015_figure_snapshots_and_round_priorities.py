"""Monthly figure snapshots, a closed round's frozen priorities, and the month of a "did this
help?" answer.

Why: numbers worked out afresh at every visit let someone who watches the pages subtract one view
from the next and find a single survivor's submission, or a single board member's ballot.
figure_snapshot holds every number the board or the public sees in a month, worked out once from
what arrived before the month began (one row per month and audience; the unique pair lets
several web processes race to make it and agree on one). round_priority holds a round's Borda
list as it stood when the round closed, so it never changes afterwards. change_feedback gains
the first day of the month an answer was given, so that the public tally counts only answers
given before a month began; rows from before this revision have none and are counted.

Revision ID: 5f1044b75f1b
Revises: 379a476f8069
Create Date: 2026-12-01

"""
import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision = '5f1044b75f1b'
down_revision = '379a476f8069'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        'figure_snapshot',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('month', sa.Date(), nullable=False),
        sa.Column('audience', sa.Enum('board', 'public', name='audience', native_enum=False,
                                      create_constraint=True, length=40), nullable=False),
        sa.Column('figures', sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_figure_snapshot')),
        sa.UniqueConstraint('month', 'audience', name=op.f('uq_figure_snapshot_month')),
    )
    op.create_table(
        'round_priority',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('round_id', sa.Integer(), nullable=False),
        sa.Column('theme_id', sa.Integer(), nullable=False),
        sa.Column('label', sa.String(length=200), nullable=True),
        sa.Column('points', sa.Integer(), nullable=False),
        sa.Column('place', sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(['round_id'], ['review_round.id'],
                                name=op.f('fk_round_priority_round_id_review_round'),
                                ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['theme_id'], ['theme.id'],
                                name=op.f('fk_round_priority_theme_id_theme'),
                                ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_round_priority')),
        sa.UniqueConstraint('round_id', 'theme_id', name=op.f('uq_round_priority_round_id')),
    )
    op.create_index(op.f('ix_round_priority_round_id'), 'round_priority', ['round_id'])
    with op.batch_alter_table('change_feedback') as batch:
        batch.add_column(sa.Column('given_month', sa.Date(), nullable=True))


def downgrade():
    with op.batch_alter_table('change_feedback') as batch:
        batch.drop_column('given_month')
    op.drop_index(op.f('ix_round_priority_round_id'), table_name='round_priority')
    op.drop_table('round_priority')
    op.drop_table('figure_snapshot')
