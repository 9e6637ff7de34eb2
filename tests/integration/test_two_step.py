"""Two-step sign-in (TOTP): set up with a real authenticator code, then sign-in asks for the
code; wrong and replayed codes are refused, failures lock like passwords; admins may require it."""

from __future__ import annotations

import datetime as dt
import re
import time
from collections.abc import Iterator

import pyotp
import pytest
from flask import Flask
from sqlalchemy import select

from feedback_app import create_app
from feedback_app.extensions import db
from feedback_app.models import Account, AuditEvent
from tests.apps import config_for_tests
from tests.people import PASSWORD, account_id, add_person, csrf_of, post_form, signed_in
from tests.support.html import images, text_with_class

WRONG = "That code did not work."


def _secret_of(page: str) -> str:
    shown = text_with_class(page, "secret")
    assert len(shown) == 1, page[:2000]
    return shown[0].replace(" ", "")


def _actions(app, email: str) -> list[str]:
    with app.app_context():
        who = db.session.scalar(select(Account.id).where(Account.email == email))
        return list(db.session.scalars(select(AuditEvent.action).where(
            AuditEvent.actor_id == who).order_by(AuditEvent.id)))


def _turn_on(app, client) -> str:
    """Set up two-step sign-in through the pages; returns the secret the page showed."""
    page = client.get("/staff/two-step").get_data(as_text=True)
    secret = _secret_of(page)
    response = post_form(client, "/staff/two-step/on", {"code": pyotp.TOTP(secret).now()},
                         form_page="/staff/two-step")
    assert response.status_code == 303, response.get_data(as_text=True)[:1500]
    return secret


def _password_step(client, email: str):
    return post_form(client, "/staff/sign-in", {"email": email, "password": PASSWORD})


def _next_code(secret: str) -> str:
    """The code of the next 30-second window (accepted: one window either side of now)."""
    return pyotp.TOTP(secret).at(time.time() + 30)


@pytest.mark.parametrize("role", ["staff", "board"])
def test_set_up_then_sign_in_needs_the_code(app, role):
    # Given a signed-in person who opens the two-step page
    email = f"{role}@example.org"
    add_person(app, role, email)
    client = signed_in(app, email)
    page = client.get("/staff/two-step").get_data(as_text=True)
    # Then the page shows the key in groups of four and a QR code as an SVG data URI
    assert re.fullmatch(r"(?:[A-Z2-7]{4} ){7}[A-Z2-7]{4}", text_with_class(page, "secret")[0])
    assert any(src.startswith("data:image/svg+xml") and alt.startswith("QR code")
               for src, alt in images(page)), images(page)
    assert 'style="' not in page and "<script>" not in page
    # and the secret is not saved until a code confirms it (a reload keeps the same key)
    assert _secret_of(client.get("/staff/two-step").get_data(as_text=True)) == _secret_of(page)
    with app.app_context():
        assert db.session.scalar(select(Account.totp_secret).where(Account.email == email)) \
            is None
    # When they confirm with a real code
    secret = _turn_on(app, client)
    with app.app_context():
        assert db.session.scalar(select(Account.totp_secret).where(Account.email == email)) \
            == secret
    # Then signing in asks for the code after the password, and not before it is typed
    fresh = app.test_client()
    step = _password_step(fresh, email)
    assert step.status_code == 303 and step.headers["Location"].endswith("/staff/sign-in/code")
    assert fresh.get("/staff/").status_code == 302
    assert fresh.get("/staff/two-step").status_code == 302
    wrong = post_form(fresh, "/staff/sign-in/code", {"code": "000000"})
    assert wrong.status_code == 400 and WRONG in wrong.get_data(as_text=True)
    assert 'value="000000"' in wrong.get_data(as_text=True)
    right = post_form(fresh, "/staff/sign-in/code", {"code": _next_code(secret)})
    assert right.status_code == 303
    assert fresh.get("/staff/", follow_redirects=True).status_code == 200
    # One event per action: enabled, and signed in only after the code
    actions = _actions(app, email)
    assert actions.count("account.two_step_enabled") == 1
    assert actions.count("account.signed_in") == 2  # the first sign-in, and the one with a code


