"""Places in a Spanish or Portuguese sentence that only a person fills, for names no list knows.

Survivors from Venezuela, Colombia and the Caribbean often carry given names no dictionary has
("yorleidis", "yusmely", "rosmery"), typed in lower case; other names are words too ("luz",
"esperanza", "soledad"). The word alone says nothing, but where it stands does:

- beside the one speaking or a pronoun of a person, in a list of people: "ella y luz nos
  dieron", "yo, soledad y la chela dormimos";
- after "con", where people are met and lived with: "estoy en bogota con yorleidis";
- after the "a" Spanish puts before a person, then "tampoco" or "también": "a yusmely tampoco";
- as the subject Spanish puts after what was said or passed on: "me dijo esperanza que",
  "la pagina que me paso rosmery";
- as the one through whom something was learnt: "por milagros supe del programa";
- one more person, "too": "a yusmely tampoco", "y yuleisy tambien", French "et aya aussi";
- a family by its surname: "la casa de los Villanueva".

A word in no list is read as a name here only if it is no typo of an everyday word ("toa" for
"toda", "tambein"): one letter added, dropped, changed or swapped makes a typo, not a name.
"""

from __future__ import annotations

import re
import string
from functools import lru_cache

from feedback_app.theming import wordlists
from feedback_app.theming.name_reading import Evidence, Reading, grammar_words
from feedback_app.theming.reach import match_after

_LOOK_BACK = 40
_LETTERS = string.ascii_lowercase + "ñ"
# Shorter words have an everyday word one letter away too often for the test to mean anything.
_MIN_UNKNOWN_NAME = 4
_SHORT_WORD = 5
# A word shaped like a Spanish verb or noun is one: "guardaban", "extranjeria", "mandenme".
_WORD_SHAPE = re.compile(
    r"(?:aba|aban|abas|[ií]an|aron|ieron|ando|iendo|amos|emos|imos|mente|cion|sion|dad|miento|"
    r"eria|as|os|[aei]d|[aeiou](?:me|nos|les)|[aeií]le|[ae]nle|n(?:me|nos|les?|l[oa]s?))$")
# "ella y luz", "yo y kenia", "el y su primo": a pronoun of a person, then "y".
_PRONOUN_AND_BEFORE = re.compile(
    r"(?:^|[,.;:!?\n]|(?<!\w)(?:y|pero|que|porque))[ \t]*(?:ella|[eé]l|yo|ellas|ellos|eu|ela|ele)"
    r"[ \t]+(?:y|e)[ \t]+(?:(?:la|el|a|o)[ \t]+)?$",
    re.IGNORECASE)
# "yo, soledad y la chela": a list that opens on the one speaking.
_I_THEN_LIST_BEFORE = re.compile(r"(?:^|[.;:!?\n]|(?<!\w)(?:y|pero|que))[ \t]*(?:yo|eu)[ \t]*,"
                                 r"[ \t]*$", re.IGNORECASE)
_LIST_GOES_ON_AFTER = re.compile(r"[ \t]*(?:,|[ \t](?:y|e)[ \t])", re.IGNORECASE)
# What two people do or are, right after the second: "nos dieron cafe", "no hablan español",
# "son de nigeria", "se fueron".
_THEY_DID_AFTER = re.compile(
    r"[ \t]+(?:(?:no|nunca|siempre|ya|tambi[eé]n|todav[ií]a|n[aã]o|sempre)[ \t]+)?"
    r"(?:(?:me|nos|te|le|les|se|lo|la|los|las|lhe|lhes)[ \t]+[^\W\d_]{2,}|"
    r"[^\W\d_]{2,}(?:aron|ieron|aban|[ií]an|ram)|"
    r"(?:hablan|viven|trabajan|tienen|quieren|saben|pueden|duermen|estan|est[aá]n|son|eran|"
    r"estaban|vinieron|llegaron|falam|moram|trabalham|t[eê]m|querem|sabem|podem|est[aã]o|"
    r"s[aã]o))(?!\w)",
    re.IGNORECASE)
# "con yorleidis", "vivo con la yesi": people are met, lived and worked with.
_WITH_BEFORE = re.compile(r"(?<!\w)(?:con|junto a|junto con|com)[ \t]+$", re.IGNORECASE)
# "a yusmely tampoco", "a yorleidis tambien": the "a" before a person, then "neither", "too".
_PERSONAL_A_BEFORE = re.compile(r"(?:^|[,;:.!?\n]|(?<!\w)(?:y|pero|ni))[ \t]*a[ \t]+$",
                                re.IGNORECASE)
