
"""What follows a street in an address: flat, floor and door, a post code, and a town.

"..., Flat 2", "3º B", "3e étage", "الطابق الثالث", "..., 28012 Madrid", "..., عمان". A town counts
only after a comma, or before a post code.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from feedback_app.theming import wordlists
from feedback_app.theming.addresses import arabic
from feedback_app.theming.addresses.reading import (
    COUNT_WORDS,
    GRAMMAR_WORDS,
    LINKS,
    MAX_STREET_WORDS,
    SPACE,
    followed_by_count,
    is_capitalised,
    listed_place_words,
    loose_word,
    name_ends,
    words_from,
)
from feedback_app.theming.stopwords import any_stop_words

# Flat, floor and door after a street: "Flat 2", "apto 42", "Piso 5", "bât. B", "3º B",
# "2º izquierda", "3e étage", "2º andar", "Edif. 830 , Depto. 388", "#6", "2nd floor"; the
# blocks of a housing estate ("bloque c", "mz 5 lote 3", "qd 12", "zona 1"); a house told by
# its colour where streets have no numbers ("casa verde").
_SIDE = (r"izquierda|izqda|izq|izda|derecha|dcha|dch|dta|dto|drt|dt|esq|esquerdo|esquerda|"
         r"direito|direita")
_UNIT_WORDS = (
    r"flat|apt|apartment|unit|suite|ste|room|floor|fl|piso|planta|puerta|pta|esc|escalera|"
    r"interior|int|edif|edificio|depto|dpto|departamento|apto|apartamento|ap|bloco|bloque|bl|"
    r"andar|sala|casa|lote|lt|solar|torre|portal|b[âa]t|b[âa]timent|[ée]tage|escalier|porte|appt|"
    r"appartement|esq|dto|mz|mza|manzana|qd|quadra|conjunto|cj|zona|m[óo]dulo|pabell[óo]n|"
    # a building in English, and building, floor and flat in Arabic typed in Latin letters
    r"building|bldg|villa|binaye|bineye|binayet|bnaye|bnayet|binaya|3imara|3emara|"
    r"3mara|3imaret|"
    r"tabe2|tabi2|ta2|sha22a|shi22a|sha2a|shi2a|"
    # Romanian block, stair, floor and flat; Albanian building, entrance, floor, flat
    r"sc|scara|et|etaj|etajul|pallati|pallatin|pall|hyrja|hyrje|shkalla|kati|katin|apartamenti"
)
_BLOCK_WORDS = (r"bloque|bloco|bl|b[âa]t|b[âa]timent|torre|esc|escalera|escalier|edif|edificio|"
                r"portal|mz|mza|manzana|qd|quadra|m[óo]dulo|pabell[óo]n")
_COLOURS = (r"verde|azul|roja|rojo|blanca|blanco|amarilla|amarillo|rosada|rosa|celeste|gris|"
            r"naranja|morada|caf[ée]|crema|beige|negra|negro")
UNIT_AT = (
    rf"(?i:{_UNIT_WORDS})\.?[ \t]*(?:(?i:n[º°o]|nr)\.?[ \t]*)?(?:\d{{1,4}}[A-Za-z]?|[A-Z]\d{{0,3}})"
    r"(?!\w)"
    rf"|(?i:{_BLOCK_WORDS})(?:\.[ \t]*|[ \t]+)[a-hj-np-xz](?![\w'\u2019])"
    r"|(?i:porte|puerta|porta)[ \t]+(?i:gauche|droite|izquierda|derecha|esquerda|direita)(?!\w)"
    rf"|(?i:casa|port[óo]n)[ \t]+(?i:(?:de[ \t]+)?(?:color[ \t]+)?(?:{_COLOURS}))(?!\w)"
    r"|#[ \t]?\d{1,5}[A-Za-z]?(?!\w)|\d{1,2}(?i:st|nd|rd|th)[ \t]+(?i:floor|fl)\.?(?!\w)"
    # the Gulf's numbered streets and named buildings: "Street 19, Villa 5", "Al Noor building"
    r"|(?i:street|st\.?)[ \t]+\d{1,3}(?!\w)"
    r"|(?:(?:Al|El)[ \t\-])?[A-Z][a-z]{2,}(?:[ \t]+[A-Z][a-z]{2,})?[ \t]+(?i:building|tower)(?!\w)"
)
_UNIT = re.compile(
    rf"{UNIT_AT}"
    r"|\d{1,2}\.?[ \t]?(?:[º°ª]"
    rf"|(?i:er|[eè]re|e|[eè]me|o|a)(?=[ \t]+(?i:[ée]tage|andar|piso|planta|{_SIDE})(?!\w)))"
    rf"\.?(?:[ \t]*(?:(?i:[ée]tage|andar|piso|planta|{_SIDE}|centro|ctro|frente|fte)\.?"
    # "1ºa con aisha": a door letter written onto the floor is the door, whatever follows
    r"|[A-H]|[b-dfgh]|(?<=[º°ª])[ae]|[ae](?![ \t]+[^\W\d_]))(?!\w))?"
    r"|\d{1,2}[ \t]+(?i:andar|piso|planta)(?!\w)"
    # Catalan floor and door: "2n 1a", "1r 2a", "pral 1a"
    r"|(?:\d{1,2}(?:r|n|t|è)|(?i:pral|entl))[ \t]*(?:\d{1,2}a|[A-H])?(?!\w)"
)
# Right after a house number, the door alone ("c/ mayor 5 2 izq"); after an English or Irish
# street, its part ("dorset street upper", "pennsylvania ave NW").
_AFTER_NUMBER = re.compile(rf"(?i:{_SIDE})\.?(?!\w)")
_STREET_PART = re.compile(r"(?i:upper|lower)(?!\w)|(?:N|S|E|W|NE|NW|SE|SW)(?!\w)")
# Floors named without a number, taken after a comma: "Av. de la Paz, 23, bajo", "r/c esq".
_FLOOR_WORD = re.compile(
    r"(?i:bajo|bj|entlo|entresuelo|[áa]tico|r/c|r[ée]s-do-ch[ãa]o|rdc|rez-de-chauss[ée]e)"
    r"(?:[ \t]*(?:(?i:izquierda|izqda|izq|izda|derecha|dcha|dch|esq|dto|dt)\.?|[A-H])(?!\w))?"
    r"(?![\w/])"
)
_POSTCODE_WORD = r"(?:(?i:cep|c\.p\.|cp|c[óo]digo postal|code postal)[ \t]*(?::[ \t]*)?)?"
# The US states and territories, for "bronx ny 10451" and "los angeles, CA 90017".
US_STATES = (
    r"al|ak|az|ar|ca|co|ct|de|dc|fl|ga|hi|id|il|in|ia|ks|ky|la|me|md|ma|mi|mn|ms|mo|mt|ne|nv|"
    r"nh|nj|nm|ny|nc|nd|oh|ok|or|pa|pr|ri|sc|sd|tn|tx|ut|vt|va|wa|wv|wi|wy"
)
# A British post code ("SW1A 1AA", "N16 9BS"), in capitals.
UK_POST_CODE = r"[A-Z]{1,2}\d[A-Z\d]?[ \t]?\d[A-Z]{2}"
# An Irish Eircode: a routing key and four characters, a letter among them ("D02 X285",
# "t12 x7k8").
EIRCODE = (r"(?:[AC-FHKNPRTV-Y]\d{2}|D6W)[ \t]?(?=[0-9AC-FHKNPRTV-Y]{0,3}[AC-FHKNPRTV-Y])"
           r"[0-9AC-FHKNPRTV-Y]{4}(?![\w\-])")
# Post codes inside an address (any case): UK, Ireland, Portugal and Brazil, five digits (Spain,
# France, US, Morocco, Jordan), and a US state with its ZIP.
_TAIL_POSTCODE = re.compile(
    rf"{_POSTCODE_WORD}(?:(?i:{UK_POST_CODE})(?!\w)|(?i:{EIRCODE})"
    # Romania's six digits: "str. Unirii 14, 700001 Iasi"
    r"|\d{4,5}-\d{3}(?![\w\-])|\d{5,6}(?![\w\-])"
    rf"|(?i:{US_STATES})[ \t]+\d{{5}}(?:-\d{{4}})?(?![\w\-]))"
)
# A district after a town: "dublin 1", "paris 11e", "lyon 3ème".
_DISTRICT = re.compile(r"[ \t]+[0-9]{1,2}(?i:e|er|[eè]me)?(?![\w\-])(?![:.,/]\d)")
# Neighbourhoods, estates and villages, before or after a street: "colonia las flores", "barrio
# el centro", "col. centro", "bairro são josé", "residencial los álamos", "sector 4".
NEIGHBOURHOOD = re.compile(
    r"\b(?<![\w.])(?i:colonia|col\.|barrio|bo\.|bairro|sector|residencial|urbanizaci[óo]n|urb\.|"
    r"fraccionamiento|fracc?\.|aldea|caser[íi]o|cant[óo]n|vereda|asentamiento(?:[ \t]+humano)?|"
    r"lotificaci[óo]n|reparto|ensanche|conjunto|jardim|vila|poblaci[óo]n|comunidad|zona|"
    # Albanian and Romanian: "lagjja Kodra e Diellit, pallati 7", "cartierul Tei, bl. 4"
    r"lagjja|lagja|lagjen|lagjes|lagjia|cartierul)[ \t]+"
)
_HOUSE_NUMBER = re.compile(r"\d{1,4}[A-Za-z]?(?![\w\-])(?![:.,/]\d)")
# A landmark that places a house where streets have no numbers: "frente a la escuela",
# "contiguo a la farmacia san pablo", "em frente à igreja".
_LANDMARK = re.compile(
    r"(?i:frente|enfrente|contiguo|junto|al[ \t]+lado|detr[áa]s|atr[áa]s|esquina|diagonal|"
    r"a[ \t]+la[ \t]+par|em[ \t]+frente|ao[ \t]+lado)"
    r"(?:[ \t]+(?i:a|al|de|del|da|do|con|com|ao|à))?[ \t]+"
)
_INNER_NUMBER = re.compile(r"[ \t]+" + _HOUSE_NUMBER.pattern)  # "Calzada Jalisco 541 185"
_TAIL_GAP = re.compile(
    r"(?:\.(?=[ \t]*[,،]))?[ \t]*(?P<comma>[,،]|(?<=[ \t])[-\u2013](?=[ \t]))?[ \t]*")
MAX_UNITS = 6
MAX_TOWNS = 2  # a neighbourhood and a town: "..., sala 1201 - Centro, Rio de Janeiro"
# Where a street meets another, as Latin America gives an address: "carrera 50 con calle 80",
# "la 50 con 80", "calle 13 entre 6 y 8", "calle 10 esquina con avenida 4".
_CROSS_STREET = re.compile(
    r"(?:[ \t]*,)?[ \t]+(?:(?i:con|esquina(?:[ \t]+con)?|esq\.?)[ \t]+"
    r"(?:(?i:calle|carrera|cra|kra|cl|"
    r"avenida|av|avda|diagonal|dg|transversal|tv|pasaje)\.?[ \t]*)?\d{1,3}[A-Za-z]?"
    r"|(?i:entre)[ \t]+\d{1,3}[A-Za-z]?[ \t]+(?i:y|e)[ \t]+\d{1,3}[A-Za-z]?)(?![\w\-])(?![:.,/]\d)")
_CEDEX = re.compile(r"[ \t]+CEDEX(?:[ \t]+\d{1,2})?(?!\w)")


def _named_end(text: str, pos: int) -> int | None:
    """End of a lower-case or capitalised name of up to three words from `pos` ("la iglesia")."""
    words = words_from(text, pos, MAX_STREET_WORDS + 2)
    ends = name_ends(words, loose=True)
    return words[ends[-1]][1] if ends else None


def neighbourhood_end(text: str, pos: int) -> int | None:
    """End of a neighbourhood that starts at `pos` ("barrio el centro", "sector 4"), or None."""
    head = NEIGHBOURHOOD.match(text, pos)
    if head is None:
        return None
    number = _HOUSE_NUMBER.match(text, head.end())
    if number:
        return None if followed_by_count(text, number.end()) else number.end()
    words = words_from(text, head.end(), MAX_STREET_WORDS + 2)
    ends = name_ends(words, loose=True)
    for index in ends:
        # "colonia las brisas casa 45": the name stops where the house begins
        if _UNIT.match(text, _TAIL_GAP.match(text, words[index][1]).end()):
            return words[index][1]
    return words[ends[-1]][1] if ends else None


def landmark_end(text: str, pos: int) -> int | None:
    """End of a landmark that starts at `pos` ("frente a la escuela"), or None."""
    head = _LANDMARK.match(text, pos)
    return _named_end(text, head.end()) if head else None


# Directions from a landmark, where streets have no names or numbers (Central America): "2
# cuadras al sur de la iglesia", "de la pulpería la esperanza 100 varas al norte", "200 metros
# al este del parque central".
_DIRECTION = re.compile(
    r"\b(?:\d{1,4}|(?i:media|una|dos|tres|cuatro|cinco|cien|doscientas|doscientos|"
    r"trescientas|trescientos))[ \t]+(?i:cuadras?|varas|metros|mts?\.?|quadras?|blocks?)[ \t]+"
    r"(?:(?i:al|hacia[ \t]+el|para[ \t]+el|rumbo[ \t]+al|ao|para[ \t]+o)[ \t]+)?"
    r"(?i:norte|sur|este|oeste|oriente|poniente|noreste|noroeste|sureste|suroeste|north|south|"
    r"east|west)(?!\w)"
)
_FROM_AFTER = re.compile(r"[ \t]*(?:,[ \t]*)?(?i:de|del|da|do|desde|of|from)[ \t]+")
_FROM_BEFORE = re.compile(r"(?<!\w)(?i:de|del|desde)[ \t]+")
_LETTERS = re.compile(r"[^\W\d_]+")
MAX_LANDMARK_WORDS = 5


def _landmark_before(text: str, start: int) -> int | None:
    """Start of "de la pulpería la esperanza" right before `start`, or None."""
    for word in _FROM_BEFORE.finditer(text, max(0, start - 60), start):
        names = text[word.end():start].split()
        if len(names) <= MAX_LANDMARK_WORDS and any(loose_word(name) for name in names) and all(
                _LETTERS.fullmatch(name) and (loose_word(name) or name.casefold() in LINKS)
                for name in names):
            return word.start()
    return None


_CHAIN_HEAD = re.compile(rf"\b(?<!\w)(?:{UNIT_AT})")
_NOT_A_CHAIN_HEAD = ("room", "sala", "#")


def unit_chains(text: str) -> Iterator[tuple[int, int]]:
    """Two units or more in a row are an address with no street: "bat C esc 2 apt 14", "bloque c
    casa 9", "qd 12 lote 4 ap 203", "mz 5 lote 3"; one alone ("room 4", "piso 3") stays."""
    pos = 0
    for head in _CHAIN_HEAD.finditer(text):
        if head.start() < pos or head.group().casefold().startswith(_NOT_A_CHAIN_HEAD) \
                or followed_by_count(text, head.end()):
            continue
        end, count = head.end(), 1
        while count < MAX_UNITS:
            gap = _TAIL_GAP.match(text, end)
            unit = _UNIT.match(text, gap.end())
            if unit is None or followed_by_count(text, unit.end()):
                break
            end, count = unit.end(), count + 1
        if count > 1:
            yield head.start(), end
            pos = end


