# ruff: noqa: RUF001, RUF002, RUF003  (Cyrillic letters that look like Latin ones are the point)
"""Dates of birth and ID numbers as Russian and Ukrainian answers write them.

A full date with the month's name ("5 марта 1998 г.", "5 березня 1998 р.") is taken out wherever
it stands, as `dates` does for other languages; a year alone only after or before a birth cue
("1993 г.р.", "1993 року народження", "родилась в 1993"). An ID number follows its document:
"паспорт 45 12 345678", "снилс 123-456-789 01", "миграционная карта 4618 1234567", "ІПН, мій
3214509876".
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from feedback_app.theming import months
from feedback_app.theming.spans import Span

# Month names in the genitive, as a date says them, Russian then Ukrainian, and short forms.
_MONTHS = (r"январ[яь]|феврал[яь]|марта?|апрел[яь]|ма[яй]|июн[яь]|июл[яь]|августа?|"
           r"сентябр[яь]|октябр[яь]|ноябр[яь]|декабр[яь]|січня|лютого|березня|квітня|травня|"
           r"червня|липня|серпня|вересня|жовтня|листопада|грудня|"
           r"янв|фев|мар|апр|июн|июл|авг|сен|сент|окт|ноя|нояб|дек")
# "г.", "года", "р.", "року" after the year belong to the date.
_YEAR_WORD = r"(?:[ \t]*(?:г\.?|года|году|гг\.|р\.?|року|році)(?!\w))?"
_TEXT_DATE = re.compile(
    rf"(?<![\w.])(?:0?[1-9]|[12]\d|3[01])[ \t]*(?i:{_MONTHS})\.?[ \t]+{months.YEAR}{_YEAR_WORD}"
    r"(?![\w])")
_BIRTH_BEFORE = (r"(?:родил(?:ся|ась|ася)|народил(?:ся|ася|ась)|народився|народжен(?:ий|а)|"
                 r"рожден(?:а|ия|ый)|рождена|"
                 r"нар\.|(?<![\w.])(?<!\d[ \t])(?:р|род|рожд)\.(?=[ \t]*(?:19|20)\d\d)|"
                 r"д\.[ \t]?р\.|г\.[ \t]?р\.|год(?:а)?[ \t]+рождения|рік[ \t]+народження|"
                 r"року[ \t]+народження|дата[ \t]+рождения|дата[ \t]+народження)")
_BIRTH_AFTER = (r"(?:г\.?[ \t]?р\.?|года[ \t]+рождения|року[ \t]+народження|р\.[ \t]?н\.|"
                r"г\.[ \t]?рожд\.?)(?!\w)")
# After a birth cue a date may give its year in two digits, or none: "родилась 3 апреля 96 года",
# "родилась в 98-м", "народилась у 95 році", "народилась 12 березня".
_SHORT_BORN = re.compile(
    rf"(?i:{_BIRTH_BEFORE})[ \t:,\-]*(?:(?:в|у|во)[ \t]+)?"
    rf"(?P<date>(?:(?:0?[1-9]|[12]\d|3[01])[ \t]*(?i:{_MONTHS})\.?[ \t]+)?\d{{2}}"
    r"(?:-?(?:м|го|ом)|[ \t]*(?:г\.?|года|году|р\.?|року|році))(?!\w)"
    rf"|(?:0?[1-9]|[12]\d|3[01])[ \t]*(?i:{_MONTHS})(?![\w.])(?![ \t]*\d))")
_BORN_YEAR = re.compile(
    rf"(?i:{_BIRTH_BEFORE})[ \t:,\-]*(?:(?:в|у|во)[ \t]+)?(?P<before>{months.YEAR})(?!\d)"
    rf"|(?<!\d)(?P<after>{months.YEAR})[ \t]*(?i:{_BIRTH_AFTER})")
# Documents whose number follows them; "мой", "мій", "номер", "№", ":" may stand between.
_DOCUMENT = (r"(?:паспорт\w{0,3}|загранпаспорт\w{0,3}|загран\w{0,3}|снилс\w{0,2}|инн|іпн|ипн|"
             r"рнокпп|огрн|полис\w{0,2}|омс|миграционн\w{1,3}[ \t]+карт\w{1,2}|"
             r"міграційн\w{1,3}[ \t]+карт\w{1,2}|патент\w{0,2}|внж|рвп|посвідк\w{1,2}|"
             r"вид[ \t]+на[ \t]+жительство|id[ \t\-]?карт\w{1,2}|ід[ \t\-]?карт\w{1,2}|"
             r"номер[ \t]+(?:(?:моей|моего|моєї|мого|моє)[ \t]+)?"
             r"(?:дела|справи|паспорта|документа)|"
             r"справа|дело|"
             r"свидетельств\w{1,2}|свідоцтв\w{1,2})")
_BETWEEN = (r"(?:[ \t]*(?:[,:\-]|(?:мой|мій|моя|моє|мое|номер|серия|серія|и|і|рф)(?!\w)|№))"
            r"{0,3}[ \t]*")
# The number: letters and digits in groups, with five digits at least (checked after).
# A case sign may lead with letters and a Roman numeral and group its digits with dots
# ("WSO-II.6151.3387.2023").
_NUMBER = (r"(?P<number>(?:[A-ZА-ЯІЇЄ]{1,5}-[IVX]{1,4}\.)?[A-ZА-ЯІЇЄ]{0,3}[ \t\-]?\d[\dA-Z]*"
           r"(?:[ \t\-/.]\d[\dA-Z]*){0,4})")
_ID = re.compile(rf"(?<!\w)(?i:{_DOCUMENT})(?!\w){_BETWEEN}{_NUMBER}(?![\w\-/])")
MIN_ID_DIGITS = 5
# Phones grouped with one-digit groups, which the shared phone rules take for counts: Russia's
# trunk "8" before a mobile ("8 903 555 12 34"), or any grouping after a phone word.
_PHONE = re.compile(r"(?<![\w+])(?:\+?\d{1,3}[ \t.\-]?)?(?:\(\d{2,5}\)[ \t.\-]?)?\d{1,4}"
                    r"(?:[ \t.\-]\d{1,4}){1,5}(?![\w\-/])")
_MOBILE_AFTER_8 = re.compile(r"8[ \t\-]?\(?9\d\d")
_PHONE_WORD = re.compile(
    r"(?i:номер\w{0,2}|телефон\w{0,2}|тел\.|звон\w{0,4}|звоните|дзвон\w{0,4}|вайбер\w{0,2}|"
    r"вотсап\w{0,2}|ватсап\w{0,2}|телеграм\w{0,2}|мобильн\w{1,3}|мобільн\w{1,3}|viber|"
    r"whatsapp)[^\d\n]{0,25}$")
MIN_PHONE_DIGITS = 7
MAX_PHONE_DIGITS = 15


def find_cyrillic_dates(text: str, language: str = "ru") -> Iterator[Span]:
    """Yield full dates with a Russian or Ukrainian month name, and years of birth."""
    if language not in ("ru", "uk"):
        return
    for match in _TEXT_DATE.finditer(text):
        yield Span("date", match.start(), match.end())
    for match in _BORN_YEAR.finditer(text):
        group = "before" if match.group("before") else "after"
        yield Span("date", match.start(group), match.end(group))
    for match in _SHORT_BORN.finditer(text):
        yield Span("date", match.start("date"), match.end("date"))


def find_cyrillic_ids(text: str, language: str = "ru") -> Iterator[Span]:
    """Yield the numbers written after a document's name."""
    if language not in ("ru", "uk"):
        return
    for match in _ID.finditer(text):
        number = match.group("number").strip(" \t-")
        if sum(ch.isdigit() for ch in number) >= MIN_ID_DIGITS:
            start = match.start("number") + match.group("number").index(number)
            yield Span("number", start, start + len(number))


def find_cyrillic_phones(text: str, language: str = "ru") -> Iterator[Span]:
    """Yield phones written the Russian way, or after a Russian or Ukrainian phone word."""
    if language not in ("ru", "uk"):
        return
    for match in _PHONE.finditer(text):
        digits = sum(ch.isdigit() for ch in match.group())
        if not MIN_PHONE_DIGITS <= digits <= MAX_PHONE_DIGITS:
            continue
        if _MOBILE_AFTER_8.match(match.group()) or _PHONE_WORD.search(
                text, max(0, match.start() - 40), match.start()):
            yield Span("phone", match.start(), match.end())
