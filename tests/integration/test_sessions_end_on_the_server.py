"""A session ends on the server: a copy of the cookie taken before sign-out, a password reset or
an admin's reset link signs nobody in afterwards."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from flask import Flask

from tests.people import add_person, post_form, signed_in
from tests.support.html import value_of

NEW_PASSWORD = "a brand new passphrase here"


def _copy_of(app: Flask, client: Any) -> Any:
    """Another browser holding a copy of `client`'s session cookie, as a thief would."""
    name = app.config["SESSION_COOKIE_NAME"]
    thief = app.test_client()
    thief.set_cookie(name, client.get_cookie(name).value)
    return thief


def _signed_in(client: Any) -> bool:
    return client.get("/staff/").status_code == 200


def test_a_cookie_copied_before_sign_out_no_longer_signs_in(app):
    # Given a staff member signed in, and a copy of their cookie taken meanwhile
    add_person(app, "staff", "sam@example.org")
    desk = signed_in(app, "sam@example.org")
    copy = _copy_of(app, desk)
    assert _signed_in(copy)  # the copy works while the session is open
    # When they sign out
    signed_out = post_form(desk, "/staff/sign-out", {}, form_page="/staff/")
    assert signed_out.status_code == 303
    # Then neither the browser nor the copy is signed in any more
    assert not _signed_in(desk)
    assert not _signed_in(copy)
    # and signing in again works as before
    assert _signed_in(signed_in(app, "sam@example.org"))


def test_signing_out_ends_the_sessions_on_every_device(app):
    # Given a board member signed in on a laptop and a phone
    add_person(app, "board", "bea@example.org")
    laptop, phone = signed_in(app, "bea@example.org"), signed_in(app, "bea@example.org")
    assert laptop.get("/board/").status_code == phone.get("/board/").status_code == 200
    # When they sign out on the laptop
    post_form(laptop, "/staff/sign-out", {}, form_page="/board/")
    # Then the phone's session has ended too (one session version per account)
    assert phone.get("/board/").status_code == 302


def test_an_admins_reset_link_signs_the_account_out_at_once(app):
    # Given a staff member signed in, and an admin
    staff_id = add_person(app, "staff", "sam@example.org")
    add_person(app, "admin", "ada@example.org")
    admin, desk = signed_in(app, "ada@example.org"), signed_in(app, "sam@example.org")
    copy = _copy_of(app, desk)
    # When the admin makes a reset link, before anyone uses it
    made = post_form(admin, f"/staff/accounts/{staff_id}/reset-link", {},
                     form_page=f"/staff/accounts/{staff_id}")
    assert made.status_code == 200
    # Then the staff member's session and its copy have ended, and the admin's has not
    assert not _signed_in(desk) and not _signed_in(copy)
    assert _signed_in(admin)


def test_a_password_reset_ends_a_copied_session_made_after_the_link(app):
    # Given a reset link, then a sign-in with the old password and a copy of that cookie
    staff_id = add_person(app, "staff", "sam@example.org")
    add_person(app, "admin", "ada@example.org")
    admin = signed_in(app, "ada@example.org")
    made = post_form(admin, f"/staff/accounts/{staff_id}/reset-link", {},
                     form_page=f"/staff/accounts/{staff_id}")
    path = urlsplit(value_of(made.get_data(as_text=True), "new-link") or "").path
    assert path.startswith("/staff/reset/")
    desk = signed_in(app, "sam@example.org")
    copy = _copy_of(app, desk)
    # When the new password is chosen through the link
    done = post_form(app.test_client(), path,
                     {"password": NEW_PASSWORD, "password_again": NEW_PASSWORD})
    assert done.status_code == 303
    # Then the session from before and its copy have ended
    assert not _signed_in(desk) and not _signed_in(copy)
    assert _signed_in(signed_in(app, "sam@example.org", NEW_PASSWORD))
