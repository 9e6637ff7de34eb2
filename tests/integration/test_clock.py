"""One clock, in UTC, on SQLite and PostgreSQL: times go in aware and come back aware in UTC, a
naive one is refused, and every date the app writes follows the app's clock."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import StatementError

from feedback_app.clock import FixedClock, NaiveTimeError
from feedback_app.extensions import db
from feedback_app.models import AccountLink, Draft, Submission, SurvivorEvent
from feedback_app.services import account_links
from tests.flow import Survivor
from tests.people import add_person, signed_in

AHEAD = dt.timezone(dt.timedelta(hours=5, minutes=30))


def new_link(expires_at: dt.datetime) -> AccountLink:
    return AccountLink(token_hash="a" * 64, purpose="invite", email="nia@example.org",
                       role="board", expires_at=expires_at)


def read_back_expiry(app) -> dt.datetime:
    """The stored expiry, read from the database in a new session (not the one that wrote it)."""
    with app.app_context():
        db.session.remove()
        if db.engine.dialect.name == "postgresql":
            # PostgreSQL answers in the session's zone: make it one that is not UTC.
            db.session.execute(text("SET TIME ZONE 'Asia/Kolkata'"))
        return db.session.scalars(select(AccountLink.expires_at)).one()


def test_an_aware_time_comes_back_as_the_same_moment_in_utc(app):
    # Given a time stored in a zone five and a half hours ahead of UTC
    stored = dt.datetime(2031, 1, 1, 2, 0, tzinfo=AHEAD)
    with app.app_context():
        db.session.add(new_link(stored))
        db.session.commit()
    # When it is read back
    found = read_back_expiry(app)
    # Then it is the same moment, aware and in UTC, on either database
    assert found == stored
    assert found.tzinfo is dt.UTC
    assert (found.date(), found.hour, found.minute) == (dt.date(2030, 12, 31), 20, 30)


def test_a_time_without_a_time_zone_is_refused_and_nothing_is_stored(app):
    with app.app_context():
        db.session.add(new_link(dt.datetime(2031, 1, 1, 2, 0)))
        with pytest.raises(StatementError) as refused:
            db.session.commit()
        assert isinstance(refused.value.orig, NaiveTimeError)
        db.session.rollback()
        assert db.session.scalars(select(AccountLink)).all() == []


def test_a_query_that_compares_with_a_naive_time_is_refused(app):
    with app.app_context():
        query = select(Draft).where(Draft.expires_hour < dt.datetime(2031, 1, 1))
        with pytest.raises(StatementError) as refused:
            db.session.scalars(query).all()
        assert isinstance(refused.value.orig, NaiveTimeError)


def test_an_empty_time_stays_empty(app):
    with app.app_context():
        db.session.add(new_link(dt.datetime(2031, 1, 1, tzinfo=dt.UTC)))
        db.session.commit()
        db.session.remove()
        assert db.session.scalars(select(AccountLink.used_at)).one() is None


def test_a_survivors_feedback_is_dated_by_the_app_clock_in_utc(app_factory):
    # Given an app whose clock shows 04:00 on 1 June in a zone ahead of UTC: still 31 May in UTC
    clock = FixedClock(dt.datetime(2031, 6, 1, 4, 0, tzinfo=AHEAD))
    app = app_factory(CLOCK=clock)
    survivor = Survivor(app.test_client())
    # When a survivor starts the survey
    survivor.starts_survey()
    with app.app_context():
        expires = db.session.scalars(select(Draft.expires_hour)).one()
    # Then the draft expires three hours after the start of this hour, in UTC
    assert expires == dt.datetime(2031, 6, 1, 1, 0, tzinfo=dt.UTC)
    # When the survivor sends the feedback
    while survivor.step() != "preview":
        survivor.answers_page()
    survivor.sends()
    with app.app_context():
        submission = db.session.scalars(select(Submission)).one()
        event = db.session.scalars(select(SurvivorEvent)).one()
        # Then it carries the UTC date, and so does its survivor event
        assert submission.received_on == dt.date(2031, 5, 31)
        assert event.happened_on == dt.date(2031, 5, 31)


def test_a_link_expires_by_the_app_clock(app_factory):
    # Given an invitation made for 72 hours on an app with a fixed clock
    clock = FixedClock(dt.datetime(2031, 3, 1, 9, 15, tzinfo=dt.UTC))
    app = app_factory(CLOCK=clock)
    admin = add_person(app, "admin", "ada@example.org")
    with app.app_context():
        token = account_links.invite(db.session, email="nia@example.org", role="board",
                                     programme_ids=[], actor_id=admin, hours=72)
        db.session.remove()
        link = account_links.check_link(db.session, token=token, purpose="invite")
        assert link.expires_at == dt.datetime(2031, 3, 4, 9, 15, tzinfo=dt.UTC)
    # When the clock reaches its expiry
    clock.advance(dt.timedelta(hours=72))
    # Then the link no longer works
    with app.app_context(), pytest.raises(account_links.LinkError):
        account_links.check_link(db.session, token=token, purpose="invite")


def test_a_signed_in_session_ends_when_the_app_clock_passes_its_limit(app_factory):
    # Given a staff member signed in on an app with a fixed clock
    clock = FixedClock(dt.datetime(2031, 3, 1, 9, 0, tzinfo=dt.UTC))
    app = app_factory(CLOCK=clock)
    add_person(app, "staff", "sam@example.org", programmes=("safe-house",))
    client = signed_in(app, "sam@example.org")
    assert client.get("/staff/inbox").status_code == 200
    # When the clock moves on a minute past the idle limit
    clock.advance(dt.timedelta(minutes=app.config["SESSION_IDLE_MINUTES"] + 1))
    # Then the next page signs them out
    ended = client.get("/staff/inbox")
    assert ended.status_code == 303 and ended.location.endswith("/staff/sign-in")
