"""Did the change help? (SQLite and PostgreSQL) A done entry's indicators in two equal windows
either side of its done date, with the difference of the share positive and its 95 % Newcombe
interval once both windows hold 30 answers, "too early to tell" before that, and always
"observed, not proof"; exact for staff, and for the public floored, rounded and worked out from
the shown figures, from the month's snapshot, so they stay the same all month."""

from __future__ import annotations

import datetime as dt
import math
import secrets
from typing import Any

import pytest
from sqlalchemy import delete, select

from feedback_app.clock import FixedClock
from feedback_app.extensions import db
from feedback_app.models import Account, ChangeFeedback, Programme, Submission
from feedback_app.providers import catalogue
from feedback_app.services import change_effect, changelog
from tests import seed
from tests.people import add_person, signed_in
from tests.support.html import effect_tables

STAFF = "sam@example.org"  # answers for Safe House (the shelter survey)
OBSERVED = "Observed, not proof that the change caused it."
Z = 1.959963984540054  # the normal quantile of 97.5 %


def _wilson(positive: int, n: int) -> tuple[float, float]:
    p, z2 = positive / n, Z * Z
    centre = (p + z2 / (2 * n)) / (1 + z2 / n)
    half = Z * math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / (1 + z2 / n)
    return centre - half, centre + half


def _newcombe_points(after: tuple[int, int], before: tuple[int, int]) -> str:
    """Newcombe's hybrid score interval (his method 10) written out, in whole points outward,
    as the page prints it: a check on statsmodels, not a copy of our code."""
    (x1, n1), (x2, n2) = after, before
    p1, p2 = x1 / n1, x2 / n2
    (l1, u1), (l2, u2) = _wilson(x1, n1), _wilson(x2, n2)
    low = p1 - p2 - math.sqrt((p1 - l1) ** 2 + (u2 - p2) ** 2)
    high = p1 - p2 + math.sqrt((u1 - p1) ** 2 + (p2 - l2) ** 2)

    def signed(n: int) -> str:
        return f"{n:+d}" if n else "0"
    return f"{signed(math.floor(low * 100))} to {signed(math.ceil(high * 100))}"


def _at(day: dt.date) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day, 10, 0, tzinfo=dt.UTC)


@pytest.fixture
def site(app_factory) -> Any:
    clock = FixedClock(_at(dt.date(2031, 5, 20)))
    app = app_factory(CLOCK=clock)
    add_person(app, "staff", STAFF, programmes=("safe-house",))
    return app, clock


def _done_entry(app: Any, clock: FixedClock, done: dt.date, *,
                indicators: tuple[str, ...] = ("felt_safe",)) -> int:
    """A published Safe House entry naming ``indicators``, set done on ``done``; the clock is
    put back where it was."""
    back = clock.now()
    with app.app_context():
        account = db.session.scalar(select(Account).where(Account.email == STAFF))
        programme = db.session.scalar(select(Programme.id).where(Programme.slug == "safe-house"))
        clock.move_to(_at(done - dt.timedelta(days=40)))
        entry, _n = changelog.create_entry(db.session, account, changelog.EntryText(
            title="Locks on the dorm doors", programme_id=programme, heard="Doors.",
            did="Locks.", indicators=indicators), status="in progress", catalogue=catalogue())
        clock.move_to(_at(done))
        changelog.change_status(db.session, account, entry.id, status="done",
                                note="Every door has a lock.")
        changelog.set_published(db.session, account, entry.id, True)
        clock.move_to(back)
        return entry.id


def _rate(app: Any, on: dt.date, choices: list[str], question: str = "felt_safe") -> None:
    with app.app_context():
        for choice in choices:
            seed.ratings(db.session, programme="safe-house", on=on, choices={question: choice})
        db.session.commit()


def _staff_page(app: Any, entry_id: int) -> str:
    response = signed_in(app, STAFF).get(f"/staff/changes/{entry_id}")
    assert response.status_code == 200
    return response.get_data(as_text=True)


