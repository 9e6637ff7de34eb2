"""Albanian words that name no one, and Albanian places in their cases.

The name lists hold words an Albanian answer uses every day: "sime" (my), "hanim" (we ate),
"kask" (helmet) are names somewhere, and "italishtes" (of Italian), "sociales" (to the social
worker) or "Sozialamt" look like names to the Latin rules for being in no list. Albanian puts its
places in cases too ("pasaporta e Kosovës", "fliste për Londrën", "nga Vietnami"), which no list
of towns spells.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from feedback_app.theming import wordlists
from feedback_app.theming.spans import Span
from feedback_app.theming.tokens import tokenize

# Common Albanian words that a name list holds, the words of help and work an answer names
# people by ("mësuesja", "psikologia", "sociales"), thanks in the languages of the route, and
# the aid bodies survivors meet. Written for the project from general knowledge of the language.
NOT_NAMES = frozenset(str.split(
    "sime time tim tone tona sate sat tend tende dike dikend dikush askend askush kend "
    "hanim hanin hante pinim pinin flm falemnderit faleminderit rrofsh merci grazie danke "
    "thanks kask kaske kasken kaskat "
    "mesuesja mesuesi mesuesen mesueses mesuesit mesuesin psikologia psikologu psikologen "
    "psikologes psikologut psikologun sociale socialja sociales socialen socialit socialin "
    "punonjesja punonjesi punonjesen punonjeses avokatja avokati avokaten avokates avokatit "
    "perkthyesja perkthyesi perkthyesen perkthyeses perkthyesit "
    "caritas unhcr iom oim questura permesso sportel sporteli sportelit sportelin "
    "termin anmeldung jobcenter"))
# Albanian names that are everyday nouns too ("flutura" the butterfly, "besa" the pledge,
# "agim" dawn, "mimoza", "vjollca" flowers): names only with context, as "drita" and "shpresa".
# "kati" the floor ("kati 3") is Kati only with context too.
WORD_NAMES = frozenset(("flutura", "besa", "agim", "mimoza", "vjollca", "kati"))
# Names of languages in any case: "anglisht", "italishtes", "gjermanishten", "shqipja".
_LANGUAGE = re.compile(r"[a-z]{3,}isht(?:e|ja|es|en|ja)?|shqip(?:ja|es|en|e)?")
# German offices and papers, capitalised like names ("Sozialamt", "Ausländerbehörde",
# "Anmeldung", "Aufenthaltstitel"), and the "-it" Albanian hangs on them ("Caritas-it").
_OFFICE = re.compile(r"[a-z]{3,}(?:amt|behorde|ung|heim|zentrum|stelle|buro|gericht|titel|"
                     r"ausweis|schein|bescheid|antrag|kasse)")


def no_name(language: str, plain: str) -> bool:
    """A word no one is called in an Albanian answer: "sime", "italishtes", "Sozialamt"."""
    return language == "sq" and (plain in NOT_NAMES or _LANGUAGE.fullmatch(plain) is not None
                                 or _OFFICE.fullmatch(plain) is not None)


def word_name(language: str, plain: str) -> bool:
    """An Albanian name that is an everyday noun too ("flutura"): a name only with context."""
    return language == "sq" and plain in WORD_NAMES


# How Albanian ends a place in its cases, as plain keys: (ending, what the place ends with
# instead). "Kosova" -> "Kosovës", "Londra" -> "Londrën", "Vietnam" -> "Vietnami", "Tropojë" ->
# "Tropojës"; never "-n", "-ne", which make adjectives ("italiane", "indian").
_PLACE_ENDINGS = (("es", "e"), ("es", "a"), ("en", "a"), ("en", "e"), ("it", ""), ("in", ""),
                  ("i", ""), ("s", ""), ("ja", ""), ("ja", "e"), ("a", "e"), ("a", ""))


def place_stem(plain: str) -> str | None:
    """The listed place `plain` is a case of ("kosoves" -> "kosove"), if it is one."""
    places = wordlists.places()
    if plain in places:
        return plain
    for ending, instead in _PLACE_ENDINGS:
        stem = plain[:-len(ending)] + instead
        if plain.endswith(ending) and len(stem) >= 4 and stem in places:
            return stem
    return None


def albanian_place(language: str, plain: str) -> bool:
    """A place in one of its Albanian cases, and no listed name ("Podujevës", "Londrën")."""
    return (language == "sq" and plain not in wordlists.places()
            and plain not in wordlists.person_names() and place_stem(plain) is not None)


_CUT_NE = re.compile(r"n['\u2019]")
# The countries Albanians go to, written as their letters: "ne UK", "ne SHBA" (Shtetet e
# Bashkuara), "ne USA". Only in an Albanian answer: "nr de UK" in a Romanian one is a phone's
# country, not where one lives.
_COUNTRY_LETTERS = frozenset(("UK", "SHBA", "USA"))


def find_albanian_places(text: str, language: str) -> Iterator[Span]:
    """Yield capitalised places in an Albanian case ("ishte nga një fshat i Tropojës"), places
    with "në" cut to "n'" ("s'du me u kthy n'Mitrovicë"), and "UK", "SHBA"."""
    if language != "sq":
        return
    for token in tokenize(text):
        word, start = token.word, token.start
        if word in _COUNTRY_LETTERS:
            yield Span("place", start, token.end)
            continue
        if _CUT_NE.match(word) and word[2:3].isupper():
            word, start = word[2:], start + 2
            if wordlists.plain_key(word) in wordlists.places():
                yield Span("place", start, token.end)
                continue
        if word[:1].isupper() and not word.isupper() and albanian_place(
                language, wordlists.plain_key(word)):
            yield Span("place", start, token.end)


_ARTICLE_E = re.compile(r"[ \t]+e[ \t]+", re.IGNORECASE)


def article_e(language: str, gap: str) -> bool:
    """Between two Albanian words "e" is as often the article or "her" as "and": "Francescën
    e sportelit e dua" (Francesca of the counter, I love her) names one woman."""
    return language == "sq" and _ARTICLE_E.fullmatch(gap) is not None


_I_AM_BEFORE = re.compile(r"(?<!\w)(?:une|un[eë]?)[ \t]+jam[ \t]+$", re.IGNORECASE)


def said_what_i_am(language: str, text: str, start: int, plain: str) -> bool:
    """After "une jam" (I am) an everyday Albanian word says what one is, not who: "une jam
    lindur me 2001" (I was born in 2001), "une jam e lodhur"; "une jam Elona" is a name."""
    return (language == "sq" and plain in wordlists.everyday("sq", english=False)
            and plain not in wordlists.person_names()
            and _I_AM_BEFORE.search(text, max(0, start - 12), start) is not None)
