"""Dates of birth as Romanian and Albanian survivors write them.

A full date with a Romanian or Albanian month ("5 martie 1998", "3 qershor 2001") is taken out
wherever it stands, as `dates` does for the other languages, but not when a street is named after
it ("str. 1 Decembrie 1918 nr. 5"). A year, or a day and a month, only after a birth cue:
"nascuta in 2001", "data nasterii: martie 1998", "jam lindur me 2001", "jam le me 3 qershor",
"datelindja 5 mars", "jam e vitit 1998". The cue itself stays.

Runs on the folded view (see `folding`), like every date pattern; accents are optional because
survivors often leave them out ("nascuta", "datelindja", "me" for "më").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from feedback_app.theming import months
from feedback_app.theming.spans import Span

# Romanian, then Albanian; not "noi" (we) for noiembrie, nor the Albanian forms that are words.
_MONTHS = (r"ianuarie|februarie|martie|aprilie|mai|iunie|iulie|august|septembrie|octombrie|"
           r"noiembrie|decembrie|ian|febr?|mart?|apr|iun|iul|aug|sept?|oct|nov|dec|"
           r"janar|shkurt|mars|prill|maj|qershor|korrik|gusht|shtator|tetor|n[eë]ntor|dhjetor")
_MONTH = rf"(?:{_MONTHS})\.?(?![^\W\d_])"
# Possessive: a run of spaces is read once, however long (see `reach`).
_SEP = r"(?:\s++|\s*+[./\-,]\s*+)"
_FULL = rf"{months.DAY}{_SEP}{_MONTH}{_SEP}{months.YEAR}"
_FULL_DATE = re.compile(rf"(?<![\w.])(?P<date>{_FULL})(?![\w])", re.IGNORECASE)
# A street named after a date: Romanian and Albanian street words just before it.
_STREET_BEFORE = re.compile(
    r"(?:\bstr|\bstrada|\bbd|\bb-dul|\bbulevardul|\bcalea|\baleea|\bpia[tț]a|\brruga|\brr|"
    r"\bbulevardi|\bsheshi)\.?\s*$", re.IGNORECASE)

# Romanian: born (m., f., pl.), date of birth, year of birth, my birthday.
_RO_CUE = (r"n[aă]scu[tț](?:[aă]|i|e)?|"
           r"data\s+(?:mea\s+)?de\s+n[aă][sș]tere|data\s+n[aă][sș]terii|anul\s+n[aă][sș]terii|"
           r"ziua\s+(?:mea\s+)?de\s+n[aă][sș]tere")
_RO_LINK = (r"(?:\s+(?:mea|mele|lui|ei))?(?:\s+(?:e|este|era))?(?:\s+(?:pe|[iî]n|la))?"
            r"(?:\s+(?:data\s+de|anul|ziua\s+de))?")
# Albanian: born ("lindur", "u linda", "lindi", Gheg "jam le"), date of birth, birthday, year of
# birth, "of the year" ("jam e vitit 1998").
_SQ_CUE = (r"lind(?:ur|a|i)?|(?:jam|je|ka|kam|asht|[eë]sht[eë])\s+le|"
           r"(?:dat[eë]|dit[eë])\s?lindj(?:a|e|en|es)?|(?:data|dita|viti)\s+[ei]\s+lindjes|"
           r"(?:jam|je|[eë]sht[eë]|esht|asht|ishte)\s+[ei]\s+vitit")
_SQ_LINK = (r"(?:\s+(?:ime|e\s+mia|e\s+tij|e\s+saj))?(?:\s+(?:[eë]sht[eë]|esht|asht|ishte))?"
            r"(?:\s+(?:m[eë]|n[eë]))?(?:\s+(?:vitin|dat[eë]n))?")
# What may follow the cue: a full date, a day and month, a month and year, a year alone, or a
# year of two digits after an apostrophe ("nascut in '98").
_PARTIAL = (rf"{_FULL}|{months.DAY}{_SEP}{_MONTH}|{_MONTH}{_SEP}{months.YEAR}|"
            r"\d{1,2}[./\-]\d{1,2}(?:[./\-](?:\d{4}|\d{2}))?|"
            rf"{months.YEAR}|['\u2019`]\d{{2}}")
_BORN_DATE = re.compile(
    rf"(?<![\w])(?:(?:{_RO_CUE}){_RO_LINK}|(?:{_SQ_CUE}){_SQ_LINK})"
    rf"\s*(?:[:\-]\s*)?(?P<date>{_PARTIAL})(?![\w])",
    re.IGNORECASE)
_DIGIT = re.compile(r"\d")


def find_ro_sq_dates(text: str) -> Iterator[Span]:
    """Yield dates with a Romanian or Albanian month, and dates or years after a birth cue:
    "m-am nascut pe 5 martie 1998 in orhei" gives "5 martie 1998", "jam lindur me 2001" "2001"."""
    if not _DIGIT.search(text):
        return
    for match in _FULL_DATE.finditer(text):
        if _STREET_BEFORE.search(text, max(0, match.start() - 12), match.start()) is None:
            yield Span("date", match.start("date"), match.end("date"))
    for match in _BORN_DATE.finditer(text):
        yield Span("date", match.start("date"), match.end("date"))
