"""`remove_words()`: what a survivor asks us to take out, on top of what `redact()` found.

No word list knows a survivor's nickname, town or workplace; the survivor does. On the preview
they list words, and each is replaced with `[removed]` wherever it stands in their answers. The
match ignores case and accents (so "jose" takes out "José", and Arabic without its short vowels
takes out the vowelled word), takes whole words only, and in Arabic also takes the word behind a
joined و, ف, ب, ل, ك or ال, in Tigrinya behind a joined ን, ብ, ከም, ምስ, ካብ, ናብ or ኣብ; Chinese,
written without spaces, has the word taken wherever it stands. Markers already in the text are
never touched.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from feedback_app.theming import scripts

REMOVED = "[removed]"
MAX_WORDS = 20
MAX_WORD_CHARS = 60
MIN_WORD_CHARS = 2
# Commas and semicolons of every script we offer: Latin, Arabic (، ؛), Chinese full-width and
# ideographic (U+FF0C, U+FF1B, U+3001), Ethiopic (፣ ፤).
_SEPARATORS = re.compile(r"[,;\n\r\t\u060c\u061b\uff0c\uff1b\u3001\u1363\u1364]+")
_MARKER = re.compile(r"\[[a-z]+\]")
_ARABIC = re.compile(r"[\u0600-\u06ff]")
_CYRILLIC_FINALS = "аяоеєийіьыу"
# Tigrinya joins some prepositions to the next word: "ንዮናስ" is "to Yonas", "ብሰላም" "by Selam".
_ETHIOPIC_PREFIX = ("(?:\u1295|\u1265|\u12A8\u121D|\u121D\u1235|\u12AB\u1265|\u1293\u1265"
                    "|\u12A3\u1265)?")
# Letters Arabic joins to the front of a word: and, so, with, for, like, the (and their mixes).
_ARABIC_PREFIX = r"(?:[\u0648\u0641]?[\u0628\u0644\u0643]?(?:\u0627\u0644)?|\u0644\u0644)?"


def parse_words(typed: str) -> list[str]:
    """The words or phrases a survivor typed, separated by commas or new lines.

    Raises ValueError when there are more than MAX_WORDS or one is longer than MAX_WORD_CHARS;
    one-letter entries are dropped (they would take out half the text)."""
    words: list[str] = []
    seen: set[str] = set()  # folded, so "José" and "jose" count once
    for part in _SEPARATORS.split(typed if isinstance(typed, str) else ""):
        word = " ".join(part.split())
        if len(word) > MAX_WORD_CHARS:
            raise ValueError("word too long")
        folded = _fold(word)[0]
        if len(word) >= MIN_WORD_CHARS and folded not in seen:
            words.append(word)
            seen.add(folded)
    if len(words) > MAX_WORDS:
        raise ValueError("too many words")
    return words


def _fold(text: str) -> tuple[str, list[int]]:
    """Text without case or accents, and for each of its characters the index it came from."""
    folded: list[str] = []
    origin: list[int] = []
    for index, char in enumerate(text):
        for piece in unicodedata.normalize("NFKD", char):
            if _skipped(piece):  # accents, Arabic short vowels, the tatweel
                continue
            for lowered in piece.casefold():
                folded.append(lowered)
                origin.append(index)
    return "".join(folded), origin


def _pattern(word: str) -> str:
    folded = r"\s+".join(re.escape(part) for part in _fold(word)[0].split())
    if scripts.has_han(word):
        return rf"(?P<w>{folded})"  # Chinese puts no spaces between words: a name is anywhere
    if scripts.has_cyrillic(word) and len(folded) >= 3 and folded[-1].isalpha():
        # Russian and Ukrainian decline names: "Олег" is "Олега", "Олегу", "Олегом"; "Марія"
        # is "Марії", "Марію". The word loses a final vowel and takes an ending of up to three.
        stem = folded[:-1] if folded[-1] in _CYRILLIC_FINALS else folded
        return rf"(?<!\w)(?P<w>{stem}[^\W\d_]{{0,3}})(?!\w)"
    prefix = (_ARABIC_PREFIX if _ARABIC.search(word)
              else _ETHIOPIC_PREFIX if scripts.has_ethiopic(word) else "")
    return rf"(?<!\w){prefix}(?P<w>{folded})(?!\w)"


def _skipped(char: str) -> bool:
    return bool(unicodedata.combining(char)) or char == "\u0640"


def remove_words(text: str, words: Iterable[str]) -> tuple[str, int]:
    """`text` with every listed word replaced by [removed]; returns it and how many were taken."""
    if not isinstance(text, str) or not text:
        return text, 0
    words = [w for w in words if isinstance(w, str) and _fold(w)[0].strip()]
    if not words:
        return text, 0
    folded, origin = _fold(text)
    protected = [(m.start(), m.end()) for m in _MARKER.finditer(text)]
    found: list[tuple[int, int]] = []
    # Longest first, so "Hotel Sunrise" goes whole before "Sunrise" alone.
    for word in sorted(words, key=lambda w: -len(w)):
        for match in re.finditer(_pattern(word), folded):
            start = origin[match.start("w")]
            end = origin[match.end("w") - 1] + 1
            while end < len(text) and _skipped(text[end]):  # the word's own accents go too
                end += 1
            if any(start < b and a < end for a, b in (*protected, *found)):
                continue
            found.append((start, end))
    pieces, cursor = [], 0
    for start, end in sorted(found):
        pieces += [text[cursor:start], REMOVED]
        cursor = end
    pieces.append(text[cursor:])
    return "".join(pieces), len(found)
