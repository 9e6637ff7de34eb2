"""Vietnamese names said without a kinship word before them, read from what is done around them.

People in an answer are named once with "chị" or "anh" and then by the name alone, listed with
the one who writes ("thảo, ngọc, vy và em ngủ chung một phòng"), or start a sentence as who
did something ("Phúc không bao giờ nghe máy"). Most given names are everyday syllables as well
("thu" is autumn, "mai" tomorrow), so each of these needs the words around it:

- a syllable found as a name once is that name again elsewhere in the answer, when it stands as
  a person does: not after a word of time or place ("ngày mai"), and with its capital or before
  something a person does ("thu bảo em đừng khóc", not "lan sau", next time);
- given names listed with "em", "tôi" or "mình" ("Hoa, Thu với em bị nhốt chung");
- a given name starting a sentence, before what a person does ("Phúc ko bao giờ nghe máy"),
  unless it is a word of time there ("Mai em đi làm").
"""

from __future__ import annotations

from feedback_app.theming.vietnamese_reading import Answer
from feedback_app.theming.wordlists import plain_key

# Words that join the people of a list.
LIST_WORDS = frozenset(("va", "voi", "hoac", "hay", "and", "cung"))
# The one who writes, last in a list of people ("Lan, Hoa và em").
SELF = frozenset(("e", "em", "toi", "minh", "t", "tui", "con", "chau"))
# Kinship words before the one named last in a list with the writer ("chi dung va e").
_KIN_BEFORE_ITEM = frozenset((
    "chi", "anh", "chu", "bac", "ba", "ong", "co", "c", "a", "di", "cau", "thim", "sep"))
# What a person does or says right after being named: speaking, telling, suffering, not doing.
# Read on bare letters; everyday words that are never a verb after a name.
PERSON_VERBS = frozenset((
    "noi", "bao", "ke", "hoi", "dan", "hua", "khuyen", "mang", "quat", "chui", "khoc", "cuoi",
    "nhan", "goi", "bi", "ko", "k", "khong", "hong", "chang", "chua", "cung", "van", "da",
    "dang", "vua", "moi", "luon", "hay", "giup", "dua", "don", "cho", "lai", "bat",
    "giu", "danh", "lay", "tron", "chet", "om", "met", "lo", "thi"))
# Words of time that start a sentence as often as a name does ("Mai em đi", "Tuần sau"): told
# from a name by their marks ("tuần" is a week, "Tuấn" a name), and by bare letters in an answer
# typed without them.
_TIME_FORMS = frozenset((
    "mai", "nay", "xuân", "thu", "đông", "hạ", "sáng", "trưa", "chiều", "tối", "đêm", "năm",
    "tháng", "tuần", "hôm", "lúc", "khi", "sau", "trước", "giờ", "lần", "hai", "ba", "bốn"))
_TIME_KEYS = frozenset(plain_key(form) for form in _TIME_FORMS)
# After these a syllable is a word of time, place or kind, not a person ("ngày mai", "mùa thu",
# "tiếng Anh", "hoa hồng").
_WORD_BEFORE = frozenset((
    "ngay", "mua", "sang", "chieu", "toi", "dem", "hom", "tieng", "nguoi", "thu", "nuoc", "hoi",
    "thang", "dan", "toc", "mon", "bang", "duong", "pho", "xa", "huyen", "tinh", "phuong",
    "quan", "thon", "xom", "ap", "chua", "cay", "bong", "binh", "an", "hanh", "ngan", "lam"))


def joined(answer: Answer, index: int, step: int) -> int | None:
    """The syllable joined to `index` by a comma or "và"/"với" on the side `step` (1 or -1)."""
    near = index + step
    if near < 0 or near >= len(answer):
        return None
    if answer.gap(max(index, near)).strip() == ",":
        return near
    far = index + 2 * step
    if (0 <= far < len(answer) and answer.syllables[near].key in LIST_WORDS
            and answer.adjacent(max(index, near)) and answer.adjacent(max(near, far))):
        return far
    return None


def _does_next(answer: Answer, index: int) -> bool:
    """Something a person does right after `index` ("thu bảo", "vy bị đánh")."""
    after = index + 1
    return (after < len(answer) and answer.adjacent(after)
            and answer.syllables[after].key in PERSON_VERBS)


def _word_before(answer: Answer, index: int) -> bool:
    return (index > 0 and answer.adjacent(index)
            and answer.syllables[index - 1].key in _WORD_BEFORE)


