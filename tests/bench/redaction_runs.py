"""Runs of spaces after a word: each language's redactor reads them in linear time.

Run: `python tests/bench/redaction_runs.py [--spaces 30000] [--words 30]`.

A pattern that starts with spaces and offers more than one way to split them ("[ \\t]*,?[ \\t]*",
or "[ \\t]+" twice around an optional word) tries every split of a long run: a name followed by
30,000 spaces then costs seconds instead of milliseconds. For each language this sends the
redactor each of `--words` words that stand next to personal details in its hand-written tuning
items (cues, names, street words, numbers), followed by `--spaces` spaces and one letter, and
prints the slowest beside the time for ordinary text of the same length in that language (its
tuning items one after another), with their ratio: about 1 is linear; a pattern that backtracks
over the run shows as a ratio of tens or hundreds.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from feedback_app.theming import redact  # noqa: E402

SET_DIR = ROOT / "tests" / "data" / "redaction"
LANGUAGES = ("en", "es", "fr", "pt", "ar", "vi", "zh_Hans", "ru", "uk", "ro", "sq", "ti")


def tuning_items(language: str) -> list[dict]:
    with open(SET_DIR / f"redaction_{language}.jsonl", encoding="utf-8") as lines:
        return [item for item in map(json.loads, lines) if item["split"] == "tuning"]


def words_beside_details(items: list[dict], count: int) -> list[str]:
    """The word before each detail, its first word and the word after it; `count` of them, the
    same ones on every run (smallest SHA-256 first)."""
    words: set[str] = set()
    for item in items:
        text = item["text"]
        for _kind, start, end in item["spans"]:
            words.update(text[:start].split()[-1:] + text[start:end].split()[:1]
                         + text[end:].split()[:1])
    return sorted(words, key=lambda word: hashlib.sha256(word.encode()).hexdigest())[:count]


def best_ms(text: str, language: str, runs: int = 2) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        redact(text, language)
        times.append((time.perf_counter() - started) * 1000)
    return min(times)


def ordinary_text(items: list[dict], length: int) -> str:
    pieces, total = [], 0
    while total < length:
        for item in items:
            pieces.append(item["text"])
            total += len(item["text"]) + 1
            if total >= length:
                break
    return " ".join(pieces)[:length]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--spaces", type=int, default=30_000)
    parser.add_argument("--words", type=int, default=30)
    arguments = parser.parse_args()
    redact("warm up the word lists", "en")
    print(f"each of {arguments.words} words + {arguments.spaces:,} spaces + 'x', against ordinary "
          f"text of the same length (best of 2 runs each)")
    print(f"{'language':9} {'ordinary ms':>11} {'slowest word':>24} {'its ms':>8} {'ratio':>6}")
    worst_ratio = 0.0
    for language in LANGUAGES:
        items = tuning_items(language)
        length = arguments.spaces + 30
        baseline = best_ms(ordinary_text(items, length), language)
        slowest = max((best_ms(f"{word}{' ' * arguments.spaces}x", language), word)
                       for word in words_beside_details(items, arguments.words))
        ratio = slowest[0] / baseline
        worst_ratio = max(worst_ratio, ratio)
        print(f"{language:9} {baseline:11.0f} {slowest[1][:24]:>24} {slowest[0]:8.0f} {ratio:6.2f}")
    print(f"worst ratio {worst_ratio:.2f} (linear when about 1 or below)")


if __name__ == "__main__":
    main()
