"""Text vectors learned from the corpus itself, for short answers and no embedding model.

TF-IDF alone fails on short answers: "kind nurse" and "friendly staff" share no term. So each
answer gets two views, joined:
- second order: the sum of its terms' PPMI co-occurrence profiles (terms that appear in the same
  answers across the corpus), reduced by SVD, so near-synonyms land close together;
- first order: classic LSA of the idf-weighted terms, which keeps exact wording.
Both are linear in the answer's term counts, so a saved model embeds a new answer with two small
matrices (`TermSpace`), without the corpus.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from scipy import sparse
from sklearn.preprocessing import normalize
from sklearn.utils.extmath import randomized_svd

SECOND_ORDER_DIMS = 150
FIRST_ORDER_DIMS = 100
FIRST_ORDER_WEIGHT = 0.3
MAX_TERMS = 6000
CONTEXT_SMOOTHING = 0.75
SVD_POWER_ITERATIONS = 2
SVD_SAMPLE = 6000  # answers the second-order SVD is fitted on: bounds the cost on large batches
PROFILE_TERMS = 200  # strongest associations kept per term: the long tail is noise, and slow


@dataclass
class TermSpace:
    """What a saved model needs to embed new text: terms, their idf, and two projections."""

    terms: list[str]
    idf: np.ndarray  # (V,)
    second: np.ndarray  # (V, d2): each term's PPMI profile, projected
    first: np.ndarray  # (V, d1): each term's LSA loading

    def counts(self, docs: Sequence[Sequence[str]]) -> sparse.csr_matrix:
        """Binary document-term matrix over this space's terms (unknown terms ignored)."""
        index = {term: i for i, term in enumerate(self.terms)}
        rows, cols = [], []
        for row, doc in enumerate(docs):
            for col in {index[t] for t in doc if t in index}:
                rows.append(row)
                cols.append(col)
        data = np.ones(len(rows))
        return sparse.csr_matrix((data, (rows, cols)), shape=(len(docs), len(self.terms)))

    def embed(self, docs: Sequence[Sequence[str]]) -> np.ndarray:
        """Unit vectors for `docs`; an answer with no known term gets the zero vector."""
        weighted = self.counts(docs).multiply(self.idf).tocsr()
        second = normalize(weighted @ self.second)
        first = normalize(weighted @ self.first) * FIRST_ORDER_WEIGHT
        return normalize(np.hstack([second, first]))


def _vocabulary(docs: Sequence[Sequence[str]]) -> list[str]:
    """Terms in two answers or more (a one-off word shows no co-occurrence), most common first."""
    df: dict[str, int] = {}
    for doc in docs:
        for term in set(doc):
            df[term] = df.get(term, 0) + 1
    frequent = [t for t, n in df.items() if n >= 2] or list(df)
    return sorted(frequent, key=lambda t: (-df[t], t))[:MAX_TERMS]


def _ppmi(binary: sparse.csr_matrix) -> sparse.csr_matrix:
    """Positive PMI between terms that occur in the same answer, with smoothed context counts."""
    co = (binary.T @ binary).tocoo()
    off = co.row != co.col
    rows, cols, values = co.row[off], co.col[off], co.data[off].astype(float)
    size = binary.shape[1]
    if values.size == 0:
        return sparse.csr_matrix((size, size))
    total = values.sum()
    row_sums = np.bincount(rows, weights=values, minlength=size)
    context = row_sums**CONTEXT_SMOOTHING
    context /= context.sum()
    with np.errstate(divide="ignore"):
        pmi = np.log(values * total / (row_sums[rows] * context[cols] * total))
    positive = pmi > 0
    return sparse.csr_matrix((pmi[positive], (rows[positive], cols[positive])), shape=(size, size))


def _strongest(matrix: sparse.csr_matrix, keep: int) -> sparse.csr_matrix:
    """Keep the `keep` largest entries of each row."""
    matrix = matrix.tocsr()
    rows, cols, values = [], [], []
    for row in range(matrix.shape[0]):
        start, end = matrix.indptr[row], matrix.indptr[row + 1]
        data = matrix.data[start:end]
        top = np.argsort(-data)[:keep] if end - start > keep else np.arange(end - start)
        rows.append(np.full(len(top), row))
        cols.append(matrix.indices[start:end][top])
        values.append(data[top])
    if not rows:
        return matrix
    return sparse.csr_matrix((np.concatenate(values), (np.concatenate(rows), np.concatenate(cols))),
                             shape=matrix.shape)


def _svd_loadings(matrix: sparse.csr_matrix, dims: int, seed: int) -> np.ndarray:
    """Right singular vectors (terms x dims), or an identity-like fallback for tiny corpora."""
    dims = min(dims, matrix.shape[0] - 1, matrix.shape[1] - 1)
    if dims < 1 or matrix.nnz == 0:
        return np.eye(matrix.shape[1], max(1, min(matrix.shape[1], 8)))
    # randomized_svd rather than TruncatedSVD: the latter divides by the total variance, which is
    # zero (and warns) when every answer is the same.
    _, _, components = randomized_svd(
        matrix, dims, n_iter=SVD_POWER_ITERATIONS, random_state=seed
    )
    return components.T


def _sample_rows(count: int, size: int, seed: int) -> np.ndarray:
    if count <= size:
        return np.arange(count)
    return np.sort(np.random.default_rng(seed).choice(count, size=size, replace=False))


def fit_term_space(docs: Sequence[Sequence[str]], seed: int) -> TermSpace:
    """Learn a `TermSpace` from analysed answers (lists of terms)."""
    terms = _vocabulary(docs)
    space = TermSpace(terms, np.ones(len(terms)), np.zeros((len(terms), 1)),
                      np.zeros((len(terms), 1)))
    binary = space.counts(docs)
    df = np.asarray(binary.sum(axis=0)).ravel()
    space.idf = np.log((1 + binary.shape[0]) / (1 + df)) + 1.0
    weighted = binary.multiply(space.idf).tocsr()
    profiles = normalize(_strongest(_ppmi(binary), PROFILE_TERMS))
    sample = _sample_rows(weighted.shape[0], SVD_SAMPLE, seed)
    second_docs = sparse.csr_matrix(normalize(weighted[sample] @ profiles))
    space.second = profiles @ _svd_loadings(second_docs, SECOND_ORDER_DIMS, seed)
    space.first = _svd_loadings(normalize(weighted), FIRST_ORDER_DIMS, seed)
    return space
