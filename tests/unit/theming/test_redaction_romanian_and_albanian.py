"""Romanian and Albanian answers: names after the titles, kin words and verbs each language names
people with, streets in their own order with block, stair, floor and flat, and towns are taken
out; everyday words that are names elsewhere ("speranta", "tani", "drita"), God, counts and
rooms stay."""

from __future__ import annotations

import pytest

from feedback_app.theming import redact


def found(text: str, language: str, kind: str) -> list[str]:
    return [text[s.start:s.end] for s in redact(text, language).spans if s.kind == kind]


@pytest.mark.parametrize(
    ("text", "language", "names"),
    [
        ("buna, ma numesc Daniela si am venit din Galati acum doi ani", "ro", ["Daniela"]),
        ("vreau sa ii multumesc doamnei Popescu, m-a ascultat mereu", "ro", ["Popescu"]),
        ("tanti Viorica ne facea ciorba duminica", "ro", ["Viorica"]),
        ("fratele meu Cristian nu stie unde sunt", "ro", ["Cristian"]),
        ("avocata Georgescu a castigat cazul meu", "ro", ["Georgescu"]),
        # "nga" (from) is a given name elsewhere
        ("quhem Valbona dhe jam nga Shkodra", "sq", ["Valbona"]),
        ("zonja Kola me ndihmoi me letrat e azilit", "sq", ["Kola"]),
        ("shoqja ime Anila me mori ne telefon cdo dite", "sq", ["Anila"]),
        ("vellai im Arben eshte ende atje", "sq", ["Arben"]),
    ],
)
def test_a_name_after_a_romanian_or_albanian_cue_is_taken_out(
        text: str, language: str, names: list[str]) -> None:
    assert found(text, language, "name") == names


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # everyday words that are given names elsewhere, and God
        ("mi-am pierdut orice speranta ca o sa primesc raspuns", "ro"),
        ("multumesc lui Dumnezeu ca am scapat de acolo", "ro"),
        ("va multumesc din suflet pentru tot ce ati facut", "ro"),
        ("cursul de croitorie a fost cea mai buna parte din program", "ro"),
        ("am stat doi ani fara acte, noi nu stiam nimic", "ro"),
        ("Zoti e bekofte stafin e strehimit", "sq"),
        # "dola" (I went out), "kisha" (I had), "isha" (I was) are given names elsewhere
        ("falemnderit Zotit qe dola gjalle nga ajo shtepi", "sq"),
        ("Kisha frike cdo nate, isha vetem dhe nuk dija cfare dua", "sq"),
    ],
)
def test_everyday_romanian_and_albanian_words_stay(text: str, language: str) -> None:
    assert found(text, language, "name") == []


@pytest.mark.parametrize(
    ("text", "language", "address"),
    [
        ("locuiam pe str. Morilor nr. 5, bl. C2, sc. 1, ap. 9 dar nu ma mai pot intoarce", "ro",
         "str. Morilor nr. 5, bl. C2, sc. 1, ap. 9"),
        ("mama sta pe strada Lalelelor nr 21 in Focsani", "ro", "strada Lalelelor nr 21"),
        ("jetonim ne rr. Kavajes, pallati 12, kati 3 para se te ikim", "sq",
         "rr. Kavajes, pallati 12, kati 3"),
        ("shtepia jone ishte ne rruga e Elbasanit nr. 40 ne Tirane", "sq",
         "rruga e Elbasanit nr. 40"),
    ],
)
def test_a_romanian_or_albanian_street_is_taken_out_with_its_flat(
        text: str, language: str, address: str) -> None:
    assert found(text, language, "address") == [address]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("eram sase in camera 4 de la etajul doi", "ro"),
        ("rruga kryesore eshte larg dhe autobusi 36 vjen rralle", "sq"),
        ("me lane ne rrugen kryesore naten pa telefon", "sq"),
    ],
)
def test_rooms_and_roads_said_in_passing_stay(text: str, language: str) -> None:
    assert found(text, language, "address") == []
