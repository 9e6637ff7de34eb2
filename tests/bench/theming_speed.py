"""Theming speed: discovery over 10,000 answers, `assign()` per answer, and peak memory.

Run: `python tests/bench/theming_speed.py [--data PATH_TO_fft_phase1_dev.csv] [--n 10000]`.

Answers are sampled with replacement from the dev CSV (seed 0). The TF-IDF k-means and NMF
baselines run on the same sample in the same run, K = 9. Peak memory is Python's allocation
peak (tracemalloc, in a second run so tracing does not slow the timed one), plus the process's
peak resident size at the end. Goals: discovery under 10 s and at least 1,000 texts/s on 2 cores;
`assign()` under 5 ms per answer.
"""

from __future__ import annotations

import argparse
import csv
import os
import random
import resource
import sys
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from theming_quality import kmeans_baseline, nmf_baseline  # noqa: E402

from feedback_app.theming import ThemeModel, assign, discover  # noqa: E402

DEFAULT_CSV = ROOT.parent / "shared" / "data" / "fft_phase1_dev.csv"
BASELINE_K = 9
ASSIGN_SAMPLE = 1000


def measure(name: str, run: Callable[[], object], n: int) -> object:
    """Time one untraced run, then trace a second run for its allocation peak.

    tracemalloc slows Python code several-fold, so timing and memory come from separate runs.
    """
    started = time.perf_counter()
    result = run()
    seconds = time.perf_counter() - started
    tracemalloc.start()
    run()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"{name:34} {seconds:6.2f} s  {n / seconds:8,.0f} texts/s  peak {peak / 2**20:7.1f} MiB")
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_CSV)
    parser.add_argument("--n", type=int, default=10_000)
    args = parser.parse_args()
    with args.data.open(encoding="utf-8", newline="") as handle:
        pool = [row["text"] for row in csv.DictReader(handle)]
    texts = random.Random(0).choices(pool, k=args.n)
    print(f"{len(texts)} texts sampled with replacement; {os.cpu_count()} CPUs")
    result = measure("discover (K chosen)", lambda: discover(texts, seed=0), len(texts))
    measure(f"TF-IDF + k-means (K={BASELINE_K})", lambda: kmeans_baseline(texts, BASELINE_K),
            len(texts))
    measure(f"TF-IDF + NMF (K={BASELINE_K})", lambda: nmf_baseline(texts, BASELINE_K), len(texts))
    saved = result.model.to_json()  # type: ignore[attr-defined]
    model = ThemeModel.from_json(saved)
    sample = pool[:ASSIGN_SAMPLE]
    started = time.perf_counter()
    for text in sample:
        assign(model, text)
    per_text = (time.perf_counter() - started) / len(sample) * 1000
    print(f"assign(): {per_text:.2f} ms per text over {len(sample)} texts "
          f"(model JSON {len(saved) / 2**20:.1f} MiB, {len(result.themes)} themes)")  # type: ignore[attr-defined]
    peak_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"process peak resident memory: {peak_rss:.0f} MiB")


if __name__ == "__main__":
    main()
