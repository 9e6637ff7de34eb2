"""Every state-changing staff, admin and board request writes exactly one audit event, by the
person who made it. The endpoints come from the URL map: a new POST endpoint without a recipe
here fails the test, so nothing can change state unaudited by accident."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pyotp
import pytest
from sqlalchemy import delete, func, select, text, update
from sqlalchemy.exc import DBAPIError

from feedback_app.extensions import db
from feedback_app.models import AuditEvent, Programme
from tests import seed
from tests.people import PASSWORD, account_id, add_person, csrf_of, post_form, signed_in
from tests.support.html import text_with_class

BLUEPRINTS = ("auth", "staff", "board")


@dataclass
class World:
    app: Any
    ids: dict[str, int]
    clients: dict[str, Any]
    accounts: dict[str, int]


@dataclass(frozen=True)
class Step:
    who: str  # "admin", "staff", "board", or "nobody" (not signed in)
    path: str
    data: dict[str, Any] | Callable[[Any], dict[str, Any]]
    form_page: str | None = None
    # Set-up that may itself write audit events: it runs before the count starts.
    before: Callable[[World], None] | None = None
    actor: str | None = None  # whose account the event names, when not the requester's


NEW_PASSWORD = "a brand new long passphrase"


Recipe = Callable[[World], Step]


def _world(app) -> World:
    with app.app_context():
        safety = seed.theme(db.session, "Safety")
        food = seed.theme(db.session, "Food")
        rows = [seed.submission(db.session, themes=[safety], text=f"Door lock {n} broken.",
                                board=True, quote=True,
                                # last month's: the board's figures count what came before
                                on=dt.date.today().replace(day=1) - dt.timedelta(days=1))
                for n in range(6)]
        rows.append(seed.submission(db.session, themes=[food], text="More rice."))
        db.session.commit()
        ids = {"safety": safety.id, "food": food.id, "submission": rows[0].id,
               "answer": rows[0].answers[0].id, "other_answer": rows[1].answers[0].id,
               "programme": db.session.scalar(select(Programme.id).where(
                   Programme.slug == "safe-house"))}
    accounts = {"admin": add_person(app, "admin", "ada@example.org"),
                "staff": add_person(app, "staff", "sam@example.org", programmes=("safe-house",)),
                "board": add_person(app, "board", "bea@example.org")}
    clients = {"admin": signed_in(app, "ada@example.org"),
               "staff": signed_in(app, "sam@example.org"),
               "board": signed_in(app, "bea@example.org"),
               "nobody": app.test_client()}
    return World(app, ids, clients, accounts)


def _service(w: World, call: Callable[..., Any], **kwargs: Any) -> Any:
    """Call a service; returns the new row's id, or the value itself when it has none."""
    with w.app.app_context():
        result = call(db.session, **kwargs)
        return getattr(result, "id", result)


def _open_round(w: World) -> None:
    from feedback_app.services.board import open_round
    w.ids["round"] = _service(w, open_round, title="Spring", actor_id=w.accounts["admin"])


def _recommendation(w: World) -> None:
    from feedback_app.services.board import write_recommendation
    _open_round(w)
    w.ids["recommendation"] = _service(
        w, write_recommendation, author_id=w.accounts["board"], title="Fix locks",
        body="Please fix the locks.", theme_ids=[w.ids["safety"]], k_min=5)


def _entry(w: World) -> None:
    from feedback_app.models import ChangeEntry
    response = post_form(w.clients["admin"], "/staff/changes/new", _entry_form(w))
    assert response.status_code == 303, response.get_data(as_text=True)[:500]
    with w.app.app_context():
        w.ids["entry"] = db.session.scalar(select(func.max(ChangeEntry.id)))


def _approved_quote(w: World) -> None:
    from feedback_app.models import Answer
    _entry(w)
    with w.app.app_context():
        db.session.get(Answer, w.ids["answer"]).quote_approved = True
        db.session.commit()


def _linked_quote(w: World) -> None:
    _approved_quote(w)
    entry = f"/staff/changes/{w.ids['entry']}"
    assert post_form(w.clients["staff"], f"{entry}/quotes", {"answer": w.ids["answer"]},
                     form_page=entry).status_code == 303


