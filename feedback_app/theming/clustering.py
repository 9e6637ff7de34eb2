"""Grouping answer vectors: spherical k-means, a cap on theme size, and a choice of K.

No theme may hold more than `MAX_SHARE` of the answers: one giant "everything else" theme is what
plain TF-IDF k-means gives and it tells staff nothing. An oversized theme is split in two until
none is too large.
"""

from __future__ import annotations

import warnings

import numpy as np
from sklearn.cluster import KMeans
from sklearn.exceptions import ConvergenceWarning
from sklearn.metrics import silhouette_score
from sklearn.preprocessing import normalize

MAX_SHARE = 0.35
SILHOUETTE_SAMPLE = 1500
MIN_TEXTS_PER_THEME = 25
MAX_AUTO_THEMES = 14
PREFERRED_THEMES = 8


def spherical_kmeans(vectors: np.ndarray, k: int, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """Labels and unit-length centroids; k-means on unit vectors approximates cosine k-means."""
    distinct = len(np.unique(np.round(vectors, 6), axis=0))
    k = max(1, min(k, distinct))
    with warnings.catch_warnings():
        # Near-duplicate answers ("nothing", "Nothing.") can still leave a cluster empty; fewer
        # themes than asked is the right outcome then, not a warning for the caller.
        warnings.simplefilter("ignore", ConvergenceWarning)
        model = KMeans(n_clusters=k, n_init=2, random_state=seed, max_iter=100).fit(vectors)
    return model.labels_.astype(int), normalize(model.cluster_centers_)


def cap_theme_size(vectors: np.ndarray, labels: np.ndarray, seed: int) -> np.ndarray:
    """Split any theme larger than `MAX_SHARE` of the answers in two, until none is."""
    labels = labels.copy()
    limit = max(2, int(MAX_SHARE * len(labels)))
    for _ in range(20):
        sizes = np.bincount(labels)
        biggest = int(sizes.argmax())
        if sizes[biggest] <= limit:
            break
        members = np.flatnonzero(labels == biggest)
        halves, _ = spherical_kmeans(vectors[members], 2, seed)
        if halves.min() == halves.max():
            break  # identical vectors: cannot be split
        labels[members[halves == 1]] = labels.max() + 1
    return labels


def candidate_ks(n_texts: int) -> list[int]:
    """A few plausible theme counts for this many answers."""
    top = max(2, min(MAX_AUTO_THEMES, n_texts // MIN_TEXTS_PER_THEME))
    # Around eight themes is what a board can review in one sitting; very large batches get more.
    middle = max(PREFERRED_THEMES, round(float(np.sqrt(n_texts / 100))))
    return sorted({max(2, min(top, k)) for k in (middle - 2, middle, middle + 2)})


def choose_k(vectors: np.ndarray, seed: int) -> int:
    """Pick K among a few candidates by silhouette (cosine) on a sample."""
    ks = candidate_ks(len(vectors))
    if len(ks) == 1:
        return ks[0]
    rng = np.random.default_rng(seed)
    sample = rng.choice(len(vectors), size=min(SILHOUETTE_SAMPLE, len(vectors)), replace=False)
    best_k, best_score = ks[0], -2.0
    for k in ks:
        labels, _ = spherical_kmeans(vectors[sample], k, seed)
        if len(set(labels.tolist())) < 2:
            continue
        score = float(silhouette_score(vectors[sample], labels, metric="cosine"))
        if score > best_score:
            best_k, best_score = k, score
    return best_k


def centroids_of(vectors: np.ndarray, labels: np.ndarray) -> np.ndarray:
    """Unit mean vector of each label 0..max."""
    count = int(labels.max()) + 1 if len(labels) else 0
    sums = np.zeros((count, vectors.shape[1]))
    np.add.at(sums, labels, vectors)
    return normalize(sums)
