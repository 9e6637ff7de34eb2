"""Accounts: the first admin from the CLI, sign-in with argon2id, same message for every failure,
per-account lockout, rehash of weaker hashes, session-only cookies."""

from __future__ import annotations

import datetime as dt
import time

from sqlalchemy import func, select

from feedback_app.extensions import db
from feedback_app.models import Account, AuditEvent
from feedback_app.services.accounts import PasswordPolicy, create_account
from tests.people import add_person, csrf_of, post_form, signed_in
from tests.support.html import link_named, table_rows

PASSWORD = "correct horse battery staple"


def create_admin(app, email: str = "ada@example.org") -> None:
    result = app.test_cli_runner().invoke(
        args=["accounts", "create", "--email", email, "--role", "admin", "--password-stdin"],
        input=PASSWORD + "\n")
    assert result.exit_code == 0, result.output
    assert f"Created admin account {email}." in result.output


def sign_in(client, email: str, password: str):
    return post_form(client, "/staff/sign-in", {"email": email, "password": password})


def test_first_admin_signs_in_with_a_session_cookie_only(app, client):
    create_admin(app)
    with app.app_context():
        account = db.session.scalars(select(Account)).one()
        assert account.password_hash.startswith("$argon2id$v=19$m=19456,t=2,")
    response = sign_in(client, "Ada@Example.org ", PASSWORD)
    assert response.status_code == 303 and response.headers["Location"].endswith("/staff/")
    cookies = response.headers.getlist("Set-Cookie")
    assert all(not c.lower().startswith("remember_token") for c in cookies)
    assert all("expires" not in c.lower() for c in cookies)
    home = client.get("/staff/").get_data(as_text=True)
    assert "You are signed in as ada@example.org (admin)." in home
    with app.app_context():
        assert db.session.scalar(select(func.count()).select_from(AuditEvent).where(
            AuditEvent.action == "account.signed_in")) == 1


def test_signed_out_visitors_are_sent_to_sign_in(client):
    response = client.get("/staff/")
    assert response.status_code == 302 and "/staff/sign-in" in response.headers["Location"]


def test_unknown_email_and_wrong_password_get_the_same_answer(app, client):
    create_admin(app)
    wrong = sign_in(client, "ada@example.org", "not the password at all")
    unknown = sign_in(app.test_client(), "nobody@example.org", PASSWORD)
    assert wrong.status_code == unknown.status_code == 400
    message = "That email and password do not match an account."
    assert message in wrong.get_data(as_text=True) and message in unknown.get_data(as_text=True)


def test_sixth_failure_in_a_minute_locks_the_account_even_for_the_right_password(app, client):
    create_admin(app)
    for _ in range(5):
        assert sign_in(client, "ada@example.org", "wrong password guess").status_code == 400
    assert sign_in(client, "ada@example.org", PASSWORD).status_code == 429
    other = app.test_client()  # another account is not locked by this one's failures
    create_admin(app, email="bo@example.org")
    assert sign_in(other, "bo@example.org", PASSWORD).status_code == 303


def test_weaker_stored_hash_is_upgraded_at_sign_in(app, client):
    with app.app_context():
        create_account(db.session, email="old@example.org", name="Old", role="staff",
                       password=PASSWORD, policy=PasswordPolicy(memory_kib=8192, time_cost=1))
    assert sign_in(client, "old@example.org", PASSWORD).status_code == 303
    with app.app_context():
        stored = db.session.scalars(select(Account.password_hash)).one()
        assert stored.startswith("$argon2id$v=19$m=19456,t=2,")


def test_cli_refuses_bad_accounts_kindly(app):
    create_admin(app)
    runner = app.test_cli_runner()
    for args, password, message in (
        (["--email", "not-an-email", "--role", "staff"], PASSWORD, "whole email address"),
        (["--email", "c@example.org", "--role", "staff"], "short", "at least 12 characters"),
        (["--email", "ada@example.org", "--role", "staff"], PASSWORD, "exists already"),
    ):
        result = runner.invoke(args=["accounts", "create", *args, "--password-stdin"],
                               input=password + "\n")
        assert result.exit_code != 0 and message in result.output, result.output