def _invitation(w: World) -> None:
    from feedback_app.services.account_links import invite
    w.ids["token"] = _service(w, invite, email="newcomer@example.org", role="board",
                              programme_ids=[], actor_id=w.accounts["admin"], hours=72)


def _reset_link(w: World) -> None:
    from feedback_app.services.account_links import make_reset_link
    w.ids["token"] = _service(w, make_reset_link, account_id=w.accounts["staff"],
                              actor_id=w.accounts["admin"], hours=24)


def _staff_secret(w: World) -> None:
    from feedback_app.models import Account
    with w.app.app_context():
        db.session.get(Account, w.accounts["staff"]).totp_secret = SECRET
        db.session.commit()


def _pending_code(w: World) -> None:
    _staff_secret(w)
    response = post_form(w.clients["nobody"], "/staff/sign-in",
                         {"email": "sam@example.org", "password": PASSWORD})
    assert response.headers["Location"].endswith("/staff/sign-in/code")


def _setup_code(client: Any) -> dict[str, Any]:
    # The secret waiting for its first code is sealed in the cookie: read it off the page.
    page = client.get("/staff/two-step").get_data(as_text=True)
    return {"code": pyotp.TOTP(text_with_class(page, "secret")[0].replace(" ", "")).now()}


SECRET = pyotp.random_base32()
ENTRY_FORM = {"title": "Locks", "heard": "Doors do not lock.", "did": "New locks.",
              "status": "planned", "reason": "", "note": ""}


def _entry_form(w: World) -> dict[str, str]:
    """An entry about the staff member's programme: staff act only on their programmes'."""
    return {**ENTRY_FORM, "programme": str(w.ids["programme"])}


def _submission_page(w: World) -> str:
    return f"/staff/submissions/{w.ids['submission']}"


