"""Account administration: invitations and joining, one-time expiring links, password resets that
end old sessions, role, programme and access changes by admins, one audit event each."""

from __future__ import annotations

import datetime as dt
import hashlib
import re

import pytest
from sqlalchemy import func, select

from feedback_app.extensions import db
from feedback_app.models import Account, AccountLink, AuditEvent, Programme
from tests.people import PASSWORD, account_id, add_person, csrf_of, post_form, signed_in
from tests.support.html import main_content, value_of

GONE = "This link does not work any more. Ask the person who sent it for a new one."
NEW_PASSWORD = "a brand new passphrase here"


def _programme_id(app, slug: str) -> int:
    with app.app_context():
        return db.session.scalar(select(Programme.id).where(Programme.slug == slug))


def _actions(app) -> list[tuple[str, int | None, int | None]]:
    with app.app_context():
        return [(e.action, e.actor_id, e.target_id) for e in db.session.scalars(
            select(AuditEvent).order_by(AuditEvent.id))]


def _link_from(response) -> tuple[str, str]:
    page = response.get_data(as_text=True)
    link = value_of(page, "new-link") or ""
    found = re.fullmatch(r"http://localhost(/staff/(?:join|reset)/(.+))", link)
    assert found, page[:2000]
    return found.group(1), found.group(2)


def _main(response) -> str:
    """The page's main content (the footer's language form differs by address)."""
    return main_content(response.get_data(as_text=True))


def _invite(admin, **data):
    return post_form(admin, "/staff/accounts/invite", data, form_page="/staff/accounts")


def _join(client, path: str, name: str = "Nia Staff", password: str = NEW_PASSWORD,
          again: str | None = None):
    return post_form(client, path, {"name": name, "password": password,
                                    "password_again": password if again is None else again})


@pytest.fixture
def admin(app):
    add_person(app, "admin", "ada@example.org")
    return signed_in(app, "ada@example.org")


def test_invited_staff_member_joins_with_role_and_programmes_and_is_signed_in(app, admin):
    # Given an admin inviting a staff member for two programmes
    safe, legal = _programme_id(app, "safe-house"), _programme_id(app, "legal-clinic")
    page = _invite(admin, email=" Nia@Example.org", role="staff", programmes=[safe, legal])
    assert page.status_code == 200
    assert "This site sends no email" in page.get_data(as_text=True)
    path, token = _link_from(page)
    with app.app_context():
        link = db.session.scalars(select(AccountLink)).one()
        # Only the hash of the token is stored, and the link expires in 72 hours.
        assert link.token_hash == hashlib.sha256(token.encode()).hexdigest()
        assert token not in link.token_hash and link.email == "nia@example.org"
        hours = (link.expires_at - dt.datetime.now(dt.UTC)).total_seconds() / 3600
        assert 71.9 < hours <= 72
    # The link is shown once: the accounts page lists it as pending, without the token.
    listing = admin.get("/staff/accounts").get_data(as_text=True)
    assert "nia@example.org" in listing and token not in listing
    # When the invited person opens the link and chooses a name and a password
    newcomer = app.test_client()
    form = newcomer.get(path)
    assert form.status_code == 200 and "nia@example.org" in form.get_data(as_text=True)
    joined = _join(newcomer, path)
    # Then they are signed in as staff with both programmes
    assert joined.status_code == 303 and joined.headers["Location"].endswith("/staff/")
    home = newcomer.get("/staff/").get_data(as_text=True)
    assert "You are signed in as Nia Staff (staff)." in home
    with app.app_context():
        account = db.session.scalar(select(Account).where(Account.email == "nia@example.org"))
        assert account.role == "staff" and account.password_hash.startswith("$argon2id$")
        assert sorted(p.slug for p in account.programmes) == ["legal-clinic", "safe-house"]
        assert db.session.scalars(select(AccountLink)).one().used_at is not None
    actions = [a for a, _actor, _target in _actions(app)]
    assert actions.count("account.invited") == 1 and actions.count("account.joined") == 1


