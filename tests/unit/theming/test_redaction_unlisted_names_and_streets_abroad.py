"""Names nobody listed in Ge'ez script, where the words around them show a person (a kinship word
or title before them, a listed given name before a family name, quotation marks before "called");
a phone with its country code stays a phone after an ID word; the offices' own numbers abroad;
streets abroad with their flat, post code and town, even joined to an Arabic "in"; dates of birth
after a joined Arabic "on" and in Vietnamese teen code; handles on the messengers of Asia and the
Gulf."""

from __future__ import annotations

import pytest

from feedback_app.theming import redact


def found(text: str, language: str, kind: str) -> list[str]:
    return [text[s.start:s.end] for s in redact(text, language).spans if s.kind == kind]


@pytest.mark.parametrize(("text", "expected"), [
    # a sister's and a mother's names nobody listed, after the kinship word
    ("ሓፍተይ ዛይዲያ ኣብ ሊብያ ተሪፋ ኣላ ሓግዙና", ["ዛይዲያ"]),
    ("ኣደይ ሮዝማሪ ኣብ ዓዲ ኣላ ተሌፎን የብላን", ["ሮዝማሪ"]),
    # an Italian lawyer's and a Swedish caseworker's family names, as Eritreans write them
    ("ጠበቓ ማርኮ ቤልትራሚ ኣብ ሮማ ብዙሕ ሓጊዙኒ", ["ማርኮ ቤልትራሚ"]),
    ("እታ caseworker ሶፍያ ሉንድግረን ሓደ ዓመት ኣጸቢያትና", ["ሶፍያ ሉንድግረን"]),
    # a nickname in quotation marks before "they call him"
    ("እቲ ደላላ ኣብ ኩፍራ \"ሻምቦ\" ይብልዎ ነይሮም", ["ሻምቦ"]),
])
def test_an_unlisted_name_where_the_words_around_show_a_person(text, expected):
    assert found(text, "ti", "name") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a verb after a kinship word or a name is what the person did, not a name
    ("ሓፍተይ ተታሒዛ ኣላ ኣብ ሊብያ", []),
    ("ኣቡ ዑመር ዝበሃል ደላላይ ሃሪሙና", ["ኣቡ ዑመር"]),
    ("ሚኪኤል ንገሮ ክድውለለይ", ["ሚኪኤል"]),
    ("ኣቦይ ብዙሕ ሓሚሙ ኣሎ", []),
    ("ሓወይ ኣብ ካርቱም እዩ ዘሎ", []),
])
def test_a_verb_or_everyday_word_after_a_cue_stays(text, expected):
    assert found(text, "ti", "name") == expected


def test_a_phone_with_its_country_code_stays_a_phone_after_an_id_word():
    text = "اخد جوازي وما رجعو، ورقمه +966 55 204 7719 اذا بدكن تشتكوا"
    assert found(text, "ar", "phone") == ["+966 55 204 7719"]
    assert found(text, "ar", "number") == []


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("الـ V-nummer تبعي 3108 226 417 بس ما حدا رد", "ar", "3108 226 417"),
    ("mi Aktenzeichen es 5502 318 441 y nadie contesta", "es", "5502 318 441"),
    ("numri i personnummer tim 4471 209 338, mos e humbni", "sq", "4471 209 338"),
])
def test_the_offices_own_numbers_abroad_are_ids(text, language, expected):
    assert found(text, language, "number") == [expected]
    assert found(text, language, "phone") == []


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("ساكنة هلق بLindenstraße 9, 3. OG, 44137 Dortmund اذا بدكن تبعتو الورق", "ar",
     "Lindenstraße 9, 3. OG, 44137 Dortmund"),
    ("ساكن بVästergatan 31 lgh 1204, 211 21 Malmö مع ولادي", "ar",
     "Västergatan 31 lgh 1204, 211 21 Malmö"),
    ("ሕጂ ኣብ Molenstraat 8-1, 2513 BH Den Haag እየ ዘለኹ", "ti", "Molenstraat 8-1, 2513 BH Den Haag"),
    ("jetoj ne Bahnhofstraße 40, 60311 Frankfurt am Main me motren", "sq",
     "Bahnhofstraße 40, 60311 Frankfurt am Main"),
])
def test_a_street_abroad_with_its_flat_post_code_and_town(text, language, expected):
    assert found(text, language, "address") == [expected]


