"""`demo`: the demo programmes and, once, a year of synthetic feedback acted on by demo people.

The year is rehearsed day by day through the services the app itself uses, each step its own
transaction as when people do these things: survivors send feedback, staff hide some and
survivors withdraw a few, staff write change entries, then discovery finds themes and a board
round opens. The app's clock is moved to each day while it runs, so every service dates its work
on that day, the way it dates real work; afterwards the real clock is back.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import click
from flask import Flask, current_app
from flask.cli import with_appcontext
from sqlalchemy import select

from feedback_app import clock
from feedback_app.clock import FixedClock
from feedback_app.extensions import db
from feedback_app.models import Account, Programme, Theme
from feedback_app.providers import catalogue, kdf, password_policy
from feedback_app.services import board, changelog, inbox
from feedback_app.services.accounts import create_account, set_programmes
from feedback_app.services.demo import (
    StoredDemo,
    account_by_email,
    demo_days,
    has_feedback,
    holds_real_work,
    new_demo_password,
    plan_year,
    programme_themes,
    quotable_answer,
    store_demo_day,
)
from feedback_app.services.demo_changes import DemoChange, DemoStep, build_demo_changes
from feedback_app.services.indicators import indicators
from feedback_app.services.programmes import ProgrammeError, add_programme
from feedback_app.services.submissions import withdraw_submission
from feedback_app.services.themes import refresh_themes

DEMO_PROGRAMMES = (
    ("safe-house", "Safe House", "shelter", "shelter", "SHELTER"),
    ("legal-clinic", "Legal Clinic", "legal-aid", "legal-aid", "LEGAL"),
    ("case-support", "Case Support", "case-management", "case-management", "CASE"),
    ("health-access", "Health Access", "health", "health", "HEALTH"),
    ("work-ready", "Work Ready", "job-training", "job-training", "WORK"),
)
# (role, email, name, the programmes a staff member answers for)
DEMO_ACCOUNTS = (
    ("admin", "demo-admin@example.org", "Demo Admin", ()),
    ("staff", "demo-staff@example.org", "Demo Staff", ("safe-house", "legal-clinic")),
    ("board", "demo-board@example.org", "Demo Board Member", ()),
)
# `flask run` serves here unless told otherwise (README, quick start).
LOCAL_ADDRESS = "http://127.0.0.1:5000"
DEMO_ROUND_TITLE = "What should we work on next?"
# Staff act in office hours; survivors' feedback carries its day only, whatever the clock says.
STAFF_HOUR = 10


@dataclass(frozen=True)
class DemoPerson:
    role: str
    email: str
    password: str
    account_id: int


@click.command()
@click.option("--empty", is_flag=True, help="Add only the demo programmes, with no feedback.")
@with_appcontext
def demo(empty: bool) -> None:
    """Add the demo programmes (once) and print each one's survivor path; without --empty, also
    fill them once with a year of synthetic feedback and print demo sign-in details."""
    for slug, name, kind, survey_key, keyword in DEMO_PROGRAMMES:
        existing = db.session.scalar(select(Programme).where(Programme.slug == slug))
        if existing is None:
            try:
                add_programme(db.session, catalogue(), slug=slug, name=name,
                              survey_key=survey_key, kind=kind, sms_keyword=keyword)
            except ProgrammeError as error:
                raise click.ClickException(str(error)) from error
        click.echo(f"/p/{slug}")
    if empty:
        return
    slugs = [slug for slug, *_rest in DEMO_PROGRAMMES]
    if has_feedback(db.session, slugs) or account_by_email(db.session, DEMO_ACCOUNTS[0][1]):
        click.echo("The demo feedback and accounts were added before: nothing added now.")
        return
    if holds_real_work(db.session, slugs):
        # Made-up feedback and an admin with a printed password have no place on a live site.
        raise click.ClickException(
            "This site has accounts or feedback of its own, so the demo adds none: it fills "
            "only a new site. `demo --empty` adds the demo programmes alone.")
    people = fill_demo_year(current_app._get_current_object())  # type: ignore[attr-defined]
    _print_sign_in(people)


def _print_sign_in(people: list[DemoPerson]) -> None:
    address = (current_app.config.get("PUBLIC_URL") or LOCAL_ADDRESS).rstrip("/")
    click.echo(f"\nSign in at {address}/staff/sign-in with one of these demo accounts.")
    click.echo("The passwords are shown only now:")
    for person in people:
        click.echo(f"  {person.role:<6} {person.email:<24} {person.password}")
    names = dict((slug, name) for slug, name, *_rest in DEMO_PROGRAMMES)
    for role, _email, _name, answers_for in DEMO_ACCOUNTS:
        if answers_for:
            click.echo(f"The {role} member answers for "
                       f"{' and '.join(names[slug] for slug in answers_for)}.")
    click.echo("No second step is needed: two-step sign-in is off for these accounts. To try "
               "it, sign in\nas the admin, open Accounts and require it for an account; that "
               "person then sets it up\nwith an authenticator app at their next sign-in.")


@contextmanager
def _rehearsal_clock(app: Flask) -> Iterator[FixedClock]:
    """The app's clock, moved by the demo; the real one comes back however the year ends."""
    real = app.extensions["clock"]
    rehearsal = FixedClock(real.now())
    app.extensions["clock"] = rehearsal
    try:
        yield rehearsal
    finally:
        app.extensions["clock"] = real


def _office_hours(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(STAFF_HOUR), tzinfo=dt.UTC)


