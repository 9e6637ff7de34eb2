"""Vietnamese names told by what a sentence says of the person named.

- who someone is: a name after "là" when the words before it are a person ("con trai em là
  Bin", "bạn cùng phòng em là Blessing", "e la thuy", "case worker cua e la rachel"), and a
  name opening a sentence before "là" and a person ("An là con gái em");
- a call: a given name before "ơi" ("Mai ơi, nếu chị đọc được...");
- two everyday syllables opening a sentence, joined by "với", before a deed ("hung voi tam da
  tron dc");
- English words with capitals after a role are an office ("nhân viên Home Office");
- a role after a kinship word: "anh minh phiên dịch" names Minh, the interpreter, while in "2
  anh cảnh sát" (two policemen) the role itself follows the kinship word and names no one.
"""

from __future__ import annotations

from feedback_app.theming import vietnamese_places, wordlists
from feedback_app.theming.vietnamese_foreign import foreign_given_in_lower_case
from feedback_app.theming.vietnamese_mentions import PERSON_VERBS, SELF, time_word
from feedback_app.theming.vietnamese_reading import Answer
from feedback_app.theming.wordlists import plain_key

# Roles of two syllables said after a kinship word ("anh cảnh sát", "chị phiên dịch") or after a
# name ("anh Minh phiên dịch").
ROLES = frozenset((
    ("canh", "sat"), ("cong", "an"), ("bao", "ve"), ("tai", "xe"), ("lai", "xe"),
    ("phien", "dich"), ("thong", "dich"), ("luat", "su"), ("bac", "si"), ("y", "ta"),
    ("nhan", "vien"), ("quan", "ly"), ("giam", "doc"), ("dau", "bep"), ("can", "bo"),
    ("giao", "vien"), ("tinh", "nguyen"), ("quan", "doc"), ("to", "truong"), ("chu", "nha")))
# The words before "là" that make what follows it a person: kinship and address words, people
# and the one who writes ("con trai em là Bin", "em là Thủy", "case worker của e là rachel").
_PERSON_WORDS = frozenset((
    "anh", "chi", "c", "a", "em", "e", "toi", "minh", "t", "tui", "con", "chau", "ban", "chong",
    "vo", "me", "bo", "ba", "ong", "co", "chu", "bac", "di", "cau", "thang", "sep", "nho", "trai",
    "gai", "worker", "caseworker"))
# A person after "là" ("An là con gái em", "Su là thằng em họ em").
_PERSON_AFTER_LA = frozenset((
    "con", "em", "ban", "chi", "anh", "thang", "co", "chu", "bac", "me", "bo", "vo", "chong",
    "chau", "nguoi", "sep", "ba", "ong"))
# Words of two syllables whose second is a given name too (without their tone marks).
_WORDS_OF_TWO = frozenset(tuple(word.split()) for word in (
    "lao dong", "hop dong", "tieng viet", "nguoi viet", "nuoc viet", "tien luong", "tra luong",
    "hoa tang", "dam tang", "di tu", "o tu", "nha tu", "ngoi tu", "bi tu", "cong an", "binh an",
    "bao an", "hanh phuc", "hanh dong", "mua dong", "bien dong", "dong dong", "hy vong",
    "tuong lai", "an ninh", "gia dinh", "quyet dinh", "nha hang", "cua hang", "ngan hang",
    "giup do", "hoc sinh", "sinh vien", "binh thuong", "thuong luong", "luong thien",
    "thanh cong", "cong nhan", "cong ty", "ho chieu", "tu do", "tu nhan", "trai tim",
    "com viet", "mon viet", "chu viet", "hang viet", "do viet"))
MIDDLE_MARKERS = frozenset(("văn", "thị"))
# How "mình" and "tôi" are shortened in texts.
_SELF_SHORT = frozenset(("mk", "m", "tao"))
_WRITER = SELF | _SELF_SHORT
_CALLING = frozenset(("oi", "ơi"))
# Said before "ơi" or "là" these are the people themselves ("em ơi", "anh ơi", "chị là"), never
# a name.
_NOT_CALLED = frozenset((
    "anh", "chi", "em", "con", "ban", "ba", "ong", "co", "chu", "bac", "me", "bo", "troi", "oi",
    "ma", "di", "cau", "chau", "minh", "toi", "e", "a", "c"))
# Whom a believer names after "là" is no one to take out: "em là Phật tử" (a Buddhist), "người
# em tin nhất là Chúa" (the Lord), "là Trời".
_HOLY = frozenset(("phật", "chúa", "trời"))
_HOLY_FORMS = _HOLY | frozenset(plain_key(form) for form in _HOLY)
_LOOK_BACK = 4


