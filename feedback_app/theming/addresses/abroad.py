# ruff: noqa: RUF001  (Arabic letters are the point here)
"""Street addresses abroad, written the way the post there wants them.

People who moved on write where they live now in the country's own form: "العنوان Hauptstraße
45, 44135 Dortmund", "عنواني: Kerkstraat 12, 3011 Rotterdam". After the Arabic word for address,
Latin words with a house number are the street, and a post code and its town after a comma
belong to it. In any answer, one word that ends in a German, Dutch or Nordic word for street
("Hauptstraße", "Kerkstraat", "Storgatan") with a house number is a street too: "am lucrat langa
Hauptstraße 17, 49377 Vechta".
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from feedback_app.theming.addresses.reading import followed_by_count
from feedback_app.theming.addresses.tail import UK_POST_CODE

_LATIN_WORD = r"[A-Za-zÀ-ÖØ-öø-ÿß][A-Za-zÀ-ÖØ-öø-ÿß.'\-]{0,40}"
_CUE = re.compile(
    r"(?<![^\W\d_])(?:ال)?عنوان(?:ي|ه|ها|نا|هم|و|ك|كم)?"
    r"(?:[ \t]+(?:ال)?(?:حالي|جديد|هلق|هلأ|الحين|هسه))?[ \t]*(?:[:\-][ \t]*)?")
# The street's words, its house number ("45", "12a", "7/2"), and perhaps ", 44135 Dortmund".
_STREET = re.compile(
    rf"{_LATIN_WORD}(?:[ \t]{_LATIN_WORD}){{0,3}}[ \t]+\d{{1,4}}(?:[a-zA-Z]|/\d{{1,3}})?(?![\w/])"
    rf"(?:[ \t]*(?:,[ \t]*)?\d{{4,5}}(?!\d)[ \t]+{_LATIN_WORD}(?:[ \t][A-ZÀ-Ö]{_LATIN_WORD})?)?")


def streets_abroad(text: str) -> Iterator[tuple[int, int]]:
    """Yield (start, end) of each Latin-script street address written after an Arabic cue."""
    if "عنوان" not in text:
        return
    for cue in _CUE.finditer(text):
        street = _STREET.match(text, cue.end())
        if street is not None and not followed_by_count(text, street.end()):
            yield street.start(), street.end()


# German, Dutch, Danish, Norwegian and Swedish street words that end one word with the street's
# name. "ring", "damm", "hof" are left out: "during 5", "Wiesbaden" read as streets otherwise.
_STREET_ENDINGS = (r"stra(?:ß|ss)e|str\.|gasse|allee|platz|weg|straat|laan|plein|gracht|steeg|"
                   r"vej|gade|gata|gatan|gaten|v[äa]gen|veien")
_COMPOUND = re.compile(
    # after a space, or after an Arabic or Ge'ez "in", "to" joined to it ("بHauptstraße 47")
    rf"(?:(?<![\w.])|(?<=[\u0600-\u06ff\u1200-\u137f]))"
    rf"[A-ZÄÖÜa-zäöüßåæø][a-zäöüßåæø]{{1,30}}(?:{_STREET_ENDINGS})[ \t]+"
    r"\d{1,4}(?:[a-zA-Z]|/\d{1,3})?(?![\w/])")


# After the house number: the flat or floor ("-2", ", 2. OG", " lgh 1103", " 3 tr", " bus 4"),
# then the post code in the German (5 digits), Dutch ("3511 LK"), Swedish ("214 66"), Danish or
# Norwegian (4 digits) form, and its town ("Frankfurt am Main", "Den Haag").
_TOWN = r"(?=[A-ZÀ-ÖØ-Þ])[A-Za-zÀ-ÖØ-öø-ÿß\-]{2,30}"
_FLAT = (r"-\d{1,3}(?![\w/])|-[A-Z]{1,3}(?!\w)|(?:[ \t]*,)?[ \t]*(?:\d{1,2}\.[ \t]?"
         r"(?:OG|Etage|Stock|DG|EG|OH|ét\.?)|lgh[ \t]?\d{3,4}|\d{1,2}[ \t]?(?:tr|th|tv|sal)\.?|"
         r"[Bb]us[ \t]?\d{1,3})(?!\w)")
# Between a street and its post code, up to three short parts a comma apart: a flat, a floor, a
# door or a district ("Tür 9", "terzo piano", "Whg. 7", "Apt 1104, North York, ON").
_PARTS = r"(?:[ \t]*,[ \t]*[^\W_]{1,12}\.?(?:[ \t][^\W_]{1,12}\.?){0,2}){0,3}"
_POST_CODE = (r"(?:\d{5}|\d{4}[ \t]?[A-Z]{2}|\d{3}[ \t]\d{2}|\d{4})[ \t]+"
              rf"{_TOWN}(?:[ \t](?:am|an|der|den|im|upon|(?=[A-ZÀ-ÖØ-Þ]))[ \t]?{_TOWN})?"
              # a British or Canadian post code, the town perhaps before it
              rf"|(?:{_TOWN}[ \t]+)?{UK_POST_CODE}(?!\w)"
              r"|[A-Z]\d[A-Z][ \t]?\d[A-Z]\d(?!\w)")
_TAIL = re.compile(rf"(?:{_FLAT})?(?:{_PARTS}(?:[ \t]*,)?[ \t]*(?:{_POST_CODE}))?")


def post_code_end(text: str, end: int) -> int:
    """Where an address that reached `end` ends once the flat, the post code and the town
    written after it are added (`end` itself when none is)."""
    tail = _TAIL.match(text, end)
    return tail.end() if tail else end


def compound_streets(text: str) -> Iterator[tuple[int, int]]:
    """Yield (start, end) of each one-word street with its house number ("Hauptstraße 17"),
    with the flat, the post code and the town written after it."""
    for street in _COMPOUND.finditer(text):
        if not followed_by_count(text, street.end()):
            yield street.start(), post_code_end(text, street.end())
