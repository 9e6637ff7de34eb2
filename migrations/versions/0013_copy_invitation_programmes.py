"""Copy the programmes of invitations not used yet from their audit events into
account_link_programme.

Why: the app now reads an invitation's programmes from account_link_programme only, so a link
made before that revision would otherwise give its staff account no programmes. The audit
events stay as they are (they are append-only); a programme deleted since is left out, and so
is anything in a detail that is not a programme id. Going down empties the table again: the
audit events still hold the same ids.

Revision ID: 8a4e1d07c5f3
Revises: 3c6f2a9d41b7
Create Date: 2026-12-02

"""
import json

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision = '8a4e1d07c5f3'
down_revision = '3c6f2a9d41b7'
branch_labels = None
depends_on = None


def _ids(detail):
    if isinstance(detail, str):  # SQLite hands JSON back as text
        try:
            detail = json.loads(detail)
        except ValueError:
            return []
    ids = detail.get('programmes', []) if isinstance(detail, dict) else []
    return [i for i in ids if isinstance(i, int) and not isinstance(i, bool)]


def upgrade():
    bind = op.get_bind()
    invited = bind.execute(sa.text(
        "SELECT l.id, e.detail FROM account_link l JOIN audit_event e"
        " ON e.target_kind = 'account_link' AND e.target_id = l.id"
        " AND e.action = 'account.invited'"
        " WHERE l.purpose = 'invite' AND l.role = 'staff' AND l.used_at IS NULL")).all()
    programmes = set(bind.execute(sa.text("SELECT id FROM programme")).scalars())
    rows = {(link_id, programme_id) for link_id, detail in invited
            for programme_id in _ids(detail) if programme_id in programmes}
    if rows:
        bind.execute(sa.text("INSERT INTO account_link_programme (link_id, programme_id)"
                             " VALUES (:link, :programme)"),
                     [{"link": link, "programme": programme} for link, programme in sorted(rows)])


def downgrade():
    op.execute("DELETE FROM account_link_programme")
