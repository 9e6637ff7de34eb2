# ruff: noqa: RUF001  (Cyrillic letters that look like Latin ones are the point)
"""Street addresses in Russian and Ukrainian answers, and the foreign ones they hold.

"ул. Строителей, д. 14, корп. 2", "вулиці Шевченка, 12, кв. 3", "Варшавское шоссе, д. 125",
"проспект Миру 45, кв. 112", in Latin letters "ulica gagarina 8 kv 40", and the streets of the
countries people went to, written as there or in Cyrillic ("ul. Grochowska 112/5, 04-357
Warszawa", "Ландсбергер штрасе 160", "Ordu Cd. No:25", "Vinohradská 48, 120 00 Praha 2").
A street needs its house number: "на улице ночевала" is no address.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from feedback_app.theming.spans import Span

_L = r"[^\W\d_]"
# Abbreviated street words: the name after them may be in any case ("ул. строителей 5").
_SHORT = (r"(?:ул|вул|пр-т|просп|пр|пер|пров|б-р|бул|ш|пл|наб|мкр|мкрн|ul|vul|pr|al)\.")
# Street words written out: the name after them starts with a capital (or is Latin transliteration).
_FULL = (r"(?:улиц[аеиуы]|улицей|вулиц[яіюе]|вулицею|проспект[аеу]?|проспекті|переул[оке]+к?|"
         r"переулке|провул[оку]+к?|бульвар[аеу]?|бульварі|площад[ьи]|площ[аіу]|набережн(?:ая|ой|а|ій)|"
         r"проезд[аеу]?|проїзд|микрорайон[аеу]?|мікрорайон[іу]?|квартал[аеі]?|"
         r"(?i:ulica|ulitsa|ulitca|ulitsy|vulytsia|vulytsya|vulica|prospekt|ulice))")
# A word that ends a street's name: "Варшавское шоссе", "Садовая улица".
_AFTER_NAME = (r"(?:шоссе|улица|улице|вулиця|вулиці|проспект|проспекте|проспекті|переулок|"
               r"провулок|бульвар|площадь|площа|тупик|набережная|набережна)")
# Streets abroad written in Cyrillic or as there: German, Turkish, Italian, French, Czech words.
_FOREIGN_AFTER = (r"(?:штрасе|штрассе|штрасcе|штр\.|аллее|плац|гассе|вег|(?i:stra(?:ss|ß)e|str\.|"
                  r"gasse|platz|weg|allee|cd\.|cad\.|caddesi|sk\.|sok\.|sokak|sokağı|bulvarı|blv\.))")
_NUMBER = r"(?:№[ \t]*)?\d{1,4}(?:-?[а-яa-z](?![^\W\d_]))?(?:[/\-]\d{1,4}[а-яa-z]?)?(?!\d)"
_HOUSE = rf"(?:(?i:д|дом|буд|будинок|no|№)\.?[ \t:]*)?{_NUMBER}"
_NAME_ANY = rf"{_L}[\w'’\-]*(?:[ \t]+{_L}[\w'’\-]*){{0,2}}"
_NAME_CAP = r"(?:[A-ZА-ЯЁІЇЄҐ0-9]\w*[ \t]+)?[A-ZА-ЯЁІЇЄҐ][\w'’\-]*(?:[ \t]+[A-ZА-ЯЁІЇЄҐ][\w'’\-]*)?"
# Flat, block, building, floor and room after the house number.
_UNIT = (r"(?:[ \t]*,?[ \t]*(?:кв|квартира|корп|корпус|к|стр|строение|под|подъезд|під'їзд|эт|"
         r"этаж|пов|поверх|кімн|комн|комната|секция|kv|m|lok|apt)\.?[ \t]*\d{1,4}[а-яa-z]?(?!\d))")
# A post code and the town after it: Poland "04-357 Warszawa", Czechia "120 00 Praha 2",
# Germany, Russia, Ukraine "10115 Berlin", "01001 Київ".
_POST_TOWN = (r"(?:[ \t]*,?[ \t]*(?:\d{2}-\d{3}|\d{3}[ \t]\d{2}|\d{5,6})[ \t]+"
              r"[A-ZА-ЯЁІЇЄҐ][\w\-]*(?:[ \t]+\d{1,2}(?!\d))?)")
_TAIL = rf"(?:[ \t]*,?[ \t]*{_HOUSE})?{_UNIT}{{0,3}}{_POST_TOWN}?"
_ADDRESS = re.compile(
    rf"(?<!\w)(?:"
    rf"{_SHORT}[ \t]*{_NAME_ANY}[ \t]*,?[ \t]*{_HOUSE}"
    rf"|{_FULL}[ \t]+(?:{_NAME_CAP}|(?i:[a-z][\w\-]*))[ \t]*,?[ \t]*{_HOUSE}"
    rf"|{_NAME_CAP}[ \t]+{_AFTER_NAME}[ \t]*,?[ \t]*{_HOUSE}"
    rf"|{_NAME_CAP}[ \t]*{_FOREIGN_AFTER}[ \t]*{_HOUSE}"
    rf"|(?i:via|viale|piazza|corso|rue|avenue|calle)[ \t]+{_NAME_CAP}[ \t]*,?[ \t]*{_NUMBER}"
    rf"|(?:[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ]\w*(?:ská|ová|ého|ní|ova))[ \t]+{_NUMBER}(?={_POST_TOWN})"
    rf"){_UNIT}{{0,3}}{_POST_TOWN}?(?!\w)"
)
# A hostel or dormitory with its number ("общежитие № 3", "гуртожиток №5").
_HOSTEL = re.compile(r"(?<!\w)(?i:общежити[еия]|общаг[аиеу]|гуртожит(?:ок|ку|ка))[ \t]*№[ \t]*"
                     r"\d{1,4}(?!\d)")


def find_cyrillic_addresses(text: str, language: str = "ru") -> Iterator[Span]:
    """Yield street addresses in Russian and Ukrainian answers."""
    if language not in ("ru", "uk"):
        return
    for match in _ADDRESS.finditer(text):
        yield Span("address", match.start(), match.end())
    for match in _HOSTEL.finditer(text):
        yield Span("address", match.start(), match.end())
