"""How Tigrinya speakers name people: a given name with the father's, joined "and" and "with",
titles and kinship with every possessive, names of two halves, saints' names after kinship, and
name-words ("ሰላም", "ፍቕሪ", "ሓጎስ") only where they name someone."""

from __future__ import annotations

import pytest

from feedback_app.theming import redact


def names_in(text: str) -> list[str]:
    return [text[s.start:s.end] for s in redact(text, "ti").spans if s.kind == "name"]


@pytest.mark.parametrize(("text", "expected"), [
    # a title is always followed by a name, listed or not
    ("ወ/ሮ ኣልጋነሽ ኣብ ቤት ጽሕፈት ትቕበለና", ["ኣልጋነሽ"]),
    ("ኣቶ ወልዱ ናይ ገዛ ጉዳይ ሒዙዎ ኣሎ", ["ወልዱ"]),
    # kinship with "our", "his", "her"
    ("ኣደና ሰሚራ ኣብ ኣስመራ ሓሚማ ኣላ", ["ሰሚራ"]),
    ("ሓፍቱ ሉዋም ኣብ ሊብያ ተሪፋ", ["ሉዋም"]),
    # a saint's name is a person's name after kinship
    ("ሓወይ ሚካኤል ኣብ ባሕሪ ሞይቱ", ["ሚካኤል"]),
    ("ኣደይ ማርያም ትጽበየኒ ኣላ", ["ማርያም"]),
    # a Christian name of two halves, listed or not
    ("ወልደገርጊስ ዝሓገዘና ሰብ እዩ", ["ወልደገርጊስ"]),
    ("ሃብተገርግሽ ምሳና ነይሩ ኣብ በረኻ", ["ሃብተገርግሽ"]),
    # "me and", and a list joined by "and"
    ("ኣነን ሓዲሽቲን ኣብ ሓደ ክፍሊ ኢና ንነብር", ["ሓዲሽቲ"]),
    ("ኣብ camp ሳባን ሓዲሽቲን ጥራይ ትግርኛ ይዛረቡ", ["ሳባ", "ሓዲሽቲ"]),
    # "with" before a given and a father's name that are words too
    ("ምስ ተስፋ ሰላም ኢና ካብ ሱዳን መጺእና", ["ተስፋ ሰላም"]),
    # name-words where they name someone
    ("ናይ ሰላም ወዲ ሕማም ኣለዎ", ["ሰላም"]),
    ("ብፍቕሪ ኣቢለ እየ ናብዚ መጺአ", ["ፍቕሪ"]),
    ("ሓጎስ ናይ ገዛ ሓላፊ እዩ ኩሉ ይፈልጥ", ["ሓጎስ"]),
    ("ምሕረት ብዙሕ ሰላም ትብለኩም ካብ ሮማ", ["ምሕረት"]),
    # names that are called so
    ("ወዲ ዓሊ ይብልዎ ነይሮም ሓላዊ እዩ", ["ዓሊ"]),
    ("ሽመይ ዘርኣብሩክ እዩ", ["ዘርኣብሩክ"]),
    # one name written either way
    ("ኣማኒኤል ምሳይ ኣብ ሆስፒታል ነይሩ", ["ኣማኒኤል"]),
    ("ጎይቶም ገንዘብና ወሲዱ", ["ጎይቶም"]),
])
def test_a_tigrinya_name_is_replaced(text, expected):
    assert names_in(text) == expected


@pytest.mark.parametrize("text", [
    "ንዓና ከም ሰብ ኣይሰምዑናን",
    # name-words as words
    "ብሰላም ኣቲና ኢና ኣምላኽ ይመስገን",
    "ናይ ተስፋ ቃል ጥራይ ሂቦምና",
    "ሓጎስ የብልናን ኣብዚ camp",
    "ፍቕሪ ዘይብሉ ቦታ እዩ",
    "ሰላም ንኹልኹም፡ ሓደ ሓተታ ኣለኒ",
    "ምሕረት ግበሩልና ቆልዑ ይጠምዩ",
    # a church, and words joined by "and" with no one among them
    "ኣብ ቅድስቲ ማርያም ጸሊና",
    "ቅዱስ ሚካኤል ቤተ ክርስቲያን ምግቢ ሂቡና",
    "ክዳውንትን ምግብን ሂቦምና",
    "ዓረብን እንግሊዝን ጥራይ ይዛረቡ",
    "ካሳ ክኸፍሉና ኣለዎም ኢሉ ጠበቓ",
])
def test_ordinary_tigrinya_words_stay(text):
    assert redact(text, "ti").text == text


def test_a_joined_and_stays_outside_each_name_of_a_list():
    text = "ኣነን ሓዲሽቲን ሳባን ንመጽእ"
    assert redact(text, "ti").text == "ኣነን [name]ን [name]ን ንመጽእ"


def test_a_name_inside_a_towns_name_is_the_town():
    # "ኣበባ" is a woman's name; in "ኣዲስ ኣበባ" it is the capital
    assert redact("ኣብ ኣዲስ ኣበባ ሓደ ዓመት ጸኒሐ", "ti").text == "ኣብ [place] ሓደ ዓመት ጸኒሐ"
