# ruff: noqa: RUF001, RUF002, RUF003  (Arabic letters and digits are the point here)
"""Streets in Arabic: the street type first, its name, and the number before or after.

"شارع الملك فيصل ١٢", "١٤ شارع الجامعة", "شارع الرشيد، بناية ٢٧". A bare "شارع" (not "الشارع",
"the street") starts a street name; a joined و، ف، ب or ل stays outside the span. Buildings,
floors and flats ("بناية ٢٧", "الطابق الثالث", "شقة رقم ٥") and named buildings or
neighbourhoods ("بناية الحسن", "حي السلام") extend a street.

Where streets have no names or nobody uses them, people give the neighbourhood, a landmark and
the building instead: "جبل الحسين، الدوار الثالث، عمارة ١٤", "شارع المطار جنب صيدلية الشفاء
بناية ٩", "بالكرامة، بناية ١٠٣، شقة ٤٠٢", "بلوك ٧ شقة ١٢". A building with its flat or floor
is an address on its own (`arabic_buildings`); a neighbourhood or a landmark only with a number
or a building.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from feedback_app.theming import months, wordlists
from feedback_app.theming.addresses import arabic_before as before
from feedback_app.theming.addresses.reading import (
    COUNT_WORDS,
    SPACE,
    followed_by_count,
    word_set,
    words_from,
)
from feedback_app.theming.arabic import cues
from feedback_app.theming.arabic.script import normalise

# Streets and lanes take a number ("زنقة ١٢", "شارع ٣٦", Egyptian "١٥ ش التحرير", Iraqi "محلة
# ٩٠٥", Sudanese "مربع ١٢"); neighbourhoods, hills and compounds ("جبل الحسين", "منطقة المزة",
# Moroccan "إقامة النور") only a name, and never make an address without a building.
_STREET_TYPES = before.typed_ta(
    "شارع|طريق|جادة|ساحة|زقاق|درب|نهج|زنقة|حارة|ممر|دوار|حي|محلة|مربع|سكة|ش\\.?")
# and the Maghreb's "تجزئة", "حومة", Egypt's "عزبة", "كمبوند", which may take "رقم ١٤٥"
_AREA_TYPES = before.typed_ta("جبل|منطقة|ضاحية|فريج|إقامة|اقامة|تجزئة|حومة|عزبة|كمبوند")
_HEAD = re.compile(
    r"(?:(?:(?<![\w/.,\-])|(?<=(?<![^\W\d_])[بفول]))(?P<num>\d{1,5})[ \t]*(?:[،,][ \t]*)?)?"
    r"(?:(?<![^\W\d_])|(?<=(?<![^\W\d_])[وفبل])|(?<=(?<![^\W\d_])[وفبل]\u0640))"
    rf"(?:(?P<type>{_STREET_TYPES})|(?P<area>{_AREA_TYPES}))(?![^\W\d_])[ \t]+"
)
LETTERS = re.compile(r"[\u0621-\u064a\u066e-\u06d3\u06d5\u06fa-\u06ff]")
_GRAMMAR_WORDS = word_set(
    "في فى من إلى الى على عن مع قبل بعد عند و أو او ثم لكن ولكن فيه فيها به بها له لها هو هي هم "
    "كان كانت كنت كنا يكون لا لم لن ما هذا هذه ذلك تلك التي الذي الذين الآن الان هناك هنا جدا يا "
    "أن ان إن انا أنا نحن انت أنت حتى لأن لان بس كل منذ حيث عندي عندنا لي لنا مش مو ليس قرب "
    "بجانب جنب خلف أمام امام وراء قريب بعيد بين داخل وين اين أين شي شيء أسكن اسكن سكنت أعيش "
    "اعيش عشت ارسلوا أرسلوا اكتبوا "
    # dialect: "here", "where", "that", "which", the landmark words, "we were", "they locked"
    "هون هونيك هونك هنيك هنايا هناك اللي الي يلي هاد هادا هيدا هيدي هاي ده دي بجنب حد قبال "
    "مقابل قدام ورا بقرب بالقرب كنا كانوا"
)
_MONTH = re.compile(rf"[ \t]+(?:{months.ARABIC})(?![^\W\d_])")
_NUMBER_AFTER = re.compile(r"[ \t]*(?:رقم[ \t]*)?\d{1,5}(?!\d)(?![:./]\d)")
# A neighbourhood takes a number only with "رقم": "تجزئة النور رقم ١٤٥".
_NUMBER_AFTER_AREA = re.compile(r"[ \t]*رقم[ \t]*\d{1,5}(?!\d)(?![:./]\d)")
ORDINAL = before.typed_ta(
    r"(?:ال)?(?:أول|اول|ثاني|تاني|ثالث|تالت|رابع|خامس|سادس|سابع|ثامن|تامن|تاسع|عاشر|"
    r"أرضي|ارضي|أخير|اخير)[ىة]?(?![^\W\d_])")
# "بناية", "عمارة", "شقة", "طابق", Kuwaiti "قطعة", Iraqi "دار", the camps' "خيمة" (tent), and
# "ط ٤" for a floor.
UNIT_WORD = before.typed_ta(
    r"(?:(?:ال)?(?:بناية|بناء|عمارة|مبنى|برج|فيلا|منزل|بيت|شقة|طابق|دور|مدخل|بلوك|"
    r"قطعة|قطاع|كرفان|كرافان|مجمع|مخرج|قرية|خيمة)|(?<![^\W\d_])(?:دار|ط\.?))")
# A block or entrance named by a letter: "بلوك C", "مدخل ب" (never "و", "and").
UNIT_LETTER = r"(?:[A-Za-z]|[أابجده])(?![^\W_])"
# "بناية ٢٧", "الطابق الثالث", "شقة رقم ٥", and the Moroccan "رقم ٥" after the street; a joined
# "بـ" or "و" stays in ("بشارع الحمرا ببناية ١٧"), as in the camps' "قطاع ٥، كرفان ١٢".
UNIT = re.compile(
    r"(?:[وبف](?=ال|[^\W\d_]{3}))?"
    rf"{UNIT_WORD}[ \t]+(?:رقم[ \t]*)?(?:\d{{1,4}}(?!\d)(?![:./]\d)|{ORDINAL}|{UNIT_LETTER})"
    r"|رقم[ \t]*\d{1,4}(?!\d)"
)
# The words of a building or compound: "بناية", "العمارة", "فيلا", "مجمع".
BUILDING_WORD = before.typed_ta(r"(?:ال)?(?:بناية|عمارة|مبنى|برج|فيلا|مجمع|كمبوند)")
# A named building, compound or neighbourhood: "بناية الحسن", "مجمع النخيل", "حي السلام".
_NAMED_UNIT = re.compile(rf"(?P<word>{BUILDING_WORD}|حي)[ \t]+")
# A building named after a family: "بناية أبو خليل", "عمارة بيت حداد", "فيلا آل سعيد".
_FAMILY_WORD = re.compile(r"(?:أبو|ابو|أم|ام|بيت|آل|بن|الحاج|الحجي|الشيخ|الدكتور)[ \t]+")
# "عنواني", "العنوان الحالي:", "عنوان البيت -": what follows is an address, with or without a
# number ("عنواني الحالي حي السلام قرب الجامع الكبير").
_ADDRESS_CUE = re.compile(
    r"(?<![^\W\d_])(?:ال)?عنوان(?:ي|ه|ها|نا|هم|و|ك|كم)?"
    r"(?:[ \t]+(?:ال)?(?:حالي|جديد|قديم|بيت|المكتب|الشغل|المركز|السكن|الدار))?"
    r"[ \t]*(?:[:\-][ \t]*)?$")
# "بالطابق ٩ من برج الريم": the building a floor or flat is in.
_OF_BUILDING = re.compile(rf"[ \t]*(?:من|في|فى|ب)[ \t]*(?={BUILDING_WORD})")
# A named building, unlike a named neighbourhood, is as precise as a number: "بناية غصوب".
_NAMED_BUILDING = re.compile(rf"{BUILDING_WORD}[ \t]+")
# "الشارع التاني": the second street of a neighbourhood, where streets have no names.
_NTH_STREET = re.compile(rf"(?:ال)?(?:شارع|زقاق|حار[ةه])[ \t]+{ORDINAL}")
# Amman's circles and other numbered roundabouts: "الدوار الثالث", "دوار ٧".
_CIRCLE = re.compile(rf"(?:ال)?دوار[ \t]+(?:{ORDINAL}|\d{{1,2}}(?!\d))")
# A landmark on the way: "جنب صيدلية الشفاء", "مقابل مطعم الريم", "قرب مسجد النور", "بعد الإشارة".
_LANDMARK = re.compile(before.typed_ta(
    r"(?<![^\W\d_])(?:(?:ب)?(?:جنب|جانب|جوار)|(?:ب)?قرب|بالقرب[ \t]+من|قريب[ \t]+من|مقابل|"
    r"قبال|لزق|حدا|قدام|أمام|امام|خلف|ورا|وراء|حد|بعد|قبل|عند|(?:على[ \t]+)?زاوية)[ \t]+"
    r"(?P<noun>(?:ال)?(?:صيدلية|صيدلي[هة]|مسجد|جامع|مدرسة|مستشفى|مستوصف|فرن|مخبز|سوبرماركت|"
    r"سوبر[ \t]+ماركت|ماركت|بقالة|دكان|محطة|كنيسة|دوار|إشارة|اشارة|إشارات|اشارات|مطعم|مول|بنك|"
    r"صراف|بريد|مركز|حديقة|جسر|سوق|بلدية|مخفر|كازية|محل|فندق|مقهى|كافيه|جامعة|ملعب|نادي|سينما|"
    r"سفارة|شركة|مكتب|مصنع|مطار|ساحة|دائرة|وزارة|قهوة|حلويات|ملحمة|جمعية|مفوضية|مقبرة))(?![^\W\d_])"
))
# A district's one or two words and a comma before a street: "قرجي، شارع الفاتح".
_DISTRICT_COMMA = re.compile(
    r"(?<![^\W\d_])(?:[^\W\d_]{2,}[ \t]+)?(?P<last>[^\W\d_]{3,})[ \t]*[،,][ \t]*$")
# Words that start the names of districts and villages: "باب توما", "عين شمس", "تل ابيض".
_PLACE_HEADS = frozenset(normalise(word) for word in (
    "باب", "عين", "بير", "بئر", "راس", "رأس", "تل", "كفر", "دير", "برج", "جسر", "سوق", "ميت",
    "حي", "حارة", "منطقة", "ضاحية", "مخيم", "جبل"))
# What may stand between the pieces of an address: spaces, a comma, " - ".
GAP = re.compile(r"[ \t]*(?:[،,]|(?<=[ \t])[-\u2013](?=[ \t]))?[ \t]*")
MAX_PIECES = 6
BEFORE_CHARS = 60


def _name_word_ok(word: str) -> bool:
    """True for a word that can name a street: not a grammar word, "and ..." or a unit."""
    if word in _GRAMMAR_WORDS or word in COUNT_WORDS:
        return False
    return not (word[:1] in "وف" and word[1:] in _GRAMMAR_WORDS)


@cache
def places() -> frozenset[str]:
    return wordlists.word_set("arabic_places") | wordlists.word_set("arabic_places_ambiguous")


@cache
def _everyday_words() -> frozenset[str]:
    return wordlists.word_set("arabic_words") - places()


def word_ok(word: str) -> bool:
    """True for a word that can be a town after an address's comma: a street name's word that is
    no title, role or everyday word ("..., بناية ٩، المدام اسمها نوال" ends at the building)."""
    if not _name_word_ok(word):
        return False
    key = normalise(word)
    if key.startswith("وال") and key not in places():
        return False  # "..., ط ٤، والمي مقطوعة": a new clause, not a town
    return key not in cues.CUE_WORDS and key not in _everyday_words()


def streets(text: str) -> Iterator[tuple[int, int, bool]]:
    """Arabic: "شارع الملك فيصل ١٢", "١٤ شارع الجامعة", "شارع الرشيد، بناية ٢٧".

    Yields (start, end, whether a number was written); without one, the street needs a building,
    floor or flat after it to count (the tail). `arabic_buildings` reads the addresses that have
    no street.
    """
    pos = 0
    while (head := _HEAD.search(text, pos)) is not None:
        pos = head.start() + 1
        if head.group("area"):
            start = head.start("area")
        else:
            start = head.start() if head.group("num") else head.start("type")
        found = _street_end(text, head)
        if found is None:
            continue
        end, numbered = found
        end, pieces = pieces_end(text, end)
        street_start, start = start, place_before(text, start)
        cued = _ADDRESS_CUE.search(text, max(0, start - BEFORE_CHARS), start) is not None
        landmark = landmark_end(text, GAP.match(text, end).end())
        if landmark is not None:
            # "قرجي، شارع الفاتح، جنب الجمعيه": a district, its street and a landmark
            district = _district_before(text, street_start)
            if cued or district is not None:
                start = min(start, street_start if district is None else district)
                end, pieces = landmark, True
        yield start, end, numbered or pieces or cued
        pos = end


def _district_before(text: str, start: int) -> int | None:
    """Where a district of one or two words and its comma before `start` begin, if they are
    there: "قرجي، ", "بالفرناج، ", "في باب توما، "; not "وبعدين، " or "كل يوم، "."""
    district = _DISTRICT_COMMA.search(text, max(0, start - BEFORE_CHARS), start)
    if district is None:
        return None
    words = words_from(text, district.start(), 2)
    if len(words) == 2 and district.start("last") == words[1][0] and (
            words[1][2][:1] not in "وفبل") and _district_words([words[0][2], words[1][2]]):
        return words[0][0] + (1 if _joined_article(words[0][2]) else 0)
    word = district.group("last")
    if not _district_words([word]):
        return None
    return district.start("last") + (1 if _joined_article(word) else 0)


def _joined_article(word: str) -> bool:
    return word[:1] in "بل" and word[1:3] == "ال"


def _district_words(words: list[str]) -> bool:
    """Words that can name a district: no clause's "و", no grammar or everyday word."""
    first = words[0][1:] if _joined_article(words[0]) else words[0]
    if first[:1] in "وف":
        return False
    common = wordlists.word_set("arabic_common_words")
    head_ok = len(words) > 1 and normalise(first) in _PLACE_HEADS
    return all((head_ok and word is first) or word_ok(word) for word in [first, *words[1:]]) and (
        head_ok or normalise(words[-1] if len(words) > 1 else first) not in common)


