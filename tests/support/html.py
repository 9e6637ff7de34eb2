"""Reading the app's HTML pages as a browser would: parsed with lxml, never matched with regular
expressions, so a change of attribute order, quoting or whitespace cannot fool a test."""

from __future__ import annotations

import lxml.html
from lxml.html import HtmlElement

from tests.support.urls import urls_in


class NotOnPageError(AssertionError):
    """What the test looked for is not on the page."""


_PARSER = lxml.html.HTMLParser(encoding="utf-8")


def parse(html: str | bytes) -> HtmlElement:
    # As bytes: lxml refuses text that declares its own encoding (an XML answer, say).
    data = html.encode() if isinstance(html, str) else html
    return lxml.html.document_fromstring(data or b"<html></html>", parser=_PARSER)


def _class(name: str) -> str:
    """An XPath test for one class among the element's classes."""
    return f"contains(concat(' ', normalize-space(@class), ' '), ' {name} ')"


def input_value(html: str, name: str) -> str | None:
    """The value of the first <input> called `name`, or None when the page has none."""
    found = parse(html).xpath("//input[@name=$name]/@value", name=name)
    return str(found[0]) if found else None


def input_values(html: str, name: str) -> list[str]:
    """The value of every <input> called `name`, in page order."""
    return [str(value) for value in parse(html).xpath("//input[@name=$name]/@value", name=name)]


def csrf_token(html: str) -> str:
    """The CSRF token of the page's forms; raises NotOnPageError on a page without a form."""
    token = input_value(html, "csrf_token")
    if not token:
        raise NotOnPageError("the page has no form with a CSRF token")
    return token


def field_names(html: str) -> set[str]:
    """The names of every form control on the page (inputs, text areas, selects, buttons)."""
    return {str(name) for name in parse(html).xpath(
        "//form//*[self::input or self::textarea or self::select or self::button]/@name")}


def text_fields(html: str) -> list[str]:
    """The names of the page's text areas, in page order."""
    return [str(name) for name in parse(html).xpath("//textarea/@name")]


def radio_choices(html: str) -> list[tuple[str, str]]:
    """(name, value) of every radio button, in page order."""
    return [(str(radio.get("name")), str(radio.get("value")))
            for radio in parse(html).xpath("//input[@type='radio'][@name]")]


def value_of(html: str, element_id: str) -> str | None:
    """The value of the element with this id (say a read-only field showing a link), or None."""
    found = parse(html).xpath("//*[@id=$id]/@value", id=element_id)
    return str(found[0]) if found else None


def text_with_class(html: str, name: str) -> list[str]:
    """The text of each element that has this class, in page order."""
    return [element.text_content() for element in parse(html).xpath(f"//*[{_class(name)}]")]


def images(html: str) -> list[tuple[str, str]]:
    """(src, alt) of every image, in page order."""
    return [(str(image.get("src", "")), str(image.get("alt", "")))
            for image in parse(html).xpath("//img")]


def page_title(html: str | bytes) -> str:
    """The page's <title> in its <head>, spaces tidied; empty when it has none."""
    return " ".join(parse(html).xpath("string(/html/head/title)").split())


def page_language(html: str | bytes) -> str | None:
    """The language the page declares (<html lang>), or None."""
    return parse(html).get("lang")


def heading(html: str) -> str:
    """The text of the page's first <h1>, spaces tidied; empty when it has none."""
    found = parse(html).xpath("//h1")
    return " ".join(found[0].text_content().split()) if found else ""


def receipt_code(html: str) -> str:
    """The receipt code's digits, read off its groups; empty when the page shows none."""
    groups = parse(html).xpath(f"//*[{_class('code')}]/span")
    return "".join(group.text_content().strip() for group in groups)


def links(html: str) -> list[str]:
    """The href of every link (<a>), in page order."""
    return [str(href) for href in parse(html).xpath("//a/@href")]


def link_named(html: str, text: str) -> str | None:
    """The href of the first link whose text is `text`, or None when there is none."""
    for link in parse(html).xpath("//a[@href]"):
        if " ".join(link.text_content().split()) == text:
            return str(link.get("href"))
    return None


def stylesheets(html: str) -> list[str]:
    """The href of each stylesheet the page loads."""
    return [str(href) for href in parse(html).xpath("//link[@rel='stylesheet']/@href")]


def feed_links(html: str) -> list[str]:
    """The href of each Atom feed the page announces (<link rel="alternate">)."""
    return [str(href) for href in parse(html).xpath(
        "//link[@rel='alternate'][@type='application/atom+xml']/@href")]


