"""`flask demo`: a year of synthetic feedback, themes, a board round, the change log and demo
accounts, once; `demo --empty`: the programmes only. On SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from flask import Flask
from sqlalchemy import func, select

from feedback_app.clock import FixedClock
from feedback_app.extensions import db
from feedback_app.models import (
    Account,
    Answer,
    ChangeEntry,
    ChangeEntryQuote,
    ChangeEntryTheme,
    ReviewRound,
    Submission,
    SurvivorEvent,
    Theme,
)
from feedback_app.providers import catalogue
from feedback_app.services.demo import demo_texts
from feedback_app.services.redaction import redact_answer
from feedback_app.services.withdrawal_record import withdrawn_keys
from tests.apps import make_app
from tests.people import add_person, post_form

TODAY = dt.date(2026, 6, 15)
PATHS = ["/p/safe-house", "/p/legal-clinic", "/p/case-support", "/p/health-access",
         "/p/work-ready"]
ACCOUNT_LINE = re.compile(r"^  (admin|staff|board)\s+(\S+@example\.org)\s+(\S+)$")


def clock() -> FixedClock:
    """A clock of its own for each app: the demo moves it while it rehearses the year."""
    return FixedClock(dt.datetime(2026, 6, 15, 14, 30, tzinfo=dt.UTC))


@pytest.fixture
def demo_app(app_factory):
    """The app with the demo programmes (as `demo --empty` leaves it) and a fixed clock."""
    return app_factory(CLOCK=clock())


@pytest.fixture(scope="module")
def demoed(module_database_url: str,
           tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Flask, str]]:
    """The app after one run of `demo`, and what it printed: the tests below that only read
    what the demo made share one run on each kind of database (a run takes seconds)."""
    record = tmp_path_factory.mktemp("demo") / "withdrawn-receipts"
    app = make_app(module_database_url, CLOCK=clock(), WITHDRAWAL_RECORD=str(record))
    output = run_demo(app)
    yield app, output
    with app.app_context():
        db.session.remove()
        db.engine.dispose()


def run_demo(app, *args: str) -> str:
    result = app.test_cli_runner().invoke(args=["demo", *args])
    assert result.exit_code == 0, result.output
    return result.output


def everything_counted(app) -> dict[str, int]:
    with app.app_context():
        return {model.__name__: db.session.scalar(select(func.count()).select_from(model))
                for model in (Submission, Answer, Account, Theme, ChangeEntry, ReviewRound,
                              SurvivorEvent)}


def positive_share(app, slug: str, question: str, first: dt.date, last: dt.date) -> float:
    with app.app_context():
        choices = db.session.scalars(
            select(Answer.choice).join(Submission).join(Submission.programme)
            .where(Answer.question_key == question, Submission.received_on >= first,
                   Submission.received_on <= last)
            .where(Submission.programme.has(slug=slug))).all()
    assert len(choices) >= 20, (slug, question, len(choices))
    return choices.count("yes") / len(choices)


def test_demo_fills_a_year_of_varied_feedback_through_the_storing_path(demoed):
    # When the demo runs
    demo_app, output = demoed
    # Then it prints the survivor paths as before
    assert output.splitlines()[:5] == PATHS
    with demo_app.app_context():
        submissions = db.session.scalars(select(Submission)).all()
        # about 100-150 submissions a programme, every one on a day of the year before today
        per_programme = Counter(s.programme.slug for s in submissions)
        assert set(per_programme) == {path[3:] for path in PATHS}
        assert all(100 <= n <= 150 for n in per_programme.values()), per_programme
        days = {s.received_on for s in submissions}
        assert min(days) >= TODAY - dt.timedelta(days=365) and max(days) < TODAY
        assert len({(day.year, day.month) for day in days}) >= 11
        # in the five languages, English most, by web and by SMS
        languages = Counter(s.language for s in submissions)
        assert set(languages) == {"en", "es", "fr", "pt", "ar"}
        assert languages.most_common(1)[0][0] == "en"
        assert min(languages.values()) >= 30, languages
        channels = Counter(s.channel for s in submissions)
        assert channels["web"] > channels["sms"] > 30, channels
        # staff may read every one, the board most, quoting some; a few are hidden
        assert all(s.consent_staff for s in submissions)
        assert 0.6 < sum(s.consent_board for s in submissions) / len(submissions) < 0.95
        assert 0.15 < sum(s.consent_quote for s in submissions) / len(submissions) < 0.6
        assert 1 <= sum(s.hidden for s in submissions) <= 20
        # every choice question of each programme's newest survey is answered, and some skipped
        for slug in per_programme:
            mine = [s for s in submissions if s.programme.slug == slug]
            survey = catalogue().get(mine[0].survey_key)
            assert {s.survey_version for s in mine} == {survey.version}
            for question in (q for q in survey.questions() if q.kind == "choice"):
                answered = [a.choice for s in mine for a in s.answers
                            if a.question_key == question.key]
                assert set(answered) <= {value for value, _ in survey.options(question, "en")}
                assert len(set(answered)) >= 2, (slug, question.key)
                assert len(mine) * 0.8 < len(answered) < len(mine), (slug, question.key)
        # and a few were withdrawn the way a survivor withdraws: gone, a tombstone, the record
        withdrawn = db.session.scalar(select(func.count()).select_from(SurvivorEvent).where(
            SurvivorEvent.action == "submission.withdrawn"))
        assert 1 <= withdrawn <= 20
        assert len(withdrawn_keys(Path(demo_app.config["WITHDRAWAL_RECORD"]))) == withdrawn
        received = db.session.scalars(select(SurvivorEvent.happened_on).where(
            SurvivorEvent.action == "submission.received")).all()
        # each survivor's action dated on its own day of the year, as the submission is
        assert len(received) == len(submissions) + withdrawn
        assert set(received) >= days and max(received) < TODAY


def test_every_demo_text_is_stored_redacted_and_comes_from_the_written_texts(demoed):
    demo_app, _ = demoed
    written = {text for language in demo_texts().values() for kind in language.values()
               for texts in kind.values() for text in texts}
    with demo_app.app_context():
        stored = db.session.execute(select(Answer.text_redacted, Submission.language).join(
            Submission).where(Answer.text_redacted.is_not(None))).all()
    assert len(stored) > 300
    # The texts hold no detail: redaction leaves each as it is, and it is one of the written ones
    assert [text for text, language in stored
            if redact_answer(text, language).text != text or text not in written] == []
    assert len({text for text, _ in stored}) > 150


def test_ratings_move_over_the_year_as_the_demo_tells(demoed):
    demo_app, _ = demoed
    early = (TODAY - dt.timedelta(days=364), TODAY - dt.timedelta(days=255))
    middle = (TODAY - dt.timedelta(days=245), TODAY - dt.timedelta(days=150))
    late = (TODAY - dt.timedelta(days=120), TODAY)
    # The shelter's safety improves after its change
    assert (positive_share(demo_app, "safe-house", "felt_safe", *late)
            - positive_share(demo_app, "safe-house", "felt_safe", *early)) > 0.2
    # Legal aid's "kept informed" worsens, then recovers
    kept = {name: positive_share(demo_app, "legal-clinic", "kept_informed", *window)
            for name, window in (("early", early), ("middle", middle), ("late", late))}
    assert kept["middle"] < kept["early"] - 0.1 and kept["middle"] < kept["late"] - 0.1, kept


def test_demo_themes_the_feedback_opens_a_round_and_publishes_changes(demoed):
    demo_app, _ = demoed
    with demo_app.app_context():
        assert db.session.scalar(select(func.count()).select_from(Theme).where(
            Theme.state != "retired")) >= 5
        assert db.session.scalars(select(ReviewRound.state)).all() == ["open"]
        entries = db.session.scalars(select(ChangeEntry)).all()
        assert 3 <= len(entries) <= 4 and all(entry.published for entry in entries)
        done = [entry for entry in entries if entry.status == "done"]
        assert done and {e.status for e in entries} == {"done", "in progress"}
        # done months ago, each step on its own day, the entry written on the first one
        for entry in done:
            assert entry.updates[-1].on < TODAY - dt.timedelta(days=90)
            assert entry.created_at.date() == entry.updates[0].on
        assert all(len({u.on for u in e.updates}) == len(e.updates) for e in entries)
        # every done entry names the indicators it means to move, so its page shows them
        assert all(entry.indicators for entry in done)
        assert db.session.scalar(select(func.count()).select_from(ChangeEntryTheme)) >= 4
        quotes = db.session.scalars(select(ChangeEntryQuote)).all()
        assert quotes and all(q.answer.quote_approved and q.answer.submission.consent_quote
                              for q in quotes)
        # and the app's own clock is back once the year is rehearsed
        assert demo_app.extensions["clock"].today() == TODAY


def test_second_demo_adds_nothing_and_says_so(demoed):
    # Given the demo ran once
    demo_app, _ = demoed
    before = everything_counted(demo_app)
    # When it runs again
    output = run_demo(demo_app)
    # Then nothing is added, it says so, and no password is printed again
    assert everything_counted(demo_app) == before
    assert output.splitlines() == [*PATHS, "The demo feedback and accounts were added before: "
                                           "nothing added now."]


def test_empty_demo_adds_only_the_programmes(demo_app):
    output = run_demo(demo_app, "--empty")
    assert output.splitlines() == PATHS
    counts = everything_counted(demo_app)
    assert counts == dict.fromkeys(counts, 0)


def test_demo_adds_no_feedback_or_accounts_to_a_site_with_accounts_of_its_own(demo_app):
    # Given a site in use: its first admin exists
    add_person(demo_app, "admin", "lead@example.org")
    before = everything_counted(demo_app)
    # When the demo runs
    result = demo_app.test_cli_runner().invoke(args=["demo"])
    # Then it refuses and says why, adds nothing, and prints no password
    assert result.exit_code != 0
    assert "accounts or feedback of its own" in result.output
    assert "Sign in" not in result.output
    assert everything_counted(demo_app) == before


def test_the_printed_demo_accounts_can_sign_in(demoed):
    # Given the demo's printed sign-in details
    demo_app, output = demoed
    assert "Sign in at http://127.0.0.1:5000/staff/sign-in with" in output
    accounts = [m.groups() for line in output.splitlines() if (m := ACCOUNT_LINE.match(line))]
    assert [role for role, _email, _password in accounts] == ["admin", "staff", "board"]
    for role, email, password in accounts:
        # When each signs in through the sign-in form with the printed password
        client = demo_app.test_client()
        response = post_form(client, "/staff/sign-in", {"email": email, "password": password})
        # Then the sign-in succeeds, and a wrong password does not
        assert response.status_code == 303, (role, response.get_data(as_text=True)[:300])
        wrong = post_form(demo_app.test_client(), "/staff/sign-in",
                          {"email": email, "password": password + "x"})
        assert wrong.status_code == 400, role
    with demo_app.app_context():
        staff = db.session.scalar(select(Account).where(Account.role == "staff"))
        assert sorted(p.slug for p in staff.programmes) == ["legal-clinic", "safe-house"]
