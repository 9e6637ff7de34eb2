"""Reading the TwiML the app answers Twilio with, parsed as XML."""

from __future__ import annotations

from lxml import etree

from tests.support.html import NotOnPageError

# The app's own answer, but still read without fetching or expanding anything it names.
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)


def messages(xml: str | bytes) -> list[str]:
    """The text of each <Message> in a TwiML <Response>, in order; raises NotOnPageError when
    the answer is not a TwiML response or holds anything but messages."""
    data = xml.encode() if isinstance(xml, str) else xml
    root = etree.fromstring(data, _PARSER)
    if root.tag != "Response":
        raise NotOnPageError(f"not a TwiML response: <{root.tag}>")
    if any(child.tag != "Message" for child in root):
        raise NotOnPageError("a TwiML response with something other than messages")
    return ["".join(child.itertext()) for child in root]
