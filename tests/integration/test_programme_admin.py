"""Admins add and edit programmes and pick a survey version; staff print a poster whose QR code
holds only the plain link."""

from __future__ import annotations

import segno
from sqlalchemy import func, select

from feedback_app.extensions import db
from feedback_app.models import AuditEvent, Programme
from tests.people import add_person, post_form, signed_in
from tests.support.html import images


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
    src = images(page)[0][0]
    # The QR code encodes exactly the plain link, nothing more.
    assert src == segno.make("http://localhost/p/safe-house", error="m").svg_data_uri(
        scale=6, border=2)
    assert staff.get(f"/staff/programmes/{legal.id}/poster").status_code == 404
    assert staff.get("/staff/programmes").status_code == 403
    with app.app_context():
        assert db.session.scalar(select(func.count()).select_from(AuditEvent).where(
            AuditEvent.action.like("programme.edited"))) == 0


def test_admin_sets_an_sms_keyword_and_bad_ones_get_a_kind_error(app):
    add_person(app, "admin")
    admin = signed_in(app, "admin@example.org")
    fields = {"name": "Night Shelter", "kind": "shelter", "survey": "shelter",
              "languages": ["en"]}
    for typed, message in (("STOP", "such as STOP or HELP"), ("Shelter", "uses this keyword"),
                           ("9LIVES", "starting with a letter")):
        bad = post_form(admin, "/staff/programmes/new", {**fields, "slug": "night",
                                                         "sms_keyword": typed})
        assert bad.status_code == 400, typed
        page = bad.get_data(as_text=True)
        assert message in page and f'value="{typed}"' in page  # what was typed stays
    assert _programme(app, "night") is None
    added = post_form(admin, "/staff/programmes/new", {**fields, "slug": "night",
                                                       "sms_keyword": " Nuit "})
    assert added.status_code == 303 and _programme(app, "night").sms_keyword == "NUIT"
    edit = f"/staff/programmes/{_programme(app, 'night').id}/edit"
    assert "NUIT" in admin.get(edit).get_data(as_text=True)
    taken = post_form(admin, edit, {**fields, "active": "y", "sms_keyword": "legal"})
    assert taken.status_code == 400 and _programme(app, "night").sms_keyword == "NUIT"
    cleared = post_form(admin, edit, {**fields, "active": "y", "sms_keyword": ""})
    assert cleared.status_code == 303 and _programme(app, "night").sms_keyword is None


def test_poster_shows_the_sms_keyword_only_when_sms_is_on_and_a_number_is_set(app):
    from feedback_app.sms.gateways import configured_gateway
    from tests.sms_phone import twilio_settings

    add_person(app, "staff", programmes=("safe-house",))
    staff = signed_in(app, "staff@example.org")
    poster = f"/staff/programmes/{_programme(app, 'safe-house').id}/poster"
    for settings, shown in (({"SMS_NUMBER": "+44 7700 900000"}, False),
                            (twilio_settings(), False),
                            ({**twilio_settings(), "SMS_NUMBER": "+44 7700 900000"}, True)):
        app.config.update({"SMS_GATEWAY": "", "SMS_NUMBER": "", **settings})
        app.extensions["sms_gateway"] = configured_gateway(app.config)
        text = staff.get(poster).get_data(as_text=True)
        assert ("Text SHELTER to +44 7700 900000" in text) is shown, settings
