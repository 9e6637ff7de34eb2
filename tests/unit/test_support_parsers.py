"""The test helpers read pages and TwiML by their structure, not by how the markup is spelled."""

from __future__ import annotations

import pytest

from tests.support import atom, html, twiml
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


ROUND = """<!doctype html><html lang=fr><head><title>
  Round   one</title><link href="/changes.atom" type="application/atom+xml" rel=alternate>
<link rel=stylesheet href='/static/style.css'></head><body>
<a id=quick-exit href="/exit" class=exit>Leave</a>
<section id="theme-7" class="card"><table class='trend'><tbody>
<tr><th scope=row><time datetime=2026-03>March</time></th><td> hidden </td></tr>
<tr><th><span data-month=earlier>Earlier months</span></th><td>4</td></tr>
</tbody></table><blockquote>A  quote &amp; more</blockquote></section>
<section id="other"></section>
<table class="priorities wide"><tbody><tr><td>1</td><td>Safety &amp; rest</td><td>7</td></tr>
</tbody></table>
<select name="rank_7" id=rank_7><option value="">-</option><option selected value=1>1</option>
</select><select id="rank_8"><option value="" selected>-</option></select>
<main id=main><p>Only this</p></main><!-- see https://example.org/a -->
<p>Go to https://example.org/p/x. <img alt="" src="data:image/svg+xml,x"></p></body></html>"""


def test_tables_trends_sections_quotes_and_choices_are_read_by_structure():
    assert html.table_rows(ROUND, "priorities") == [["1", "Safety & rest", "7"]]
    assert html.table_rows(ROUND, "wide") == [["1", "Safety & rest", "7"]]
    assert html.monthly_counts(ROUND) == [("2026-03", "hidden")]
    assert list(html.sections(ROUND, "theme-")) == ["7"]
    assert html.monthly_counts(html.sections(ROUND, "theme-")["7"]) == [("2026-03", "hidden")]
    assert html.quotes(ROUND) == ["A quote & more"]
    assert html.select_options(ROUND) == {"rank_7": [("", "-"), ("1", "1")],
                                          "rank_8": [("", "-")]}
    assert html.selected_values(ROUND) == {"rank_7": ["1"], "rank_8": [""]}


def test_head_links_main_and_addresses_are_read_by_structure():
    assert html.page_title(ROUND) == "Round one"
    assert html.page_language(ROUND.encode()) == "fr"
    assert html.feed_links(ROUND) == ["/changes.atom"]
    assert html.stylesheets(ROUND) == ["/static/style.css"]
    assert html.first_focusable(ROUND) == ("a", {"id": "quick-exit", "href": "/exit",
                                                 "class": "exit"})
    assert html.main_content(ROUND) == '<main id="main"><p>Only this</p></main>'
    assert html.absolute_urls(ROUND) == ["https://example.org/a", "https://example.org/p/x."]


def test_a_page_without_what_is_asked_for_says_so():
    with pytest.raises(NotOnPageError):
        html.first_focusable("<body><p>No links</p></body>")
    with pytest.raises(NotOnPageError):
        html.main_content("<body><p>No main</p></body>")
    assert html.page_title("<p>x</p>") == "" and html.page_language("<p>x</p>") is None


@pytest.mark.parametrize(("page", "scripts", "styles", "handlers"), [
    ('<script src="/static/enhance.js" defer></script><p>Fine</p>', 0, 0, []),
    ("<SCRIPT>alert(1)</SCRIPT>", 1, 0, []),
    ("<script type=module>x()</script>", 1, 0, []),
    ("<p style='color:red'>x</p><style>p{}</style>", 0, 2, []),
    ('<body onload=go()><a href="/x" onClick="go()">x</a>', 0, 0, ["onclick", "onload"]),
    ("<p>Press on=3 to go on</p>", 0, 0, []),
])
def test_inline_code_is_found_however_it_is_spelled(page, scripts, styles, handlers):
    assert html.inline_scripts(page) == scripts
    assert html.inline_styles(page) == styles
    assert sorted(html.event_handlers(page)) == handlers


def test_atom_entry_links_and_addresses_are_read_as_xml():
    feed = ('<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
            '<id>https://example.org/changes.atom</id><entry><link rel="alternate" '
            'href="https://example.org/changes/2"/></entry><entry><link '
            'href="https://example.org/changes/1?a=1&amp;b=2"/></entry></feed>')
    assert atom.entry_links(feed) == [("alternate", "https://example.org/changes/2"),
                                      (None, "https://example.org/changes/1?a=1&b=2")]
    assert atom.absolute_urls(feed.encode()) == [
        "https://example.org/changes.atom", "https://example.org/changes/2",
        "https://example.org/changes/1?a=1&b=2"]
