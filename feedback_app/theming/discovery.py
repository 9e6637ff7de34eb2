"""`discover()` groups answers into named themes; `assign()` places a new answer in one.

Each language in the batch is themed on its own (its stemmer, its stop words, its own term space),
because a Spanish and an English answer about the same shelter share almost no words.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
from threadpoolctl import threadpool_limits

from feedback_app.theming import clustering, labels
from feedback_app.theming.embedding import fit_term_space
from feedback_app.theming.language import detect_language
from feedback_app.theming.model import LanguageThemes, ThemeModel
from feedback_app.theming.text import analyse, drop_words

REPRESENTATIVES = 5


@dataclass(frozen=True)
class Theme:
    """One theme: a short label, its keywords, how many answers it holds, and the clearest ones."""

    index: int
    label: str
    keywords: tuple[str, ...]
    size: int
    representatives: tuple[int, ...]
    language: str


@dataclass
class Discovery:
    """The result of `discover()`: one theme index (or None) per text, the themes, the model."""

    assignments: list[int | None]
    themes: list[Theme] = field(default_factory=list)
    model: ThemeModel = field(default_factory=lambda: ThemeModel("en"))


@dataclass
class _Group:
    language: str
    indices: list[int]
    terms: list[list[str]]
    words: list[list[str]]


def _groups(texts: Sequence[str], language: str) -> list[_Group]:
    by_language: dict[str, _Group] = {}
    for index, text in enumerate(texts):
        code = detect_language(text, language)
        terms, words = analyse(text, code)
        if not terms:
            continue  # nothing to theme: the assignment stays None
        group = by_language.setdefault(code, _Group(code, [], [], []))
        group.indices.append(index)
        group.terms.append(terms)
        group.words.append(words)
    return sorted(by_language.values(), key=lambda g: -len(g.indices))


def _k_for(group: _Group, vectors: np.ndarray, total: int, n_themes: int | None,
           seed: int) -> int:
    if n_themes is not None:
        share = round(max(1, n_themes) * len(group.indices) / max(1, total))
        return max(1, min(len(vectors), share))
    return clustering.choose_k(vectors, seed)


def _cluster(group: _Group, total: int, n_themes: int | None, seed: int
             ) -> tuple[LanguageThemes, np.ndarray, np.ndarray]:
    """Return the group's model part, per-text labels (-1: no vector) and vectors."""
    space = fit_term_space(group.terms, seed)
    vectors = space.embed(group.terms)
    has_vector = np.linalg.norm(vectors, axis=1) > 0
    result = np.full(len(vectors), -1)
    if has_vector.sum() >= 2:
        usable = vectors[has_vector]
        k = _k_for(group, usable, total, n_themes, seed)
        found, _ = clustering.spherical_kmeans(usable, k, seed)
        if k * clustering.MAX_SHARE >= 1:  # with fewer themes asked for, the cap cannot hold
            found = clustering.cap_theme_size(usable, found, seed)
        _, compact = np.unique(found, return_inverse=True)
        result[has_vector] = compact
    elif has_vector.any():
        result[has_vector] = 0
    kept = result >= 0
    centroids = clustering.centroids_of(vectors[kept], result[kept]) if kept.any() \
        else np.zeros((0, vectors.shape[1]))
    return LanguageThemes(space, centroids, []), result, vectors


def _make_themes(group: _Group, part: LanguageThemes, found: np.ndarray, vectors: np.ndarray,
                 first_id: int) -> list[Theme]:
    forms = labels.surface_forms(group.terms, group.words)
    overall = labels.document_frequencies(group.terms)
    hidden = drop_words(group.language)
    themes = []
    for local in range(len(part.centroids)):
        members = np.flatnonzero(found == local)
        closeness = vectors[members] @ part.centroids[local]
        best = members[np.argsort(-closeness, kind="stable")[:REPRESENTATIVES]]
        keywords = labels.theme_keywords(group.terms, found, local, forms, overall, hidden)
        label = labels.make_label(keywords, [group.words[i] for i in members])
        themes.append(Theme(first_id + local, label, tuple(keywords), len(members),
                            tuple(group.indices[i] for i in best), group.language))
    part.theme_ids = [theme.index for theme in themes]
    return themes


def discover(texts: Sequence[str], language: str = "en", *, n_themes: int | None = None,
             seed: int = 0) -> Discovery:
    """Group answers into themes; with `n_themes=None` the number of themes is chosen here.

    Never raises on odd input: empty or unreadable texts get `None` as their assignment.
    """
    texts = ["" if not isinstance(t, str) else t for t in texts]
    language = language.lower()[:2] if isinstance(language, str) and language else "en"
    assignments: list[int | None] = [None] * len(texts)
    model = ThemeModel(language)
    themes: list[Theme] = []
    groups = _groups(texts, language)
    total = sum(len(g.indices) for g in groups)
    for group in groups:
        # One BLAS thread: the matrices are small, and on a busy two-core server threaded BLAS
        # spends most of its time waiting for cores (QR and SVD were 10-50 times slower).
        with threadpool_limits(limits=1):
            part, found, vectors = _cluster(group, total, n_themes, seed)
        new = _make_themes(group, part, found, vectors, len(themes))
        for local_index, label in enumerate(found):
            if label >= 0:
                assignments[group.indices[local_index]] = new[label].index
        themes.extend(new)
        model.languages[group.language] = part
    model.labels = [theme.label for theme in themes]
    return Discovery(assignments, themes, model)


def _best_theme(part: LanguageThemes, text: str, code: str) -> tuple[int | None, float]:
    terms, _ = analyse(text, code)
    vector = part.space.embed([terms])[0]
    if len(part.centroids) == 0 or not np.any(vector):
        return None, 0.0
    scores = part.centroids @ vector
    best = int(np.argmax(scores))
    return part.theme_ids[best], float(np.clip(scores[best], -1.0, 1.0))  # JSON rounding


def assign(model: ThemeModel, text: str) -> tuple[int | None, float]:
    """Place a new answer in the closest theme: (theme index, cosine score), or (None, 0.0).

    The answer's detected language is tried first; if none of its words are known there (a short
    answer detection got wrong), the other languages' themes are tried.
    """
    if not isinstance(text, str) or not model.languages:
        return None, 0.0
    code = detect_language(text, model.default_language)
    order = sorted(model.languages, key=lambda c: (c != code, c != model.default_language, c))
    best: tuple[int | None, float] = (None, 0.0)
    for candidate in order:
        found = _best_theme(model.languages[candidate], text, candidate)
        if found[0] is not None and (candidate == code or found[1] > best[1]):
            if candidate == code:
                return found
            best = found
    return best
