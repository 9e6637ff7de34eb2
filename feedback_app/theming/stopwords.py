"""Stop words for the four interface languages, from the `stop-words` package (BSD-3).

Read from the installed package's files at first use; nothing is downloaded.
"""

from __future__ import annotations

from functools import cache

from stop_words import get_stop_words  # type: ignore[import-untyped]

LANGUAGE_NAMES = {"en": "english", "es": "spanish", "fr": "french", "pt": "portuguese"}


@cache
def stop_words(language: str) -> frozenset[str]:
    """Return `language`'s stop words, or an empty set for a language we do not ship."""
    name = LANGUAGE_NAMES.get(language)
    if name is None:
        return frozenset()
    return frozenset(word.casefold() for word in get_stop_words(name))


@cache
def any_stop_words() -> frozenset[str]:
    """Stop words of all four languages: names are never stop words in any of them."""
    return frozenset().union(*(stop_words(code) for code in LANGUAGE_NAMES))