def _same_name(answer: Answer, first: int, last: int, at: int) -> bool:
    count = last - first + 1
    if at + count > len(answer) or any(not answer.adjacent(at + i) for i in range(1, count)):
        return False
    for offset in range(count):
        named, here = answer.syllables[first + offset], answer.syllables[at + offset]
        same = named.form == here.form if answer.marked else named.key == here.key
        if not same or (answer.reliable and named.capital and not here.capital):
            return False
    return True


def _stands_as_person(answer: Answer, index: int) -> bool:
    """A name said again: with its capital mid-sentence, or before what the person does ("lan
    sau" is next time, "lan bảo" Lan said)."""
    if _word_before(answer, index) or answer.acronym(index):
        return False
    return answer.capital(index) or _does_next(answer, index)


def time_word(answer: Answer, index: int) -> bool:
    syllable = answer.syllables[index]
    return syllable.form in _TIME_FORMS if answer.marked else syllable.key in _TIME_KEYS


def repeated(answer: Answer, found: dict[int, int]) -> dict[int, int]:
    """Other places in the answer where a name already found is said again."""
    again: dict[int, int] = {}
    taken = {i for first, last in found.items() for i in range(first, last + 1)}
    # where each syllable stands, so a long answer with many names is read once, not per name
    where: dict[str, list[int]] = {}
    for at, syllable in enumerate(answer.syllables):
        where.setdefault(syllable.form if answer.marked else syllable.key, []).append(at)
    names = {tuple(s.form for s in answer.syllables[first:last + 1]): (first, last)
             for first, last in found.items()}
    for first, last in names.values():
        head = answer.syllables[first]
        for at in where.get(head.form if answer.marked else head.key, ()):
            if at in taken or not _same_name(answer, first, last, at):
                continue
            end = at + last - first
            if end + 1 < len(answer) and answer.adjacent(end + 1) and answer.given(end + 1) \
                    and not answer.everyday(end + 1):
                continue  # "Mai" found, "Mai Anh" said: a longer name, read on its own
            if _stands_as_person(answer, at):
                again[at] = end
                taken.update(range(at, end + 1))
    return again


def _kin_before(answer: Answer, index: int) -> bool:
    return (index > 0 and answer.adjacent(index)
            and answer.syllables[index - 1].key in _KIN_BEFORE_ITEM)


def _list_item(answer: Answer, index: int) -> bool:
    syllable = answer.syllables[index]
    return (answer.given(index) and syllable.key not in SELF and not answer.acronym(index)
            and not _word_before(answer, index)
            and (not answer.reliable or syllable.capital))


def _opens_with_deed(answer: Answer, item: int, self_at: int) -> bool:
    """"Hạnh với em trốn ra được": a capitalised given name opening a sentence, with the writer,
    before what they did together; "Mai với em" stays tomorrow."""
    return (answer.starts_sentence(item) and answer.syllables[item].capital
            and (answer.reliable or answer.marked) and not time_word(answer, item)
            and _does_next(answer, self_at))


def listed_with_self(answer: Answer) -> dict[int, int]:
    """Given names in a list that ends with the one who writes ("Hoa, Thu với em")."""
    people: dict[int, int] = {}
    for index, syllable in enumerate(answer.syllables):
        if syllable.key not in SELF:
            continue
        items: list[int] = []
        cursor = joined(answer, index, -1)
        while cursor is not None and _list_item(answer, cursor) and len(items) < 6:
            items.append(cursor)
            cursor = joined(answer, cursor, -1)
        sure = len(items) > 1 or (items and (
            answer.capital(items[0]) or not answer.everyday(items[0])
            or _kin_before(answer, items[0]) or _opens_with_deed(answer, items[0], index)))
        if sure:
            people.update((item, item) for item in items)
    return people


def starts_as_doer(answer: Answer, index: int, who: bool = False) -> bool:
    """"Phúc ko bao giờ nghe máy": a given name starting a sentence, before what it did, or
    before who the person is when `who` says so ("An là con gái em")."""
    syllable = answer.syllables[index]
    if (not answer.starts_sentence(index) or not answer.given(index)
            or time_word(answer, index) or syllable.key in SELF
            or not (who or _does_next(answer, index))):
        return False
    if who and syllable.capital and answer.marked:
        return True  # "An là con gái em": with marks typed, "an" is no word before "là con"
    if answer.reliable or syllable.marked:
        # with its marks or its capital, an everyday syllable is told from the name
        return syllable.capital or not answer.everyday(index)
    return not answer.everyday(index)
