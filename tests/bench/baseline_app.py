"""The baseline for submit_load: the least a web form that keeps a receipt key must do.

`GET|POST /step` answers a tiny page (one request of the survivor's walk through the form);
`POST /insert` derives one argon2id key at the app's receipt cost, then inserts one row. Same
database settings as the app (SQLite in WAL mode with synchronous=FULL, or PostgreSQL); no forms,
sessions, templates, redaction or theming.
"""

from __future__ import annotations

import datetime as dt
import os
import secrets

from argon2.low_level import Type, hash_secret_raw
from flask import Flask
from sqlalchemy import Date, String, create_engine, event
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column


class Base(DeclarativeBase):
    pass


class Row(Base):
    __tablename__ = "baseline_row"
    id: Mapped[int] = mapped_column(primary_key=True)
    body: Mapped[str] = mapped_column(String(200))
    key: Mapped[str] = mapped_column(String(64))
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
    memory = int(os.environ.get("SV_RECEIPT_KDF_MEMORY_KIB") or 19 * 1024)
    time_cost = int(os.environ.get("SV_RECEIPT_KDF_TIME_COST") or 2)
    app = Flask(__name__)

    @app.route("/", methods=["GET"])
    @app.route("/step", methods=["GET", "POST"])
    def step() -> str:
        return "<!doctype html><title>Step</title><p>ok</p>"

    @app.post("/insert")
    def insert() -> tuple[str, int]:
        code = "".join(secrets.choice("0123456789") for _ in range(20))
        key = hash_secret_raw(secret=code.encode(), salt=b"baseline-receipt-salt",
                              time_cost=time_cost, memory_cost=memory, parallelism=1,
                              hash_len=32, type=Type.ID).hex()
        with Session(engine) as session:
            session.add(Row(body="The food was cold.", key=key, received_on=dt.date.today()))
            session.commit()
        return code, 201

    return app