def test_staff_read_exact_windows_either_side_of_the_done_date_with_newcombe(site):
    app, clock = site
    # Given a change done on 20 April, seen on 20 May: two windows of 30 days, the before one
    # 21 March to 19 April and the after one 21 April to 20 May; the done day is in neither
    entry_id = _done_entry(app, clock, dt.date(2031, 4, 20))
    _rate(app, dt.date(2031, 3, 20), ["yes"] * 5)  # a day too early: not counted
    _rate(app, dt.date(2031, 3, 21), ["yes"] * 10)
    _rate(app, dt.date(2031, 4, 19), ["yes"] * 8 + ["no"] * 22)  # before: 18 of 40, 45 %
    _rate(app, dt.date(2031, 4, 20), ["yes"] * 7)  # the done day: in neither window
    _rate(app, dt.date(2031, 4, 21), ["yes"] * 20 + ["no"] * 10)
    _rate(app, dt.date(2031, 5, 20), ["yes"] * 10 + ["partly"] * 5)  # after: 30 of 45, 66.7 %
    _rate(app, dt.date(2031, 4, 25), ["no"] * 4, question="respected")  # not named
    # When the staff member opens the entry
    page = _staff_page(app, entry_id)
    # Then the table shows the exact counts and shares, the difference (66.7 - 45 = +21.7
    # points) and Newcombe's interval of 30/45 - 18/40 (0.0061 to 0.4031 by hand)
    assert effect_tables(page) == {"felt_safe": [
        ["Before", "40", "45 %"], ["After", "45", "67 %"], ["Difference", "+22 points"],
        ["95 % interval", _newcombe_points((30, 45), (18, 40))]]}
    assert _newcombe_points((30, 45), (18, 40)) == "0 to +41"
    assert ("Before: 21 March 2031 to 19 April 2031. After: 21 April 2031 to 20 May 2031. "
            "The change was done on 20 April 2031") in page
    # and it always says it is observed, not proof
    assert OBSERVED in page


@pytest.mark.parametrize(("before", "after"), [(29, 30), (30, 29)])
def test_under_30_answers_on_either_side_it_is_too_early_to_tell(site, before, after):
    app, clock = site
    entry_id = _done_entry(app, clock, dt.date(2031, 4, 20))
    _rate(app, dt.date(2031, 4, 1), ["yes"] * before)
    _rate(app, dt.date(2031, 5, 1), ["no"] * after)
    page = _staff_page(app, entry_id)
    assert effect_tables(page)["felt_safe"] == [
        ["Before", str(before), ""], ["After", str(after), ""],
        ["Difference", "Too early to tell: before and after each need at least 30 answers."]]
    assert OBSERVED in page


def test_a_change_done_today_has_no_window_yet(site):
    app, clock = site
    entry_id = _done_entry(app, clock, dt.date(2031, 5, 20))
    _rate(app, dt.date(2031, 5, 1), ["yes"] * 40)
    page = _staff_page(app, entry_id)
    assert effect_tables(page)["felt_safe"][2][1].startswith("Too early to tell")
    assert "Answers after it are counted from the next day." in page and OBSERVED in page


def test_each_window_is_half_a_year_at_most(site):
    app, clock = site
    # Done 300 days before today: each window is 182 days, the after one ending today
    done = dt.date(2031, 5, 20) - dt.timedelta(days=300)
    entry_id = _done_entry(app, clock, done)
    _rate(app, done - dt.timedelta(days=183), ["yes"] * 40)  # a day before the window
    _rate(app, done - dt.timedelta(days=182), ["yes"] * 30)  # its first day
    _rate(app, done + dt.timedelta(days=182), ["no"] * 30)  # the after window's last day
    _rate(app, done + dt.timedelta(days=183), ["yes"] * 40)  # a day after it
    page = _staff_page(app, entry_id)
    assert effect_tables(page)["felt_safe"][:3] == [
        ["Before", "30", "100 %"], ["After", "30", "0 %"], ["Difference", "-100 points"]]
    with app.app_context():
        found = change_effect.windows(done, dt.date(2031, 5, 21))
    assert found is not None and found.days == change_effect.WINDOW_MAX_DAYS