def test_a_street_abroad_without_a_post_code_ends_at_its_number():
    assert found("I clean at Hauptstraße 17 with three others", "en", "address") == [
        "Hauptstraße 17"]


def test_a_date_of_birth_after_a_joined_arabic_on():
    text = "ولدت بحمص ب١٤ آذار ١٩٩٩ وما عندي ولا ورقة"
    assert found(text, "ar", "date") == ["١٤ آذار ١٩٩٩"]


@pytest.mark.parametrize(("text", "expected"), [
    ("e sinh 2k4, qua bên đó mới 15 tuổi", ["2k4"]),
    ("chị sinh năm 2k1 nha", ["2k1"]),
    ("năm 2k22 em mới qua Anh", []),
])
def test_a_vietnamese_date_of_birth_in_teen_code(text, expected):
    assert found(text, "vi", "date") == expected


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("chị dùng zalo thôi: zalo.me/0987221034", "vi", "zalo.me/0987221034"),
    ("ông chủ có wechat tuan_mongcai77, ai biết báo giúp", "vi", "tuan_mongcai77"),
    ("我的微信号lihua_0913你加我", "zh-Hans", "lihua_0913"),
    ("line id nok_bkk1998 有泰文的信", "zh-Hans", "nok_bkk1998"),
    ("ما عندي واتس بس ايمو، الايدي تبعي ummhadi_sd كلموني", "ar", "ummhadi_sd"),
])
def test_a_handle_on_the_messengers_of_asia_and_the_gulf(text, language, expected):
    assert expected in found(text, language, "handle")


@pytest.mark.parametrize("text", [
    "I waited in line for two hours at the office",
    "the line was 12 people long and nobody helped",
])
def test_an_everyday_line_is_no_handle(text):
    assert found(text, "en", "handle") == []


def test_a_qq_number_is_a_handle_and_a_national_insurance_number_stays_an_id():
    assert found("有事加我QQ号 20394857 就行", "zh-Hans", "handle") == ["20394857"]
    text = "the national insurance number they gave me is QQ123456A"
    assert found(text, "en", "number") == ["QQ123456A"]
    assert found(text, "en", "handle") == []


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("عنواني الجديد Wiedner Straße 31, Tür 4, 1040 Wien ابعتولي الورق هون", "ar",
     "Wiedner Straße 31, Tür 4, 1040 Wien"),
    ("ci hanno messo in Via Novara 72, secondo piano, 20153 Milano senza contratto", "ro",
     "Via Novara 72, secondo piano, 20153 Milano"),
    ("ሓድሽ ገዛይ 880 Finch Ave W, Apt 312, North York, ON M3J 2C7 እዩ", "ti",
     "880 Finch Ave W, Apt 312, North York, ON M3J 2C7"),
])
def test_a_street_keeps_its_flat_district_and_post_code_written_after_it(text, language, expected):
    assert found(text, language, "address") == [expected]


def test_a_count_after_a_street_is_no_part_of_it():
    assert found("I live at 12 Hill Street, we are 4 people", "en", "address") == [
        "12 Hill Street"]


@pytest.mark.parametrize(("text", "language"), [
    ("so cua chi Thu o Moscow la 8 926 417 30 52, ai can thi goi", "vi"),
    ("номер хозяина 8 903 118 64 27, он забрал паспорт", "ru"),
])
def test_a_russian_mobile_dialled_at_home_is_a_phone(text, language):
    assert len(found(text, language, "phone")) == 1
