"""Dates of birth and street addresses in a Ge'ez-script answer.

A day, a Tigrinya or Amharic month and a year ("12 ሚያዝያ 1999") is a date wherever it stands;
after a birth cue ("ዕለት ልደተይ", "ዝተወለድኩሉ") or before a birth verb ("ብ1996 ተወሊደ") a month
and year or a year alone is one too. Ages ("ዕድመይ 19") and years said in passing ("ካብ 2022")
stay. A street is "ጎደና" (street) or "ጽርግያ" (road) with its name and a house number
("ጎደና ሰማእታት ቁጽሪ ገዛ 27"), or a house number on its own ("ቁጽሪ ገዛ 14", "ገዛ ቁ. 8"); "ኣብ ጎደና
2 ለይቲ ደቂሰ" (two nights on the street) stays. Latin-letter streets of the countries Eritreans
live in ("Kanaalweg 7B, 3526 KL Utrecht", "Rosengatan 12, lgh 1103") are read here too, in a
Tigrinya answer in Latin letters as well, since the Latin-script readers look for English,
French, Spanish and Portuguese ones.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from feedback_app.theming import months
from feedback_app.theming.addresses.tail import tail_end
from feedback_app.theming.geez.script import WORD, normalise
from feedback_app.theming.scripts import ETHIOPIC, has_ethiopic
from feedback_app.theming.spans import Span

_MONTHS = normalise(
    "ጥሪ|ለካቲት|የካቲት|መጋቢት|ሚያዝያ|ግንቦት|ሰነ|ሰኔ|ሓምለ|ሐምሌ|ነሓሰ|ነሐሴ|ጳጉሜን|ጳጉሜ|መስከረም|ጥቅምቲ|"
    "ጥቅምት|ሕዳር|ኅዳር|ታሕሳስ|ታኅሣሥ|ጃንዩወሪ|ጥር|ፌብሩወሪ|ማርች|ኤፕሪል|ሜይ|ጁን|ጁላይ|ኦገስት|ሰፕቴምበር|"
    "ኦክቶበር|ኖቬምበር|ዲሰምበር|ዲሴምበር")
_G = ETHIOPIC
_SEP = r"[ \t\u1361\u1363,]*"
# Days and years in Ge'ez numerals ("፲፪ መጋቢት ፲፱፻፹፰" is 12 Megabit 1988): ones ፩-፱, tens
# ፲-፺, and ፻ for a hundred, so nineteen hundred is ፲፱፻ and two thousand ፳፻.
_GEEZ_ONES, _GEEZ_TENS = "[\u1369-\u1371]", "[\u1372-\u137a]"
_GEEZ_DAY = f"(?:[\u1372-\u1374]{_GEEZ_ONES}?|{_GEEZ_ONES})(?![\u1369-\u137c])"
_GEEZ_YEAR = f"(?:\u1372\u1371|\u1373)\u137b{_GEEZ_TENS}?{_GEEZ_ONES}?(?![\u1369-\u137c])"
_DAY = f"(?:{months.DAY}|{_GEEZ_DAY})"
_YEAR = f"(?:{months.YEAR}|{_GEEZ_YEAR})"
_FULL = re.compile(rf"(?<![\d{_G}]){_DAY}{_SEP}(?:{_MONTHS}){_SEP}{_YEAR}(?!\d)")
# "Date of birth", "my (her, his, your) birthday", "the day (year) I (she, he) was born", "born".
_BIRTH_CUE = normalise(
    "ዕለት[ \t]+(?:ልደት|ውልደት)[\u1200-\u137f]*|ዕለተ[ \t]+ልደት[\u1200-\u137f]*|"
    "ልደ(?:ተይ|ታ|ቱ|ትካ|ትኪ)|ዝተወለ[ድደ][\u1200-\u137f]*(?:[ \t]+(?:ዕለት|ዓመት|ወርሒ))?|"
    "ተወሊደ|ተወሊዳ|ተወሊዱ|የትውልድ[ \t]+ቀን|የተወለድኩት")
# A month as a Tigrinya, Amharic or Latin-letter word ("ግንቦት", "March").
_ANY_MONTH = rf"(?:{_MONTHS}|(?i:{months.LATIN})(?![A-Za-z]))"
_AFTER_CUE = re.compile(
    rf"(?:{_BIRTH_CUE}){_SEP}(?:[:\-]{_SEP})?(?:ብ|በ|ኣብ[ \t]*)?(?:{normalise('ወርሒ')}[ \t]+)?"
    rf"(?P<date>"
    rf"{_DAY}{_SEP}{_ANY_MONTH}(?:{_SEP}{_YEAR})?|{_ANY_MONTH}{_SEP}{_YEAR}|{_YEAR})(?!\d)")
# A year before "I (she, he) was born", the copula of any person between them: "ብ1997 እያ
# ተወሊዳ", "ኣብ 1996 ዓ.ም እየ ተወሊደ".
_BEFORE_VERB = re.compile(normalise(
    rf"(?<!\d)(?P<date>{_YEAR})(?!\d)[ \t]*(?:ዓ\.?ም\.?[ \t]*)?"
    r"(?:(?:እየ|ኢየ|እያ|ኢያ|እዩ|ኢዩ)[ \t]+)?(?:ተወሊ[ደዳዱ]|ዝተወለ[ድደ]|ተወለድኩ|ተወልጄ|ተወለደ)"))
# The month and day written before that year: "ኣብ ግንቦት 1996 እየ ተወሊደ".
# "ብ፳፪ ሚያዝያ ፲፱፻፺፫", "ብሚያዝያ 1997": "in" may be joined to the day or the month.
_MONTH_BEFORE = re.compile(
    rf"(?:(?<![\u1369-\u137cA-Za-z\d]){_DAY}{_SEP}|(?<![{_G}A-Za-z\d])(?:ብ|በ)?){_ANY_MONTH}{_SEP}$")

_STREET = normalise("ጎደና|ጎዳና|ጐደና|መንገዲ|ጽርግያ")
_HOUSE = normalise(r"ቁጽሪ[ \t]+ገዛ|ገዛ[ \t]+ቁጽሪ|ገዛ[ \t]+ቁ\.|ቁ\.|ቁጽሪ|የቤት[ \t]+ቁጥር|ቁጥር")
# After a street's name, a house number; never a count of nights, days or people.
_NUMBER = re.compile(normalise(
    rf"[ \t]*(?:(?:{_HOUSE})[ \t]*(?::[ \t]*)?)?\d{{1,4}}(?:[/\-]?[A-Za-z{_G}](?![{_G}]))?(?!\d)"))
_HOUSE_ALONE = re.compile(normalise(rf"(?:{_HOUSE[:_HOUSE.index('|ቁ')]})[ \t]*(?::[ \t]*)?\d{{1,4}}"
                                    r"(?:[/\-]?[A-Za-z])?(?![\dA-Za-z])"))
_STREET_CODE = re.compile(r"[ \t]+\d{1,3}-\d{1,3}(?![\d\-])")
_DIGIT_AFTER = frozenset("0123456789")
_COUNT_WORDS = frozenset(normalise(
    "ለይቲ ለያልን መዓልቲ መዓልታት ሰዓት ሰሙን ሰሙናት ወርሒ ኣዋርሕ ዓመት ዓመታት ሰብ ሰባት ደቒቕ ግዜ "
    "ቆልዑ ኣንስቲ ሰብኡት ዩሮ ዶላር ናቕፋ ፓውንድ ብር ሸቃል").split())
_MAX_STREET_WORDS = 3
# Latin letters: a street word of Dutch, Swedish, Norwegian, Danish, German or English ending.
_LATIN_WORD = re.compile(r"[A-Za-zÀ-ÿ]+")
_STREET_ENDINGS = ("weg", "straat", "laan", "gracht", "plein", "gatan", "gata", "vägen", "vagen",
                   "veien", "vei", "gate", "vej", "gade", "strasse", "straße", "gasse", "allee",
                   "platz", "ring", "lanes", "lane", "road", "street", "avenue", "close", "court")
# A house number, with a Dutch or Swedish flat after a dash ("Kanaalstraat 22-3").
_TOWN_ADJECTIVE = re.compile(r"(?<![\w])[A-ZÄÖÜ][a-zäöüß]+er[ \t]+$")
_HOUSE_NUMBER = re.compile(r"[ \t]+\d{1,4}(?:-\d{1,3}|[A-Za-z])?(?![\w\-])")
# A street word that comes before the street's name in Italian and French ("Via dei Volsci 38"),
# or a short form after it in English ("Levinsky St 42"), with the house number.
_STREET_FIRST = re.compile(
    r"(?<![A-Za-z])(?:Via|Viale|Piazza|Corso|Largo|Vicolo|Rue|Avenue|Boulevard|Calle)"
    r"(?:[ \t]+(?:d[ei]|del|della|dei|degli|des|du|de|la|le|[A-Z][a-zà-ÿ']+)){1,3}"
    r"[ \t]*(?:,[ \t]*)?\d{1,4}[A-Za-z]?(?![\w])")
_SHORT_STREET = re.compile(
    r"(?<![A-Za-z])[A-Z][a-zà-ÿ]+[ \t]+(?:St|Rd|Ave|Str)\.?[ \t]+\d{1,4}[A-Za-z]?(?![\w])")
_LATIN_TAIL = re.compile(
    r"(?:[ \t]*(?:,[ \t]*)?(?:lgh|l[äa]genhet|whg|wohnung|apt|flat|leil)\.?[ \t]*\d{1,5})?"
    r"(?:[ \t]*(?:,[ \t]*)?(?:\d{4}[ \t]?[A-Z]{2}|\d{3}[ \t]?\d{2}|\d{4,5})"
    r"[ \t]+[A-ZÅÄÖ][a-zåäöüé]+)?")
_NUMBER_FIRST = re.compile(r"(?:(?:flat|apt|unit)\.?[ \t]*\d{1,4}[A-Za-z]?[ \t]*,[ \t]*)?"
                           r"\d{1,4}[A-Za-z]?[ \t]+(?:[A-Za-z]+[ \t]+){0,2}$", re.IGNORECASE)


def find_geez_dates_of_birth(text: str, language: str = "ti") -> Iterator[Span]:
    del language
    if not has_ethiopic(text):
        return
    normalised = normalise(text)
    for found in _FULL.finditer(normalised):
        yield Span("date", found.start(), found.end())
    for start, end in months.births_around(normalised, _AFTER_CUE, _BEFORE_VERB, _MONTH_BEFORE):
        yield Span("date", start, end)


def _street_end(text: str, street_end: int) -> int | None:
    """Where a Ge'ez street's name and house number end, or None without a house number. A
    numbered street of Asmara ("ጎደና 171-3") is the street's name and a house number alike."""
    code = _STREET_CODE.match(text, street_end)
    if code is not None:
        house = _NUMBER.match(text, code.end())
        after = text[house.end():house.end() + 1] if house else ""
        return house.end() if house and after not in _DIGIT_AFTER else code.end()
    end = street_end
    for _ in range(_MAX_STREET_WORDS):
        number = _NUMBER.match(text, end)
        if number and end > street_end:
            after = WORD.match(text, number.end() + 1) if text[number.end():number.end() + 1] \
                in (" ", "\t") else None
            return None if after and after.group() in _COUNT_WORDS else number.end()
        word = WORD.match(text, end + 1) if text[end:end + 1] in (" ", "\t") else None
        if word is None:
            return None
        end = word.end()
    number = _NUMBER.match(text, end)
    return number.end() if number else None