def test_an_entry_not_done_shows_no_before_and_after(site):
    app, clock = site
    entry_id = _done_entry(app, clock, dt.date(2031, 4, 20))
    with app.app_context():
        account = db.session.scalar(select(Account).where(Account.email == STAFF))
        changelog.change_status(db.session, account, entry_id, status="in progress",
                                note="One lock broke again.")
    page = _staff_page(app, entry_id)
    assert effect_tables(page) == {} and OBSERVED not in page


def test_staff_read_survivors_own_answers_beside_it_as_public_numbers_only(site):
    app, clock = site
    # Given three survivors said last month that the change helped, and twelve that it did not
    entry_id = _done_entry(app, clock, dt.date(2031, 3, 10))
    with app.app_context():
        for answer, n in (("yes", 3), ("no", 12)):
            db.session.add_all(ChangeFeedback(entry_id=entry_id, voter_key=secrets.token_hex(32),
                                              answer=answer, given_month=dt.date(2031, 4, 1))
                               for _ in range(n))
        db.session.commit()
    page = _staff_page(app, entry_id)
    # Then staff read them as the public does, never the exact three, beside the figures
    assert "<li>Yes: fewer than 10</li>" in page and "<li>No: 10 or more</li>" in page
    assert page.index("Did this help?") < page.index(OBSERVED)


# The public -------------------------------------------------------------------------------

def _public_page(app: Any, entry_id: int) -> str:
    response = app.test_client().get(f"/changes/{entry_id}")
    assert response.status_code == 200
    return response.get_data(as_text=True)


def test_the_public_reads_floored_rounded_figures_of_the_month_before(site):
    app, clock = site
    # Given a change done on 10 March, seen on 20 May: the public's windows end before May
    # began, 51 days each (18 January to 9 March, 11 March to 30 April)
    entry_id = _done_entry(app, clock, dt.date(2031, 3, 10))
    _rate(app, dt.date(2031, 1, 17), ["yes"] * 9)  # a day too early: not counted
    _rate(app, dt.date(2031, 1, 18), ["yes"] * 20 + ["no"] * 13)  # 20 of 33: 60.6 %
    _rate(app, dt.date(2031, 4, 30), ["yes"] * 35 + ["no"] * 12)  # 35 of 47: 74.5 %
    _rate(app, dt.date(2031, 5, 2), ["no"] * 30)  # this month: not yet
    page = _public_page(app, entry_id)
    # Then 33 reads "30 or more" at 60 %, 47 reads "45 or more" at 75 % (rounded to 5 points),
    # the difference is that of the shown shares, +15, and the interval is Newcombe's for the
    # shown figures, 34 of 45 against 18 of 30 (-0.0542 to 0.3597 by hand), not for the exact
    # 35 of 47 against 20 of 33 (-0.0643 to 0.3366)
    assert effect_tables(page) == {"felt_safe": [
        ["Before", "30 or more", "60 %"], ["After", "45 or more", "75 %"],
        ["Difference", "+15 points"], ["95 % interval", "-6 to +36"]]}
    assert _newcombe_points((34, 45), (18, 30)) == "-6 to +36"
    assert _newcombe_points((35, 47), (20, 33)) != "-6 to +36"
    assert "Before: 18 January 2031 to 9 March 2031. After: 11 March 2031 to 30 April 2031." \
        in page
    # and it stands beside the survivors' own answers, saying it is observed, not proof
    assert page.index("Did this help?") < page.index(OBSERVED)


