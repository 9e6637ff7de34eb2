"""Place and street-address detection for English, Spanish, French and Portuguese.

A listed city, region or country counts when capitalised; one that is also an everyday word
("Reading", "Nice") needs a preposition before it. After "I live in", "soy de", "j'habite à",
"moro em" and the like, any capitalised words count, listed or not.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from feedback_app.theming import cues, wordlists
from feedback_app.theming.names import Token, tokenize
from feedback_app.theming.spans import Span
from feedback_app.theming.stopwords import any_stop_words

_CAP = r"[^\W\d_a-z][^\W\d_]*(?:['\u2019\-][^\W\d_]+)*"
_LINK = r"(?:de|del|la|las|los|da|do|dos|das|du|des|of|the|l['\u2019])"
_NAME_RUN = rf"{_CAP}(?:[ \t]+(?:{_LINK}[ \t]+)?{_CAP}){{0,4}}"
_NUM = r"\d{1,5}[A-Za-z]?(?:[ \t]?(?:bis|ter))?"
# English street types, British and American (the USPS list's common entries).
_EN_SUFFIX = (
    r"(?:Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Drive|Dr|Close|Way|Court|Ct|Place|Pl|Crescent|"
    r"Terrace|Boulevard|Blvd|Square|Sq|Gardens?|Groves?|Hills?|Row|Walks?|Parade|Highway|Hwy|"
    r"Mews|Park|Parkway|Pkwy|Circle|Cir|Coves?|Creek|Crossing|Crossroads?|Junctions?|Landing|"
    r"Meadows?|Mills?|Mount|Mountains?|Orchard|Pass|Path|Pines?|Plaza|Ports?|Prairie|Ranch|Run|"
    r"Shores?|Spur|Stream|Trace|Track|Trail|Tunnel|Unions?|Views?|Vista|Wells?|Isle|Island|"
    r"Lakes?|Lights?|Lodge|Loop|Mall|Manor|Oval|Bypass|Causeway|Commons?|Corners?|Dale|Dam|"
    r"Divide|Estates?|Extension|Falls|Fields?|Flats?|Fords?|Fort|Freeway|Gateway|Glens?|Green|"
    r"Haven|Inlet|Keys?|Knolls?|Ramp|Rest|Route|Shoals?|Skyway|Squares|Summit|Villages?|Ville|"
    r"Ways|Wall|Burgs?|Bluffs?|Bottom|Branch|Bridge|Camp|Canyon|Cape|Cliffs?|Club|Curve|"
    r"Expressway|Harbou?rs?|Hollow|Locks?|Neck|Points?|Ridges?|River|Roads|Springs?|Stations?|"
    r"Streets|Throughway|Turnpike|Underpass|Overpass|Forges?|Forks?|Heights|Mission|Ferry|"
    r"Center|Centre|Rapids?|Plains?|Brooks?|Loaf|Motorway|Alley|Wynd|Chase|Rise|Vale|Yard)\b\.?"
    r"(?:,?[ \t]+(?:Suite|Apt\.?|Unit|Flat)[ \t]+\d{1,5}[A-Za-z]?)?"
)
_ES_PREFIX = (r"(?:[Cc]alle|C/|C\.|[Aa]vda\.?|[Aa]venida|[Pp]laza|[Pp]za\.?|[Pp]aseo|[Cc]amino|"
              r"[Cc]arrera|[Cc]ra\.?|[Rr]onda|[Tt]raves[ií]a|[Cc]allej[oó]n|[Cc]arretera|Ctra\.?|"
              r"[Bb]oulevard|[Aa]ndador|[Vv]ial|[Vv][ií]a|[Pp]rolongaci[oó]n|[Cc]añada|[Pp]asadizo|"
              r"[Gg]lorieta|[Pp]erif[eé]rico|[Cc]alzada|[Cc]errada|[Pp]rivada|[Cc]ircuito|"
              r"[Uu]rbanizaci[oó]n|[Rr]ambla|[Cc]alleja|[Pp]asaje|[Cc]uesta|[Pp]olígono)")
_FR_PREFIX = (r"(?:rue|avenue|av\.|boulevard|bd|place|chemin|all[ée]e?|impasse|quai|route|cours|"
              r"square|passage|cit[ée]|rang|mont[ée]e|rond-point|sentier|voie|esplanade|parvis)")
_PT_PREFIX = (r"(?:[Rr]ua|R\.|[Aa]venida|[Aa]v\.?|[Tt]ravessa|Tv\.|[Ll]argo|[Pp]ra[çc]a|[Ee]strada|"
              r"[Aa]lameda|[Rr]odovia|[Bb]eco|[Vv]ila|[Vv]iela|[Ff]azenda|[Cc]ampo|[Pp][aá]tio|"
              r"[Ss]etor|[Ll]ago|[Cc]ondom[ií]nio|[Aa]eroporto|[Pp]raia|[Ll]adeira|[Qq]uadra|"
              r"[Cc]aminho|[Cc]al[çc]ada|[Rr]ecanto|[Cc]olônia|[Cc]h[aá]cara|[Jj]ardim|[Nn][uú]cleo)")
# Flat, floor and door after the number: "Piso 5", "Edif. 830 , Depto. 388", "3º B", "Apt. 48".
_UNIT_TAIL = (r"(?:[ \t]*,?[ \t]*(?:Piso|Puerta|Interior|Int\.|Edif\.|Depto\.|Dpto\.|Apt\.|Apto\.?|"
              r"Bloco|Sala|Casa|Lote|andar|esq\.?|dto\.?|Esc\.?)[ \t]*\d{1,4}[A-Za-z]?)*"
              r"(?:[ \t,]+\d{1,3}(?!\d)[º°ªo]?(?:[ \t]?(?:andar|[A-Za-z])(?!\w))?)?")
_FR_LINK = r"de la|de l['\u2019]|du|des|de|d['\u2019]"
_NUMBER_MARK = r"(?:,?[ \t]*(?:n[º°o.]?\.?|no\.|n[uú]m\.?|#)?[ \t]*)"
_ADDRESS = re.compile(
    rf"(?<![\w/])(?:[Ff]lat|[Aa]pt\.?|[Aa]partment|[Uu]nit|[Ss]tudio)[ \t]+\d{{1,4}}[A-Za-z]?,?"
    rf"(?:[ \t]+{_NUM})?[ \t]+{_NAME_RUN}[ \t]+{_EN_SUFFIX}"
    rf"|(?<![\w/]){_NUM},?[ \t]+{_NAME_RUN}[ \t]+{_EN_SUFFIX}"
    rf"|(?<!\w){_ES_PREFIX}[ \t]+(?:(?:de|del|de la|de los|de las)[ \t]+)?{_NAME_RUN}"
    rf"{_NUMBER_MARK}(?:\d{{1,5}}|[Ss]/[Nn]){_UNIT_TAIL}"
    rf"|(?<!\w){_PT_PREFIX}[ \t]+(?:(?:da|do|dos|das|de)[ \t]+)?{_NAME_RUN}"
    rf"{_NUMBER_MARK}(?:\d{{1,5}}|[Ss]/[Nn]){_UNIT_TAIL}"
    rf"|(?<!\w)(?:[Rr]ua|[Aa]venida|[Tt]ravessa|[Aa]lameda|[Ll]argo|[Pp]ra[çc]a|[Ee]strada|[Vv]iela|"
    rf"[Bb]eco|[Cc]alle|[Aa]venida|[Pp]aseo)[ \t]+(?:(?:da|do|dos|das|de|del|la)[ \t]+)?{_NAME_RUN}"
    rf"|(?<![\w/]){_NUM},?[ \t]+(?i:{_FR_PREFIX})[ \t]+(?:(?i:{_FR_LINK})[ \t]*)?{_NAME_RUN}"
    rf"{_UNIT_TAIL}"
    rf"|(?<!\w)(?:rue|avenue|boulevard|bd|all[ée]e|impasse|chemin|quai)[ \t]+"
    rf"(?:(?:{_FR_LINK})[ \t]*)?{_NAME_RUN}"
)
# Post codes: UK ("SW1A 1AA"), Portugal ("1000-001"), Brazil ("01310-100"); five-digit codes
# (Spain, France, US) only when a capitalised town follows ("28013 Madrid", "75011 Paris").
_POSTCODE = re.compile(
    r"(?<!\w)[A-Z]{1,2}\d[A-Z\d]?[ \t]?\d[A-Z]{2}(?!\w)"
    rf"|(?<![\w\-])\d{{4,5}}-\d{{3}}(?![\w\-])(?:[ \t]+{_CAP})?"
    rf"|(?<![\w\-])\d{{5}}[ \t]+{_CAP}(?:[ \t]+{_CAP})?"
)


# French and other compound town names: "Ledoux-sur-Gosselin", "Saint-Denis", "Aix-en-Provence".
_COMPOUND_PLACE = re.compile(
    rf"(?<![\w\-])(?:(?:Saint|Sainte|St|Ste|San|Santa|São)-{_CAP}(?:-{_CAP})*"
    rf"|{_CAP}-(?:sur|sous|lès|les|en|le|la|de|du|des|aux)-{_CAP}(?:-{_CAP})*)"
)


def find_addresses(text: str, language: str = "en") -> Iterator[Span]:
    """Yield street addresses (number and street, in each language's order) and post codes."""
    del language  # all four address shapes apply: survivors write addresses as the country does
    for pattern in (_ADDRESS, _POSTCODE):
        for match in pattern.finditer(text):
            yield Span("address", match.start(), match.end())


def _listed_place_end(tokens: list[Token], index: int, text: str) -> int | None:
    """If a listed place starts at `index`, return the index of its last token."""
    for words in wordlists.place_prefixes().get(tokens[index].key, ()):
        last = index + len(words) - 1
        if last >= len(tokens):
            continue
        run = tokens[index:last + 1]
        if tuple(t.key for t in run) != words:
            continue
        gaps_ok = all(text[a.end:b.start] in (" ", "-") for a, b in itertools.pairwise(run))
        if gaps_ok and all(t.capitalised or t.key in cues.NAME_PARTICLES for t in run):
            return last
    return None


def _cued_run_end(tokens: list[Token], index: int, text: str) -> int:
    """After "I live in", take the capitalised words that follow (up to three)."""
    last = index
    while last + 1 < len(tokens) and last - index < 3:
        nxt = tokens[last + 1]
        if text[tokens[last].end:nxt.start] not in (" ", "-"):
            break
        if nxt.key in cues.NAME_PARTICLES and last + 2 < len(tokens) \
                and tokens[last + 2].capitalised:
            last += 2
            continue
        if not nxt.capitalised:
            break
        last += 1
    return last


def _place_end(text: str, tokens: list[Token], index: int, cued: set[int],
               after_preposition: set[int]) -> tuple[int | None, bool]:
    """(last token index of a place starting here or None, whether context made it certain)."""
    token = tokens[index]
    if not token.capitalised:
        return None, False
    certain = token.start in cued and token.key not in any_stop_words()
    last = _listed_place_end(tokens, index, text)
    if last is not None and " ".join(t.key for t in tokens[index:last + 1]) in \
            wordlists.ambiguous_places() and token.start not in after_preposition | cued:
        last = None
    if token.key in cues.GEO_PREFIXES and index + 1 < len(tokens) and not token.word.isupper():
        nxt = tokens[index + 1]
        certain = certain or (nxt.capitalised and not nxt.word.isupper()
                              and nxt.key not in any_stop_words()
                              and text[token.end:nxt.start] == " ")
    if certain:
        last = max(last or index, _cued_run_end(tokens, index, text))
    return last, certain


def _places(text: str, want_certain: bool) -> Iterator[Span]:
    tokens = tokenize(text)
    cued = cues.cue_ends(cues.PLACE, text)
    after_preposition = cues.cue_ends(cues.PLACE_SOFT, text)
    index = 0
    while index < len(tokens):
        last, certain = _place_end(text, tokens, index, cued, after_preposition)
        if last is None:
            index += 1
            continue
        if certain == want_certain:
            yield Span("place", tokens[index].start, tokens[last].end)
        index = last + 1


def find_places(text: str, language: str = "en") -> Iterator[Span]:
    """Yield listed cities, regions and countries; a person cue wins ("Dr Paris")."""
    del language
    return _places(text, want_certain=False)


def find_cued_places(text: str, language: str = "en") -> Iterator[Span]:
    """Yield places made certain by context ("I am from ...", "Port ...") or shape ("X-sur-Y")."""
    del language
    yield from _places(text, want_certain=True)
    for match in _COMPOUND_PLACE.finditer(text):
        yield Span("place", match.start(), match.end())
