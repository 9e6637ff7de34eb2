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
        ("motra ime rri tek lagjja Ali Demi, pallati 4, kati 1, eja kur te duash", "sq",
         "lagjja Ali Demi, pallati 4, kati 1"),
        ("na mbanin ne odos Patision 112 ne Athine, pa dritare", "sq", "odos Patision 112"),
        ("am dormit in grajd langa Bahnhofstraße 9, 26123 Oldenburg, doua luni", "ro",
         "Bahnhofstraße 9, 26123 Oldenburg"),
        ("tani jetoj ne Kerkstraat 41 me dy vajza te tjera", "sq", "Kerkstraat 41"),
        # Romania's post codes have six digits
        ("dupa ce am scapat am stat pe strada Unirii 14, 700001 Iasi, la o matusa", "ro",
         "strada Unirii 14, 700001 Iasi"),
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
        ("ne lagjen tone njerezit jane te mire, 3 familje na ndihmuan", "sq"),
        ("during 5 weeks nobody called me back", "en"),
    ],
)
def test_rooms_and_roads_said_in_passing_stay(text: str, language: str) -> None:
    assert found(text, language, "address") == []


@pytest.mark.parametrize(
    ("text", "language", "names"),
    [
        # Albanian says a name in its case, here first in the sentence where nothing else says
        # it is a name: Ardit -> Arditit, Arditin; Elona -> Elonës; Valbona -> Valbonës
        ("Arditit i dhane vetem nje jave strehim", "sq", ["Arditit"]),
        ("Arditin e rrahen para syve te mi", "sq", ["Arditin"]),
        ("Elonës i thashe qe do iki nga strehimi", "sq", ["Elonës"]),
        ("Valbonës i dhane leje pune me ne", "sq", ["Valbonës"]),
        # Romanian calls a man by his vocative: Ion -> Ioane
        ("Ioane, da-mi pasaportul inapoi", "ro", ["Ioane"]),
    ],
)
def test_a_name_in_its_romanian_or_albanian_case_is_taken_out(
        text: str, language: str, names: list[str]) -> None:
    assert found(text, language, "name") == names


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # in lower case a case form may be a word's: Ramadan, our grandmother
        ("ramazanin e kalova ne komunitet, ishte bukur", "sq"),
        ("cdo nate i lutem Zotit per nanen dhe per motrat", "sq"),
        # "dola" (I went out) and "ika" (I ran away) before "nga" (from) are no Nga
        ("me solli lule kur dola nga spitali, sa bukuri", "sq"),
        ("kur ika nga sera ne Birmingham me ndihmoi nje grua", "sq"),
    ],
)
def test_albanian_words_that_look_like_names_in_their_case_stay(text: str, language: str) -> None:
    assert found(text, language, "name") == []


@pytest.mark.parametrize(
    ("text", "language", "town"),
    [
        ("m-a adus cu masina din Constanta pana in Italia", "ro", "Constanta"),
    ],
)
def test_a_town_that_is_a_given_name_too_is_the_town_after_from(
        text: str, language: str, town: str) -> None:
    assert found(text, language, "name") == []
    assert town in found(text, language, "place")


@pytest.mark.parametrize(
    ("text", "language", "names"),
    [
        # names that are words too (flower, light) are someone when they did something to us
        ("Floare m-a ajutat cu actele de la primarie", "ro", ["Floare"]),
        ("Drita me ndihmoi me letrat e azilit", "sq", ["Drita"]),
        # "ii ziceam" whole, not "ii zice" and then "am Dor"
        ("noi ii ziceam Dor, el ne strecura paine pe ascuns", "ro", ["Dor"]),
        # "chema" is the cue's own word, though a name in Spanish
        ("bucatarul il chema Dorin si era bun cu noi", "ro", ["Dorin"]),
    ],
)
def test_a_name_that_is_a_word_is_taken_out_where_what_follows_shows_a_person(
        text: str, language: str, names: list[str]) -> None:
    assert found(text, language, "name") == names


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Mesuesja me ndihmoi shume me anglishten", "sq"),  # the teacher helped me
        ("Drita u fik per 3 dite ne shtepine ku na mbanin", "sq"),  # the light went off
        ("Speranta mea e ca o sa primesc actele", "ro"),  # my hope is
    ],
)
def test_words_before_what_someone_did_stay_when_they_are_no_one(
        text: str, language: str) -> None:
    assert found(text, language, "name") == []
