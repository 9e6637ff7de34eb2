# ruff: noqa: RUF001, RUF002  (Arabic letters are the point of this module)
"""Arabic script as the redactor compares it: letters, words, and one normalised form.

People type a word with or without hamza, harakat or tatweel, with "ة" or "ه", "ى" or "ي", and
hold letters for emphasis ("شكراااا"); lists and text are compared in one folded form, while spans
keep the offsets of the text as typed.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from functools import lru_cache

# Any Arabic letter (Arabic, Persian and Urdu blocks and the presentation forms): without one
# there is nothing to do, and the check costs one regex scan.
ARABIC_LETTER = re.compile(r"[\u0620-\u064A\u066E-\u06D3\u06FA-\u06FF\uFB50-\uFDFF\uFE70-\uFEFC]")
# A word: letters, harakat and tatweel; digits, Arabic punctuation and ZWNJ split words.
WORD = re.compile(r"[\u0620-\u065F\u066E-\u06D3\u06D5-\u06EF\u06FA-\u06FF\u0670"
                  r"\uFB50-\uFDFF\uFE70-\uFEFC]+")
PRESENTATION_FORM = re.compile(r"[\uFB50-\uFDFF\uFE70-\uFEFC]")
# Harakat, tatweel, the dagger alef and Quranic marks are left out of the compared form.
MARKS = re.compile(r"[\u0640\u064B-\u065F\u0670\u06D6-\u06ED]")
_LETTERS = str.maketrans({
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا", "ى": "ي", "ی": "ي", "ې": "ي",
    "ئ": "ي", "ؤ": "و", "ة": "ه", "ۀ": "ه", "ہ": "ه", "ھ": "ه", "ک": "ك", "ڪ": "ك", "ء": None,
})
SPACE = re.compile(r"[ \t\u00a0\u200c\u200f\u200e]+")
# Letters held for emphasis ("شكراااا", "ياااا"): three of one letter, or two alefs, never occur in
# a word as spelled.
_HELD_LETTER = re.compile(r"(.)\1\1+|(ا)\2+")


@lru_cache(maxsize=8192)
def normalise(word: str) -> str:
    """The compared form of an Arabic word: hamza on alef, alef maqsura, ta marbuta folded.

    Letters held for emphasis are folded to one: "شكراااا" is "شكرا".
    """
    if PRESENTATION_FORM.search(word):
        word = unicodedata.normalize("NFKC", word)
    word = MARKS.sub("", word).translate(_LETTERS)
    return _HELD_LETTER.sub(lambda held: held.group(1) or held.group(2), word)


def word_forms(text: str) -> frozenset[str]:
    """Compared forms of the words of `text`; a plural verb's "-وا" is also typed "-و" ("قولو")."""
    forms = {normalise(word) for word in text.split()}
    return frozenset(forms | {form[:-1] for form in forms if form.endswith("وا") and len(form) > 3})


def offset_after(raw: str, start: int, letters: int) -> int:
    """Offset in the text of the letter after the first `letters` letters of `raw` (a word that
    starts at `start`): where a word begins once a joined prefix ("و", "بـ") is left out."""
    seen = 0
    for index, ch in enumerate(raw):
        if MARKS.fullmatch(ch):
            continue
        if seen == letters:
            return start + index
        seen += 1
    return start + len(raw)


def words(text: str, limit: int) -> Iterator[tuple[re.Match[str], str]]:
    """Each Arabic word of `text` as typed (its match) and in compared form; runs of letters
    longer than `limit` are skipped, since nobody types a name or a place that long."""
    for match in WORD.finditer(text):
        if match.end() - match.start() <= limit:
            yield match, normalise(match.group())
