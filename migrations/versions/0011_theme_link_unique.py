"""An answer is linked to a theme at most once.

Why: a second link of the same answer to the same theme says nothing new, and the staff's
count of a theme's answers counts links, so it would count that answer twice. The services never
make one (a merge drops the source's link where the answer is already in the target); the
database now refuses it too. The previous revision removed any duplicate, so existing rows pass.

Revision ID: 19e7940e86e2
Revises: 1118aa932407
Create Date: 2026-12-01

"""
from alembic import op

# revision identifiers, used by Alembic.
revision = '19e7940e86e2'
down_revision = '1118aa932407'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('theme_link', schema=None) as batch_op:
        batch_op.create_unique_constraint(op.f('uq_theme_link_answer_id'),
                                          ['answer_id', 'theme_id'])


def downgrade():
    with op.batch_alter_table('theme_link', schema=None) as batch_op:
        batch_op.drop_constraint(op.f('uq_theme_link_answer_id'), type_='unique')
