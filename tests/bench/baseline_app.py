"""The baseline for submit_load: the least a web form that keeps a receipt key must do.

`GET|POST /step` answers a tiny page (one request of the survivor's walk through the form);
`POST /insert` derives the receipt key exactly as the app does (its own ReceiptKdf, with the salt
and argon2id cost the app reads from the same environment and instance folder), then inserts one
row. Same database as the app (SQLite in WAL mode with synchronous=FULL, or PostgreSQL); no
forms, sessions, templates, redaction or theming.
"""

from __future__ import annotations

import datetime as dt

from flask import Flask
from sqlalchemy import Date, Engine, String, create_engine, event, text
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column
from sqlalchemy.schema import CreateTable

from feedback_app.config import instance_path, settings_from_env
from feedback_app.services.receipts import ReceiptKdf, new_receipt_code


class Base(DeclarativeBase):
    pass


class Row(Base):
    __tablename__ = "baseline_row"
    id: Mapped[int] = mapped_column(primary_key=True)
    body: Mapped[str] = mapped_column(String(200))
    key: Mapped[str] = mapped_column(String(64))
    received_on: Mapped[dt.date] = mapped_column(Date)


def _create_table(engine: Engine) -> None:
    """Create the table once, though every worker starts at the same moment.

    Two workers creating it at once on PostgreSQL make one fail with a unique violation in
    pg_type, and a worker that fails to boot stops all of gunicorn: then nginx answers 502 to
    the whole run. The advisory lock makes them take turns; SQLite's IF NOT EXISTS is atomic.
    """
    with engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            conn.execute(text("SELECT pg_advisory_xact_lock(hashtext('baseline_row'))"))
        conn.execute(CreateTable(Row.__table__, if_not_exists=True))


def create_app() -> Flask:
    settings = settings_from_env(instance_path())
    engine = create_engine(settings["SQLALCHEMY_DATABASE_URI"])
    if engine.dialect.name == "sqlite":
        @event.listens_for(engine, "connect")
        def _pragmas(conn, _record):  # type: ignore[no-untyped-def]
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=FULL")
            conn.execute("PRAGMA busy_timeout=10000")
    _create_table(engine)
    kdf = ReceiptKdf(salt=settings["RECEIPT_SALT"], memory_kib=settings["RECEIPT_KDF_MEMORY_KIB"],
                     time_cost=settings["RECEIPT_KDF_TIME_COST"])
    app = Flask(__name__)

    @app.route("/", methods=["GET"])
    @app.route("/step", methods=["GET", "POST"])
    def step() -> str:
        return "<!doctype html><title>Step</title><p>ok</p>"

    @app.post("/insert")
    def insert() -> tuple[str, int]:
        code = new_receipt_code()
        key = kdf.key(code)
        with Session(engine) as session:
            session.add(Row(body="The food was cold.", key=key, received_on=dt.date.today()))
            session.commit()
        return code, 201

    return app
