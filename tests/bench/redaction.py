"""Redaction benchmark: precision, recall and F2 per entity kind and per language.

Run: `python tests/bench/redaction.py [--data PATH_TO_fft_phase1_dev.csv]`.

Reads the labelled set in `tests/data/redaction/` (hand-written and generated items for en, es, fr,
pt) and, when the shared dev CSV is present, the staff names referenced by row id in
`fft_dev_names.jsonl` (texts are read from the CSV, never copied). The "handwritten" rows repeat
the hand-written items of all four languages on their own. A prediction matches a gold span of the
same kind when they overlap on at least half of the gold span. "R any" counts a gold span as found
when any marker covers half of it: what matters for privacy is that the text is gone.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from feedback_app.theming import redact  # noqa: E402

SET_DIR = ROOT / "tests" / "data" / "redaction"
DEFAULT_CSV = ROOT.parent / "shared" / "data" / "fft_phase1_dev.csv"
KINDS = ("email", "phone", "url", "number", "name", "address", "place")
GOALS = {"email": 0.99, "phone": 0.99, "url": 0.95, "number": 0.95, "name": 0.90, "address": 0.85}
Counts = dict[tuple[str, str], list[int]]  # (set, kind) -> [tp, fp, fn]


def load_items(csv_path: Path) -> list[dict]:
    items = []
    for language in ("en", "es", "fr", "pt"):
        with (SET_DIR / f"redaction_{language}.jsonl").open(encoding="utf-8") as handle:
            items.extend(json.loads(line) for line in handle)
    if not csv_path.exists():
        print(f"(no {csv_path.name}: staff-name rows skipped)")
        return items
    with csv_path.open(encoding="utf-8", newline="") as handle:
        texts = {row["id"]: row["text"] for row in csv.DictReader(handle)}
    with (SET_DIR / "fft_dev_names.jsonl").open(encoding="utf-8") as handle:
        for ref in map(json.loads, handle):
            text = texts.get(ref["id"])
            if text is None or hashlib.sha256(text.encode()).hexdigest()[:16] != ref["sha256_16"]:
                continue
            items.append({**ref, "language": "en", "source": "fft-dev", "text": text})
    return items


def overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def score_item(item: dict, counts: Counts, coverage: Counts) -> None:
    predicted = [(s.kind, s.start, s.end) for s in redact(item["text"], item["language"]).spans]
    if item["source"] == "fft-dev":  # only names are labelled in those rows
        predicted = [p for p in predicted if p[0] == "name"]
    gold = [tuple(span) for span in item["spans"]]
    group = "fft-dev" if item["source"] == "fft-dev" else item["language"]
    keys = [group, "all"] + (["handwritten"] if item["source"] == "handwritten" else [])
    used: set[int] = set()
    for kind, start, end in gold:
        need = (end - start) / 2
        hit = next((i for i, p in enumerate(predicted) if i not in used and p[0] == kind
                    and overlap((start, end), p[1:]) >= need), None)
        covered = any(overlap((start, end), p[1:]) >= need for p in predicted)
        for key in ((name, kind) for name in keys):
            counts[key][0 if hit is not None else 2] += 1
            coverage[key][0 if covered else 2] += 1
        if hit is not None:
            used.add(hit)
    for i, (kind, _, _) in enumerate(predicted):
        if i not in used:
            for key in ((name, kind) for name in keys):
                counts[key][1] += 1


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f2 = 5 * precision * recall / (4 * precision + recall) if precision + recall else 0.0
    return precision, recall, f2


def report(counts: Counts, coverage: Counts) -> None:
    print(f"{'set':8} {'kind':8} {'gold':>5} {'P':>6} {'R':>6} {'F2':>6} {'R any':>6}  goal")
    for group in ("en", "es", "fr", "pt", "fft-dev", "handwritten", "all"):
        for kind in KINDS:
            tp, fp, fn = counts[(group, kind)]
            if tp + fp + fn == 0:
                continue
            precision, recall, f2 = prf(tp, fp, fn)
            any_recall = prf(*coverage[(group, kind)])[1]
            goal = GOALS.get(kind)
            mark = "" if goal is None or group != "all" else (
                f"R>={goal:.2f} {'met' if recall >= goal else 'NOT met'}")
            print(f"{group:8} {kind:8} {tp + fn:5d} {precision:6.3f} {recall:6.3f} {f2:6.3f} "
                  f"{any_recall:6.3f}  {mark}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_CSV)
    items = load_items(parser.parse_args().data)
    counts: Counts = defaultdict(lambda: [0, 0, 0])
    coverage: Counts = defaultdict(lambda: [0, 0, 0])
    started = time.perf_counter()
    for item in items:
        score_item(item, counts, coverage)
    elapsed = time.perf_counter() - started
    sources = defaultdict(int)
    for item in items:
        sources[item["source"]] += 1
    print(f"items: {dict(sources)}; redact() {len(items) / elapsed:,.0f} texts/s")
    report(counts, coverage)


if __name__ == "__main__":
    main()
