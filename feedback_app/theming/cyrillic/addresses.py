# ruff: noqa: RUF001, RUF003  (Cyrillic letters that look like Latin ones are the point)
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
_SHORT = (r"(?:(?:ул|вул|пр-т|просп|пр|пер|пров|б-р|бул|ш|пл|наб|мкр|мкрн|ul|vul|pr|al)\."
          r"|(?:ул|вул|просп|пр-т|мкр|мкрн|ul|vul)(?=[ \t]))")
# Street words written out: the name after them starts with a capital (or is Latin transliteration).
_FULL = (r"(?:улиц[аеиуы]|улицей|вулиц[яіюе]|вулицею|проспект[аеу]?|проспекті|переул[оке]+к?|"
         r"переулке|провул[оку]+к?|бульвар[аеу]?|бульварі|площад[ьи]|площ[аіу]|набережн(?:ая|ой|а|ій)|"
         r"проезд[аеу]?|проїзд|микрорайон[аеу]?|мікрорайон[іу]?|квартал[аеі]?|"
         r"(?i:ulica|ulitsa|ulitca|ulitsy|vulytsia|vulytsya|vulica|prospekt|ulice))")
# A word that ends a street's name: "Варшавское шоссе", "Садовая улица".
_AFTER_NAME = (r"(?:шоссе|ш\.|улица|улице|улицы|улицу|вулиця|вулиці|вулицю|проспект|проспекте|"
               r"проспекті|переулок|переулке|провулок|провулку|бульвар|бульваре|бульварі|площадь|"
               r"площади|площа|площі|тупик|набережная|набережной|набережна|набережній)")
# A street named by an adjective, typed in any case: "дмитровское шоссе", "на садовой улице".
_ADJECTIVE_ANY = (r"(?!(?i:этой|этом|той|том|нашей|нашем|моей|моем|вашей|одной|одном|другой|"
                  r"другом|такой|какой|этой|всей|самой|главной|главном|большой|соседней|цій|"
                  r"тій|нашій|моїй|одній|іншій|головній|сусідній|великій)(?!\w))"
                  r"[а-яёіїєґА-ЯЁІЇЄҐ][\w\-]{2,}(?:ое|ая|ой|ий|ый|ом|ую|ей|ій|ої)")
# A number after a street word that counts days or people is no house number ("на той улице 3
# дня жила", "на улице Садовой 20 человек").
_NOT_COUNT = (r"(?![ \t]*(?i:дн|ден|год|лет|час|раз|недел|месяц|минут|человек|люд|рок|рік|тиж|"
              r"хвилин|годин|чоловік|тысяч|тисяч|долл|евро|євро|руб|грн|%))")
# Before a street, the Russian order writes the post code, region and town: "140060, пос.
# Октябрьский, ул. Заводская, д. 5", "142100 Московская обл., г. Подольск, ул. Ленина 5".
_CAP_WORD = r"[A-ZА-ЯЁІЇЄҐ][\w\-]*"
_BEFORE_STREET = (rf"(?:\d{{5,6}}[ \t]*(?:,[ \t]*)?)?"
                  rf"(?:{_CAP_WORD}[ \t]+(?:обл\.|область|области|край)[ \t]*,[ \t]*)?"
                  rf"(?:(?:г|гор|пос|п|пгт|с|дер|м|смт)\.[ \t]*{_CAP_WORD}[ \t]*,[ \t]*)?")
# The town after a street: ", м. Київ", ", г. Москва", and abroad ", Praha 2".
_LATIN_CAP = "A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽŁŚŻŹÖÜÄ"
_TOWN_AFTER = (rf"(?:[ \t]*,[ \t]*(?:(?:г|м)\.[ \t]*{_CAP_WORD}|"
               rf"[{_LATIN_CAP}][a-zà-ž]+(?:[ \t]+\d{{1,2}})?)(?![\w.]))?")
# Polish, Czech and Slovak streets are adjectives with their number after them ("Kolejowa 7",
# "Vinohradská 48", "Piotrkowska 112/5").
_SLAVIC_ABROAD = rf"[{_LATIN_CAP}]\w*(?:owa|ewa|ska|cka|ská|cká|ová|ova|ého|ní|owej|skiej)"
# Streets abroad written in Cyrillic or as there: German, Turkish, Italian, French, Czech words.
_FOREIGN_AFTER = (r"(?:штрасе|штрассе|штрасcе|штр\.|аллее|плац|гассе|вег|(?i:stra(?:ss|ß)e|str\.|"
                  r"gasse|platz|weg|allee|cd\.|cad\.|caddesi|sk\.|sok\.|sokak|sokağı|bulvarı|blv\.))")
