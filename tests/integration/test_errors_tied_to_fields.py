"""Bad input on survivor, staff and board forms: every invalid control says it is invalid and
names the element that holds its error (aria-invalid, aria-describedby), and the summary on top
links to a control that exists, so a screen reader user hears the error where the fix goes.

Read with an HTML parser (lxml), as assistive technology reads the page, not with string search.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

import lxml.html
import pytest
from lxml.html import HtmlElement

from tests.flow import Survivor
from tests.pages import ADMIN, MEMBER, seeded_site
from tests.people import post_form, signed_in

CONTROLS = {"input", "select", "textarea", "button"}


def _by_id(doc: HtmlElement, element_id: str) -> HtmlElement | None:
    found = doc.xpath("//*[@id=$id]", id=element_id)
    return found[0] if found else None


def _field_of(control: HtmlElement) -> HtmlElement:
    """What carries the error for a control: itself, or the fieldset of its group."""
    if control.get("aria-describedby"):
        return control
    groups = control.xpath("ancestor::fieldset[1]")
    assert groups, f"no description on {lxml.html.tostring(control)[:200]!r}"
    return groups[0]


def _description(doc: HtmlElement, field: HtmlElement) -> str:
    ids = (field.get("aria-describedby") or "").split()
    texts = []
    for element_id in ids:
        target = _by_id(doc, element_id)
        assert target is not None, f"aria-describedby names a missing id: {element_id}"
        texts.append(" ".join(target.text_content().split()))
    return " | ".join(texts)


def errors_tied(html: str, *expected: str) -> list[str]:
    """Check the page's error markup; returns the summary's messages."""
    doc = lxml.html.fromstring(html)
    ids = Counter(doc.xpath("//@id"))
    assert [i for i, n in ids.items() if n > 1] == [], "ids must be unique"
    summary = _by_id(doc, "errors")
    assert summary is not None, "no error summary"
    assert summary.get("role") == "alert" and summary.get("tabindex") == "-1"
    links = summary.xpath(".//a")
    assert links, "the summary lists no errors"
    messages = []
    for link in links:
        message = " ".join(link.text_content().split())
        href = link.get("href") or ""
        assert href.startswith("#"), href
        control = _by_id(doc, href[1:])
        assert control is not None, f"the summary links to a missing id: {href}"
        assert control.tag in CONTROLS, f"{href} is a {control.tag}, not a control"
        field = _field_of(control)
        assert field.get("aria-invalid") == "true", href
        assert message in _description(doc, field), (href, message)
        if control.get("type") in ("radio", "checkbox"):
            group = field.xpath(f".//input[@name='{control.get('name')}']") or [control]
            assert {c.get("aria-invalid") for c in group} == {"true"}, href
        messages.append(message)
    # Every control marked invalid is described, and every error shown belongs to a control.
    for marked in doc.xpath("//*[@aria-invalid='true']"):
        assert _description(doc, _field_of(marked)), lxml.html.tostring(marked)[:200]
    described = " ".join(doc.xpath("//@aria-describedby")).split()
    for shown in doc.xpath("//*[contains(concat(' ', @class, ' '), ' error ')]"):
        assert shown.get("id") in described, lxml.html.tostring(shown)[:200]
    for text in expected:
        assert any(text in message for message in messages), (text, messages)
    return messages


def _survivor_at_first_text_page(client: Any) -> Survivor:
    survivor = Survivor(client)
    survivor.starts_survey()
    for _ in range(10):
        if "<textarea" in survivor.html:
            return survivor
        survivor.answers_page()
    raise AssertionError("the survey has no text question")


def test_survivor_forms_tie_each_error_to_its_control(app):
    client = app.test_client()
    survivor = Survivor(client)
    # A language that is not offered
    survivor.opens_programme()
    survivor.post({"language": "xx"})
    errors_tied(survivor.html, "Please choose a language.")
    # Consent without the staff yes, and a choice that is not one of the answers
    survivor.chooses_language("en")
    survivor.reads_before_you_start()
    survivor.post({"consent_board": "maybe"})
    assert survivor.last.status_code == 400
    errors_tied(survivor.html, "Please choose Yes or No.")
    # A choice that is not an answer, and an answer far too long, on one survey page
    survivor = _survivor_at_first_text_page(app.test_client())
    doc = lxml.html.fromstring(survivor.html)
    text = doc.xpath("//textarea/@name")[0]
    radios = doc.xpath("//input[@type='radio']/@name")
    survivor.post({text: "word " * 2_000, "nav": "next",
                   **({radios[0]: "definitely"} if radios else {})})
    assert survivor.last.status_code == 400
    errors_tied(survivor.html, "Please shorten this answer")
    # Too many words to take out, on the preview
    survivor = Survivor(app.test_client())
    code = survivor.submits()
    survivor = Survivor(app.test_client())
    survivor.starts_survey()
    while survivor.step().startswith("page:"):
        survivor.answers_page()
    survivor.post({"action": "remove", "remove_words": ", ".join(f"word{n}" for n in range(30))})
    assert survivor.last.status_code == 400
    errors_tied(survivor.html, "Please list at most 20 words")
    # A receipt code that is not there, then an empty message on the status page
    survivor.get("/r")
    survivor.post({"code": ""}, path="/r")
    errors_tied(survivor.html, "Please type the 20 digits of your code.")
    survivor.opens_receipt(code)
    survivor.post({"body": "   "}, path="/r/reply")
    assert survivor.last.status_code == 400
    errors_tied(survivor.html, "Please write your message, or go back.")


@pytest.mark.parametrize(("page", "action", "data", "expected"), [
    ("/staff/sign-in", None, {"email": ADMIN, "password": "wrong"}, ["do not match an account"]),
    ("/staff/programmes/new", None, {"name": "", "slug": "Not A Slug!", "kind": "nope"}, []),
    ("/staff/accounts", "/staff/accounts/invite", {"email": "not-an-email", "role": "boss",
                                                   "programmes": ["x"]}, []),
    ("/staff/changes/new", None, {"title": "", "status": "someday"},
     ["Please give the change a title."]),
    ("/staff/themes/{theme_id}", "/staff/themes/{theme_id}/rename", {"label": ""},
     ["Please type a name."]),
    ("/staff/themes/{theme_id}", "/staff/themes/{theme_id}/split", {"parts": "9"},
     ["Please give a number from 2 to 5."]),
    ("/staff/themes", "/staff/themes/merge", {"target": "{theme_id}"},
     ["Choose at least one theme to merge"]),
    ("/staff/submissions/{submission_id}", "/staff/submissions/{submission_id}/reply",
     {"body": ""}, []),
    ("/staff/submissions/{submission_id}", "/staff/answers/{answer_id}/redact",
     {"a{answer_id}-phrase": "words that are not there"}, ["Those words are not in this answer."]),
    ("/staff/recommendations", "/staff/recommendations/{recommendation_id}/answer",
     {"r{recommendation_id}-status": "later", "r{recommendation_id}-response": ""}, []),
    ("/staff/changes/{entry_id}", "/staff/changes/{entry_id}/quotes", {"answer": "0"},
     ["Please choose a quote."]),
    ("/staff/accounts/{account_id}", "/staff/accounts/{account_id}/role", {"role": "boss"}, []),
])
def test_staff_forms_tie_each_error_to_its_control(app, page, action, data, expected):
    # Given a signed-in admin on a site with something on every page
    values = seeded_site(app)
    admin = signed_in(app, ADMIN) if page != "/staff/sign-in" else app.test_client()

    def fill(text: str) -> str:
        return text.format(**values)

    # When they send bad input
    response = post_form(admin, fill(action or page),
                         {fill(k): fill(v) if isinstance(v, str) else v for k, v in data.items()},
                         form_page=fill(page))
    # Then the page says what to fix, beside each control and in a summary that links to it
    assert response.status_code == 400, response.status_code
    assert errors_tied(response.get_data(as_text=True), *expected)


def test_board_forms_tie_each_error_to_its_control(app):
    values = seeded_site(app)
    member = signed_in(app, MEMBER)
    # A recommendation without a title, words or themes
    response = post_form(member, "/board/recommendations/new", {"title": "", "body": ""},
                         form_page="/board/recommendations")
    assert response.status_code == 400
    errors_tied(response.get_data(as_text=True), "Please give your recommendation a short title.",
                "Please write what you recommend.", "Please tick at least one theme.")
    # A ranking with no number at all
    round_page = f"/board/rounds/{values['round_id']}"
    response = post_form(member, f"{round_page}/ballot", {}, form_page=round_page)
    assert response.status_code == 400
    errors_tied(response.get_data(as_text=True), "Please give at least one theme a number.")