def test_invited_board_member_lands_on_the_board_pages(app, admin):
    path, _token = _link_from(_invite(admin, email="bea@example.org", role="board"))
    newcomer = app.test_client()
    response = _join(newcomer, path, name="Bea")
    assert response.status_code == 303
    assert newcomer.get("/staff/").headers["Location"].endswith("/board/")
    assert newcomer.get("/staff/accounts").status_code == 403


def test_a_link_works_once(app, admin):
    path, _token = _link_from(_invite(admin, email="nia@example.org", role="staff"))
    first = app.test_client()
    assert _join(first, path).status_code == 303
    second = app.test_client()
    again = second.get(path)
    assert again.status_code == 404 and GONE in again.get_data(as_text=True)
    with app.app_context():
        assert db.session.scalar(select(func.count()).select_from(Account)) == 2


def test_an_expired_link_gets_the_same_page_as_an_unknown_one(app, admin):
    path, _token = _link_from(_invite(admin, email="nia@example.org", role="staff"))
    newcomer = app.test_client()
    # The form is open while the link works...
    token = csrf_of(newcomer, path)
    with app.app_context():
        link = db.session.scalars(select(AccountLink)).one()
        link.expires_at = dt.datetime.now(dt.UTC) - dt.timedelta(minutes=1)
        db.session.commit()
    # ...but sending it after the link expired creates nothing.
    expired = newcomer.post(path, data={"csrf_token": token, "name": "Nia",
                                        "password": NEW_PASSWORD, "password_again": NEW_PASSWORD})
    unknown = newcomer.get("/staff/join/" + "A" * 43)
    reset_unknown = newcomer.get("/staff/reset/not-a-token")
    pages = {_main(r) for r in (expired, unknown, reset_unknown)}
    assert {r.status_code for r in (expired, unknown, reset_unknown)} == {404}
    assert len(pages) == 1 and GONE in pages.pop()
    with app.app_context():
        assert db.session.scalar(select(func.count()).select_from(Account)) == 1


def test_a_reset_link_cannot_be_used_to_join_and_an_invite_cannot_reset(app, admin):
    staff_id = add_person(app, "staff", "sam@example.org")
    reset_page = post_form(admin, f"/staff/accounts/{staff_id}/reset-link", {},
                           form_page=f"/staff/accounts/{staff_id}")
    _path, token = _link_from(reset_page)
    assert app.test_client().get(f"/staff/join/{token}").status_code == 404
    _path, invite_token = _link_from(_invite(admin, email="nia@example.org", role="staff"))
    assert app.test_client().get(f"/staff/reset/{invite_token}").status_code == 404


def test_inviting_an_email_with_an_account_is_refused_kindly(app, admin):
    add_person(app, "staff", "sam@example.org")
    response = _invite(admin, email="SAM@example.org", role="staff")
    page = response.get_data(as_text=True)
    assert response.status_code == 400 and "This person has an account already" in page
    assert 'value="SAM@example.org"' in page  # what was typed is kept
    with app.app_context():
        assert db.session.scalar(select(func.count()).select_from(AccountLink)) == 0


@pytest.mark.parametrize(("data", "message"), [
    ({"email": "not-an-email", "role": "staff"}, "Please give a whole email address"),
    ({"email": "nia@example.org", "role": "owner"}, "Please choose one of the roles."),
    ({"email": "nia@example.org"}, "Please choose a role."),
    ({"email": "nia@example.org", "role": "staff", "programmes": ["99999"]},
     "Please choose programmes from the list."),
])
def test_bad_invitations_keep_what_was_typed(app, admin, data, message):
    response = _invite(admin, **data)
    page = response.get_data(as_text=True)
    assert response.status_code == 400 and message in page
    assert f'value="{data["email"]}"' in page
    with app.app_context():
        assert db.session.scalar(select(func.count()).select_from(AccountLink)) == 0


