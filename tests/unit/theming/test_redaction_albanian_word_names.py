"""Albanian names that are everyday words too ("Shpresa" hope, "Gëzimi" joy, "Liria" freedom):
a person where the sentence opens with the name and then says who the person is or what they
did; the word itself stays where it is only a word ("shpresa është e fundit")."""

from __future__ import annotations

import pytest

from feedback_app.theming import redact


def names(text: str) -> list[str]:
    return [text[s.start:s.end] for s in redact(text, "sq").spans if s.kind == "name"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gëzimi ishte shoferi, ai na çonte çdo natë në punë", ["Gëzimi"]),
        ("Agimi është vëllai i shefit, ai mbante çelësat", ["Agimi"]),
        ("Dashuria ishte 16 vjeçe kur e sollën në Itali", ["Dashuria"]),
        ("Liria nga shërbimi social më thotë gjithmonë të kem durim", ["Liria"]),
        ("Drita nga Vlora ishte me ne në atë shtëpi", ["Drita"]),
        ("Lulja më mësoi pak italisht në strehë", ["Lulja"]),
        ("Bukuria e kishte frikën më të madhe nga të gjitha", ["Bukuria"]),
        ("Shpëtimi dhe Flutura na kontrollonin telefonat", ["Shpëtimi", "Flutura"]),
        ("Kuqi e quanin, ishte njeriu i shefit", ["Kuqi"]),
        # a name in no dictionary, now known as a name
        ("faleminderit shume, Yllka nga dhoma ngjitur me ndihmoi shume", ["Yllka"]),
    ],
)
def test_a_name_that_is_a_word_opening_a_sentence_about_a_person_is_taken_out(
        text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Shpresa është e fundit që vdes, kështu thoshte nëna ime",
        "Dashuria ishte e madhe për fëmijët e mi, por nuk kisha para",
        "Liria është gjëja më e çmuar që kam tani",
        "Gëzimi ishte i madh kur mora letrat e azilit",
        "Drita ishte e fikur gjithë natën në dhomë",
        "Shoferi ishte vëllai i shefit dhe na mbante të mbyllura",
        "Policia nga Italia erdhi vonë, pas dy ditësh",
        "dua të hap një sallon bukurie në Tiranë",
        "Shpresa dhe puna më mbajtën gjallë",
    ],
)
def test_an_everyday_word_opening_a_sentence_stays(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Skerdi me ka thirr prap nga nje numer tjeter, kam frike", ["Skerdi"]),
        ("Gazmendi na merrte pasaportat çdo mbrëmje", ["Gazmendi"]),
        ("Tomorri me rrahu para femijeve", ["Tomorri"]),
        ("ne shtepi ishim une, Megi dhe Sidorela, na mbyllnin naten", ["Megi", "Sidorela"]),
        ("Gentjani dhe Xhulio e dinin ku fle secila", ["Gentjani", "Xhulio"]),
    ],
)
def test_a_common_albanian_given_name_opening_a_sentence_or_in_a_list_is_taken_out(
        text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "me ka thirr prap nga nje numer tjeter, kam frike",
        "tani jemi mire, faleminderit per ndihmen",
    ],
)
def test_everyday_albanian_around_the_new_names_stays(text: str) -> None:
    assert names(text) == []
