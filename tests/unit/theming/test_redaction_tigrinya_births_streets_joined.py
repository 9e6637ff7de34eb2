"""Tigrinya dates of birth with the copula of any person or the month before the year, and typed
in Latin letters; roads ("ጽርግያ", "godena") and Dutch flat numbers; names joined to a saint's,
short names, and Latin-letter names with Tigrinya's prefixes and suffixes joined. What stays: years
said in passing, nights on the street, words after "my name" that say what befell it, Tigrinya
words and English verbs that name lists hold as names."""

from __future__ import annotations

import pytest

from feedback_app.theming import redact


def found(text: str, kind: str) -> list[str]:
    return [text[s.start:s.end] for s in redact(text, "ti").spans if s.kind == kind]


def kept(text: str) -> str:
    return redact(text, "ti").text


@pytest.mark.parametrize(("text", "expected"), [
    ("ብ1997 እያ ተወሊዳ ጓለይ ግን ኣብ ካርዳ 1995 ጽሒፎም", ["1997"]),
    ("ኣብ 1988 ኢየ ተወሊደ ኣብ ዓዲ ቐይሕ", ["1988"]),
    ("ኣብ ግንቦት 1996 እየ ተወሊደ ኣብ ኣስመራ", ["ግንቦት 1996"]),
    ("ዝተወለደትሉ ዓመት 2001 እዩ ግን ኣይኣመኑናን", ["2001"]),
    ("ልደታ 12 ሰነ 2003 እዩ ንእሽቶ እያ", ["12 ሰነ 2003"]),
    ("ተወሊደ ኣብ march 1998 ኣብ ባረንቱ", ["march 1998"]),
    # Tigrinya in Latin letters
    ("ane ab 1996 eye tewelidey kab asmara, hiji 28 amet iye", ["1996"]),
    ("ab ginbot 1996 iye tewelide gn ab card kalie amet alo", ["ginbot 1996"]),
    ("tewelide ab 1998, kab 2015 ab sudan neyre", ["1998"]),
    ("ztewelidkulu amet 2000 iyu, ab heim gn 18 ilom tsihfom", ["2000"]),
    ("elet ldetey 12 ginbot 1999 iyu", ["12 ginbot 1999"]),
])
def test_a_date_of_birth_is_replaced(text, expected):
    assert found(text, "date") == expected


@pytest.mark.parametrize("text", [
    "ab 2019 tewelde kab libya metsiu, hiji ab italia alo",  # Tewelde is a name, not "born"
    "ane 25 amet iye, ab 2021 kab eritrea wetsie",
    "ካብ 1998 ክሳብ 2005 ኣብ ሱዳን ነይረ",
    "ልደት ኣብ መዕቆቢ ኣብዓልና 2023",  # Christmas, not a birthday
])
def test_a_year_said_in_passing_stays(text):
    assert found(text, "date") == []


@pytest.mark.parametrize(("text", "expected"), [
    ("ስድራይ ኣብ ኣስመራ ጽርግያ 171-5 ገዛ ቁ. 12 እዮም ዝነብሩ", ["ጽርግያ 171-5 ገዛ ቁ. 12"]),
    ("ኣብ ጽርግያ ሓርነት ቁጽሪ 45 ዝነበርና ገዛ ተወሲዱ", ["ጽርግያ ሓርነት ቁጽሪ 45"]),
    ("ገዛ ቁ. 7 እዩ ደብዳቤ ናብኡ ልኣኹ", ["ገዛ ቁ. 7"]),
    ("ኣብ Berliner Straße 12, 10115 Berlin ንነብር", ["Berliner Straße 12, 10115 Berlin"]),
    ("hadish adrashey Oudegracht 41-2, 3511 AP Utrecht iyu, debdabe nab kalie geza ykedu",
     ["Oudegracht 41-2, 3511 AP Utrecht"]),
    ("sdraey ab godena harnet kutsri geza 27 iyom zneberu", ["godena harnet kutsri geza 27"]),
    ("sdraey ab asmara godena 171-3 kutsri geza 14 alewu", ["godena 171-3 kutsri geza 14"]),
])
def test_a_street_address_is_replaced(text, expected):
    assert found(text, "address") == expected


@pytest.mark.parametrize("text", [
    "ኣብ ጽርግያ 3 ሰሙን ደቂስና ሓገዝ ኣይረኸብናን",
    "ab godena 3 mealti dekisna, kab sbeta ab camp",
    "ab godena neyrna 3 werhi, kulu gize bird",
])
def test_nights_on_the_street_stay(text):
    assert found(text, "address") == []


@pytest.mark.parametrize(("text", "expected"), [
    ("ጓለይ ፍሽጽዮን 4 ዓመት ኮይንዋ ቤት ትምህርቲ ትደሊ", ["ፍሽጽዮን"]),
    ("ኣቦይ ዘሚካኤል ኣብ ዓዲ ሓሚሙ ኣሎ", ["ዘሚካኤል"]),
    ("ዮኒ ዓርከይ እዩ ምሳይ ኣብ ጃልባ ነይሩ", ["ዮኒ"]),
    ("ሓወይ ሚኪ ስልኩ ኣየልዕልን", ["ሚኪ"]),
    # Latin letters, with "to", "and" or "also" joined
    ("merhawi ab germany alo, ntesfay'wn hatetkuwo dehan diyu?", ["merhawi", "tesfay"]),
    ("ms yonasn saban ab camp neyrna, hiji ab sweden alena", ["yonas", "saba"]),
    ("nsenait nigerwa kulu dehan iyu, ane ab heim alo", ["senait"]),
])
def test_a_name_is_replaced(text, expected):
    assert found(text, "name") == expected


@pytest.mark.parametrize(("text", "words"), [
    ("ስመይ ብጌጋ ተጻሒፉ ኣብ ኮሙነ ኣይቕበሉንን", "ብጌጋ"),
    ("ስሙ ንፖሊስ ነጊረዮም ግን ዋላ ሓንቲ ኣይገበሩን", "ንፖሊስ"),
    ("WHY NOBODY SAID ANYTHING TO ME ኣነ ሰብ ኣይኮንኩን", "SAID"),
    ("ane ab geza kalie iye zeneberku, hiji ab camp alena", "geza kalie"),
    ("adey ab adi ala, hawey ab sudan alo", "ab adi ala"),
    ("sra ab construction ala ilu, kulu gize dehan", "sra ab construction"),
])
def test_words_that_name_no_one_stay(text, words):
    assert words in kept(text)
    assert found(text, "name") == []
