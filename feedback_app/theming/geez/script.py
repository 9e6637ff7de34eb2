# ruff: noqa: RUF003  (Ge'ez letters are the point of this module)
"""Ge'ez script as the redactor compares it: letters, words, and one normalised form.

Eritreans and Ethiopians spell one name with letters that sound alike ("ሓጎስ", "ሐጎስ", "ሃጎስ";
"ጸጋ", "ፀጋ"; "ፍቕሪ", "ፍቅሪ"; "ኣማኑኤል", "አማኑኤል", "ዓወት", "ኣወት"), so text and word lists are
compared in one form. Each letter maps to one letter, so offsets in that form are the offsets of
the text as typed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from feedback_app.theming.scripts import ETHIOPIC
from feedback_app.theming.wordlists import word_set

# A word: Ge'ez letters, with the slash of abbreviations ("ወ/ሮ", "ዶ/ር") and the apostrophe
# before a joined "also" ("ሕጂ'ውን") inside it. Ge'ez punctuation (፡ ። ፣) and digits split words.
WORD = re.compile(f"[{ETHIOPIC}]+(?:[/'\u2019][{ETHIOPIC}]+)*")
# Families of eight letters (one consonant, seven vowels) that are written for one another.
_SAME_SOUND = ((0x1210, 0x1200), (0x1280, 0x1200), (0x1220, 0x1230), (0x12D0, 0x12A0),
               (0x1340, 0x1338), (0x1250, 0x1240), (0x12B8, 0x12A8))
# In Amharic spelling the first vowel of "ሀ" and "አ" is said as the fourth ("አማኑኤል").
_FIRST_AS_FOURTH = (0x1200, 0x12A0)
# Prefixes joined to a name that stay outside its span: "to, for" (ን), "by, with" (ብ), "from"
# (ካብ), "towards" (ናብ), "with" (ምስ), "like" (ከም), "at" (ኣብ); and suffixes: "and" (ን), "also"
# ('ውን). Longest first.
PREFIXES = ("ካብ", "ናብ", "ምስ", "ከም", "ኣብ", "ን", "ብ")
SUFFIXES = ("'ውን", "\u2019ውን", "ውን", "ን")


@cache
def _table() -> dict[int, int]:
    table: dict[int, int] = {}
    for source, target in _SAME_SOUND:
        for order in range(7):
            table[source + order] = target + order
    for base in _FIRST_AS_FOURTH:
        table[base] = base + 3
    for source, target in _SAME_SOUND:
        if target in _FIRST_AS_FOURTH:
            table[source] = target + 3
    return table


def normalise(text: str) -> str:
    """The compared form of `text`, letter for letter (same length, same offsets)."""
    return text.translate(_table())


_SYLLABLES = range(0x1200, 0x1380)


def u_order(letter: str) -> bool:
    """Whether a Ge'ez letter is of the second order, the vowel u ("ዙ", "ቡ"): the end of a verb
    in "he" ("ተታሒዙ" he was caught), and before "-ኒ" of a verb with "me" ("ሓጊዙኒ")."""
    return ord(letter) in _SYLLABLES and (ord(letter) - 0x1200) % 8 == 1


def a_order(letter: str) -> bool:
    """Whether a Ge'ez letter is of the fourth order, the vowel a ("ዛ", "ራ")."""
    return ord(letter) in _SYLLABLES and (ord(letter) - 0x1200) % 8 == 3


@cache
def geez_set(name: str) -> frozenset[str]:
    """A `data/<name>.txt` list in the compared form, comment lines left out."""
    return frozenset(normalise(entry) for entry in word_set(name) if not entry.startswith("#"))


@dataclass(frozen=True, slots=True)
class Word:
    """One word of the normalised text: where it is, and where its stem is once a joined prefix
    and suffix are left out ("ንሚኪኤል" -> "ሚኪኤል", "ዳዊትን" -> "ዳዊት")."""

    start: int
    end: int
    text: str
    stem_start: int
    stem_end: int

    @property
    def stem(self) -> str:
        return self.text[self.stem_start - self.start:self.stem_end - self.start]


def words(normalised: str) -> list[Word]:
    return [Word(found.start(), found.end(), found.group(), found.start(), found.end())
            for found in WORD.finditer(normalised)]


def stems(word: Word, prefixes: bool = True, suffixes: bool = True) -> list[Word]:
    """`word` itself, then with a joined prefix, a suffix, or both left out; each stem keeps two
    letters or more."""
    return [Word(word.start, word.end, word.text, word.start + head, word.end - tail)
            for head, tail in _cuts(word.text, prefixes, suffixes)]


@lru_cache(maxsize=65536)
def _cuts(text: str, prefixes: bool, suffixes: bool) -> tuple[tuple[int, int], ...]:
    # Answers repeat their words, and a 100 kB answer must stay fast: cut each word once.
    heads = [0] + [len(head) for head in _NORMAL_PREFIXES if prefixes
                   and text.startswith(head) and len(text) - len(head) >= 2]
    tails = [0] + [len(tail) for tail in _NORMAL_SUFFIXES if suffixes
                   and text.endswith(tail) and len(text) - len(tail) >= 2]
    return tuple((head, tail) for head in heads[:2] for tail in tails[:2]
                 if len(text) - head - tail >= 2)


_NORMAL_PREFIXES = tuple(normalise(prefix) for prefix in PREFIXES)
_NORMAL_SUFFIXES = tuple(normalise(suffix) for suffix in SUFFIXES)
