"""Rebuild geez_everyday.txt: Tigrinya words in Ge'ez script that are not people's names.

Run from a checkout after the Tigrinya catalogue, the survey texts or the labelled set change:
`python feedback_app/theming/data/build_geez_everyday.py`. The app never imports this script.

No free Tigrinya word list or dictionary is packaged anywhere this project can install from, so
the list is read off the project's own Tigrinya writing: the interface catalogue, the survey
texts, the shipped stop words, and the words of the labelled set's hand-written `tuning` items
(`tests/data/redaction/redaction_ti.jsonl`) that stand outside every name. Held-out items are
never read. A word goes out of the list if it is a listed name (`geez_names.txt`, in any of its
forms with a joined "to", "by" or "and") or if the tuning items have it inside a name at least as
often as outside one, so a name never becomes an everyday word because it was also written as
one, and "ወዲ" (son, as in "ወዲ ሓጎስ", Hagos's son) stays an everyday word.
"""

from __future__ import annotations

import json
import re
import sys
import tomllib
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(ROOT))

from feedback_app.theming.geez.script import WORD, geez_set, normalise, stems, words  # noqa: E402

CATALOGUE = ROOT / "feedback_app" / "translations" / "ti" / "LC_MESSAGES" / "messages.po"
SURVEYS = ROOT / "surveys" / "translations" / "ti.toml"
LABELLED = ROOT / "tests" / "data" / "redaction" / "redaction_ti.jsonl"
MSGSTR = re.compile(r'^msgstr(?:\[\d+\])? "(.*)"$|^"(.*)"$', re.MULTILINE)
HEADER = ("# Tigrinya words in Ge'ez script that are not people's names, from the project's own\n"
          "# Tigrinya texts (build_geez_everyday.py says which); one a line, as written.\n")


def texts() -> list[str]:
    found = [m.group(1) or m.group(2) or "" for m in MSGSTR.finditer(
        CATALOGUE.read_text(encoding="utf-8"))]
    found += list(tomllib.loads(SURVEYS.read_text(encoding="utf-8"))["texts"].values())
    found += (HERE / "stopwords_ti.txt").read_text(encoding="utf-8").splitlines()
    return found


def labelled() -> tuple[list[str], set[str]]:
    """Words outside every name in the tuning items, and the words the tuning items have inside
    names at least as often as outside them."""
    outside: list[str] = []
    inside: Counter[str] = Counter()
    elsewhere: Counter[str] = Counter()
    for item in map(json.loads, LABELLED.read_text(encoding="utf-8").splitlines()):
        if item["split"] != "tuning":
            continue  # held-out items are read by nobody who changes the engine, nor by this
        names = [(start, end) for kind, start, end in item["spans"] if kind == "name"]
        for word in WORD.finditer(item["text"]):
            normal = normalise(word.group())
            if any(start < word.end() and word.start() < end for start, end in names):
                inside[normal] += 1
                continue
            elsewhere[normal] += 1
            outside.append(word.group())
    return outside, {word for word, count in inside.items() if count >= elsewhere[word]}


def is_name(word: str, names: frozenset[str], inside: set[str]) -> bool:
    normal = normalise(word)
    if normal in inside:
        return True
    return any(stem.stem in names for found in words(normal) for stem in stems(found))


def main() -> None:
    names = geez_set("geez_names") | geez_set("geez_names_words")
    outside, inside = labelled()
    candidates = [m.group() for text in texts() for m in WORD.finditer(text)] + outside
    kept = sorted({word for word in candidates if len(word) >= 2
                   and not is_name(word, names, inside)})
    (HERE / "geez_everyday.txt").write_text(HEADER + "\n".join(kept) + "\n", encoding="utf-8")
    print(f"geez_everyday.txt: {len(kept)} words")


if __name__ == "__main__":
    main()
