
"""Streets in English, French, Spanish and Portuguese, each in its own order.

Number, name and type in English ("27b Cromwell Road"); number, type and name in French ("23 bd de
Belleville"); type, name and number in Spanish and Portuguese ("C/ Olivar 6", "Rua do Carmo,
27"), and the grid addresses of Colombia ("Calle 45 # 12-30").

Capitalised street names are taken after any street type. Survivors often type in lower case,
so a lower-case name also counts after the street types that are not everyday words ("road",
"calle", "rue", "rua"; not "way", "place", "court" or "cours"), when none of its words is a
grammar word or a unit of time, distance, money or people ("a 10 minute drive", "2 bus stops",
"j'ai 3 cours de français" stay).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from feedback_app.theming import months
from feedback_app.theming.addresses.reading import (
    ELIDED,
    LINKS,
    MAX_LOWER_CASE_STREET_WORDS,
    MAX_STREET_WORDS,
    NUM,
    alternatives,
    followed_by_count,
    is_capitalised,
    listed_place_words,
    loose_word,
    name_ends,
    word_set,
    words_from,
)

# English street types, British and American (the USPS list's common entries); the first line
# also counts after a lower-case name.
_EN_LOOSE_TYPES = word_set(
    "street st road rd avenue ave lane ln crescent terrace boulevard blvd gardens grove mews "
    "drive highway hwy"
)
_EN_TYPES = _EN_LOOSE_TYPES | word_set(
    "dr close way court ct place pl square sq garden groves hill hills row walk walks parade "
    "mews park parkway pkwy circle cir cove coves creek crossing crossroad crossroads junction "
    "junctions landing meadow meadows mill mills mount mountain mountains orchard pass path pine "
    "pines plaza port ports prairie ranch run shore shores spur stream trace track trail tunnel "
    "union unions view views vista well wells isle island lake lakes light lights lodge loop "
    "mall manor oval bypass causeway common commons corner corners dale dam divide estate "
    "estates extension falls field fields flat flats ford fords fort freeway gateway glen glens "
    "green haven inlet key keys knoll knolls ramp rest route shoal shoals skyway squares summit "
    "village villages ville ways wall burg burgs bluff bluffs bottom branch bridge camp canyon "
    "cape cliff cliffs club curve expressway harbor harbors harbour harbours hollow lock locks "
    "neck point points ridge ridges river roads spring springs station stations streets "
    "throughway turnpike underpass overpass forge forges fork forks heights mission ferry center "
    "centre rapid rapids plain plains brook brooks loaf motorway alley wynd chase rise vale yard"
)
# Street types written before the name (Spanish, Portuguese, French), with their abbreviations.
# The loose ones also count before a lower-case name.
_ES_PT_LOOSE_TYPES = word_set(
    "calle c/ c. cl avda avda. avenida av av. plaza pza pza. plz paseo pº p° travesía travesia "
    "carretera ctra ctra. glorieta callejón callejon urbanización urbanizacion urb urb. rambla "
    "jirón jiron jr. psje pje pasaje calzada prolongación prolongacion rúa "
    "rua r. travessa tv tv. trav. praça praca pç. largo estrada estr. alameda al. rodovia rod. "
    "beco "
    # Catalan, in Barcelona, Valencia and the islands: "Carrer de Sants 45", "Passeig de Gràcia"
    "carrer c. passeig pg. avinguda avda. plaça placa "
    # Arabic typed in Latin letters: "shari3 el hamra", "7ay nazal"
    "shari3 share3 shar3 sharei3 7ay "
    # Romanian and Albanian: "str. Florilor nr. 12", "strada mihai eminescu 7", "rr. Dibres"
    "strada str str. str soseaua sos. bulevardul bd. calea aleea intrarea splaiul "
    "rruga rr rr. rrug. bulevardi "
    # Greek streets as Albanians and Romanians in Greece write them: "odos Egnatias 58"
    "odos odhos leoforos"
)
_ES_PT_TYPES = _ES_PT_LOOSE_TYPES | word_set(
    "camino carrera cra cra. kra ronda vía via vial boulevard bulevar andador prolongación "
    "prolongacion cañada pasadizo periférico periferico calzada cerrada privada circuito calleja "
    "pasaje cuesta polígono poligono "
    "vila viela fazenda campo pátio patio setor lago condomínio condominio aeroporto praia "
    "ladeira quadra caminho calçada calcada recanto colônia colonia chácara chacara jardim núcleo "
    "nucleo loteamento viaduto vale conjunto distrito esplanada estação estacao favela feira "
    "lagoa morro parque passarela residencial sítio sitio trecho trevo vereda"
)
# After these a capitalised name is a street even without a number ("na Rua Augusta").
_ES_PT_PLAIN_TYPES = word_set(
    "rua avenida travessa alameda largo praça estrada viela beco rodovia calle paseo avda. "
    "avda av. rúa carrer passeig avinguda strada str. soseaua bulevardul calea aleea rruga rr. "
    "bulevardi"
)
# The other types need "na", "no", "em"... before them to count without a number ("o quarto na
# Lago Silveira"): "Campo", "Vale" and "Jardim" are everyday words and town names too.
_BEFORE_PLAIN_TYPE = re.compile(r"(?:^|\W)(?:na|no|em|à|pela|pelo|en|la|el)[ \t]+$", re.IGNORECASE)
_FR_LOOSE_TYPES = word_set(
    "rue avenue av av. bd boulevard bld allée allee allé alle impasse imp. chemin quai faubourg "
    "fbg"
)
_FR_TYPES = _FR_LOOSE_TYPES | word_set(
    "place pl. route rte cours square passage cité cite rang montée montee rond-point sentier "
    "voie esplanade parvis résidence residence hameau lotissement promenade villa cour"
)
# These count before a lower-case name that starts with "de", "du", "des": "place de la gare".
_FR_LINKED_TYPES = word_set(
    "place pl. route rte square passage cité cite esplanade promenade voie")
# A capitalised name after these counts with no number before it ("le foyer rue des Lilas").
_FR_PLAIN_TYPES = word_set("rue avenue boulevard bd allée allee allé impasse chemin quai")
# "14 Albert Road", "Flat 2, 31 Stanley Street", "221B Baker Street".
_EN_HEAD = re.compile(
    r"(?<![\w/.,\-])(?:(?i:flat|apt|apartment|unit|studio|suite)\.?[ \t]+\d{1,4}[A-Za-z]?"
    rf"(?:[ \t]*,)?[ \t]+(?:{NUM},?[ \t]+)?|{NUM},?[ \t]+)(?=[^\W\d_])"
)
# "23 bd de belleville", "27 bis rue Oberkampf", "12, rue de la Paix".
_FR_HEAD = re.compile(
    rf"(?<![\w/.,\-]){NUM}[ \t]*(?:,[ \t]*)?(?:(?i:bis|ter|quater|b|t)(?!\w)[ \t]*(?:,[ \t]*)?)?"
    r"(?P<type>[^\W\d_]+(?:-[^\W\d_]+)?\.?)[ \t]+"
)
# "calle mayor 12", "C/ Olivar 6", "Rua do Carmo, 27": the type, then the name.
_ES_PT_HEAD = re.compile(rf"(?<![\w/.])(?P<type>{alternatives(_ES_PT_TYPES)})[ \t]*",
                         re.IGNORECASE)
# Streets named after a date: "Rua 25 de Março", "Avenida 9 de Julio", "Calle 5 de Mayo".
_DATE_NAME = re.compile(r"\d{1,2}[ \t]+de[ \t]+(?P<month>[^\W\d_]+)", re.IGNORECASE)
_NUMBER_AFTER = re.compile(
    r",?[ \t]*(?:(?i:n[º°o]|n\.º|no\.|nr\.?|n[uú]m\.?|n[uú]mero|numarul|numri|#)[ \t]*)?"
    # Quito numbers a house by its block, north, south, east or west: "N34-120", "Oe3-45"
    rf"(?:{NUM}|[Ss]/[Nn]|(?i:n|s|e|oe)\d{{1,3}}[A-Za-z]?-\d{{1,4}})(?!\w)(?![:.,/]\d)"
)
# Colombian and similar grid addresses: "Calle 45 # 12-30", "Carrera 7 No. 45-12".
GRID = re.compile(
    r"(?<!\w)(?i:calle|carrera|cra|kra|cl|avenida|av|diagonal|dg|transversal|tv)\.?[ \t]*"
    r"\d{1,3}[A-Za-z]?(?:[ \t]?bis)?[ \t]*(?:#|(?i:n[º°o]|no)\.?)[ \t]*\d{1,3}[A-Za-z]?[ \t]*-"
    r"[ \t]*\d{1,3}(?!\d)"
    # "diagonal 25 # 40-12 sur": the grid's south or east half
    r"(?:[ \t]+(?i:sur|norte|oriente|occidente|bis)(?!\w))?"
)


# American streets named by a number, with a direction before: "2215 w 5th st", "340 E 149th St",
# "1420 nw 36th st".
_EN_NUMBERED = re.compile(
    rf"\b(?<![\w/.,\-]){NUM}[ \t]+(?:(?i:n|s|e|w|ne|nw|se|sw|north|south|east|west|northeast|"
    r"northwest|southeast|southwest)\.?[ \t]+)?"
    r"\d{1,3}(?i:st|nd|rd|th)[ \t]+(?P<type>[^\W\d_]+)"
)
# The other English types count after a lower-case name when the street is said as an address:
# after "at", "to", "is" or a comma, and before the sentence goes on ("moved to 9 kingsley close
# and..."); "there were 2 family court hearings" and "1 more way to do it" stay.
_ADDRESS_BEFORE = re.compile(r"(?:^|[,:;(]|(?<!\w)(?i:at|to|on|in|into|from|near|is|was|address))"
                             r"[ \t]*$")
_ADDRESS_AFTER = re.compile(r"[ \t]*(?:$|[,.;:!?)\n]|(?i:and|with|for|now|but|where|which|since|"
                            r"until|before|after|so|y|e|et|mais|pero)(?!\w))")
_LOOSE_NAME_WORDS = 2


def _said_as_address(text: str, start: int, end: int, names: list[str]) -> bool:
    return len(names) <= _LOOSE_NAME_WORDS and all(loose_word(word) for word in names) \
        and _ADDRESS_BEFORE.search(text, max(0, start - 12), start) is not None \
        and _ADDRESS_AFTER.match(text, end) is not None


def english_streets(text: str) -> Iterator[tuple[int, int]]:
    """English order: number, name, type ("14 Albert Road", "27b cromwell road")."""
    for numbered in _EN_NUMBERED.finditer(text):
        if numbered.group("type").casefold() in _EN_TYPES:
            yield numbered.start(), numbered.end()
    pos = 0
    while (head := _EN_HEAD.search(text, pos)) is not None:
        pos = head.start() + 1
        words = words_from(text, head.end(), MAX_STREET_WORDS + 1)
        best = None
        for index in range(1, len(words)):
            street_type = words[index][2]
            if street_type.casefold() not in _EN_TYPES:
                continue
            names = [word for _, _, word in words[:index]]
            if names == ["the"] or names == ["The"]:  # "12 The Crescent", "4 the green"
                if "," not in head.group():  # not "dublin 1, the centre"
                    best = words[index][1]
                continue
            if names[0].casefold() in LINKS:
                break
            strict = is_capitalised(street_type) and all(
                is_capitalised(word) or word.casefold() in LINKS for word in names)
            loose = street_type.casefold() in _EN_LOOSE_TYPES and len(names) <= \
                MAX_LOWER_CASE_STREET_WORDS and all(loose_word(word) for word in names
                                                    if not is_capitalised(word))
            if strict or loose or _said_as_address(text, head.start(), words[index][1], names):
                best = words[index][1]
        if best is not None:
            yield head.start(), best
            pos = best


def _numbered_end(text: str, end: int) -> int | None:
    """End of the house number right after a street name, or None ("calle mayor 3 veces")."""
    number = _NUMBER_AFTER.match(text, end)
    if number is None or followed_by_count(text, number.end()):
        return None
    return number.end()


def _type_first_end(text: str, head: re.Match[str]) -> int | None:
    """Where a Spanish or Portuguese street that starts with its type ends, or None."""
    kind = head.group("type").casefold()
    date = _DATE_NAME.match(text, head.end())
    if date and months.is_latin_month(date.group("month")):  # "Rua 25 de Março, 300"
        end = _numbered_end(text, date.end())
        return end or (date.end() if kind in _ES_PT_PLAIN_TYPES else None)
    words = words_from(text, head.end(), MAX_STREET_WORDS + 2)
    for index in name_ends(words, kind in _ES_PT_LOOSE_TYPES):
        end = _numbered_end(text, words[index][1])
        if end is not None:
            return end
    # "c/ ramon y cajal 8", "calle juan y pedro 5": two names joined by "y", then a house
    # number, which a name that runs into a clause ("calle mayor y nos fuimos") never has
    joined = [(start, end, "de" if 0 < i < len(words) - 1 and word.casefold() in ("y", "e")
               else word) for i, (start, end, word) in enumerate(words)]
    if joined != words:
        for index in name_ends(joined, kind in _ES_PT_LOOSE_TYPES):
            end = _numbered_end(text, words[index][1])
            if end is not None:
                return end
    names = name_ends(words, loose=False)
    plain = kind in _ES_PT_PLAIN_TYPES or (
        is_capitalised(head.group("type")) and _BEFORE_PLAIN_TYPE.search(
            text[max(0, head.start() - 12):head.start()]) is not None)
    if names and plain and listed_place_words(
            [(head.start(), head.end("type"), head.group("type")), *words]) < 2:
        return words[names[-1]][1]  # not "na Campo Grande": a town, found as a place
    return None


def type_first_streets(text: str) -> Iterator[tuple[int, int, bool]]:
    """Spanish and Portuguese order: type, name, number ("Calle de Alcalá 214", "rua das flores
    12"); with a capitalised name, no number is needed after the plain types ("na Rua Augusta").

    Yields (start, end, whether it is an address on its own): a street named by a number and no
    house number ("calle 5") is one only with a house, flat or lot after it (see `tail`).
    """
    pos = 0
    while (head := _ES_PT_HEAD.search(text, pos)) is not None:
        pos = head.end()
        if head.end() == head.end("type") and not head.group("type").endswith(("/", ".")):
            continue  # a full word needs a space before the name
        end = _type_first_end(text, head)
        street = (end, True) if end is not None else _numbered_street_end(text, head.end())
        if street is not None:
            yield head.start(), *street
            pos = street[0]


def french_streets(text: str) -> Iterator[tuple[int, int]]:
    """French order: number, type, name ("18 rue des Lilas", "23 bd de belleville")."""
    pos = 0
    while (head := _FR_HEAD.search(text, pos)) is not None:
        pos = head.start() + 1
        kind = head.group("type").casefold()
        if kind not in _FR_TYPES and kind.rstrip(".") not in _FR_TYPES:
            continue
        loose = kind in _FR_LOOSE_TYPES or kind.rstrip(".") in _FR_LOOSE_TYPES
        words = words_from(text, head.end(), MAX_STREET_WORDS + 2)
        if kind in _FR_LINKED_TYPES and _french_article_link(words):
            loose = True  # "5 place de la république", not "1 place disponible" or "de libre"
        ends = name_ends(words, loose)
        if ends:
            end = words[ends[-1]][1]
            yield head.start(), end
            pos = end


def _french_article_link(words: list[tuple[int, int, str]]) -> bool:
    """True when the name starts "du", "des", "de la", "de l'" or "de" and a listed town."""
    keys = [word.casefold() for _, _, word in words[:2]]
    if not keys:
        return False
    if keys[0] in ("du", "des") or keys[:2] == ["de", "la"] or ELIDED.match(keys[0]):
        return True
    return keys[0] == "de" and len(words) > 1 and listed_place_words(words[1:]) > 0


_FR_PLAIN = re.compile(rf"(?<![^\W\d_])(?:{alternatives(_FR_PLAIN_TYPES)})[ \t]+", re.IGNORECASE)


def plain_french_streets(text: str) -> Iterator[tuple[int, int]]:
    """A French street named without its number: "le foyer rue des Lilas"."""
    for head in _FR_PLAIN.finditer(text):
        words = words_from(text, head.end(), MAX_STREET_WORDS + 2)
        ends = name_ends(words, loose=False)
        if ends:
            yield head.start(), words[ends[-1]][1]


# Streets named by a number, as in Central America and Brazil: "calle 5 casa 23", "pasaje 4
# casa 17", "avenida 3 norte", "rua 7"; they need a house number ("#23-18", "no. 5", "4-56")
# or a house, flat or lot after them, so "la calle 3 años" and "la ruta 66" stay.
_NUMBERED_NAME = re.compile(
    r"[ \t]*\d{1,3}[A-Za-z]?(?![\w\-])(?:[ \t]+(?i:norte|sur|este|oeste|oriente|poniente|bis)"
    r"(?!\w))?")
_HOUSE_AFTER = re.compile(
    r"[ \t]*(?:,[ \t]*)?"
    r"(?:(?:#|(?i:n[º°o]|n\.[º°o]|no\.|n[uú]m\.?|n[uú]mero))[ \t]*\d{1,4}[A-Za-z]?"
    r"(?:[ \t]*-[ \t]*\d{1,4})?|\d{1,3}[A-Za-z]?[ \t]*-[ \t]*\d{1,3})(?![\w\-])")
# Honduras, Guatemala, El Salvador: a street named by its number before the type, "3 calle",
# "5a avenida norte", and where two meet, "3 calle 5 avenida", "7a avenida y 3 calle". One
# alone needs a house after it ("la 2 avenida norte casa 15"); "la 5 avenida" in passing stays.
_ORDINAL_STREET = (
    r"\d{1,2}(?:a|ª|º|o|ra|va|ta)?\.?[ \t]+(?i:calle|avenida|av|avda|ave|pasaje|diagonal|"
    r"callej[oó]n)(?:[ \t]+(?i:norte|sur|oriente|poniente|este|oeste))?(?!\w)")
_NUMBER_FIRST = re.compile(
    rf"\b(?<![\w/.,\-]){_ORDINAL_STREET}"
    rf"(?P<crossing>[ \t]*(?:,[ \t]*)?(?:(?i:y|e|con|entre)[ \t]+)?{_ORDINAL_STREET})?")
# Guatemala: "12 calle 4-56 zona 1", "4a avenida 5-67".
_GUATEMALAN = re.compile(
    r"\b(?<![\w/.,\-])\d{1,2}(?:a|ª|º|o|ra|va|ta)?\.?[ \t]+(?i:calle|avenida|av|avda|ave|diagonal|"
    r"callej[oó]n)\.?[ \t]+\d{1,3}[A-Za-z]?[ \t]*-[ \t]*\d{1,3}[A-Za-z]?(?![\w\-])")


def _numbered_street_end(text: str, pos: int) -> tuple[int, bool] | None:
    """(end, whether a house number is read) of a street's number name at `pos`, or None."""
    name = _NUMBERED_NAME.match(text, pos)
    if name is None or followed_by_count(text, name.end()):
        return None
    house = _HOUSE_AFTER.match(text, name.end())
    return (house.end(), True) if house else (name.end(), False)


# A road with its kilometre: "km 3 carretera a chimaltenango", "km 45 de la carretera
# panamericana", "carretera a masaya km 12", "rodovia br-116, km 30".
_ROAD = re.compile(
    r"\b(?<![\w/.])(?i:carretera|ctra|autopista|rodovia|estrada|ruta|highway|autoroute|route)\.?"
    r"(?:[ \t\-]*(?P<code>[A-Za-z]{1,3}-?\d{1,4})(?![\w\-])|[ \t]+(?i:a|al|hacia|para|de|del|do|"
    r"da|to|entre)[ \t]+|[ \t]+)")
_KM_BEFORE = re.compile(
    r"(?<!\w)(?i:km|kil[oó]metro)\.?[ \t]*\d{1,4}(?:[.,+]\d{1,3})?[ \t]*(?:,[ \t]*)?"
    r"(?:(?i:de|del|da|do)[ \t]+)?(?:(?i:la|a)[ \t]+)?$")
_KM_AFTER = re.compile(r"[ \t]*(?:,[ \t]*)?(?i:km|kil[oó]metro)\.?[ \t]*"
                       r"\d{1,4}(?:[.,+]\d{1,3})?(?!\w)")


def roads(text: str) -> Iterator[tuple[int, int]]:
    """A road with the kilometre where a house or farm is: the road is not enough ("recorrimos 40
    km por la carretera" stays)."""
    for road in _ROAD.finditer(text):
        end = road.end("code") if road.group("code") else None
        if end is None:
            words = words_from(text, road.end(), MAX_STREET_WORDS)
            ends = name_ends(words, loose=True)
            end = words[ends[-1]][1] if ends else road.end()
        before = _KM_BEFORE.search(text, max(0, road.start() - 30), road.start())
        after = _KM_AFTER.match(text, end)
        if after:
            yield (before.start() if before else road.start()), after.end()
        elif before and (end > road.end() or road.group("code")):
            yield before.start(), end


def streets(text: str) -> Iterator[tuple[int, int, bool]]:
    """(start, end, whether it is an address on its own) of every street in any of the four
    orders, before its flat or post code."""
    whole = itertools.chain(english_streets(text), french_streets(text),
                            plain_french_streets(text), roads(text),
                            ((m.start(), m.end()) for m in GRID.finditer(text)),
                            ((m.start(), m.end()) for m in _GUATEMALAN.finditer(text)))
    return itertools.chain(((start, end, True) for start, end in whole), type_first_streets(text),
                           ((m.start(), m.end(), m.group("crossing") is not None)
                            for m in _NUMBER_FIRST.finditer(text)))
