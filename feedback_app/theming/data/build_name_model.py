"""Train `names.crfsuite`, the name tagger `name_model` reads, from the labelled set's tuning split.

Run from a checkout after the labelled set or a word list changes:
`python feedback_app/theming/data/build_name_model.py`. The app never imports this script; it
reads `tests/data/redaction/redaction_<lang>.jsonl` and takes **only** items whose split is
`tuning` (hand-written, and readable by anyone changing the engine): held-out items are never
trained on, and generated items would teach the tagger the templates' sentences.

`--dev` measures instead of writing: it trains without the rounds no name rule was tuned on
(`DEV_ROUNDS`, the tuning four fifths of each), then prints name recall, precision and words
kept on those rounds for the rules alone and for the rules with the tagger, at several
thresholds. That is how `name_model.THRESHOLD` was chosen, without the held-out split.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pycrfsuite

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
SET = ROOT / "tests" / "data" / "redaction"
sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "bench"), str(SET)]

from build_redaction_set import decode_escapes, parse_markup  # noqa: E402

from feedback_app.theming import name_model  # noqa: E402

# CRFsuite's L-BFGS with an L1 weight (few features kept) and a light L2 weight.
PARAMS = {"c1": 1.0, "c2": 0.01, "max_iterations": 200, "feature.possible_transitions": True}
# These rounds joined the set after the last change to their language's name rules, so the
# rules read them as they read new writing (see data/README).
DEV_ROUNDS = {"ar": (8, 9, 10), "es": (8, 9, 10), "vi": (5, 6, 7), "ro": (5, 6, 7), "uk": (5,),
              "sq": (6, 7), "ti": (7, 8)}


def tuning_items(language: str) -> Iterator[dict]:
    lines = (SET / f"redaction_{language}.jsonl").read_text(encoding="utf-8").splitlines()
    for item in map(json.loads, lines):
        if item["split"] == "tuning":
            yield item


def labelled(item: dict) -> tuple[list[list[str]], list[str]]:
    """One item's word features and its gold tags (a word touching a name span is a name)."""
    text = item["text"]
    words = list(name_model.WORD.finditer(text))
    names = [(start, end) for kind, start, end in item["spans"] if kind == "name"]
    tags = [name_model.NAME if any(s < word.end() and word.start() < e for s, e in names)
            else name_model.OTHER for word in words]
    return name_model.features(text, words, item["language"]), tags


def train(items: list[dict], path: Path) -> None:
    trainer = pycrfsuite.Trainer(verbose=False)
    for item in items:
        features, tags = labelled(item)
        if features:
            trainer.append(features, tags)
    trainer.set_params(PARAMS)
    trainer.train(str(path))


def dev_texts(language: str) -> set[str]:
    """The texts of the language's dev rounds, from the reviewed tuning file's round headers."""
    lines = (SET / f"tuning_{language}.txt").read_text(encoding="utf-8").splitlines()
    headers = tuple(f"# Round {number}:" for number in DEV_ROUNDS[language])
    texts, inside = set(), False
    for line in lines:
        if line.startswith("# Round "):
            inside = line.startswith(headers)
        elif inside and line.strip() and not line.startswith("#"):
            texts.add(parse_markup(decode_escapes(line))[0])
    return texts


def measure_on_dev_rounds(items: list[dict], scratch: Path) -> None:
    from redaction import Tally  # tests/bench/redaction.py

    from feedback_app.theming import redaction

    dev = set().union(*(dev_texts(language) for language in DEV_ROUNDS))
    train([item for item in items if item["text"] not in dev], scratch)
    name_model.MODEL_FILE = scratch
    thresholds = (0.5, 0.6, 0.7, 0.8, 0.9)
    for language in DEV_ROUNDS:
        rows = [item for item in items if item["language"] == language and item["text"] in dev]
        tallies = {None: Tally(), **{threshold: Tally() for threshold in thresholds}}
        for item in rows:
            rules = redaction.rule_spans(item["text"], language)
            tallies[None].add(item, [tuple(span) for span in rules])
            for threshold in thresholds:
                name_model.THRESHOLD = threshold
                spans = name_model.add_model_names(item["text"], language, rules)
                tallies[threshold].add(item, [tuple(span) for span in spans])
        cells = [f"{'rules' if key is None else f'@{key}'} R {t.recall('name'):.3f} "
                 f"P {t.precision():.3f} kept {t.kept():.3f}" for key, t in tallies.items()]
        print(f"{language} ({len(rows)} items, {tallies[None].gold['name']} names): "
              + " | ".join(cells))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dev", action="store_true",
                        help="measure on the dev rounds; write nothing")
    args = parser.parse_args()
    items = [item for language in sorted(name_model.LANGUAGES)
             for item in tuning_items(language)]
    assert all(item["split"] == "tuning" for item in items)
    if args.dev:
        with tempfile.TemporaryDirectory() as scratch:
            measure_on_dev_rounds(items, Path(scratch) / "names.crfsuite")
        return
    train(items, HERE / "names.crfsuite")
    print(f"trained on {len(items)} tuning items -> {HERE / 'names.crfsuite'}")


if __name__ == "__main__":
    main()
