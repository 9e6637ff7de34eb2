"""Wherever a password is set (the first admin, joining, a reset link) it must be long and hard
to guess, and the page says why in the reader's language."""

from __future__ import annotations

import re

import pytest
from flask_babel import force_locale
from sqlalchemy import func, select

from feedback_app.auth.forms import GUESSABLE_MESSAGES
from feedback_app.extensions import db
from feedback_app.models import Account
from feedback_app.services.passwords import PasswordProblem
from tests.people import add_person, csrf_of, post_form, signed_in
from tests.support.html import value_of

COMMON = "qwerty123456"
PATTERN = "aaaaaaaaaaaa"


def _invitation(app) -> str:
    add_person(app, "admin", "ada@example.org")
    admin = signed_in(app, "ada@example.org")
    page = post_form(admin, "/staff/accounts/invite", {"email": "nia@example.org",
                                                       "role": "board"},
                     form_page="/staff/accounts")
    found = re.search(r"(/staff/join/[^\"<\s]+)", value_of(page.get_data(as_text=True),
                                                           "new-link") or "")
    assert found, page.get_data(as_text=True)[:2000]
    return found.group(1)


def _reset_link(app) -> str:
    staff_id = add_person(app, "staff", "sam@example.org")
    add_person(app, "admin", "ada@example.org")
    admin = signed_in(app, "ada@example.org")
    page = post_form(admin, f"/staff/accounts/{staff_id}/reset-link", {},
                     form_page=f"/staff/accounts/{staff_id}")
    found = re.search(r"(/staff/reset/[^\"<\s]+)", value_of(page.get_data(as_text=True),
                                                            "new-link") or "")
    assert found, page.get_data(as_text=True)[:2000]
    return found.group(1)


def _message(app, problem: PasswordProblem, language: str = "en") -> str:
    with app.test_request_context(), force_locale(language):
        return str(GUESSABLE_MESSAGES[problem])


@pytest.mark.parametrize(("password", "problem"), [(PATTERN, PasswordProblem.PATTERN),
                                                   (COMMON, PasswordProblem.COMMON)])
def test_joining_with_a_guessable_password_is_refused_and_says_why(app, password, problem):
    # Given an invitation
    path = _invitation(app)
    newcomer = app.test_client()
    # When the invited person chooses a long but guessable password
    refused = post_form(newcomer, path, {"name": "Nia", "password": password,
                                         "password_again": password})
    # Then the page says why, beside the field, and no account is made
    page = refused.get_data(as_text=True)
    assert refused.status_code == 400 and _message(app, problem) in page
    assert 'aria-invalid="true"' in page and 'value="Nia"' in page
    with app.app_context():
        assert db.session.scalar(select(func.count()).select_from(Account).where(
            Account.email == "nia@example.org")) == 0


@pytest.mark.parametrize(("password", "problem"), [(PATTERN, PasswordProblem.PATTERN),
                                                   (COMMON, PasswordProblem.COMMON)])
def test_a_reset_to_a_guessable_password_is_refused_and_the_old_one_still_works(
        app, password, problem):
    path = _reset_link(app)
    refused = post_form(app.test_client(), path, {"password": password,
                                                  "password_again": password})
    assert refused.status_code == 400 and _message(app, problem) in refused.get_data(as_text=True)
    signed_in(app, "sam@example.org")  # the password from before is unchanged


@pytest.mark.parametrize(("password", "message"), [
    (PATTERN, "repeats or runs through characters"),
    (COMMON, "one of the most common ones"),
])
def test_the_first_admin_may_not_have_a_guessable_password(app, password, message):
    result = app.test_cli_runner().invoke(
        args=["accounts", "create", "--email", "ada@example.org", "--role", "admin",
              "--password-stdin"], input=password + "\n")
    assert result.exit_code != 0 and message in result.output, result.output


@pytest.mark.parametrize("language", ["es", "fr", "pt", "ar"])
@pytest.mark.parametrize("problem", [PasswordProblem.PATTERN, PasswordProblem.COMMON])
def test_the_reason_is_given_in_every_language(app, language, problem):
    # Given an invitation opened in the reader's language
    path = _invitation(app)
    newcomer = app.test_client()
    newcomer.environ_base["HTTP_ACCEPT_LANGUAGE"] = language
    password = PATTERN if problem is PasswordProblem.PATTERN else COMMON
    # When they choose a guessable password
    refused = newcomer.post(path, data={"csrf_token": csrf_of(newcomer, path), "name": "Nia",
                                        "password": password, "password_again": password})
    # Then the reason is in their language, not in English
    translated = _message(app, problem, language)
    assert translated != _message(app, problem)
    assert refused.status_code == 400 and translated in refused.get_data(as_text=True)