def table_rows(html: str, table_class: str) -> list[list[str]]:
    """The cells' text (spaces tidied) of each body row of the tables that have this class."""
    return [[" ".join(cell.text_content().split()) for cell in row.xpath("th|td")]
            for row in parse(html).xpath(f"//table[{_class(table_class)}]/tbody/tr")]


def monthly_counts(html: str) -> list[tuple[str, str]]:
    """(month as YYYY-MM, what its cell shows) for each month row of the page's trend tables;
    a row for earlier months together has no month and is left out."""
    return [(str(row.xpath("string(th//time/@datetime)")), row.xpath("string(td)").strip())
            for row in parse(html).xpath(f"//table[{_class('trend')}]/tbody/tr[th//time]")]


def sections(html: str, id_prefix: str) -> dict[str, str]:
    """The markup of each <section> whose id starts with `id_prefix`, by the rest of its id."""
    return {str(section.get("id"))[len(id_prefix):]: lxml.html.tostring(section, encoding="unicode")
            for section in parse(html).xpath("//section[starts-with(@id, $prefix)]",
                                             prefix=id_prefix)}


def quotes(html: str) -> list[str]:
    """The text of each quotation (<blockquote>), spaces tidied, in page order."""
    return [" ".join(quote.text_content().split()) for quote in parse(html).xpath("//blockquote")]


def select_options(html: str) -> dict[str, list[tuple[str, str]]]:
    """(value, text) of each option of each <select>, by the select's id."""
    return {str(select.get("id")): [(str(option.get("value")), option.text_content().strip())
                                    for option in select.xpath(".//option")]
            for select in parse(html).xpath("//select[@id]")}


def selected_values(html: str) -> dict[str, list[str]]:
    """The values of the options marked `selected` in each <select>, by the select's id."""
    return {str(select.get("id")): [str(value) for value in
                                    select.xpath(".//option[@selected]/@value")]
            for select in parse(html).xpath("//select[@id]")}


def first_focusable(html: str) -> tuple[str, dict[str, str]]:
    """The tag and attributes of the first link, button or form control in the page's body, the
    element a keyboard reaches first; raises NotOnPageError when there is none."""
    found = parse(html).xpath(
        "//body//*[self::a or self::button or self::input or self::select or self::textarea"
        " or self::summary][1]")
    if not found:
        raise NotOnPageError("the page's body has nothing a keyboard can reach")
    return str(found[0].tag), {str(name): str(value) for name, value in found[0].attrib.items()}


def inline_scripts(html: str) -> int:
    """How many <script> elements carry code in the page itself (no src)."""
    return len(parse(html).xpath("//script[not(@src)]"))


def inline_styles(html: str) -> int:
    """How many <style> elements and style="" attributes the page has."""
    return len(parse(html).xpath("//style | //*[@style]"))


def event_handlers(html: str) -> list[str]:
    """The name of every on*="" attribute (onclick, onload and the rest), in page order."""
    return [str(name) for element in parse(html).iter() if isinstance(element.tag, str)
            for name in element.attrib if str(name).lower().startswith("on")]


def main_content(html: str) -> str:
    """The markup of the page's <main>; raises NotOnPageError when it has none."""
    found = parse(html).xpath("//main")
    if not found:
        raise NotOnPageError("the page has no <main>")
    return lxml.html.tostring(found[0], encoding="unicode")


def absolute_urls(html: str) -> list[str]:
    """Every http(s) address in the page, in attribute values and in text alike."""
    return urls_in(parse(html))


def outcome_tables(html: str) -> dict[tuple[str, str], list[list[str]]]:
    """(programme slug, indicator key) -> the cells' text of each row of its outcome table."""
    return {(str(table.get("data-programme")), str(table.get("data-indicator"))): [
        [" ".join(cell.text_content().split()) for cell in row.xpath("th|td")]
        for row in table.xpath("tbody/tr")]
        for table in parse(html).xpath(f"//table[{_class('outcomes')}]")}


def chart_descriptions(html: str) -> list[tuple[str, str]]:
    """(title, description) of each SVG chart on the page."""
    return [(" ".join(svg.xpath("string(*[local-name()='title'])").split()),
             " ".join(svg.xpath("string(*[local-name()='desc'])").split()))
            for svg in parse(html).xpath("//*[local-name()='svg'][@role='img']")]


def effect_tables(html: str) -> dict[str, list[list[str]]]:
    """Indicator key -> the cells' text of each row of its before-and-after table."""
    return {str(table.get("data-indicator")): [
        [" ".join(cell.text_content().split()) for cell in row.xpath("th|td")]
        for row in table.xpath("tbody/tr")]
        for table in parse(html).xpath(f"//table[{_class('effect')}]")}
