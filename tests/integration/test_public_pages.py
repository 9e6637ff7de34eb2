"""Public pages answer odd addresses and query strings with kind pages, never a server error, and
work for anyone: no sign-in, no script of their own, the usual headers."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from feedback_app.extensions import db
from feedback_app.models import Account
from feedback_app.services import changelog
from tests.people import add_person

KIND_404 = "We could not find that page"


def _published(app) -> int:
    add_person(app, "admin")  # an entry about every programme is an admin's
    with app.app_context():
        account = db.session.scalars(select(Account)).one()
        entry, _replaced = changelog.create_entry(
            db.session, account, changelog.EntryText(title="Lights in the yard",
                                                     programme_id=None, heard="Dark yard.",
                                                     did="Lights fitted."), status="done")
        changelog.set_published(db.session, account, entry.id, True)
        return entry.id


@pytest.mark.parametrize("query", [
    "programme=%00", "programme=%00safe-house", "programme=" + "a" * 5000,
    "programme=SAFE-HOUSE", "programme=../../etc", "programme=%E2%80%AE", "programme=",
    "programme=safe-house&programme=legal-clinic", "programme=%FF%FE", "page=-1",
])
@pytest.mark.parametrize("path", ["/changes", "/changes.atom", "/themes"])
def test_odd_query_strings_get_kind_pages(app, client, path, query):
    _published(app)
    response = client.get(f"{path}?{query}")
    assert response.status_code in (200, 404), response.get_data(as_text=True)[:300]
    if response.mimetype == "text/html":
        assert "Traceback" not in response.get_data(as_text=True)
    if response.status_code == 404 and path == "/changes":
        assert "We could not find that programme" in response.get_data(as_text=True)


@pytest.mark.parametrize("tail", [
    "abc", "0", "-1", "1.5", "99999999", "99999999999999999999999", "%00", "1%00", "%20",
    "1;DROP", "%E2%80%AE1",
])
def test_unknown_or_malformed_entry_ids_get_the_kind_404(app, client, tail):
    _published(app)
    response = client.get(f"/changes/{tail}")
    assert response.status_code == 404
    assert KIND_404 in response.get_data(as_text=True)


def test_drafts_are_not_found_and_published_entries_are(app, client):
    entry_id = _published(app)
    assert client.get(f"/changes/{entry_id}").status_code == 200
    with app.app_context():
        account = db.session.scalars(select(Account)).one()
        changelog.set_published(db.session, account, entry_id, False)
    response = client.get(f"/changes/{entry_id}")
    assert response.status_code == 404 and KIND_404 in response.get_data(as_text=True)


@pytest.mark.parametrize("path", ["/changes", "/themes", "/changes.atom"])
def test_public_pages_need_no_sign_in_and_carry_the_headers(app, client, path):
    entry_id = _published(app)
    for address in (path, f"/changes/{entry_id}"):
        response = client.get(address)
        assert response.status_code == 200
        assert "default-src 'self'" in response.headers["Content-Security-Policy"]
        assert response.headers["Cache-Control"] == "no-store"
        assert response.headers["Referrer-Policy"] == "no-referrer"
        if response.mimetype == "text/html":
            page = response.get_data(as_text=True)
            assert "<script>" not in page and " style=" not in page
            assert 'href="/exit"' in page  # quick exit on every page, as on survivor pages


def test_posting_to_public_pages_is_refused_kindly(app, client):
    entry_id = _published(app)
    for path in ("/changes", f"/changes/{entry_id}", "/changes.atom", "/themes"):
        response = client.post(path, data={"x": "y"})
        assert response.status_code in (400, 405)
        assert "Traceback" not in response.get_data(as_text=True)
