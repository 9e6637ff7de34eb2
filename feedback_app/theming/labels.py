"""Names for themes: the words and word pairs that set a theme apart from the rest.

A label must be something staff read at a glance ("friendly staff · kind", "nothing · improve"),
so it is built from the theme's most distinctive terms (class-based TF-IDF) in their most common
written form, led by a frequent collocation when one stands out.

Chinese terms are character pairs, and a label joins them as Chinese is written: "工作" and
"作人" and "人员" read "工作人员", with no spaces between the characters.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

import numpy as np
from nltk.collocations import BigramAssocMeasures, BigramCollocationFinder
from nltk.probability import FreqDist

from feedback_app.theming.scripts import HAN

KEYWORDS_PER_THEME = 8
# Masks such as "XXXX" (a name someone removed) are no keyword anyone can read.
_MASK = re.compile(r"x{3,}")
LABEL_WORDS = 3
MIN_BIGRAM_COUNT = 3
_ALL_HAN = re.compile(f"[{HAN}]+")


def _is_han(word: str) -> bool:
    return bool(_ALL_HAN.fullmatch(word))


def join_words(first: str, second: str) -> str:
    """Two words as a label writes them: "friendly staff", or Han pairs run together ("工作人")."""
    if _is_han(first) and _is_han(second):
        return first + second[1:] if first[-1] == second[0] else first + second
    return f"{first} {second}"


def _written_runs(words: Sequence[Sequence[str]]) -> list[str]:
    """Each answer's Han pieces rejoined into the runs they came from ("工作", "作人": "工作人")."""
    runs: list[str] = []
    for doc in words:
        current = ""
        for word in doc:
            if current and _is_han(word) and current[-1] == word[0]:
                current += word[1:]
            else:
                if current:
                    runs.append(current)
                current = word if _is_han(word) else ""
        if current:
            runs.append(current)
    return runs


def _in_label(word: str, parts: Sequence[str]) -> bool:
    if _is_han(word):
        return any(word in part for part in parts)
    return any(word in part.split() for part in parts)


def _grown(parts: list[str], word: str, runs: Sequence[str]) -> bool:
    """Extend a Han part by an overlapping keyword when most answers write the longer word.

    True also when the keyword overlaps a part but the longer word is rare: such a keyword is a
    pair across two words ("菜不" of "饭菜不好吃") and reads as nothing on its own.
    """
    if not _is_han(word):
        return False
    overlapping = False
    for index, part in enumerate(parts):
        if not _is_han(part):
            continue
        for longer in (part + word[1:] if part[-1] == word[0] else "",
                       word + part[1:] if word[-1] == part[0] else ""):
            if not longer:
                continue
            overlapping = True
            written = sum(longer in run for run in runs)
            if written >= 2 and 2 * written >= sum(part in run for run in runs):
                parts[index] = longer
                return True
    return overlapping


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
            return join_words(*pair)
    return None


def make_label(keywords: Sequence[str], words: Sequence[Sequence[str]]) -> str:
    """"friendly staff · helpful · kind": a collocation if one recurs, then other keywords."""
    if not keywords:
        return "(no words)"
    parts: list[str] = []
    pair = top_collocation(words, keywords)
    if pair:
        parts.append(pair)
    runs = _written_runs(words) if any(_is_han(word) for word in keywords) else []
    for word in keywords:
        if _in_label(word, parts) or _grown(parts, word, runs):
            continue
        if len(parts) >= LABEL_WORDS:
            break
        parts.append(word)
    return " · ".join(parts)
