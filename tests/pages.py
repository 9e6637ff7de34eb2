"""A site with something on every signed-in and public page, and the addresses of those pages.

Real rows through the services (themes big enough for the board, an admin, a board member, an
open round, a recommendation, a published change-log entry, one-time links), and every GET page
of the staff, board and public blueprints taken from the URL map, so a new page is walked as
soon as it exists.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from flask import Flask, url_for
from sqlalchemy import select

from feedback_app.extensions import db
from feedback_app.models import Account, Programme
from feedback_app.services import account_links, inbox
from feedback_app.services.board import open_round, write_recommendation
from feedback_app.services.changelog import EntryText, create_entry, link_themes, set_published
from tests import seed
from tests.people import add_person

ADMIN = "ada@example.org"
MEMBER = "bea@example.org"
# Pages that are not HTML pages of their own, or that only act and redirect.
NOT_PAGES = {"auth.sign_out", "staff.round_priorities_csv", "public.changes_feed",
             "public.outcomes_csv", "public.outcomes_json"}


def seeded_site(app: Flask) -> dict[str, Any]:
    """Seed the site; returns the values that page addresses need, by argument name."""
    with app.app_context():
        big = seed.theme(db.session, "Feeling safe at night")
        small = seed.theme(db.session, "Bus passes", state="suggested")
        quoted = [seed.submission(db.session, themes=[big], text=f"The door lock is broken {n}.",
                                  board=True, quote=True,
                                  # last month's: board figures count what came before the month
                                  on=dt.date.today().replace(day=1) - dt.timedelta(days=1))
                  for n in range(app.config["K_MIN"] + 1)]
        first = seed.submission(db.session, themes=[small], text="Bus pass ran out.")
        db.session.commit()
        values: dict[str, Any] = {
            "theme_id": big.id, "submission_id": first.id,
            "answer_id": quoted[0].answers[0].id,  # one that may be quoted
            "programme_id": db.session.scalars(select(Programme.id)).first(),
            "slug": "safe-house"}
    admin = add_person(app, "admin", ADMIN)
    values["account_id"] = add_person(app, "board", MEMBER)
    with app.app_context():
        values["round_id"] = open_round(db.session, title="Spring", actor_id=admin).id
        values["recommendation_id"] = write_recommendation(
            db.session, author_id=values["account_id"], title="Fix the locks",
            body="Please.", theme_ids=[big.id], k_min=app.config["K_MIN"]).id
        account = db.session.get(Account, admin)
        inbox.set_quote_approval(db.session, account, values["answer_id"], True)
        entry, _ = create_entry(db.session, account, EntryText(
            title="New locks", programme_id=None, heard="Doors.", did="Locks."),
            status="planned")
        link_themes(db.session, account, entry.id, [big.id])
        set_published(db.session, account, entry.id, True)
        values["entry_id"] = entry.id
        hours = app.config["INVITE_HOURS"]
        values["auth.join"] = account_links.invite(
            db.session, email="new@example.org", role="staff", programme_ids=[],
            actor_id=admin, hours=hours)
        values["auth.reset"] = account_links.make_reset_link(
            db.session, account_id=values["account_id"], actor_id=admin, hours=hours)
    return values


def page_paths(app: Flask, values: dict[str, Any]) -> dict[str, str]:
    """Endpoint to address of every GET page of the auth, staff, board and public blueprints.

    A one-time link's token is given under the endpoint's own name (join and reset differ).
    """
    paths, unknown = {}, []
    for rule in app.url_map.iter_rules():
        if ("GET" not in (rule.methods or ()) or rule.endpoint in NOT_PAGES
                or rule.endpoint.split(".")[0] not in ("auth", "staff", "board", "public")):
            continue
        given = {**values, "token": values.get(rule.endpoint)}
        missing = [arg for arg in rule.arguments if given.get(arg) is None]
        if missing:
            unknown.append((rule.rule, missing))
            continue
        with app.test_request_context():
            paths[rule.endpoint] = url_for(rule.endpoint,
                                           **{arg: given[arg] for arg in rule.arguments})
    assert unknown == [], "add values for these page addresses"
    return paths
