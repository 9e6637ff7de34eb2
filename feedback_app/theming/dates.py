# ruff: noqa: RUF001, RUF002, RUF003  (Arabic-Indic and Persian digits and dashes are the point here)
"""Dates of birth, and exact dates in general, in English, Spanish, French, Portuguese and Arabic.

A full day-month-year date ("21/08/1996", "9 October 2000", "5 de junio de 1997", "٥ يونيو ١٩٩٧")
is redacted wherever it stands: with the programme and a date, one survivor can be picked out.
A year or a month on its own ("in May", "since 2019", "last year") identifies nobody and stays,
unless a birth cue comes before it ("born in 1996", "nací en 1997", "ولدت عام 1996").

The patterns run on the folded view (see `folding`), so every digit system reads as 0-9. Month
names are matched without case and with or without accents, as survivors type them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from feedback_app.theming import months
from feedback_app.theming.spans import Span

# Dots after abbreviations ("Oct.") and the prefixes Arabic attaches to a month ("في", "ب").
_MONTH = rf"(?:{months.LATIN})\.?(?![^\W\d_])|(?:ب|في\s)?(?:{months.ARABIC})(?![^\W\d_])"
_DAY = r"(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th|er|º|°|ª|o)?"
# After an Arabic or Persian word, a Hijri or Solar Hijri year too ("١٤١٧ هـ", "۱۳۷۵").
_YEAR_AR = (rf"(?:(?:عام|سنة|سنه|سال|م\.?)\s?)?(?:{months.YEAR}|1[34]\d{{2}})"
            r"(?:\s?(?:م|هـ|ه|ش)(?![^\W\d_]))?")
_OF = r"(?:\s*,\s*|\s+(?:de|del|of)\s+|\s+|\s*[\-/.]\s*)"
# A word where a month may stand, checked against the month names afterwards: one alternation of
# a hundred names tried at every character would make a 100 kB answer slow.
_MONTH_SLOT = r"(?:كانون|تشرين|ربيع|جمادى|ذو)\s\S{4,7}|(?:ب|في\s)?[^\W\d_]{2,10}\.?"
_MONTH_NAME = re.compile(_MONTH, re.IGNORECASE)
_TEXT_DATES = (
    # 9 October 2000, 5 de junio de 1997, ٥ يونيو ١٩٩٧
    rf"{_DAY}{_OF}(?P<month>{_MONTH_SLOT}){_OF}{_YEAR_AR}",
    rf"(?P<month_first>[^\W\d_]{{3,9}}\.?)\s+{_DAY}\s*(?:,\s*)?{months.YEAR}",  # October 9, 2000
)
_NUMERIC_DATE = (
    r"\d{1,2}(?P<sep>[./\-])\d{1,2}(?P=sep)(?:\d{4}|\d{2})"  # 21/08/1996, 07.11.94
    r"|\d{4}(?P<sep2>[./\-])\d{1,2}(?P=sep2)\d{1,2}"  # 1996-08-21
    # 21 08 1996: spaces only with a four-digit year and no digit group around it, which would
    # make it part of a phone number ("06 12 1995 44" is no date).
    r"|(?<!\d\s)\d{1,2}\s\d{1,2}\s(?:19|20)\d{2}(?!\s?\d)"
)
_FULL_DATE = re.compile(
    rf"(?<![\w/.\-])(?:{_NUMERIC_DATE})(?![\w/]|[.\-]\d)"
    # a day written after a joined Arabic "on" ("ب٢ تموز ١٩٩٧") starts a date too
    rf"|(?:(?<![\w])|(?<=(?<![\w])ب))(?:{'|'.join(_TEXT_DATES)})(?![\w])",
    re.IGNORECASE,
)
# What may follow a birth cue: a full date, a day and month, a month and year, or a year alone.
_PARTIAL_DATE = (
    rf"{_DAY}{_OF}(?:{_MONTH})(?:{_OF}{_YEAR_AR})?"
    rf"|(?:{_MONTH}){_OF}{_YEAR_AR}"
    rf"|(?:{months.LATIN})\.?\s+{_DAY}(?:\s*(?:,\s*)?{months.YEAR})?"
    r"|\d{1,2}[./\-\s]\d{1,2}(?:[./\-\s](?:\d{4}|\d{2}))?"
    rf"|(?:شهر|الشهر)\s?\d{{1,2}}\s+{_YEAR_AR}"  # "شهر ٥ سنة ٢٠٠٠": the fifth month
    rf"|{_YEAR_AR}"
)
_BIRTH_CUE = (
    r"(?:was\s+|were\s+)?born(?:\s+(?:on|in))?(?:\s+the)?|date\s+of\s+birth|d\.?o\.?b\.?|"
    r"birthday(?:\s+is)?(?:\s+on)?|"
    r"nac[ií](?:d[oa])?(?:\s+(?:el|en|a))?(?:\s+d[ií]a)?|naci[oó](?:\s+(?:el|en))?|"
    r"fecha\s+de\s+nacimiento|"
    # "né", "née", "nee"; a bare "ne" only before "le", "en", "au" or "à": Albanian "ne 2021"
    # (in 2021) and Romanian "ne" (us) are no birth cue.
    r"n(?:ée?|ee)(?:\s+(?:le|en|au|a|à))?|ne\s+(?:le|en|au|à)|date\s+de\s+naissance|"
    r"nasci(?:d[oa])?(?:\s+(?:em|a|no|na))?(?:\s+dia)?|data\s+de\s+nascimento|"
    # Arabic: I was born, born (m., f.), born of the year, date of birth, my birthday.
    # Dialect: "اتولدت", "انولدت", "تولدت" (I was born), "مواليدي", "تاريخ الولادة".
    r"[وف]?(?:(?:ا[تن])?وُ?لدت|تولدت|ولدتُ|مولود[ةه]?|من\s+مواليد|مواليدي?|"
    r"تاريخ\s+(?:الميلاد|ميلادي|الولاد[ةه]|ولادتي)|عيد\s+ميلادي)"
    r"(?:\s+(?:في|فى|ف|عام|سنة|سنه|بتاريخ|يوم))?(?:\s*بـ?\s*(?=\d))?|"
    # Persian and Dari: born, date of birth, born in the year.
    r"(?:متولد|تاریخ\s+تولد|تولد(?:\s+من)?)(?:\s+(?:در|سال)){0,2}"
)
_BORN_DATE = re.compile(
    rf"(?<![\w])(?:{_BIRTH_CUE})\s*(?:[:\-]\s*)?(?P<date>{_PARTIAL_DATE})(?![\w])",
    re.IGNORECASE,
)
# "مواليد ٩٥", "ولدت سنة ٩٨": after a birth cue of its own, a year of two digits.
_BORN_SHORT_YEAR = re.compile(
    r"(?<![\w])(?:مواليدي?|(?:ا[تن])?وُ?لدت\s+(?:سنة|سنه|عام)|مولود[ةه]?\s+(?:سنة|سنه|عام))"
    r"\s?(?:سنة|سنه|عام)?\s?(?P<date>\d{2})(?![\w./\-])")
_SEPARATORS = re.compile(r"[./\-\s]")
_DIGIT = re.compile(r"\d")


def _plausible_numeric(text: str) -> bool:
    """21/08/1996 or 08/21/1996, never 45/13/2000; a year first reads year-month-day."""
    parts = [int(part) for part in _SEPARATORS.split(text) if part.isdecimal()]
    if len(parts) != 3:
        return True  # a textual date: its pattern already bounds the day
    first, second = parts[1:] if parts[0] > 31 else parts[:2]
    return 1 <= first <= 31 and 1 <= second <= 31 and min(first, second) <= 12


def find_dates(text: str) -> Iterator[Span]:
    """Yield full dates anywhere, and dates or years that follow a birth cue."""
    if not _DIGIT.search(text):
        return  # every date holds a digit; most answers have none
    for match in _FULL_DATE.finditer(text):
        if match.group("sep") == "-" and len(match.group()) <= 8:
            continue  # "10-12-14" is a score or a range as often as a date; a birth cue decides
        month = match.group("month") or match.group("month_first")
        if month is not None and not _MONTH_NAME.fullmatch(month):
            continue
        if _plausible_numeric(match.group()):
            yield Span("date", match.start(), match.end())
    for match in _BORN_DATE.finditer(text):
        yield Span("date", match.start("date"), match.end("date"))
    for match in _BORN_SHORT_YEAR.finditer(text):
        yield Span("date", match.start("date"), match.end("date"))