def test_admins_read_and_filter_the_audit_log_and_others_may_not(app, client):
    create_admin(app)
    with app.app_context():
        policy = PasswordPolicy(memory_kib=19456, time_cost=2)
        sam = create_account(db.session, email="sam@example.org", name="Sam", role="staff",
                             password=PASSWORD, policy=policy)
        sam_id = sam.id
    sign_in(client, "ada@example.org", PASSWORD)
    page = client.get("/staff/audit").get_data(as_text=True)
    assert "account.created" in page and "account.signed_in" in page
    assert ">ada@example.org</a>" in page  # who, by email, linked to the account
    assert f'href="/staff/accounts/{sam_id}">account #{sam_id}</a>' in page  # the target, linked
    only = client.get("/staff/audit?action=account.signed_in").get_data(as_text=True)
    assert "<td>account.created</td>" not in only and "<td>account.signed_in</td>" in only
    by_sam = client.get(f"/staff/audit?actor={sam_id}").get_data(as_text=True)
    assert "Nothing matches these filters." in by_sam  # Sam has done nothing yet
    month = dt.datetime.now(dt.UTC).strftime("%Y-%m")
    this_month = client.get(f"/staff/audit?month={month}").get_data(as_text=True)
    assert "<td>account.signed_in</td>" in this_month
    for odd in ("action=%00&actor=abc", "actor=99999999999999999999&month=x&before=-1",
                "month=1999-01&before=99999999999999999999", "actor=12345&action=drop.table"):
        response = client.get(f"/staff/audit?{odd}")
        assert response.status_code == 200, odd  # odd values are no filter, never an error
        assert "<td>account.signed_in</td>" in response.get_data(as_text=True), odd
    staff = app.test_client()
    sign_in(staff, "sam@example.org", PASSWORD)
    refused = staff.get("/staff/audit")
    assert refused.status_code == 403
    assert "This page is not open to you" in refused.get_data(as_text=True)


def test_the_audit_log_pages_back_to_the_first_event(app, client):
    from feedback_app.services import audit
    from feedback_app.services.audit import AUDIT_PAGE_SIZE

    create_admin(app)
    with app.app_context():
        for n in range(AUDIT_PAGE_SIZE + 5):
            audit.record(db.session, "programme.edited", actor_kind="system",
                         target_kind="programme", target_id=1001 + n)
        db.session.commit()
        total = db.session.scalar(select(func.count()).select_from(AuditEvent))
    sign_in(client, "ada@example.org", PASSWORD)
    url, seen, pages = "/staff/audit?action=programme.edited", [], 0
    while url:
        page = client.get(url).get_data(as_text=True)
        seen += [int(target.removeprefix("programme #")) for *_, target in
                 table_rows(page, "audit") if target.startswith("programme #")]
        pages += 1
        url = link_named(page, "Older")
        assert url is None or "action=programme.edited" in url  # the filter stays on every page
    # Every event once, newest first, over two pages.
    assert seen == list(range(1000 + AUDIT_PAGE_SIZE + 5, 1000, -1))
    assert pages == 2 and total > AUDIT_PAGE_SIZE


def _shift(client, **seconds_ago: int) -> None:
    """Move the session's sign-in and last-request times back, as if time had passed."""
    with client.session_transaction() as session:
        for key, ago in seconds_ago.items():
            session[key] = int(time.time()) - ago


def test_a_session_left_unused_ends_and_says_why(app):
    add_person(app, "staff", "sam@example.org", programmes=("safe-house",))
    add_person(app, "board", "bea@example.org")
    idle = app.config["SESSION_IDLE_MINUTES"] * 60
    for email, page in (("sam@example.org", "/staff/inbox"), ("bea@example.org", "/board/")):
        client = signed_in(app, email)
        _shift(client, last_seen=idle - 120)  # used a little under the limit ago: still open
        assert client.get(page).status_code == 200
        with client.session_transaction() as session:
            assert int(time.time()) - session["last_seen"] < 5  # the request counted as use
        _shift(client, last_seen=idle + 60)
        ended = client.get(page)
        assert ended.status_code == 303 and ended.location.endswith("/staff/sign-in")
        sign_in_page = client.get(ended.location).get_data(as_text=True)
        assert "You were signed out because this page was not used for a while." in sign_in_page
        assert client.get(page).status_code == 302  # signed out for good, not just once


def test_a_session_ends_after_its_longest_lifetime_however_busy(app):
    add_person(app, "staff", "sam@example.org", programmes=("safe-house",))
    client = signed_in(app, "sam@example.org")
    _shift(client, signed_in_at=app.config["SESSION_MAX_HOURS"] * 3600 + 60, last_seen=10)
    assert client.get("/staff/inbox").status_code == 303


def test_a_form_sent_after_the_session_ended_changes_nothing(app):
    add_person(app, "admin", "ada@example.org")
    client = signed_in(app, "ada@example.org")
    token = csrf_of(client, "/staff/programmes/new")
    _shift(client, last_seen=app.config["SESSION_IDLE_MINUTES"] * 60 + 60)
    with app.app_context():
        before = db.session.scalar(select(func.count()).select_from(AuditEvent))
    fields = {"name": "Late", "kind": "shelter", "survey": "shelter/1", "languages": ["en"]}
    response = client.post("/staff/programmes/new", data={
        "csrf_token": token, "slug": "late-programme", **fields})
    assert response.status_code == 303 and response.location.endswith("/staff/sign-in")
    with app.app_context():
        assert db.session.scalar(select(func.count()).select_from(AuditEvent)) == before
    # The same form from a session in use does add the programme.
    fresh = signed_in(app, "ada@example.org")
    added = post_form(fresh, "/staff/programmes/new", {"slug": "late-programme", **fields})
    assert added.status_code == 303 and "/sign-in" not in added.location
