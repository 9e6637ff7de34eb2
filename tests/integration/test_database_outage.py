"""When the database is busy or down, every request gets a kind 503 that tells the truth, nothing
is shown as sent that was not committed, and the app recovers by itself when the database is back.

SQLite: another connection holds the write lock (BEGIN EXCLUSIVE). PostgreSQL: a server of this
module's own is stopped under the app, then started again, with no app restart in between.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
import sqlalchemy
from flask import Flask
from sqlalchemy import func, select

from feedback_app.extensions import db
from feedback_app.models import Draft, Reply, SmsConversation, Submission
from tests import seed
from tests.apps import make_app, upgrade_schema
from tests.bench.servers import PostgresqlCluster, postgresql_cluster
from tests.flow import Survivor
from tests.people import add_person, post_form, signed_in
from tests.sms_phone import Phone, twilio_settings
from tests.support.html import receipt_code

NOT_SENT = "Your feedback is not sent yet"
KEPT = "Your answers are kept. Please try again in a minute."
UNREACHABLE = "We cannot reach our records just now"
SMS_AGAIN = ("Sorry, we could not take your message just now. Please send the same message "
             "again in a few minutes.")
BUSY_TIMEOUT_MS = 200  # short, so a locked SQLite answers fast in tests


@contextmanager
def sqlite_write_lock(database_url: str) -> Iterator[None]:
    """Another process's writer: holds SQLite's write lock until the block ends."""
    holder = sqlite3.connect(sqlalchemy.make_url(database_url).database, isolation_level=None)
    try:
        holder.execute("BEGIN EXCLUSIVE")
        yield
    finally:
        holder.execute("ROLLBACK")
        holder.close()


def count(app: Flask, model: type) -> int:
    with app.app_context():
        return int(db.session.scalar(select(func.count()).select_from(model)))


def at_preview(client) -> Survivor:
    """A survivor who has answered everything and looks at the preview, ready to send."""
    survivor = Survivor(client)
    survivor.starts_survey()
    while survivor.step().startswith("page:"):
        survivor.answers_page(**({"should_change": "The heating was off all week"}
                                 if 'name="should_change"' in survivor.html else {}))
    assert survivor.step() == "preview", survivor.heading()
    return survivor


def assert_kind_503(response, *texts: str) -> None:
    page = response.get_data(as_text=True)
    assert response.status_code == 503, page[:300]
    assert response.headers["Retry-After"] == "60"
    assert response.headers["Cache-Control"] == "no-store"
    for text in texts:
        assert text in page, page
    assert "Something went wrong on our side" not in page


def assert_no_receipt(response) -> None:
    page = response.get_data(as_text=True)
    assert receipt_code(page) == "", "a receipt was shown for something not committed"
    assert "Your feedback was sent" not in page


# SQLite: a locked database ------------------------------------------------------------------


@pytest.fixture
def locked_app(sqlite_url: str) -> Iterator[Flask]:
    app = make_app(sqlite_url, DB_BUSY_TIMEOUT_MS=BUSY_TIMEOUT_MS, **twilio_settings())
    yield app
    with app.app_context():
        db.session.remove()
        db.engine.dispose()


def test_sending_while_sqlite_is_locked_says_not_sent_keeps_the_draft_and_works_after(
        locked_app, sqlite_url):
    # Given a survivor at the preview
    survivor = at_preview(locked_app.test_client())
    # When another writer holds the database while they press send
    with sqlite_write_lock(sqlite_url):
        started = time.monotonic()
        survivor.post({"action": "send"})
        waited = time.monotonic() - started
        # Then the page says, in plain words, that nothing was sent and the answers are kept
        assert_kind_503(survivor.last, NOT_SENT, KEPT, 'href="/p/safe-house"')
        assert_no_receipt(survivor.last)
    assert waited < 3, f"the survivor waited {waited:.1f} s"
    assert count(locked_app, Submission) == 0
    assert count(locked_app, Draft) == 1
    # And once the database is free, the same survivor sends the same draft and gets a receipt
    survivor.get()
    assert survivor.step() == "preview"
    code = survivor.sends()
    survivor.opens_receipt(code)
    assert "The heating was off all week" in survivor.html
    assert count(locked_app, Submission) == 1 and count(locked_app, Draft) == 0


def test_the_locked_page_is_in_the_survivors_language(locked_app, sqlite_url):
    survivor = Survivor(locked_app.test_client())
    survivor.starts_survey(language="es")
    with sqlite_write_lock(sqlite_url):
        survivor.answers_page()
    assert_kind_503(survivor.last, "Ahora no podemos abrir nuestros registros",
                    "No se guardó nada nuevo")
    assert UNREACHABLE not in survivor.html


def test_a_staff_reply_while_sqlite_is_locked_is_shown_back_and_not_saved(locked_app, sqlite_url):
    # Given a staff member reading a submission
    with locked_app.app_context():
        submission_id = seed.submission(db.session, themes=[], text="The door does not lock.").id
        db.session.commit()
    add_person(locked_app, "staff", programmes=("safe-house",))
    staff = signed_in(locked_app, "staff@example.org")
    path = f"/staff/submissions/{submission_id}"
    token_page = staff.get(path)
    assert token_page.status_code == 200
    # When they send a reply while the database is locked
    with sqlite_write_lock(sqlite_url):
        response = post_form(staff, f"{path}/reply", {"body": "We will fix the lock on Monday."},
                             form_page=path)
    # Then a kind 503 gives their words back, and nothing was saved
    assert_kind_503(response, UNREACHABLE, "We will fix the lock on Monday.")
    assert count(locked_app, Reply) == 0
    assert post_form(staff, f"{path}/reply", {"body": "We will fix the lock on Monday."},
                     form_page=path).status_code == 303
    assert count(locked_app, Reply) == 1


def test_an_sms_while_sqlite_is_locked_gets_a_kind_text_and_the_next_try_works(locked_app,
                                                                              sqlite_url):
    phone = Phone(locked_app.test_client())
    assert phone.text("SHELTER")[0].startswith("1 English")
    with sqlite_write_lock(sqlite_url):
        assert phone.text("1") == [SMS_AGAIN]
    with locked_app.app_context():
        assert db.session.scalars(select(SmsConversation)).one().stage == "language"
    assert phone.text("1")[0].startswith("Your answers reach the team")


def test_an_sms_through_kannel_while_sqlite_is_locked_reaches_the_phone_kindly(
        kannel, sqlite_url):
    app = make_app(sqlite_url, DB_BUSY_TIMEOUT_MS=BUSY_TIMEOUT_MS, **kannel.app_settings())
    kannel.switch.app = app
    try:
        with sqlite_write_lock(sqlite_url):
            assert kannel.send("+447700900321", "SHELTER") == [SMS_AGAIN]
        assert kannel.send("+447700900321", "SHELTER")[0].startswith("1 English")
    finally:
        kannel.switch.app = None
        with app.app_context():
            db.engine.dispose()


# PostgreSQL: the server stopped, then started -----------------------------------------------


@pytest.fixture(scope="module")
def cluster() -> Iterator[PostgresqlCluster]:
    with postgresql_cluster(durable=False) as running:
        yield running


@pytest.fixture
def pg_app(cluster: PostgresqlCluster, request: pytest.FixtureRequest) -> Iterator[Flask]:
    name = f"outage_{request.node.name[-40:].lower().replace('[', '_').replace(']', '')}"
    admin = sqlalchemy.create_engine(f"{cluster.url}/postgres", isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(sqlalchemy.text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    upgrade_schema(f"{cluster.url}/{name}")
    app = make_app(f"{cluster.url}/{name}", **twilio_settings())
    yield app
    with app.app_context():
        db.session.remove()
        db.engine.dispose()


@contextmanager
def server_down(cluster: PostgresqlCluster) -> Iterator[None]:
    cluster.stop()
    try:
        yield
    finally:
        cluster.start()


@pytest.mark.postgres
def test_sending_while_postgresql_is_stopped_says_not_sent_and_works_once_it_is_back(
        pg_app, cluster):
    # Given a survivor at the preview, on an app whose server has restarted since it connected
    survivor = at_preview(pg_app.test_client())
    cluster.stop()
    cluster.start()
    survivor.get()  # pooled connections are dead: each is tested before use and replaced
    assert survivor.last.status_code == 200 and survivor.step() == "preview"
    # When the server is down as they press send
    with server_down(cluster):
        survivor.post({"action": "send"})
        # Then they read that nothing was sent and their answers are kept, with no receipt
        assert_kind_503(survivor.last, NOT_SENT, KEPT)
        assert_no_receipt(survivor.last)
    # And when it is back, the same client sends the same draft, with no app restart
    survivor.get()
    code = survivor.sends()
    survivor.opens_receipt(code)
    assert "<h1>Your feedback</h1>" in survivor.html
    assert "The heating was off all week" in survivor.html
    assert count(pg_app, Submission) == 1 and count(pg_app, Draft) == 0


@pytest.mark.postgres
def test_staff_pages_sms_and_health_answer_kindly_while_postgresql_is_stopped(pg_app, cluster):
    add_person(pg_app, "admin")
    admin = signed_in(pg_app, "admin@example.org")
    phone = Phone(pg_app.test_client())
    assert phone.text("SHELTER")[0].startswith("1 English")
    web = pg_app.test_client()
    with server_down(cluster):
        assert_kind_503(admin.get("/staff/inbox"), UNREACHABLE)
        assert_kind_503(admin.get("/staff/audit"), UNREACHABLE)
        assert_kind_503(web.get("/"), UNREACHABLE)
        assert_kind_503(web.get("/p/safe-house"), UNREACHABLE)
        assert phone.text("1") == [SMS_AGAIN]
        health = web.get("/healthz")
        assert (health.status_code, health.get_data(as_text=True)) == (503, "unavailable")
    assert admin.get("/staff/inbox").status_code == 200  # still signed in, no restart
    assert phone.text("1")[0].startswith("Your answers reach the team")
    assert web.get("/healthz").status_code == 200


@pytest.fixture
def silent_server() -> Iterator[int]:
    """A port that takes connections and never answers, like a database host gone quiet."""
    import socket
    import threading

    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(16)
    held: list[socket.socket] = []
    stop = threading.Event()

    def accept() -> None:
        listener.settimeout(0.2)
        while not stop.is_set():
            try:
                held.append(listener.accept()[0])
            except OSError:
                continue

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield listener.getsockname()[1]
    stop.set()
    thread.join(5)
    for conn in held:
        conn.close()
    listener.close()


def test_a_postgresql_host_that_never_answers_gets_the_kind_page_not_a_hang(silent_server):
    from feedback_app import create_app
    from tests.apps import config_for_tests

    app = create_app(config_for_tests(
        f"postgresql+psycopg://postgres@127.0.0.1:{silent_server}/sv",
        DB_CONNECT_TIMEOUT_SECONDS=1))
    response = app.test_client().get("/p/safe-house")
    assert response.status_code == 503
    assert response.headers["Retry-After"] == "60"
    assert "try again in a minute" in response.get_data(as_text=True)
