"""Vietnamese person names: who a syllable names is said by the words around it.

The Latin name rules read everyday Vietnamese syllables ("lan", "mai", "an", "thu", "nam") as
given names and would turn a complaint into markers, so answers in Vietnamese are read here:

- a family name ("Nguyễn", "Trần", "Lê") starting a name of two to four syllables: in Title
  Case, with a middle name "Văn" or "Thị" ("tran van hung"), or before two given names;
- a given name after the kinship or address word people put before it, which stays outside
  the span ("chị Mai", "anh Nam", "cô Mai Anh", "sếp Tanaka", "c Huong" as typed);
- a name after "tên là", "tên tôi là", "gọi là", "e tên";
- a given name written with a capital in the middle of a sentence ("nhất là Thuy"), and
  names listed with one of these ("Thảo và Linh", "hung voi tuan").

A syllable that is an everyday word as well ("ngày mai", "mùa thu", "an toàn", "lần sau")
needs the stronger context; places ("Ba Lan", "Hà Lan") are read in `vietnamese_places`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from feedback_app.theming import vietnamese_places
from feedback_app.theming.spans import Span
from feedback_app.theming.vietnamese_foreign import foreign_given_in_lower_case, foreign_names
from feedback_app.theming.vietnamese_mentions import (
    PERSON_VERBS,
    joined,
    listed_with_self,
    repeated,
    starts_as_doer,
    time_word,
)
from feedback_app.theming.vietnamese_people import (
    MIDDLE_MARKERS,
    called_by_name,
    did_together,
    is_marker,
    named_after_la,
    office_word,
    role_at,
    says_who,
    second_half_of_a_word,
    self_is,
)
from feedback_app.theming.vietnamese_reading import Answer

MAX_NAME_SYLLABLES = 4
# English titles in a Vietnamese answer ("tên là Mr Lee") stay outside the name, as kinship
# words do.
_TITLES = frozenset(("mr", "mrs", "ms", "miss", "dr", "frau", "herr"))
# Kinship and address words: a given name follows them. In an answer typed with tone marks these
# forms are sure ("chị" is no "chỉ"); typed without marks, "chi" is "chị" or "chỉ" (only), "co"
# "cô" or "có" (have), so a name after them must not be an everyday word.
_KIN_SURE = frozenset((
    "chị", "cô", "chú", "bác", "bà", "ông", "thằng", "dì", "cậu", "mợ", "thím", "dượng", "sơ",
    "thầy", "sếp", "bé", "cháu", "anh", "nhỏ", "mụ", "lão", "gã", "ả"))
_KIN_BARE = frozenset((
    "chi", "co", "chu", "bac", "ba", "ong", "thang", "di", "cau", "mo", "thim", "duong",
    "thay", "sep", "be", "chau", "anh", "em", "e", "a", "c", "con", "ban", "nho", "mu", "lao",
    *_TITLES))
_KIN_BARE_SURE = frozenset(("anh", "sep", "thim", *_TITLES))
# Typed without marks, most of these are first of all another word: "e", "em" are "I" ("e dang
# o ben nay"), "co" is "có" (have: "co tien"), "di" "đi" (go), "mo" "mở" (open), "thang"
# "tháng" (month), "thay" "thấy" (see), "lao" "lao động" (labour), "mu" "mũ" (a hat): after them
# a name must be no everyday word. "chi", "bac", "ong" are more often the person ("chi thu phien
# dich").
_PRONOUN_KIN = frozenset(("em", "e", "a", "c", "con", "ban", "co", "ba", "di", "mo", "thang",
                          "be", "chau", "duong", "cau", "chu", "nho", "thay", "lao", "mu"))
_KIN_TWO = frozenset((
    ("luat", "su"), ("bac", "si"), ("co", "giao"), ("thay", "giao"), ("phien", "dich"),
    ("y", "ta"), ("chi", "gai"), ("em", "gai"), ("em", "trai"), ("anh", "trai")))
# Roles a name follows ("quản lý Sato", "thuyền trưởng Somchai", "bà chủ Lin"): read as a
# kinship word that is often something else, so a name after them must be no everyday word.
_ROLES_TWO = frozenset((
    ("quan", "ly"), ("thuyen", "truong"), ("giam", "doc"), ("ba", "chu"), ("ong", "chu"),
    ("co", "chu"), ("chu", "nha"), ("truong", "phong"), ("can", "bo"), ("nhan", "vien"),
    ("to", "truong"), ("quan", "doc")))
# A kinship word as the end of another word: "hồ sơ" is a file, not a nun ("sơ").
_KIN_ENDING_A_WORD = frozenset((("ho", "so"), ("ong", "ba"), ("cha", "me")))
# Children are named by the order they were born ("chú Ba", "chị Bảy", "cô Út"): numbers as
# words, names only with a capital after a kinship word.
_BIRTH_ORDER = frozenset(("hai", "ba", "tu", "nam", "sau", "bay", "tam", "chin", "muoi", "ut"))
# Said to someone: "c hoa oi", "chị Mai ơi".
_CALLING = frozenset(("oi", "ơi", "à"))
_SPEAKING = frozenset(("noi", "bao", "ke", "hoi", "dan", "hua", "khuyen", "mang", "quat", "chui"))
# Before "phù hộ" (bless) is Buddha, God or Heaven ("nhờ Phật phù hộ"), not a person.
_BLESS = ("phu", "ho")
# Words that follow a kinship word as words, never as a name ("chị ấy", "anh em", "ông chủ",
# "chỉ bảo", "có an"): read on bare letters.
_AFTER_KIN_WORDS = frozenset((
    "ay", "ta", "oi", "em", "chi", "anh", "trai", "gai", "ho", "re", "dau", "ca", "ut", "nuoi",
    "ruot", "ngoai", "noi", "giao", "chu", "bao", "con", "cung", "la", "co", "ba", "ong", "an",
    "minh", "nay", "kia", "do", "ban", "hai", "nam", "thi", "van", "toan", "nhan", "dung",
    "hoa", "lam", "mai", "sang", "tam", "quan", "cong", "phong", "thanh", "trung", "dan", "be"))
# After these a capitalised given name is a language, a people, a weekday or a body ("tiếng
# Việt", "người Hoa", "thứ Năm", "hội Chữ thập đỏ"), not a person.
_NOT_PERSON_BEFORE = frozenset((
    "tieng", "nguoi", "thu", "chu", "nuoc", "hoi", "ngay", "thang", "dan", "toc", "mon", "bang",
    "duong", "pho", "xa", "huyen", "tinh", "phuong", "quan", "thon", "xom", "ap", "chua",
    "goc"))
# Before a capitalised word that is a country as well as a name ("nhờ Đức chỉ đường"): a person.
_PERSON_VERB_BEFORE = frozenset(("nho", "on", "gap", "hoi", "goi", "voi", "cung", "la"))
# Typed without marks, these are first of all words after a kinship word: "anh trong duong day"
# is a brother in the ring, not Trọng; "trọng" with its marks, or "Trong", stays a name.
_BARE_FUNCTION_WORDS = frozenset(("trong", "tu", "ve", "den", "cho", "sau", "truoc", "khi"))
_INTRO_OPENERS = frozenset(("ten", "goi"))
# Everyday syllables after a kinship word that are names when the person is called or speaks
# ("c hoa oi", "chị Mai nói"); the other words after kinship words stay words ("chị ấy nói").
_SPOKEN_TO = frozenset(("hoa", "mai", "tam", "thanh", "trung", "phong", "quan", "lam", "sang"))
_SELF = frozenset(("toi", "em", "e", "minh", "con", "chau", "t"))


def _kin_before(answer: Answer, index: int) -> str | None:
    """"sure" or "weak" when a kinship word stands right before `index`, else None."""
    if index < 1 or not answer.adjacent(index):
        return None
    if index >= 2 and answer.adjacent(index - 1):
        pair = answer.keys(index - 2, 2)
        if pair in _KIN_TWO:
            return "sure"
        if pair in _ROLES_TWO:
            return "pronoun"
        if pair in _KIN_ENDING_A_WORD:
            return None
    before = answer.syllables[index - 1]
    if answer.capital(index - 1) and before.key not in _TITLES:
        return None  # "tiếng Anh kiên nhẫn": "Anh" mid-sentence is England or a name
    if answer.marked and before.form in _KIN_SURE:
        return "sure"
    if before.marked or (len(before.word) == 1 and before.capital and answer.reliable):
        return None  # "chủ nhật" is Sunday; "người A Rap" an Arab
    if before.key in _KIN_BARE:
        if before.key in _KIN_BARE_SURE:
            return "sure"
        return "pronoun" if before.key in _PRONOUN_KIN else "weak"
    return None


def _called_or_speaking(answer: Answer, index: int, strength: str) -> bool:
    """"c hoa oi", "c tiên nói": called by name, or saying something, right after. An everyday
    word after a word that is often no kinship word ("di phong van" is go to an interview)
    needs the call."""
    after = index + 1
    if after >= len(answer) or not answer.adjacent(after):
        return False
    if answer.syllables[after].form in _CALLING:
        return True
    word = answer.syllables[index].key in _AFTER_KIN_WORDS
    verbs = _SPEAKING if word else PERSON_VERBS
    return answer.syllables[after].key in verbs and not (word and strength == "pronoun")


def _after_kin(answer: Answer, index: int, strength: str) -> bool:
    syllable = answer.syllables[index]
    if answer.acronym(index) or role_at(answer, index):
        return False  # "2 anh cảnh sát": the kinship word goes with a role
    if foreign_given_in_lower_case(answer, index) or (
            answer.given(index) and not answer.capital(index) and role_at(answer, index + 1)):
        return True  # "luat su sarah", "anh minh phien dich"
    if answer.capital(index) and syllable.key in _BIRTH_ORDER:
        return True
    if (syllable.key not in _AFTER_KIN_WORDS or syllable.key in _SPOKEN_TO) and answer.given(
            index) and _called_or_speaking(answer, index, strength) and not answer.capital(index):
        return True
    if answer.capital(index):
        return not (syllable.key in _AFTER_KIN_WORDS and answer.everyday(index)
                    and not answer.given(index)) and not office_word(answer, index)
    if syllable.key in _AFTER_KIN_WORDS or not answer.given(index) or (
            not answer.marked and syllable.key in _BARE_FUNCTION_WORDS):
        return False
    if answer.reliable:
        # a lower-case syllable where capitals mean something: a name if no word is so spelled
        return strength == "sure" and not answer.everyday(index)
    if strength == "pronoun":
        return not answer.everyday(index)
    return strength == "sure" or not answer.everyday(index) or not answer.marked


def _intro_before(answer: Answer, index: int) -> bool:
    """"tên là", "tên tôi là", "gọi là", "e tên" right before `index`."""
    if index < 1 or not answer.adjacent(index):
        return False
    before = answer.syllables[index - 1].key
    if before == "ten":
        # "e tên Trinh"; "bà chủ tên Lin", "tên Somchai": a name with a capital after "tên"
        return answer.capital(index) or foreign_given_in_lower_case(answer, index) or (
            index >= 2 and answer.syllables[index - 2].key in _SELF and answer.adjacent(index - 1))
    if before != "la":
        return False
    if self_is(answer, index):
        return True
    cursor = index - 2
    while cursor >= 0 and cursor >= index - 5 and answer.adjacent(cursor + 1):
        if answer.syllables[cursor].key in _INTRO_OPENERS:
            return True
        cursor -= 1
    return False


def _kin_word_before_name(answer: Answer, index: int) -> bool:
    """A kinship word after "là", with a name after it ("là anh Béo")."""
    after = index + 1
    return (answer.syllables[index].key in _KIN_BARE and after < len(answer)
            and answer.adjacent(after) and _kin_before(answer, after) is not None
            and _after_kin(answer, after, _kin_before(answer, after) or "weak"))


def _name_part(answer: Answer, index: int) -> bool:
    return answer.given(index) or answer.family(index)


def _extent(answer: Answer, first: int, title_case: bool) -> int:
    """The last syllable of the name starting at `first`."""
    last = first
    cursor = first + 1
    while (cursor < len(answer) and cursor - first < MAX_NAME_SYLLABLES
           and answer.adjacent(cursor)):
        syllable = answer.syllables[cursor]
        if title_case:
            # "luật sư David Clarke": a capitalised word runs on a name
            if (not syllable.capital or answer.acronym(cursor)
                    or not (_name_part(answer, cursor) or not answer.everyday(cursor))):
                break
        elif not _name_part(answer, cursor) or (
                answer.everyday(cursor) and not _after_marker(answer, cursor)
                and not _marker_before_name(answer, cursor)):
            break
        last = cursor
        cursor += 1
    return last


def _marker_before_name(answer: Answer, index: int) -> bool:
    """"văn", "thị" inside a name, before its given name ("tran van hung")."""
    return (is_marker(answer, index) and index + 1 < len(answer) and answer.adjacent(index + 1)
            and answer.given(index + 1))


def _after_marker(answer: Answer, index: int) -> bool:
    before = answer.syllables[index - 1]
    return before.form in MIDDLE_MARKERS or (not before.marked and before.key in ("van", "thi"))


def _family_name(answer: Answer, index: int) -> int | None:
    """The last syllable of a full name starting with a family name at `index`."""
    if not answer.family(index) or index + 1 >= len(answer) or not answer.adjacent(index + 1):
        return None
    first, second = answer.syllables[index], answer.syllables[index + 1]
    if not _name_part(answer, index + 1) or vietnamese_places.is_place_at(answer, index):
        return None
    if index and answer.syllables[index - 1].key in _NOT_PERSON_BEFORE:
        return None  # "đường Lê Lợi": a street
    if (answer.reliable or not answer.marked) and first.capital and second.capital and not (
            answer.acronym(index) or answer.acronym(index + 1)):
        last = _extent(answer, index, title_case=True)
        return last if answer.reliable or last > index + 1 else None
    if first.capital != second.capital and answer.reliable:
        return None
    # "tran van hung", "le thi thuy"; "do van phong" (because the office) is no one
    if _marker_before_name(answer, index + 1) and (
            answer.marked or not answer.everyday(index) or not answer.everyday(index + 2)):
        return _extent(answer, index, title_case=False)
    if not answer.everyday(index) and index + 2 < len(answer) and answer.adjacent(
            index + 2) and answer.given(index + 1) and answer.given(index + 2):
        return _extent(answer, index, title_case=False)  # "tran minh khoa"
    return None


def _capitalised_name(answer: Answer, index: int) -> bool:
    """"nhất là Thuy", "nhờ Đức": a given name with a capital mid-sentence."""
    if not answer.capital(index) or not answer.given(index):
        return False
    before = answer.syllables[index - 1].key
    if before in _NOT_PERSON_BEFORE or vietnamese_places.is_place_at(answer, index):
        return before in _PERSON_VERB_BEFORE
    return True


def _listed_with(answer: Answer, index: int) -> bool:
    syllable = answer.syllables[index]
    if not answer.given(index) or syllable.key in _AFTER_KIN_WORDS or answer.acronym(index):
        return False
    if answer.reliable:
        return syllable.capital
    if time_word(answer, index):
        return False  # "cam on chi lan, thu nay e di hoc": this autumn
    return not answer.everyday(index) or not answer.marked


def _people_at_start(answer: Answer, index: int) -> int | None:
    """"hung voi tuan van con ket trong trai": two given names joined at a sentence's start."""
    if not answer.starts_sentence(index) or not answer.given(index):
        return None
    other = joined(answer, index, 1)
    if other is None or not answer.given(other):
        return None
    pair = (index, other)
    if any(answer.syllables[i].key in _AFTER_KIN_WORDS for i in pair) and not did_together(
            answer, pair):
        return None
    if answer.reliable:
        return other if all(answer.syllables[i].capital for i in pair) else None
    if all(answer.everyday(i) for i in pair):
        # "hung voi tam da tron dc": everyday syllables, but before what the two did
        return other if did_together(answer, pair) else None
    return other


