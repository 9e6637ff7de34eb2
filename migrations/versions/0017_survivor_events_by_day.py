"""Survivors' actions leave the timed audit log for a table of days; submissions, replies and
theme links take random ids; replies are numbered within their conversation.

Why: audit_event is one numbered sequence stamped to the microsecond. A survivor's event in it
(stored at midnight, but numbered) sat between the staff actions written just before and after
it, and sequential submission and reply ids did the same: a submission fell between two staff
actions minutes apart. Survivor events move to survivor_event, which holds the day, the action
and a detail naming no one, under a random id and the same append-only triggers as audit_event
(revision 7b3d95e04c21). The moved rows are written in the order of their new random ids, so
not even the table's physical order keeps the old sequence. Their link to a submission is
dropped: nothing needs it, and it would tie a survivor's later visits to one submission.

New submissions, replies and theme links (a submission's links were numbered between the links
staff made by hand) get random 63-bit ids from the application (models.base); on
PostgreSQL the columns become BIGINT and lose their sequences, on SQLite they stay INTEGER
(already 64 bits, and the rowid itself). Existing rows keep their ids: renumbering would have
to rewrite the append-only staff audit log, whose events name submissions by id, and would
break every saved staff link; the old ids order only feedback received before this upgrade,
which the retention purge removes within SV_RETENTION_DAYS. Replies are then read in the order
of `number` (1, 2, 3 within their submission), filled here from the old ids.

Going down puts survivor events back into audit_event at midnight of their day. On PostgreSQL
it stops with "integer out of range" once a random id is stored: such a database cannot go back
to 32-bit ids without renumbering.

Revision ID: cb925d30a389
Revises: fe941ee5b051
Create Date: 2026-12-02

"""
import datetime as dt
import secrets

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision = 'cb925d30a389'
down_revision = 'fe941ee5b051'
branch_labels = None
depends_on = None

MESSAGE = "audit events are append-only"
ROW_ID = sa.BigInteger().with_variant(sa.Integer(), 'sqlite')
# table -> columns that hold a submission's or a reply's id (PostgreSQL: to BIGINT)
ID_COLUMNS = {
    'submission': ('id',),
    'reply': ('id', 'submission_id'),
    'answer': ('submission_id',),
    'sms_conversation': ('submission_id', 'last_reply_id'),
    'audit_event': ('target_id',),
    'theme_link': ('id',),
}
SEQUENCE_TABLES = ('submission', 'reply', 'theme_link')

audit_event = sa.table(
    'audit_event', sa.column('id', sa.Integer), sa.column('actor_kind', sa.String),
    sa.column('action', sa.String), sa.column('at', sa.DateTime(timezone=True)),
    sa.column('detail', sa.JSON))
survivor_event = sa.table(
    'survivor_event', sa.column('id', ROW_ID), sa.column('happened_on', sa.Date),
    sa.column('action', sa.String), sa.column('detail', sa.JSON))


def _postgresql():
    return op.get_bind().dialect.name == 'postgresql'


def _sqlite_audit_trigger(verb):
    return f"""
        CREATE TRIGGER audit_event_no_{verb.lower()}
        BEFORE {verb} ON audit_event
        BEGIN
            SELECT RAISE(ABORT, '{MESSAGE}');
        END"""


def _survivor_event_triggers():
    if _postgresql():
        # The function of revision 7b3d95e04c21 raises the same message for either table.
        op.execute("""
            CREATE TRIGGER survivor_event_append_only
            BEFORE UPDATE OR DELETE ON survivor_event
            FOR EACH ROW EXECUTE FUNCTION audit_event_append_only()""")
        op.execute("""
            CREATE TRIGGER survivor_event_no_truncate
            BEFORE TRUNCATE ON survivor_event
            FOR EACH STATEMENT EXECUTE FUNCTION audit_event_append_only()""")
    else:
        for verb in ('UPDATE', 'DELETE'):
            op.execute(f"""
                CREATE TRIGGER survivor_event_no_{verb.lower()}
                BEFORE {verb} ON survivor_event
                BEGIN
                    SELECT RAISE(ABORT, '{MESSAGE}');
                END""")


def _drop_survivor_event_triggers():
    if _postgresql():
        op.execute("DROP TRIGGER survivor_event_no_truncate ON survivor_event")
        op.execute("DROP TRIGGER survivor_event_append_only ON survivor_event")
    else:
        op.execute("DROP TRIGGER survivor_event_no_delete")
        op.execute("DROP TRIGGER survivor_event_no_update")