def test_joining_with_a_short_or_mismatched_password_keeps_the_name(app, admin):
    path, _token = _link_from(_invite(admin, email="nia@example.org", role="staff"))
    newcomer = app.test_client()
    short = _join(newcomer, path, name="Nia Q", password="too short")
    assert short.status_code == 400
    assert "Please use at least 12 characters." in short.get_data(as_text=True)
    assert 'value="Nia Q"' in short.get_data(as_text=True)
    mismatch = _join(newcomer, path, name="Nia Q", again=NEW_PASSWORD + "!")
    assert mismatch.status_code == 400
    assert "The two passwords are not the same" in mismatch.get_data(as_text=True)
    with app.app_context():
        assert db.session.scalar(select(AccountLink.used_at)) is None
    assert _join(newcomer, path).status_code == 303  # the link still works afterwards


def test_reset_link_changes_the_password_and_ends_old_sessions(app, admin):
    # Given a staff member signed in on two devices
    staff_id = add_person(app, "staff", "sam@example.org")
    laptop, phone = signed_in(app, "sam@example.org"), signed_in(app, "sam@example.org")
    assert laptop.get("/staff/").status_code == 200
    # When an admin makes a reset link and the staff member uses it
    page = post_form(admin, f"/staff/accounts/{staff_id}/reset-link", {},
                     form_page=f"/staff/accounts/{staff_id}")
    assert page.status_code == 200
    path, _token = _link_from(page)
    done = post_form(phone, path, {"password": NEW_PASSWORD, "password_again": NEW_PASSWORD})
    assert done.status_code == 303 and done.headers["Location"].endswith("/staff/sign-in")
    assert "Your new password is saved" in phone.get("/staff/sign-in").get_data(as_text=True)
    # Then the old sessions end, the old password fails and the new one works
    assert laptop.get("/staff/").status_code == 302
    assert phone.get("/staff/").status_code == 302
    assert post_form(app.test_client(), "/staff/sign-in",
                     {"email": "sam@example.org", "password": PASSWORD}).status_code == 400
    signed_in(app, "sam@example.org", NEW_PASSWORD)
    # And the link is used up
    assert app.test_client().get(path).status_code == 404
    actions = [a for a, _actor, target in _actions(app) if target == staff_id]
    assert actions.count("account.reset_link_made") == 1
    assert actions.count("account.password_reset") == 1


def test_admin_changes_role_and_programmes_with_one_event_each(app, admin):
    admin_id = account_id(app, "ada@example.org")
    staff_id = add_person(app, "staff", "sam@example.org", programmes=("safe-house",))
    page = f"/staff/accounts/{staff_id}"
    legal = _programme_id(app, "legal-clinic")
    before = len(_actions(app))
    response = post_form(admin, f"{page}/programmes", {"programmes": [legal]}, form_page=page)
    assert response.status_code == 303
    with app.app_context():
        account = db.session.get(Account, staff_id)
        assert [p.slug for p in account.programmes] == ["legal-clinic"]
    response = post_form(admin, f"{page}/role", {"role": "board"}, form_page=page)
    assert response.status_code == 303
    with app.app_context():
        assert db.session.get(Account, staff_id).role == "board"
    new = _actions(app)[before:]
    assert new == [("account.programmes_changed", admin_id, staff_id),
                   ("account.role_changed", admin_id, staff_id)]
    # The person's next request already sees the new role.
    assert signed_in(app, "sam@example.org").get("/staff/inbox").status_code == 403


def test_bad_role_or_programme_is_refused_without_a_change(app, admin):
    staff_id = add_person(app, "staff", "sam@example.org", programmes=("safe-house",))
    page = f"/staff/accounts/{staff_id}"
    before = _actions(app)
    bad_role = post_form(admin, f"{page}/role", {"role": "owner"}, form_page=page)
    bad_programme = post_form(admin, f"{page}/programmes", {"programmes": ["x"]},
                              form_page=page)
    assert bad_role.status_code == bad_programme.status_code == 400
    assert "Please choose one of the roles." in bad_role.get_data(as_text=True)
    assert "Please choose programmes from the list." in bad_programme.get_data(as_text=True)
    assert _actions(app) == before
    assert admin.get("/staff/accounts/999999").status_code == 404


