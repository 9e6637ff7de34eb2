"""Each saved theme model carries a version, a digest of its body.

Why: every process keeps the parsed model in memory and must notice when another process saves a
new one. It compared the record's id, but SQLite gives the replacing record the same id again, so
processes went on assigning new answers with the old model, to the wrong themes. The version is a
small column to compare without reading the body (about 5 MB). A model saved before this revision
gets the digest of its body here, so the column can be required.

Revision ID: e5a8c31f9d20
Revises: 7b3d95e04c21
Create Date: 2026-12-02

"""
import hashlib

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision = 'e5a8c31f9d20'
down_revision = '7b3d95e04c21'
branch_labels = None
depends_on = None

theme_model = sa.table(
    'theme_model', sa.column('id', sa.Integer()), sa.column('body', sa.Text()),
    sa.column('version', sa.String(64)))


def upgrade():
    with op.batch_alter_table('theme_model', schema=None) as batch_op:
        batch_op.add_column(sa.Column('version', sa.String(length=64), nullable=True))
    bind = op.get_bind()
    # One body at a time: each can be megabytes (there is normally only one).
    for record_id in bind.scalars(sa.select(theme_model.c.id)).all():
        body = bind.scalar(sa.select(theme_model.c.body).where(theme_model.c.id == record_id))
        bind.execute(theme_model.update().where(theme_model.c.id == record_id).values(
            version=hashlib.sha256(body.encode('utf-8')).hexdigest()))
    with op.batch_alter_table('theme_model', schema=None) as batch_op:
        batch_op.alter_column('version', existing_type=sa.String(length=64), nullable=False)


def downgrade():
    with op.batch_alter_table('theme_model', schema=None) as batch_op:
        batch_op.drop_column('version')
