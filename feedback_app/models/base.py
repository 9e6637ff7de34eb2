"""Declarative base, shared column types and the constraint naming convention."""

from __future__ import annotations

import datetime as dt
import secrets
from collections.abc import Sequence
from typing import Annotated, Any

from sqlalchemy import JSON, BigInteger, DateTime, Enum, Integer, MetaData, String, Text
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, mapped_column
from sqlalchemy.types import TypeDecorator

from feedback_app.clock import NaiveTimeError

# Named constraints keep Alembic's batch mode on SQLite and its diffs on PostgreSQL stable.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

intpk = Annotated[int, mapped_column(Integer, primary_key=True)]

# 64 bits on PostgreSQL; on SQLite INTEGER, which already holds 64 bits, so that a primary key
# of this type is the table's rowid itself and no hidden rowid keeps the order rows came in.
RowId = BigInteger().with_variant(Integer(), "sqlite")
RANDOM_ID_BITS = 63
MAX_RANDOM_ID = 2**RANDOM_ID_BITS - 1  # the largest id a route or form takes for a random one


def random_row_id() -> int:
    """A positive id drawn at random: its value says nothing of when the row was written.

    Rows a survivor's action writes (submissions, answers, replies) take these instead of a
    sequence, whose order would place each row between the staff actions written before and
    after it.
    Two of 2**63 values meeting is vanishingly rare; the primary key still refuses it.
    """
    return secrets.randbelow(MAX_RANDOM_ID) + 1


randompk = Annotated[int, mapped_column(RowId, primary_key=True, autoincrement=False,
                                        default=random_row_id)]
str40 = Annotated[str, mapped_column(String(40))]
str80 = Annotated[str, mapped_column(String(80))]
str200 = Annotated[str, mapped_column(String(200))]
text = Annotated[str, mapped_column(Text)]
json_dict = Annotated[dict[str, Any], mapped_column(JSON)]
json_list = Annotated[list[Any], mapped_column(JSON)]


class UtcDateTime(TypeDecorator[dt.datetime]):
    """A moment in time, always aware and in UTC on the way out, on SQLite and PostgreSQL alike.

    SQLite keeps no time zone and gives naive datetimes back; PostgreSQL gives them in the
    connection's zone. Both are turned into UTC here, once, instead of at every comparison. A
    naive datetime on the way in is refused (NaiveTimeError): it could be any zone's wall clock.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None,
                           dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        if not isinstance(value, dt.datetime):
            raise TypeError(f"A datetime is needed here, not {type(value).__name__}")
        if value.tzinfo is None or value.utcoffset() is None:
            raise NaiveTimeError(f"A datetime stored needs a time zone: {value!r}")
        # SQLite writes the wall clock and drops the zone: it must be UTC's.
        return value.astimezone(dt.UTC)

    def process_result_value(self, value: dt.datetime | None,
                             dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:  # SQLite: stored as UTC's wall clock, above
            return value.replace(tzinfo=dt.UTC)
        return value.astimezone(dt.UTC)


utc_datetime = Annotated[dt.datetime, mapped_column(UtcDateTime)]


def one_of(values: Sequence[str], *, name: str) -> Enum:
    """A short string from a fixed set, held to it by the database itself.

    A CHECK named ck_<table>_<name> refuses any other string, so a hand-run script or a bulk
    statement cannot leave a row in a state the code does not know. The column stays VARCHAR(40)
    holding the strings themselves (no native enum type), and the ORM refuses an unknown string
    before it reaches the database. A changed set needs a migration that changes the CHECK.
    """
    return Enum(*values, name=name, native_enum=False, create_constraint=True,
                validate_strings=True, length=40)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
