"""One answer as the Latin-script name reader sees it: its words, what each one is, and where
the cues end.

Each word is read against the lists (see `Evidence`): a listed name, a name that is also an
everyday word, a word in no list, or a word. Capitals count only where the answer's capitals
mean something.
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass, field
from functools import cache

from feedback_app.theming import albanian_words, cues, wordlists
from feedback_app.theming.stopwords import stop_words, theme_stop_words
from feedback_app.theming.tokens import Token, starts_sentence

_LATIN_OR_CYRILLIC = re.compile(r"[A-Za-z\u00c0-\u024f\u0370-\u052f]")
PARTS = re.compile(r"['\u2019\-]")
# Languages whose own stop words are grammar to the name reader (the four have theirs already).
_OWN_GRAMMAR = ("ro", "sq")


class Evidence(enum.Enum):
    LISTED = "listed"
    AMBIGUOUS = "ambiguous"
    UNKNOWN = "unknown"
    WORD = "word"


@cache
def grammar_words(language: str) -> frozenset[str]:
    """Stop words of the answer's language and of English: "sean" is Spanish grammar, but in an
    English answer "Sean" is a man. Romanian and Albanian have their own ("nga" from, "kur"
    when are no Nga or Kur there)."""
    own = theme_stop_words(language) if language in _OWN_GRAMMAR else stop_words(language)
    return own | stop_words("en")


# How Albanian and Romanian end a given name in its cases, as plain keys: (ending, what the
# name itself ends with instead). Albanian "Besnik" -> "Besniku", "Besnikut", "Besnikun",
# "Ardit" -> "Arditi", "Arditit", "Arditin", "Elona" -> "Elonës", "Elonën"; Romanian "Maria" ->
# "Mariei", "Bianca" -> "Biancăi", and the vocative "Ioane", "Gigele", "Radule", "Mario".
_CASE_ENDINGS = {
    "sq": (("it", ""), ("ut", ""), ("in", ""), ("un", ""), ("i", ""), ("u", ""), ("es", "a"),
           ("en", "a"), ("s", ""), ("n", "")),
    "ro": (("ei", "a"), ("ai", "a"), ("ule", "u"), ("e", ""), ("o", "a")),
}
# Shorter names than this are too often the stem of an everyday word once an ending is cut.
_SHORTEST_CASED_NAME = 4


def case_stem(key: str, language: str) -> str | None:
    """The given name `key` is a case of in an Albanian or Romanian answer, if it is one."""
    for ending, instead in _CASE_ENDINGS.get(language, ()):
        stem = key[:-len(ending)] + instead
        if (key.endswith(ending) and len(stem) >= _SHORTEST_CASED_NAME
                and stem in wordlists.given_names()):
            return stem
    return None


@dataclass(slots=True)
class Reading:
    """One answer, tokenised, with what is known about each word and where the cues end."""

    text: str
    tokens: list[Token]
    language: str
    reliable: bool
    cue_ends: dict[str, set[int]]
    # Words that are no one in this answer whatever the lists say: Arabic typed in Latin letters
    # ("kant", "mumtaz") in an Arabic answer.
    not_names: frozenset[str] = frozenset()
    # Each word's evidence, worked out once: the rules ask about a word and its neighbours often.
    _evidence: dict[int, Evidence] = field(default_factory=dict)
    # Where the name starting at each word ends, worked out once: the start rules and the
    # caller both ask.
    ends: dict[int, int] = field(default_factory=dict)

    def evidence(self, index: int) -> Evidence:
        known = self._evidence.get(index)
        if known is None:
            known = self._evidence[index] = self._read_evidence(index)
        return known

    def _read_evidence(self, index: int) -> Evidence:
        word = self.tokens[index].word
        if not _LATIN_OR_CYRILLIC.search(word) or any(ch.isdigit() for ch in word):
            # Arabic and other scripts have their own detector; "m7amiya" is no name
            return Evidence.WORD
        if self.reliable and word[:2].isupper() and not word.isupper():
            return Evidence.WORD  # "OTs", "GPs": acronyms
        parts = [wordlists.plain_key(part) for part in PARTS.split(word) if part]
        if len(parts) > 1:
            # "m'a", "ajudou-me" are words; "jean-pierre", "Marie-Claire", "N'Golo" are names.
            if all(part in wordlists.given_names() for part in parts):
                return Evidence.LISTED
            readings = {self._word_evidence(part) for part in parts}
            for evidence in (Evidence.LISTED, Evidence.UNKNOWN, Evidence.AMBIGUOUS):
                if evidence in readings:
                    return evidence
            return Evidence.WORD
        key = self.tokens[index].plain
        evidence = self._word_evidence(key)
        stem = case_stem(key, self.language) if evidence is Evidence.UNKNOWN else None
        if evidence is Evidence.WORD and self.language == "sq" and not albanian_words.no_name(
                self.language, key):
            # "Kujtimi", "Qendrimi": the definite form of a name that is a word (kujtim memory)
            # is as much a name as the word itself
            word_stem = case_stem(key, self.language)
            if word_stem is not None and self._word_evidence(word_stem) is Evidence.AMBIGUOUS:
                return Evidence.AMBIGUOUS
        if stem is not None:
            # "Besnikut", "Elonën", "Mariei", "Ioane": a name in its case reads as the name; in
            # lower case ("nanen", "ramazanin") it may be a word's case too and needs context.
            evidence = self._word_evidence(stem)
            if evidence is Evidence.LISTED and not self.tokens[index].capitalised:
                evidence = Evidence.AMBIGUOUS
        if (evidence is Evidence.LISTED and not self.capital(index)
                and key in wordlists.everyday("any")):
            return Evidence.AMBIGUOUS  # "liga para (11)..." in an answer sent as English
        return evidence

    def _word_evidence(self, key: str) -> Evidence:
        if (key in wordlists.language_names() or key in cues.NOT_PERSONS or key in self.not_names
                or albanian_words.no_name(self.language, key)):
            return Evidence.WORD  # "English", "thai", "Nigeria", "Dios": never a person alone
        listed = key in wordlists.person_names()
        if (key in grammar_words(self.language) or key in wordlists.everyday(self.language)
                or key in wordlists.names_that_are_words()
                or albanian_words.word_name(self.language, key)):
            return Evidence.AMBIGUOUS if listed else Evidence.WORD
        if listed:
            return Evidence.AMBIGUOUS if len(key) <= 2 else Evidence.LISTED
        return Evidence.UNKNOWN if len(key) >= 2 else Evidence.WORD

    def proper(self, index: int) -> bool:
        """A capital letter that says "proper noun": mid-sentence, in an answer whose capitals
        mean something, and not an acronym."""
        token = self.tokens[index]
        return (self.reliable and token.capitalised and not starts_sentence(
            self.text, self.tokens, index) and not (token.word.isupper() and len(token.word) > 1))

    def capital(self, index: int) -> bool:
        """A capital letter that may mark a name: not an acronym, and the answer's capitals
        mean something."""
        token = self.tokens[index]
        return self.reliable and token.capitalised and not (token.word.isupper()
                                                            and len(token.word) > 1)

    def adjacent(self, index: int) -> bool:
        """The token follows the previous one after a single space (or a hyphen)."""
        gap = self.text[self.tokens[index - 1].end:self.tokens[index].start]
        return gap in (" ", "\t", "-")

    def cued(self, kind: str, index: int) -> bool:
        return self.tokens[index].start in self.cue_ends[kind]