_TOO_AFTER = re.compile(r"(?:[ \t]*,)?[ \t]+(?:tampoco|tambi[eé]n|igual|igualmente|aussi|non plus|"
                        r"tamb[eé]m)(?!\w)", re.IGNORECASE)
# "j'ai raté mon rdv et aya aussi", "me echaron a mi y yuleisy tambien": one more person, too.
_AND_BEFORE = re.compile(r"(?<!\w)(?:y|e|et)[ \t]+$", re.IGNORECASE)
# "me dijo esperanza que", "la pagina que me paso rosmery": Spanish puts who said or passed
# something on after the verb.
_TOLD_BEFORE = re.compile(
    r"(?<!\w)(?:me|nos|le|les)[ \t]+(?:dijo|dec[ií]a|cont[oó]|explic[oó]|avis[oó]|coment[oó]|"
    r"recomend[oó]|pas[oó]|mand[oó]|present[oó]|ense[ñn][oó]|ayud[oó]|prest[oó]|regal[oó]|"
    r"consigui[oó]|llev[oó]|trajo|escribi[oó]|llam[oó])[ \t]+$",
    re.IGNORECASE)
_SAID_THAT_AFTER = re.compile(r"[ \t]*(?:,|[ \t]que(?!\w))", re.IGNORECASE)
# "por milagros supe del programa", "por yesi me entere": who a survivor learnt something from.
_THROUGH_BEFORE = re.compile(r"(?:^|[,;:.!?\n]|(?<!\w)(?:y|pero|que))[ \t]*(?:por|gracias a)"
                             r"[ \t]+$", re.IGNORECASE)
_LEARNT_AFTER = re.compile(r"[ \t]+(?:supe|supimos|me enter[eé]|nos enteramos|conoc[ií]|"
                           r"llegu[eé]|fiquei sabendo|soube)(?!\w)", re.IGNORECASE)
# "la casa de los Villanueva", "el rancho de los Ochoa": a family, by its surname.
_FAMILY_BEFORE = re.compile(r"(?<!\w)(?:de|con|a|donde|para)[ \t]+los[ \t]+$", re.IGNORECASE)


@lru_cache(maxsize=8192)
def typo_of_everyday(plain: str, language: str) -> bool:
    """Whether one letter added, dropped, changed or two swapped make `plain` an everyday word
    of the answer's language ("toa" of "toda", "tambein" of "tambien"): a word typed in a hurry,
    not a name. People seldom mistype the first letter, so it stays ("yorman" is no "forman").

    A short name is one letter from some rare word too often ("bisi", "efe"), so a word shorter
    than `_SHORT_WORD` counts as a typo only of a grammar word ("toa", "aki").
    """
    words = (grammar_words(language) if len(plain) < _SHORT_WORD
             else wordlists.everyday(language, english=False))
    for cut in range(1, len(plain) + 1):
        head, tail = plain[:cut], plain[cut:]
        if tail and head + tail[1:] in words:
            return True
        if len(tail) > 1 and head + tail[1] + tail[0] + tail[2:] in words:
            return True
        for letter in _LETTERS:
            if (tail and head + letter + tail[1:] in words) or head + letter + tail in words:
                return True
    return False


def unknown_name(reading: Reading, index: int) -> bool:
    """A word in no list that is shaped like a name: long enough, no verb or noun ending, no
    place and no typo of an everyday word."""
    token = reading.tokens[index]
    plain = token.plain
    return (reading.evidence(index) is Evidence.UNKNOWN and len(plain) >= _MIN_UNKNOWN_NAME
            and plain.isalpha() and not _WORD_SHAPE.search(plain)
            and plain not in wordlists.places()
            and not typo_of_everyday(plain, reading.language))


def _given(reading: Reading, index: int, *, word_too: bool) -> bool:
    """A given name and no grammar word; when not `word_too`, no everyday word of the answer's
    language either ("dayana", "yeison"; not "luz", "consuelo")."""
    token = reading.tokens[index]
    if token.plain not in wordlists.given_names() or token.key in grammar_words(
            reading.language) or reading.evidence(index) is Evidence.WORD:
        return False
    return word_too or token.plain not in wordlists.everyday(reading.language, english=False)


def _person_like(reading: Reading, index: int, *, word_too: bool) -> bool:
    return _given(reading, index, word_too=word_too) or unknown_name(reading, index)


