"""Tigrinya answers: a name-word is a name only where it names someone, Latin-letter names beside
Ge'ez script are taken out, and papers, towns and streets are read for what they are."""

from __future__ import annotations

import pytest

from feedback_app.theming import redact


@pytest.mark.parametrize(("text", "name"), [
    ("ሓፍተይ ሕድሪ ኣብ ካምፕ ተጸበየትኒ", "ሕድሪ"),
    ("ደላሎ ዊሊያም ገንዘብና ወሲዱ ጠፊኡ", "ዊሊያም"),
    ("ንጠበቓይ Van Dijk ደዊለ ኣይረኸብክዎን", "Van Dijk"),
    ("ምስ ሓወይ Yonas ኣብ ቤት ጽሕፈት ከይደ", "Yonas"),
    ("በጃኹም ንhanna ንገርዋ ሎሚ ክመጽእ ኣይክእልን", "hanna"),
    ("ምሕረት ዝበሃላ ሰበይቲ እያ ሓጊዛትና", "ምሕረት"),
])
def test_a_person_named_in_a_tigrinya_answer_is_taken_out(text, name):
    result = redact(text, "ti")
    assert name not in result.text and "[name]" in result.text, result.text


@pytest.mark.parametrize("text", [
    "ሽሙ ብሓቂ ኣይፈልጦን ግን ሓላዊ ነይሩ",
    "እቶም ሓለውቲ ምሕረት ዝበሃል ኣይፈልጡን ነይሮም",
    "ኣብቲ ካምፕ ሰላም ዝበሃል የለን",
    "ዝዓበየት ትምኒተይ ደቀይ ብሰላም ክመጹኒ እዩ",
    "ሓወይ ብተስፋ ይጽበ ኣሎ",
])
def test_a_name_word_that_names_no_one_stays(text):
    assert redact(text, "ti").text == text


@pytest.mark.parametrize("text", [
    "ናይ BAMF Aktenzeichen ክሳብ ሕጂ ኣይመጸንን",
    "ጽባሕ ናብ Deutschkurs ክኸይድ እየ",
    "ሓላፊ Jobcenter ኣይሰምዓናን",
])
def test_a_german_paper_or_office_in_latin_letters_is_no_name(text):
    assert "[name]" not in redact(text, "ti").text


@pytest.mark.parametrize(("text", "place"), [
    ("i told them about Kufra ግን ኣይጸሓፍዎን", "Kufra"),
    ("kab libya nab lampedusa bjelba metsina", "lampedusa"),
    ("ኣብ ሳብራታ ዝነበረ መኽዘን ሕማቕ እዩ", "ሳብራታ"),
    ("ሕጂ ኣብ ቶሮንቶ እያ ትነብር", "ቶሮንቶ"),
])
def test_a_town_of_the_route_is_a_place_and_not_a_name(text, place):
    result = redact(text, "ti")
    assert place not in result.text and "[place]" in result.text and "[name]" not in \
        result.text, result.text


@pytest.mark.parametrize(("text", "street"), [
    ("ኣብ Via dei Volsci 38, 00185 Roma ዘሎ ማእከል ደቂሰ", "Via dei Volsci 38, 00185 Roma"),
    ("ገዛና ኣብ Levinsky St 42 ነይሩ", "Levinsky St 42"),
    ("ኣድራሻ ስድራይ ጎደና 171-3 ቁጽሪ ገዛ 14 እዩ", "ጎደና 171-3 ቁጽሪ ገዛ 14"),
])
def test_a_street_address_is_taken_out_whole(text, street):
    result = redact(text, "ti")
    assert street not in result.text and "[address]" in result.text, result.text
    assert all(piece not in result.text for piece in street.split() if piece[0].isdigit())


@pytest.mark.parametrize("text", [
    "ኣብ ጎደና 2 ለይቲ ደቂሰ",
    "ኣብ Via Roma ሓደ ሰዓት ተጸቢና",
    "ኣውቶቡስ 171 ወሲደ ናብ ቤት ጽሕፈት ከይደ",
])
def test_nights_on_the_street_and_a_bus_number_stay(text):
    assert "[address]" not in redact(text, "ti").text


def test_a_street_word_far_from_any_number_stays_and_the_numbered_street_goes():
    # Its time is measured by tests/bench/redaction_runs.py, not here.
    gap = " " * 50_000
    text = "ኣብ Via dei" + gap + "ጎደና 171-3" + gap + "ዝበሃል"
    assert redact(text, "ti").text == "ኣብ Via dei" + gap + "[address]" + gap + "ዝበሃል"
