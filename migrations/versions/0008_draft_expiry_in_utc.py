"""A draft's expiry hour is a moment in UTC, like every other time the app stores.

Why: it was the one timestamp without a time zone, so the code that wrote and compared it had to
drop the zone first; now every time column is the same type and comes back aware, in UTC. The
values were written as UTC's wall clock, so PostgreSQL reads them as UTC here. SQLite keeps no
time zone in a column: the stored text is already UTC's wall clock, and nothing changes there.

Revision ID: 395f504d2676
Revises: e5a8c31f9d20
Create Date: 2026-12-09

"""
import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision = '395f504d2676'
down_revision = 'e5a8c31f9d20'
branch_labels = None
depends_on = None


def upgrade():
    if op.get_bind().dialect.name != 'postgresql':
        return
    op.alter_column('draft', 'expires_hour', type_=sa.DateTime(timezone=True),
                    existing_type=sa.DateTime(), existing_nullable=False,
                    postgresql_using="expires_hour AT TIME ZONE 'UTC'")


def downgrade():
    if op.get_bind().dialect.name != 'postgresql':
        return
    op.alter_column('draft', 'expires_hour', type_=sa.DateTime(),
                    existing_type=sa.DateTime(timezone=True), existing_nullable=False,
                    postgresql_using="expires_hour AT TIME ZONE 'UTC'")
