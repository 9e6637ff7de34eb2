# ruff: noqa: RUF002, RUF003  (Arabic letters and digits are the point here)
"""Streets in Arabic: the street type first, its name, and the number before or after.

"شارع الملك فيصل ١٢", "١٤ شارع الجامعة", "شارع الرشيد، بناية ٢٧". A bare "شارع" (not "الشارع",
"the street") starts a street name; a joined و، ف، ب or ل stays outside the span. Buildings,
floors and flats ("بناية ٢٧", "الطابق الثالث", "شقة رقم ٥") and named buildings or
neighbourhoods ("بناية الحسن", "حي السلام") extend a street.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from feedback_app.theming import months
from feedback_app.theming.addresses.reading import (
    COUNT_WORDS,
    followed_by_count,
    word_set,
    words_from,
)

# Arabic: the street types stand before the name. A bare "شارع" (not "الشارع", "the street")
# starts a street name; a joined و، ف، ب or ل stays outside the span.
_HEAD = re.compile(
    r"(?:(?<![\w/.,\-])(?P<num>\d{1,5})[ \t]*[،,]?[ \t]*)?"
    r"(?:(?<![^\W\d_])|(?<=(?<![^\W\d_])[وفبل]))"
    r"(?P<type>شارع|طريق|جادة|ساحة|زقاق|درب|نهج|زنقة|حارة|ممر|دوار|حي)(?![^\W\d_])[ \t]+"
)
LETTERS = re.compile(r"[\u0621-\u064a\u066e-\u06d3\u06d5\u06fa-\u06ff]")
_GRAMMAR_WORDS = word_set(
    "في فى من إلى الى على عن مع قبل بعد عند و أو او ثم لكن ولكن فيه فيها به بها له لها هو هي هم "
    "كان كانت كنت كنا يكون لا لم لن ما هذا هذه ذلك تلك التي الذي الذين الآن الان هناك هنا جدا يا "
    "أن ان إن انا أنا نحن انت أنت حتى لأن لان بس كل منذ حيث عندي عندنا لي لنا مش مو ليس قرب "
    "بجانب جنب خلف أمام امام وراء قريب بعيد بين داخل وين اين أين شي شيء أسكن اسكن سكنت أعيش "
    "اعيش عشت ارسلوا أرسلوا اكتبوا"
)
_MONTH = re.compile(rf"[ \t]+(?:{months.ARABIC})(?![^\W\d_])")
_NUMBER_AFTER = re.compile(r"[ \t]*(?:رقم[ \t]*)?\d{1,5}(?!\d)(?![:./]\d)")
ORDINAL = (r"(?:ال)?(?:أول|اول|ثاني|ثالث|رابع|خامس|سادس|سابع|ثامن|تاسع|عاشر|أرضي|ارضي|أخير|"
               r"اخير)[ىة]?(?![^\W\d_])")
UNIT_WORD = r"(?:ال)?(?:بناية|بناء|عمارة|مبنى|برج|فيلا|منزل|بيت|شقة|شقه|طابق|دور|مدخل|بلوك)"
# "بناية ٢٧", "الطابق الثالث", "شقة رقم ٥", and the Moroccan "رقم ٥" after the street.
UNIT = re.compile(
    rf"{UNIT_WORD}[ \t]+(?:رقم[ \t]*)?(?:\d{{1,4}}(?!\d)|{ORDINAL})"
    r"|رقم[ \t]*\d{1,4}(?!\d)"
)
# A named building, compound or neighbourhood: "بناية الحسن", "مجمع النخيل", "حي السلام".
_NAMED_UNIT = re.compile(r"(?P<word>(?:ال)?(?:بناية|عمارة|مبنى|برج|فيلا|مجمع)|حي)[ \t]+")


def word_ok(word: str) -> bool:
    """True for a word that can name a street or town: not a grammar word, "and ..." or a unit."""
    if word in _GRAMMAR_WORDS or word in COUNT_WORDS:
        return False
    return not (word[:1] in "وف" and word[1:] in _GRAMMAR_WORDS)


def streets(text: str) -> Iterator[tuple[int, int, bool]]:
    """Arabic: "شارع الملك فيصل ١٢", "١٤ شارع الجامعة", "شارع الرشيد، بناية ٢٧".

    Yields (start, end, whether a number was written); without one, the street needs a building,
    floor or flat after it to count (the tail).
    """
    pos = 0
    while (head := _HEAD.search(text, pos)) is not None:
        pos = head.start() + 1
        start = head.start() if head.group("num") else head.start("type")
        numbered = head.group("num") is not None
        end = None
        name_number = _NUMBER_AFTER.match(text, head.end())
        if name_number:  # "زنقة ١٢": a street named by its number, or a date ("شارع ١٤ رمضان")
            end = name_number.end()
            numbered = True
            month = _MONTH.match(text, end)
            end = month.end() if month else end
        elif (end := _arabic_words_end(text, head.end(), 3)) is not None:
            number = _NUMBER_AFTER.match(text, end)
            if number and not followed_by_count(text, number.end()):
                end = number.end()
                numbered = True
        if end is not None:
            yield start, end, numbered
            pos = end


def named_unit_end(text: str, pos: int) -> int | None:
    """End of "بناية الحسن" (a building's name) or "حي السلام" (a neighbourhood) at `pos`."""
    head = _NAMED_UNIT.match(text, pos)
    if head is None:
        return None
    return _arabic_words_end(text, head.end(), 1 if head.group("word") != "حي" else 3)


def _arabic_words_end(text: str, pos: int, limit: int) -> int | None:
    """End of up to `limit` Arabic name words at `pos` (a grammar word or unit ends them)."""
    end = None
    for _, word_end, word in words_from(text, pos, limit):
        if not LETTERS.match(word) or not word_ok(word):
            break
        end = word_end
    return end
