"""Places in English, Spanish, French and Portuguese: towns, regions and countries.

A listed city, region or country counts when capitalised; one that is also an everyday word
("Reading", "Nice") needs a preposition before it. After "I live in", "soy de", "j'habite à",
"moro em" and the like, any capitalised words count, listed or not. Street addresses are read in
`addresses`.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from feedback_app.theming import cues, tokens, wordlists
from feedback_app.theming.spans import Span
from feedback_app.theming.stopwords import any_stop_words
from feedback_app.theming.tokens import Token, tokenize

# French and other compound town names: "Ledoux-sur-Gosselin", "Saint-Denis", "Aix-en-Provence".
_COMPOUND_PLACE = re.compile(
    rf"(?<![\w\-])(?:(?:Saint|Sainte|St|Ste|San|Santa|São)-{tokens.CAPITALISED}(?:-{tokens.CAPITALISED})*"
    rf"|{tokens.CAPITALISED}-(?:sur|sous|lès|les|en|le|la|de|du|des|aux)-{tokens.CAPITALISED}(?:-{tokens.CAPITALISED})*)"
)


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
               after_preposition: set[int], in_arabic: set[int]) -> tuple[int | None, bool]:
    """(last token index of a place starting here or None, whether context made it certain)."""
    token = tokens[index]
    if not token.capitalised:
        return None, False
    certain = token.start in cued and token.key not in any_stop_words()
    if token.start in in_arabic and (
            token.key in wordlists.places() or token.plain not in wordlists.given_names()):
        certain = True
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
    in_arabic = cues.cue_ends(cues.PLACE_IN_ARABIC, text)
    index = 0
    while index < len(tokens):
        last, certain = _place_end(text, tokens, index, cued, after_preposition, in_arabic)
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
