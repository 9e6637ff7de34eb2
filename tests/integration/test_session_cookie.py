"""The session cookie holds nothing readable that matters, and a planted one reaches nothing.

Flask signs its session cookie but does not encrypt it: these tests decode it as anyone holding
a copy could (Flask's own serializer) and look for the receipt key and the two-step secret.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from flask import Flask
from sqlalchemy import select

from feedback_app.extensions import db
from feedback_app.models import Submission
from feedback_app.session_state import seal, unseal
from tests.flow import Survivor
from tests.people import add_person, csrf_of, post_form, signed_in
from tests.support.html import csrf_token, field_names, text_with_class

WORDS = "the night staff never listened to me"


def _cookie(app: Flask, client: Any) -> dict[str, Any]:
    """What the browser's session cookie says, decoded as anyone holding a copy could."""
    cookie = client.get_cookie(app.config["SESSION_COOKIE_NAME"])
    assert cookie is not None
    return app.session_interface.get_signing_serializer(app).loads(cookie.value)


def _plant(app: Flask, planter: Any) -> Any:
    """A survivor's browser holding a cookie that `planter` made and keeps a copy of."""
    name = app.config["SESSION_COOKIE_NAME"]
    survivor = app.test_client()
    survivor.set_cookie(name, planter.get_cookie(name).value)
    return survivor


def test_an_opened_receipt_key_is_not_readable_in_the_cookie(app):
    # Given a survivor who sent feedback and opened it again with the receipt code
    code = Survivor(app.test_client()).submits(should_change=WORDS)
    returning = Survivor(app.test_client())
    returning.opens_receipt(code)
    assert WORDS in returning.html  # the receipt is open
    with app.app_context():
        receipt_key = db.session.scalar(select(Submission.receipt_key))
    # Then the cookie does not show the receipt key (nor the code), however it is read
    stored = json.dumps(_cookie(app, returning.client))
    assert receipt_key not in stored and code.replace(" ", "") not in stored.replace(" ", "")
    # and the receipt stays open on the next visit
    assert WORDS in returning.get("/r").get_data(as_text=True)


def test_the_two_step_secret_being_set_up_is_not_readable_in_the_cookie(app):
    # Given a staff member on the page that sets up two-step sign-in
    add_person(app, "staff", "sam@example.org")
    client = signed_in(app, "sam@example.org")
    page = client.get("/staff/two-step").get_data(as_text=True)
    secret = text_with_class(page, "secret")[0].replace(" ", "")
    # Then the cookie does not show the secret the page shows
    assert secret not in json.dumps(_cookie(app, client))
    # and the page keeps the same secret while it waits for a code
    again = client.get("/staff/two-step").get_data(as_text=True)
    assert text_with_class(again, "secret")[0].replace(" ", "") == secret


def test_a_sealed_value_opens_only_in_its_own_field_and_unchanged(app):
    with app.test_request_context():
        sealed = seal({"key": "k"}, field="receipt")
        assert unseal(sealed, field="receipt") == {"key": "k"}
        assert seal({"key": "k"}, field="receipt") != sealed  # never the same twice
        assert unseal(sealed, field="two_step_setup") is None
        altered = sealed[:-4] + ("AAAA" if sealed[-4:] != "AAAA" else "BBBB")
        for wrong in (altered, "", "not sealed", None, 7, "A" * 5000):
            assert unseal(wrong, field="receipt") is None
    app.config["SECRET_KEY"] = "another deployment's key"
    with app.test_request_context():
        assert unseal(sealed, field="receipt") is None


def test_signing_in_gives_the_session_a_new_csrf_token(app):
    # Given someone on the sign-in page, whose form carries the session's CSRF token
    add_person(app, "admin", "ada@example.org")
    client = app.test_client()
    before_token = csrf_of(client, "/staff/sign-in")
    before = _cookie(app, client)["csrf_token"]
    # When they sign in
    response = client.post("/staff/sign-in", data={
        "csrf_token": before_token, "email": "ada@example.org",
        "password": "correct horse battery staple"})
    assert response.status_code == 303
    # Then the session has another CSRF token, and a form with the old one is refused
    assert _cookie(app, client).get("csrf_token") != before
    stale = client.post("/staff/programmes/new", data={"csrf_token": before_token,
                                                       "slug": "stale-form"})
    assert stale.status_code == 400 and "This page had expired" in stale.get_data(as_text=True)
    assert post_form(client, "/staff/sign-out", {}, form_page="/staff/").status_code == 303


def test_a_planted_cookie_shares_nothing_with_the_survey_the_survivor_starts(app):
    # Given someone who opened a programme page, and planted their cookie on a survivor's phone
    planter = Survivor(app.test_client())
    planter.opens_programme()
    planted = _cookie(app, planter.client)
    survivor = Survivor(_plant(app, planter.client))
    # When the survivor starts the survey
    survivor.opens_programme()
    survivor.chooses_language()
    # Then the survivor's session has nothing of the planted one: not even its CSRF token
    started = _cookie(app, survivor.client)
    assert "draft" in started
    assert started.get("csrf_token") != planted.get("csrf_token")
    assert csrf_token(survivor.html) != planter.csrf()


def test_a_planted_cookie_holding_a_draft_stops_reaching_it_once_the_survivor_answers(app):
    # Given someone who started a survey and planted that cookie, keeping a copy
    planter = Survivor(app.test_client())
    planter.opens_programme()
    planter.chooses_language()
    survivor = Survivor(_plant(app, planter.client))
    # When the survivor goes on from where the planted draft was, and answers
    survivor.get()
    survivor.reads_before_you_start()
    survivor.consents()
    while survivor.step().startswith("page:"):
        answers = {"should_change": WORDS} if "should_change" in field_names(survivor.html) \
            else {}
        survivor.answers_page(**answers)
    assert survivor.step() == "preview" and WORDS in survivor.html
    # Then the copy no longer reaches the draft: the planter is back at the language step
    planter.get()
    assert planter.step() == "language"
    assert WORDS not in planter.html
    # and the survivor still sends their feedback
    assert len(survivor.sends()) == 20


@pytest.mark.parametrize("action", ["reads_before_you_start", "consents"])
def test_every_step_gives_the_draft_a_new_token(app, action):
    survivor = Survivor(app.test_client())
    survivor.opens_programme()
    survivor.chooses_language()
    if action == "consents":
        survivor.reads_before_you_start()
    before = _cookie(app, survivor.client)["draft"]
    getattr(survivor, action)()
    assert _cookie(app, survivor.client)["draft"] != before
