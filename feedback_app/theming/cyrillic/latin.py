# ruff: noqa: RUF001  (Cyrillic letters that look like Latin ones are the point)
"""Names in Latin letters inside Russian and Ukrainian answers.

These answers hold Latin letters two ways: the names of employers and staff abroad ("pan
Kowalski", "frau Schmidt", "менеджер Kevin"), read by the Latin rules, and whole sentences typed
in transliteration ("nas bylo 6 devochek, asel samaya mladshaya"), where a name is in lower case
like every other word. The Latin rules would take a capitalised town or office for a name ("v
Dublini", "в Ausländerbehörde") and a lower-case word for one after a name ("Ewa za vse, vy
nam"): they keep names in Latin letters only, in capitals, after a title or after a Cyrillic
kinship word, role or thanks ("мій чоловік taras bondarenko", "Дякую Giulia", the Cyrillic word
left out). In a transliterated sentence, a word that spells a listed given name ("asel",
"khrystyna", "kasia", "vitalik") is a name.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from functools import cache

from feedback_app.theming import scripts
from feedback_app.theming.cyrillic import cues
from feedback_app.theming.cyrillic.forms import WORD, key, word_list
from feedback_app.theming.spans import Span

# Words that name no one: offices, apps and aid bodies survivors write in Latin letters.
NOT_NAMES = frozenset(("jobcenter", "caritas", "whatsapp", "viber", "telegram", "western",
                       "union", "google", "pesel", "iom", "unhcr"))
# A German, Polish or English office or place word ("Ausländerbehörde", "Arbeitsamt").
# A document's name too ("Aufenthaltstitel", "Arbeitsvertrag", "Meldebescheinigung").
_OFFICE = re.compile(r"(?:behörde|amt|ämter|zentrum|stelle|heim|büro|gericht|polizei|kasse|"
                     r"schule|verein|dienst|hilfe|agentur|urząd|centrum|center|centre|titel|"
                     r"ausweis|karte|schein|erlaubnis|bescheid|vertrag|bescheinigung|"
                     r"versicherung|nummer)$",
                     re.IGNORECASE)
# A title before a name, in Latin or Cyrillic letters: the name after it may be in lower case.
_TITLE_BEFORE = re.compile(
    r"(?<![^\W\d_])(?i:pan|pani|pana|panu|panem|panią|frau|herr|mr|mrs|ms|miss|dr|signora|"
    r"signor|madame|madam|monsieur|sr|sra|пан|пані|пана|фрау|герр|мистер|миссис|мисс)"
    r"\.?[ \t]+$")
# "v Dublini", "z Lvova", "в Praha": after these a Latin word is a place, not a name.
_INTO_BEFORE = re.compile(r"(?<![^\W\d_])(?i:v|vo|u|w|we|do|iz|na|в|во|у|до|из|із|на)[ \t]+$")
# "rabotala na Timura", "spasibo nadezhda": in a transliterated sentence "na" works for someone
# and thanks go to someone, so a listed name after them in any case form is a name.
_FOR_SOMEONE = re.compile(r"(?<![^\W\d_])(?i:na)[ \t]+$")
_THANKS_BEFORE = re.compile(r"(?<![^\W\d_])(?i:spasibo|spasybi|dyakuyu|dakuju|blagodaryu)"
                            r"[ \t,]+$")
_CASE_ENDINGS = ("", "a", "u", "e", "om", "oj", "oy", "i", "y", "ovi", "yu")
_FROM_BEFORE = re.compile(r"(?<![^\W\d_])(?i:z|s|iz|з|с|зі)[ \t]+$")
# Short words of transliterated Russian and Ukrainian that English or Polish seldom use: three
# of them say that the answer's Latin letters are a Slavic sentence.
_TRANSLIT_WORDS = frozenset((
    "ya", "menya", "mene", "menia", "nas", "bylo", "byla", "buly", "bulo", "ne", "na", "mne",
    "meni", "ona", "oni", "vse", "vsyo", "ochen", "duzhe", "tozhe", "tezh", "kak", "yak", "shcho",
    "shcho", "chto", "shto", "eto", "tse", "moi", "moya", "moyu", "nam", "vy", "ej", "yej", "yiy",
    "emu", "yomu", "ego", "yogo", "pryvit", "privet", "spasibo", "dyakuyu", "kogda", "koly",
    "gde", "zovut", "zvaty", "bez", "vas", "tam", "tut", "zdes", "seichas", "zaraz", "teper",
    "rabota", "rabotala", "pratsyuyu", "ili", "abo", "potom", "potim", "esli", "yakshcho", "dobra",
    "dobre", "dobryi", "khorosho", "pomogla", "dopomogla", "dopomig", "ij", "yiyi", "neyi",
    "nei", "mnoi", "mnoyu", "ochen", "vsem", "vsim", "opyat", "znovu", "nego", "neyo", "yeyo",
    "pomogite", "dopomozhit", "zvonit", "dzvonyt", "seychas", "segodnya", "sogodni", "mozhno",
    "mozhna", "nado", "nuzhno", "treba", "tolko", "lyshe", "uzhe", "vzhe", "eshche", "yeshche",
    "shche", "kotoryy", "kotoraya", "yakyi", "yaka", "nikto", "nikhto", "nichego", "nichoho",
    "bolshe", "bilshe", "vmeste", "razom", "kazhdyy", "kozhen", "novyy", "novyi", "v", "za",
    "ikh", "ih", "nikh", "nih", "doma", "nikuda", "rabotali", "rabotal", "rabotat", "zabrala",
    "zabral", "zabrali", "strashno", "derzhat", "hozyain", "hozyaika", "khozyain", "khozyaika"))
_LATIN_WORD = re.compile(r"(?<![^\W\d_])[A-Za-z][a-z']{2,19}(?![^\W\d_])")
_SHORT_WORD = re.compile(r"(?<![^\W\d_])[a-z]{1,10}(?![^\W\d_])")
_TO_LATIN = dict(zip("абвгґдеёєжзиіїйклмнопрстуфхцчшщъыьэюя'",
                     ("a", "b", "v", "g", "g", "d", "e", "e", "ye", "zh", "z", "i", "i", "yi",
                      "y", "k", "l", "m", "n", "o", "p", "r", "s", "t", "u", "f", "kh", "ts",
                      "ch", "sh", "shch", "", "y", "", "e", "yu", "ya", ""), strict=True))
# Spellings of one sound, made alike on both sides: "khrystyna" and "hristina" are one name.
_ALIKE = (("shch", "sh"), ("sch", "sh"), ("kh", "h"), ("tch", "ch"), ("tc", "c"), ("ts", "c"),
          ("zh", "Z"), ("j", "y"), ("w", "v"), ("iy", "y"), ("ii", "i"), ("yy", "y"),
          ("ia", "ya"), ("iu", "yu"), ("io", "yo"), ("y", "i"), ("'", ""))


def _alike(latin: str) -> str:
    latin = latin.casefold()
    for spelling, same in _ALIKE:
        latin = latin.replace(spelling, same)
    return latin


def _spelt(cyrillic: str) -> str:
    return _alike("".join(_TO_LATIN.get(letter, letter) for letter in key(cyrillic)))


@cache
def _translit_names() -> frozenset[str]:
    """Listed given names as spelt in Latin letters, less those spelt like an everyday word
    that is no name ("dali", "ale")."""
    given = word_list("cyrillic_given_names") - word_list("cyrillic_word_names")
    everyday = {_spelt(word) for word in word_list("cyrillic_everyday") - given}
    return frozenset(spelt for spelt in map(_spelt, given)
                     if len(spelt) >= 3 and spelt not in everyday)


@cache
def _translit_word_names() -> frozenset[str]:
    """Names that are words too ("nadezhda", "slava"), spelt in Latin letters."""
    return frozenset(map(_spelt, word_list("cyrillic_word_names")))


def _translit(text: str) -> bool:
    found = {m.group() for m in _SHORT_WORD.finditer(text.casefold())}
    return len(found & _TRANSLIT_WORDS) >= 3


_LATIN_LETTER = re.compile(r"[A-Za-z\u00c0-\u024f]")
# The Cyrillic word just before a Latin one, only spaces or a comma between them.
_CYRILLIC_BEFORE = re.compile(rf"({WORD.pattern})[ \t,]+$")


def _latin_part(text: str, span: Span) -> Span | None:
    """The Latin words of a span the Latin rules read over a Cyrillic word beside them:
    "Дякую Giulia" gives "Giulia"; a span with Cyrillic letters amid its Latin ones gives none."""
    start, end = span.start, span.end
    while start < end and not _LATIN_LETTER.match(text[start]):
        start += 1
    while end > start and not _LATIN_LETTER.match(text[end - 1]):
        end -= 1
    if start == end or scripts.CYRILLIC_LETTER.search(text, start, end):
        return None
    return span if (start, end) == (span.start, span.end) else Span(span.kind, start, end)


def _after_kin(before: str) -> bool:
    """"мій чоловік taras bondarenko", "дякую giulia": after a Cyrillic kinship word, role or
    thanks, a Latin name in lower case is still someone's."""
    found = _CYRILLIC_BEFORE.search(before)
    return found is not None and (key(found.group(1)) in cues.PEOPLE
                                  or key(found.group(1)) in cues.THANKS)


