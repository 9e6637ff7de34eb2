"""The test helpers read pages and TwiML by their structure, not by how the markup is spelled."""

from __future__ import annotations

import pytest

from tests.support import html, twiml
from tests.support.html import NotOnPageError

FORM = """<!doctype html><h1>
  Before   you start</h1>
<form method=post><input value='tok&amp;en' type=hidden name=csrf_token>
<input name="step" type="hidden" value="page:0">
<label><input value="partly" name="felt_safe" type="radio"> Partly</label>
<textarea name="should_change" id="should_change"></textarea><button name="nav">Next</button>
</form><p class="big code"><span>1234</span> <span>5678</span></p>
<a href="/staff/audit?page=2&amp;action=x">Older</a>"""


def test_form_values_are_read_whatever_the_attribute_order_and_quotes():
    assert html.csrf_token(FORM) == "tok&en"
    assert html.input_value(FORM, "step") == "page:0"
    assert html.radio_choices(FORM) == [("felt_safe", "partly")]
    assert html.text_fields(FORM) == ["should_change"]
    assert html.field_names(FORM) == {"csrf_token", "step", "felt_safe", "should_change", "nav"}


def test_headings_codes_and_links_are_read_as_text():
    assert html.heading(FORM) == "Before you start"
    assert html.heading("<h1>كيف عوملت</h1>") == "كيف عوملت"
    assert html.receipt_code(FORM) == "12345678"
    assert html.link_named(FORM, "Older") == "/staff/audit?page=2&action=x"
    assert html.link_named(FORM, "Newer") is None


@pytest.mark.parametrize("page", ["", "<h1>Nothing to send</h1>", "<p>name=\"csrf_token\"</p>",
                                  '<?xml version="1.0" encoding="utf-8"?><feed></feed>'])
def test_a_page_without_a_form_has_no_csrf_token(page):
    with pytest.raises(NotOnPageError):
        html.csrf_token(page)


def test_twiml_messages_are_read_unescaped_and_in_order():
    answer = ('<?xml version="1.0" encoding="UTF-8"?><Response><Message>Fish &amp; chips '
              '&lt;3</Message><Message>Second</Message></Response>')
    assert twiml.messages(answer) == ["Fish & chips <3", "Second"]
    assert twiml.messages("<Response/>") == []


@pytest.mark.parametrize("answer", ["<Reply><Message>x</Message></Reply>",
                                    "<Response><Redirect>/x</Redirect></Response>"])
def test_anything_but_a_twiml_response_of_messages_is_refused(answer):
    with pytest.raises(NotOnPageError):
        twiml.messages(answer)
