"""Cheap per-text language detection by stop-word overlap, for theming mixed-language corpora.

Survivors answer in the language they are most at ease with; a programme in Spain gets Spanish,
English and Portuguese in one batch. Counting stop words is crude but needs no model and no data,
and short answers it cannot decide fall back to the caller's language.
"""

from __future__ import annotations

import re
from functools import cache

import stopwordsiso  # type: ignore[import-untyped]

from feedback_app.theming.stopwords import LANGUAGE_NAMES, stop_words

SUPPORTED: tuple[str, ...] = tuple(LANGUAGE_NAMES)
_WORD = re.compile(r"[^\W\d_]+")
MIN_HITS = 2


@cache
def _distinctive(language: str) -> frozenset[str]:
    """Stop words of `language` that are not stop words of the other supported languages."""
    others = frozenset().union(*(stop_words(o) for o in SUPPORTED if o != language))
    return stop_words(language) - others


def detect_language(text: str, default: str) -> str:
    """Return the supported language whose distinctive stop words occur most, else `default`."""
    words = [w.casefold() for w in _WORD.findall(text[:2000])]
    if not words:
        return default
    scores = {code: sum(w in _distinctive(code) for w in words) for code in SUPPORTED}
    best = max(scores, key=lambda code: (scores[code], code == default))
    return best if scores[best] >= MIN_HITS and scores[best] > scores.get(default, 0) else default


@cache
def fallback_stop_words(language: str) -> frozenset[str]:
    """Stop words for a language we do not stem (from `stopwordsiso`, MIT), or none."""
    try:
        return frozenset(w.casefold() for w in stopwordsiso.stopwords(language))
    except Exception:  # an unknown language code must never break theming
        return frozenset()
