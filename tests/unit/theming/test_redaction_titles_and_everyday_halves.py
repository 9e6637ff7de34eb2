"""Names after the host country's titles in Tigrinya answers (in Ge'ez and Latin letters), an
Eritrean father's name typed in lower case, and the everyday words that had been read as names
or IDs: Moroccan and Levantine words typed in Latin letters in an Arabic answer ("dyal", "kont",
"9a9ira"), and the second half of a Vietnamese word ("lao dong", "tiếng Việt")."""

from __future__ import annotations

import pytest

from feedback_app.theming import redact


def details(text: str, language: str) -> list[tuple[str, str]]:
    return [(s.kind, text[s.start:s.end]) for s in redact(text, language).spans]


def names(text: str, language: str) -> list[str]:
    return [word for kind, word in details(text, language) if kind == "name"]


@pytest.mark.parametrize(("text", "expected"), [
    ("ሚስ ሃርትሊ ኣብ ክፍሊ ቋንቋ ብጣዕሚ ትሕግዘና", ["ሃርትሊ"]),
    ("ሚስተር ዊልያምስ ቆጸራ ኣይሃበንን", ["ዊልያምስ"]),
    ("ሲስተር ፍራንቸስካ ምግቢ ኣምጺኣትልና", ["ፍራንቸስካ"]),
    ("ane tesfit gebrehiwet eye, kab asmara", ["tesfit gebrehiwet"]),
    ("lawyer-ey mr dunmore kulu gize ayblelan", ["dunmore"]),
    ("abti heim herr kessler ayhagezenan, tsbuq aykonen", ["kessler"]),
])
def test_names_after_titles_and_fathers_names_in_tigrinya_are_taken_out(text, expected):
    assert names(text, "ti") == expected


@pytest.mark.parametrize("text", [
    "ሲስተር እያ ኣብ ሆስፒታል ትሰርሕ",
    "ሚስ ኣብ ቤት ትምህርቲ ኣላ",
    "ezi doctor kem sebay eyu, mr ab office aleku",
])
def test_a_title_with_no_name_after_it_takes_nothing(text):
    assert names(text, "ti") == []


@pytest.mark.parametrize("text", [
    "lkhedma dyal lmalja2 mzyana bzaf, walakin lmakla dyalhom bared",
    "kont sghira bezzaf mlli jabouni l dubai",
    "ana lissa bestanna el ra2i, 3ashan ma fi 7ada bye7ki ma3i",
    "ya akhwana sa3douna, el kafeel ma bye3tina flous",
    "kent 9a9ira w ma 3andi 7ad, el 7a2i2a ma 7ada sada2ni",
])
def test_arabic_typed_in_latin_letters_keeps_its_everyday_words(text):
    assert details(text, "ar") == []


def test_an_id_in_lower_case_letters_and_digits_is_still_taken_out():
    assert ("number", "zk4t7m2p") in details("raqam el iqama zk4t7m2p w ma jaddadouha", "ar")


@pytest.mark.parametrize("text", [
    "cty xuat khau lao dong hua la luong cao, sang toi moi biet bi lua",
    "ko ai noi tieng Viet o trung tam, e phai dung google dich",
    "chủ giữ tiền lương của em 6 tháng, em không có tiền gửi về nhà",
    "e bi bat di tu 2 nam trong khi e la nan nhan",
])
def test_the_second_half_of_a_vietnamese_word_is_no_name(text):
    assert names(text, "vi") == []


def test_a_vietnamese_answer_with_a_name_in_han_letters_keeps_its_vietnamese_words():
    text = "chị 王麗華 ở văn phòng nói tiếng Việt rất giỏi, chị đòi lại tiền lương cho em"
    assert names(text, "vi") == ["王麗華"]


@pytest.mark.parametrize(("text", "expected"), [
    ("e la do thi nga, e dang o nha tam lanh o leeds", ["do thi nga"]),
    ("toi la Hoa, 19 tuoi, bi dua sang Anh nam ngoai", ["Hoa"]),
])
def test_a_survivor_saying_who_she_is_with_la_names_herself(text, expected):
    assert names(text, "vi") == expected


@pytest.mark.parametrize("text", [
    "e la nan nhan ma toa ko tin e",
    "toi la nguoi Viet, toi ko biet tieng Anh",
    "ba chu nha nau com Viet cho tui e moi toi",
])
def test_who_someone_is_that_is_no_name_stays(text):
    assert names(text, "vi") == []
