"""Personal details in Chinese answers: names without spaces, addresses from province to room,
dates of birth with 年/月/日, and the Latin-letter names and addresses written among them.

Each detector yields nothing for text without Han letters, so answers in other languages are
read as before. Each reads Traditional letters as their Simplified twins (`traditional`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from feedback_app.theming.chinese import addresses, contact, dates, ids, latin, names, places
from feedback_app.theming.chinese.traditional import simplified
from feedback_app.theming.spans import Span

Detector = Callable[[str, str], Iterator[Span]]


def _reading_simplified(find: Detector) -> Detector:
    """`find`, reading the answer with Traditional letters as Simplified ones (same offsets)."""
    def read(text: str, language: str) -> Iterator[Span]:
        return find(simplified(text), language)
    read.__name__ = find.__name__
    read.__doc__ = find.__doc__
    return read


# With `redaction`'s priorities: an account after its app's name before a phone (many are
# the phone number), a date of birth before an address, an address before a name
# (a street is often named after a person), a name before a place.
CHINESE_DETECTORS: tuple[tuple[int, Detector], ...] = tuple(
    (priority, _reading_simplified(find)) for priority, find in (
        (1, contact.find_chinese_handles),
        (4, dates.find_chinese_birth_dates),
        (5, contact.find_chinese_phones),
        (6, addresses.find_chinese_addresses),
        (9, ids.find_chinese_ids),
        (6, latin.find_latin_addresses_in_chinese),
        (8, names.find_chinese_names),
        (8, latin.find_latin_names_in_chinese),
        (10, places.find_chinese_places),
        (10, latin.find_pinyin_places_in_chinese),
    ))