RECIPES: dict[str, Recipe] = {
    "auth.sign_in_page": lambda w: Step("nobody", "/staff/sign-in",
                                         {"email": "sam@example.org", "password": PASSWORD}),
    "staff.reply": lambda w: Step("staff", f"{_submission_page(w)}/reply",
                                  {"body": "Thank you, we are fixing it."}, _submission_page(w)),
    "staff.set_status": lambda w: Step("staff", f"{_submission_page(w)}/status",
                                       {"status": "read"}, _submission_page(w)),
    "staff.hide": lambda w: Step("staff", f"{_submission_page(w)}/hide", {},
                                 _submission_page(w)),
    "staff.redact": lambda w: Step("staff", f"/staff/answers/{w.ids['answer']}/redact",
                                   {f"a{w.ids['answer']}-phrase": "lock"}, _submission_page(w)),
    "staff.approve_quote": lambda w: Step("staff", f"/staff/answers/{w.ids['answer']}/quote",
                                          {"approve": "yes"}, _submission_page(w)),
    "staff.rename_theme": lambda w: Step("staff", f"/staff/themes/{w.ids['safety']}/rename",
                                         {"label": "Locks"}, f"/staff/themes/{w.ids['safety']}"),
    "staff.split_theme": lambda w: Step("staff", f"/staff/themes/{w.ids['safety']}/split",
                                        {"parts": "2"}, f"/staff/themes/{w.ids['safety']}"),
    "staff.merge_themes": lambda w: Step("staff", "/staff/themes/merge",
                                         {"sources": [w.ids["food"]], "target": w.ids["safety"]},
                                         "/staff/themes"),
    "staff.move_answer": lambda w: Step("staff", f"/staff/answers/{w.ids['answer']}/move",
                                        {"theme": w.ids["food"]},
                                        f"/staff/themes/{w.ids['safety']}"),
    "staff.refresh_themes": lambda w: Step("staff", "/staff/themes/refresh", {}, "/staff/themes"),
    "staff.new_programme": lambda w: Step("admin", "/staff/programmes/new", {
        "name": "Night shelter", "slug": "night-shelter", "kind": "shelter",
        "survey": "shelter", "languages": ["en"]}),
    "staff.edit_programme": lambda w: Step("admin", f"/staff/programmes/{w.ids['programme']}/edit",
                                           {"name": "Safe House", "kind": "shelter",
                                            "survey": "shelter", "languages": ["en"],
                                            "active": "y"}),
    "staff.invite": lambda w: Step("admin", "/staff/accounts/invite", {
        "email": "new@example.org", "role": "staff", "programmes": [w.ids["programme"]]},
        "/staff/accounts"),
    "staff.change_role": lambda w: Step(
        "admin", f"/staff/accounts/{w.accounts['staff']}/role", {"role": "board"},
        f"/staff/accounts/{w.accounts['staff']}"),
    "staff.set_programmes": lambda w: Step(
        "admin", f"/staff/accounts/{w.accounts['staff']}/programmes",
        {"programmes": [w.ids["programme"]]}, f"/staff/accounts/{w.accounts['staff']}"),
    "staff.require_two_step": lambda w: Step(
        "admin", f"/staff/accounts/{w.accounts['staff']}/two-step", {"required": "yes"},
        f"/staff/accounts/{w.accounts['staff']}"),
    "staff.set_active": lambda w: Step(
        "admin", f"/staff/accounts/{w.accounts['staff']}/active", {"active": "no"},
        f"/staff/accounts/{w.accounts['staff']}"),
    "staff.make_reset_link": lambda w: Step(
        "admin", f"/staff/accounts/{w.accounts['staff']}/reset-link", {},
        f"/staff/accounts/{w.accounts['staff']}"),
    "auth.join": lambda w: Step(
        "nobody", "/staff/join/{token}", {"name": "Newcomer", "password": NEW_PASSWORD,
                                          "password_again": NEW_PASSWORD},
        before=_invitation, actor="newcomer@example.org"),
    "auth.reset": lambda w: Step(
        "nobody", "/staff/reset/{token}", {"password": NEW_PASSWORD,
                                           "password_again": NEW_PASSWORD},
        before=_reset_link, actor="staff"),
    "auth.sign_in_code": lambda w: Step(
        "nobody", "/staff/sign-in/code", lambda client: {"code": pyotp.TOTP(SECRET).now()},
        before=_pending_code, actor="staff"),
    "auth.two_step_on": lambda w: Step("staff", "/staff/two-step/on", _setup_code,
                                        "/staff/two-step"),
    "auth.two_step_off": lambda w: Step("staff", "/staff/two-step/off",
                                         {"password": PASSWORD}, "/staff/two-step",
                                         before=_staff_secret),
    "staff.open_round": lambda w: Step("staff", "/staff/rounds/open", {"title": "Spring"},
                                       "/staff/rounds"),
    "staff.close_round": lambda w: Step("staff", "/staff/rounds/{round}/close", {},
                                        "/staff/rounds", before=_open_round),
    "board.cast_ballot": lambda w: Step("board", "/board/rounds/{round}/ballot",
                                        {f"rank_{w.ids['safety']}": "1"},
                                        "/board/rounds/{round}", before=_open_round),
    "board.write_recommendation": lambda w: Step(
        "board", "/board/recommendations/new",
        {"title": "Locks", "body": "Fix them.", "themes": [w.ids["safety"]]},
        "/board/recommendations", before=_open_round),
    "staff.answer_recommendation": lambda w: Step(
        "staff", "/staff/recommendations/{recommendation}/answer",
        lambda client: {f"r{w.ids['recommendation']}-status": "accepted",
                        f"r{w.ids['recommendation']}-response": "We will."},
        "/staff/recommendations", before=_recommendation),
    "staff.new_change": lambda w: Step("staff", "/staff/changes/new", _entry_form(w)),
    "staff.edit_change": lambda w: Step(
        "staff", "/staff/changes/{entry}/edit",
        {"title": "Locks fixed", "programme": str(w.ids["programme"]), "heard": "Doors.",
         "did": "Locks."},
        "/staff/changes/{entry}", before=_entry),
    "staff.change_status": lambda w: Step(
        "staff", "/staff/changes/{entry}/status",
        {"update-status": "done", "update-note": "Fitted."}, "/staff/changes/{entry}",
        before=_entry),
    "staff.link_change_themes": lambda w: Step(
        "staff", "/staff/changes/{entry}/themes", {"themes": [w.ids["safety"]]},
        "/staff/changes/{entry}", before=_entry),
    "staff.link_change_quote": lambda w: Step(
        "staff", "/staff/changes/{entry}/quotes", {"answer": w.ids["answer"]},
        "/staff/changes/{entry}", before=_approved_quote),
    "staff.unlink_change_quote": lambda w: Step(
        "staff", "/staff/changes/{entry}/quotes/{answer}/remove", {},
        "/staff/changes/{entry}", before=_linked_quote),
    "staff.publish_change": lambda w: Step(
        "staff", "/staff/changes/{entry}/publish", {"publish": "yes"},
        "/staff/changes/{entry}", before=_entry),
    # Last: it ends the session the other steps use.
    "auth.sign_out": lambda w: Step("staff", "/staff/sign-out", {}, "/staff/"),
}


