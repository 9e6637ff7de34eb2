"""Audit events are append-only in the database itself.

Why: issue 5 asks that audit rows are never updated or deleted by the application. The models
refuse it too, but a trigger also stops a slip in a bulk statement or a hand-run script, on SQLite
and on PostgreSQL alike.

Revision ID: 7b3d95e04c21
Revises: 1412216e78f9
Create Date: 2026-11-30

"""
from alembic import op

# revision identifiers, used by Alembic.
revision = '7b3d95e04c21'
down_revision = '1412216e78f9'
branch_labels = None
depends_on = None

MESSAGE = "audit events are append-only"


def upgrade():
    if op.get_bind().dialect.name == "postgresql":
        op.execute(f"""
            CREATE FUNCTION audit_event_append_only() RETURNS trigger
            LANGUAGE plpgsql AS $$
            BEGIN
                RAISE EXCEPTION '{MESSAGE}';
            END
            $$""")
        op.execute("""
            CREATE TRIGGER audit_event_append_only
            BEFORE UPDATE OR DELETE ON audit_event
            FOR EACH ROW EXECUTE FUNCTION audit_event_append_only()""")
        op.execute("""
            CREATE TRIGGER audit_event_no_truncate
            BEFORE TRUNCATE ON audit_event
            FOR EACH STATEMENT EXECUTE FUNCTION audit_event_append_only()""")
    else:
        for verb in ("UPDATE", "DELETE"):
            op.execute(f"""
                CREATE TRIGGER audit_event_no_{verb.lower()}
                BEFORE {verb} ON audit_event
                BEGIN
                    SELECT RAISE(ABORT, '{MESSAGE}');
                END""")


def downgrade():
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER audit_event_no_truncate ON audit_event")
        op.execute("DROP TRIGGER audit_event_append_only ON audit_event")
        op.execute("DROP FUNCTION audit_event_append_only()")
    else:
        op.execute("DROP TRIGGER audit_event_no_delete")
        op.execute("DROP TRIGGER audit_event_no_update")
