"""The word lists shipped in `data/`, loaded once.

Names and everyday words are matched on `plain_key` (no accents, no case: survivors often type
"jose" or "HELENE"); places on `str.casefold()`. See `data/README` for where each list comes from.
"""

from __future__ import annotations

import unicodedata
from functools import cache, lru_cache
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent / "data"
EVERYDAY_LANGUAGES = ("en", "es", "fr", "pt", "ro", "sq")
# A language without a list of its own reads the words of these (Romanian and Albanian words are
# no everyday words of an answer in another language: "tani", "drita" are names there).
_FALLBACK_LANGUAGES = ("en", "es", "fr", "pt")
# Letters with a stroke have no decomposition, so NFD alone would keep them.
_UNDECOMPOSED = str.maketrans({"đ": "d", "Đ": "d", "ł": "l", "Ł": "l", "ø": "o", "Ø": "o",
                               "\u0131": "i", "ħ": "h"})  # dotless i


@lru_cache(maxsize=65536)
def plain_key(word: str) -> str:
    """Case-free, accent-free form: "Nguyễn" and "nguyen", "Hélène" and "HELENE" match."""
    decomposed = unicodedata.normalize("NFD", word.translate(_UNDECOMPOSED))
    bare = "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn")
    return unicodedata.normalize("NFC", bare).casefold()


@cache
def word_set(name: str) -> frozenset[str]:
    """Return the entries of `data/<name>.txt`; a missing file gives an empty set, not a crash."""
    try:
        text = (DATA_DIR / f"{name}.txt").read_text(encoding="utf-8")
    except OSError:
        return frozenset()
    return frozenset(line.strip() for line in text.splitlines() if line.strip())


def given_names() -> frozenset[str]:
    return word_set("given_names")


def surnames() -> frozenset[str]:
    return word_set("surnames")


def names_that_are_words() -> frozenset[str]:
    """Given names that are everyday words in some language ("Blessing", "Esperanza", "Graça"):
    names only with context, whatever the answer's language."""
    return word_set("names_that_are_words")


def names_in_dictionaries() -> frozenset[str]:
    """Given names a hunspell dictionary of en, es, fr or pt lists with a capital ("Francisco",
    "Marta"): names first, whatever rare sense the dictionary also lists in lower case."""
    return word_set("names_in_dictionaries")


def language_names() -> frozenset[str]:
    """One-word names of languages, countries, months and days in en, es, fr and pt ("English",
    "tailandés", "january")."""
    return word_set("language_names")


@cache
def person_names() -> frozenset[str]:
    """Given names and surnames together."""
    return given_names() | surnames()


@cache
def mixed_in_everyday() -> frozenset[str]:
    """The everyday words of the languages answers in any language mix in ("merci", "gracias",
    "please"), as `plain_key`s."""
    return frozenset().union(*(word_set(f"everyday_{code}") for code in _FALLBACK_LANGUAGES))


@cache
def everyday(language: str, english: bool = True) -> frozenset[str]:
    """Common words of `language` and (unless `english` is false) of English, which answers mix
    in, as `plain_key`s.

    A listed name that is also one of these ("Grace", "Will", French "mai") needs context to count
    as a name. A language without a list gets all of them.
    """
    if language not in EVERYDAY_LANGUAGES:
        return mixed_in_everyday()
    if not english:
        return word_set(f"everyday_{language}")
    return word_set(f"everyday_{language}") | word_set("everyday_en")


@cache
def places() -> frozenset[str]:
    """Places of every list; Romanian and Albanian towns and the names those languages give
    countries ("Anglia", "Greqi") have a list of their own (see `data/README`)."""
    return word_set("places") | word_set("places_ro_sq")


def ambiguous_places() -> frozenset[str]:
    """Place names that are also everyday words ("Reading", "Nice"): need a cue like "from"."""
    return word_set("places_ambiguous")


@cache
def place_prefixes() -> dict[str, tuple[tuple[str, ...], ...]]:
    """Map a place's first word to the word sequences of places starting with it, longest first."""
    table: dict[str, list[tuple[str, ...]]] = {}
    for place in places() | ambiguous_places():
        words = tuple(place.split())
        table.setdefault(words[0], []).append(words)
    return {key: tuple(sorted(seqs, key=len, reverse=True)) for key, seqs in table.items()}
