"""Staff see, count and curate themes only through their programmes' answers; admins see all.

Discovery groups every programme's answers together, so a theme can hold two Legal Clinic answers
and one Safe House answer. Safe House staff then see it counted over Safe House alone, under a
neutral name unless a person named it, without the engine's keywords (which came from the
clinic's words), and cannot rename, split, merge or move answers into it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

import pytest
from sqlalchemy import select

from feedback_app.extensions import db
from feedback_app.models import (
    Account,
    Answer,
    AuditEvent,
    Programme,
    Recommendation,
    RecommendationTheme,
    Submission,
    Theme,
    ThemeLink,
)
from feedback_app.services import themes
from feedback_app.services.staff_themes import ThemeNotYoursError
from tests import seed
from tests.people import add_person, csrf_of, post_form, signed_in
from tests.support.html import parse

SHELTER_STAFF = "sam@example.org"  # answers for Safe House only
CLINIC_STAFF = "lee@example.org"  # answers for Legal Clinic only
ADMIN = "ada@example.org"
# The clinic's own words, which the engine put into the mixed theme's label and keywords.
CLINIC_WORDS = ("interpreter", "lawyer", "dialect")


@dataclass
class Site:
    app: Any
    ids: dict[str, int]


def _engine_theme(label: str) -> Theme:
    theme = Theme(label=label, keywords=label.split(), language="en", origin="engine",
                  state="suggested")
    db.session.add(theme)
    db.session.flush()
    return theme


def _programme_ids(*slugs: str) -> list[int]:
    return sorted(db.session.scalars(select(Programme.id).where(Programme.slug.in_(slugs))))


def _answers(theme: Theme, programme: str, texts: list[str]) -> list[int]:
    return [seed.submission(db.session, themes=[theme], text=text, programme=programme)
            .answers[0].id for text in texts]


def _site(app) -> Site:
    add_person(app, "admin", ADMIN)
    add_person(app, "staff", SHELTER_STAFF, programmes=("safe-house",))
    add_person(app, "staff", CLINIC_STAFF, programmes=("legal-clinic",))
    with app.app_context():
        mixed = _engine_theme("interpreter lawyer dialect")
        clinic_in_mixed = _answers(mixed, "legal-clinic", [
            "My lawyer came without an interpreter again.",
            "The interpreter at court did not speak my dialect."])
        shelter_in_mixed = _answers(mixed, "safe-house", [
            "Nobody explained the papers they asked me to sign."])
        nights = _engine_theme("locks night dorm")
        shelter_nights = _answers(nights, "safe-house", [
            "The dorm door does not lock at night.", "I cannot sleep, the locks are broken.",
            "At night men knock on our door."])
        kitchen = _engine_theme("kitchen dinner cold")
        shelter_kitchen = _answers(kitchen, "safe-house", ["Dinner is always cold."])
        waiting = _engine_theme("waiting room hours")
        _answers(waiting, "legal-clinic", ["We wait four hours in the waiting room.",
                                           "The waiting room has no chairs for children."])
        named = seed.theme(db.session, "Understanding our papers")
        _answers(named, "legal-clinic", ["The lawyer used words I did not know."])
        _answers(named, "safe-house", ["The letters from the office are hard to read."])
        db.session.commit()
        ids = {"mixed": mixed.id, "nights": nights.id, "kitchen": kitchen.id,
               "waiting": waiting.id, "named": named.id,
               "shelter_in_mixed": shelter_in_mixed[0], "clinic_in_mixed": clinic_in_mixed[0],
               "shelter_night": shelter_nights[0], "shelter_kitchen": shelter_kitchen[0]}
    return Site(app, ids)


def _listed(page: str) -> dict[str, int]:
    """Each theme's name and number on the staff's list of themes."""
    rows = parse(page).xpath("//table/tbody/tr")
    return {row.xpath("string(td[2])").strip(): int(row.xpath("string(td[3])")) for row in rows}


def _state(app) -> tuple:
    """Every theme's name, state and answers, and the number of audit events."""
    with app.app_context():
        found = tuple((t.id, t.label, t.state, t.origin, tuple(sorted(db.session.scalars(
            select(ThemeLink.answer_id).where(ThemeLink.theme_id == t.id)))))
            for t in db.session.scalars(select(Theme).order_by(Theme.id)))
        return found, len(db.session.scalars(select(AuditEvent.id)).all())


