"""Dates of birth and streets in Tigrinya written in Latin letters ("ane ab 1999 iye tewelide",
"ab godena harnet kutsri geza 27").

The Ge'ez readers in `details` need a Ge'ez letter, and the Latin date rules know "born" and
"dob", not the Tigrinya verb: here a year is a date of birth before a form of "tewelide" (I was
born) with "iye" (I am) between them or not, or after it, or after "ldetey" (my birthday) or
"elet ldet" (date of birth). A street is "godena" (street) or "tsirgya" (road) with its name and
a house number ("kutsri geza 27"), or a house number on its own; "ab godena 2 lelti" (two
nights on the street) stays. Read in Tigrinya answers only.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from feedback_app.theming import months
from feedback_app.theming.spans import Span

# The Tigrinya months as typed in Latin letters, and the Latin months of every language.
_MONTH = (r"(?:t'?ri|[ly]ekatit|megabit|mi?y?azi?ya|gi?nbot|sene|hamle|neha(?:s|si)e|meskerem|"
          rf"ti?[kq]i?mti|hi?dar|tahsas|{months.LATIN})(?![a-z])")
_SEP = r"(?:[ \t]*[,.\-/][ \t]*|[ \t]+)"
_DATE = (rf"(?:{months.DAY}{_SEP}{_MONTH}(?:{_SEP}{months.YEAR})?|{_MONTH}{_SEP}{months.YEAR}"
         rf"|{months.YEAR})(?!\d)")
# "I (she, he, we) was born", "the day (year) I was born": a vowel between "l" and "d", so the
# name Tewelde is no verb.
_BORN = r"(?:zi?)?te?w[eo]l[ie]d[a-z']*"
_AFTER_CUE = re.compile(
    rf"(?<![a-z])(?:{_BORN}(?:[ \t]+(?:amet|elet|eleti|werhi))?|l[iy]?de(?:tey|ta|tu|tka|tki)|"
    rf"eleti?[ \t]+(?:l[iy]?|wl?)det[a-z]*)[ \t]*(?::[ \t]*)?(?:(?:ab|bi?)[ \t]*)?"
    rf"(?P<date>{_DATE})", re.IGNORECASE)
_BEFORE_VERB = re.compile(
    rf"(?<!\d)(?P<date>{months.YEAR})(?!\d)[ \t]+(?:amet[ \t]+)?"
    rf"(?:(?:iy|ey|i)[eaou][ \t]+)?{_BORN}",
    re.IGNORECASE)
# The month and day written before that year: "ab ginbot 1996 iye tewelide".
_MONTH_BEFORE = re.compile(rf"(?<![a-z\d])(?:{months.DAY}{_SEP})?{_MONTH}{_SEP}$", re.IGNORECASE)

_HOUSE = r"(?:(?:[kq]u?ts?i?ri|k\.)[ \t]*geza|geza[ \t]+(?:[kq]u?ts?i?ri|no\.?|k\.))"
_STREET = re.compile(r"(?<![a-z])(?:go?dd?[ae]na|gudena|tsi?rgya)(?![a-z])", re.IGNORECASE)
_NUMBER = re.compile(rf"[ \t]+(?:{_HOUSE}[ \t]*(?::[ \t]*)?)?\d{{1,4}}(?:[/\-]?[a-z](?![a-z]))?"
                     r"(?![\d])", re.IGNORECASE)
_NAME_WORD = re.compile(r"[ \t]+[a-z']+", re.IGNORECASE)
_STREET_CODE = re.compile(r"[ \t]+\d{1,3}-\d{1,3}(?![\d\-])")
_HOUSE_ALONE = re.compile(rf"(?<![a-z]){_HOUSE}[ \t]*(?::[ \t]*)?\d{{1,4}}(?![\d])", re.IGNORECASE)
_MAX_STREET_WORDS = 3
# Words after a number on "the street" that count nights, days, people or money.
_COUNT_WORDS = frozenset((
    "lelti", "lelitat", "mealti", "mealtat", "meealti", "seat", "semun", "semunat", "werhi",
    "awarh", "amet", "ametat", "sebat", "seb", "gize", "deqiq", "euro", "dollar", "nakfa",
    "pound"))


def find_romanised_dates_of_birth(text: str, language: str = "ti") -> Iterator[Span]:
    """Dates of birth in Tigrinya typed in Latin letters: "ane 1999 iye tewelide" gives 1999."""
    if language != "ti":
        return
    for start, end in months.births_around(text, _AFTER_CUE, _BEFORE_VERB, _MONTH_BEFORE):
        yield Span("date", start, end)


def _street_end(text: str, end: int) -> int | None:
    """Where a street's name and house number end after "godena", or None: "godena sematat
    kutsri geza 27" ends after 27, "godena 171-3 kutsri geza 14" after 14."""
    code = _STREET_CODE.match(text, end)
    if code is not None:
        house = _NUMBER.match(text, code.end())
        return house.end() if house else code.end()
    for words in range(_MAX_STREET_WORDS + 1):
        number = _NUMBER.match(text, end)
        if number is not None:
            after = _NAME_WORD.match(text, number.end())
            counted = after is not None and after.group().strip().lower() in _COUNT_WORDS
            return None if counted or words == 0 else number.end()
        word = _NAME_WORD.match(text, end)
        if word is None:
            return None
        end = word.end()
    return None


def find_romanised_addresses(text: str, language: str = "ti") -> Iterator[Span]:
    """Streets in Tigrinya typed in Latin letters: "ab godena harnet kutsri geza 114"."""
    if language != "ti":
        return
    for street in _STREET.finditer(text):
        end = _street_end(text, street.end())
        if end is not None:
            yield Span("address", street.start(), end)
    for house in _HOUSE_ALONE.finditer(text):
        yield Span("address", house.start(), house.end())