def test_the_public_figures_stay_the_same_all_month_and_move_on_the_first(site):
    app, clock = site
    entry_id = _done_entry(app, clock, dt.date(2031, 3, 10))
    _rate(app, dt.date(2031, 2, 1), ["yes"] * 31)
    _rate(app, dt.date(2031, 4, 1), ["yes"] * 16 + ["no"] * 16)
    seen = effect_tables(_public_page(app, entry_id))
    assert [row[-1] for row in seen["felt_safe"][:3]] == ["100 %", "50 %", "-50 points"]
    # When, within May, answers dated inside both windows arrive, one is hidden and some are
    # withdrawn (their rows deleted), and the staff's figures move
    _rate(app, dt.date(2031, 2, 2), ["no"] * 12)
    _rate(app, dt.date(2031, 4, 2), ["yes"] * 12)
    with app.app_context():
        one_before = db.session.scalars(select(Submission).where(
            Submission.received_on == dt.date(2031, 2, 1))).first()
        one_before.hidden = True
        five_after = db.session.scalars(select(Submission.id).where(
            Submission.received_on == dt.date(2031, 4, 2)).limit(5)).all()
        db.session.execute(delete(Submission).where(Submission.id.in_(five_after)))
        db.session.commit()
    clock.move_to(_at(dt.date(2031, 5, 31)))
    # Then the public page shows exactly what it showed on the 20th
    assert effect_tables(_public_page(app, entry_id)) == seen
    assert effect_tables(_staff_page(app, entry_id)) != seen
    # and on 1 June the new month's snapshot counts what is there then, in windows of 82 days:
    # 30 + 12 = 42 before (40 shown), 32 + 7 = 39 after (35 shown)
    clock.move_to(_at(dt.date(2031, 6, 1)))
    moved = effect_tables(_public_page(app, entry_id))["felt_safe"]
    assert [row[1] for row in moved[:2]] == ["40 or more", "35 or more"]


def test_a_public_count_under_10_reads_too_few(site):
    app, clock = site
    entry_id = _done_entry(app, clock, dt.date(2031, 3, 10))
    _rate(app, dt.date(2031, 2, 1), ["yes"] * 9)
    _rate(app, dt.date(2031, 4, 1), ["yes"] * 34)
    table = effect_tables(_public_page(app, entry_id))["felt_safe"]
    assert table[:2] == [["Before", "too few", ""], ["After", "30 or more", ""]]
    assert table[2][1].startswith("Too early to tell")


def test_an_indicator_named_within_the_month_reads_too_early_until_the_next(site):
    app, clock = site
    entry_id = _done_entry(app, clock, dt.date(2031, 3, 10), indicators=())
    _rate(app, dt.date(2031, 2, 1), ["yes"] * 30)
    _rate(app, dt.date(2031, 4, 1), ["no"] * 30)
    assert effect_tables(_public_page(app, entry_id)) == {}  # names none: no section at all
    with app.app_context():
        account = db.session.scalar(select(Account).where(Account.email == STAFF))
        entry = changelog.get_entry(db.session, entry_id)
        changelog.edit_entry(db.session, account, entry_id, changelog.EntryText(
            title=entry.title, programme_id=entry.programme_id, heard=entry.heard,
            did=entry.did, indicators=("felt_safe",)), catalogue=catalogue())
    # The month's figures were made before it was named: nothing new shows within the month
    table = effect_tables(_public_page(app, entry_id))["felt_safe"]
    assert table[-1][1].startswith("Too early to tell") and table[0] == ["Before", "", ""]
    clock.move_to(_at(dt.date(2031, 6, 1)))
    assert effect_tables(_public_page(app, entry_id))["felt_safe"][2] == [
        "Difference", "-100 points"]


def test_the_before_and_after_reads_in_the_pages_language(site):
    app, clock = site
    entry_id = _done_entry(app, clock, dt.date(2031, 3, 10))
    page = app.test_client().get(f"/changes/{entry_id}", headers={"Accept-Language": "es"}) \
        .get_data(as_text=True)
    assert 'lang="es"' in page
    assert "Es lo que se observa, no una prueba de que el cambio lo causara." in page
    # the indicator's own name too, from indicators.toml
    assert "<caption" in page and "Sentirse con seguridad</caption>" in page
