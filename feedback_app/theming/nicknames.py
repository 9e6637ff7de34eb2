"""Nicknames that are words: an adjective with its article ("el chino", "la flaca", "o baiano"),
a word with "big" or "ti" before it ("big mo", "ti jean"), a title after "we call" ("we call
mama joy").

People who exploited survivors are often known only by such a name, so it must go; yet "la
comida china", "el negro" (the colour) and "a big help" are words. A nickname counts where the
answer is in another language (a Spanish article in an English answer is always a name), or
where the words around it show a person (see `person_cues`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from feedback_app.theming import cues, person_cues, wordlists
from feedback_app.theming.name_context import after_cue, clause_ends
from feedback_app.theming.name_reading import Evidence, Reading, grammar_words
from feedback_app.theming.reach import match_after

_ARTICLES = {"el": "es", "la": "es", "o": "pt", "a": "pt"}
_NOT_A_NICKNAME_BEFORE = cues.NOT_A_PERSON_BEFORE | {"so", "very", "too", "really", "how"}


def _article_nickname(reading: Reading, index: int) -> bool:
    """Whether the article at `index` and the adjective after it are a nickname."""
    if index + 1 >= len(reading.tokens) or not reading.adjacent(index + 1):
        return False
    article = reading.tokens[index].key
    adjective = reading.tokens[index + 1].plain
    home = _ARTICLES.get(article)
    words = (person_cues.SPANISH_NICKNAMES if home == "es" else person_cues.PORTUGUESE_NICKNAMES)
    if home is None or adjective not in words or reading.cued("nickname", index + 1):
        return False  # "was called el flaco": the cue has read the article, the name is found
    before = reading.tokens[index - 1].plain if index else ""
    if before in person_cues.NOT_NICKNAME_BEFORE:
        return False
    if reading.language not in ("es", "pt"):
        # "i dont trust el chino": a Spanish article in an English or French answer; "a gorda"
        # would be the English "a", so only "el", "la" and "o" count there.
        return article != "a" and (article != "la" or reading.language != "fr"
                                   or adjective not in wordlists.everyday("fr", english=False))
    text, start, end = reading.text, reading.tokens[index].start, reading.tokens[index + 1].end
    return bool(match_after(person_cues.NICKNAME_PERSON_AFTER, text, end)
                or match_after(person_cues.THE_ONE_WHO_AFTER, text, end)
                or match_after(cues.PERSON_VERB_AFTER, text, end)
                or person_cues.NICKNAME_PERSON_BEFORE.search(text, max(0, start - 40), start)
                or _last_in_list_of_people(reading, index))


_AND_AFTER = re.compile(r"[ \t]*(?:,|[ \t](?:y|e)[ \t])", re.IGNORECASE)


def _last_in_list_of_people(reading: Reading, index: int) -> bool:
    """"yo, wendy, karla y la flaca": after "y", the last of a list of people; "yuli, la mona y
    otra muchacha": after a comma, then "y", one in the middle."""
    if index < 2:
        return False
    if reading.tokens[index - 1].key in ("y", "e"):
        before = index - 2
        gap = reading.text[reading.tokens[before].end:reading.tokens[index - 1].start]
    else:
        before = index - 1
        gap = reading.text[reading.tokens[before].end:reading.tokens[index].start]
        if gap.strip() != "," or not match_after(_AND_AFTER, reading.text,
                                                 reading.tokens[index + 1].end):
            return False
        gap = ""
    if gap.strip() or reading.tokens[before].key in grammar_words(reading.language):
        return False
    evidence = reading.evidence(before)
    return evidence is Evidence.LISTED or (
        evidence is Evidence.UNKNOWN and len(reading.tokens[before].word) >= 3) or (
        reading.tokens[before].plain in wordlists.given_names()
        and reading.tokens[before].plain not in wordlists.names_that_are_words())


# "le pasa todo al negro, el que nos cuidaba la puerta": who he is, and what he did to someone
_WHO_HE_IS_AFTER = re.compile(
    r"(?:[ \t]*,)?[ \t]+(?:el|la)[ \t]+que[ \t]+(?:me|nos|te|le|les|lo|la|los|las|se)[ \t]+"
    r"[^\W\d_]{2,}", re.IGNORECASE)


def _contracted_nickname(reading: Reading, index: int) -> bool:
    """"al negro, el que nos cuidaba": after "al" or "del" the nickname is the adjective alone,
    where who he is follows ("al chino" alone is the corner shop)."""
    following = index + 1
    if (reading.language != "es" or reading.tokens[index].key not in ("al", "del")
            or following >= len(reading.tokens) or not reading.adjacent(following)
            or reading.tokens[following].plain not in person_cues.SPANISH_NICKNAMES):
        return False
    end = reading.tokens[following].end
    return bool(match_after(_WHO_HE_IS_AFTER, reading.text, end)
                or match_after(person_cues.THE_ONE_WHO_AFTER, reading.text, end))


def _prefixed_nickname(reading: Reading, index: int) -> bool:
    """"big mo", "big T", "lil tony", "ti jean": the prefix and the name are one nickname."""
    following = index + 1
    if (reading.tokens[index].key not in person_cues.NICKNAME_PREFIXES
            or following >= len(reading.tokens) or not reading.adjacent(following)):
        return False
    if index and reading.tokens[index - 1].key in _NOT_A_NICKNAME_BEFORE:
        return False  # "a big help", "the big man"
    token = reading.tokens[following]
    grammar = token.key in grammar_words(reading.language)
    if grammar and len(token.word) > 2:
        return False  # "big enough"; "big mo", "big T" are short
    evidence = reading.evidence(following)
    initial = len(token.word) == 1 and token.word.isupper()
    given = token.plain in wordlists.given_names() and evidence is not Evidence.WORD
    if not grammar and (evidence is Evidence.LISTED or (given and (
            token.plain not in wordlists.names_that_are_words()
            or reading.tokens[index].key != "big"))):
        return True  # "lil tony", "ti jean"; "big joy" may be a big joy
    if not (initial or (evidence is Evidence.UNKNOWN or len(token.word) == 2)):
        return False
    start = reading.tokens[index].start
    # "big T still message me", "me and big mo waited": a short name, with a person around it
    return bool(after_cue(reading, following) or clause_ends(reading, following)
                or person_cues.WITH_ME_BEFORE.search(reading.text, max(0, start - 8), start)
                or person_cues.WITH_BEFORE.search(reading.text, max(0, start - 6), start))


def _title_after_nickname_cue(reading: Reading, index: int) -> bool:
    """"the madam we call mama joy": after "we call", "mama" is part of the nickname ("se
    llamaba don chepe" is Chepe)."""
    following = index + 1
    return (reading.cued("nickname", index) and following < len(reading.tokens)
            and reading.adjacent(following)
            and reading.tokens[index].key in person_cues.NICKNAME_TITLES
            and reading.evidence(following) is not Evidence.WORD
            and reading.tokens[following].key not in grammar_words(reading.language))


def find_nicknames(reading: Reading) -> Iterator[tuple[int, int]]:
    """Yield (first, last) token indexes of nicknames made of two words."""
    index = 0
    while index < len(reading.tokens) - 1:
        if (_article_nickname(reading, index) or _prefixed_nickname(reading, index)
                or _title_after_nickname_cue(reading, index)):
            yield index, index + 1
            index += 2
        elif _contracted_nickname(reading, index):
            yield index + 1, index + 1
            index += 2
        else:
            index += 1