def test_staff_list_themes_counted_over_their_programmes_and_named_without_others_words(app):
    # Given a theme mixing both programmes, one for each programme alone, and a named mixed one
    site = _site(app)
    ids = site.ids
    # When Safe House staff, Legal Clinic staff and an admin open the list of themes
    shelter = signed_in(app, SHELTER_STAFF).get("/staff/themes").get_data(as_text=True)
    clinic = signed_in(app, CLINIC_STAFF).get("/staff/themes").get_data(as_text=True)
    admin = signed_in(app, ADMIN).get("/staff/themes").get_data(as_text=True)
    # Then Safe House staff see the mixed theme under a neutral name, with their one answer
    # counted, and nothing of the clinic's words; the clinic's own theme is not listed
    assert _listed(shelter) == {"locks night dorm": 3, "kitchen dinner cold": 1,
                                "Understanding our papers": 1, f"Theme {ids['mixed']}": 1}
    for word in (*CLINIC_WORDS, "waiting"):
        assert word not in shelter.lower()
    # And Legal Clinic staff likewise see only what holds their answers
    assert _listed(clinic) == {"waiting room hours": 2, "Understanding our papers": 1,
                               f"Theme {ids['mixed']}": 2}
    assert "dorm" not in clinic and "kitchen" not in clinic
    # And the admin sees every theme by its label with every programme counted
    assert _listed(admin) == {"interpreter lawyer dialect": 3, "locks night dorm": 3,
                              "kitchen dinner cold": 1, "waiting room hours": 2,
                              "Understanding our papers": 2}


def test_a_theme_page_shows_staff_only_their_answers_and_a_neutral_name(app):
    site = _site(app)
    staff = signed_in(app, SHELTER_STAFF)
    # When Safe House staff open the mixed theme
    page = staff.get(f"/staff/themes/{site.ids['mixed']}")
    html = page.get_data(as_text=True)
    # Then they read their own answer, counted alone, under a neutral name, and cannot curate
    assert page.status_code == 200
    assert f"<h1>Theme {site.ids['mixed']}</h1>" in html
    assert "1 piece of feedback" in html
    assert "Nobody explained the papers they asked me to sign." in html
    for word in CLINIC_WORDS:
        assert word not in html.lower()
    assert "only an admin can change it" in html
    assert f"/staff/themes/{site.ids['mixed']}/rename" not in html
    # And a theme holding only the clinic's answers is not theirs to open
    assert staff.get(f"/staff/themes/{site.ids['waiting']}").status_code == 404
    # And the move list offers only the themes they may curate
    own = staff.get(f"/staff/themes/{site.ids['nights']}").get_data(as_text=True)
    assert f'<option value="{site.ids["kitchen"]}">' in own
    assert f'<option value="{site.ids["mixed"]}">' not in own
    assert f'<option value="{site.ids["named"]}">' not in own


def test_the_inbox_names_a_mixed_theme_neutrally_for_staff(app):
    site = _site(app)
    staff = signed_in(app, SHELTER_STAFF)
    inbox = staff.get("/staff/inbox").get_data(as_text=True)
    assert "Nobody explained the papers they asked me to sign." in inbox
    assert f"Theme {site.ids['mixed']}" in inbox
    for word in CLINIC_WORDS:
        assert word not in inbox.lower()


CURATION = {
    "rename": lambda ids: (f"/staff/themes/{ids['mixed']}/rename", {"label": "Papers"}),
    "rename a named one": lambda ids: (f"/staff/themes/{ids['named']}/rename",
                                       {"label": "Papers"}),
    "split": lambda ids: (f"/staff/themes/{ids['mixed']}/split", {"parts": "2"}),
    "merge into it": lambda ids: ("/staff/themes/merge", {"sources": [ids["kitchen"]],
                                                          "target": ids["mixed"]}),
    "merge it away": lambda ids: ("/staff/themes/merge", {"sources": [ids["mixed"]],
                                                          "target": ids["nights"]}),
    "move an answer into it": lambda ids: (f"/staff/answers/{ids['shelter_night']}/move",
                                           {"theme": ids["mixed"]}),
}