def _street_end(text: str, head: re.Match[str]) -> tuple[int, bool] | None:
    """End of the street's name and number, and whether a number was written."""
    numbered = head.group("num") is not None and not head.group("area")
    name_number = None if head.group("area") else _NUMBER_AFTER.match(text, head.end())
    if name_number and not followed_by_count(text, name_number.end()):
        # "زنقة ١٢": a street named by its number, or a date ("شارع ١٤ رمضان")
        end = name_number.end()
        month = _MONTH.match(text, end)
        return (month.end() if month else end), True
    if name_number:
        return None  # "طريق ٣ ساعات": a distance, not a street
    # "شارع الامير محمد بن عبدالعزيز": four words for a street named after a man
    end = _arabic_words_end(text, head.end(), 3 if head.group("area") else 4)
    if end is None:
        return None
    number = (_NUMBER_AFTER_AREA if head.group("area") else _NUMBER_AFTER).match(text, end)
    if number and not followed_by_count(text, number.end()):
        return number.end(), True
    return end, numbered


def pieces_end(text: str, pos: int, building: bool = False) -> tuple[int, bool]:
    """Extend an address over the landmarks, circles, streets and buildings after it.

    Returns the end and whether a building, floor or flat was read. A landmark counts only when
    a building or a street with a number follows it, so "شارع المطار جنب المدرسة" stays a street.
    After a `building` with its number, a street without one is where it stands.
    """
    end, had_unit = pos, False
    for _ in range(MAX_PIECES):
        at = GAP.match(text, end).end()
        piece = _piece(text, at, end)
        if piece is not None:
            end, had_unit = piece[0], had_unit or piece[1]
            continue
        landmark = landmark_end(text, at)
        if landmark is not None:
            after = GAP.match(text, landmark).end()
            street = _HEAD.match(text, after)
            if UNIT.match(text, after) or (street and _street_end(text, street)):
                end = landmark
                continue
        if text[at:at + 1] in ("ب", "و") and at > end:
            at += 1  # "البيت رقم ٤٥ بشارع الأمير حسن"
        street = _HEAD.match(text, at)
        if street and at > end and not street.group("num"):
            found = _street_end(text, street)
            if found is not None and (found[1] or had_unit or building or UNIT.match(
                    text, GAP.match(text, found[0]).end())):
                end, had_unit = found[0], had_unit or found[1] or building
                continue
        break
    return end, had_unit


