"""Command-line tasks: retention purge, programmes, accounts, themes (the demo: demo_cli.py)."""

from __future__ import annotations

import sys

import click
from flask import Flask, current_app
from flask.cli import AppGroup, with_appcontext
from sqlalchemy import select

from feedback_app import backup_cli
from feedback_app.demo_cli import demo
from feedback_app.extensions import db
from feedback_app.models import PROGRAMME_KINDS, ROLES, Programme
from feedback_app.providers import catalogue, password_policy, sms_settings
from feedback_app.services.accounts import AccountError, create_account
from feedback_app.services.drafts import purge_expired_drafts
from feedback_app.services.programmes import ProgrammeError, add_programme
from feedback_app.services.submissions import purge_expired
from feedback_app.services.themes import refresh_themes


def register_cli(app: Flask) -> None:
    app.cli.add_command(accounts)
    app.cli.add_command(themes)
    app.cli.add_command(purge)
    app.cli.add_command(programmes)
    app.cli.add_command(demo)
    app.cli.add_command(redact_again)
    backup_cli.register(app)


@click.command()
@with_appcontext
def purge() -> None:
    """Delete submissions older than SV_RETENTION_DAYS, expired drafts and SMS conversations
    silent for 24 hours. Run at least daily (hourly keeps SMS rows shortest)."""
    from feedback_app.services.sms_store import expire_conversations

    days = current_app.config["RETENTION_DAYS"]
    removed = purge_expired(db.session, retention_days=days)
    drafts = purge_expired_drafts(db.session)
    ended = expire_conversations(db.session, sms_settings())
    click.echo(f"Deleted {removed} submissions older than {days} days, {drafts} old drafts "
               f"and {ended} silent SMS conversations.")


@click.group(cls=AppGroup)
def accounts() -> None:
    """Manage staff, admin and board accounts."""


@accounts.command("create")
@click.option("--email", required=True)
@click.option("--role", type=click.Choice(ROLES), required=True)
@click.option("--name", default="", help="The name others see (default: the email).")
@click.option("--password-stdin", is_flag=True, help="Read the password from standard input.")
def accounts_create(email: str, role: str, name: str, password_stdin: bool) -> None:
    """Create an account; the password is asked for (never given as an argument)."""
    if password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        password = click.prompt("Password", hide_input=True, confirmation_prompt=True)
    try:
        account = create_account(db.session, email=email, name=name, role=role,
                                 password=password, policy=password_policy())
    except AccountError as error:
        raise click.ClickException(str(error)) from error
    click.echo(f"Created {account.role} account {account.email}.")


@click.group(cls=AppGroup)
def themes() -> None:
    """Theme the free-text answers."""


@themes.command("refresh")
@click.option("--seed", type=int, default=0, help="Seed for the engine (runs are repeatable).")
@click.option("--themes", "n_themes", type=click.IntRange(1, 200), default=None,
              help="How many themes (default: the engine chooses).")
def themes_refresh(seed: int, n_themes: int | None) -> None:
    """Re-run discovery over every answer, keeping ids and everything people curated."""
    counts = refresh_themes(db.session, seed=seed, n_themes=n_themes)
    click.echo(f"{counts['answers']} answers, {counts['themes']} themes "
               f"({counts['created']} new, {counts['retired']} retired, "
               f"{counts['pinned']} pinned answers left where people put them).")


@click.group(cls=AppGroup)
def programmes() -> None:
    """Manage programmes."""


@programmes.command("add")
@click.argument("slug")
@click.option("--name", required=True, help="The name survivors see.")
@click.option("--survey", "survey_key", required=True, help="Survey key, e.g. shelter.")
@click.option("--kind", type=click.Choice(PROGRAMME_KINDS), default=None)
@click.option("--survey-version", type=int, default=None, help="Pin a version (default: newest).")
@click.option("--sms-keyword", default=None, help="The word survivors text to start, e.g. SHELTER.")
def programmes_add(slug: str, name: str, survey_key: str, kind: str | None,
                   survey_version: int | None, sms_keyword: str | None) -> None:
    """Add a programme; survivors reach it at /p/SLUG (and by SMS with its keyword)."""
    try:
        programme = add_programme(db.session, catalogue(), slug=slug, name=name,
                                  survey_key=survey_key, kind=kind, survey_version=survey_version,
                                  sms_keyword=sms_keyword)
    except ProgrammeError as error:
        raise click.ClickException(str(error)) from error
    click.echo(f"/p/{programme.slug}")


@programmes.command("list")
def programmes_list() -> None:
    """List programmes with their survivor paths."""
    for programme in db.session.scalars(select(Programme).order_by(Programme.slug)):
        state = "" if programme.active else "  (inactive)"
        keyword = f"  SMS {programme.sms_keyword}" if programme.sms_keyword else ""
        click.echo(f"/p/{programme.slug}  {programme.name}  [{programme.survey_key}]{keyword}"
                   f"{state}")


@click.command("redact-again")
@with_appcontext
def redact_again() -> None:
    """Apply today's redactor to every stored text (answers, replies, recommendations, drafts,
    SMS conversations). Run after upgrading; safe to run again. Prints counts, never text."""
    from feedback_app.services.redact_again import redact_stored_texts

    result = redact_stored_texts(db.session)
    changed = ", ".join(f"{count} {kind}" for kind, count in result["changed"].items())
    found = ", ".join(f"{kind} {count}" for kind, count in result["found"].items()) or "nothing"
    click.echo(f"Changed {changed}. Taken out: {found}.")
