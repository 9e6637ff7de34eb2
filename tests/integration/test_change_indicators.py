"""Staff name the indicators a change-log entry means to move (SQLite and PostgreSQL): boxes of
the entry's programme's indicators, saved with the entry and audited with it, ticked again when
editing; anything else is refused with a kind message beside the boxes, and everything typed is
kept."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select

from feedback_app.config import SURVEYS_DIR
from feedback_app.extensions import db
from feedback_app.models import AuditEvent, ChangeEntry, Programme
from feedback_app.services.indicators import indicators
from feedback_app.services.surveys import SurveyCatalogue
from tests.people import add_person, post_form, signed_in
from tests.support.html import parse

STAFF = "sam@example.org"  # answers for Safe House (the shelter survey) only
ADMIN = "ada@example.org"
# Every indicator of the shelter survey, in the order its file gives them.
SHELTER = [i.question for i in indicators(SurveyCatalogue(SURVEYS_DIR), "shelter")]
REFUSED = "Please choose from what the programme"


def _boxes(html: str) -> dict[str, bool]:
    """Indicator key -> whether its box is ticked, in page order."""
    return {str(box.get("value")): box.get("checked") is not None
            for box in parse(html).xpath("//input[@type='checkbox'][@name='indicators']")}


def _programme_id(app: Any, slug: str) -> str:
    with app.app_context():
        return str(db.session.scalar(select(Programme.id).where(Programme.slug == slug)))


def _events(app: Any, action: str) -> list[AuditEvent]:
    with app.app_context():
        return list(db.session.scalars(select(AuditEvent).where(AuditEvent.action == action)
                                       .order_by(AuditEvent.id)))


def _saved(app: Any, entry_id: int) -> tuple[str, list[str]]:
    with app.app_context():
        entry = db.session.get(ChangeEntry, entry_id)
        return entry.title, sorted(link.question for link in entry.indicators)


def _new(client: Any, app: Any, indicators: list[str], programme: str = "safe-house") -> Any:
    return post_form(client, "/staff/changes/new", {
        "title": "Locks on the dorm doors", "programme": _programme_id(app, programme),
        "heard": "People did not feel safe at night.", "did": "", "status": "planned",
        "note": "", "reason": "", "indicators": indicators})


def test_staff_name_their_programmes_indicators_saved_audited_and_ticked_again(app):
    add_person(app, "staff", STAFF, programmes=("safe-house",))
    staff = signed_in(app, STAFF)
    # Given the new-entry page offers the shelter survey's indicators, none ticked
    new_page = staff.get("/staff/changes/new").get_data(as_text=True)
    assert _boxes(new_page) == dict.fromkeys(SHELTER, False)
    assert "Felt safe" in new_page and "Stable place to live" in new_page
    # When the staff member ticks two and saves
    response = _new(staff, app, ["stable_housing", "felt_safe"])
    assert response.status_code == 303
    entry_id = int(response.headers["Location"].rsplit("/", 1)[1])
    # Then both are saved, in the audit event of the new entry, and ticked on its page
    assert _saved(app, entry_id)[1] == ["felt_safe", "stable_housing"]
    assert _events(app, "changes.created")[-1].detail["indicators"] == ["felt_safe",
                                                                        "stable_housing"]
    page = f"/staff/changes/{entry_id}"
    assert _boxes(staff.get(page).get_data(as_text=True)) == {
        key: key in ("felt_safe", "stable_housing") for key in SHELTER}
    # When they edit and keep only "respected"
    edited = post_form(staff, f"{page}/edit", {
        "title": "Locks on the dorm doors", "programme": _programme_id(app, "safe-house"),
        "heard": "", "did": "", "indicators": ["respected"]}, form_page=page)
    assert edited.status_code == 303
    # Then that is what is saved and audited with the edit
    assert _saved(app, entry_id)[1] == ["respected"]
    assert _events(app, "changes.edited")[-1].detail["indicators"] == ["respected"]
    assert _boxes(staff.get(page).get_data(as_text=True))["respected"] is True


@pytest.mark.parametrize("wanted", [
    ["made_up"],  # no such indicator anywhere
    ["understood_options"],  # a question of the legal clinic's survey, not the shelter's
    ["felt_safe", "x" * 500],  # one good, one nonsense: the whole change is refused
])
def test_indicators_of_no_or_another_programme_are_refused_keeping_what_was_typed(app, wanted):
    add_person(app, "staff", STAFF, programmes=("safe-house",))
    staff = signed_in(app, STAFF)
    entry_id = int(_new(staff, app, ["respected"]).headers["Location"].rsplit("/", 1)[1])
    page = f"/staff/changes/{entry_id}"
    edits = len(_events(app, "changes.edited"))
    # When the edit names an indicator that is not the programme's
    response = post_form(staff, f"{page}/edit", {
        "title": "Locks and lights", "programme": _programme_id(app, "safe-house"),
        "heard": "It was dark by the gate.", "did": "", "indicators": wanted}, form_page=page)
    # Then it is refused kindly, beside the boxes, with everything typed still there
    assert response.status_code == 400
    html = response.get_data(as_text=True)
    assert REFUSED in html
    tree = parse(html)
    assert tree.xpath("//form[contains(@action, '/edit')]//input[@name='title']/@value") == [
        "Locks and lights"]
    assert "It was dark by the gate." in html
    assert _boxes(html) == {k: k in wanted for k in SHELTER}
    # and nothing changed or was audited
    assert _saved(app, entry_id) == ("Locks on the dorm doors", ["respected"])
    assert len(_events(app, "changes.edited")) == edits


def test_an_entry_about_every_programme_names_no_indicator(app):
    add_person(app, "admin", ADMIN)
    admin = signed_in(app, ADMIN)
    # The new-entry page starts on "All programmes": no boxes, a word on why
    page = admin.get("/staff/changes/new").get_data(as_text=True)
    assert _boxes(page) == {}
    assert "An entry about one programme" in page
    response = post_form(admin, "/staff/changes/new", {
        "title": "Bus fares for everyone", "programme": "", "heard": "Fares.", "did": "",
        "status": "planned", "note": "", "reason": "", "indicators": ["felt_safe"]})
    assert response.status_code == 400
    html = response.get_data(as_text=True)
    assert REFUSED in html and "Bus fares for everyone" in html
    with app.app_context():
        assert db.session.scalars(select(ChangeEntry)).all() == []


def test_moving_an_entry_to_another_programme_refuses_the_old_ticks_and_lists_the_new(app):
    add_person(app, "admin", ADMIN)
    admin = signed_in(app, ADMIN)
    entry_id = int(_new(admin, app, ["stable_housing"]).headers["Location"].rsplit("/", 1)[1])
    page = f"/staff/changes/{entry_id}"
    # When the admin moves it to the legal clinic with the shelter's box still ticked
    response = post_form(admin, f"{page}/edit", {
        "title": "Locks on the dorm doors", "programme": _programme_id(app, "legal-clinic"),
        "heard": "", "did": "", "indicators": ["stable_housing"]}, form_page=page)
    # Then it is refused and the boxes now are the legal clinic's (a legal clinic asks
    # nothing about housing)
    assert response.status_code == 400
    html = response.get_data(as_text=True)
    assert REFUSED in html and "stable_housing" not in _boxes(html)
    assert _saved(app, entry_id)[1] == ["stable_housing"]
    # and sent again without the old tick, the move is saved with no indicator
    moved = post_form(admin, f"{page}/edit", {
        "title": "Locks on the dorm doors", "programme": _programme_id(app, "legal-clinic"),
        "heard": "", "did": ""}, form_page=page)
    assert moved.status_code == 303 and _saved(app, entry_id)[1] == []