def _named_after_town(text: str, word: re.Match[str]) -> int:
    """Where a street begins whose name is a town's adjective before a street word written
    apart ("Berliner Straße 12", "Frankfurter Allee 5"): at the adjective."""
    if word.group().lower() not in _STREET_ENDINGS:
        return word.start()
    before = _TOWN_ADJECTIVE.search(text, max(0, word.start() - 30), word.start())
    return before.start() if before else word.start()


def _latin_streets(text: str) -> Iterator[Span]:
    for word in _LATIN_WORD.finditer(text):
        if not word.group().lower().endswith(_STREET_ENDINGS):
            continue
        number = _HOUSE_NUMBER.match(text, word.end())
        if number is not None:
            start, end = _named_after_town(text, word), number.end()
        else:
            before = _NUMBER_FIRST.search(text, max(0, word.start() - 40), word.start())
            if before is None:
                continue
            start, end = before.start(), word.end()
        end = _LATIN_TAIL.match(text, end).end()
        yield Span("address", start, max(end, tail_end(text, end)[0]))
    for pattern in (_STREET_FIRST, _SHORT_STREET):
        for street in pattern.finditer(text):
            end = _LATIN_TAIL.match(text, street.end()).end()
            yield Span("address", street.start(), max(end, tail_end(text, end)[0]))


def find_geez_addresses(text: str, language: str = "ti") -> Iterator[Span]:
    """Streets in a Ge'ez-script answer, and in a Tigrinya answer in Latin letters the streets
    of the countries Eritreans live in ("adrashey Kanaalstraat 22-3, 3531 CJ Utrecht iyu")."""
    if not has_ethiopic(text):
        if language == "ti":
            yield from _latin_streets(text)
        return
    normalised = normalise(text)
    for street in re.finditer(rf"(?<![{_G}])(?:{_STREET})(?![{_G}])", normalised):
        end = _street_end(normalised, street.end())
        if end is not None:
            yield Span("address", street.start(), end)
    for house in _HOUSE_ALONE.finditer(normalised):
        yield Span("address", house.start(), house.end())
    yield from _latin_streets(text)