def role_at(answer: Answer, index: int) -> bool:
    """A role of two syllables starts at `index` ("cảnh sát", "phiên dịch")."""
    return (index + 1 < len(answer) and answer.adjacent(index + 1)
            and answer.keys(index, 2) in ROLES)


def _after_la(answer: Answer, index: int) -> bool:
    return (index >= 1 and answer.adjacent(index)
            and answer.syllables[index - 1].key == "la")


def _person_before_la(answer: Answer, la: int) -> bool:
    """A person among the few words before "là", in the same clause: "con trai em là"."""
    cursor = la - 1
    while cursor >= 0 and la - cursor <= _LOOK_BACK:
        if answer.syllables[cursor].key in _PERSON_WORDS:
            return True
        if not answer.adjacent(cursor):
            return False
        cursor -= 1
    return False


def named_after_la(answer: Answer, index: int) -> bool:
    """"con trai em la Bin", "anh kia là Đen", "e la thuy": who a person is, said by name."""
    if not _after_la(answer, index) or not _person_before_la(answer, index - 1):
        return False
    syllable = answer.syllables[index]
    if (syllable.key in _NOT_CALLED or answer.acronym(index) or role_at(answer, index)
            or (syllable.form if answer.marked else syllable.key) in _HOLY_FORMS):
        return False
    if answer.capital(index):
        return not vietnamese_places.is_place_at(answer, index)
    if foreign_given_in_lower_case(answer, index):
        return True
    # in lower case, where capitals mean nothing: a given name no everyday word is spelled as
    return not answer.reliable and answer.given(index) and not answer.everyday(index)


def says_who(answer: Answer, index: int) -> bool:
    """"An là con gái em": the syllable is followed by "là" and a person."""
    la, person = index + 1, index + 2
    return (person < len(answer) and answer.adjacent(la) and answer.adjacent(person)
            and answer.syllables[la].key == "la"
            and answer.syllables[person].key in _PERSON_AFTER_LA
            and answer.syllables[index].key not in _NOT_CALLED)


def called_by_name(answer: Answer, index: int) -> bool:
    """"Mai ơi, nếu chị đọc được": a given name called, before "ơi"."""
    after = index + 1
    return (after < len(answer) and answer.adjacent(after)
            and answer.syllables[after].form in _CALLING and answer.given(index)
            and answer.syllables[index].key not in _NOT_CALLED and not answer.acronym(index))


def _english_capital(answer: Answer, index: int) -> bool:
    syllable = answer.syllables[index]
    return (syllable.capital and not syllable.marked and not answer.given(index)
            and syllable.key in wordlists.everyday("en"))


def office_word(answer: Answer, index: int) -> bool:
    """"nhân viên Home Office": English words with capitals after a role are an office, unless
    dictionaries list the first as a name first ("ông Park", "chị Blessing" stay names)."""
    return (_english_capital(answer, index) and index + 1 < len(answer)
            and answer.adjacent(index + 1) and _english_capital(answer, index + 1)
            and answer.syllables[index].key not in wordlists.names_in_dictionaries())


def did_together(answer: Answer, pair: tuple[int, int]) -> bool:
    """Two syllables joined at a sentence's start, neither a word of time, before a deed."""
    after = pair[1] + 1
    return (not any(time_word(answer, i) for i in pair) and after < len(answer)
            and answer.adjacent(after) and answer.syllables[after].key in PERSON_VERBS)


def second_half_of_a_word(answer: Answer, first: int) -> bool:
    """Whether the syllable a name was read from closes a word with the one before it:
    "lao dong" (labour), "tieng Viet" (Vietnamese), "tien luong" (wages), "di tu" (to jail)."""
    return answer.adjacent(first) and answer.keys(first - 1, 2) in _WORDS_OF_TWO


def is_marker(answer: Answer, index: int) -> bool:
    syllable = answer.syllables[index]
    return syllable.form in MIDDLE_MARKERS or (
        not answer.marked and syllable.key in ("van", "thi"))


def self_is(answer: Answer, index: int) -> bool:
    """"e la luc thi nhan", "mk la Thoa,": the writer says who she is with "là", before a family
    name with its "thị" or "văn" and a given name, or a capitalised given name ending the clause
    ("e la nan nhan" is I am a victim)."""
    if index < 2 or not answer.adjacent(index - 1) or (
            answer.syllables[index - 2].key not in _WRITER):
        return False
    middle, given = index + 1, index + 2
    if answer.family(index) and given < len(answer) and answer.adjacent(middle) and (
            answer.adjacent(given) and is_marker(answer, middle) and answer.given(given)):
        return True
    return answer.capital(index) and answer.given(index) and (
        index + 1 >= len(answer) or not answer.adjacent(index + 1))