def fill_demo_year(app: Flask) -> list[DemoPerson]:
    """Rehearse the demo year, then theme it, open a board round and publish the change log;
    returns the demo people with their new passwords."""
    session, today = db.session, clock.today()
    programmes = {p.slug: p for p in session.scalars(select(Programme).where(
        Programme.slug.in_([slug for slug, *_rest in DEMO_PROGRAMMES])))}
    surveys = {slug: catalogue().get(p.survey_key, p.survey_version)
               for slug, p in programmes.items()}
    planned = plan_year({slug: (surveys[slug], programmes[slug].languages)
                         for slug, *_rest in DEMO_PROGRAMMES}, today=today)
    by_day = defaultdict(list)
    for plan in planned:
        by_day[plan.day].append(plan)
    changes, entries = build_demo_changes(), {}
    later: dict[dt.date, list[StoredDemo]] = defaultdict(list)
    waits = 0
    days = demo_days(today)
    with _rehearsal_clock(app) as rehearsal:
        rehearsal.move_to(_office_hours(days[0]))
        people = _make_people(programmes)
        admin = session.get(Account, people[0].account_id)
        assert admin is not None
        for day in days:
            rehearsal.move_to(_office_hours(day))
            for stored in store_demo_day(session, planned=by_day.get(day, []),
                                         programmes=programmes, surveys=surveys, kdf=kdf()):
                # A survivor withdraws within a few weeks; staff hide within days.
                waits += 1
                after = 3 + waits * 7 % 17 if stored.plan.withdrawn else 1 + waits % 5
                later[min(day + dt.timedelta(days=after), today - dt.timedelta(days=1))].append(
                    stored)
            for stored in later.pop(day, []):
                _withdraw_or_hide(stored, admin)
            for change in changes:
                if (step := change.step_on(day, today)) is not None:
                    entries[change] = _take_step(change, step, entries.get(change), people)
    refresh_themes(session, actor_id=admin.id)
    board.open_round(session, title=DEMO_ROUND_TITLE, actor_id=admin.id)
    for change, entry_id in entries.items():
        _publish(change, entry_id, programmes[change.programme], _author(change, people))
    return people


def _make_people(programmes: dict[str, Programme]) -> list[DemoPerson]:
    people: list[DemoPerson] = []
    for role, email, name, answers_for in DEMO_ACCOUNTS:
        password = new_demo_password()
        actor = people[0].account_id if people else None
        account = create_account(db.session, email=email, name=name, role=role,
                                 password=password, policy=password_policy(), actor_id=actor)
        if answers_for:
            set_programmes(db.session, account_id=account.id, actor_id=actor or account.id,
                           programme_ids=[programmes[slug].id for slug in answers_for])
        people.append(DemoPerson(role, email, password, account.id))
    return people


def _author(change: DemoChange, people: list[DemoPerson]) -> Account:
    """The staff member for their own programmes, the admin for the others."""
    staff_slugs = next(answers for role, _e, _n, answers in DEMO_ACCOUNTS if role == "staff")
    role = "staff" if change.programme in staff_slugs else "admin"
    person = next(person for person in people if person.role == role)
    account = db.session.get(Account, person.account_id)
    assert account is not None
    return account


def _withdraw_or_hide(stored: StoredDemo, admin: Account) -> None:
    if stored.plan.withdrawn:
        withdraw_submission(db.session, receipt_key=stored.receipt_key,
                            voter_secret=current_app.config["VOTER_KEY_SECRET"],
                            withdrawal_record=Path(current_app.config["WITHDRAWAL_RECORD"]))
    else:
        inbox.set_hidden(db.session, admin, stored.submission_id, True)


def _take_step(change: DemoChange, step: DemoStep, entry_id: int | None,
               people: list[DemoPerson]) -> int:
    """Create the entry (its first step) or move it on; returns its id."""
    author = _author(change, people)
    if entry_id is None:
        programme = db.session.scalar(select(Programme).where(Programme.slug == change.programme))
        assert programme is not None
        offered = {i.question for i in indicators(catalogue(), programme.survey_key)}
        text = changelog.EntryText(title=change.title, programme_id=programme.id,
                                   heard=change.heard, did=change.did,
                                   indicators=tuple(q for q in change.aims_to_move
                                                    if q in offered))
        entry, _replaced = changelog.create_entry(db.session, author, text, status=step.status,
                                                  note=step.note, catalogue=catalogue())
        return entry.id
    changelog.change_status(db.session, author, entry_id, status=step.status, note=step.note)
    return entry_id


def _answered_themes(change: DemoChange, programme: Programme) -> list[int]:
    """The (at most two) themes of the programme whose keywords hold most of the change's words,
    the larger first; the programme's largest theme when none does."""
    found = programme_themes(db.session, programme.id)

    def matches(theme: Theme) -> int:
        keywords = theme.keywords or []
        return sum(any(word in keyword for keyword in keywords) for word in change.theme_words)

    ranked = sorted((theme for theme, _n in found if matches(theme)), key=matches, reverse=True)
    return [theme.id for theme in ranked[:2]] or [theme.id for theme, _n in found[:1]]


def _publish(change: DemoChange, entry_id: int, programme: Programme, author: Account) -> None:
    """Link the themes the entry answers and, where a survivor agreed, a quote; then publish.
    """
    wanted = _answered_themes(change, programme)
    if wanted:
        changelog.link_themes(db.session, author, entry_id, wanted)
    answer = quotable_answer(db.session, programme_id=programme.id, theme_ids=wanted) \
        if change.quote and wanted else None
    if answer is not None:
        inbox.set_quote_approval(db.session, author, answer.id, True)
        changelog.link_quote(db.session, author, entry_id, answer.id)
    changelog.set_published(db.session, author, entry_id, True)
