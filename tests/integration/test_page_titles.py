"""Every staff, board and public page has its own descriptive title, in the reader's language;
survivor pages all keep the one neutral title, and only pages for staff alone name the site.

A phone's history lists page titles: a survivor's must not say what the site is, and board
members (who also used the services) and people following a link from their receipt page to the
change log must not find the site's name there either.
"""

from __future__ import annotations

import importlib.util
from collections import defaultdict
from pathlib import Path
from typing import Any

import pyotp
import pytest
from babel.support import Translations
from flask import Flask

from feedback_app.config import PROJECT_ROOT, SHIPPED_LANGUAGES
from feedback_app.extensions import db
from feedback_app.models import Account
from feedback_app.services.languages import language_tag
from tests.pages import ADMIN, MEMBER, page_paths, seeded_site
from tests.people import PASSWORD, account_id, add_person, post_form, signed_in
from tests.support.html import page_language, page_title

LANGUAGES = SHIPPED_LANGUAGES
SITE = "Survivor Voice"
# Pages that board members and invitees open too: they never name the site.
SHARED = {"auth.sign_in_page", "auth.sign_in_code", "auth.join", "auth.reset",
          "auth.two_step"}
SIGNED_OUT = {"auth.sign_in_page", "auth.join", "auth.reset"}


def _neutral(language: str) -> str:
    """The survivor pages' title, "Feedback", as the shipped catalogue has it."""
    folder = Path(PROJECT_ROOT) / "feedback_app" / "translations"
    return Translations.load(str(folder), [language]).gettext("Feedback")


def _code_step_client(app: Flask) -> Any:
    """A client between the password and the code of two-step sign-in."""
    email = "tess@example.org"
    add_person(app, "staff", email)
    with app.app_context():
        db.session.get(Account, account_id(app, email)).totp_secret = pyotp.random_base32()
        db.session.commit()
    client = app.test_client()
    response = post_form(client, "/staff/sign-in", {"email": email, "password": PASSWORD})
    assert response.headers["Location"].endswith("/staff/sign-in/code")
    return client


def _titles(app: Flask, *languages: str) -> dict[str, dict[str, str]]:
    """Per language, endpoint to title of every staff, board and public page, each read as the
    person who opens it (an admin, a board member, someone signed out)."""
    paths = page_paths(app, seeded_site(app))
    clients = {"staff": signed_in(app, ADMIN), "board": signed_in(app, MEMBER),
               "public": app.test_client(), "code": _code_step_client(app)}
    titles: dict[str, dict[str, str]] = {language: {} for language in languages}
    for endpoint, path in paths.items():
        who = ("public" if endpoint in SIGNED_OUT else "code" if endpoint == "auth.sign_in_code"
               else "staff" if endpoint == "auth.two_step" else endpoint.split(".")[0])
        for language in languages:
            response = clients[who].get(path, headers={"Accept-Language": language})
            assert response.status_code == 200, (endpoint, path, response.status_code)
            assert response.mimetype == "text/html", endpoint
            titles[language][endpoint] = page_title(response.get_data(as_text=True))
    return titles


@pytest.mark.parametrize("language", ["en", "ar"])
def test_every_signed_in_and_public_page_has_its_own_title(app, language):
    # Given a site with something on every page, read by an admin, a board member and the public
    titles = _titles(app, language)[language]
    # Then every page has a title, none is the survivors' neutral one, and no two are the same
    assert len(titles) >= 25
    assert [e for e, title in titles.items() if not title or title == _neutral(language)] == []
    shared: dict[str, list[str]] = defaultdict(list)
    for endpoint, title in titles.items():
        shared[title].append(endpoint)
    assert {title: e for title, e in shared.items() if len(e) > 1} == {}
    # And only pages for staff alone name the site
    staff_only = {e for e in titles if e.startswith("staff.") and e not in SHARED}
    assert [e for e in staff_only if SITE not in titles[e]] == []
    assert [e for e in set(titles) - staff_only if SITE in titles[e]] == []


def test_titles_are_translated(app):
    # Given the same pages read in English and in French
    titles = _titles(app, "en", "fr")
    english, french = titles["en"], titles["fr"]
    # Then no page keeps its English title
    assert [e for e in english if english[e] == french[e]] == []
    assert french["staff.inbox"] == f"Boîte de réception — Équipe — {SITE}"


def _load_page_weight():
    spec = importlib.util.spec_from_file_location(
        "page_weight", PROJECT_ROOT / "tests" / "bench" / "page_weight.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_survivor_page_keeps_the_neutral_title_in_every_language(app_factory):
    # Given a survivor who walks the whole flow, in each language
    app = app_factory(SUBMIT_LIMIT_CLIENT="1000 per hour")
    bench = _load_page_weight()
    for language in LANGUAGES:
        pages = bench.survivor_pages(app, language)
        assert len(pages) >= 14
        # Then every page, the error page too, has the neutral title in the page's language
        # and nothing more
        for name, html in pages:
            code = page_language(html).replace("-", "_")  # the BCP 47 tag, as a catalogue folder
            assert page_title(html) == _neutral(code), (language, name)
        assert {page_language(html) for _name, html in pages} >= {language_tag(language)}
    assert _neutral("fr") != "Feedback" and _neutral("ar") != "Feedback"