def person_slot(reading: Reading, index: int) -> bool:
    """Whether the word stands where, in Spanish or Portuguese, only a person stands; in French,
    only "et aya aussi"."""
    if reading.language not in ("es", "pt", "fr"):
        return False
    text, token = reading.text, reading.tokens[index]
    if not (
            token.plain in wordlists.given_names() or reading.evidence(index) is Evidence.UNKNOWN):
        return False  # every slot below asks for a given name or a word in no list
    before = text[max(0, token.start - _LOOK_BACK):token.start]
    if _AND_BEFORE.search(before) and match_after(_TOO_AFTER, text, token.end):
        return _person_like(reading, index, word_too=False)
    if reading.language == "fr":
        return False
    if _PRONOUN_AND_BEFORE.search(before):
        # "ella y luz nos dieron cafe", "ella y precious no hablan español"
        return (_person_like(reading, index, word_too=True)
                and bool(match_after(_THEY_DID_AFTER, text, token.end)))
    if _I_THEN_LIST_BEFORE.search(before):
        return (_person_like(reading, index, word_too=True)
                and bool(match_after(_LIST_GOES_ON_AFTER, text, token.end)))
    if _TOLD_BEFORE.search(before):
        # "me paso rosmery"; a name that is a word only before "que": "me dijo esperanza que"
        return _person_like(reading, index, word_too=False) or (
            _given(reading, index, word_too=True) and bool(_SAID_THAT_AFTER.match(text,
                                                                                  token.end)))
    if _THROUGH_BEFORE.search(before) and match_after(_LEARNT_AFTER, text, token.end):
        return _person_like(reading, index, word_too=True)
    if _PERSONAL_A_BEFORE.search(before) and match_after(_TOO_AFTER, text, token.end):
        return _person_like(reading, index, word_too=False)
    if _WITH_BEFORE.search(before):
        return unknown_name(reading, index)
    return False


def given_name_before(reading: Reading, index: int) -> bool:
    """"casa de Rocío Peña": a capitalised given name right before a name found, mid-sentence
    where capitals mean something, is the first part of that name."""
    before = index - 1
    token = reading.tokens[before]
    return (reading.adjacent(index) and reading.proper(before) and reading.capital(index)
            and token.plain in wordlists.given_names()
            and token.key not in grammar_words(reading.language)
            and token.plain not in wordlists.places()
            and reading.evidence(before) is not Evidence.WORD)


def family_name(reading: Reading, index: int) -> bool:
    """"la casa de los Villanueva": a capitalised surname after "de los", a family."""
    token = reading.tokens[index]
    return (token.capitalised and reading.language in ("es", "pt") and reading.proper(index)
            and token.plain in wordlists.surnames()
            and token.key not in wordlists.places() and token.plain not in wordlists.places()
            and bool(_FAMILY_BEFORE.search(reading.text, max(0, token.start - 12),
                                           token.start)))


# "esta mal", "es modesto", "muy amable": after these an everyday word says how something is.
_COPULAS = frozenset(("es", "esta", "estaba", "estoy", "soy", "eres", "son", "estan", "muy", "tan",
                      "bastante", "medio", "queda", "quedo", "sigue", "e", "sou", "estava",
                      "muito", "fica", "ficou"))


def says_how_something_is(reading: Reading, index: int) -> bool:
    """A lower-case everyday word of the answer's language right after "es", "esta", "muy": how
    something is ("la curp esta mal", "el cuarto es modesto"), not who."""
    token = reading.tokens[index]
    return (index > 0 and not token.capitalised and reading.adjacent(index)
            and reading.tokens[index - 1].key in _COPULAS
            and token.plain in wordlists.everyday(reading.language, english=False))


def after_a_word(reading: Reading, index: int) -> bool:
    """A lower-case everyday word of the answer's language right after a lower-case word that
    is no name and no grammar word: part of that phrase ("no busco consuelo", "la iglesia
    bautista"), or how something is (see `says_how_something_is`)."""
    if says_how_something_is(reading, index):
        return True
    token = reading.tokens[index]
    if (index == 0 or token.capitalised or not reading.adjacent(index)
            or token.plain not in wordlists.everyday(reading.language, english=False)):
        return False
    previous = reading.tokens[index - 1]
    # "iglesia" is a surname too: a word of the language in lower case, and no given name
    return (not previous.capitalised and previous.key not in grammar_words(reading.language)
            and reading.evidence(index - 1) in (Evidence.WORD, Evidence.AMBIGUOUS)
            and previous.plain not in wordlists.given_names())
