"""Vietnamese answers: names told by what the sentence says of the person (who someone is, a
call, a role, a deed done together), foreign given names typed in lower case, and the places
and addresses that close or carry an answer abroad; the everyday words near those cues stay."""

from __future__ import annotations

import pytest

from feedback_app.theming import redact


def found(text: str, kind: str) -> list[str]:
    return [text[s.start:s.end] for s in redact(text, "vi").spans if s.kind == kind]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # who someone is, said after "là"
        ("con trai em la Bin nam nay 4 tuoi, no can di nha tre", ["Bin"]),
        ("bạn cùng phòng em là Blessing, chị ấy tốt với em lắm", ["Blessing"]),
        ("ho goi em la Bông, anh kia la Đen", ["Bông", "Đen"]),
        ("e la thuy o cung lang voi chi", ["thuy"]),
        ("case worker cua e la rachel, c ay rat tot", ["rachel"]),
        ("An là con gái em, năm nay 6 tuổi", ["An"]),
        # a call
        ("Mai oi, neu c doc dc tin nay thi goi e nhe", ["Mai"]),
        # foreign given names in lower case after a kinship word, a role or "tên"
        ("ngay mai e co hen vs luat su sarah luc 10h", ["sarah"]),
        ("e nho c helen va a james o shelter lam", ["helen", "james"]),
        ("ng moi ten david ko hieu e noi j", ["david"]),
        # a role after the name, and the words of contempt for a boss
        ("e cam on anh minh phien dich, a dich rat ky", ["minh"]),
        ("mụ hạnh là bà chủ tiệm nail, mụ trừ lương em hết", ["hạnh"]),
        ("lao cuong bat e trong cay trong nha kho", ["cuong"]),
        ("frau Schneider o jugendamt giup e nhieu lam", ["Schneider"]),
        # two names, or a name and the writer, opening a sentence before what they did
        ("hung voi tam da tron dc, con e thi ko", ["hung", "tam"]),
        ("Hạnh với em trốn ra được lúc nửa đêm", ["Hạnh"]),
        # a nickname after "gọi em là"; a kinship word after "là" stays outside the name
        ("trong tiem nail ai cung goi e la be", ["be"]),
        ("bọn nó gọi ông trùm là anh Béo, em không biết tên thật", ["Béo"]),
        # a given name that is a word too, before a surname
        ("social worker Claire Dubois dan em di gap avocat", ["Claire Dubois"]),
    ],
)
def test_vietnamese_names_are_read_from_who_the_sentence_says_they_are(
        text: str, names: list[str]) -> None:
    # Given an answer naming someone by who they are, a call, a role or a deed
    # When it is redacted
    # Then each name is taken out, and the words around it stay
    assert found(text, "name") == names


@pytest.mark.parametrize(
    "text",
    [
        "tuần trước có 2 anh cảnh sát đến hỏi, mấy anh này nói nhẹ nhàng",
        "anh bảo vệ không cho em vào, chị phiên dịch nói nhanh quá",
        "chi y ta rat tot, anh tai xe cho e ve",
        "em thich trong hoa o vuon, lam em thay binh yen hon",
        "lao dong o xuong rat kho",
        "dan anh trong duong day ai cung so",
        "nhân viên Home Office hỏi em nhiều quá",
        "bà chủ người gốc Hoa, nói tiếng Quảng với khách",
        "em ơi, anh ơi, trời ơi, mẹ ơi",
        "anh ấy là bạn em, mẹ em là nông dân",
        "e la nguoi viet nam, toi la nan nhan",
        "em là Phật tử, người em tin nhất là Chúa",
        "Mai với em đi chợ",
        "anh kia la nguoi tot",
    ],
)
def test_words_near_who_someone_is_stay(text: str) -> None:
    # Given an answer whose roles, calls and "là" name no one
    # When it is redacted
    # Then no name is taken out
    assert found(text, "name") == []


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("mụ là bà chủ tiệm nail ở manchester", ["manchester"]),
        ("no cho bon e tu calais qua bang xe tai", ["calais"]),
        ("Thảo với em cùng làng ở Quỳnh Lưu", ["Quỳnh Lưu"]),
        ("chỉ biết hắn hay ở Luân Đôn", ["Luân Đôn"]),
        ("anh Nhật bị gãy tay mà công ty bắt về VN", ["VN"]),
        ("nha e o thon 5, xa dien kim, huyen dien chau, nghe an", ["nghe an"]),
        ("nhà em ở 18 ngõ 42 đường Trần Phú, phường Hà Huy Tập, Vinh, gửi về đó", ["Vinh"]),
        ("e la thuy o cung lang cam xuyen day", ["cam xuyen"]),
    ],
)
def test_places_abroad_in_lower_case_and_closing_an_address(
        text: str, places: list[str]) -> None:
    # Given a town abroad typed in lower case, or a town or province closing an address
    # When it is redacted
    # Then it is a place, not a person
    assert found(text, "place") == places
    assert not set(places) & set(found(text, "name"))


def test_a_japanese_address_in_latin_letters_is_an_address() -> None:
    # Given an intern's dormitory in Japan, block numbers first, then the quarter and the ward
    text = "ky tuc xa cu o 2-14-7 Kamata, Ota-ku, tokyo, cong ty khoa cua"
    # When it is redacted
    # Then the address is one span, the city is a place, and the ward is no name
    assert found(text, "address") == ["2-14-7 Kamata, Ota-ku"]
    assert found(text, "place") == ["tokyo"]
    assert found(text, "name") == []


def test_a_phone_in_three_groups_is_no_japanese_address() -> None:
    text = "so cua e 090-1234-5678 Minh biet"
    assert found(text, "address") == []
