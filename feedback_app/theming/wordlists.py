"""The word lists shipped in `data/`, loaded once and matched on `str.casefold()`.

See `data/build_word_lists.py` for where they come from (Faker and pytz, both MIT licensed).
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent / "data"


@cache
def word_set(name: str) -> frozenset[str]:
    """Return the entries of `data/<name>.txt`; a missing file gives an empty set, not a crash."""
    try:
        text = (DATA_DIR / f"{name}.txt").read_text(encoding="utf-8")
    except OSError:
        return frozenset()
    return frozenset(line.strip() for line in text.splitlines() if line.strip())


def given_names() -> frozenset[str]:
    return word_set("given_names")


def ambiguous_given_names() -> frozenset[str]:
    """First names that are also everyday words ("Hope", "Will", "Rosa"): need context."""
    return word_set("given_names_ambiguous")


def surnames() -> frozenset[str]:
    return word_set("surnames")


def places() -> frozenset[str]:
    return word_set("places")


def ambiguous_places() -> frozenset[str]:
    """Place names that are also everyday words ("Reading", "Nice"): need a cue like "from"."""
    return word_set("places_ambiguous")


@cache
def place_prefixes() -> dict[str, tuple[tuple[str, ...], ...]]:
    """Map a place's first word to the word sequences of places starting with it, longest first."""
    table: dict[str, list[tuple[str, ...]]] = {}
    for place in places() | ambiguous_places():
        words = tuple(place.split())
        table.setdefault(words[0], []).append(words)
    return {key: tuple(sorted(seqs, key=len, reverse=True)) for key, seqs in table.items()}
