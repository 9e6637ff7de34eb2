"""Splitting an answer into the pieces theming counts, in a way that suits each script.

Most scripts put spaces between words, and a word is a run of letters. Chinese does not: a run
of Han characters is cut at one-character function words ("的", "了", "我") and each piece is
read as its overlapping character pairs ("工作人员" gives "工作", "作人", "人员"), which find
the words of a theme without a dictionary; a piece of one character is kept as it is. Ethiopic
punctuation (። ፣ ፤ ፥ ፦ ፧ and the word space ፡) separates Tigrinya words, and Ethiopic numerals
are no words. Vietnamese is read syllable by syllable, as it is written; text is put in NFC
first, so a tone mark typed as a separate character stays part of its syllable.
"""

from __future__ import annotations

import re
import unicodedata

from feedback_app.theming.scripts import ETHIOPIC, HAN
from feedback_app.theming.stopwords import chinese_split_characters

_PIECE = re.compile(
    rf"(?P<han>[{HAN}]+)|(?P<ethiopic>[{ETHIOPIC}]+)"
    rf"|(?P<word>[^\W\d_{HAN}{ETHIOPIC}]+(?:'[^\W\d_{HAN}{ETHIOPIC}]+)?)"
)
MAX_INPUT_CHARS = 20_000


def han_pieces(run: str, split: frozenset[str]) -> list[str]:
    """Character pairs of each piece of a Han run cut at `split`, single characters alone."""
    pieces: list[str] = []
    start = 0
    for end in range(len(run) + 1):
        if end == len(run) or run[end] in split:
            segment = run[start:end]
            if len(segment) == 1:
                pieces.append(segment)
            else:
                pieces.extend(segment[i:i + 2] for i in range(len(segment) - 1))
            start = end + 1
    return pieces


def segment(text: str) -> list[str]:
    """Lower-cased pieces of `text`: words, or Han character pairs; never digits or punctuation."""
    sample = unicodedata.normalize("NFC", text[:MAX_INPUT_CHARS]).casefold()
    split = chinese_split_characters()
    pieces: list[str] = []
    for match in _PIECE.finditer(sample):
        han = match.group("han")
        if han is not None:
            pieces.extend(han_pieces(han, split))
        else:
            pieces.append(match.group())
    return pieces