def _piece(text: str, at: int, end: int) -> tuple[int, bool] | None:
    """One piece at `at` (the last piece ended at `end`) and whether it is a building, a floor or
    a flat: "شقة ٥", "المعادي عمارة ٢٣", "من برج الريم", "بناية الريس", "الدوار الثالث"."""
    unit = UNIT.match(text, at)
    if unit:
        return unit.end(), True
    district = _district_end(text, at)
    if district is not None:
        return district, True
    of_building = _OF_BUILDING.match(text, end)
    if of_building and (named := named_unit_end(text, of_building.end())) is not None:
        return named, True
    named = named_unit_end(text, at)
    if named is not None:
        return named, _NAMED_BUILDING.match(text, at) is not None
    circle = _CIRCLE.match(text, at) or _NTH_STREET.match(text, at)
    return (circle.end(), False) if circle else None


def _district_end(text: str, pos: int) -> int | None:
    """"المعادي عمارة ٢٣": a district's one word with "ال", then a building, floor or flat."""
    words = words_from(text, pos, 1)
    if not words or not words[0][2].startswith("ال") or not word_ok(words[0][2]):
        return None
    unit = UNIT.match(text, GAP.match(text, words[0][1]).end())
    return unit.end() if unit else None


def landmark_end(text: str, pos: int) -> int | None:
    """End of "جنب صيدلية الشفاء" at `pos`: a landmark word, its noun and up to two name words."""
    landmark = _LANDMARK.match(text, pos)
    if landmark is None:
        return None
    end = landmark.end()
    gap = SPACE.match(text, end)
    if gap is None:
        return end
    for word_start, word_end, word in words_from(text, gap.end(), 2):
        if not LETTERS.match(word) or not _name_word_ok(word) or UNIT.match(text, word_start) or (
                _NAMED_BUILDING.match(text, word_start)):
            break  # "قرب الفرن بناية ابو علي": the building is no part of the landmark's name
        if end > landmark.end() and word[:1] == "و":
            break  # "بالقرب من مدرسة الاونروا وراح كله": "and" starts the next clause
        end = word_end
    return end


