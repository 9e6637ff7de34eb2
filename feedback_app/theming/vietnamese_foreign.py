"""Names from other languages in a Vietnamese answer: caseworkers, lawyers and bosses abroad.

Survivors here name the people who help them in their own spelling ("luật sư của em là Emma
Brown", "John Smith ở hội giúp em"). The Vietnamese lists do not hold these names, and the Latin
name rules are not run on Vietnamese (they would read "lan", "mai", "an" as names), so they are
read here, with a capital, in an answer whose capitals mean something:

- a listed given name of another language followed by a capitalised word: a full name; an
  English word that a dictionary lists as a name first ("John", not "Job") before a listed
  surname only ("John Smith", not "Job Centre");
- such a given name alone, mid-sentence.

A syllable that is Vietnamese as well ("Lan", "Long", "Nam"), English ("Job", "Hope"), a place
("London") or a language is no foreign name here: the Vietnamese rules read it or it stays.
"""

from __future__ import annotations

import re
from functools import cache

from feedback_app.theming import wordlists
from feedback_app.theming.vietnamese_reading import Answer

# A Vietnamese syllable on bare letters: an initial consonant, one to three vowels, and one of
# the few final consonants. "kia", "tom", "ben" may be Vietnamese; "sarah", "james", "helen" not.
_VIETNAMESE_SHAPE = re.compile(
    r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]{1,3}(?:ng|nh|ch|[cmnpt])?")


@cache
def _vietnamese_keys() -> frozenset[str]:
    lists = ("vietnamese_given_names", "vietnamese_family_names", "vietnamese_words",
             "vietnamese_places")
    return frozenset(wordlists.plain_key(word) for name in lists
                     for word in wordlists.word_set(name))


@cache
def _not_foreign_names() -> frozenset[str]:
    return (wordlists.names_that_are_words() | wordlists.language_names() | wordlists.places()
            | _vietnamese_keys())


def _english_word(answer: Answer, index: int) -> bool:
    return answer.syllables[index].key in wordlists.everyday("en")


def _listed_surname(answer: Answer, index: int) -> bool:
    return answer.syllables[index].key in wordlists.surnames()


def _foreign_word(answer: Answer, index: int) -> bool:
    """A capitalised word with no Vietnamese mark, and no Vietnamese syllable or English word."""
    syllable = answer.syllables[index]
    return (syllable.capital and not syllable.acronym and not syllable.marked
            and len(syllable.word) > 2 and syllable.key not in _not_foreign_names())


@cache
def _not_surnames() -> frozenset[str]:
    return wordlists.language_names() | wordlists.places() | _vietnamese_keys()


def _foreign_surname(answer: Answer, index: int) -> bool:
    """After a foreign given name, any capitalised word that is not Vietnamese, a place or a
    language: surnames are English words often ("Brown", "Smith")."""
    syllable = answer.syllables[index]
    return (syllable.capital and not syllable.acronym and not syllable.marked
            and syllable.key not in _not_surnames())


def _foreign_given(answer: Answer, index: int) -> bool:
    return _foreign_word(answer, index) and answer.syllables[index].key in wordlists.given_names()


def foreign_given_in_lower_case(answer: Answer, index: int) -> bool:
    """"luat su sarah", "c helen va a james": a listed given name of another language typed in
    lower case, which no Vietnamese syllable, English word, place or language is spelled like
    ("kia", that, has a Vietnamese shape; "case" is English). A name only where a kinship word,
    a role or "là" says so."""
    syllable = answer.syllables[index]
    key = syllable.key
    return (not syllable.marked and len(key) > 2 and not vietnamese_shape(key)
            and key in wordlists.given_names() and key not in _not_foreign_names()
            and key not in wordlists.everyday("en"))


def vietnamese_shape(key: str) -> bool:
    """Whether bare letters can spell a Vietnamese syllable ("kia" can, "calais" cannot)."""
    return _VIETNAMESE_SHAPE.fullmatch(key) is not None


def _word_name_with_surname(answer: Answer, index: int) -> bool:
    """"Claire Dubois": a given name that is a word too ("claire" is clear in French) is a name
    before a listed surname that is no English word."""
    syllable = answer.syllables[index]
    if not (syllable.capital and not syllable.acronym and not syllable.marked
            and syllable.key in wordlists.names_that_are_words()
            and syllable.key in wordlists.given_names()):
        return False
    after = index + 1
    return (after < len(answer) and answer.adjacent(after) and _foreign_surname(answer, after)
            and _listed_surname(answer, after) and not _english_word(answer, after))


def foreign_names(answer: Answer) -> dict[int, int]:
    """{first syllable: last syllable} of the foreign names in an answer."""
    found: dict[int, int] = {}
    if not answer.reliable:
        return found
    index = 0
    while index < len(answer):
        if _word_name_with_surname(answer, index):
            found[index] = index + 1
            index += 2
            continue
        if not _foreign_given(answer, index):
            index += 1
            continue
        last = index
        while (last + 1 < len(answer) and last - index < 2 and answer.adjacent(last + 1)
               and _foreign_surname(answer, last + 1)):
            last += 1
        if _english_word(answer, index):
            # "John Smith", not "Job Centre": an English word before a listed surname only,
            # when a dictionary lists it as a name first
            named = (answer.syllables[index].key in wordlists.names_in_dictionaries()
                     and last > index and _listed_surname(answer, index + 1))
        else:
            named = last > index or not answer.starts_sentence(index)
        if named:
            found[index] = last
        index = last + 1
    return found
