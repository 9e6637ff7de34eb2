"""Countries, regions and towns written in Ge'ez script ("ኣብ ሚላኖ", "ካብ ሊብያ", "ባኒ ዋሊድ").

A listed place counts as a whole word, or with "to", "from", "by" or "at" joined before it
("ንእንግሊዝ"); a joined "and" after it ("እንግሊዝን") reads as the language ("Arabic and English"),
so it stays.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache
from itertools import pairwise

from feedback_app.theming.geez.script import geez_set, normalise, stems, words
from feedback_app.theming.scripts import has_ethiopic
from feedback_app.theming.spans import Span

_MAX_PLACE_WORDS = 3


@cache
def _first_words() -> frozenset[str]:
    return frozenset(place.split()[0] for place in geez_set("geez_places"))


def find_geez_places(text: str, language: str = "ti") -> Iterator[Span]:
    del language
    if not has_ethiopic(text):
        return
    places = geez_set("geez_places")
    firsts = _first_words()
    normalised = normalise(text)
    found = words(normalised)
    index = 0
    while index < len(found):
        matched = None
        if not any(stem.stem in firsts for stem in stems(found[index], suffixes=False)):
            index += 1
            continue
        for size in range(_MAX_PLACE_WORDS, 0, -1):
            group = found[index:index + size]
            if len(group) < size or any(
                    normalised[left.end:right.start] not in (" ", "\t")
                    for left, right in pairwise(group)):
                continue
            rest = " ".join(word.text for word in group[1:])
            for stem in stems(group[0], suffixes=False):
                if " ".join(filter(None, (stem.stem, rest))) in places:
                    matched = Span("place", stem.stem_start, group[-1].end)
                    break
            if matched:
                index += size
                break
        if matched:
            yield matched
        else:
            index += 1