def _post_endpoints(app) -> set[str]:
    return {rule.endpoint for rule in app.url_map.iter_rules()
            if "POST" in (rule.methods or ()) and rule.endpoint.split(".")[0] in BLUEPRINTS}


def test_every_state_changing_endpoint_has_a_recipe(app):
    assert _post_endpoints(app) == set(RECIPES)


def _events(app) -> list[tuple]:
    with app.app_context():
        return [(e.id, e.actor_id, e.actor_kind, e.action, e.target_kind, e.target_id, e.at,
                 e.detail)
                for e in db.session.scalars(select(AuditEvent).order_by(AuditEvent.id))]


@pytest.mark.parametrize("endpoint", list(RECIPES))
def test_each_action_writes_exactly_one_audit_event(app, endpoint):
    world = _world(app)
    step = RECIPES[endpoint](world)
    client = world.clients[step.who]
    if step.before:
        step.before(world)
    path = step.path.format(**world.ids)
    token = csrf_of(client, (step.form_page or step.path).format(**world.ids))
    data = step.data(client) if callable(step.data) else step.data
    before = _events(app)
    response = client.post(path, data={"csrf_token": token, **data})
    assert response.status_code in (200, 302, 303), (endpoint, response.status_code,
                                                     response.get_data(as_text=True)[:800])
    after = _events(app)
    assert after[:len(before)] == before, f"{endpoint} changed an earlier audit event"
    new = after[len(before):]
    assert len(new) == 1, (endpoint, [e[3] for e in new])
    who = step.actor or step.who
    actor = world.accounts.get(who) or (account_id(app, who) if "@" in who
                                        else world.accounts["staff"])
    assert new[0][1] == actor, endpoint
    with app.app_context():
        assert db.session.scalar(select(func.count()).select_from(AuditEvent)) == len(before) + 1


def test_audit_events_cannot_be_changed_or_deleted(app):
    """The mapper refuses, and the database's triggers refuse bulk statements and raw SQL."""
    from feedback_app.models.audit import AuditEventIsAppendOnly
    from feedback_app.services import audit

    with app.app_context():
        event = audit.record(db.session, "account.created", actor_kind="system",
                             target_kind="account", target_id=1)
        db.session.commit()
        before = _events(app)

        event.action = "something.else"
        with pytest.raises(AuditEventIsAppendOnly):
            db.session.commit()
        db.session.rollback()
        db.session.delete(db.session.get(AuditEvent, event.id))
        with pytest.raises(AuditEventIsAppendOnly):
            db.session.commit()
        db.session.rollback()

        statements = [update(AuditEvent).values(action="something.else"), delete(AuditEvent),
                      text("UPDATE audit_event SET detail = '{}'"), text("DELETE FROM audit_event")]
        if db.engine.dialect.name == "postgresql":
            statements.append(text("TRUNCATE audit_event"))
        for statement in statements:
            with pytest.raises(DBAPIError, match="append-only"):
                db.session.execute(statement)
            db.session.rollback()
    assert _events(app) == before