def directions(text: str) -> Iterator[tuple[int, int, bool]]:
    """(start, end, whether a landmark is named) of directions from a landmark.

    A landmark written first ("frente a la iglesia evangelica, barrio la granja, casa 22") is
    yielded as not named: it is an address only with the house or flat that follows it.
    """
    for match in _DIRECTION.finditer(text):
        before = _landmark_before(text, match.start())
        after = _FROM_AFTER.match(text, match.end())
        landmark = _named_end(text, after.end()) if after else None
        yield (match.start() if before is None else before), landmark or match.end(), \
            landmark is not None or before is not None
    for match in _LANDMARK_FIRST.finditer(text):
        words = words_from(text, match.end(), MAX_STREET_WORDS + 2)
        ends = name_ends(words, loose=True)
        # "frente al parque central casa 12": the landmark stops where the house begins
        house = [i for i in ends if _UNIT.match(text, _TAIL_GAP.match(text, words[i][1]).end())]
        if ends:
            yield match.start(), words[house[0] if house else ends[-1]][1], False


_LANDMARK_FIRST = re.compile(r"(?<![^\W\d_])" + _LANDMARK.pattern)


def town_end(text: str, pos: int) -> int | None:
    """End of a town after an address's comma: capitalised, a listed place, or Arabic."""
    words = words_from(text, pos, 3)
    if not words:
        return None
    first = words[0][2]
    key = first.casefold()
    if arabic.LETTERS.match(first):
        if not arabic.word_ok(first):
            return None
        if len(words) > 1 and words[1][2].startswith("ال") and first.startswith("ال") \
                and arabic.word_ok(words[1][2]):
            return words[1][1]
        return words[0][1]
    listed = listed_place_words(words)
    if listed:
        return words[listed - 1][1]
    if not is_capitalised(first) or key in GRAMMAR_WORDS or key in COUNT_WORDS \
            or key in any_stop_words() or key in wordlists.given_names():
        return None
    ends = name_ends(words, loose=False)
    return words[ends[-1]][1] if ends else None