@pytest.mark.parametrize("action", list(CURATION))
def test_staff_cannot_curate_a_theme_holding_another_programmes_answers(app, action):
    # Given Safe House staff, and a theme that also holds Legal Clinic answers
    site = _site(app)
    staff = signed_in(app, SHELTER_STAFF)
    path, data = CURATION[action](site.ids)
    before = _state(app)
    # When they post the curation anyway
    token = csrf_of(staff, "/staff/themes")
    response = staff.post(path, data={"csrf_token": token, **data})
    # Then a kind page refuses it, and no theme, link or audit event changed
    html = response.get_data(as_text=True)
    assert response.status_code == 403, html[:500]
    assert "Traceback" not in html
    assert ("only an admin can change it" in html or "This page is not open to you" in html)
    assert _state(app) == before


def test_the_service_refuses_staff_whoever_calls_it(app):
    site = _site(app)
    with app.app_context():
        staff_id = db.session.scalar(select(Account.id).where(Account.email == CLINIC_STAFF))
        with pytest.raises(ThemeNotYoursError):
            themes.rename_theme(db.session, theme_id=site.ids["mixed"], label="Court",
                                actor_id=staff_id)
        with pytest.raises(ThemeNotYoursError):
            themes.split_theme(db.session, theme_id=site.ids["mixed"], actor_id=staff_id)
        with pytest.raises(ThemeNotYoursError):
            themes.move_answer(db.session, answer_id=site.ids["clinic_in_mixed"],
                               theme_id=site.ids["named"], actor_id=staff_id)
        assert db.session.get(Theme, site.ids["mixed"]).label == "interpreter lawyer dialect"


def test_staff_curate_themes_of_their_own_programmes(app):
    # Given Safe House staff and two themes holding only Safe House answers
    site = _site(app)
    staff = signed_in(app, SHELTER_STAFF)
    nights = f"/staff/themes/{site.ids['nights']}"
    # When they rename one, move their answer out of the mixed theme into it, and merge
    assert post_form(staff, f"{nights}/rename", {"label": "Safe at night"},
                     form_page=nights).status_code == 303
    moved = post_form(staff, f"/staff/answers/{site.ids['shelter_in_mixed']}/move",
                      {"theme": site.ids["kitchen"]}, form_page=nights)
    assert moved.status_code == 303
    merged = post_form(staff, "/staff/themes/merge", {"sources": [site.ids["kitchen"]],
                                                      "target": site.ids["nights"]},
                       form_page="/staff/themes")
    assert merged.status_code == 303
    # Then their list shows the result, and the mixed theme holds nothing of theirs any more
    assert _listed(staff.get("/staff/themes").get_data(as_text=True)) == {
        "Safe at night": 5, "Understanding our papers": 1}


def test_admins_curate_any_theme(app):
    site = _site(app)
    admin = signed_in(app, ADMIN)
    page = f"/staff/themes/{site.ids['mixed']}"
    assert post_form(admin, f"{page}/rename", {"label": "Understanding the law"},
                     form_page=page).status_code == 303
    merged = post_form(admin, "/staff/themes/merge", {"sources": [site.ids["named"]],
                                                      "target": site.ids["mixed"]},
                       form_page="/staff/themes")
    assert merged.status_code == 303
    # A person's name shows to staff of every programme in it
    shelter = signed_in(app, SHELTER_STAFF).get("/staff/themes").get_data(as_text=True)
    assert _listed(shelter)["Understanding the law"] == 2


def test_a_split_names_its_parts_as_the_engine_so_staff_see_neutral_names(app):
    # Given a mixed theme the admin splits
    site = _site(app)
    with app.app_context():
        admin_id = db.session.scalar(select(Account.id).where(Account.email == ADMIN))
        extra = db.session.get(Theme, site.ids["mixed"])
        extra.label_programmes = _programme_ids("legal-clinic", "safe-house")
        _answers(extra, "legal-clinic", ["The lawyer spoke too fast for me.",
                                         "I had no interpreter at the hearing."])
        db.session.commit()
        children = themes.split_theme(db.session, theme_id=site.ids["mixed"],
                                      actor_id=admin_id)
        assert {child.origin for child in children} == {"engine"}
        for child in children:  # each part remembers whose words its label holds
            assert set(child.label_programmes) == set(db.session.scalars(
                select(Submission.programme_id).join(Answer).join(ThemeLink)
                .where(ThemeLink.theme_id == child.id)))
    # Then Safe House staff see no part's engine label built from the clinic's words
    shelter = signed_in(app, SHELTER_STAFF).get("/staff/themes").get_data(as_text=True)
    for word in CLINIC_WORDS:
        assert word not in shelter.lower()