def test_deactivation_signs_out_and_cannot_remove_oneself_or_the_last_admin(app, admin):
    admin_id = account_id(app, "ada@example.org")
    staff_id = add_person(app, "staff", "sam@example.org")
    staff = signed_in(app, "sam@example.org")
    page = f"/staff/accounts/{staff_id}"
    assert post_form(admin, f"{page}/active", {"active": "no"}, form_page=page).status_code == 303
    assert staff.get("/staff/").status_code == 302
    assert post_form(app.test_client(), "/staff/sign-in",
                     {"email": "sam@example.org", "password": PASSWORD}).status_code == 400
    assert post_form(admin, f"{page}/active", {"active": "yes"},
                     form_page=page).status_code == 303
    signed_in(app, "sam@example.org")
    own = f"/staff/accounts/{admin_id}"
    refused = post_form(admin, f"{own}/active", {"active": "no"}, form_page=own)
    assert refused.status_code == 400
    assert "You cannot stop your own account" in refused.get_data(as_text=True)
    last = post_form(admin, f"{own}/role", {"role": "staff"}, form_page=own)
    assert last.status_code == 400 and "last active admin" in last.get_data(as_text=True)
    with app.app_context():
        assert db.session.get(Account, admin_id).role == "admin"
    actions = [(a, actor, target) for a, actor, target in _actions(app)
               if a in ("account.deactivated", "account.reactivated")]
    assert actions == [("account.deactivated", admin_id, staff_id),
                       ("account.reactivated", admin_id, staff_id)]


def test_another_admin_may_demote_an_admin_while_one_stays(app, admin):
    other = add_person(app, "admin", "oz@example.org")
    page = f"/staff/accounts/{other}"
    assert post_form(admin, f"{page}/role", {"role": "staff"}, form_page=page).status_code == 303
    with app.app_context():
        assert db.session.get(Account, other).role == "staff"


def test_admin_requires_two_step_with_one_event(app, admin):
    staff_id = add_person(app, "staff", "sam@example.org")
    page = f"/staff/accounts/{staff_id}"
    before = len(_actions(app))
    response = post_form(admin, f"{page}/two-step", {"required": "yes"}, form_page=page)
    assert response.status_code == 303
    same = post_form(admin, f"{page}/two-step", {"required": "yes"}, form_page=page)
    assert same.status_code == 303  # nothing to change: no event
    with app.app_context():
        assert db.session.get(Account, staff_id).totp_required is True
    assert [a for a, _actor, _target in _actions(app)[before:]] == ["account.two_step_required"]
    listing = admin.get("/staff/accounts").get_data(as_text=True)
    assert "required" in listing


@pytest.mark.parametrize("role", ["staff", "board"])
def test_non_admins_may_not_open_or_use_account_pages(app, admin, role):
    target = add_person(app, "staff", "sam2@example.org")
    add_person(app, role, f"{role}@example.org")
    client = signed_in(app, f"{role}@example.org")
    token = csrf_of(client, "/staff/two-step")
    before = _actions(app)
    for path in ("/staff/accounts", f"/staff/accounts/{target}"):
        assert client.get(path).status_code == 403
    for path, data in (("/staff/accounts/invite", {"email": "x@example.org", "role": "admin"}),
                       (f"/staff/accounts/{target}/role", {"role": "admin"}),
                       (f"/staff/accounts/{target}/active", {"active": "no"}),
                       (f"/staff/accounts/{target}/two-step", {"required": "yes"}),
                       (f"/staff/accounts/{target}/programmes", {"programmes": []}),
                       (f"/staff/accounts/{target}/reset-link", {})):
        assert client.post(path, data={"csrf_token": token, **data}).status_code == 403
    assert _actions(app) == before
    assert app.test_client().get("/staff/accounts").status_code == 302  # not signed in
