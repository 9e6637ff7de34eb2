"""The baseline for submit_load: a bare Flask + SQLAlchemy endpoint that inserts one row.

Same database settings as the app (SQLite in WAL mode with synchronous=FULL, or PostgreSQL), no
forms, no sessions, no templates, no key derivation.
"""

from __future__ import annotations

import datetime as dt
import os

from flask import Flask
from sqlalchemy import Date, String, create_engine, event
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column


class Base(DeclarativeBase):
    pass


class Row(Base):
    __tablename__ = "baseline_row"
    id: Mapped[int] = mapped_column(primary_key=True)
    body: Mapped[str] = mapped_column(String(200))
    received_on: Mapped[dt.date] = mapped_column(Date)


def create_app() -> Flask:
    engine = create_engine(os.environ["SV_DATABASE_URL"])
    if engine.dialect.name == "sqlite":
        @event.listens_for(engine, "connect")
        def _pragmas(conn, _record):  # type: ignore[no-untyped-def]
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=FULL")
            conn.execute("PRAGMA busy_timeout=10000")
    Base.metadata.create_all(engine)
    app = Flask(__name__)

    @app.post("/insert")
    def insert() -> tuple[str, int]:
        with Session(engine) as session:
            session.add(Row(body="The food was cold.", received_on=dt.date.today()))
            session.commit()
        return "ok", 201

    return app
