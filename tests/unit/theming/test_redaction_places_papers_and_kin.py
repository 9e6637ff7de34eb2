"""A town after Albanian "in" is a place, not a person, even one that is a given name too (Gent);
the German words of papers and offices and the kinship words that dictionaries list as names
are never taken alone by the name tagger, nor joined to a name; a Sudanese "بت" (daughter of)
joins a father's name; Israeli and Eritrean names in Ge'ez letters."""

from __future__ import annotations

import pytest

from feedback_app.theming import redact


def names(text: str, language: str) -> list[str]:
    return [text[s.start:s.end] for s in redact(text, language).spans if s.kind == "name"]


@pytest.mark.parametrize(("text", "expected"), [
    ("punoja ne nje lavazh ne Gent, shefi Arturi na merrte gjysmen e pages", ["Arturi"]),
    ("tani jam ne Pire me vajzen time dhe Rudina na ndihmon", ["Rudina"]),
    ("erdha nga Maqedonia e Veriut me autobus", []),
    ("mora nje mesazh nga Drita dje ne mbremje", ["Drita"]),
    ("jetoj me Gentin dhe femijet", ["Gentin"]),
])
def test_a_town_after_albanian_in_is_no_person(text, expected):
    assert names(text, "sq") == expected


@pytest.mark.parametrize(("text", "language"), [
    ("ne Jobcenter me thane duhet Anmeldung e re para se te paguajne", "sq"),
    ("they sent me a Duldung again and the Ausländerbehörde never answers", "en"),
    ("chị nhân viên bảo em phải có Meldebescheinigung trước", "vi"),
])
def test_german_words_of_papers_are_never_names(text, language):
    assert names(text, language) == []


def test_a_kinship_word_is_not_joined_to_the_name_beside_it():
    assert names("mon mari jean-luc travaille la nuit, moi le jour", "fr") == ["jean-luc"]


@pytest.mark.parametrize(("text", "expected"), [
    ("انا هدى بت الطيب من الفاشر وعندي ولدين", ["هدى بت الطيب"]),
    ("ana jina men Kenya ma3 agent ismo Kiprop", ["Kiprop"]),
])
def test_sudanese_lineage_and_arabic_typed_in_latin_letters(text, expected):
    assert names(text, "ar") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("ኣብ ቴል ኣቪቭ ሓላፊ ሽሎሞ ደሞዘይ ኣይከፈለንን", ["ሽሎሞ"]),
    ("ኣነ ቢንያም ኣስፍሃ ብ1996 ተወሊደ", ["ቢንያም ኣስፍሃ"]),
    ("ሰበይተይ ሓረገወይኒ ተወልደብርሃን ምስ ቆልዑ ኣብ ካምፓላ ኣላ", ["ሓረገወይኒ ተወልደብርሃን"]),
])
def test_eritrean_and_israeli_names_in_geez_letters(text, expected):
    assert names(text, "ti") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("ولد خالتي ناصر بن عاشور هو اللي باعني", ["ناصر بن عاشور"]),
    ("المحامية كاترين فوغلزانغ وقفت معي", ["كاترين فوغلزانغ"]),
    ("ana esmi rowena macaraeg w el agent 5ad kol el flous", ["rowena macaraeg"]),
    ("esmi samira ya3ni, w ana men 7oms", ["samira"]),
])
def test_a_family_name_nobody_listed_joins_the_given_name(text, expected):
    assert names(text, "ar") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("kont khadma 3and wa7d l3a2ila f jeddah", []),
    ("shukran kteer la Ana el volontaire, kenet t7otli akl", ["Ana"]),
    ("bade 2ol shukran la kil el staff", []),
])
def test_arabizi_words_with_digits_and_a_capitalised_name_after_thanks(text, expected):
    assert names(text, "ar") == expected and [
        s for s in redact(text, "ar").spans if s.kind == "number"] == []


@pytest.mark.parametrize(("text", "expected"), [
    ("ወለንተኛ ያኤል ሾሻኒ ኣብ ኢላት ዕብራይስጢ ትምህረና ነይራ", ["ያኤል ሾሻኒ"]),
    ("ኣነ ብርሃነ ሃብተስላሰ ዕለት ልደተይ 17.09.1999 እዩ", ["ብርሃነ ሃብተስላሰ"]),
    # what the person did, before "where", stays out of the name
    ("ሓፍተይ ሳባ ሓጊዛትኒ ኣብ ቤት ጽሕፈት", ["ሳባ"]),
    ("ሓወይ ዳዊት ሓጊዙኒ ኣብ ሆስፒታል", ["ዳዊት"]),
])
def test_an_unlisted_family_name_before_where_or_when_joins_the_name(text, expected):
    assert names(text, "ti") == expected