_NUMBER = r"(?:№[ \t]*)?\d{1,4}(?:-?[а-яa-z](?![^\W\d_]))?(?:[/\-]\d{1,4}[а-яa-z]?)?(?!\d)"
_HOUSE = rf"(?:(?i:д|дом|буд|будинок|no|№)\.?[ \t:]*)?{_NUMBER}"
_NAME_ANY = rf"{_L}[\w'’\-]*(?:[ \t]+{_L}[\w'’\-]*){{0,2}}"
_NAME_CAP = r"(?:[A-ZА-ЯЁІЇЄҐ0-9]\w*[ \t]+)?[A-ZА-ЯЁІЇЄҐ][\w'’\-]*(?:[ \t]+[A-ZА-ЯЁІЇЄҐ][\w'’\-]*)?"
# Flat, block, building, floor and room after the house number.
_UNIT = (r"(?:[ \t]*(?:,[ \t]*)?(?:кв|квартира|корп|корпус|к|стр|строение|под|подъезд|під'їзд|эт|"
         r"этаж|пов|поверх|кімн|комн|комната|секция|kv|m|lok|apt)\.?[ \t]*\d{1,4}[а-яa-z]?(?!\d))")
# A post code and the town after it: Poland "04-357 Warszawa", Czechia "120 00 Praha 2",
# Germany, Russia, Ukraine "10115 Berlin", "01001 Київ".
_POST_TOWN = (r"(?:[ \t]*(?:,[ \t]*)?(?:\d{2}-\d{3}|\d{3}[ \t]\d{2}|\d{5,6})[ \t]+"
              r"[A-ZА-ЯЁІЇЄҐ][\w\-]*(?:[ \t]+\d{1,2}(?!\d))?)")
_TAIL = rf"(?:[ \t]*(?:,[ \t]*)?{_HOUSE})?{_UNIT}{{0,3}}{_POST_TOWN}?"
_ADDRESS = re.compile(
    rf"(?<!\w){_BEFORE_STREET}(?:"
    rf"{_SHORT}[ \t]*{_NAME_ANY}[ \t]*(?:,[ \t]*)?{_HOUSE}"
    rf"|{_ADJECTIVE_ANY}[ \t]+{_AFTER_NAME}[ \t]*(?:,[ \t]*)?{_HOUSE}"
    rf"|(?:доме|будинку|дом|будинок)[ \t]+№?[ \t]*\d{{1,4}}[а-я]?"
    rf"[ \t]+по[ \t]+{_FULL}[ \t]+{_NAME_CAP}"
    rf"|{_CAP_WORD}(?:ой|ая|ій|а)[ \t]+{_NUMBER}(?={_UNIT})"
    rf"|{_SLAVIC_ABROAD}[ \t]+{_NUMBER}(?=[ \t]*,[ \t]*(?:\d{{2}}-\d{{3}}[ \t]+)?[{_LATIN_CAP}])"
    rf"|(?<=(?<![^\W\d_])(?:на|по|na) ){_SLAVIC_ABROAD}[ \t]+{_NUMBER}(?=[ \t]*[,.;!?)]|$)"
    rf"|{_SLAVIC_ABROAD}[ \t]+{_NUMBER}(?=[ \t]*(?:[.;:!?)]|$)|[ \t]+(?:у|в|на|де|где|там|и|і|"
    rf"до|біля|возле|рядом|поруч)(?!\w))"
    rf"|(?:{_CAP_WORD}[ \t]+(?i:mah\.|mahallesi)[ \t]*(?:,[ \t]*)?)?\d{{1,4}}\.?[ \t]*"
    rf"(?i:sok\.|sk\.|sokak|cad\.|cd\.)[ \t]*{_HOUSE}"
    rf"|{_FULL}[ \t]+(?:{_NAME_CAP}|(?i:[a-z][\w\-]*))[ \t]*(?:,[ \t]*)?{_HOUSE}"
    rf"|{_NAME_CAP}[ \t]+{_AFTER_NAME}[ \t]*(?:,[ \t]*)?{_HOUSE}"
    rf"|{_NAME_CAP}[ \t]*{_FOREIGN_AFTER}[ \t]*{_HOUSE}"
    rf"|(?i:via|viale|piazza|corso|rue|avenue|calle)[ \t]+{_NAME_CAP}[ \t]*(?:,[ \t]*)?{_NUMBER}"
    rf"|(?:[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ]\w*(?:ská|ová|ého|ní|ova))[ \t]+{_NUMBER}(?={_POST_TOWN})"
    rf"){_NOT_COUNT}{_UNIT}{{0,3}}{_POST_TOWN}?{_TOWN_AFTER}(?!\w)"
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
