"""Latin, Greek and Cyrillic words with their offsets, and what capital letters say in an answer.

Names and places read the same tokens: letters only (with an apostrophe or a hyphen inside), so
a number never looks like a name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from feedback_app.theming import wordlists

WORD = re.compile(r"[^\W\d_]+(?:['\u2019\-][^\W\d_]+)*")
# A capitalised word (in a regex): "Saint-Denis", "O'Brien".
CAPITALISED = r"[^\W\d_a-z][^\W\d_]*(?:['\u2019\-][^\W\d_]+)*"
_SENTENCE_END = re.compile(r"[.!?\n\r:;\"()\[\]]")


@dataclass(frozen=True, slots=True)
class Token:
    start: int
    end: int
    word: str

    @property
    def key(self) -> str:
        return self.word.casefold()

    @property
    def plain(self) -> str:
        return wordlists.plain_key(self.word)

    @property
    def capitalised(self) -> bool:
        return self.word[:1].isupper()


def tokenize(text: str, pattern: re.Pattern[str] = WORD) -> list[Token]:
    """Split into word tokens with offsets (letters only, so numbers never look like names)."""
    return [Token(m.start(), m.end(), m.group()) for m in pattern.finditer(text)]


def starts_sentence(text: str, tokens: list[Token], index: int) -> bool:
    """True when nothing but sentence punctuation separates this token from the previous one."""
    if index == 0:
        return True
    gap = text[tokens[index - 1].end:tokens[index].start]
    return bool(_SENTENCE_END.search(gap))


def capitals_are_reliable(tokens: list[Token], language: str = "en") -> bool:
    """False for Title Case or ALL CAPS answers, where a capital letter says nothing.

    Judged on the everyday words that are not also names: an answer full of names ("demandez
    Nguyen Van An ou Tran Thi Mai") still has a lower-case "ou".
    """
    everyday = wordlists.everyday(language)
    names = wordlists.person_names()
    words = [token for token in tokens[1:] if token.plain in everyday and token.plain not in names]
    if not words:
        words = tokens
        if len(words) < 4:
            return True
    capitalised = sum(token.capitalised for token in words)
    return capitalised / len(words) < 0.6