def place_before(text: str, start: int) -> int:
    """Where an address starts once the neighbourhood or landmark written before it is added."""
    window = max(0, start - BEFORE_CHARS)
    for match in _LANDMARK.finditer(text, window, start):
        landmark = landmark_end(text, match.start())
        if landmark is not None and GAP.fullmatch(text, landmark, start):
            # "مخيم البقعة قرب الجامع الكبير بلوك ٦": the camp before the landmark
            return _area_before(text, match.start())
    return _area_before(text, start)


def _area_before(text: str, start: int) -> int:
    """Where an address starts once the camp, district or neighbourhood before it is added."""
    window = max(0, start - BEFORE_CHARS)
    town = _town_before(text, start)
    if town is not None:
        return town
    honoured = before.HONOURED_PLACE_BEFORE.search(text, window, start)
    if honoured is not None and word_ok(honoured.group("name")):
        return honoured.start("place")  # "في الحاج يوسف مربع ٩": a district named after a man
    place = before.PLACE_BEFORE.search(text, window, start) or before.PLACE_JUST_BEFORE.search(
        text, window, start)
    if place is None:
        return start
    words = place.group("place").split()
    if len(words) == 2:
        last = words[1][1:] if words[1][:1] in "بل" and words[1][1:3] == "ال" else words[1]
        if last is not words[1] and word_ok(last):
            return place.end("place") - len(last)  # "حبسونا بالأشرفية، ...": after the "بـ"
    if all(word_ok(word) for word in words) or (
            len(words) == 2 and word_ok(words[1]) and normalise(words[0]) in before.TOWN_WORDS):
        return place.start("place")  # "بالكرامة، ...", "مخيم الزعتري، قطاع ٥"
    if len(words) == 2:
        last = words[1][1:] if words[1][:1] in "بل" and words[1][1:3] == "ال" else words[1]
        if last.startswith("ال") and word_ok(last):
            return place.end("place") - len(last)  # "البيت بالصويفية، عمارة ٥"
    return start