def _blessing(answer: Answer, index: int) -> bool:
    """"Phật phù hộ", "nhờ trời phù hộ": who blesses is no one named."""
    return (index + 2 < len(answer) and answer.adjacent(index + 1)
            and answer.keys(index + 1, 2) == _BLESS)


def _starts(answer: Answer, index: int) -> int | None:
    """The last syllable of a name starting at `index`, or None."""
    if answer.syllables[index].key in _TITLES or _blessing(answer, index):
        return None
    family = _family_name(answer, index)
    if family is not None:
        return family
    title_case = answer.syllables[index].capital and answer.reliable
    strength = _kin_before(answer, index)
    if strength and _after_kin(answer, index, strength):
        return _extent(answer, index, title_case)
    if _intro_before(answer, index) and (_name_part(answer, index) or answer.capital(index)
                                          or foreign_given_in_lower_case(answer, index)):
        if _kin_word_before_name(answer, index):
            return None  # "gọi ông trùm là anh Béo": the name is read after "anh"
        return _extent(answer, index, title_case)
    if named_after_la(answer, index) or called_by_name(answer, index):
        return _extent(answer, index, title_case)
    if _capitalised_name(answer, index):
        return _extent(answer, index, title_case=True)
    if starts_as_doer(answer, index, says_who(answer, index)):
        return index
    return None


