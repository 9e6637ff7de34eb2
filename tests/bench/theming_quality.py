"""Theme quality on the shared dev set: our `discover()` beside TF-IDF k-means and TF-IDF NMF.

Run: `python tests/bench/theming_quality.py [--data PATH_TO_fft_phase1_dev.csv]`.

Each engine is scored against the gold `label` and `subcategory` columns with NMI, AMI and ARI
(scikit-learn), the share of the largest theme and texts/s. Baselines use K = the number of gold
labels, scikit-learn's English stop words, min_df=2, sublinear tf and seed 0, as in the data set's
README. `discover()` runs twice: choosing K itself, and with K = the number of gold labels.
"""

from __future__ import annotations

import argparse
import csv
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np
from sklearn.cluster import KMeans
from sklearn.decomposition import NMF
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.metrics import (
    adjusted_mutual_info_score,
    adjusted_rand_score,
    normalized_mutual_info_score,
)

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from feedback_app.theming import Discovery, discover  # noqa: E402

SEEDS = range(4)
DEFAULT_CSV = ROOT.parent / "shared" / "data" / "fft_phase1_dev.csv"


def tfidf(texts: Sequence[str]) -> object:
    vectorizer = TfidfVectorizer(stop_words="english", min_df=2, sublinear_tf=True)
    return vectorizer.fit_transform(texts)


def kmeans_baseline(texts: Sequence[str], k: int) -> list[int]:
    return KMeans(n_clusters=k, random_state=0, n_init=10).fit_predict(tfidf(texts)).tolist()


def nmf_baseline(texts: Sequence[str], k: int) -> list[int]:
    weights = NMF(n_components=k, random_state=0, max_iter=400).fit_transform(tfidf(texts))
    return weights.argmax(axis=1).tolist()


def score(name: str, predicted: Sequence[int | None], rows: list[dict], seconds: float) -> None:
    labels = [-1 if p is None else p for p in predicted]
    share = np.bincount(np.asarray(labels) + 1).max() / len(labels)
    themes = len({p for p in labels if p >= 0})
    for gold in ("label", "subcategory"):
        truth = [row[gold] for row in rows]
        nmi = normalized_mutual_info_score(truth, labels)
        print(f"{name:28} {gold:12} K={themes:3d} NMI {nmi:.3f}"
              f"  AMI {adjusted_mutual_info_score(truth, labels):.3f}"
              f"  ARI {adjusted_rand_score(truth, labels):.3f}  largest {share:5.1%}"
              f"  {len(labels) / seconds:8,.0f} texts/s")


def timed(run: Callable[[], object]) -> tuple[object, float]:
    started = time.perf_counter()
    result = run()
    return result, time.perf_counter() - started


def show_themes(result: Discovery, texts: Sequence[str]) -> None:
    for theme in sorted(result.themes, key=lambda t: -t.size):
        print(f"\n[{theme.index}] {theme.label}  ({theme.size} texts; {', '.join(theme.keywords)})")
        for index in theme.representatives[:3]:
            print("    - " + " ".join(texts[index].split())[:110])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_CSV)
    with parser.parse_args().data.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    texts = [row["text"] for row in rows]
    k = len({row["label"] for row in rows})
    print(f"{len(texts)} texts, {k} gold labels")
    auto, seconds = timed(lambda: discover(texts, "en", seed=0))
    score("discover (K chosen)", auto.assignments, rows, seconds)
    fixed, seconds = timed(lambda: discover(texts, "en", n_themes=k, seed=0))
    score(f"discover (K={k})", fixed.assignments, rows, seconds)
    for name, baseline in (("TF-IDF + k-means", kmeans_baseline), ("TF-IDF + NMF", nmf_baseline)):
        labels, seconds = timed(lambda baseline=baseline: baseline(texts, k))
        score(f"{name} (K={k})", labels, rows, seconds)
    seeds = [adjusted_mutual_info_score([row["label"] for row in rows],
                                        [-1 if a is None else a for a in
                                         discover(texts, "en", seed=seed).assignments])
             for seed in SEEDS]
    print(f"discover (K chosen), AMI on label by seed {list(SEEDS)}: "
          f"{', '.join(f'{a:.3f}' for a in seeds)}; mean {np.mean(seeds):.3f}")
    print("\nThemes found by discover (K chosen):")
    show_themes(auto, texts)


if __name__ == "__main__":
    main()
