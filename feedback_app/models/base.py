"""Declarative base, shared column types and the constraint naming convention."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Annotated, Any

from sqlalchemy import JSON, DateTime, Enum, Integer, MetaData, String, Text
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
