"""Write `fft_dev_names.jsonl`: gold name spans for rows of the shared dev CSV, by row id only.

The data set's README forbids copying its texts into the repo's fixtures, so only ids, offsets
and a hash of each text are committed; `tests/bench/redaction.py` reads the texts from the CSV
at run time.

`PEOPLE` was written by a person reading every row with a capitalised word that is a known first
name or is rare in lower case, and keeping the words that name a person there. Words that also name
wards, units, charities or months in this file ("Harvey 1", "Agnes Unit", "Marie Curie", "Jan",
"Patience and understanding") are left out; where a listed word is not a person in a given row, the
row is listed in `NOT_A_PERSON`. Titles ("Dr", "Mr") stay outside the span, as `redact()` does.
Rows without any gold name are sampled at random (seed 0) so that precision is measured too.
"""

from __future__ import annotations

import csv
import hashlib
import json
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_CSV = HERE.parents[3] / "shared" / "data" / "fft_phase1_dev.csv"
PEOPLE = """
Abi Adrian Alex Ali Alice Amanda Amber Amy Andrea Andy Angel Angela Angus Anna Anne Anni Anthony
Ash Ashley Becky Bhogal Boghal Bohane Bridget Bryony Calvin Carmen Catherine Chang Charlotte
Chatterjee Chole Chris Christy Claire Claudia Croft Dan Darren Dave David Davis Dawn Debbie Diane
Dianne Eileen Elissa Ella Eleanor Emma Fay Faye Felix Fred Freya Gabbitas Gail Gaynor
Georgeanna Grace Graham Hannah Hayley Heidi Hillary Isobel Jackie Jackleen Jake James Jamie Jane
Jen Jenna Jenny Jo Joe Jog Jolly Jules Juliet Karen Katie Katsha Kayleigh Kelly Kenny Kerry Kev
Khan Kirsty Lata Laura Lauren Lea Leah Lesley Lewis Linda Lisa Lise Louise Lu Lucy Lynda Mandy
Marcus Margaret Mark Mathew Matt Matthew Megan Mel Melissa Michael Michelle Morris Natasha Neil
Nicky Nina Nixon Nora Olivia Patricia Paul Peirzniach Pete Peter Phatima Phil Pierzchniak Piotor
Rachel Rebecca Richard Richards Rita Rob Roger Sam Sandra Sara Sarah Schofield Scofield Scott Sean
Sharmar Sharon Sheryl Simon Sonia Sophie Stacey Steven Stuart Sue Susanne Suzanne Tanya Teresa
Thelma Tian Tina Tom Tracey Travis Trevor Tricia Trisha Vanessa Vicky Wendy Yvonne Zoe
"""
NOT_A_PERSON = {"p1-01584"}  # "Harre Krishna": a chant, not a member of staff
NAME_RE = re.compile(r"\b(?:" + "|".join(PEOPLE.split()) + r")\b(?![\w'])|\b(?:" +
                     "|".join(PEOPLE.split()) + r")(?='s\b)")
NEGATIVE_SAMPLE = 400


def gold_spans(text: str) -> list[list[object]]:
    """Spans of listed people, with adjacent names ("Kerry Anne", "Richard Y") joined."""
    spans: list[list[object]] = []
    for match in NAME_RE.finditer(text):
        if spans and text[int(spans[-1][2]):match.start()] == " ":
            spans[-1][2] = match.end()
        else:
            spans.append(["name", match.start(), match.end()])
    return spans


def main(csv_path: Path) -> None:
    with csv_path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    positives, negatives = [], []
    for row in rows:
        spans = [] if row["id"] in NOT_A_PERSON else gold_spans(row["text"])
        digest = hashlib.sha256(row["text"].encode()).hexdigest()[:16]
        item = {"id": row["id"], "language": "en", "sha256_16": digest, "spans": spans}
        (positives if spans else negatives).append(item)
    chosen = sorted(random.Random(0).sample(
        negatives, NEGATIVE_SAMPLE), key=lambda i: i["id"])
    items = sorted(positives + chosen, key=lambda i: i["id"])
    with (HERE / "fft_dev_names.jsonl").open("w", encoding="utf-8") as out:
        for item in items:
            out.write(json.dumps(item, ensure_ascii=False) + "\n")
    print(f"{len(positives)} rows with names, {len(chosen)} without")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_CSV)
