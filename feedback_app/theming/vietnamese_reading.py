"""Vietnamese answers read syllable by syllable: word lists, tone marks and what capitals say.

Vietnamese writes one syllable a word, and most given names are everyday syllables ("Mai" and
"ngày mai", "Thu" and "mùa thu", "An" and "an toàn"). Tone marks tell many of them apart
("Tuấn" is a name, "tuần" a week), so an answer typed with its marks is matched on the marked
form; one typed without them ("tran van hung") on the bare letters, where more syllables are
both a name and a word, and context has to decide.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from feedback_app.theming import wordlists

# Letters and digits together, so "ZU7315902" (a permit number) is no syllable "ZU" of a name.
_SYLLABLE = re.compile(r"[^\W_]+")
_SENTENCE_END = re.compile(r"[.!?\n\r:;\"()\[\]]")
_ONLY_SPACE = re.compile(r"[ \t]+")


@dataclass(frozen=True, slots=True)
class Syllable:
    start: int
    end: int
    word: str

    @property
    def form(self) -> str:
        return self.word.casefold()

    @property
    def key(self) -> str:
        return wordlists.plain_key(self.word)

    @property
    def marked(self) -> bool:
        return self.form != self.key

    @property
    def capital(self) -> bool:
        return self.word[:1].isupper()

    @property
    def acronym(self) -> bool:
        return len(self.word) > 1 and self.word.isupper()


@cache
def _marked_set(name: str) -> frozenset[str]:
    return wordlists.word_set(name)


@cache
def _bare_set(name: str) -> frozenset[str]:
    return frozenset(wordlists.plain_key(word) for word in wordlists.word_set(name))


def in_list(syllable: Syllable, name: str, marked_answer: bool) -> bool:
    """Whether a syllable is in `data/<name>.txt`: by its marks in an answer typed with them,
    by its bare letters in one typed without ("nguyen" is "nguyễn")."""
    if marked_answer and syllable.marked:
        return syllable.form in _marked_set(name)
    if marked_answer:
        # a syllable without marks in a marked answer is that bare syllable, or a name typed
        # in a hurry ("Cuong" among marked words) if no everyday word is spelled so
        return syllable.form in _marked_set(name) or (
            syllable.key in _bare_set(name) and syllable.key not in _bare_set("vietnamese_words"))
    return syllable.key in _bare_set(name)


def places() -> frozenset[str]:
    return _marked_set("vietnamese_places")


def bare_places() -> frozenset[str]:
    return _bare_set("vietnamese_places")


class Answer:
    """One answer's syllables, whether it is typed with tone marks, and whether capitals mean
    anything in it (not in an answer in all capitals or all lower case)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.syllables = [Syllable(m.start(), m.end(), m.group()) for m in
                          _SYLLABLE.finditer(text) if m.group().isalpha()]
        self.marked = any(s.marked for s in self.syllables)
        inner = [s for i, s in enumerate(self.syllables) if not self.starts_sentence(i)]
        capitals = sum(s.capital for s in inner)
        self.reliable = bool(inner) and capitals > 0 and capitals / len(inner) < 0.6

    def __len__(self) -> int:
        return len(self.syllables)

    def starts_sentence(self, index: int) -> bool:
        if index == 0:
            return True
        gap = self.text[self.syllables[index - 1].end:self.syllables[index].start]
        return bool(_SENTENCE_END.search(gap))

    def adjacent(self, index: int) -> bool:
        """Only spaces between this syllable and the one before: a name does not run on over a
        comma."""
        if index <= 0 or index >= len(self.syllables):
            return False
        gap = self.text[self.syllables[index - 1].end:self.syllables[index].start]
        return bool(_ONLY_SPACE.fullmatch(gap))

    def gap(self, index: int) -> str:
        return self.text[self.syllables[index - 1].end:self.syllables[index].start]

    def given(self, index: int) -> bool:
        return in_list(self.syllables[index], "vietnamese_given_names", self.marked)

    def family(self, index: int) -> bool:
        return in_list(self.syllables[index], "vietnamese_family_names", self.marked)

    def everyday(self, index: int) -> bool:
        return in_list(self.syllables[index], "vietnamese_words", self.marked)

    def acronym(self, index: int) -> bool:
        """"BRP", "IOM": an acronym, where capitals mean anything (not in "ANH PHUC")."""
        return self.reliable and self.syllables[index].acronym

    def capital(self, index: int) -> bool:
        """A capital that says something: mid-sentence, in an answer whose capitals mean
        anything, and not an acronym ("BRP", "IOM")."""
        syllable = self.syllables[index]
        return (self.reliable and syllable.capital and not syllable.acronym
                and not self.starts_sentence(index))

    def keys(self, start: int, count: int) -> tuple[str, ...]:
        return tuple(s.key for s in self.syllables[start:start + count])
