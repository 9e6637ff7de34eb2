"""A full name from abroad in Arabic letters after a title, whatever its first word looks like;
"my name is" before a word that closes the phrase; a town in Latin letters after an Arabic or
arabizi "in" is a place, not a person, unless it is a given name; the Tunisian "bent" joins a
father's name."""

from __future__ import annotations

import pytest

from feedback_app.theming import redact


def found(text: str, kind: str) -> list[str]:
    return [text[s.start:s.end] for s in redact(text, "ar").spans if s.kind == kind]


@pytest.mark.parametrize(("text", "expected"), [
    ("المحامية كلير دوبون شرحتلي كل شي عن الطعن", ["كلير دوبون"]),
    ("المشرفة إنغريد لارسون قالت لازم استنى شهرين", ["إنغريد لارسون"]),
    ("انا اسمي تسهاي، ما بعرف احكي عربي منيح", ["تسهاي"]),
])
def test_a_name_from_abroad_or_of_any_shape_where_a_person_is_meant(text, expected):
    assert found(text, "name") == expected


@pytest.mark.parametrize("text", [
    "الكفيل اخد جوازي وما رجعه لليوم",
    "المحامية وقفت جنبي بالمحكمة",
    "الدكتور انسان كريم بس ما عنده وقت",
])
def test_what_someone_with_a_title_did_or_was_stays(text):
    assert found(text, "name") == []


@pytest.mark.parametrize(("text", "place"), [
    ("هلأ ساكنة مع بنتي في Eindhoven وما بعرف حدا", "Eindhoven"),
    ("kont khdama f Almeria f serre dyal tomatich", "Almeria"),
    ("sakna b Jdeideh ma3 khalti", "Jdeideh"),
])
def test_a_town_after_an_arabic_in_is_a_place(text, place):
    assert found(text, "place") == [place]
    assert found(text, "name") == []


def test_a_given_name_after_levantine_fi_there_is_stays_a_person():
    assert found("fi Nadia bel markaz btse3edna kteer", "name") == ["Nadia"]


def test_a_tunisian_bent_joins_the_fathers_name():
    assert found("ana esmi Mabrouka bent Hedi w 3andi 3 wlad", "name") == ["Mabrouka bent Hedi"]
