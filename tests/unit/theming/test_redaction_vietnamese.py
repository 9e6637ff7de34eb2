"""Vietnamese answers: names after kinship words, full names from their family name, names after
"tên là", typed with or without tone marks; everyday syllables that are names too stay words
("ngày mai", "mùa thu", "an toàn"). Places, addresses, dates of birth and ID numbers as
Vietnamese people write them."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from feedback_app.theming import redact, wordlists


def found(text: str, kind: str) -> list[str]:
    return [text[s.start:s.end] for s in redact(text, "vi").spans if s.kind == kind]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a given name after a kinship or address word, which stays outside
        ("cảm ơn chị Hằng đã đi cùng em lên tòa án", ["Hằng"]),
        ("anh Tuấn ở văn phòng luật giúp em làm hồ sơ xin tị nạn", ["Tuấn"]),
        ("cô Thu dạy tiếng Anh kiên nhẫn lắm", ["Thu"]),
        ("bác Sơn lái xe đưa bọn em đi khám", ["Sơn"]),
        ("thằng Tí cầm hộ chiếu của cả nhóm", ["Tí"]),
        ("em gái Ngọc Anh của em vẫn ở nhà với bà", ["Ngọc Anh"]),
        ("luật sư Sarah Jones nói hồ sơ của em đã gửi đi rồi", ["Sarah Jones"]),
        # typed without tone marks, as on a cheap phone
        ("chi lan o van phong hay goi hoi tham e", ["lan"]),
        ("cam on co Loan da cho e mượn dien thoai", ["Loan"]),
        ("ong Hai chu xuong bat e lam dem", ["Hai"]),
        ("c Nhung oi e bi mat the roi", ["Nhung"]),
        ("A Khanh bao e cu cho them vai ngay", ["Khanh"]),
        ("CAM ON CHI HUYEN O NHA TAM", ["HUYEN"]),
        ("e cam on anh tuan nhieu lam", ["tuan"]),
        ("toi la nguyen van long, toi bi lua sang day nam 2016", ["nguyen van long"]),
        # a full name from its family name
        ("Nguyễn Văn Tùng ở phòng bên cạnh bị sốt mấy ngày rồi", ["Nguyễn Văn Tùng"]),
        ("ban cung phong cua e la le thi thuy, ban ay tot lam", ["le thi thuy"]),
        ("Bạn em là Hoàng Minh Tuấn cũng bị lừa sang đây", ["Hoàng Minh Tuấn"]),
        # after "tên là", "gọi là", "e tên"
        ("tên em là Vy, em 19 tuổi", ["Vy"]),
        ("moi nguoi goi e la Bống", ["Bống"]),
        ("e ten Trinh, e can nguoi phien dich", ["Trinh"]),
        ("người quản lý tên là Mr Lee, ông ấy nói tiếng Việt", ["Lee"]),
        # a given name with a capital mid-sentence, and names listed with it
        ("người giúp em nhiều nhất là Quỳnh", ["Quỳnh"]),
        ("e voi Hiếu và Toàn trốn ra được lúc nửa đêm", ["Hiếu", "Toàn"]),
        ("chị Hạnh, chị Dung và em ở chung phòng", ["Hạnh", "Dung"]),
    ],
)
def test_vietnamese_names_are_taken_out(text: str, names: list[str]) -> None:
    # Given an answer in Vietnamese naming someone
    # When it is redacted
    # Then each name is taken out, and the kinship word before it stays
    assert found(text, "name") == names


@pytest.mark.parametrize(
    "text",
    [
        "ngày mai em phải đi gặp luật sư",
        "ngay mai e phai di lam som",
        "mùa thu ở đây lạnh quá, em không có áo ấm",
        "mua thu lanh qua",
        "bây giờ em thấy an toàn rồi, cảm ơn mọi người",
        "e thay an toan hon khi o nha tam",
        "lần sau cho em người phiên dịch nói chậm hơn",
        "lan sau e muon co nguoi noi tieng Viet",
        "mỗi năm em chỉ được về thăm nhà một lần",
        "hoa ở vườn đẹp lắm, sáng nào em cũng tưới",
        "e chi muon co viec lam on dinh",
        "chị ấy bảo em chờ thêm hai tuần nữa",
        "anh em trong nhà đối xử tốt với nhau",
        "em học tiếng Anh ở lớp thứ Năm",
        "lớp học thứ Ba vui lắm",
        "chủ nhật em được nghỉ một ngày",
        "người Hoa với người Việt ở chung nhà",
        "e dang o ben nay, khi nao co giay to e bao",
        "hai chị em cười suốt buổi",
        "e co hoa hong de tang co giao",
        "cô giáo dạy dễ hiểu lắm",
        "em hạnh phúc vì được đi học lại",
        "tiền trợ cấp 40 bảng một tuần không đủ",
        "em đi xe buýt số 25 mỗi sáng",
        "phòng 12 tầng 3 nóng quá",
        "năm 2019 em sang đây, năm nay em 24 tuổi",
        "Cảm ơn Hội Chữ thập đỏ và IOM",
        "e k co tien mua thuoc",
        "e di lam ca dem, sang ve ngu",
        "mo tai khoan ngan hang kho qua",
        "thang sau e duoc chuyen nha",
        "toi bi lua, bi danh, bi giu giay to",
    ],
)
def test_everyday_vietnamese_words_stay(text: str) -> None:
    # Given an answer whose syllables are names elsewhere but words here
    # When it is redacted
    # Then nothing is taken out
    assert redact(text, "vi").spans == ()


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # children named by the order they were born, after a kinship word
        ("chú Ba lái xe chở bọn em từ bến xe lên xưởng", ["Ba"]),
        ("chị Bảy bán hàng ở chợ cho em ăn nhờ mấy hôm", ["Bảy"]),
        ("cô Út hay gọi điện hỏi thăm em", ["Út"]),
        # called by name, or saying something, right after the kinship word
        ("chi hoa oi, e nho chi lam", ["hoa"]),
        ("c tiên nói em đừng sợ, cứ kể hết ra", ["tiên"]),
        # after a role, and after "tên" with a capital
        ("quản lý Sato-san hay quát bọn em bằng tiếng Nhật", ["Sato"]),
        ("bà chủ tên Lin giữ hết lương của em", ["Lin"]),
        ("thuyền trưởng tên Somchai giữ giấy tờ của cả nhóm", ["Somchai"]),
        # listed with the one who writes
        ("hom do hoa, thu voi e bi nhot chung", ["hoa", "thu"]),
        ("Lan, Hoa và em trốn ra lúc 2 giờ sáng", ["Lan", "Hoa"]),
        ("chi hanh, chi dung va e o chung phong", ["hanh", "dung"]),
        # a sentence opened by who did something
        ("Phúc ko bao giờ nghe máy, em gọi mãi", ["Phúc"]),
        ("Tuấn bảo em chờ ở cổng sau", ["Tuấn"]),
        # a name said again, before what the person did
        ("thao, ngoc, vy va e ngu chung 1 phong, vy bi danh nhieu nhat", [
            "thao", "ngoc", "vy", "vy"]),
        ("hom do hoa, thu voi e bi nhot chung, thu bao e dung khoc", ["hoa", "thu", "thu"]),
        # English order, as written on papers here
        ("người giúp em nhiều là Lan Nguyen ở hội từ thiện", ["Lan Nguyen"]),
        # a name running on into "nhưng" (but), typed without marks
        ("e goi cho chi trang nhung chi ko nghe may", ["trang"]),
    ],
)
def test_vietnamese_names_are_read_from_what_is_said_around_them(
        text: str, names: list[str]) -> None:
    # Given an answer naming someone by a birth order, a call, a role, a list or a deed
    # When it is redacted
    # Then each name is taken out, and the words around it stay
    assert found(text, "name") == names


@pytest.mark.parametrize(
    "text",
    [
        "hai chị em cười suốt buổi",
        "thứ Ba em đi học tiếng Anh",
        "ba mẹ em ở quê vẫn chưa biết",
        "chị ấy nói em phải chờ thêm",
        "co tien gui ve nha khong",
        "e di phong van o bo noi vu ma e so qua",
        "tên đó đánh em mấy lần",
        "quản lý hoá đơn là việc của chị ấy",
        "mùa thu và em",
        "Mai em đi làm sớm",
        "Tuần sau em đi khám",
        "Bình thường em đi làm ca sáng",
        "Hoa ở vườn đẹp lắm",
        "An toàn là trên hết",
        "e dc Phat phu ho nen moi song sot",
        "nhờ trời phù hộ em mới thoát được",
        "mã hồ sơ Home Office của em còn chưa có",
    ],
)
def test_vietnamese_words_near_those_cues_stay(text: str) -> None:
    # Given an answer whose words stand where a name could, but are words here
    # When it is redacted
    # Then nothing is taken out
    assert redact(text, "vi").spans == ()


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("John Smith ở hội giúp em làm giấy tờ", ["John Smith"]),
        ("luật sư của em là Emma Brown, chị ấy rất tốt", ["Emma Brown"]),
        ("em gặp Emma ở hội hai lần rồi", ["Emma"]),
        ("cô Mary Jones bên Hope House giúp em tìm chỗ ở", ["Mary Jones"]),
        ("em đi Job Centre để hỏi Universal Credit", []),
        ("Red Cross giúp em tìm lại gia đình", []),
        ("giấy tờ bên Home Office ghi sai ngày", []),
        ("em ở London 3 năm rồi", []),
    ],
)
def test_names_from_other_languages_are_taken_out_and_offices_stay(
        text: str, names: list[str]) -> None:
    # Given an answer naming a caseworker or lawyer in their own spelling, or an office
    # When it is redacted
    # Then the person's name is taken out, and the office's name stays
    assert found(text, "name") == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("chi mai noi ngay mai se goi lai", ["mai"]),
        ("cam on chi lan, mai e se goi lai", ["lan"]),
        ("cam on anh tuan, thu nay e di hoc", ["tuan"]),
        ("hom nay e an com voi chi lan, lan sau e se moi chi", ["lan"]),
        ("chị Thu dạy em, mùa thu năm ấy em mới sang", ["Thu"]),
    ],
)
def test_a_name_said_once_leaves_the_same_word_as_a_word(text: str, names: list[str]) -> None:
    # Given a name that is also a word of time, said as a word later in the answer
    # When it is redacted
    # Then only the name is taken out
    assert found(text, "name") == names


@pytest.mark.parametrize(
    ("text", "place"),
    [("năm 2016 em đi Nga làm may", "Nga"),
     ("c tiên nói giọng Huế, em nghe mãi mới quen", "Huế")],
)
def test_a_country_or_town_after_going_or_an_accent_is_a_place(text: str, place: str) -> None:
    # Given "đi" (go) or "giọng" (accent) before a country or town that is a name too
    # When it is redacted
    # Then it is a place, not a person
    assert found(text, "place") == [place]
    assert place not in found(text, "name")


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("em bị bán sang Trung Quốc năm 16 tuổi", ["Trung Quốc"]),
        ("que e o ha tinh, nha ngheo lam", ["ha tinh"]),
        ("bọn nó đưa em qua Nga rồi sang Ba Lan", ["Nga", "Ba Lan"]),
        ("e lam o Dai Bac 2 nam", ["Dai Bac"]),
        ("toi bi lua sang anh nam 2016", ["anh"]),
    ],
)
def test_vietnamese_places_are_taken_out(text: str, places: list[str]) -> None:
    # Given an answer naming where someone was taken
    # When it is redacted
    # Then the place is taken out, and not read as a person
    assert found(text, "place") == places
    assert found(text, "name") == []


def test_england_in_english_lessons_stays() -> None:
    # Given "tiếng Anh" (English), where "Anh" is also England and a given name
    text = "em muốn học tiếng Anh để đi làm"
    # When it is redacted
    # Then nothing is taken out
    assert redact(text, "vi").spans == ()


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("nha e o xom 3 xa Quynh Luu huyen Quynh Luu", "xom 3 xa Quynh Luu huyen Quynh Luu"),
        ("công ty ở số 12 đường Trần Phú, phường 4, quận 5 lừa em",
         "số 12 đường Trần Phú, phường 4, quận 5"),
        ("me e o thon 5 xa ky anh", "thon 5 xa ky anh"),
        # a lane, then the street it opens on, named without "đường"
        ("bon no nhot e o so 8 ngo 112 Hoang Hoa Tham, phuong Ngoc Ha 1 tuan",
         "so 8 ngo 112 Hoang Hoa Tham, phuong Ngoc Ha"),
        ("công ty ở số 3 ngõ 41 Thái Hà, quận Đống Đa", "số 3 ngõ 41 Thái Hà, quận Đống Đa"),
        # in lower case a street of three syllables ends the address
        ("toi o hem 3 tran hung dao, quan 1", "hem 3 tran hung dao, quan 1"),
        ("so 12 duong le loi o gan cho", "so 12 duong le loi"),
    ],
)
def test_vietnamese_addresses_are_taken_out(text: str, address: str) -> None:
    assert found(text, "address") == [address]


def test_a_room_number_said_in_passing_is_no_address() -> None:
    text = "e o phong so 6 tang 2 nha tam"
    assert found(text, "address") == []


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("em sinh năm 1999, quê ở Nghệ An", "1999"),
        ("e sinh ngay 12 thang 7 nam 2000", "ngay 12 thang 7 nam 2000"),
        ("ns 03/04/1997", "03/04/1997"),
    ],
)
def test_vietnamese_dates_of_birth_are_taken_out(text: str, date: str) -> None:
    assert found(text, "date") == [date]


@pytest.mark.parametrize(
    "text",
    ["năm 2018 em bị lừa sang đây", "em đến đây được 2 năm rồi", "ngày 5 tháng 3 em xin tị nạn"],
)
def test_other_years_and_days_stay(text: str) -> None:
    assert found(text, "date") == []


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("e chi nho so can cuoc 001 198 004 321 thoi", "001 198 004 321"),
        ("số CMND của em là 186543210", "186543210"),
    ],
)
def test_vietnamese_id_numbers_are_not_read_as_phones(text: str, number: str) -> None:
    assert found(text, "number") == [number]
    assert found(text, "phone") == []


@pytest.mark.parametrize(
    "name",
    ["vietnamese_given_names", "vietnamese_family_names", "vietnamese_words",
     "vietnamese_places"],
)
def test_vietnamese_lists_are_written_as_read_and_documented(name: str) -> None:
    # Syllables are matched on their lower-case, composed (NFC) form, tone marks and all
    readme = (wordlists.DATA_DIR / "README").read_text(encoding="utf-8")
    entries = wordlists.word_set(name)
    assert len(entries) > 50
    assert all(entry == unicodedata.normalize("NFC", entry.casefold()) for entry in entries)
    assert f"{name}.txt" in readme


def test_vietnamese_rules_read_only_answers_in_vietnamese() -> None:
    # Given Vietnamese words for a date of birth and an address
    text = "sinh nam 1999, o xom 4 xa Yen Thanh"
    # When the answer is in Vietnamese, they are read; in English, those rules stay out of it
    assert [s.kind for s in redact(text, "vi").spans] == ["date", "address"]
    assert [s.kind for s in redact(text, "en").spans if s.kind in ("date", "address")] == []


_VIETNAMESE_PIECES = st.sampled_from([
    "chị ", "chi ", "Anh ", "em ", "e ", "tên là ", "ten la ", "Nguyễn ", "tran ", "van ", "Thị ",
    "Mai", "thu", "an toàn", "xom ", "xã ", "số ", "duong ", "phuong ", "sinh ", "năm ", "ngày ",
    "tháng ", "CCCD ", "căn cước ", "ở ", "sang ", "Trung Quốc", "Ba Lan", "và ", "với ", ", ",
    ".", "\n", "7", "2001", "038 198 002 467", "\u200b", "Đ", "ơ", "\u0301", "ABC123", "  "])
_VIETNAMESE_TEXT = st.lists(_VIETNAMESE_PIECES, max_size=40).map("".join) | st.text(max_size=200)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=_VIETNAMESE_TEXT)
def test_redact_of_any_vietnamese_answer_never_raises(text: str) -> None:
    # Given any text read as Vietnamese, pieces of names, addresses and dates mixed at random
    # When it is redacted
    result = redact(text, "vi")
    # Then it gives spans in order, inside the text, never overlapping
    cursor = 0
    for span in result.spans:
        assert cursor <= span.start < span.end <= len(text)
        cursor = span.end


@pytest.mark.parametrize(("text", "date"), [
    ("con gái em sinh mùng 3 tháng Giêng năm 2011, giờ không biết ở đâu",
     "mùng 3 tháng Giêng năm 2011"),
    ("e sinh thang 11 nam 2004 ma ho ghi la 2000", "thang 11 nam 2004"),
    ("me noi e sinh nam 97, tuoi Suu", "97"),
])
def test_a_vietnamese_date_of_birth_with_mung_a_lunar_month_or_two_digits(text, date):
    assert ("date", date) in [(s.kind, text[s.start:s.end]) for s in redact(text, "vi").spans]


@pytest.mark.parametrize("text", ["chị ấy sinh 2 đứa con ở bên đó", "e muon sinh nam nay"])
def test_sinh_without_a_date_keeps_its_words(text):
    assert [s for s in redact(text, "vi").spans if s.kind == "date"] == []


@pytest.mark.parametrize(("text", "expected"), [
    ("em cảm ơn cô Ca-rô-lin đã giúp em làm giấy tờ", ["Ca-rô-lin"]),
    ("chị Mác-ga-rét ở Jobcenter nói tuần sau đi phỏng vấn", ["Mác-ga-rét"]),
])
def test_a_name_from_abroad_spelled_syllable_by_syllable_is_one_name(text, expected):
    assert [text[s.start:s.end] for s in redact(text, "vi").spans if s.kind == "name"] == expected
