"""Change-log entries belong to programmes: staff list, open, change and publish only the entries
of the programmes they answer for; an entry about every programme is an admin's; a refusal is a
kind 403 page that changes nothing and writes no audit event, like every other refusal."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pytest
from sqlalchemy import select

from feedback_app.extensions import db
from feedback_app.models import Account, AuditEvent, ChangeEntry, Programme
from feedback_app.services import changelog
from tests import seed
from tests.people import add_person, csrf_of, post_form, signed_in

SHELTER_STAFF = "sam@example.org"  # answers for Safe House only
CLINIC_STAFF = "lee@example.org"  # answers for Legal Clinic only
ADMIN = "ada@example.org"


@dataclass
class Site:
    app: Any
    ids: dict[str, int]


def _programme_id(slug: str) -> int:
    return db.session.scalar(select(Programme.id).where(Programme.slug == slug))


def _write(account: Account, title: str, programme: str | None, *, published: bool) -> int:
    entry, _replaced = changelog.create_entry(
        db.session, account, changelog.EntryText(
            title=title, programme_id=_programme_id(programme) if programme else None,
            heard=f"What we heard: {title}.", did="What we did."), status="planned")
    if published:
        changelog.set_published(db.session, account, entry.id, True)
    return entry.id


def _quotable(text: str, programme: str) -> int:
    row = seed.submission(db.session, themes=[], text=text, programme=programme, quote=True)
    row.answers[0].quote_approved = True
    db.session.commit()
    return row.answers[0].id


def _site(app) -> Site:
    """Two programmes, a staff member on each, an admin, and an entry of each kind."""
    add_person(app, "admin", ADMIN)
    add_person(app, "staff", SHELTER_STAFF, programmes=("safe-house",))
    add_person(app, "staff", CLINIC_STAFF, programmes=("legal-clinic",))
    with app.app_context():
        admin = db.session.scalar(select(Account).where(Account.email == ADMIN))
        ids = {
            "shelter_entry": _write(admin, "Locks on the dorm doors", "safe-house",
                                    published=True),
            "clinic_entry": _write(admin, "An interpreter at every visit", "legal-clinic",
                                   published=True),
            "clinic_draft": _write(admin, "Evening hours at the clinic", "legal-clinic",
                                   published=False),
            "every_entry": _write(admin, "Bus fares paid for everyone", None, published=True),
            "shelter_answer": _quotable("The new lock on my door lets me sleep.", "safe-house"),
            "clinic_answer": _quotable("The lawyer finally explained my case in my language.",
                                       "legal-clinic"),
            "shelter_programme": _programme_id("safe-house"),
            "clinic_programme": _programme_id("legal-clinic"),
        }
        changelog.link_quote(db.session, admin, ids["clinic_entry"], ids["clinic_answer"])
    return Site(app, ids)


def _events(app) -> int:
    with app.app_context():
        return len(db.session.scalars(select(AuditEvent.id)).all())


def _entry_state(app, entry_id: int) -> tuple:
    with app.app_context():
        entry = db.session.get(ChangeEntry, entry_id)
        return (entry.title, entry.did, entry.status, entry.published, entry.programme_id,
                [q.answer_id for q in entry.quotes], [t.theme_id for t in entry.themes],
                len(entry.updates))


def test_staff_list_only_the_entries_of_their_programmes_and_admins_list_all(app):
    # Given entries of Safe House, of Legal Clinic and of every programme
    _site(app)
    # When each person opens the staff list of the change log
    shelter = signed_in(app, SHELTER_STAFF).get("/staff/changes").get_data(as_text=True)
    clinic = signed_in(app, CLINIC_STAFF).get("/staff/changes").get_data(as_text=True)
    admin = signed_in(app, ADMIN).get("/staff/changes").get_data(as_text=True)
    # Then staff see their programme's entries only, and the admin sees every one
    assert "Locks on the dorm doors" in shelter
    assert "An interpreter at every visit" not in shelter
    assert "Evening hours at the clinic" not in shelter
    assert "Bus fares paid for everyone" not in shelter
    assert "An interpreter at every visit" in clinic and "Evening hours at the clinic" in clinic
    assert "Locks on the dorm doors" not in clinic and "Bus fares paid for everyone" not in clinic
    for title in ("Locks on the dorm doors", "An interpreter at every visit",
                  "Evening hours at the clinic", "Bus fares paid for everyone"):
        assert title in admin


ACTIONS = {
    "open": None,
    "edit": lambda ids: ("edit", {"title": "Taken over", "programme": str(
        ids["shelter_programme"]), "heard": "x", "did": "y"}),
    "status": lambda ids: ("status", {"update-status": "done", "update-note": "All done."}),
    "themes": lambda ids: ("themes", {"themes": [ids["theme"]]}),
    "link quote": lambda ids: ("quotes", {"answer": ids["shelter_answer"]}),
    "remove quote": lambda ids: (f"quotes/{ids['clinic_answer']}/remove", {}),
    "unpublish": lambda ids: ("publish", {"publish": "no"}),
    "publish": lambda ids: ("publish", {"publish": "yes"}),
}


@pytest.mark.parametrize("entry", ["clinic_entry", "clinic_draft", "every_entry"])
@pytest.mark.parametrize("action", list(ACTIONS))
def test_staff_cannot_act_on_another_programmes_entry_or_one_about_every_programme(
        app, entry, action):
    # Given a Safe House staff member, and an entry of Legal Clinic or of every programme
    site = _site(app)
    with app.app_context():
        site.ids["theme"] = seed.theme(db.session, "Feeling safe at night").id
        db.session.commit()
    entry_id = site.ids[entry]
    staff = signed_in(app, SHELTER_STAFF)
    before, state = _events(app), _entry_state(app, entry_id)
    # When they open it, or post any change to it
    if ACTIONS[action] is None:
        response = staff.get(f"/staff/changes/{entry_id}")
    else:
        path, data = ACTIONS[action](site.ids)
        token = csrf_of(staff, "/staff/changes/new")
        response = staff.post(f"/staff/changes/{entry_id}/{path}",
                              data={"csrf_token": token, **data})
    # Then a kind page says it is not theirs, and nothing changed or was recorded
    page = response.get_data(as_text=True)
    assert response.status_code == 403, page[:500]
    assert "This page is not open to you" in page and "Traceback" not in page
    assert _entry_state(app, entry_id) == state
    assert _events(app) == before


def test_the_service_refuses_staff_of_another_programme_whoever_calls_it(app):
    site = _site(app)
    with app.app_context():
        staff = db.session.scalar(select(Account).where(Account.email == SHELTER_STAFF))
        for entry in ("clinic_entry", "every_entry"):
            with pytest.raises(changelog.EntryNotYoursError):
                changelog.set_published(db.session, staff, site.ids[entry], False)
            with pytest.raises(changelog.EntryNotYoursError):
                changelog.unlink_quote(db.session, staff, site.ids[entry],
                                       site.ids["clinic_answer"])
    assert _entry_state(app, site.ids["clinic_entry"])[3:6] == (
        True, site.ids["clinic_programme"], [site.ids["clinic_answer"]])


def test_staff_act_on_their_own_programmes_entries(app):
    # Given the Legal Clinic staff member and their programme's published entry with a quote
    site = _site(app)
    staff = signed_in(app, CLINIC_STAFF)
    page = f"/staff/changes/{site.ids['clinic_entry']}"
    assert staff.get(page).status_code == 200
    # When they edit it, add a step, take the quote off and unpublish it
    for path, data in [
        ("edit", {"title": "An interpreter at every visit", "programme": str(
            site.ids["clinic_programme"]), "heard": "People could not follow.", "did": "Done."}),
        ("status", {"update-status": "done", "update-note": "Interpreters booked."}),
        (f"quotes/{site.ids['clinic_answer']}/remove", {}),
        ("publish", {"publish": "no"}),
    ]:
        assert post_form(staff, f"{page}/{path}", data, form_page=page).status_code == 303, path
    # Then every change holds
    _title, did, status, published, _programme, quotes, _themes, updates = _entry_state(
        app, site.ids["clinic_entry"])
    assert (did, status, published, quotes, updates) == ("Done.", "done", False, [], 2)


def test_admins_act_on_every_entry(app):
    site = _site(app)
    admin = signed_in(app, ADMIN)
    for entry in ("clinic_entry", "every_entry", "shelter_entry"):
        page = f"/staff/changes/{site.ids[entry]}"
        assert post_form(admin, f"{page}/publish", {"publish": "no"},
                         form_page=page).status_code == 303
        assert _entry_state(app, site.ids[entry])[3] is False


@pytest.mark.parametrize("programme", ["clinic_programme", "every programme"])
def test_staff_may_write_entries_only_about_their_own_programmes(app, programme):
    # Given a Safe House staff member on the new-entry form
    site = _site(app)
    staff = signed_in(app, SHELTER_STAFF)
    form = staff.get("/staff/changes/new").get_data(as_text=True)
    assert "Safe House" in form
    assert "Legal Clinic" not in form and "All programmes" not in form
    chosen = str(site.ids[programme]) if programme in site.ids else ""
    data = {"title": "A new kitchen", "heard": "The food was cold.", "did": "A new oven.",
            "status": "planned", "reason": "", "note": ""}
    before = _events(app)
    # When they post it about Legal Clinic, or about every programme
    refused = post_form(staff, "/staff/changes/new", {**data, "programme": chosen})
    # Then it is refused beside the field, what they typed is kept, and nothing is saved
    page = refused.get_data(as_text=True)
    assert refused.status_code == 400
    assert "Please choose one of the programmes." in page and "A new kitchen" in page
    assert _events(app) == before
    with app.app_context():
        assert db.session.scalar(select(ChangeEntry).where(
            ChangeEntry.title == "A new kitchen")) is None
    # And moving their own entry to another programme is refused the same way
    own = f"/staff/changes/{site.ids['shelter_entry']}"
    moved = post_form(staff, f"{own}/edit", {**data, "programme": chosen}, form_page=own)
    assert moved.status_code == 400
    assert _entry_state(app, site.ids["shelter_entry"])[4] == site.ids["shelter_programme"]
    # While their own programme is accepted
    saved = post_form(staff, "/staff/changes/new", {
        **data, "programme": str(site.ids["shelter_programme"])})
    assert saved.status_code == 303


def test_admins_may_still_write_about_every_programme(app):
    _site(app)
    admin = signed_in(app, ADMIN)
    assert "All programmes" in admin.get("/staff/changes/new").get_data(as_text=True)
    saved = post_form(admin, "/staff/changes/new", {
        "title": "Phones charged at every site", "programme": "", "heard": "", "did": "",
        "status": "planned", "reason": "", "note": ""})
    assert saved.status_code == 303


def test_staff_may_quote_only_answers_of_their_programmes(app):
    # Given a Safe House entry, and approved quotes of both programmes
    site = _site(app)
    staff = signed_in(app, SHELTER_STAFF)
    page = f"/staff/changes/{site.ids['shelter_entry']}"
    # Then only their programme's answer is offered
    shown = staff.get(page).get_data(as_text=True)
    assert "The new lock on my door lets me sleep." in shown
    assert "explained my case in my language" not in shown
    # And posting the other programme's answer is refused kindly
    refused = post_form(staff, f"{page}/quotes", {"answer": site.ids["clinic_answer"]},
                        form_page=page)
    assert refused.status_code == 400
    assert _entry_state(app, site.ids["shelter_entry"])[5] == []


def test_staff_may_link_only_themes_that_hold_their_programmes_answers(app):
    # Given a Safe House entry, a theme of Safe House answers and one of Legal Clinic answers
    site = _site(app)
    with app.app_context():
        nights = seed.theme(db.session, "Safe at night")
        seed.submission(db.session, themes=[nights], text="The dorm door does not lock.")
        waiting = seed.theme(db.session, "Waiting for the lawyer")
        seed.submission(db.session, themes=[waiting], text="I waited four hours at the clinic.",
                        programme="legal-clinic")
        db.session.commit()
        ids = {"nights": nights.id, "waiting": waiting.id}
    staff = signed_in(app, SHELTER_STAFF)
    page = f"/staff/changes/{site.ids['shelter_entry']}"
    # Then only their programme's theme is offered
    shown = staff.get(page).get_data(as_text=True)
    assert "Safe at night" in shown and "Waiting for the lawyer" not in shown
    # And posting the other programme's theme is refused beside the field, changing nothing
    before = _events(app)
    refused = post_form(staff, f"{page}/themes", {"themes": [ids["nights"], ids["waiting"]]},
                        form_page=page)
    assert refused.status_code == 400
    assert "Please choose themes from the list." in refused.get_data(as_text=True)
    assert _entry_state(app, site.ids["shelter_entry"])[6] == [] and _events(app) == before
    # While their own theme links
    assert post_form(staff, f"{page}/themes", {"themes": [ids["nights"]]},
                     form_page=page).status_code == 303
    assert _entry_state(app, site.ids["shelter_entry"])[6] == [ids["nights"]]
