"""Outcome figures in the monthly snapshot, and the indicators a change means to move.

Why: the board's and the public's outcome pages must show the same figures all month, worked
out once from what arrived before the month began, for the reason revision 5f1044b75f1b gives
for theme figures: figures worked out afresh at every visit let someone who watches the pages
subtract one view from the next. figure_snapshot's audience therefore takes two more values,
one row a month each. change_entry_indicator names, by question key, the indicators of an
entry's programme that the change means to move, so that a done entry can show them before and
after. On SQLite batch mode rebuilds figure_snapshot to change its CHECK.

Revision ID: d3265b929f5e
Revises: 3f965c42360f
Create Date: 2026-12-01

"""
import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision = 'd3265b929f5e'
down_revision = '3f965c42360f'
branch_labels = None
depends_on = None

BEFORE = ('board', 'public')
AFTER = ('board', 'public', 'board-outcomes', 'public-outcomes')


def _audiences(values):
    with op.batch_alter_table('figure_snapshot') as batch:
        batch.drop_constraint(op.f('ck_figure_snapshot_audience'), type_='check')
        listed = ", ".join(f"'{value}'" for value in values)
        batch.create_check_constraint(op.f('ck_figure_snapshot_audience'),
                                      f"audience IN ({listed})")


def upgrade():
    _audiences(AFTER)
    op.create_table(
        'change_entry_indicator',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('entry_id', sa.Integer(), nullable=False),
        sa.Column('question', sa.String(length=80), nullable=False),
        sa.ForeignKeyConstraint(['entry_id'], ['change_entry.id'],
                                name=op.f('fk_change_entry_indicator_entry_id_change_entry'),
                                ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_change_entry_indicator')),
        sa.UniqueConstraint('entry_id', 'question',
                            name=op.f('uq_change_entry_indicator_entry_id')),
    )
    op.create_index(op.f('ix_change_entry_indicator_entry_id'), 'change_entry_indicator',
                    ['entry_id'])


def downgrade():
    op.drop_index(op.f('ix_change_entry_indicator_entry_id'),
                  table_name='change_entry_indicator')
    op.drop_table('change_entry_indicator')
    op.execute("DELETE FROM figure_snapshot WHERE audience IN "
               "('board-outcomes', 'public-outcomes')")
    _audiences(BEFORE)