def test_a_label_built_from_another_programmes_words_stays_neutral_after_they_leave(app):
    # Given a theme the engine named from both programmes' answers, whose clinic answers an
    # admin has since moved out, so that it holds only Safe House answers
    site = _site(app)
    with app.app_context():
        mixed = db.session.get(Theme, site.ids["mixed"])
        mixed.label_programmes = _programme_ids("legal-clinic", "safe-house")
        db.session.commit()
        admin_id = db.session.scalar(select(Account.id).where(Account.email == ADMIN))
        for answer_id in db.session.scalars(
                select(ThemeLink.answer_id).join(Answer).join(Submission).join(Programme)
                .where(ThemeLink.theme_id == mixed.id, Programme.slug == "legal-clinic")):
            themes.move_answer(db.session, answer_id=answer_id, theme_id=site.ids["waiting"],
                               actor_id=admin_id)
    # When Safe House staff open it
    staff = signed_in(app, SHELTER_STAFF)
    page = staff.get(f"/staff/themes/{site.ids['mixed']}").get_data(as_text=True)
    # Then they may curate it now, but its label and keywords still repeat the clinic's words
    assert f"<h1>Theme {site.ids['mixed']}</h1>" in page
    assert f"/staff/themes/{site.ids['mixed']}/rename" in page
    for word in CLINIC_WORDS:
        assert word not in page.lower()


DISCOVERY = {
    "safe-house": ["The dorm door does not lock at night", "Locks broken, not safe at night",
                   "At night the dorm door stays open", "Not safe at night, no locks"],
    "legal-clinic": ["The lawyer came without an interpreter", "No interpreter with my lawyer",
                     "My lawyer needs an interpreter", "Lawyer and interpreter were late"],
}


def test_discovery_records_whose_answers_each_label_was_built_from(app):
    # Given answers of both programmes, each about its own matter
    _site(app)
    with app.app_context():
        for programme, texts in DISCOVERY.items():
            for text in texts * 2:
                seed.submission(db.session, themes=[], text=text, programme=programme)
        db.session.commit()
        # When discovery runs
        themes.refresh_themes(db.session, seed=0)
        # Then each engine theme names the programmes of the answers it was built from
        engine = db.session.scalars(select(Theme).where(Theme.state == "suggested")).all()
        assert engine
        for theme in engine:
            holders = set(db.session.scalars(
                select(Submission.programme_id).join(Answer).join(ThemeLink)
                .where(ThemeLink.theme_id == theme.id)))
            assert theme.label_programmes is not None
            assert holders <= set(theme.label_programmes)


def test_the_boards_recommendations_name_a_mixed_theme_neutrally_for_staff(app):
    # Given a board recommendation about the mixed theme (rows straight into the tables: which
    # themes the board may pick is the board's own rule, tested with the board)
    site = _site(app)
    add_person(app, "board", "bea@example.org")
    with app.app_context():
        author = db.session.scalar(select(Account.id).where(Account.email == "bea@example.org"))
        db.session.add(Recommendation(
            author_id=author, title="Explain things clearly", body="Please.",
            written_on=dt.date.today(), themes=[RecommendationTheme(theme_id=site.ids["mixed"])]))
        db.session.commit()
    # When Safe House staff and an admin read the recommendations
    shelter = signed_in(app, SHELTER_STAFF).get("/staff/recommendations").get_data(as_text=True)
    admin = signed_in(app, ADMIN).get("/staff/recommendations").get_data(as_text=True)
    # Then staff read a neutral name, and the admin the engine's label
    assert "Explain things clearly" in shelter and f"Theme {site.ids['mixed']}" in shelter
    for word in CLINIC_WORDS:
        assert word not in shelter.lower()
    assert "interpreter lawyer dialect" in admin
