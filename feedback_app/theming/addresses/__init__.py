# ruff: noqa: RUF002, RUF003  (Arabic letters and digits are the point here)
"""Street addresses in English, Spanish, French, Portuguese and Arabic.

An address is read in two steps. A street is found in each language's order (see `latin` and
`arabic`). Then the street is extended over what follows it (see `tail`): flat, floor and door,
a post code, and a town after a comma. Pieces that touch or sit a comma apart are one address,
and a flat or building written before the street belongs to it. Post codes and post office boxes
count on their own.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import chain

from feedback_app.theming import tokens
from feedback_app.theming.addresses import abroad, arabic, arabic_buildings, latin
from feedback_app.theming.addresses.reading import (
    GRAMMAR_WORDS,
    SPACE,
    listed_place_words,
    word_set,
)
from feedback_app.theming.addresses.tail import (
    EIRCODE,
    NEIGHBOURHOOD,
    UK_POST_CODE,
    US_STATES,
    directions,
    neighbourhood_end,
    tail_end,
    town_end,
    unit_chains,
)
from feedback_app.theming.spans import Span

# Post office boxes: "PO Box 1234", "apartado de correos 45", "caixa postal 88", "ص.ب ١٢٣".
_PO_BOX = re.compile(
    r"(?<!\w)(?:(?i:p\.?[ \t]?o\.?[ \t]?box|apartado(?:[ \t]+de[ \t]+correos)?|apdo\.?|"
    r"caixa[ \t]+postal|bo[iî]te[ \t]+postale)|ص\.?[ \t]?ب\.?|صندوق[ \t]+(?:ال)?بريد)"
    r"[ \t]*(?::[ \t]*)?\d{1,6}(?!\d)"
)
# A flat or building written before the street: "appartement 12, 5 rue Victor Hugo",
# "bât. A, 3 allée des Pins", "شقة ٤ الطابق ٢ شارع الملكة رانيا".
_UNIT_BEFORE = re.compile(
    r"(?:(?:(?i:flat|apt|apartment|unit|studio|suite|appartement|appt|app|b[âa]t|b[âa]timent|"
    r"escalier|esc|[ée]tage|piso|puerta|apto|apartamento|bloco|bloque|casa|lote|andar)\.?"
    r"[ \t]*(?:(?i:n[º°o])\.?[ \t]*)?(?:\d{1,4}[A-Za-z]?|[A-Z])(?!\w)"
    rf"|{arabic.UNIT_WORD}[ \t]+(?:رقم[ \t]*)?(?:\d{{1,4}}(?!\d)|{arabic.ORDINAL}))"
    r"[ \t]*(?:[,،][ \t]*)?)+$"
)
# ... and its word alone when the address starts with the unit's number ("عمارة رقم ٧ شارع").
_UNIT_WORD_BEFORE = re.compile(
    rf"(?:{arabic.UNIT_WORD}|(?i:flat|apt|apartment|unit|studio|suite|appartement|appt|b[âa]t|"
    r"b[âa]timent|apto|apartamento|bloco|bloque|casa))[ \t]+(?:(?:رقم|(?i:n[º°o]\.?))[ \t]*)?$"
    # "No. 5 Church Street", "au n° 5 rue Lepic", "number 12 Hill Road"
    r"|(?<!\w)(?i:no\.|n[º°]\.?|number|num[ée]ro|n[úu]mero)[ \t]*$"
)
UNIT_BEFORE_CHARS = 60
# Post codes on their own: UK ("SW1A 1AA"), Portugal ("1000-001"), Brazil ("01310-100"); five-digit
# codes (Spain, France, US) only when a capitalised town follows ("28013 Madrid", "75011 Paris").
_LATIN_CAPITALISED = rf"(?=[A-ZÀ-ÖØ-Þ]){tokens.CAPITALISED}"
_POSTCODE = re.compile(
    rf"(?<!\w){UK_POST_CODE}(?!\w)"
    rf"|(?<![\w\-])\d{{4,5}}-\d{{3}}(?![\w\-])(?:[ \t]+{_LATIN_CAPITALISED})?"
    # a capital is a Latin one: Arabic has none ("٥٠٠٠٠ ل.س" is an amount, and "10827 Berlin
    # اذا" ends with the town), and digits after a slash are a reference's ("م/٤٥٦٧٨")
    rf"|(?<![\w\-/])\d{{5}}[ \t]+{_LATIN_CAPITALISED}(?:[ \t]+{_LATIN_CAPITALISED})?"
)
# Irish Eircodes on their own, in capitals and with a digit among the last four ("D02 X285").
_EIRCODE = re.compile(rf"(?<!\w){EIRCODE}")
# A US town, state and ZIP on their own: "bronx ny 10451", "Houston, TX 77002". A state typed in
# lower case that is also a word ("in", "me", "la", "ca") needs a listed town before it.
_STATE_ZIP = re.compile(r"\b(?<![\w\-])(?P<state>[A-Za-z]{2})[ \t]+\d{5}(?:-\d{4})?(?![\w\-])")
_STATES = word_set(US_STATES.replace("|", " "))
_STATES_THAT_ARE_WORDS = word_set("al ar ca co de hi id in la ma me mi ms ne oh ok or pa va wa")
_TOWN_BEFORE = re.compile(r"(?<!\w)(?:[^\W\d_]+[ \t]+)?[^\W\d_]+(?:[ \t]*,)?[ \t]+$")
_LETTERS = re.compile(r"[^\W\d_]+")
_JOIN = re.compile(r"[ \t]*(?:[,،][ \t]*)?")


def _street_pieces(text: str) -> Iterator[tuple[int, int, bool]]:
    """(start, end, whether it is an address on its own) of every street with its tail.

    A neighbourhood, a street named by a number or directions without a landmark are an address
    only with a house, a flat or a landmark, or beside a street ("colonia las flores, calle 5
    casa 23"): "en el barrio la gente es buena" stays.
    """
    for start, end, alone in latin.streets(text):
        tail, had_unit = tail_end(text, end)
        yield start, tail, alone or had_unit
    for match in NEIGHBOURHOOD.finditer(text):
        end = neighbourhood_end(text, match.start())
        if end is not None:
            tail, had_unit = tail_end(text, end)
            yield match.start(), tail, had_unit
    for start, end, landmark in directions(text):
        tail, had_unit = tail_end(text, end)
        yield start, tail, landmark or had_unit
    for start, end in unit_chains(text):
        yield start, tail_end(text, end)[0], True
    for start, end, numbered in chain(arabic.streets(text), arabic_buildings.buildings(text)):
        tail, had_unit = tail_end(text, end)
        yield start, tail, numbered or had_unit
    for start, end in abroad.streets_abroad(text):
        yield start, end, True
    for start, end in abroad.compound_streets(text):
        yield start, tail_end(text, end)[0], True
    for match in _PO_BOX.finditer(text):
        gap = SPACE.match(text, match.end())  # "ص.ب ١٢٣٤ عمان": the town may follow directly
        town = town_end(text, gap.end()) if gap else None
        yield match.start(), tail_end(text, town or match.end())[0], True


def _streets(text: str) -> Iterator[tuple[int, int]]:
    """Whole addresses: pieces that touch or sit a comma apart are one address ("حي الشيخ
    جراح، شارع ٥"), and a flat or building written before the street belongs to it."""
    merged: list[list[int]] = []
    for start, end, alone in sorted(_street_pieces(text)):
        if merged and (start <= merged[-1][1]
                       or _JOIN.fullmatch(text, merged[-1][1], start) is not None):
            merged[-1][1] = max(merged[-1][1], end)
            merged[-1][2] |= alone
        else:
            merged.append([start, end, alone])
    for start, end, alone in merged:
        if alone:
            yield _unit_before(text, start), abroad.post_code_end(text, end)


def _unit_before(text: str, start: int) -> int:
    """Where an address starts once a flat or building written before its street is added."""
    if text[start:start + 1].isdigit():
        word = _UNIT_WORD_BEFORE.search(text, max(0, start - UNIT_BEFORE_CHARS), start)
        start = word.start() if word else start
    before = _UNIT_BEFORE.search(text, max(0, start - UNIT_BEFORE_CHARS), start)
    return before.start() if before else start


def find_addresses(text: str, language: str = "en") -> Iterator[Span]:
    """Yield street addresses (street, flat, post code and town, in each language's order) and
    post codes on their own."""
    del language  # every order applies: survivors write an address as its country does
    for start, end in _streets(text):
        yield Span("address", start, end)
    for match in _POSTCODE.finditer(text):
        yield Span("address", match.start(), match.end())
    for match in _EIRCODE.finditer(text):
        if any(char.isdigit() for char in match.group()[-4:]):
            yield Span("address", match.start(), match.end())
    for match in _STATE_ZIP.finditer(text):
        start = _town_before_state(text, match)
        if start is not None:
            yield Span("address", start, match.end())


def _town_before_state(text: str, match: re.Match[str]) -> int | None:
    """Start of "bronx ny 10451" from its state and ZIP: the town's words before it, or None."""
    state = match.group("state")
    if state.casefold() not in _STATES:
        return None
    before = _TOWN_BEFORE.search(text, max(0, match.start() - 40), match.start())
    words = [] if before is None else [(word.start(), word.end(), word.group()) for word in
                                       _LETTERS.finditer(text, before.start(), match.start())]
    while words and words[0][2].casefold() in GRAMMAR_WORDS:
        words.pop(0)
    if not words:
        return match.start() if state.isupper() else None
    if not state.isupper() and state.casefold() in _STATES_THAT_ARE_WORDS \
            and listed_place_words(words) == 0:
        return None
    return words[0][0]
