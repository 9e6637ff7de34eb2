"""Reading the app's Atom feed as XML, for what a feed reader would not show (rel, raw hrefs)."""

from __future__ import annotations

from lxml import etree

from tests.support.urls import urls_in

ATOM = "{http://www.w3.org/2005/Atom}"
# The app's own answer, but still read without fetching or expanding anything it names.
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)


def parse(xml: str | bytes) -> etree._Element:
    return etree.fromstring(xml.encode() if isinstance(xml, str) else xml, _PARSER)


def entry_links(xml: str | bytes) -> list[tuple[str | None, str | None]]:
    """(rel, href) of each entry's <link>, in feed order."""
    return [(link.get("rel"), link.get("href"))
            for link in parse(xml).iterfind(f"{ATOM}entry/{ATOM}link")]


def absolute_urls(xml: str | bytes) -> list[str]:
    """Every http(s) address in the feed, in attribute values and in text alike."""
    return urls_in(parse(xml))
