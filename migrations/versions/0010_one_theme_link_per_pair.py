"""Keep one link per answer and theme: the data step before the unique constraint.

Why: the next revision makes (answer, theme) unique in theme_link. The services never link an
answer to a theme twice, but a row added by hand could have; a second link carries nothing the
first does not, and would be counted twice. Where a person placed the answer (origin "human") that
link stays, since it keeps re-discovery from moving the answer; otherwise the oldest stays.
Nothing to undo on the way down: the links removed said the same as the one kept.

Revision ID: 1118aa932407
Revises: b0271e2eab3f
Create Date: 2026-12-01

"""
import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision = '1118aa932407'
down_revision = 'b0271e2eab3f'
branch_labels = None
depends_on = None


def upgrade():
    # The kept id is read into a derived table first: SQLite and PostgreSQL both allow it there.
    op.execute(sa.text("""
        DELETE FROM theme_link WHERE id NOT IN (
            SELECT kept FROM (
                SELECT COALESCE(MIN(CASE WHEN origin = 'human' THEN id END), MIN(id)) AS kept
                FROM theme_link GROUP BY answer_id, theme_id
            ) AS one_per_pair
        )"""))


def downgrade():
    pass