def test_a_code_works_only_once(app):
    add_person(app, "staff", "sam@example.org")
    secret = _turn_on(app, signed_in(app, "sam@example.org"))
    code = _next_code(secret)
    first = app.test_client()
    _password_step(first, "sam@example.org")
    assert post_form(first, "/staff/sign-in/code", {"code": code}).status_code == 303
    second = app.test_client()
    _password_step(second, "sam@example.org")
    replay = post_form(second, "/staff/sign-in/code", {"code": code})
    assert replay.status_code == 400 and WRONG in replay.get_data(as_text=True)


@pytest.fixture
def second_process(database_url: str) -> Iterator[Flask]:
    """Another app on the test's database, standing in for another web process: it shares
    nothing with the first but the database."""
    other = create_app(config_for_tests(database_url))
    yield other
    with other.app_context():
        db.session.remove()
        db.engine.dispose()


def test_a_code_accepted_by_one_process_is_refused_by_another(app, second_process):
    # Given two web processes on one database, and an account with two-step sign-in
    first_process = app
    add_person(first_process, "staff", "sam@example.org")
    secret = _turn_on(first_process, signed_in(first_process, "sam@example.org"))
    # (the code's own step is read from the moment it is made for: the clock may cross into the
    # next 30 seconds before the last line)
    moment = time.time() + 30
    code = pyotp.TOTP(secret).at(moment)
    step = pyotp.TOTP(secret).timecode(dt.datetime.fromtimestamp(moment, dt.UTC))
    # When one process accepts a code
    first = first_process.test_client()
    _password_step(first, "sam@example.org")
    assert post_form(first, "/staff/sign-in/code", {"code": code}).status_code == 303
    # Then the other refuses the same code
    second = second_process.test_client()
    _password_step(second, "sam@example.org")
    replay = post_form(second, "/staff/sign-in/code", {"code": code})
    assert replay.status_code == 400 and WRONG in replay.get_data(as_text=True)
    # and the step accepted is kept on the account
    with second_process.app_context():
        last = db.session.scalar(select(Account.totp_last_step).where(
            Account.email == "sam@example.org"))
    assert last == step


def test_a_code_of_an_earlier_step_than_one_accepted_is_refused(app):
    # Given an account that signed in with the code of the next 30 seconds
    add_person(app, "staff", "sam@example.org")
    secret = _turn_on(app, signed_in(app, "sam@example.org"))
    first = app.test_client()
    _password_step(first, "sam@example.org")
    assert post_form(first, "/staff/sign-in/code", {"code": _next_code(secret)}).status_code \
        == 303
    # When someone types the code of the current 30 seconds, an earlier step
    second = app.test_client()
    _password_step(second, "sam@example.org")
    earlier = post_form(second, "/staff/sign-in/code",
                        {"code": pyotp.TOTP(secret).at(time.time() - 30)})
    # Then it is refused
    assert earlier.status_code == 400 and WRONG in earlier.get_data(as_text=True)


@pytest.mark.parametrize("typed", ["12345", "abcdef", "1234567", ""])
def test_malformed_codes_get_a_kind_message(app, typed):
    add_person(app, "staff", "sam@example.org")
    _turn_on(app, signed_in(app, "sam@example.org"))
    client = app.test_client()
    _password_step(client, "sam@example.org")
    response = post_form(client, "/staff/sign-in/code", {"code": typed})
    assert response.status_code == 400
    assert "Please type the 6 digits your app shows." in response.get_data(as_text=True)


def test_five_wrong_codes_lock_the_account_from_this_address(app):
    add_person(app, "staff", "sam@example.org")
    secret = _turn_on(app, signed_in(app, "sam@example.org"))
    client = app.test_client()
    _password_step(client, "sam@example.org")
    for wrong in ("000000", "111111", "222222", "333333", "444444"):
        assert post_form(client, "/staff/sign-in/code", {"code": wrong}).status_code == 400
    # The right code is refused now too, and so is the right password from this address
    # (wrong codes count with wrong passwords: tests/integration/test_sign_in_limits.py).
    assert post_form(client, "/staff/sign-in/code", {"code": _next_code(secret)}).status_code \
        == 429
    assert _password_step(app.test_client(), "sam@example.org").status_code == 429


