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


# Letters that only some of the four languages use: a cheap cue for answers of a few words.
_LETTER_CUES = {"pt": "ãõêôç", "es": "ñ¿¡", "fr": "èùœâîûëïç"}
MIN_SCORE = 1.0


@cache
def _weights() -> dict[str, dict[str, float]]:
    """Per language, each stop word's weight: 1 / how many of the languages list it."""
    lists = {code: stop_words(code) for code in SUPPORTED}
    shared: dict[str, int] = {}
    for words in lists.values():
        for word in words:
            shared[word] = shared.get(word, 0) + 1
    return {code: {w: 1.0 / shared[w] for w in words} for code, words in lists.items()}


def language_scores(text: str) -> dict[str, float]:
    """Evidence for each supported language: weighted stop words plus telling letters."""
    sample = text[:2000].casefold()
    words = _WORD.findall(sample)
    weights = _weights()
    scores = {code: sum(weights[code].get(w, 0.0) for w in words) for code in SUPPORTED}
    for code, letters in _LETTER_CUES.items():
        scores[code] += min(2.0, sum(sample.count(ch) for ch in letters) * 0.5)
    return scores


def detect_language(text: str, default: str) -> str:
    """Return the supported language with the most evidence, else `default` when unsure."""
    scores = language_scores(text)
    best = max(scores, key=lambda code: (scores[code], code == default))
    if scores[best] >= MIN_SCORE and scores[best] > scores.get(default, 0.0):
        return best
    return default


@cache
def fallback_stop_words(language: str) -> frozenset[str]:
    """Stop words for a language we do not stem (from `stopwordsiso`, MIT), or none."""
    try:
        return frozenset(w.casefold() for w in stopwordsiso.stopwords(language))
    except Exception:  # an unknown language code must never break theming
        return frozenset()