def _unit_end(text: str, end: int, at: int, comma: bool) -> int | None:
    """End of a flat, floor, door or block at `at`, right after `end` (a comma between or not)."""
    unit = (_UNIT.match(text, at) or arabic.UNIT.match(text, at)
            or (_FLOOR_WORD.match(text, at) if comma else None)
            or (_AFTER_NUMBER.match(text, at) if not comma and text[end - 1].isdigit() else None))
    if unit and not followed_by_count(text, unit.end()):
        return unit.end()
    named = arabic.named_unit_end(text, at)
    return named if named is not None else landmark_end(text, at)


def tail_end(text: str, pos: int) -> tuple[int, bool]:
    """Extend a street over its flat, floor, neighbourhood, landmark, post code and town; (end,
    whether a unit or landmark was read).

    A town counts only after a comma ("7 oak lane, bradford BD1 4AX"); lower case, it has to be a
    listed place or be followed by a post code ("now, please write there" stays).
    """
    end, had_unit, towns = pos, False, 0
    inner = _INNER_NUMBER.match(text, end) if text[end - 1:end].isdigit() else None
    if inner and not followed_by_count(text, inner.end()):
        end, had_unit = inner.end(), True  # "Calzada Jalisco 541 185": the inner number
    part = _STREET_PART.match(text, end + 1) if text[end:end + 1] == " " else None
    end = part.end() if part else end
    for _ in range(8):
        cross = None if towns else _CROSS_STREET.match(text, end)
        if cross and not followed_by_count(text, cross.end()):
            end, had_unit = cross.end(), True
            continue
        gap = _TAIL_GAP.match(text, end)
        at = gap.end()
        unit = None if towns else _unit_end(text, end, at, gap.group("comma") is not None)
        if unit is not None:
            end, had_unit = unit, True
            continue
        hood = None if towns else neighbourhood_end(text, at)
        if hood is not None:
            end = hood
            continue
        postcode = _TAIL_POSTCODE.match(text, at)
        if postcode and not followed_by_count(text, postcode.end()):
            end = postcode.end()
            town = _TAIL_GAP.match(text, end)
            after = town_end(text, town.end()) if town.group("comma") is None else None
            if after is not None:
                end, towns = after, towns + 1
            cedex = _CEDEX.match(text, end)
            end = cedex.end() if cedex else end
            continue
        if gap.group("comma") and towns < MAX_TOWNS:
            town = town_end(text, at)
            if town is None:
                town = _town_before_postcode(text, at)
            if town is not None:
                district = _DISTRICT.match(text, town)
                if district and not followed_by_count(text, district.end()):
                    town = district.end()
                end, towns = town, towns + 1
                continue
        break
    return end, had_unit


def _town_before_postcode(text: str, pos: int) -> int | None:
    """A lower-case, unlisted town right before a post code: "..., leeds LS1 4AP"."""
    words = words_from(text, pos, 2)
    for index in range(len(words)):
        if not all(loose_word(word) for _, _, word in words[:index + 1]):
            return None
        gap = SPACE.match(text, words[index][1])
        if gap and _TAIL_POSTCODE.match(text, gap.end()):
            return words[index][1]
    return None
