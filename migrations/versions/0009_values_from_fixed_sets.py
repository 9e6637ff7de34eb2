"""Statuses, roles, states, stages and kinds hold only the values the code knows, in the database.

Why: the services check each of these values before they write it, but a bulk statement or a
hand-run script does not. A submission whose status is misspelt drops out of every inbox filter;
an account link with an unknown role would make an account that is neither staff nor board. A
named CHECK on each column refuses any other string, on SQLite and PostgreSQL alike. The stored
strings do not change, and every value the app has ever written is in its column's set, so
existing rows pass; a row changed by hand to another value would stop the upgrade, naming the
constraint, with nothing changed.

On SQLite batch mode rebuilds each table (with foreign keys off, see env.py); the append-only
triggers of audit_event (revision 7b3d95e04c21) go with its old table and are made again here.

Revision ID: b0271e2eab3f
Revises: 395f504d2676
Create Date: 2026-12-01

"""
from alembic import op

# revision identifiers, used by Alembic.
revision = 'b0271e2eab3f'
down_revision = '395f504d2676'
branch_labels = None
depends_on = None

ROLES = ('admin', 'staff', 'board')
CHANGE_STATUSES = ('planned', 'in progress', 'done', 'not doing')
THEME_ORIGINS = ('engine', 'human')

# table -> column -> the values it may hold, as the models had them at this revision.
ALLOWED = {
    'account': {'role': ROLES},
    'account_link': {'purpose': ('invite', 'reset'), 'role': ROLES},
    'audit_event': {'actor_kind': ('staff', 'board', 'survivor', 'system')},
    'programme': {'kind': ('shelter', 'legal-aid', 'case-management', 'health', 'job-training',
                           'other')},
    'submission': {'channel': ('web', 'sms'),
                   'status': ('received', 'read', 'answered', 'closed')},
    'review_round': {'state': ('open', 'closed')},
    'recommendation': {'status': ('new', 'accepted', 'in progress', 'done', 'declined')},
    'change_entry': {'status': CHANGE_STATUSES},
    'change_update': {'status': CHANGE_STATUSES},
    'change_feedback': {'answer': ('yes', 'partly', 'no')},
    'sms_conversation': {'stage': ('language', 'consent', 'board', 'quote', 'question',
                                   'receipt_pending', 'sent')},
    'theme': {'origin': THEME_ORIGINS, 'state': ('suggested', 'curated', 'retired')},
    'theme_link': {'origin': THEME_ORIGINS},
}

AUDIT_MESSAGE = "audit events are append-only"


def _condition(column, values):
    listed = ", ".join(f"'{value}'" for value in values)
    return f"{column} IN ({listed})"


def _sqlite_audit_triggers_again():
    """The triggers of revision 7b3d95e04c21, on the rebuilt table."""
    if op.get_bind().dialect.name != 'sqlite':
        return
    for verb in ("UPDATE", "DELETE"):
        op.execute(f"""
            CREATE TRIGGER IF NOT EXISTS audit_event_no_{verb.lower()}
            BEFORE {verb} ON audit_event
            BEGIN
                SELECT RAISE(ABORT, '{AUDIT_MESSAGE}');
            END""")


def upgrade():
    for table, columns in ALLOWED.items():
        with op.batch_alter_table(table, schema=None) as batch_op:
            for column, values in columns.items():
                batch_op.create_check_constraint(op.f(f'ck_{table}_{column}'),
                                                 _condition(column, values))
    _sqlite_audit_triggers_again()


def downgrade():
    for table, columns in reversed(ALLOWED.items()):
        with op.batch_alter_table(table, schema=None) as batch_op:
            for column in columns:
                batch_op.drop_constraint(op.f(f'ck_{table}_{column}'), type_='check')
    _sqlite_audit_triggers_again()
