"""Backups that restore, on SQLite and PostgreSQL: encrypted with age, loaded only into an empty
database, and never bringing back what was withdrawn or purged after the backup was made."""

from __future__ import annotations

import datetime as dt
import os
import pty
import select as waiting
import shutil
import signal
import stat
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy
from flask import Flask
from sqlalchemy import func, inspect, select, text

from feedback_app import create_app
from feedback_app.extensions import db
from feedback_app.models import Answer, AuditEvent, Draft, Submission, SurvivorEvent
from feedback_app.services.backups import pg_connection
from feedback_app.services.withdrawal_record import withdrawn_keys
from tests.apps import config_for_tests
from tests.bench.servers import ROOT, VENV_BIN, app_env
from tests.flow import Survivor
from tests.sms_phone import SHELTER_ANSWERS, Phone, twilio_settings

AGE = shutil.which("age")
AGE_KEYGEN = shutil.which("age-keygen")


@pytest.fixture(scope="session")
def age_key(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """An age key file made by the standard age-keygen, and its public key."""
    if AGE is None or AGE_KEYGEN is None:
        pytest.fail("age is missing: apt-get install -y age")
    path = tmp_path_factory.mktemp("age") / "key.txt"
    subprocess.run([AGE_KEYGEN, "-o", str(path)], check=True, capture_output=True)
    public = subprocess.run([AGE_KEYGEN, "-y", str(path)], check=True, capture_output=True)
    return path, public.stdout.decode().strip()


@pytest.fixture
def other_key(tmp_path: Path) -> Path:
    path = tmp_path / "other-key.txt"
    subprocess.run([AGE_KEYGEN or "age-keygen", "-o", str(path)], check=True,
                   capture_output=True)
    return path


def on_server(url: str, *statements: str) -> None:
    """Run statements on the PostgreSQL server of ``url``, outside any database of ours."""
    admin = sqlalchemy.create_engine(f"{url.rsplit('/', 1)[0]}/postgres",
                                     isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        for statement in statements:
            conn.execute(text(statement))
    admin.dispose()


def wipe(app: Flask) -> None:
    """Lose the database: the file is deleted, or the PostgreSQL database dropped and created
    again empty (no tables)."""
    url = sqlalchemy.make_url(app.config["SQLALCHEMY_DATABASE_URI"])
    with app.app_context():
        db.session.remove()
        db.engine.dispose()
    if url.get_backend_name() == "sqlite":
        for suffix in ("", "-wal", "-shm"):
            Path(f"{url.database}{suffix}").unlink(missing_ok=True)
        return
    on_server(url.render_as_string(hide_password=False),
              f'DROP DATABASE "{url.database}" WITH (FORCE)', f'CREATE DATABASE "{url.database}"')


@pytest.fixture
def empty_app(database_url: str, tmp_path: Path) -> Iterator[Flask]:
    """The app on a new database of the same backend with no tables at all."""
    if database_url.startswith("sqlite"):
        url = f"sqlite:///{tmp_path / 'restored.sqlite3'}"
    else:
        url = f"{database_url.rsplit('/', 1)[0]}/{database_url.rsplit('/', 1)[1]}_restored"
        on_server(url, f'CREATE DATABASE "{url.rsplit("/", 1)[1]}"')
    # The instance folder is put back before a restore: the same withdrawal record as `app`'s.
    app = create_app(config_for_tests(url,
                                      WITHDRAWAL_RECORD=str(tmp_path / "withdrawn-receipts")))
    yield app
    with app.app_context():
        db.session.remove()
        db.engine.dispose()
    if not url.startswith("sqlite"):
        on_server(url, f'DROP DATABASE IF EXISTS "{url.rsplit("/", 1)[1]}" WITH (FORCE)')


def cli(app: Flask, *args: str, stdin: str | None = None) -> Any:
    return app.test_cli_runner().invoke(args=list(args), input=stdin)


def tables(app: Flask) -> list[str]:
    with app.app_context():
        return inspect(db.engine).get_table_names()


def count(app: Flask, model: type) -> int:
    with app.app_context():
        return int(db.session.scalar(select(func.count()).select_from(model)) or 0)


def audit_trail(app: Flask) -> list[tuple[Any, ...]]:
    with app.app_context():
        return [(e.id, e.actor_kind, e.action, e.target_kind, e.target_id, e.detail, e.at)
                for e in db.session.scalars(select(AuditEvent).order_by(AuditEvent.id))]


def opens(app: Flask, code: str) -> str | None:
    """The receipt page's text for this code, or None when no feedback is found."""
    survivor = Survivor(app.test_client())
    survivor.opens_receipt(code)
    return None if "could not find feedback" in survivor.html else survivor.html


def withdraws(app: Flask, code: str) -> None:
    survivor = Survivor(app.test_client())
    survivor.opens_receipt(code)
    survivor.get("/r/withdraw")
    survivor.post({"confirm": "yes"}, path="/r/withdraw")
    assert survivor.heading() == "Your feedback was deleted"


def test_drill_submit_back_up_withdraw_wipe_restore(app_factory, age_key, tmp_path):
    key_file, recipient = age_key
    app = app_factory()
    # Given four survivors' feedback, one withdrawn and one past retention before the backup,
    # and a survey in progress
    codes = [Survivor(app.test_client()).submits(should_change=f"words of survivor {n}")
             for n in range(4)]
    withdraws(app, codes[0])
    with app.app_context():
        oldest = db.session.scalars(select(Submission).join(Answer).where(
            Answer.text_redacted == "words of survivor 3")).one()
        oldest.received_on = dt.date.today() - dt.timedelta(days=400)
        db.session.commit()
    Survivor(app.test_client()).starts_survey()
    assert count(app, Draft) == 1
    before_backup = audit_trail(app)
    backup = tmp_path / "sv.age"
    result = cli(app, "backup", str(backup), "--recipient", recipient)
    assert result.exit_code == 0, result.output
    assert stat.S_IMODE(backup.stat().st_mode) == 0o600
    # When survivor 1 withdraws after the backup, the database is lost and restored
    withdraws(app, codes[1])
    record = Path(app.config["WITHDRAWAL_RECORD"])
    assert len(withdrawn_keys(record)) == 2
    wipe(app)
    assert tables(app) == []
    result = cli(app, "restore", str(backup), "--identity", str(key_file))
    # Then every other receipt opens, the withdrawn ones do not, and the audit trail is intact
    assert result.exit_code == 0, result.output
    assert "done again: 1. Submissions past retention deleted: 1." in result.output
    pages = [opens(app, code) for code in codes]
    assert [page is not None for page in pages] == [False, False, True, False]
    assert "words of survivor 2" in (pages[2] or "")
    with app.app_context():
        texts = db.session.scalars(select(Answer.text_redacted)).all()
        assert texts == ["words of survivor 2"]
        after = audit_trail(app)
        assert after[: len(before_backup)] == before_backup
        added = [(actor, action, detail) for _, actor, action, _, _, detail, _ in
                 after[len(before_backup):]]
        assert added == [("system", "submission.purged", {}),
                         ("system", "database.restored",
                          {"withdrawals_reapplied": 1, "purged": 1})]
        # and survivor 0's withdrawal came back with the copy, survivor 1's was done again
        assert sorted(db.session.scalars(select(SurvivorEvent.action))) == [
            "submission.received"] * 4 + ["submission.withdrawn"] * 2
        with pytest.raises(sqlalchemy.exc.DBAPIError, match="append-only"):
            db.session.execute(text("DELETE FROM audit_event"))
        db.session.rollback()
    assert count(app, Draft) == 0
    if app.config["SQLALCHEMY_DATABASE_URI"].startswith("sqlite"):
        database = sqlalchemy.make_url(app.config["SQLALCHEMY_DATABASE_URI"]).database
        assert b"words of survivor 1" not in Path(database).read_bytes()


def test_every_withdrawal_appends_only_its_receipt_key_to_a_private_record(app_factory):
    app = app_factory(**twilio_settings())
    code = Survivor(app.test_client()).submits(should_change="Please delete this")
    with app.app_context():
        web_key = db.session.scalars(select(Submission.receipt_key)).one()
    withdraws(app, code)
    phone = Phone(app.test_client())
    phone.answers_survey(SHELTER_ANSWERS)
    with app.app_context():
        sms_key = db.session.scalars(select(Submission.receipt_key)).one()
    phone.text("STOP")
    assert count(app, Submission) == 0
    record = Path(app.config["WITHDRAWAL_RECORD"])
    assert record.read_text() == f"{web_key}\n{sms_key}\n"
    assert stat.S_IMODE(record.stat().st_mode) == 0o600


def test_a_withdrawal_still_deletes_when_the_record_cannot_be_written(app_factory, tmp_path,
                                                                      caplog):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    app = app_factory(WITHDRAWAL_RECORD=str(blocker / "withdrawn-receipts"))
    code = Survivor(app.test_client()).submits(should_change="Please delete this")
    withdraws(app, code)
    assert count(app, Submission) == 0
    assert "withdrawal_record_failed" in caplog.text


def test_a_line_cut_short_in_the_record_is_skipped(tmp_path):
    record = tmp_path / "withdrawn-receipts"
    whole = "ab" * 32
    record.write_text(f"{whole}\n{whole}\n{'cd' * 10}")
    assert withdrawn_keys(record) == [whole]
    assert withdrawn_keys(tmp_path / "none-yet") == []


def test_the_real_cli_writes_a_backup_the_age_tool_opens_and_restores_an_age_made_file(
        app, empty_app, age_key, tmp_path):
    key_file, recipient = age_key
    Survivor(app.test_client()).submits(should_change="kept safe")
    url = app.config["SQLALCHEMY_DATABASE_URI"]
    backup = tmp_path / "nightly.age"
    # The app as deployed, from SV_* settings; only the withdrawal record is this test's own.
    record = empty_app.config["WITHDRAWAL_RECORD"]
    factory = f"feedback_app:create_app({{'WITHDRAWAL_RECORD': {record!r}}})"
    done = subprocess.run([str(VENV_BIN / "flask"), "--app", factory, "backup", str(backup),
                           "-r", recipient], env=app_env(url, SV_VOTER_KEY_SECRET="v"),
                          cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("Backed up the ")
    plain = tmp_path / "plain"
    subprocess.run([AGE or "age", "-d", "-i", str(key_file), "-o", str(plain), str(backup)],
                   check=True, capture_output=True)
    if url.startswith("sqlite"):
        engine = sqlalchemy.create_engine(f"sqlite:///{plain}")
        with engine.connect() as conn:
            assert conn.execute(text("SELECT text_redacted FROM answer")).scalars().all() == [
                "kept safe"]
        engine.dispose()
    else:
        assert plain.read_bytes().startswith(b"PGDMP")
    # A file encrypted by the age tool itself restores too: armored (text) on one backend,
    # binary on the other
    again = tmp_path / "by-age.age"
    armor = ["--armor"] if url.startswith("postgresql") else []
    subprocess.run([AGE or "age", *armor, "-r", recipient, "-o", str(again), str(plain)],
                   check=True)
    result = cli(empty_app, "restore", str(again), "-i", str(key_file))
    assert result.exit_code == 0, result.output
    with empty_app.app_context():
        assert db.session.scalars(select(Answer.text_redacted)).all() == ["kept safe"]


def age_at_a_terminal(*args: str, passphrase: str) -> None:
    """Run the age tool, which reads passphrases only from a terminal, on a pseudo-terminal."""
    pid, terminal = pty.fork()
    if pid == 0:  # the child: age, with the pseudo-terminal as its terminal
        os.execv(AGE or "age", ["age", *args])  # noqa: S606  (our arguments, no shell)
    try:
        while waiting.select([terminal], [], [], 30)[0]:
            try:
                shown = os.read(terminal, 1024)
            except OSError:  # the terminal closed: age has exited
                break
            if b"passphrase" in shown.lower():
                os.write(terminal, f"{passphrase}\n".encode())
            elif not shown:
                break
    finally:
        os.close(terminal)
    for _ in range(300):
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            assert os.waitstatus_to_exitcode(status) == 0
            return
        time.sleep(0.1)
    os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)
    pytest.fail(f"age {' '.join(args)} did not finish")


def test_a_passphrase_backup_opens_with_age_and_restores_with_the_same_passphrase_only(
        app, empty_app, tmp_path):
    Survivor(app.test_client()).submits(should_change="kept with a passphrase")
    backup = tmp_path / "sv.age"
    assert cli(app, "backup", str(backup), "--passphrase-stdin",
               stdin="correct horse battery\n").exit_code == 0
    wrong = cli(empty_app, "restore", str(backup), "--passphrase-stdin", stdin="wrong\n")
    assert wrong.exit_code == 1
    assert wrong.output == "Error: The key or passphrase does not open this backup.\n"
    assert tables(empty_app) == []
    # The age tool opens it with the passphrase, and a file it encrypts with one restores
    plain, again = tmp_path / "plain", tmp_path / "again.age"
    age_at_a_terminal("-d", "-o", str(plain), str(backup), passphrase="correct horse battery")
    age_at_a_terminal("-p", "-o", str(again), str(plain), passphrase="another passphrase")
    right = cli(empty_app, "restore", str(again), "--passphrase-stdin",
                stdin="another passphrase\n")
    assert right.exit_code == 0, right.output
    with empty_app.app_context():
        assert db.session.scalars(select(Answer.text_redacted)).all() == [
            "kept with a passphrase"]


def _corrupt(path: Path) -> Path:
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0xFF
    damaged = path.with_name("damaged.age")
    damaged.write_bytes(bytes(data))
    return damaged


@pytest.mark.parametrize("case, message", [
    ("wrong key", "Error: The key or passphrase does not open this backup.\n"),
    ("damaged", "Error: The backup file is damaged"),
    ("cut short", "Error: The backup file is damaged"),
    ("not age", "Error: This file is not an age-encrypted backup.\n"),
    ("passphrase file", "Error: This backup was encrypted with a passphrase: use "
                        "--passphrase-stdin.\n"),
])
def test_a_backup_that_cannot_be_opened_gives_one_line_and_changes_nothing(
        app, empty_app, age_key, other_key, tmp_path, case, message):
    key_file, recipient = age_key
    backup = tmp_path / "sv.age"
    if case == "passphrase file":
        cli(app, "backup", str(backup), "--passphrase-stdin", stdin="secret words\n")
    else:
        assert cli(app, "backup", str(backup), "-r", recipient).exit_code == 0
    source, key = backup, key_file
    if case == "wrong key":
        key = other_key
    elif case == "damaged":
        source = _corrupt(backup)
    elif case == "cut short":
        source = tmp_path / "short.age"
        source.write_bytes(backup.read_bytes()[:-100])
    elif case == "not age":
        source = tmp_path / "plain.txt"
        source.write_text("hello")
    result = cli(empty_app, "restore", str(source), "--identity", str(key))
    assert (result.exit_code == 1 and result.exception is None) or isinstance(
        result.exception, SystemExit)
    assert result.output.startswith(message) and result.output.count("\n") == 1, result.output
    assert tables(empty_app) == []


def test_restore_refuses_a_database_that_has_tables(app, age_key, tmp_path):
    key_file, recipient = age_key
    Survivor(app.test_client()).submits(should_change="still here")
    backup = tmp_path / "sv.age"
    assert cli(app, "backup", str(backup), "-r", recipient).exit_code == 0
    before = audit_trail(app)
    result = cli(app, "restore", str(backup), "-i", str(key_file))
    assert result.exit_code == 1
    assert result.output.startswith("Error: The database is not empty")
    assert audit_trail(app) == before and count(app, Answer) == 1


def test_restore_refuses_to_run_without_the_withdrawal_record_unless_told_it_is_lost(
        app, empty_app, age_key, tmp_path):
    key_file, recipient = age_key
    code = Survivor(app.test_client()).submits(should_change="withdrawn after the backup")
    backup = tmp_path / "sv.age"
    assert cli(app, "backup", str(backup), "-r", recipient).exit_code == 0
    record = Path(app.config["WITHDRAWAL_RECORD"])
    assert record.read_text() == ""  # `backup` made it, so that it is backed up with the rest
    withdraws(app, code)
    record.unlink()  # the instance folder was lost with the server
    refused = cli(empty_app, "restore", str(backup), "-i", str(key_file))
    assert refused.exit_code == 1
    assert refused.output.startswith("Error: There is no withdrawal record at ")
    assert tables(empty_app) == []
    told = cli(empty_app, "restore", str(backup), "-i", str(key_file),
               "--without-withdrawal-record")
    assert told.exit_code == 0, told.output
    assert count(empty_app, Submission) == 1


def test_backup_needs_exactly_one_way_to_encrypt_and_a_real_public_key(app, age_key, tmp_path):
    _, recipient = age_key
    target = tmp_path / "sv.age"
    neither = cli(app, "backup", str(target))
    both = cli(app, "backup", str(target), "-r", recipient, "--passphrase-stdin", stdin="x\n")
    bad = cli(app, "backup", str(target), "-r", "age1notakey")
    assert neither.exit_code == both.exit_code == 2
    assert bad.exit_code == 1 and "not an age public key" in bad.output
    assert not target.exists()
    with app.app_context():
        assert db.session.scalar(select(func.count()).select_from(AuditEvent).where(
            AuditEvent.action == "database.backed_up")) == 0


@pytest.mark.postgres
def test_a_backup_restores_only_into_the_backend_it_came_from(sqlite_url, pg_database_url,
                                                              age_key, tmp_path):
    key_file, recipient = age_key
    record = str(tmp_path / "withdrawn-receipts")
    source = create_app(config_for_tests(sqlite_url, WITHDRAWAL_RECORD=record))
    empty = f"{pg_database_url}_empty"
    on_server(pg_database_url, f'CREATE DATABASE "{empty.rsplit("/", 1)[1]}"')
    target = create_app(config_for_tests(empty, WITHDRAWAL_RECORD=record))
    try:
        backup = tmp_path / "sv.age"
        assert cli(source, "backup", str(backup), "-r", recipient).exit_code == 0
        result = cli(target, "restore", str(backup), "-i", str(key_file))
        assert result.output == ("Error: This backup was made on sqlite; restore it into "
                                 "sqlite, not postgresql.\n")
        assert tables(target) == []
    finally:
        for made in (source, target):
            with made.app_context():
                db.engine.dispose()
        on_server(pg_database_url, f'DROP DATABASE "{empty.rsplit("/", 1)[1]}" WITH (FORCE)')


@pytest.mark.postgres
def test_postgresql_backups_say_plainly_when_pg_dump_is_missing(pg_database_url, tmp_path,
                                                                 age_key):
    nowhere = tmp_path / "no-programs"
    nowhere.mkdir()
    app = create_app(config_for_tests(pg_database_url, PG_BIN_DIR=str(nowhere),
                                      WITHDRAWAL_RECORD=str(tmp_path / "withdrawn-receipts")))
    result = cli(app, "backup", str(tmp_path / "sv.age"), "-r", age_key[1])
    with app.app_context():
        db.engine.dispose()
    assert result.exit_code == 1
    assert result.output.startswith("Error: pg_dump was not found")


@pytest.mark.postgres
def test_a_damaged_postgresql_dump_inside_good_encryption_changes_nothing(
        pg_database_url, age_key, tmp_path):
    import pyrage
    from pyrage import x25519

    key_file, recipient = age_key
    empty = f"{pg_database_url}_dmg"
    on_server(pg_database_url, f'CREATE DATABASE "{empty.rsplit("/", 1)[1]}"')
    record = tmp_path / "withdrawn-receipts"
    record.touch()
    app = create_app(config_for_tests(empty, WITHDRAWAL_RECORD=str(record)))
    try:
        backup = tmp_path / "sv.age"
        backup.write_bytes(pyrage.encrypt(b"PGDMP" + os.urandom(4000),
                                          [x25519.Recipient.from_str(recipient)]))
        result = cli(app, "restore", str(backup), "-i", str(key_file))
        assert result.exit_code == 1 and result.output.startswith("Error: pg_restore failed")
        assert result.output.count("\n") == 1
        assert tables(app) == []
    finally:
        with app.app_context():
            db.engine.dispose()
        on_server(pg_database_url, f'DROP DATABASE "{empty.rsplit("/", 1)[1]}" WITH (FORCE)')


def test_a_postgresql_password_reaches_pg_dump_in_its_environment_never_its_arguments():
    url = sqlalchemy.make_url("postgresql+psycopg://sv:s3cret@db.example:5433/sv?sslmode=require")
    address, env = pg_connection(url)
    assert address == "postgresql://sv@db.example:5433/sv?sslmode=require"
    assert env["PGPASSWORD"] == "s3cret"