def _keep(text: str, span: Span, translit: bool) -> bool:
    words = text[span.start:span.end]
    before = text[max(0, span.start - 24):span.start]
    into = _INTO_BEFORE.search(before) and not (
        translit and _FOR_SOMEONE.search(before) and _listed_name(words))
    if (scripts.CYRILLIC_LETTER.search(words) or words.casefold() in NOT_NAMES
            or _OFFICE.search(words) or into
            or (translit and _FROM_BEFORE.search(before))):
        return False
    return words[:1].isupper() or bool(_TITLE_BEFORE.search(before)) or _after_kin(before)


def _listed_name(word: str) -> bool:
    """A listed given name in Latin letters, in a case form ("Timura", "Aziza")."""
    spelt = _alike(word)
    return any(spelt.endswith(ending) and spelt[:len(spelt) - len(ending)] + base in
               _translit_names() for ending in _CASE_ENDINGS for base in ("", "a"))


# A Slavic surname's ending in Latin letters ("melnyk", "bondarenko", "kovalchuk", "petrova").
_LATIN_SURNAME = re.compile(r"[ \t]+([a-z]{2,16}(?:enko|chuk|uk|yuk|ov|ova|ev|eva|in|ina|sky|"
                            r"skyi|ska|ych|ich|yk|ak|ko))(?![^\W\d_])")


