"""Finding every absolute address in a parsed page or feed: in attribute values, text, comments."""

from __future__ import annotations

import re
from collections.abc import Iterator

from lxml import etree

# Over text already taken out of the markup (entities read), never over the markup itself.
ADDRESS = re.compile(r'https?://[^\s"<>]+')


def _strings(root: etree._Element) -> Iterator[str]:
    for element in root.iter():
        if isinstance(element.tag, str):
            yield from (str(value) for value in element.attrib.values())
        yield from (part for part in (element.text, element.tail) if part)


def urls_in(root: etree._Element) -> list[str]:
    """Every http(s) address in the tree, in document order."""
    return [found for string in _strings(root) for found in ADDRESS.findall(string)]
