"""Thousands of generated malformed requests against the survivor forms.

On SQLite and on PostgreSQL: no response is a server error, and no rejected request changes a row.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from feedback_app.extensions import db
from feedback_app.models import Answer, AuditEvent, Draft, Reply, Submission, SurvivorEvent
from tests.flow import Survivor

EXAMPLES_PER_BACKEND = 2600
PATHS = ["/p/safe-house", "/p/legal-clinic", "/p/%00", "/p/" + "x" * 300, "/r", "/r/reply",
         "/r/consent", "/r/withdraw", "/r/leave", "/language", "/exit", "/"]
FIELDS = ["csrf_token", "step", "action", "nav", "language", "consent_staff", "consent_board",
          "consent_quote", "felt_safe", "respected", "should_change", "worked_well", "code",
          "body", "confirm", "next"]
nasty_text = st.one_of(
    st.text(max_size=60),
    st.text(alphabet=st.characters(codec="utf-8"), max_size=200),
    st.sampled_from(["yes", "no", "send", "edit", "restart", "back", "next", "intro", "consent",
                     "page:0", "page:9", "page:-1", "page:x", "preview", "es", "ar", "zz",
                     "\x00", "\u202e", "\ud7ff", "' OR 1=1 --", "<script>x</script>",
                     "1234 5678 9012 3456 7890", "//evil.example", "/\\evil"]),
    st.integers(min_value=1000, max_value=120_000).map(lambda n: "w" * n),
)


def snapshot(app) -> str:
    """A digest of every survivor-facing row, to prove a rejected request changed nothing."""
    with app.app_context():
        rows: list[Any] = []
        for model in (Submission, Answer, Reply, Draft, AuditEvent, SurvivorEvent):
            for row in db.session.scalars(select(model).order_by(model.id)):
                rows.append({c.name: getattr(row, c.name) for c in model.__table__.columns})
        db.session.remove()
    return hashlib.sha256(json.dumps(rows, default=str, sort_keys=True).encode()).hexdigest()


def clients_in_every_state(app) -> dict[str, Survivor]:
    """Survivors parked at each step, and one holding an opened receipt."""
    survivors: dict[str, Survivor] = {}
    fresh = Survivor(app.test_client())
    fresh.opens_programme()
    survivors["language"] = fresh
    for state, steps in (("intro", 1), ("consent", 2), ("page", 3)):
        s = Survivor(app.test_client())
        s.opens_programme()
        s.chooses_language("en")
        if steps >= 2:
            s.reads_before_you_start()
        if steps >= 3:
            s.consents()
        survivors[state] = s
    sender = Survivor(app.test_client())
    code = sender.submits(should_change="kept")
    sender.opens_receipt(code)
    survivors["receipt"] = sender
    return survivors


def run_fuzz(app_factory) -> int:
    app = app_factory(RECEIPT_LIMIT_CLIENT="1000000 per hour",
                   RECEIPT_LIMIT_ALL="1000000 per hour", SUBMIT_LIMIT_CLIENT="1000000 per hour")
    survivors = clients_in_every_state(app)
    sent = {"n": 0}

    @settings(max_examples=EXAMPLES_PER_BACKEND, deadline=None, database=None,
              suppress_health_check=list(HealthCheck))
    @given(
        who=st.sampled_from(sorted(survivors)),
        path=st.sampled_from(PATHS),
        method=st.sampled_from(["POST", "POST", "POST", "GET", "PUT", "DELETE", "PATCH"]),
        fields=st.dictionaries(st.sampled_from(FIELDS), nasty_text, max_size=6),
        keep_csrf=st.booleans(),
        content_type=st.sampled_from([None, "application/json", "text/plain",
                                      "multipart/form-data; boundary=x"]),
    )
    def one_request(who, path, method, fields, keep_csrf, content_type):
        survivor = survivors[who]
        if keep_csrf:
            survivor.get(path if path.startswith("/r") else "/p/safe-house")
            fields = {"csrf_token": survivor.csrf(), **fields} if "csrf_token" in \
                survivor.html else fields
        before = snapshot(app)
        kwargs: dict[str, Any] = {"data": fields}
        if content_type:
            kwargs = {"data": json.dumps(fields), "content_type": content_type}
        response = survivor.client.open(path, method=method, **kwargs)
        sent["n"] += 1
        assert response.status_code < 500, (path, method, fields, response.status_code)
        if response.status_code >= 400:
            assert snapshot(app) == before, (path, method, fields, response.status_code)

    one_request()
    return sent["n"]


def test_malformed_requests_never_fail_the_server_or_change_rows(app_factory):
    assert run_fuzz(app_factory) >= EXAMPLES_PER_BACKEND
