"""Vietnamese places, addresses, dates of birth and ID numbers, as survivors write them.

- places: a listed country, province or town ("Trung Quốc", "Ba Lan", "nghe an"), after a word
  of place ("ở", "sang", "qua", "quê", "from") or written with capitals; a country of one
  syllable that is a word or a name too ("Anh", "Nga", "Đức", "Nhật") only after such a word;
- places abroad in lower case after such a word ("o manchester", "tu calais"), and a listed
  place closing an address ("huyen dien chau, nghe an", "phường Hà Huy Tập, Vinh");
- addresses: the units of a Vietnamese address, smallest first, each with a number or a name
  ("xóm 7 xã Diễn Hoa huyện Diễn Châu", "số 56 đường Lê Lợi, phường 7, quận Gò Vấp"), and a
  Japanese address in Latin letters, block numbers first ("2-14-7 Kamata, Ota-ku");
- dates of birth: "sinh năm 2001", "sinh ngày 5 tháng 3 năm 1998" (the cue stays outside);
- ID numbers: the digits after "căn cước", "CCCD", "CMND", "hộ chiếu", spaced or not, which
  would otherwise read as a phone number.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from feedback_app.theming import wordlists
from feedback_app.theming.spans import Span
from feedback_app.theming.vietnamese_foreign import vietnamese_shape
from feedback_app.theming.vietnamese_reading import Answer, bare_places, places
from feedback_app.theming.wordlists import plain_key

MAX_PLACE_SYLLABLES = 4
_PLACE_CUES = frozenset((
    "o", "sang", "qua", "ben", "tai", "tu", "ve", "den", "que", "nuoc", "xu", "from", "in",
    "to", "sat", "tinh", "pho", "tp", "vao", "lang"))
_ENGLISH_CUES = frozenset(("from", "in", "to"))
# Cues read on their marks only: bare "di" is "dì" (an aunt: "di Nga") as often as "đi" (go).
_MARKED_PLACE_CUES = frozenset(("đi", "giọng"))
# Countries of one syllable that, typed without marks, are first of all a word: "bi" is "bị"
# before Bỉ (Belgium), "ao" "áo" (a shirt) before Áo (Austria), "y" "ý" (an idea).
_BARE_WORDS_NOT_PLACES = frozenset(("bi", "ao", "y", "han", "sec"))
# Units of an address that carry a number ("xóm 7") or start one ("số 56").
_NUMBERED_UNITS = frozenset(("so", "xom", "thon", "ap", "to", "khu", "khom", "doi", "ngo",
                             "hem", "kiet", "ngach"))
_STREET_WORDS = frozenset(("duong", "pho"))
# Lanes ("ngõ 112", "hẻm 5", "kiệt 3") open on a street, whose name follows without "đường":
# "số 8 ngõ 112 Hoàng Hoa Thám".
_LANES = frozenset(("ngo", "hem", "kiet", "ngach"))
_ADMIN_UNITS = frozenset(("xa", "phuong", "huyen", "quan", "tinh", "tp", "thi", "thanh",
                          "duong", "pho", "thon", "xom", "ap"))
_TWO_SYLLABLE_UNITS = frozenset((("thi", "tran"), ("thi", "xa"), ("thanh", "pho")))
_TOKEN = re.compile(r"\d+[A-Za-z]?(?:/\d+)*|[^\W\d_]+")
_NUMBER = re.compile(r"\d+[A-Za-z]?(?:/\d+)*")
# A Japanese address as interns write it in Latin letters: the block numbers (chōme, banchi,
# gō), the quarter, and the ward or town after a comma ("2-14-7 Kamata, Ota-ku").
_JAPANESE_ADDRESS = re.compile(
    r"(?<![\w-])\d{1,3}-\d{1,4}-\d{1,3}(?![\w-]) ?[A-Z][a-z]{2,}"
    r"(?:, ?[A-Z][a-z]+-(?:ku|shi|cho|machi|gun))?(?![\w-])")
# What may stand between an address and the town or province that closes it.
_AFTER_ADDRESS = re.compile(r" ?, ?| ")

# "sinh mùng 8 tháng Chạp năm 2019", "sinh tháng 4 năm 2008", "sinh năm 98": the day may be
# "mùng", the month the lunar Chạp or Giêng, and a year of two digits follows "năm"; young
# people write the 2000s as "2k" ("sinh 2k3": born in 2003).
_MONTH_OF_BIRTH = r"(?:\d{1,2}|ch[aạ]p|gi[eê]ng)"
_DATE_OF_BIRTH = re.compile(
    r"(?<!\w)(?:sinh|sanh|ns|sn)(?:\s+(?:v[aà]o|h[oồ]i))?\s+"
    r"(?P<date>(?:(?:ng[aà]y|m[uù]ng|m[oồ]ng)\s+)?\d{1,2}\s*(?:th[aá]ng|/|-|\.)\s*"
    rf"{_MONTH_OF_BIRTH}(?:\s*(?:n[aă]m|/|-|\.)\s*(?:19|20)?\d\d)?"
    rf"|th[aá]ng\s+{_MONTH_OF_BIRTH}\s+n[aă]m\s+(?:19|20)?\d\d"
    r"|(?:n[aă]m\s+)?(?P<year>(?:19|20)\d\d|2k\d{0,2})|n[aă]m\s+(?P<short>\d\d))(?![\dk])",
    re.IGNORECASE)
_ID_NUMBER = re.compile(
    r"(?<!\w)(?:c[aă]n\s+c[uư][oớ]c(?:\s+c[oô]ng\s+d[aâ]n)?|cccd|cmnd|cmt|ch[uứ]ng\s+minh"
    r"(?:\s+(?:nh[aâ]n\s+d[aâ]n|th[uư]))?|h[oộ]\s+chi[eế]u|passport|đ[iị]nh\s+danh)"
    r"[^\d\n]{0,20}?(?P<number>\d(?:[ .\-]?\d){8,11})(?!\d)",
    re.IGNORECASE)


def _place_length(answer: Answer, index: int) -> int:
    """How many syllables of a listed place start at `index` (0 for none)."""
    for count in range(min(MAX_PLACE_SYLLABLES, len(answer) - index), 0, -1):
        if any(not answer.adjacent(index + i) for i in range(1, count)):
            continue
        chosen = answer.syllables[index:index + count]
        if answer.marked and any(s.marked for s in chosen):
            listed = " ".join(s.form for s in chosen) in places()
        elif count == 1 and chosen[0].key in _BARE_WORDS_NOT_PLACES:
            listed = False
        else:
            listed = " ".join(s.key for s in chosen) in bare_places()
        if listed:
            return count
    return 0


def is_place_at(answer: Answer, index: int) -> bool:
    """A listed place of two syllables or more starts here ("Hà Lan", "Quảng Bình")."""
    return _place_length(answer, index) > 1 or (
        _place_length(answer, index) == 1 and _cued(answer, index))


def _cued(answer: Answer, index: int) -> bool:
    if index <= 0:
        return False
    before = answer.syllables[index - 1]
    return before.key in _PLACE_CUES or before.form in _MARKED_PLACE_CUES


def _place_abroad(answer: Answer, index: int) -> bool:
    """"o manchester", "tu calais": a town or country of the general list, typed in lower case
    after a word of place, spelled like no Vietnamese syllable, and no everyday word as well."""
    syllable = answer.syllables[index]
    if index == 0 or answer.syllables[index - 1].key in _ENGLISH_CUES:
        return False  # "to wake up": an English sentence's words are read by their capitals
    return (_cued(answer, index) and not syllable.marked and len(syllable.word) > 3
            and syllable.key in wordlists.places() and not vietnamese_shape(syllable.key)
            and syllable.key not in wordlists.ambiguous_places())


def _address_ends(text: str) -> frozenset[int]:
    return frozenset(span.end for span in _addresses(text))


def _closes_address(answer: Answer, index: int, ends: frozenset[int]) -> bool:
    """A place right after an address ("quan Cau Giay, Ha Noi"; "xa dien hanh nghe an")."""
    if index == 0:
        return False
    end = answer.syllables[index - 1].end
    return end in ends and _AFTER_ADDRESS.fullmatch(answer.gap(index)) is not None


def find_vietnamese_places(text: str, language: str = "vi") -> Iterator[Span]:
    """Yield listed places in an answer in Vietnamese."""
    if language != "vi":
        return
    answer = Answer(text)
    ends = _address_ends(text)
    index = 0
    while index < len(answer):
        count = _place_length(answer, index)
        if count and _closes_address(answer, index, ends):
            yield Span("place", answer.syllables[index].start,
                       answer.syllables[index + count - 1].end)
            index += count
            continue
        if not count and _place_abroad(answer, index):
            yield Span("place", answer.syllables[index].start, answer.syllables[index].end)
            index += 1
            continue
        chosen = answer.syllables[index:index + count]
        capitals = all(s.capital for s in chosen) and not any(s.acronym for s in chosen)
        # "Nguyen Van Nam": a place's name inside a longer capitalised name is no place
        inside_name = answer.adjacent(index) and answer.syllables[index - 1].capital
        uncued = count > 1 and capitals and answer.reliable and not inside_name
        # "về VN": a listed place in capitals after a word of place
        written = capitals or all(s.word.isupper() for s in chosen)
        if count and (_cued(answer, index) or uncued) and (
                written or count > 1 or not answer.reliable):
            yield Span("place", chosen[0].start, chosen[-1].end)
            index += count
        else:
            index += 1


def _unit(words: list[re.Match[str]], at: int) -> int:
    """How many tokens the administrative unit word at `at` takes (0 when none)."""
    key = _key(words[at])
    if at + 1 < len(words) and (key, _key(words[at + 1])) in _TWO_SYLLABLE_UNITS:
        return 2
    return 1 if key in _ADMIN_UNITS and key not in ("thi", "thanh") else 0


def _key(match: re.Match[str]) -> str:
    return plain_key(match.group())


def _name_after(text: str, words: list[re.Match[str]], at: int, capitals: bool) -> int:
    """The index after the name or number of a unit that starts at token `at`."""
    if at < len(words) and _NUMBER.fullmatch(words[at].group()):
        return at + 1
    end = at
    while end < len(words) and end - at < 3 and _NUMBER.fullmatch(words[end].group()) is None:
        if end > at and not text[words[end - 1].end():words[end].start()].isspace():
            break
        if _unit(words, end) or (capitals and not words[end].group()[:1].isupper()):
            break
        end += 1
        if not capitals and end - at == 2:
            break  # in lower case a name of a commune or district is two syllables
    return end


def _street_after(text: str, words: list[re.Match[str]], at: int, capitals: bool) -> int:
    """The index after a street's name. In lower case a street is named by two syllables or by
    three ("tran hung dao", "le van luong") when the third ends the address: before a comma,
    the end, or the next unit ("hem 3 tran hung dao, quan 1"), not before more words."""
    end = _name_after(text, words, at, capitals)
    third = end
    if capitals or end - at != 2 or third >= len(words) or _is_number(words, third):
        return end
    if _unit(words, third) or not text[words[end - 1].end():words[third].start()].isspace():
        return end
    following = third + 1
    if following == len(words):
        return third + 1
    gap = text[words[third].end():words[following].start()]
    if gap.strip() == "," or _unit(words, following) or _NUMBER.fullmatch(words[following].group()):
        return third + 1
    return end


def _is_number(words: list[re.Match[str]], at: int) -> bool:
    return at < len(words) and _NUMBER.fullmatch(words[at].group()) is not None


def _lanes_and_street(text: str, words: list[re.Match[str]], cursor: int, capitals: bool,
                      lane: bool) -> int:
    """Past the numbered lanes after a house number, and the street a lane opens on."""
    while (cursor + 1 < len(words) and _key(words[cursor]) in _NUMBERED_UNITS
           and _is_number(words, cursor + 1)):
        lane = lane or _key(words[cursor]) in _LANES
        cursor += 2
    if cursor < len(words) and _key(words[cursor]) in _STREET_WORDS:
        return _street_after(text, words, cursor + 1, capitals)
    if lane and cursor < len(words) and not _unit(words, cursor) and not _is_number(
            words, cursor) and text[words[cursor - 1].end():words[cursor].start()].isspace():
        return _street_after(text, words, cursor, capitals)
    return cursor


def find_vietnamese_addresses(text: str, language: str = "vi") -> Iterator[Span]:
    """Yield Vietnamese addresses: a numbered unit, then the larger units it lies in."""
    if language == "vi":
        yield from _addresses(text)


@lru_cache(maxsize=4)
def _addresses(text: str) -> tuple[Span, ...]:
    """The addresses of one answer, read once for the addresses and the places that close them."""
    return (*(Span("address", match.start(), match.end())
              for match in _JAPANESE_ADDRESS.finditer(text)), *_vietnamese_addresses(text))


def _vietnamese_addresses(text: str) -> Iterator[Span]:
    words = list(_TOKEN.finditer(text))
    capitals = Answer(text).reliable
    index = 0
    while index < len(words):
        key = _key(words[index])
        head = index
        cursor = index + 1
        if key == "so" and cursor < len(words) and _NUMBER.fullmatch(words[cursor].group()):
            cursor += 1
            if cursor < len(words) and _key(words[cursor]) in _STREET_WORDS:
                cursor = _street_after(text, words, cursor + 1, capitals)
        elif key in _NUMBERED_UNITS and cursor < len(words) and _NUMBER.fullmatch(
                words[cursor].group()):
            cursor += 1
        elif _NUMBER.fullmatch(words[index].group()) and cursor < len(words) and _key(
                words[cursor]) in _STREET_WORDS:
            cursor = _street_after(text, words, cursor + 1, capitals)
        else:
            index += 1
            continue
        cursor = _lanes_and_street(text, words, cursor, capitals, key in _LANES)
        units = 0
        while cursor < len(words):
            gap = text[words[cursor - 1].end():words[cursor].start()]
            size = _unit(words, cursor)
            if not size or gap.strip() not in ("", ","):
                break
            after = _name_after(text, words, cursor + size, capitals)
            if after == cursor + size:
                break
            cursor, units = after, units + 1
        street = cursor - head > 3
        if units or street:
            yield Span("address", words[head].start(), words[cursor - 1].end())
            index = cursor
        else:
            index += 1


def find_vietnamese_dates_of_birth(text: str, language: str = "vi") -> Iterator[Span]:
    """Yield a date of birth after "sinh" ("sinh năm 2001"): other dates and years stay."""
    if language != "vi":
        return
    for match in _DATE_OF_BIRTH.finditer(text):
        group = "year" if match.group("year") else "short" if match.group("short") else "date"
        yield Span("date", match.start(group), match.end(group))


def find_vietnamese_ids(text: str, language: str = "vi") -> Iterator[Span]:
    """Yield the number after a Vietnamese ID word ("số căn cước 038 198 002 467")."""
    if language != "vi":
        return
    for match in _ID_NUMBER.finditer(text):
        yield Span("number", match.start("number"), match.end("number"))
