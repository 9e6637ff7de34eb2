# ruff: noqa: RUF001  (Arabic letters are the point here)
"""A street address abroad, written in Latin letters inside an Arabic answer after "العنوان".

People who moved on write where they live now the way the post there wants it: "العنوان
Hauptstraße 45, 44135 Dortmund", "عنواني: Kerkstraat 12, 3011 Rotterdam". After the Arabic
word for address, Latin words with a house number are the street, and a post code and its town
after a comma belong to it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from feedback_app.theming.addresses.reading import followed_by_count

_LATIN_WORD = r"[A-Za-zÀ-ÖØ-öø-ÿß][A-Za-zÀ-ÖØ-öø-ÿß.'\-]{0,40}"
_CUE = re.compile(
    r"(?<![^\W\d_])(?:ال)?عنوان(?:ي|ه|ها|نا|هم|و|ك|كم)?"
    r"(?:[ \t]+(?:ال)?(?:حالي|جديد|هلق|هلأ|الحين|هسه))?[ \t]*[:\-]?[ \t]*")
# The street's words, its house number ("45", "12a", "7/2"), and perhaps ", 44135 Dortmund".
_STREET = re.compile(
    rf"{_LATIN_WORD}(?:[ \t]{_LATIN_WORD}){{0,3}}[ \t]+\d{{1,4}}(?:[a-zA-Z]|/\d{{1,3}})?(?![\w/])"
    rf"(?:[ \t]*,?[ \t]*\d{{4,5}}(?!\d)[ \t]+{_LATIN_WORD}(?:[ \t][A-ZÀ-Ö]{_LATIN_WORD})?)?")


def streets_abroad(text: str) -> Iterator[tuple[int, int]]:
    """Yield (start, end) of each Latin-script street address written after an Arabic cue."""
    if "عنوان" not in text:
        return
    for cue in _CUE.finditer(text):
        street = _STREET.match(text, cue.end())
        if street is not None and not followed_by_count(text, street.end()):
            yield street.start(), street.end()
