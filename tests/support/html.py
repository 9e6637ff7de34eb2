"""Reading the app's HTML pages as a browser would: parsed with lxml, never matched with regular
expressions, so a change of attribute order, quoting or whitespace cannot fool a test."""

from __future__ import annotations

import lxml.html
from lxml.html import HtmlElement


class NotOnPageError(AssertionError):
    """What the test looked for is not on the page."""


_PARSER = lxml.html.HTMLParser(encoding="utf-8")


def parse(html: str) -> HtmlElement:
    # As bytes: lxml refuses text that declares its own encoding (an XML answer, say).
    return lxml.html.document_fromstring((html or "<html></html>").encode(), parser=_PARSER)


def _class(name: str) -> str:
    """An XPath test for one class among the element's classes."""
    return f"contains(concat(' ', normalize-space(@class), ' '), ' {name} ')"


def input_value(html: str, name: str) -> str | None:
    """The value of the first <input> called `name`, or None when the page has none."""
    found = parse(html).xpath("//input[@name=$name]/@value", name=name)
    return str(found[0]) if found else None


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
