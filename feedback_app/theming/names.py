"""Person-name detection: a shipped first-name list, titles, roles and "my name is" phrases.

Precision matters as much as recall: "Hope", "Will", "May", "Grace" or "Rosa" are ordinary words
too, so a listed name that is also a word counts only with context (a title, a role, an intro
phrase, a following surname, or a capital letter mid-sentence where no month or noun would sit).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from feedback_app.theming import cues, wordlists
from feedback_app.theming.spans import Span
from feedback_app.theming.stopwords import any_stop_words

WORD = re.compile(r"[^\W\d_]+(?:['\u2019\-][^\W\d_]+)*")
_SENTENCE_END = re.compile(r"[.!?\n\r:;\"()\[\]]|^\s*$")
MAX_NAME_WORDS = 4


@dataclass(frozen=True, slots=True)
class Token:
    start: int
    end: int
    word: str

    @property
    def key(self) -> str:
        return self.word.casefold()

    @property
    def capitalised(self) -> bool:
        return self.word[:1].isupper()


def tokenize(text: str) -> list[Token]:
    """Split into word tokens with offsets (letters only, so numbers never look like names)."""
    return [Token(m.start(), m.end(), m.group()) for m in WORD.finditer(text)]


def starts_sentence(text: str, tokens: list[Token], index: int) -> bool:
    """True when nothing but sentence punctuation separates this token from the previous one."""
    if index == 0:
        return True
    gap = text[tokens[index - 1].end:tokens[index].start]
    return bool(_SENTENCE_END.search(gap))


def capitals_are_reliable(tokens: list[Token]) -> bool:
    """Title Case or ALL CAPS answers make capital letters meaningless as a cue."""
    if len(tokens) < 4:
        return True
    capitalised = sum(token.capitalised for token in tokens)
    return capitalised / len(tokens) < 0.6


def _ambiguous_counts(text: str, tokens: list[Token], index: int, reliable: bool) -> bool:
    """Decide whether a listed name that is also an everyday word is a person here."""
    if _is_surname_like(tokens, index + 1, text):
        return True
    if not reliable:
        return False
    if starts_sentence(text, tokens, index):
        # "Hope was great" is a person, "Hope they listen" is not; months never start this way.
        following = [t.key for t in tokens[index + 1:index + 3]]
        if following and following[0] in cues.CLITICS:
            following = following[1:]
        return (bool(following) and following[0] in cues.PERSON_VERBS
                and tokens[index].key not in cues.MONTHS)
    return tokens[index - 1].key not in cues.NOT_A_PERSON_BEFORE


def _is_surname_like(tokens: list[Token], index: int, text: str) -> bool:
    if index >= len(tokens) or not tokens[index].capitalised:
        return False
    gap = text[tokens[index - 1].end:tokens[index].start]
    if gap not in (" ", "\t"):
        return False
    key = tokens[index].key
    return key in wordlists.surnames() or key in wordlists.given_names()


def _extend(text: str, tokens: list[Token], index: int) -> int:
    """Return the index of the last token of the full name starting at `index` (surnames, "de")."""
    last = index
    cursor = index + 1
    stops = any_stop_words()
    while cursor < len(tokens) and cursor - index < MAX_NAME_WORDS:
        gap = text[tokens[cursor - 1].end:tokens[cursor].start]
        if gap not in (" ", "\t"):
            break
        token = tokens[cursor]
        if token.key in cues.NAME_PARTICLES and _is_surname_like(tokens, cursor + 1, text):
            cursor += 1
            continue
        if not token.capitalised or (token.word.isupper() and len(token.word) > 1):
            break
        if token.key in stops:
            break
        last = cursor
        cursor += 1
    return last


def _role_follows(text: str, token: Token, listed: bool) -> bool:
    """"Aminata la psychologue", "Joy from the front desk"; bare "Home Office" is not a person."""
    match = cues.ROLE_AFTER.match(text, token.end)
    return match is not None and (listed or match.group("det") is not None)


def _is_name(text: str, tokens: list[Token], index: int, cued: dict[str, set[int]],
             reliable: bool, after_name: bool) -> bool:
    token = tokens[index]
    if token.start in cued["intro"]:
        return token.key not in any_stop_words()
    if not token.capitalised or (token.word.isupper() and len(token.word) > 1 and reliable):
        return False
    if token.key in any_stop_words():
        return False
    listed = token.key in wordlists.given_names() or token.key in wordlists.ambiguous_given_names()
    if token.start in cued["title"] or token.start in cued["role"] or after_name:
        return True
    if _role_follows(text, token, listed):
        return True
    if token.key in wordlists.ambiguous_given_names():
        return _ambiguous_counts(text, tokens, index, reliable)
    if token.key in wordlists.places():
        # "Paris Hilton" or "María del Carmen" are people; "Paris" alone is a place.
        return _is_surname_like(tokens, index + 1, text) or (
            index + 2 < len(tokens) and tokens[index + 1].key in cues.NAME_PARTICLES
            and tokens[index + 2].capitalised)
    return listed


def _joined_before(text: str, tokens: list[Token], first: int, taken: set[int]) -> int | None:
    """Index of a capitalised word joined to the name at `first` by "and" or a comma."""
    before = first - 1
    if before < 0 or before in taken:
        return None
    token = tokens[before]
    if not token.capitalised or token.key in any_stop_words() or token.word.isupper():
        return None
    gap_ok = cues.AND_NAME.fullmatch(text, token.end, tokens[first].start)
    return before if gap_ok else None


def find_names(text: str, language: str = "en") -> Iterator[Span]:
    """Yield person names; a title ("Dr", "Sra.") stays outside the span, as it names no one."""
    del language  # every language's cues apply: answers mix languages
    tokens = tokenize(text)
    if not tokens:
        return
    patterns = (("intro", cues.INTRO), ("title", cues.TITLE), ("role", cues.ROLE))
    cued = {name: cues.cue_ends(pattern, text) for name, pattern in patterns}
    reliable = capitals_are_reliable(tokens)
    found: list[tuple[int, int]] = []
    index, previous_end = 0, -1
    while index < len(tokens):
        after_name = previous_end >= 0 and bool(
            cues.AND_NAME.fullmatch(text, previous_end, tokens[index].start))
        if _is_name(text, tokens, index, cued, reliable, after_name):
            last = _extend(text, tokens, index)
            found.append((index, last))
            previous_end, index = tokens[last].end, last + 1
        else:
            index += 1
    taken = {i for first, last in found for i in range(first, last + 1)}
    for first, _ in list(reversed(found)):  # "Jen, Paul and Diane": Jen is known by Paul
        cursor = first
        while reliable and (before := _joined_before(text, tokens, cursor, taken)) is not None:
            found.append((before, before))
            taken.add(before)
            cursor = before
    for first, last in sorted(found):
        yield Span("name", tokens[first].start, tokens[last].end)