def _town_before(text: str, start: int) -> int | None:
    """Where a camp, village or neighbourhood written right before `start` begins, if one is:
    "مخيم البقعة بلوك ٣", "بباب الرمل شارع المدارس", "فريج بن عمران سكة ١٢"."""
    town = before.TOWN_JUST_BEFORE.search(text, max(0, start - BEFORE_CHARS), start)
    if town is not None and all(word_ok(word) or normalise(word) in before.BORROWED_NAME_WORDS
                                for word in town.group("place").split()[1:]):
        return town.start("place")
    return None


def named_unit_end(text: str, pos: int) -> int | None:
    """End of "بناية الحسن" (a building's name) or "حي السلام" (a neighbourhood) at `pos`."""
    head = _NAMED_UNIT.match(text, pos)
    if head is None:
        return None
    limit = 3 if head.group("word") == "حي" else 1
    if limit == 1 and _FAMILY_WORD.match(text, head.end()):
        limit = 2  # "بناية أبو خليل", "عمارة آل سعيد"
    return _arabic_words_end(text, head.end(), limit)


def _arabic_words_end(text: str, pos: int, limit: int) -> int | None:
    """End of up to `limit` Arabic name words at `pos` (a grammar word or unit ends them)."""
    end = None
    for word_start, word_end, word in words_from(text, pos, limit):
        if not LETTERS.match(word) or not _name_word_ok(word) or UNIT.match(text, word_start) or (
                _HEAD.match(text, word_start)):
            break  # a unit or the next street ends the name: "عزبة النخل شارع ٧"
        end = word_end
    return end
