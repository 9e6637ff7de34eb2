"""Every state-changing staff, admin and board request writes exactly one audit event, by the
person who made it. The endpoints come from the URL map: a new POST endpoint without a recipe
here fails the test, so nothing can change state unaudited by accident."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest
from sqlalchemy import func, select

from feedback_app.extensions import db
from feedback_app.models import AuditEvent, Programme
from tests import seed
from tests.people import PASSWORD, add_person, csrf_of, signed_in

BLUEPRINTS = ("staff", "board")


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
    data: dict[str, Any]
    form_page: str | None = None


Recipe = Callable[[World], Step]


def _world(app) -> World:
    with app.app_context():
        safety = seed.theme(db.session, "Safety")
        food = seed.theme(db.session, "Food")
        rows = [seed.submission(db.session, themes=[safety], text=f"Door lock {n} broken.",
                                board=True, quote=True, on=dt.date.today()) for n in range(6)]
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


def _submission_page(w: World) -> str:
    return f"/staff/submissions/{w.ids['submission']}"


RECIPES: dict[str, Recipe] = {
    "staff.sign_in_page": lambda w: Step("nobody", "/staff/sign-in",
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
    # Last: it ends the session the other steps use.
    "staff.sign_out": lambda w: Step("staff", "/staff/sign-out", {}, "/staff/"),
}


def _post_endpoints(app) -> set[str]:
    return {rule.endpoint for rule in app.url_map.iter_rules()
            if "POST" in (rule.methods or ()) and rule.endpoint.split(".")[0] in BLUEPRINTS}


def test_every_state_changing_endpoint_has_a_recipe(app):
    assert _post_endpoints(app) == set(RECIPES)


def _events(app) -> list[AuditEvent]:
    with app.app_context():
        return list(db.session.scalars(select(AuditEvent).order_by(AuditEvent.id)))


@pytest.mark.parametrize("endpoint", list(RECIPES))
def test_each_action_writes_exactly_one_audit_event(app, endpoint):
    world = _world(app)
    step = RECIPES[endpoint](world)
    client = world.clients[step.who]
    token = csrf_of(client, step.form_page or step.path)
    before = _events(app)
    response = client.post(step.path, data={"csrf_token": token, **step.data})
    assert response.status_code in (200, 302, 303), (endpoint, response.status_code,
                                                     response.get_data(as_text=True)[:800])
    new = _events(app)[len(before):]
    assert len(new) == 1, (endpoint, [e.action for e in new])
    actor = world.accounts.get(step.who) or world.accounts["staff"]
    assert new[0].actor_id == actor, endpoint
    with app.app_context():
        assert db.session.scalar(select(func.count()).select_from(AuditEvent)) == len(before) + 1
