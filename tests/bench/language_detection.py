"""Language detection on short answers: accuracy per language, beside the detector before.

Run: `python tests/bench/language_detection.py [--default en]`.

Reads the hand-written answers in `tests/data/language/<code>.txt` (one a line; see the README
there), keeps those of 3 to 10 words (Chinese, written without spaces, is kept whole), and runs
`detect_language(text, default)` on each, with the caller's language `en` as the services pass
it. Beside it, in the same run, the detector as it was before the twelve languages ("before":
weighted stop words and letters of en, es, fr and pt only, copied below), so the two columns are
measured side by side. Prints accuracy per language, how many answers fell back to the caller's
language, the confusion pairs (truth -> detected, count) and answers per second for both.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections import Counter
from collections.abc import Callable
from functools import cache
from pathlib import Path

from stop_words import get_stop_words  # type: ignore[import-untyped]

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from feedback_app.theming.language import detect_language  # noqa: E402

DATA = ROOT / "tests" / "data" / "language"
LANGUAGES = ("en", "es", "fr", "pt", "ar", "vi", "zh", "ru", "uk", "ro", "sq", "ti")
MIN_WORDS, MAX_WORDS = 3, 10

# The detector before: en, es, fr and pt by weighted stop words and telling letters.
_BEFORE_NAMES = {"en": "english", "es": "spanish", "fr": "french", "pt": "portuguese"}
_BEFORE_WORD = re.compile(r"[^\W\d_]+")
_BEFORE_LETTER_CUES = {"pt": "ãõêôç", "es": "ñ¿¡", "fr": "èùœâîûëïç"}
_BEFORE_MIN_SCORE = 1.0


@cache
def _before_weights() -> dict[str, dict[str, float]]:
    lists = {code: frozenset(w.casefold() for w in get_stop_words(name))
             for code, name in _BEFORE_NAMES.items()}
    shared: dict[str, int] = {}
    for words in lists.values():
        for word in words:
            shared[word] = shared.get(word, 0) + 1
    return {code: {w: 1.0 / shared[w] for w in words} for code, words in lists.items()}


def detect_language_before(text: str, default: str) -> str:
    """The detector as it was before the twelve languages, for the side-by-side figures."""
    sample = text[:2000].casefold()
    words = _BEFORE_WORD.findall(sample)
    weights = _before_weights()
    scores = {code: sum(weights[code].get(w, 0.0) for w in words) for code in _BEFORE_NAMES}
    for code, letters in _BEFORE_LETTER_CUES.items():
        scores[code] += min(2.0, sum(sample.count(ch) for ch in letters) * 0.5)
    best = max(scores, key=lambda code: (scores[code], code == default))
    if scores[best] >= _BEFORE_MIN_SCORE and scores[best] > scores.get(default, 0.0):
        return best
    return default


def answers() -> dict[str, list[str]]:
    """Each language's answers of 3 to 10 words (all of Chinese, which has no spaces)."""
    found: dict[str, list[str]] = {}
    for code in LANGUAGES:
        lines = (DATA / f"{code}.txt").read_text(encoding="utf-8").splitlines()
        found[code] = [line.strip() for line in lines if line.strip() and (
            code == "zh" or MIN_WORDS <= len(line.split()) <= MAX_WORDS)]
    return found


def run(detect: Callable[[str, str], str], items: dict[str, list[str]], default: str
        ) -> tuple[dict[str, float], dict[str, int], Counter[tuple[str, str]], float]:
    accuracy: dict[str, float] = {}
    fallbacks: dict[str, int] = {}
    confusion: Counter[tuple[str, str]] = Counter()
    count = sum(len(texts) for texts in items.values())
    detect("warm up", default)  # word lists load once, at first use: not per answer
    started = time.perf_counter()
    for code, texts in items.items():
        found = [detect(text, default) for text in texts]
        accuracy[code] = sum(f == code for f in found) / max(1, len(texts))
        fallbacks[code] = sum(f == default != code for f in found)
        confusion.update((code, f) for f in found if f != code)
    per_second = count / max(1e-9, time.perf_counter() - started)
    return accuracy, fallbacks, confusion, per_second


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--default", default="en", help="the caller's language (default en)")
    args = parser.parse_args()
    items = answers()
    ours = run(detect_language, items, args.default)
    before = run(detect_language_before, items, args.default)
    print(f"answers of {MIN_WORDS}-{MAX_WORDS} words, caller's language {args.default!r}")
    print(f"{'lang':<5}{'n':>4}  {'before':>7}  {'now':>7}  {'fell back now':>14}")
    for code in LANGUAGES:
        print(f"{code:<5}{len(items[code]):>4}  {before[0][code]:>7.1%}  {ours[0][code]:>7.1%}"
              f"  {ours[1][code]:>14}")
    total = sum(len(texts) for texts in items.values())

    def overall(result: tuple[dict[str, float], ...]) -> float:
        return sum(result[0][c] * len(items[c]) for c in LANGUAGES) / total

    print(f"{'all':<5}{total:>4}  {overall(before):>7.1%}  {overall(ours):>7.1%}")
    print(f"macro accuracy: before {sum(before[0].values()) / len(LANGUAGES):.1%}, "
          f"now {sum(ours[0].values()) / len(LANGUAGES):.1%}")
    print(f"answers/s: before {before[3]:,.0f}, now {ours[3]:,.0f}")
    print("confusion pairs now (truth -> detected: count):")
    for (truth, found), n in ours[2].most_common():
        print(f"  {truth} -> {found}: {n}")


if __name__ == "__main__":
    main()
