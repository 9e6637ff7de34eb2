"""The letters of each script that theming and the redactor read, defined once.

Each range is the widest that holds the script's letters and marks (extensions included), so the
language detector, the word readers and the contact detectors agree on what is Han, Ge'ez or
Cyrillic. Ge'ez punctuation and numerals (U+1360..U+137C) are not letters: they split words.
"""

from __future__ import annotations

import re

Ranges = tuple[tuple[int, int], ...]

# In the Basic Multilingual Plane, which is what phone keyboards type Simplified Chinese in.
HAN_RANGES: Ranges = ((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF))
KANA_RANGES: Ranges = ((0x3040, 0x30FF), (0x31F0, 0x31FF))
HANGUL_RANGES: Ranges = ((0xAC00, 0xD7A3),)
ETHIOPIC_RANGES: Ranges = ((0x1200, 0x135F), (0x1380, 0x139F), (0x2D80, 0x2DDF), (0xAB00, 0xAB2F))
CYRILLIC_RANGES: Ranges = ((0x0400, 0x052F), (0x1C80, 0x1C8F), (0x1D2B, 0x1D2B), (0x2DE0, 0x2DFF),
                           (0xA640, 0xA69F))
ARABIC_RANGES: Ranges = ((0x0600, 0x06FF), (0x0750, 0x077F), (0x0870, 0x08FF), (0xFB50, 0xFDFF),
                         (0xFE70, 0xFEFC))
# Scripts written without spaces between words: a contact detector reads their letters as spaces.
SPACELESS_RANGES: Ranges = HAN_RANGES + KANA_RANGES + HANGUL_RANGES + ETHIOPIC_RANGES


def char_class(ranges: Ranges) -> str:
    """The ranges as the inside of a regex character class ("一-鿿...")."""
    return "".join(f"{chr(first)}-{chr(last)}" for first, last in ranges)


HAN = char_class(HAN_RANGES)
KANA = char_class(KANA_RANGES)
ETHIOPIC = char_class(ETHIOPIC_RANGES)
CYRILLIC = char_class(CYRILLIC_RANGES)
ARABIC = char_class(ARABIC_RANGES)

HAN_LETTER = re.compile(f"[{HAN}]")
KANA_LETTER = re.compile(f"[{KANA}]")
ETHIOPIC_LETTER = re.compile(f"[{ETHIOPIC}]")
CYRILLIC_LETTER = re.compile(f"[{CYRILLIC}]")
ARABIC_LETTER = re.compile(f"[{ARABIC}]")


def has_han(text: str) -> bool:
    return HAN_LETTER.search(text) is not None


def has_ethiopic(text: str) -> bool:
    return ETHIOPIC_LETTER.search(text) is not None


def has_cyrillic(text: str) -> bool:
    return CYRILLIC_LETTER.search(text) is not None
