
"""What follows a street in an address: flat, floor and door, a post code, and a town.

"..., Flat 2", "3º B", "3e étage", "الطابق الثالث", "..., 28012 Madrid", "..., عمان". A town counts
only after a comma, or before a post code.
"""

from __future__ import annotations

import re

from feedback_app.theming import wordlists
from feedback_app.theming.addresses import arabic
from feedback_app.theming.addresses.reading import (
    COUNT_WORDS,
    GRAMMAR_WORDS,
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
# "2º izquierda", "3e étage", "2º andar", "Edif. 830 , Depto. 388".
_UNIT = re.compile(
    r"(?i:flat|apt|apartment|unit|suite|room|piso|planta|puerta|pta|esc|escalera|interior|int|"
    r"edif|edificio|depto|dpto|departamento|apto|apartamento|ap|bloco|bloque|bl|andar|sala|"
    r"casa|lote|torre|portal|b[âa]t|b[âa]timent|[ée]tage|escalier|porte|appt|appartement|"
    r"esq|dto)\.?[ \t]*(?:(?i:n[º°o])\.?[ \t]*)?(?:\d{1,4}[A-Za-z]?|[A-Z])(?!\w)"
    r"|\d{1,2}\.?[ \t]?(?:[º°ª]"
    r"|(?i:er|[eè]re|e|[eè]me|o|a)(?=[ \t]+(?i:[ée]tage|andar|piso|planta)))"
    r"\.?(?:[ \t]*(?:(?i:[ée]tage|andar|piso|planta|izquierda|izqda|izq|izda|derecha|dcha|"
    r"dch|dta|dto|esq|esquerdo|direito|centro|ctro|frente|fte)\.?|[A-H])(?!\w))?"
    r"|\d{1,2}[ \t]+(?i:andar|piso|planta)(?!\w)"
)
# Floors named without a number, taken after a comma: "Av. de la Paz, 23, bajo", "r/c esq".
_FLOOR_WORD = re.compile(
    r"(?i:bajo|bj|entlo|entresuelo|[áa]tico|r/c|r[ée]s-do-ch[ãa]o|rdc|rez-de-chauss[ée]e)"
    r"(?:[ \t]*(?:(?i:izquierda|izqda|izq|izda|derecha|dcha|dch|esq|dto|dt)\.?|[A-H])(?!\w))?"
    r"(?![\w/])"
)
_POSTCODE_WORD = r"(?:(?i:cep|c\.p\.|cp|c[óo]digo postal|code postal)[ \t]*:?[ \t]*)?"
# Post codes inside an address (any case): UK, Portugal and Brazil, five digits (Spain, France,
# US, Morocco, Jordan), and a US state with its ZIP.
_TAIL_POSTCODE = re.compile(
    rf"{_POSTCODE_WORD}(?:(?i:[a-z]{{1,2}}\d[a-z\d]?[ \t]?\d[a-z]{{2}})(?!\w)"
    r"|\d{4,5}-\d{3}(?![\w\-])|\d{5}(?![\w\-])|[A-Z]{2}[ \t]+\d{5}(?:-\d{4})?(?![\w\-]))"
)
_INNER_NUMBER = re.compile(r"[ \t]+\d{1,4}[A-Za-z]?(?![\w\-])(?![:.,/]\d)")
_TAIL_GAP = re.compile(
    r"(?:\.(?=[ \t]*[,،]))?[ \t]*(?P<comma>[,،]|(?<=[ \t])[-\u2013](?=[ \t]))?[ \t]*")
MAX_TOWNS = 2  # a neighbourhood and a town: "..., sala 1201 - Centro, Rio de Janeiro"
_CEDEX = re.compile(r"[ \t]+CEDEX(?:[ \t]+\d{1,2})?(?!\w)")


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


def tail_end(text: str, pos: int) -> tuple[int, bool]:
    """Extend a street over its flat, floor, post code and town; (end, whether a unit was read).

    A town counts only after a comma ("7 oak lane, bradford BD1 4AX"); lower case, it has to be a
    listed place or be followed by a post code ("now, please write there" stays).
    """
    end, had_unit, towns = pos, False, 0
    inner = _INNER_NUMBER.match(text, end) if text[end - 1:end].isdigit() else None
    if inner and not followed_by_count(text, inner.end()):
        end, had_unit = inner.end(), True  # "Calzada Jalisco 541 185": the inner number
    for _ in range(8):
        gap = _TAIL_GAP.match(text, end)
        at = gap.end()
        unit = None if towns else (
            _UNIT.match(text, at) or arabic.UNIT.match(text, at)
            or (_FLOOR_WORD.match(text, at) if gap.group("comma") else None))
        if unit:
            end, had_unit = unit.end(), True
            continue
        named = None if towns else arabic.named_unit_end(text, at)
        if named is not None:
            end, had_unit = named, True
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