def _read_in_order(answer: Answer) -> dict[int, int]:
    """Names read syllable by syllable, first to last: {first syllable: last syllable}."""
    found: dict[int, int] = {}
    index = 0
    while index < len(answer):
        last = _starts(answer, index)
        if last is not None:
            found[index] = last
            index = last + 1
            continue
        other = _people_at_start(answer, index)
        if other is not None:
            found[index] = index
            found[other] = _extent(answer, other, answer.reliable)
            index = found[other] + 1
            continue
        index += 1
    return found


def _add(found: dict[int, int], taken: set[int], more: dict[int, int]) -> None:
    """Add the names of `more` that overlap none found; `taken` holds the syllables found."""
    for first, last in more.items():
        if taken.isdisjoint(range(first, last + 1)):
            found[first] = last
            taken.update(range(first, last + 1))


def find_vietnamese_names(text: str) -> Iterator[Span]:
    """Yield the person names of an answer in Vietnamese; kinship words stay outside."""
    answer = Answer(text)
    found = _read_in_order(answer)
    taken = {i for first, last in found.items() for i in range(first, last + 1)}
    _add(found, taken, listed_with_self(answer))
    _add(found, taken, foreign_names(answer))
    for first, last in sorted(found.items()):
        for step, edge in ((1, last), (-1, first)):
            cursor = joined(answer, edge, step)
            while cursor is not None and cursor not in taken and _listed_with(answer, cursor):
                _add(found, taken, {cursor: cursor})
                cursor = joined(answer, cursor, step)
    _add(found, taken, repeated(answer, found))
    for first, last in sorted(found.items()):
        if not second_half_of_a_word(answer, first):
            end = _HYPHENED.match(text, answer.syllables[last].end)
            yield Span("name", answer.syllables[first].start, end.end() if end else
                       answer.syllables[last].end)


# A name from abroad written syllable by syllable, as Vietnamese spells one ("Xa-ra", "Hê-len",
# "Ăng-ghê-la"): the syllables after the first go on its span; a Japanese or Korean honorific
# ("Sato-san", "Kim-ssi") stays outside, as a title does.
_HYPHENED = re.compile(r"(?!-(?:san|sama|kun|chan|sensei|ssi|nim)(?![\w-]))"
                       r"(?:-[^\W\d_]{1,6}){1,4}(?![\w-])", re.IGNORECASE)
