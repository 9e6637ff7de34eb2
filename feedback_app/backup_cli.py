"""`backup` and `restore`: encrypted copies of the database that an operator can bring back."""

from __future__ import annotations

import sys
from pathlib import Path

import click
from alembic.util import CommandError
from flask import Flask, current_app
from flask.cli import with_appcontext
from sqlalchemy.exc import SQLAlchemyError

from feedback_app.extensions import db
from feedback_app.services.backups import (
    BackupError,
    finish_restore,
    make_backup,
    restore_backup,
)
from feedback_app.services.withdrawal_record import (
    WithdrawalRecordError,
    ensure_withdrawal_record,
)


def register(app: Flask) -> None:
    app.cli.add_command(backup)
    app.cli.add_command(restore)


def _passphrase_from_stdin() -> str:
    passphrase = sys.stdin.readline().rstrip("\r\n")
    if not passphrase:
        raise click.ClickException("The passphrase on standard input is empty.")
    return passphrase


@click.command()
@click.argument("file", type=click.Path(dir_okay=False, writable=True, path_type=Path))
@click.option("--recipient", "-r", "recipients", multiple=True, metavar="age1…",
              help="An age public key to encrypt for; repeat for several.")
@click.option("--passphrase-stdin", is_flag=True,
              help="Encrypt with a passphrase read from standard input instead.")
@with_appcontext
def backup(file: Path, recipients: tuple[str, ...], passphrase_stdin: bool) -> None:
    """Write a consistent, age-encrypted copy of the database to FILE.

    The instance folder (secrets.json and the withdrawal record) is not in it: back it up
    separately and keep the two apart.
    """
    if bool(recipients) == passphrase_stdin:
        raise click.UsageError("Give either --recipient (one or more) or --passphrase-stdin.")
    passphrase = _passphrase_from_stdin() if passphrase_stdin else None
    try:
        ensure_withdrawal_record(Path(current_app.config["WITHDRAWAL_RECORD"]))
        size = make_backup(db.session, file, recipients=recipients, passphrase=passphrase,
                           pg_bin_dir=current_app.config["PG_BIN_DIR"])
    except (BackupError, WithdrawalRecordError) as error:
        raise click.ClickException(str(error)) from error
    click.echo(f"Backed up the {db.engine.dialect.name} database to {file} ({size} bytes, "
               f"encrypted with age).")


@click.command()
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--identity", "-i", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="The age key file (from age-keygen) whose public key the backup was made for.")
@click.option("--passphrase-stdin", is_flag=True,
              help="Decrypt with a passphrase read from standard input instead.")
@click.option("--without-withdrawal-record", is_flag=True,
              help="Restore although the withdrawal record is lost: feedback withdrawn since the "
                   "backup comes back.")
@with_appcontext
def restore(file: Path, identity: Path | None, passphrase_stdin: bool,
            without_withdrawal_record: bool) -> None:
    """Bring back a backup into a new, empty database (no tables), then bring it to the
    current schema, withdraw again whatever was withdrawn since, and purge by retention."""
    from flask_migrate import upgrade

    if (identity is None) == (not passphrase_stdin):
        raise click.UsageError("Give either --identity KEYFILE or --passphrase-stdin.")
    passphrase = _passphrase_from_stdin() if passphrase_stdin else None
    config = current_app.config
    record = Path(config["WITHDRAWAL_RECORD"])
    if not record.exists() and not without_withdrawal_record:
        # `backup` creates it, so a missing record was lost: restoring without it would bring
        # back feedback survivors withdrew since the backup.
        raise click.ClickException(
            f"There is no withdrawal record at {record}: put the instance folder back first, "
            f"or pass --without-withdrawal-record if it is lost.")
    try:
        identity_text = identity.read_text(encoding="utf-8") if identity else None
        restore_backup(db.session, file, identity_text=identity_text, passphrase=passphrase,
                       pg_bin_dir=config["PG_BIN_DIR"])
    except (BackupError, OSError, UnicodeDecodeError) as error:
        raise click.ClickException(str(error)) from error
    try:
        upgrade()
        counts = finish_restore(db.session, withdrawal_record=record,
                                voter_secret=config["VOTER_KEY_SECRET"],
                                retention_days=config["RETENTION_DAYS"])
    except (CommandError, SQLAlchemyError, WithdrawalRecordError) as error:
        raise click.ClickException(
            f"The backup was loaded but could not be finished ({str(error).splitlines()[0]}). "
            f"Do not serve this database: empty it and run restore again.") from error
    click.echo(f"Restored {file}. Withdrawals made since the backup, done again: "
               f"{counts.withdrawals_reapplied}. Submissions past retention deleted: "
               f"{counts.purged}. Drafts and SMS conversations in progress dropped: "
               f"{counts.in_progress_dropped}.")
