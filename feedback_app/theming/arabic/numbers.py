"""Reference numbers with Arabic letters inside: "٦٥٤-١٩ج٠٢٢٣٤", "١٢٣٤٥/ب/٢٠", "م/٤٥٦٧٨".

Offices in Arabic-speaking countries write a file's series letter between its digits, and people
copy it as it is printed. Runs on the folded text (every digit system read as 0-9), like the
other number detectors. A letter only at the end ("٢٠١٤م", the year in the Gregorian calendar)
or only at the start (a joined "بـ") makes no reference.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from feedback_app.theming.spans import Span

# A run that starts with a digit and holds letters, digits and inner dashes or slashes.
_TOKEN = re.compile(r"(?<![\w/\-])\d(?:\w|[\-/](?=\w)){4,40}(?![\w/\-])")
# A series letter, a slash or dash, then the digits: "م/٤٥٦٧٨".
_LETTER_FIRST = re.compile(r"(?<![\w/\-])[\u0621-\u064a]{1,2}[/\-]\d{5,12}(?![\w/\-])")
# Arabic letters between two digits, with or without a dash or slash beside them.
_LETTERS_INSIDE = re.compile(r"\d[\-/]?[\u0621-\u064a]{1,2}[\-/]?\d")
_ARABIC_LETTER = re.compile(r"[\u0621-\u064a]")
MIN_DIGITS = 5
MAX_LETTERS = 3


def find_arabic_references(text: str) -> Iterator[Span]:
    """Yield numbers of five digits or more with one or two Arabic letters among or before the
    digits."""
    for match in _TOKEN.finditer(text):
        token = match.group()
        if sum(char.isdigit() for char in token) < MIN_DIGITS:
            continue
        if len(_ARABIC_LETTER.findall(token)) <= MAX_LETTERS and _LETTERS_INSIDE.search(token):
            yield Span("number", match.start(), match.end())
    for match in _LETTER_FIRST.finditer(text):
        yield Span("number", match.start(), match.end())