def test_code_page_without_a_password_first_goes_back_to_sign_in(client):
    response = client.get("/staff/sign-in/code")
    assert response.status_code == 303 and response.headers["Location"].endswith("/staff/sign-in")


def test_wrong_setup_code_is_refused_and_nothing_is_saved(app):
    add_person(app, "staff", "sam@example.org")
    client = signed_in(app, "sam@example.org")
    secret = _secret_of(client.get("/staff/two-step").get_data(as_text=True))
    wrong = post_form(client, "/staff/two-step/on", {"code": "123 456"},
                      form_page="/staff/two-step")
    assert wrong.status_code == 400 and WRONG in wrong.get_data(as_text=True)
    assert _secret_of(wrong.get_data(as_text=True)) == secret  # the same key, to try again
    with app.app_context():
        assert db.session.scalar(select(Account.totp_secret)) is None
    assert "account.two_step_enabled" not in _actions(app, "sam@example.org")


def test_turning_off_needs_the_password(app):
    add_person(app, "staff", "sam@example.org")
    client = signed_in(app, "sam@example.org")
    _turn_on(app, client)
    wrong = post_form(client, "/staff/two-step/off", {"password": "not my password at all"},
                      form_page="/staff/two-step")
    assert wrong.status_code == 400
    assert "That is not your password" in wrong.get_data(as_text=True)
    off = post_form(client, "/staff/two-step/off", {"password": PASSWORD},
                    form_page="/staff/two-step")
    assert off.status_code == 303
    with app.app_context():
        assert db.session.scalar(select(Account.totp_secret)) is None
    assert _actions(app, "sam@example.org").count("account.two_step_disabled") == 1
    assert _password_step(app.test_client(), "sam@example.org").headers["Location"].endswith(
        "/staff/")


def test_required_two_step_forces_set_up_and_cannot_be_turned_off(app):
    # Given an admin requires two-step sign-in for a staff member without it
    add_person(app, "admin", "ada@example.org")
    staff_id = add_person(app, "staff", "sam@example.org")
    admin = signed_in(app, "ada@example.org")
    page = f"/staff/accounts/{staff_id}"
    assert post_form(admin, f"{page}/two-step", {"required": "yes"},
                     form_page=page).status_code == 303
    # When they sign in with their password
    client = signed_in(app, "sam@example.org")
    # Then every page except the set-up and sign-out sends them to the set-up
    for path in ("/staff/", "/staff/inbox", "/board/"):
        response = client.get(path)
        assert response.status_code == 303, path
        assert response.headers["Location"].endswith("/staff/two-step")
    setup = client.get("/staff/two-step").get_data(as_text=True)
    assert "An admin asks you to set up two-step sign-in" in setup
    token = csrf_of(client, "/staff/two-step")
    reply = client.post("/staff/sign-out", data={"csrf_token": token})
    assert reply.status_code == 303 and reply.headers["Location"].endswith("/staff/sign-in")
    client = signed_in(app, "sam@example.org")
    # After setting it up, the pages open, and it cannot be turned off
    _turn_on(app, client)
    assert client.get("/staff/").status_code == 200
    on = client.get("/staff/two-step").get_data(as_text=True)
    assert "cannot be turned off" in on and "/staff/two-step/off" not in on
    refused = post_form(client, "/staff/two-step/off", {"password": PASSWORD},
                        form_page="/staff/two-step")
    assert refused.status_code == 303
    with app.app_context():
        assert db.session.get(Account, staff_id).totp_secret is not None
    assert "account.two_step_disabled" not in _actions(app, "sam@example.org")


def test_joining_and_signing_in_never_show_the_secret_to_others(app):
    add_person(app, "staff", "sam@example.org")
    secret = _turn_on(app, signed_in(app, "sam@example.org"))
    add_person(app, "admin", "ada@example.org")
    admin = signed_in(app, "ada@example.org")
    staff_id = account_id(app, "sam@example.org")
    for path in ("/staff/accounts", f"/staff/accounts/{staff_id}"):
        assert secret not in admin.get(path).get_data(as_text=True)
