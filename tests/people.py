"""Signed-in people for tests: accounts made through the service, clients signed in through the
real sign-in form, and form posts that carry the page's CSRF token."""

from __future__ import annotations

from typing import Any

from flask import Flask
from sqlalchemy import select

from feedback_app.extensions import db
from feedback_app.models import Account, Programme
from feedback_app.providers import password_policy
from feedback_app.services.accounts import create_account
from tests.support.html import NotOnPageError, csrf_token

PASSWORD = "correct horse battery staple"


def add_person(app: Flask, role: str, email: str | None = None, *,
               programmes: tuple[str, ...] = ()) -> int:
    """Create an account with PASSWORD; staff may be given programmes by slug. Returns its id."""
    email = email or f"{role}@example.org"
    with app.app_context():
        account = create_account(db.session, email=email, name=email.split("@")[0].title(),
                                 role=role, password=PASSWORD, policy=password_policy())
        if programmes:
            account.programmes = list(db.session.scalars(
                select(Programme).where(Programme.slug.in_(programmes))))
            db.session.commit()
        return account.id


def csrf_of(client: Any, path: str) -> str:
    try:
        return csrf_token(client.get(path).get_data(as_text=True))
    except NotOnPageError as error:
        raise NotOnPageError(f"no form with a CSRF token on {path}") from error


def post_form(client: Any, path: str, data: dict[str, Any], *, form_page: str | None = None):
    """POST like a browser: with the CSRF token from the page that shows the form."""
    token = csrf_of(client, form_page or path)
    return client.post(path, data={"csrf_token": token, **data})


def signed_in(app: Flask, email: str, password: str = PASSWORD) -> Any:
    """A fresh test client, signed in through the real sign-in page."""
    client = app.test_client()
    response = post_form(client, "/staff/sign-in", {"email": email, "password": password})
    assert response.status_code == 303, response.get_data(as_text=True)[:500]
    return client


def account_id(app: Flask, email: str) -> int:
    with app.app_context():
        return db.session.scalar(select(Account.id).where(Account.email == email))
