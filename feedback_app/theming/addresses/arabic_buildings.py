# ruff: noqa: RUF002, RUF003  (Arabic letters and digits are the point here)
"""Arabic addresses written without a street: a building with its flat or floor, or after the
neighbourhood or landmark it stands by.

"بلوك ٧ شقة ١٢", "بالكرامة، بناية ١٠٣، شقة ٤٠٢", "الدورة، بناية الأمل، الطابق الخامس", "عمارة
١٧ بجانب مستشفى الأمل". `arabic` reads the pieces; this module says where such an address starts
and ends when no street leads it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from feedback_app.theming import wordlists
from feedback_app.theming.addresses.arabic import (
    BEFORE_CHARS,
    BUILDING_WORD,
    GAP,
    UNIT,
    UNIT_LETTER,
    UNIT_WORD,
    landmark_end,
    named_unit_end,
    pieces_end,
    place_before,
    places,
    word_ok,
)
from feedback_app.theming.arabic import cues
from feedback_app.theming.arabic.script import normalise

# A building with its number, the start of an address written without a street.
_BUILDING = re.compile(
    r"(?:(?<![^\W\d_])|(?<=(?<![^\W\d_])[وفبل]))"
    rf"{UNIT_WORD}[ \t]+(?:رقم[ \t]*)?(?:\d{{1,4}}(?!\d)(?![:./]\d)|{UNIT_LETTER})")
_UNIT_WORD = re.compile(UNIT_WORD)
# A floor or flat right before the building it is in: "بالطابق الخامس ببناية الاحلام".
_UNIT_BEFORE = re.compile(rf"(?:{UNIT.pattern})[ \t]*(?:[،,][ \t]*)?(?:(?:من|في|فى)[ \t]+)?[بف]?$")
_NAMED_BUILDING_START = re.compile(
    rf"(?:(?<![^\W\d_])|(?<=(?<![^\W\d_])[وفبل]))(?P<unit>{BUILDING_WORD})[ \t]+(?=[^\W\d_])")
# After a building, the district it stands in: "الفيلا رقم ٧ بالتجمع", "بيت ١٢ في الرمال".
_DISTRICT_AFTER = re.compile(
    r"[ \t]+(?:ب|(?:في|فى)[ \t]+)(?P<place>ال[^\W\d_]{3,}|(?:حي|منطقة)[ \t]+[^\W\d_]{3,})"
    r"(?![^\W\d_])")


def buildings(text: str) -> Iterator[tuple[int, int, bool]]:
    """"بلوك ٧ شقة ١٢", "بالكرامة، بناية ١٠٣، شقة ٤٠٢": a building with its flat or floor, or
    after its neighbourhood or a landmark, is an address without a street."""
    yield from _named_buildings(text)
    pos = 0
    while (building := _BUILDING.search(text, pos)) is not None:
        pos = building.end()
        end, more = pieces_end(text, building.end(), building=True)
        landmark = landmark_end(text, GAP.match(text, end).end())
        district = _DISTRICT_AFTER.match(text, end)
        if landmark is not None:
            end, more = landmark, True  # "عمارة ١٧ بجانب مستشفى الأمل"
        elif district is not None and _district_name(district.group("place")):
            end, more = district.end(), True  # "الفيلا رقم ٧ بالتجمع"
        start = place_before(text, building.start())
        if more or start < building.start():
            yield start, end, True
            pos = end


def _named_buildings(text: str) -> Iterator[tuple[int, int, bool]]:
    """"الدورة، بناية الأمل، الطابق الخامس": a named building with its floor or flat."""
    for building in _NAMED_BUILDING_START.finditer(text):
        named = named_unit_end(text, building.start("unit"))
        if named is None:
            continue
        end, more = pieces_end(text, named)
        start = building.start("unit")
        # "بالطابق التالت بعمارة الحجار": the floor or flat written before the building
        unit = _UNIT_BEFORE.search(text, max(0, start - BEFORE_CHARS), start)
        if unit is not None:
            start, more = unit.start(), True
            if text[start] in "وبف" and _UNIT_WORD.match(text, start + 1):
                start += 1  # a joined "بـ" stays outside
        district = _DISTRICT_AFTER.match(text, end)
        if more and district is not None and _district_name(district.group("place")):
            end = district.end()  # "عمارة الصباغ الطابق الرابع بالحمرا"
        place = place_before(text, start)
        if more or (place < start and unit is None):
            yield place, end, True  # "بحي السلم قرب الفرن بناية ابو علي"


def _district_name(word: str) -> bool:
    """A district's name, not "the area" or "the camp": a listed place, or a rare word."""
    key = normalise(word)
    return key in places() or (word_ok(word) and key not in cues.CUE_WORDS
                                and key not in wordlists.word_set("arabic_common_words"))
