"""Names for themes: the words and word pairs that set a theme apart from the rest.

A label must be something staff read at a glance ("friendly staff · kind", "nothing · improve"),
so it is built from the theme's most distinctive terms (class-based TF-IDF) in their most common
written form, led by a frequent collocation when one stands out.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

import numpy as np
from nltk.collocations import BigramAssocMeasures, BigramCollocationFinder
from nltk.probability import FreqDist

KEYWORDS_PER_THEME = 8
# Masks such as "XXXX" (a name someone removed) are no keyword anyone can read.
_MASK = re.compile(r"x{3,}")
LABEL_WORDS = 3
MIN_BIGRAM_COUNT = 3


def surface_forms(terms: Sequence[Sequence[str]], words: Sequence[Sequence[str]]) -> dict[str, str]:
    """Map each stem to the written word it most often came from ("staff" for "staff")."""
    seen: dict[str, Counter[str]] = {}
    for doc_terms, doc_words in zip(terms, words, strict=False):
        for term, word in zip(doc_terms, doc_words, strict=False):
            seen.setdefault(term, Counter())[word] += 1
    return {term: counter.most_common(1)[0][0] for term, counter in seen.items()}


def document_frequencies(terms: Sequence[Sequence[str]]) -> FreqDist:
    """In how many answers each term occurs."""
    return FreqDist(t for doc in terms for t in set(doc))


def theme_keywords(terms: Sequence[Sequence[str]], labels: np.ndarray, theme: int,
                   forms: dict[str, str], overall: FreqDist,
                   hidden: frozenset[str] = frozenset()) -> list[str]:
    """Terms frequent in this theme and rarer elsewhere, as written words.

    Words in `hidden` (stop words kept only for answers made of nothing else) are never shown.
    """
    inside = FreqDist(t for doc, lab in zip(terms, labels, strict=False) if lab == theme
                      for t in set(doc))
    size = max(1, int((labels == theme).sum()))
    total = max(1, len(terms))
    scored = {
        term: (count / size) * np.log(1 + total / overall[term])
        for term, count in inside.items() if count >= 2 or size < 4
    }
    ranked = sorted(scored, key=lambda t: (-scored[t], t))
    shown = [forms.get(t, t) for t in ranked
             if not _MASK.fullmatch(t) and forms.get(t, t) not in hidden]
    return shown[:KEYWORDS_PER_THEME]


def top_collocation(words: Sequence[Sequence[str]], keywords: Sequence[str]) -> str | None:
    """The most frequent word pair, among pairs touching a keyword, that recurs in the theme."""
    finder = BigramCollocationFinder.from_documents(words)
    finder.apply_freq_filter(MIN_BIGRAM_COUNT)
    finder.apply_ngram_filter(lambda first, second: first == second)
    lead, wanted = keywords[0], set(keywords[:KEYWORDS_PER_THEME])
    try:
        scored = finder.score_ngrams(BigramAssocMeasures.likelihood_ratio)
    except (ValueError, ZeroDivisionError):  # degenerate counts (one pair fills the theme)
        scored = finder.score_ngrams(BigramAssocMeasures.raw_freq)
    for pair, _ in scored:
        if lead in pair and pair[0] in wanted and pair[1] in wanted:
            return " ".join(pair)
    return None


def make_label(keywords: Sequence[str], words: Sequence[Sequence[str]]) -> str:
    """"friendly staff · helpful · kind": a collocation if one recurs, then other keywords."""
    if not keywords:
        return "(no words)"
    parts: list[str] = []
    pair = top_collocation(words, keywords)
    if pair:
        parts.append(pair)
    for word in keywords:
        if len(parts) >= LABEL_WORDS:
            break
        if not any(word in part.split() for part in parts):
            parts.append(word)
    return " · ".join(parts)
