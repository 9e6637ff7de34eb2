# ruff: noqa: RUF002, RUF003  (Arabic-Indic and Persian digits and dashes are the point here)
"""A matching view of a text: every digit system read as 0-9, invisible characters taken out,
letters of the scripts written without spaces read as spaces.

Survivors type phone numbers and dates in Arabic-Indic (٠-٩) or Persian (۰-۹) digits, and text
pasted from a phone or a chat often carries zero-width spaces, soft hyphens and right-to-left
marks between the digits ("0795\u200b550123"). The contact and date patterns are written for
ASCII digits and visible characters, so they run on this folded view; spans found there are
mapped back, because the preview and the stored markers use offsets in the original text.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache

from feedback_app.theming.scripts import SPACELESS_RANGES
from feedback_app.theming.spans import Span

# Zero-width space, joiners and directional marks (U+200B..U+200F), word joiner (U+2060), byte
# order mark (U+FEFF), soft hyphen (U+00AD), bidi embeddings and overrides (U+202A..U+202E) and
# isolates (U+2066..U+2069), plus the Arabic letter mark (U+061C) and Mongolian vowel separator
# (U+180E) that phones insert the same way. None of them is visible in the answer.
_INVISIBLE_CHARS = frozenset("\u00ad\u061c\u180e\ufeff" + "".join(
    chr(code) for first, last in ((0x200B, 0x200F), (0x202A, 0x202E), (0x2060, 0x2064),
                                  (0x2066, 0x2069)) for code in range(first, last + 1)))
_INVISIBLE = re.compile("[" + "".join(sorted(_INVISIBLE_CHARS)) + "]")
# Dashes and the minus sign read as "-", so "079–555–0123" groups like "079-555-0123".
_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"


@cache
def _fold_table() -> dict[int, str]:
    # Every decimal digit of the Basic Multilingual Plane (Arabic-Indic, Persian, Devanagari,
    # Bengali, Thai, Myanmar, full-width...) and the bold and double-struck "font" digits
    # (U+1D7CE..U+1D7FF) that some type to get a number past filters.
    codes = [*range(0x80, 0x10000), *range(0x1D7CE, 0x1D800)]
    table = {code: str(unicodedata.decimal(chr(code)))
             for code in codes if unicodedata.decimal(chr(code), None) is not None}
    table.update({ord(dash): "-" for dash in _DASHES})
    table[0x066B] = "."  # Arabic decimal separator
    table[0x066C] = ","  # Arabic thousands separator
    table[0x060C] = ","  # Arabic comma, as in "٥ يونيو، ١٩٩٧"
    table[0xFF20] = "@"  # full-width at sign from East Asian keyboards
    # Chinese, Japanese, Korean and Ge'ez put no space between a word and a number ("电话138…",
    # "邮箱是wang@…"): each of their letters reads as a space, so a number or an address next to
    # one starts a word as it does after a space. Their full-width commas and stops read as ASCII.
    for first, last in SPACELESS_RANGES:
        table.update({code: " " for code in range(first, last + 1)})
    table.update({0xFF0C: ",", 0x3001: ",", 0xFF1A: ":", 0xFF1B: ";", 0x3002: ".",
                  0x1361: " ", 0x1362: ".", 0x1363: ",", 0x1364: ";", 0x1365: ":", 0x1366: ":"})
    return table


@dataclass(frozen=True, slots=True)
class Folded:
    """The folded text and, when characters were taken out, where each of its characters was."""

    text: str
    origin: tuple[int, ...] | None = None

    def to_original(self, span: Span) -> Span:
        """The same span with offsets in the original text; inner invisible characters included."""
        if self.origin is None:
            return span
        return Span(span.kind, self.origin[span.start], self.origin[span.end - 1] + 1)


def fold(text: str) -> Folded:
    """Fold digits and dashes to ASCII (same length) and drop invisible characters (mapped)."""
    if text.isascii():
        return Folded(text)
    folded = text.translate(_fold_table())
    if not _INVISIBLE.search(folded):
        return Folded(folded)
    kept = [i for i, ch in enumerate(folded) if ch not in _INVISIBLE_CHARS]
    return Folded("".join(folded[i] for i in kept), tuple(kept))
