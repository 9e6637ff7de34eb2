"""Dates of birth, street addresses and places written in a Tigrinya answer are replaced; ages,
counts, bus numbers and years said in passing stay."""

from __future__ import annotations

import pytest

from feedback_app.theming import redact


def found(text: str, kind: str) -> list[str]:
    return [text[s.start:s.end] for s in redact(text, "ti").spans if s.kind == kind]


@pytest.mark.parametrize(("text", "expected"), [
    ("ዕለት ልደተይ 3 ጥቅምቲ 1998 እዩ ግን ኣብ ካርድ ጌጋ ኣሎ", ["3 ጥቅምቲ 1998"]),
    ("ዝተወለድኩሉ ዓመት 2001 እዩ፡ ዕድመይ ግን ኣይኣምኑን", ["2001"]),
    ("ብ1994 ተወሊደ ኣብ ከረን", ["1994"]),
    ("ዕለት ልደት ጓለይ 15 ነሓሰ 2019", ["15 ነሓሰ 2019"]),
    ("የትውልድ ቀን 7 መጋቢት 1990 ነው", ["7 መጋቢት 1990"]),
])
def test_a_date_of_birth_is_replaced(text, expected):
    assert found(text, "date") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("ኣደይ ኣብ ጎደና ሓርነት ቁጽሪ ገዛ 112 እያ ትነብር", ["ጎደና ሓርነት ቁጽሪ ገዛ 112"]),
    ("ኣብ ጎደና ቢንቶ 33 ዝነበረ ገዛ ተሰጒግና", ["ጎደና ቢንቶ 33"]),
    ("ቁጽሪ ገዛ 9 እዩ ደብዳበ ናብኡ ልኣኹ", ["ቁጽሪ ገዛ 9"]),
    ("ሓድሽ ገዛ ኣብ Molenstraat 21, 5611 AB Eindhoven ሂቦምና", ["Molenstraat 21, 5611 AB Eindhoven"]),
    ("ኣብ Storgatan 4, lgh 1201 ኣለና", ["Storgatan 4, lgh 1201"]),
])
def test_a_street_address_is_replaced(text, expected):
    assert found(text, "address") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("ካብ ኤርትራ ብሱዳን ናብ ሊብያ ከይድና", ["ኤርትራ", "ሱዳን", "ሊብያ"]),
    ("ኣብ ባኒ ዋሊድ ን6 ወርሒ ተታሒዝና", ["ባኒ ዋሊድ"]),
    ("ሕጂ ኣብ ስቶክሆልም ኣለኹ", ["ስቶክሆልም"]),
])
def test_a_place_is_replaced(text, expected):
    assert found(text, "place") == expected


@pytest.mark.parametrize("text", [
    "ዕድመይ 17 እዩ ግን ምስ ዓበይቲ ኣደቂሶምኒ",
    "ካብ 2019 ጀሚረ ወረቐት ይጽበ ኣለኹ",
    "ኣብ ጎደና 3 ለይቲ ደቂስና",
    "ኣውቶቡስ 12 ናብ ሆስፒታል ኣይበጽሕን",
    "ኣብ ክፍሊ 4 ሸሞንተ ሰባት ኢና",
    "ካብ ጥሪ ክሳብ ሰነ ተጸቢና",
    "ዓረብን እንግሊዝን ጥራይ ትዛረብ",
    "400 ዩሮ ኣብ ወርሒ ንኸፍል",
])
def test_ordinary_numbers_and_words_stay(text):
    assert redact(text, "ti").text == text


@pytest.mark.parametrize(("text", "date"), [
    ("ዕለት ልደተይ ፲፭ ጥቅምቲ ፲፱፻፹፰ ዓ.ም እዩ", "፲፭ ጥቅምቲ ፲፱፻፹፰"),
    ("ኣነ ብ፲፱፻፺፩ ተወሊደ፡ ኣብ ካርድ ግን ካልእ ጽሒፎም", "፲፱፻፺፩"),
    ("ብ፳፫ ሓምለ ፳፻፪ እያ ተወሊዳ", "፳፫ ሓምለ ፳፻፪"),
    ("ብግንቦት 1998 እየ ተወሊደ", "ብግንቦት 1998"),
])
def test_a_date_of_birth_in_geez_numerals_or_after_a_joined_in_is_taken_out(text, date):
    assert ("date", date) in [(s.kind, text[s.start:s.end]) for s in redact(text, "ti").spans]


@pytest.mark.parametrize("text", ["ኣብ ፲፪ ሰዓት ንግሆ መጺኦም", "፫ ዓመት ኣብ ሊብያ ጸኒሐ"])
def test_geez_numerals_that_are_no_birth_stay(text):
    assert [s for s in redact(text, "ti").spans if s.kind == "date"] == []
