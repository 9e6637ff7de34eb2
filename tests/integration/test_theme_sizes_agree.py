"""One size of a theme for every audience: staff read it as it is, the board from K_MIN on and
floored to a multiple of K_MIN, the public from 10 on and floored to a multiple of 5, on the pages
of one seeded site (SQLite and PostgreSQL). The site's feedback came last month, so this month's
board and public figures count all of it."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from sqlalchemy import select

from feedback_app import clock
from feedback_app.extensions import db
from feedback_app.models import Account, Answer, ReviewRound, ThemeLink
from feedback_app.services import changelog
from feedback_app.services.disclosure import board_number, public_number
from feedback_app.services.theme_sizes import theme_size, theme_sizes
from tests import seed
from tests.people import add_person, post_form, signed_in
from tests.support.html import parse, sections

K_MIN = 5
# The size each theme must have, in submissions that are not hidden.
SIZES = {"Safety": 12, "Food": 6, "Curfew": 3}


def seeded_site(app: Any) -> dict[str, int]:
    """Each theme of SIZES with that many submissions over two programmes, one of which has a
    second answer in the theme; one hidden submission each, which never counts; and a retired
    theme of 20 submissions, which no one sees. Returns the theme ids by name."""
    last_month = clock.today().replace(day=1) - dt.timedelta(days=1)
    with app.app_context():
        s, ids = db.session, {}
        for label, size in SIZES.items():
            theme = seed.theme(s, label)
            for n in range(size - 1):
                seed.submission(s, themes=[theme], text=f"{label} {n}", board=True,
                                programme="safe-house" if n % 2 else "legal-clinic",
                                on=last_month)
            twice = seed.submission(s, themes=[theme], text=f"{label} once", board=True,
                                    on=last_month)
            second = Answer(submission_id=twice.id, question_key="worked_well", position=2,
                            text_redacted=f"{label} and again")
            s.add(second)
            s.flush()
            s.add(ThemeLink(answer_id=second.id, theme_id=theme.id, origin="human"))
            seed.submission(s, themes=[theme], text=f"{label} hidden", hidden=True,
                            on=last_month)
            ids[label] = theme.id
        retired = seed.theme(s, "Old theme", state="retired")
        for n in range(20):
            seed.submission(s, themes=[retired], text=f"Old {n}", on=last_month)
        ids["Old theme"] = retired.id
        s.commit()
    return ids


def staff_sizes(page: str) -> dict[str, int]:
    """Each theme's name and number on the staff's list of themes."""
    rows = parse(page).xpath("//table/tbody/tr")
    return {row.xpath("string(td[2])").strip(): int(row.xpath("string(td[3])")) for row in rows}


def board_sizes(page: str) -> dict[str, int | None]:
    """Each theme the round shows in full with its number; small ones with None."""
    shown = {}
    for markup in sections(page, "theme-").values():
        card = parse(markup)
        sentence = card.xpath("string(.//h3/following-sibling::p[1])")
        shown[card.xpath("string(.//h3)").strip()] = int(sentence.split()[0])
    for item in parse(page).xpath("//h2[.='Smaller themes']/following-sibling::ul[1]/li"):
        label, _colon, rest = item.text_content().partition(":")
        assert rest.strip() == f"fewer than {K_MIN}"
        shown[label.strip()] = None
    return shown


def public_sizes(page: str, heading: str) -> dict[str, str]:
    """Each theme of the public list after a heading, with the words beside it ("10 people")."""
    found = {}
    for item in parse(page).xpath("//*[.=$heading]/following-sibling::ul[1]/li",
                                  heading=heading):
        label, _colon, rest = item.text_content().partition(":")
        found[label.strip()] = rest.strip()
    return found


def public_words(size: int) -> str:
    number = public_number(size)
    return "fewer than 10 people" if number is None else f"{number} or more people"


@pytest.fixture
def site(app_factory):
    app = app_factory(K_MIN=K_MIN)
    ids = seeded_site(app)
    # Staff count only their programmes' feedback: this one answers for both, so sees it all.
    add_person(app, "staff", "sam@example.org", programmes=("safe-house", "legal-clinic"))
    add_person(app, "board", "bea@example.org")
    return app, ids


def test_the_size_of_a_theme_counts_each_visible_submission_once(site):
    app, ids = site
    with app.app_context():
        sizes = theme_sizes(db.session)
        assert sizes == {ids[label]: size for label, size in SIZES.items()}
        assert {label: theme_size(db.session, ids[label]) for label in SIZES} == SIZES
        assert theme_size(db.session, ids["Old theme"]) == 0
        assert theme_size(db.session, 999_999) == 0


def test_staff_the_board_and_the_public_agree_on_each_theme_size(site):
    app, ids = site
    staff = signed_in(app, "sam@example.org")
    # Given an open round and a published change that answers every live theme
    assert post_form(staff, "/staff/rounds/open", {"title": "Spring"},
                     form_page="/staff/rounds").status_code == 303
    with app.app_context():
        account = db.session.scalar(select(Account).where(Account.email == "sam@example.org"))
        entry, _replaced = changelog.create_entry(db.session, account, changelog.EntryText(
            title="Better nights", programme_id=account.programmes[0].id, heard="We heard you.",
            did="We acted.",
            reason=""), status="planned")
        changelog.link_themes(db.session, account, entry.id, [ids[label] for label in SIZES])
        changelog.set_published(db.session, account, entry.id, True)
        entry_id = entry.id
        round_id = db.session.scalar(select(ReviewRound.id))
    board = signed_in(app, "bea@example.org")
    # When each audience reads its pages
    listed = staff_sizes(staff.get("/staff/themes").get_data(as_text=True))
    one_by_one = {label: staff.get(f"/staff/themes/{ids[label]}").get_data(as_text=True)
                  for label in SIZES}
    on_board = board_sizes(board.get(f"/board/rounds/{round_id}").get_data(as_text=True))
    public = app.test_client()
    summary = public_sizes(public.get("/themes").get_data(as_text=True),
                           "The main themes in the feedback we received. Numbers are rounded "
                           "down to a multiple of 5 and worked out once a month, from the "
                           "feedback received before the month began.")
    change = public_sizes(public.get(f"/changes/{entry_id}").get_data(as_text=True),
                          "What we heard")
    # Then staff read each size as it is, on the list and on the theme's own page
    assert listed == SIZES
    for label, size in SIZES.items():
        assert f"{size} pieces of feedback ·" in one_by_one[label]
    # And the board reads it floored to a multiple of K_MIN from K_MIN on ("5 or more"), and
    # "fewer than K_MIN" below it
    assert on_board == {label: board_number(size, K_MIN) for label, size in SIZES.items()}
    assert on_board == {"Safety": 10, "Food": 5, "Curfew": None}
    # And the public read it floored to 5 from 10 on, and nothing smaller on the summary
    assert summary == {label: public_words(size) for label, size in SIZES.items() if size >= 10}
    assert change == {label: public_words(size) for label, size in SIZES.items()}
