"""Admins add and edit programmes and pick a survey version; staff print a poster whose QR code
holds only the plain link."""

from __future__ import annotations

import html

import segno
from sqlalchemy import func, select

from feedback_app.extensions import db
from feedback_app.models import AuditEvent, Programme
from tests.people import add_person, post_form, signed_in


def _programme(app, slug: str) -> Programme | None:
    with app.app_context():
        return db.session.scalar(select(Programme).where(Programme.slug == slug))


def test_admin_adds_and_edits_a_programme(app):
    add_person(app, "admin")
    admin = signed_in(app, "admin@example.org")
    bad = post_form(admin, "/staff/programmes/new", {
        "name": "Night Shelter", "slug": "Night Shelter!", "kind": "shelter",
        "survey": "shelter", "languages": ["en", "es"]})
    assert bad.status_code == 400
    page = bad.get_data(as_text=True)
    assert "Use only lowercase letters, digits and dashes" in page
    assert 'value="Night Shelter"' in page  # what was typed stays
    added = post_form(admin, "/staff/programmes/new", {
        "name": "Night Shelter", "slug": "night-shelter", "kind": "shelter",
        "survey": "shelter/1", "languages": ["en", "es"]})
    assert added.status_code == 303
    programme = _programme(app, "night-shelter")
    assert programme.survey_version == 1 and programme.languages == ["en", "es"]
    duplicate = post_form(admin, "/staff/programmes/new", {
        "name": "Again", "slug": "night-shelter", "kind": "shelter", "survey": "shelter",
        "languages": ["en"]})
    assert duplicate.status_code == 400
    edit = f"/staff/programmes/{programme.id}/edit"
    assert post_form(admin, edit, {"name": "Night Shelter North", "kind": "shelter",
                                   "survey": "shelter", "languages": ["en"]}).status_code == 303
    programme = _programme(app, "night-shelter")
    assert (programme.name, programme.survey_version, programme.active) == (
        "Night Shelter North", None, False)
    closed = app.test_client().get("/p/night-shelter")
    assert closed.status_code == 404
    unknown_survey = post_form(admin, edit, {"name": "X", "kind": "shelter",
                                             "survey": "no-such-survey", "languages": ["en"]})
    assert unknown_survey.status_code == 400
    with app.app_context():
        events = db.session.scalars(select(AuditEvent.action).where(
            AuditEvent.target_kind == "programme",
            AuditEvent.target_id == programme.id)).all()
    assert sorted(events) == ["programme.added", "programme.edited"]


def test_poster_carries_the_plain_link_as_a_qr_code(app):
    add_person(app, "staff", programmes=("safe-house",))
    staff = signed_in(app, "staff@example.org")
    safe_house = _programme(app, "safe-house")
    legal = _programme(app, "legal-clinic")
    page = staff.get(f"/staff/programmes/{safe_house.id}/poster").get_data(as_text=True)
    assert "http://localhost/p/safe-house" in page
    src = html.unescape(page.split('<img src="', 1)[1].split('"', 1)[0])
    # The QR code encodes exactly the plain link, nothing more.
    assert src == segno.make("http://localhost/p/safe-house", error="m").svg_data_uri(
        scale=6, border=2)
    assert staff.get(f"/staff/programmes/{legal.id}/poster").status_code == 404
    assert staff.get("/staff/programmes").status_code == 403
    with app.app_context():
        assert db.session.scalar(select(func.count()).select_from(AuditEvent).where(
            AuditEvent.action.like("programme.edited"))) == 0
