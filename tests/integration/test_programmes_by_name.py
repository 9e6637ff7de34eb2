"""One list of programmes by name: survivors and the public choose from the active ones, admins
manage all of them, on every page that lists programmes (SQLite and PostgreSQL)."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select

from feedback_app.extensions import db
from feedback_app.models import Programme
from feedback_app.services.programmes import programmes_by_name
from tests.people import add_person, signed_in
from tests.support.html import parse, select_options

# The demo programmes by name; they are added in another order (Safe House first).
ALL = ["Case Support", "Health Access", "Legal Clinic", "Safe House", "Work Ready"]
ACTIVE = [name for name in ALL if name != "Health Access"]


@pytest.fixture
def site(app) -> Any:
    """The demo programmes, Health Access closed for feedback."""
    with app.app_context():
        closed = db.session.scalar(select(Programme).where(Programme.slug == "health-access"))
        closed.active = False
        db.session.commit()
    return app


def links_in_list(page: str, path: str) -> list[str]:
    """The text of the links under `path` in the page's first plain list, in page order."""
    return [link.text_content().strip() for link in parse(page).xpath(
        "(//ul[contains(@class, 'list')])[1]//a[starts-with(@href, $path)]", path=path)]


def test_the_service_lists_active_programmes_or_all_of_them_by_name(site):
    with site.app_context():
        assert [p.name for p in programmes_by_name(db.session)] == ACTIVE
        assert [p.name for p in programmes_by_name(db.session, with_inactive=True)] == ALL


def test_survivors_and_the_public_choose_from_the_active_programmes_by_name(site):
    visitor = site.test_client()
    assert links_in_list(visitor.get("/").get_data(as_text=True), "/p/") == ACTIVE
    assert links_in_list(visitor.get("/changes").get_data(as_text=True),
                         "/changes?programme=") == ACTIVE


def test_admins_see_every_programme_by_name_wherever_they_choose_one(site):
    add_person(site, "admin", "ada@example.org")
    admin = signed_in(site, "ada@example.org")
    listed = parse(admin.get("/staff/programmes").get_data(as_text=True)).xpath(
        "//table/tbody/tr/td[1]")
    assert [cell.text_content() for cell in listed] == ALL
    entry_choices = select_options(admin.get("/staff/changes/new").get_data(as_text=True))
    assert [text for _value, text in entry_choices["programme"]] == ["All programmes", *ALL]
    invite = parse(admin.get("/staff/accounts").get_data(as_text=True))
    assert [label.text_content().strip() for label in invite.xpath(
        "//input[@name='programmes']/following-sibling::label[1]"
        " | //input[@name='programmes']/parent::label")] == ALL
    inbox = select_options(admin.get("/staff/inbox").get_data(as_text=True))
    assert [text for _value, text in inbox["programme"]] == ["All my programmes", *ALL]
