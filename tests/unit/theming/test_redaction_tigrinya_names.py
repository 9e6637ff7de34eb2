"""Names written in Ge'ez script are replaced; Tigrinya words that are also names are kept
where they name no one."""

from __future__ import annotations

import pytest

from feedback_app.theming import redact
from feedback_app.theming.geez.names import find_geez_names
from feedback_app.theming.geez.script import normalise


def names_in(text: str) -> list[str]:
    return [text[s.start:s.end] for s in redact(text, "ti").spans if s.kind == "name"]


@pytest.mark.parametrize(("text", "expected"), [
    ("ተርጓሚት ሉዋም ኩሉ ግዜ ብግዜ ትመጽእ", ["ሉዋም"]),
    ("ሓኪም ዳንኤል ብዓቕሊ ሰሚዑኒ", ["ዳንኤል"]),
    ("ንፊዮሪ ሓቲትኩዋ ኣይመለሰትን", ["ፊዮሪ"]),
    ("ካብ ኣብርሃም ደብዳበ መጺኡኒ", ["ኣብርሃም"]),
    ("ኣነን ሰናይትን ኣብ ሓደ ክፍሊ ኢና", ["ሰናይት"]),
    ("ሓላፊ ገብረሂወት ተኽለ ኣይሰምዓናን", ["ገብረሂወት ተኽለ"]),
    ("ሓፍተይ ኣስቴር ገብረሚካኤል ኣብ ሱዳን ተሪፋ", ["ኣስቴር ገብረሚካኤል"]),
    ("ስመይ ናሆም እዩ", ["ናሆም"]),
    ("ስማ ሰላማዊት ሃብተ እያ ናይ ስራሕ ብጻየይ", ["ሰላማዊት ሃብተ"]),
    ("መሓመድ ዓሊ ዝበሃል ሰብ ገንዘብ ወሲዱና", ["መሓመድ ዓሊ"]),
    ("ኣቡ ዑመር ዝበሃል ደላላይ ሃሪሙና", ["ኣቡ ዑመር"]),
    ("ማርኮ ዝብልዎ ሓላፊ ኣብ camp ይጭርሕ", ["ማርኮ"]),
    ("ሓወይ በረከት ኣብ ሊብያ ተታሒዙ", ["በረከት"]),
    ("ወደይ ፍጹም ትምህርቲ ጀሚሩ", ["ፍጹም"]),
    ("ገነት ሓፍተይ ኣብ ሆስፒታል ኣላ", ["ገነት"]),
    ("ሰላም ተስፋ፡ እቲ ወረቐት በጺሑኒ", ["ተስፋ"]),
    ("የቐንየለይ ምሕረት ብዙሕ ሓጊዝክኒ", ["ምሕረት"]),
    ("ኣብ ክፍሊ ቋንቋ ኣዜብ፡ ሓና ከምኡ'ውን ደስታ ነይሮም", ["ኣዜብ", "ሓና", "ደስታ"]),
    # the same name in Amharic spelling
    ("ወ/ሮ ሐና አማኑኤል ረድታኛለች", ["ሐና አማኑኤል"]),
    ("ገብረ መድህን ዝበሃል ሰብ ይፈልጠኒ", ["ገብረ መድህን"]),
    # the father's name joins the span, the word after it ("by lorry") does not
    ("ኣሮን ሃይለ ብሎሪ ሰጊሩ", ["ኣሮን ሃይለ"]),
    # a name in Latin letters after a Tigrinya word of thanks
    ("ኣምላኽ ይሃብኪ maria", ["maria"]),
])
def test_a_name_in_geez_script_is_replaced(text, expected):
    assert names_in(text) == expected


@pytest.mark.parametrize("text", [
    "ተስፋ ቆሪጸ ኣለኹ ውሳኔ ኣይመጸን",
    "ሰላም የብልናን ኣብዚ camp",
    "ሰላም ንኹልኹም፡ ጽቡቕ መዓልቲ",
    "ኣብ መዕቆቢ ብርሃን የለን ፍሪጅ ኣይሰርሕን",
    "ፍቕሪ ዘለዎም ሰባት እዮም ዝሰርሑ",
    "ትዕግስቲ ኣለዎም ቀስ ኢሎም ይገልጹልና",
    "ምሕረት የብሎምን ብለይቲ የባርሩና",
    "ጸጋ ኣምላኽ እዩ ብህይወት ምህላወይ",
    "ኪዳነ ምሕረት ትሓልወኩም",
    "ዓወት ንኹሎም ሰደተኛታት",
    "ካሳ ክኸፍሉና ኣለዎም ኢሉ ጠበቓ",
    "ንዓና ከም ሰብ ኣይርእዩናን",
    "ስመይ ኣይትጥቀሱ በጃኹም",
])
def test_ordinary_tigrinya_words_stay(text):
    assert redact(text, "ti").text == text


def test_a_joined_prefix_and_and_stay_outside_the_name():
    text = "ንሚኪኤል ንገሮ፡ ኣነን ዳዊትን ንመጽእ"
    assert names_in(text) == ["ሚኪኤል", "ዳዊት"]
    assert redact(text, "ti").text == "ን[name] ንገሮ፡ ኣነን [name]ን ንመጽእ"


def test_a_text_without_geez_letters_is_not_read():
    assert list(find_geez_names("Selam and Tesfay helped me")) == []


def test_the_compared_form_keeps_every_offset():
    text = "ሐጎስ ፀጋ ፍቕሪ አማኑኤል ዓወት"
    assert len(normalise(text)) == len(text)
    assert normalise("ሐጎስ") == normalise("ሓጎስ") == normalise("ሃጎስ")