def _delete_survivor_audit_events():
    """The one deletion ever made in audit_event: its survivor rows, moved, not lost."""
    if _postgresql():
        op.execute("ALTER TABLE audit_event DISABLE TRIGGER audit_event_append_only")
        op.execute("DELETE FROM audit_event WHERE actor_kind = 'survivor'")
        op.execute("ALTER TABLE audit_event ENABLE TRIGGER audit_event_append_only")
    else:
        op.execute("DROP TRIGGER audit_event_no_delete")
        op.execute("DELETE FROM audit_event WHERE actor_kind = 'survivor'")
        op.execute(_sqlite_audit_trigger('DELETE'))


def _day(at):
    # SQLite gives UTC's wall clock back without a zone; PostgreSQL the connection's zone.
    return (at.astimezone(dt.UTC) if at.tzinfo else at).date()


def _move_survivor_events():
    bind = op.get_bind()
    rows = bind.execute(sa.select(audit_event.c.action, audit_event.c.at, audit_event.c.detail)
                        .where(audit_event.c.actor_kind == 'survivor')).all()
    ids = set()
    while len(ids) < len(rows):
        ids.add(secrets.randbelow(2**63 - 1) + 1)
    moved = sorted(({'id': new_id, 'happened_on': _day(row.at), 'action': row.action,
                     'detail': row.detail if isinstance(row.detail, dict) else {}}
                    for new_id, row in zip(ids, rows, strict=True)), key=lambda r: r['id'])
    if moved:
        bind.execute(survivor_event.insert(), moved)
    _delete_survivor_audit_events()


def _ids_to_bigint():
    for table in SEQUENCE_TABLES:
        sequence = op.get_bind().scalar(sa.text(f"SELECT pg_get_serial_sequence('{table}', 'id')"))
        op.execute(f"ALTER TABLE {table} ALTER COLUMN id DROP DEFAULT")
        if sequence:
            op.execute(f"DROP SEQUENCE {sequence}")
    for table, columns in ID_COLUMNS.items():
        for column in columns:
            op.execute(f"ALTER TABLE {table} ALTER COLUMN {column} TYPE BIGINT")


def _ids_to_integer():
    for table, columns in ID_COLUMNS.items():
        for column in columns:
            op.execute(f"ALTER TABLE {table} ALTER COLUMN {column} TYPE INTEGER")
    for table in SEQUENCE_TABLES:  # names from the constants above, never from input
        op.execute(f"CREATE SEQUENCE {table}_id_seq OWNED BY {table}.id")
        newest = f"COALESCE((SELECT MAX(id) FROM {table}), 0)"  # noqa: S608
        op.execute(f"SELECT setval('{table}_id_seq', {newest} + 1, false)")
        op.execute(f"ALTER TABLE {table} ALTER COLUMN id SET DEFAULT nextval('{table}_id_seq')")


def upgrade():
    op.create_table(
        'survivor_event',
        sa.Column('id', ROW_ID, autoincrement=False, nullable=False),
        sa.Column('happened_on', sa.Date(), nullable=False),
        sa.Column('action', sa.String(length=80), nullable=False),
        sa.Column('detail', sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_survivor_event')),
    )
    with op.batch_alter_table('survivor_event', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_survivor_event_happened_on'), ['happened_on'],
                              unique=False)
    _survivor_event_triggers()
    _move_survivor_events()
    if _postgresql():
        _ids_to_bigint()
    with op.batch_alter_table('reply', schema=None) as batch_op:
        batch_op.add_column(sa.Column('number', sa.Integer(), nullable=True))
    op.execute("UPDATE reply SET number = (SELECT COUNT(*) FROM reply AS earlier"
               " WHERE earlier.submission_id = reply.submission_id AND earlier.id <= reply.id)")
    with op.batch_alter_table('reply', schema=None) as batch_op:
        batch_op.alter_column('number', existing_type=sa.Integer(), nullable=False)


def downgrade():
    with op.batch_alter_table('reply', schema=None) as batch_op:
        batch_op.drop_column('number')
    if _postgresql():
        _ids_to_integer()
    bind = op.get_bind()
    rows = bind.execute(sa.select(survivor_event.c.happened_on, survivor_event.c.action,
                                  survivor_event.c.detail)
                        .order_by(survivor_event.c.happened_on, survivor_event.c.id)).all()
    if rows:
        bind.execute(audit_event.insert(), [
            {'actor_kind': 'survivor', 'action': row.action, 'detail': row.detail,
             'at': dt.datetime.combine(row.happened_on, dt.time(), tzinfo=dt.UTC)}
            for row in rows])
    _drop_survivor_event_triggers()
    with op.batch_alter_table('survivor_event', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_survivor_event_happened_on'))
    op.drop_table('survivor_event')