def _named_after_kin(text: str, found: list[Span]) -> Iterator[Span]:
    """"моя сестра olga melnyk", "мой муж ivan": a lower-case Latin word spelling a listed given
    name just after a Cyrillic kinship word or role is that person, with a surname after it."""
    for match in _LATIN_WORD.finditer(text):
        if (_alike(match.group()) not in _translit_names()
                or not _after_kin(text[max(0, match.start() - 24):match.start()])
                or any(s.start < match.end() and match.start() < s.end for s in found)):
            continue
        surname = _LATIN_SURNAME.match(text, match.end())
        yield Span("name", match.start(), surname.end(1) if surname else match.end())


def find_latin_names(text: str, language: str,
                     read: Callable[[str, str], Iterable[Span]]) -> Iterator[Span]:
    """Yield the names in Latin letters of a Russian or Ukrainian answer: those `read` (the
    Latin rules) finds that are names here, and transliterated given names in lower case."""
    translit = _translit(text)
    latin = (_latin_part(text, span) for span in read(text, language))
    found = [span for span in latin if span is not None and _keep(text, span, translit)]
    yield from found
    kin_named = list(_named_after_kin(text, found))
    yield from kin_named
    found += kin_named
    if not translit:
        return
    names = _translit_names()
    for match in _LATIN_WORD.finditer(text):
        before = text[max(0, match.start() - 12):match.start()]
        thanked = (_THANKS_BEFORE.search(before)
                   and _alike(match.group()) in _translit_word_names())
        working_for = _FOR_SOMEONE.search(before) and _listed_name(match.group())
        if ((thanked or working_for
             or (_alike(match.group()) in names and not _INTO_BEFORE.search(before)
                 and not _FROM_BEFORE.search(before)))
                and not any(s.start < match.end() and match.start() < s.end for s in found)):
            yield Span("name", match.start(), match.end())
