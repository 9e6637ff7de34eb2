"""Theme quality on the shared dev set: our `discover()` beside TF-IDF k-means and TF-IDF NMF.

Run: `python tests/bench/theming_quality.py [--data PATH_TO_fft_phase1_dev.csv] [--no-check]`.

Each engine is scored against the gold `label` and `subcategory` columns with NMI, AMI and ARI
(scikit-learn), the share of the largest theme and texts/s. Baselines use K = the number of gold
labels, scikit-learn's English stop words, min_df=2, sublinear tf and seed 0, as in the data set's
README. `discover()` runs choosing K itself (as staff run it) and with K = the number of gold
labels. `discover()` and the k-means baseline both run with seeds 0-3, in the same run.

The design asks for agreement with the human labels (NMI, ARI) clearly above TF-IDF + k-means.
"Clearly" is read as the data set's README reads it: k-means moves by about 0.02 NMI between seeds,
so our mean over seeds 0-3 must beat the baseline's mean over the same seeds by at least
MARGIN, on the default gold column `label`. The script prints `ratio` lines (ours / baseline), a
PASS or FAIL line per goal, and exits with 1 when a goal is missed unless `--no-check` is given.
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
sys.path.insert(0, str(Path(__file__).resolve().parent))

from goals import Goal, finish, print_ratio  # noqa: E402

from feedback_app.theming import Discovery, discover  # noqa: E402

SEEDS = range(4)
GOLD_COLUMNS = ("label", "subcategory")
DEFAULT_CSV = ROOT.parent / "shared" / "data" / "fft_phase1_dev.csv"
# The spread of TF-IDF k-means between seeds the data set's README gives: a lead smaller than
# that could be luck of the seed.
MARGIN = 0.02

Scores = dict[str, dict[str, float]]


def tfidf(texts: Sequence[str]) -> object:
    vectorizer = TfidfVectorizer(stop_words="english", min_df=2, sublinear_tf=True)
    return vectorizer.fit_transform(texts)


def kmeans_baseline(texts: Sequence[str], k: int, seed: int = 0) -> list[int]:
    return KMeans(n_clusters=k, random_state=seed, n_init=10).fit_predict(tfidf(texts)).tolist()


def nmf_baseline(texts: Sequence[str], k: int) -> list[int]:
    weights = NMF(n_components=k, random_state=0, max_iter=400).fit_transform(tfidf(texts))
    return weights.argmax(axis=1).tolist()


def scores_of(predicted: Sequence[int | None], rows: list[dict]) -> Scores:
    """NMI, AMI and ARI against each gold column; unassigned texts count as one more group."""
    labels = [-1 if p is None else p for p in predicted]
    found = {}
    for gold in GOLD_COLUMNS:
        truth = [row[gold] for row in rows]
        found[gold] = {"NMI": normalized_mutual_info_score(truth, labels),
                       "AMI": adjusted_mutual_info_score(truth, labels),
                       "ARI": adjusted_rand_score(truth, labels)}
    return found


def show_scores(name: str, predicted: Sequence[int | None], rows: list[dict],
                seconds: float) -> Scores:
    labels = [-1 if p is None else p for p in predicted]
    share = np.bincount(np.asarray(labels) + 1).max() / len(labels)
    themes = len({p for p in labels if p >= 0})
    found = scores_of(predicted, rows)
    for gold, metric in found.items():
        print(f"{name:28} {gold:12} K={themes:3d} NMI {metric['NMI']:.3f}"
              f"  AMI {metric['AMI']:.3f}  ARI {metric['ARI']:6.3f}  largest {share:5.1%}"
              f"  {len(labels) / seconds:8,.0f} texts/s")
    return found


def mean_scores(by_seed: list[Scores]) -> Scores:
    return {gold: {metric: float(np.mean([s[gold][metric] for s in by_seed]))
                   for metric in ("NMI", "AMI", "ARI")} for gold in GOLD_COLUMNS}


def timed(run: Callable[[], object]) -> tuple[object, float]:
    started = time.perf_counter()
    result = run()
    return result, time.perf_counter() - started


def show_seeds(name: str, by_seed: list[Scores]) -> None:
    for metric in ("NMI", "AMI", "ARI"):
        figures = [s["label"][metric] for s in by_seed]
        print(f"{name:28} {metric} on label by seed {list(SEEDS)}: "
              f"{', '.join(f'{f:.3f}' for f in figures)}; mean {np.mean(figures):.3f}")


def show_themes(result: Discovery, texts: Sequence[str]) -> None:
    for theme in sorted(result.themes, key=lambda t: -t.size):
        print(f"\n[{theme.index}] {theme.label}  ({theme.size} texts; {', '.join(theme.keywords)})")
        for index in theme.representatives[:3]:
            print("    - " + " ".join(texts[index].split())[:110])


def show_ratios(what: str, ours: Scores, baseline: Scores) -> None:
    for gold in GOLD_COLUMNS:
        for metric in ("NMI", "AMI", "ARI"):
            print_ratio(f"{metric} {gold:11} {what}", ours[gold][metric],
                        baseline[gold][metric])


def agreement_goals(ours: Scores, baseline: Scores) -> list[Goal]:
    goals = []
    for metric in ("NMI", "ARI"):
        mine, theirs = ours["label"][metric], baseline["label"][metric]
        goals.append(Goal(
            f"{metric} on label clearly above TF-IDF + k-means (mean of seeds 0-3, "
            f"ahead by at least {MARGIN})", mine - theirs >= MARGIN,
            f"{mine:.3f} vs {theirs:.3f}, ahead by {mine - theirs:+.3f}"))
    return goals


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_CSV)
    parser.add_argument("--no-check", action="store_true",
                        help="print the goals but exit 0 even when one is missed")
    args = parser.parse_args()
    with args.data.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    texts = [row["text"] for row in rows]
    k = len({row["label"] for row in rows})
    print(f"{len(texts)} texts, {k} gold labels")

    ours_by_seed, kmeans_by_seed, speed = [], [], {}
    for seed in SEEDS:
        result, seconds = timed(lambda seed=seed: discover(texts, "en", seed=seed))
        ours_by_seed.append(scores_of(result.assignments, rows))
        if seed == 0:
            auto, speed["ours"] = result, len(texts) / seconds
            show_scores("discover (K chosen)", auto.assignments, rows, seconds)
    fixed, seconds = timed(lambda: discover(texts, "en", n_themes=k, seed=0))
    ours_fixed = show_scores(f"discover (K={k})", fixed.assignments, rows, seconds)
    for seed in SEEDS:
        labels, seconds = timed(lambda seed=seed: kmeans_baseline(texts, k, seed))
        if seed == 0:
            speed["kmeans"] = len(texts) / seconds
            kmeans_by_seed.append(show_scores(f"TF-IDF + k-means (K={k})", labels, rows,
                                              seconds))
        else:
            kmeans_by_seed.append(scores_of(labels, rows))
    labels, seconds = timed(lambda: nmf_baseline(texts, k))
    nmf = show_scores(f"TF-IDF + NMF (K={k})", labels, rows, seconds)
    speed["nmf"] = len(texts) / seconds
    print()
    show_seeds("discover (K chosen)", ours_by_seed)
    show_seeds(f"TF-IDF + k-means (K={k})", kmeans_by_seed)
    ours, kmeans = mean_scores(ours_by_seed), mean_scores(kmeans_by_seed)

    print("\nRatios, ours / baseline, measured in this run:")
    show_ratios("discover (K chosen) / k-means, means of seeds 0-3", ours, kmeans)
    show_ratios(f"discover (K={k}) / k-means, seed 0", ours_fixed, kmeans_by_seed[0])
    show_ratios("discover (K chosen) / NMF, seed 0", ours_by_seed[0], nmf)
    print_ratio("texts/s discover (K chosen) / k-means, seed 0", speed["ours"],
                speed["kmeans"], spec=",.0f")
    print_ratio("texts/s discover (K chosen) / NMF, seed 0", speed["ours"], speed["nmf"],
                spec=",.0f")

    print("\nThemes found by discover (K chosen, seed 0):")
    show_themes(auto, texts)
    return finish(agreement_goals(ours, kmeans), check=not args.no_check)


if __name__ == "__main__":
    sys.exit(main())
