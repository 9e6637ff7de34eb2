"""Generated bad input against every staff, admin, board and public address in the URL map.

Signed in as each role (and as nobody), Hypothesis sends malformed forms, wrong ids, odd methods
and content types. No response is a server error, and no rejected request changes a row.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import urllib.parse
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from feedback_app.extensions import db
from feedback_app.models import Base
from tests import seed
from tests.people import add_person, signed_in
from tests.support.html import field_names, input_value

EXAMPLES_PER_BACKEND = 1000
BLUEPRINTS = ("auth", "staff", "board", "public")
nasty_text = st.one_of(
    st.text(max_size=40),
    st.text(alphabet=st.characters(codec="utf-8"), max_size=120),
    st.sampled_from(["", "0", "1", "-1", "2", "99999999999999999999", "yes", "no", "on", "y",
                     "admin", "board", "staff", "done", "not doing", "planned", "\x00",
                     "\u202e", "' OR 1=1 --", "<script>x</script>", "2026-13", "abc",
                     "shelter/99", "shelter/x", "safe-house", "ZZ"]),
    st.integers(min_value=1000, max_value=60_000).map(lambda n: "w" * n),
)


def snapshot(app) -> str:
    """A digest of every row in every table: a rejected request must leave it unchanged."""
    with app.app_context():
        rows: list[Any] = []
        for table in Base.metadata.sorted_tables:
            rows.append(table.name)
            rows.extend(tuple(r) for r in db.session.execute(
                select(table).order_by(*table.primary_key.columns)))
        db.session.remove()
    return hashlib.sha256(json.dumps(rows, default=str).encode()).hexdigest()


def _paths(app) -> list[tuple[str, str, tuple[str, ...]]]:
    """(endpoint, rule, arguments) for every signed-in and public route."""
    return sorted((rule.endpoint, rule.rule, tuple(sorted(rule.arguments)))
                  for rule in app.url_map.iter_rules()
                  if rule.endpoint.split(".")[0] in BLUEPRINTS)


def _fill(rule: str, values: dict[str, str]) -> str:
    def one(match: re.Match[str]) -> str:
        return urllib.parse.quote(values[match.group(2)], safe="")
    return re.sub(r"<(?:(\w+):)?(\w+)>", one, rule)


def test_bad_input_on_signed_in_and_public_pages(app_factory):
    app = app_factory(SIGNIN_LIMIT_ACCOUNT="1000000 per minute",
                      SIGNIN_LIMIT_CLIENT="1000000 per minute")
    with app.app_context():
        theme = seed.theme(db.session, "Safety")
        for n in range(6):
            seed.submission(db.session, themes=[theme], text=f"Lock {n} broken.", board=True,
                            quote=True, on=dt.date.today())
        db.session.commit()
    for role in ("admin", "staff", "board"):
        add_person(app, role, programmes=("safe-house",) if role == "staff" else ())
    clients = {role: signed_in(app, f"{role}@example.org") for role in ("admin", "staff",
                                                                          "board")}
    clients["nobody"] = app.test_client()
    routes = _paths(app)
    # Field names as the pages really use them, plus a few that no form has.
    fields = {"csrf_token", "id", "theme", "themes", "status", "rank", "role", "unknown"}
    for client in clients.values():
        for _endpoint, rule, arguments in routes:
            if not arguments:
                page = client.get(rule)
                fields |= field_names(page.get_data(as_text=True))
    names = sorted(fields)
    sent = {"n": 0}

    @settings(max_examples=EXAMPLES_PER_BACKEND, deadline=None, database=None,
              suppress_health_check=list(HealthCheck))
    @given(
        who=st.sampled_from(sorted(clients)),
        route=st.sampled_from(routes),
        argument=st.one_of(st.sampled_from(["1", "2", "0", "999999", "2147483648"]), nasty_text),
        method=st.sampled_from(["POST", "POST", "POST", "GET", "PUT", "DELETE"]),
        form=st.dictionaries(st.sampled_from(names), nasty_text, max_size=6),
        keep_csrf=st.booleans(),
        content_type=st.sampled_from([None, None, "application/json", "text/plain"]),
    )
    def one_request(who, route, argument, method, form, keep_csrf, content_type):
        client = clients[who]
        _endpoint, rule, arguments = route
        path = _fill(rule, dict.fromkeys(arguments, argument or "x"))
        if keep_csrf:
            token = input_value(client.get("/staff/sign-in").get_data(as_text=True),
                                "csrf_token")
            if token:
                form = {**form, "csrf_token": token}
        before = snapshot(app)
        kwargs: dict[str, Any] = {"data": form}
        if content_type:
            kwargs = {"data": json.dumps(form), "content_type": content_type}
        response = client.open(path, method=method, **kwargs)
        sent["n"] += 1
        assert response.status_code < 500, (who, path, method, form, response.status_code)
        if response.status_code >= 400:
            assert snapshot(app) == before, (who, path, method, form, response.status_code)

    one_request()
    assert sent["n"] >= EXAMPLES_PER_BACKEND
