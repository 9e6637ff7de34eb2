"""Answers take random ids and are numbered within their submission.

Why: answer ids came from one sequence, so a copy of the database still gave the order in which
all feedback arrived, and with it which submission came between two staff actions, whose times
the audit log holds. New answers get random 63-bit ids from the application (models.base), as
submissions, replies and theme links do since revision cb925d30a389; on PostgreSQL answer.id
and the columns that hold an answer's id become BIGINT and the sequence goes, on SQLite they
stay INTEGER (already 64 bits, and the rowid itself). A submission's answers then read in the
order of `position` (1, 2, 3 within it, as the survey asked), filled here from the old ids.

Existing answers keep their ids, for the reasons revision cb925d30a389 gives: the staff audit
log names answers by id, and the old ids order only feedback received before this upgrade,
which the retention purge removes within SV_RETENTION_DAYS.

Going down drops `position`. On PostgreSQL it stops with "integer out of range" once a random
id is stored: such a database cannot go back to 32-bit ids without renumbering.

Revision ID: 3f965c42360f
Revises: cb925d30a389
Create Date: 2026-12-02

"""
import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision = '3f965c42360f'
down_revision = 'cb925d30a389'
branch_labels = None
depends_on = None

# table -> columns that hold an answer's id (PostgreSQL: to BIGINT)
ID_COLUMNS = {
    'answer': ('id',),
    'theme_link': ('answer_id',),
    'change_entry_quote': ('answer_id',),
}


def _postgresql():
    return op.get_bind().dialect.name == 'postgresql'


def _ids_to_bigint():
    sequence = op.get_bind().scalar(sa.text("SELECT pg_get_serial_sequence('answer', 'id')"))
    op.execute("ALTER TABLE answer ALTER COLUMN id DROP DEFAULT")
    if sequence:
        op.execute(f"DROP SEQUENCE {sequence}")
    for table, columns in ID_COLUMNS.items():  # names from the constant above, never from input
        for column in columns:
            op.execute(f"ALTER TABLE {table} ALTER COLUMN {column} TYPE BIGINT")


def _ids_to_integer():
    for table, columns in ID_COLUMNS.items():
        for column in columns:
            op.execute(f"ALTER TABLE {table} ALTER COLUMN {column} TYPE INTEGER")
    op.execute("CREATE SEQUENCE answer_id_seq OWNED BY answer.id")
    op.execute("SELECT setval('answer_id_seq', COALESCE((SELECT MAX(id) FROM answer), 0) + 1,"
               " false)")
    op.execute("ALTER TABLE answer ALTER COLUMN id SET DEFAULT nextval('answer_id_seq')")


def upgrade():
    if _postgresql():
        _ids_to_bigint()
    with op.batch_alter_table('answer', schema=None) as batch_op:
        batch_op.add_column(sa.Column('position', sa.Integer(), nullable=True))
    op.execute("UPDATE answer SET position = (SELECT COUNT(*) FROM answer AS earlier"
               " WHERE earlier.submission_id = answer.submission_id AND earlier.id <= answer.id)")
    with op.batch_alter_table('answer', schema=None) as batch_op:
        batch_op.alter_column('position', existing_type=sa.Integer(), nullable=False)
        batch_op.create_unique_constraint(batch_op.f('uq_answer_submission_id'),
                                          ['submission_id', 'position'])


def downgrade():
    with op.batch_alter_table('answer', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('uq_answer_submission_id'), type_='unique')
        batch_op.drop_column('position')
    if _postgresql():
        _ids_to_integer()
