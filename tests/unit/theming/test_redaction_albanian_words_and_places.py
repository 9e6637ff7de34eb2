"""Albanian answers: everyday words and offices that name no one ("sime", "italishtes",
"Sozialamt"), places in their cases ("Kosovës", "Londrën", "n'Mitrovicë"), and names in lower
case and in a case ("i dhashe lleshit", "i thoshin Tani")."""

from __future__ import annotations

import pytest

from feedback_app.theming import redact


def found(text: str, kind: str) -> list[str]:
    return [text[s.start:s.end] for s in redact(text, "sq").spans if s.kind == kind]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("kam nje shoqe nga fshati im, e dua si motren time", "e dua"),
        ("ne dhome ishim 6 vete dhe hanim vetem buke, pinim uje nga rubineti", "hanim"),
        ("mesuesja e anglishtes na jep detyra cdo dite, flm flm", "anglishtes"),
        ("Mësuesja e gjermanishtes është shumë e mirë me ne", "Mësuesja"),
        ("i thashe sociales qe kam frike te dal vetem", "sociales"),
        ("pa kask, pa doreza, pa asgje, 12 ore ne dite", "kask"),
        ("ne Jobcenter me thane duhet Anmeldung dhe Termin ne Ausländerbehörde", "Anmeldung"),
        ("motra e nenes sime me ndihmoi me para", "sime"),
        ("une jam lodhur shume, dua vetem te fle", "lodhur"),
        ("kisha flutura ne stomak kur hyra ne gjykate", "flutura"),
        ("nuk di ku te pyes, a mund te pyesni dikend per mua", "dikend"),
    ],
)
def test_everyday_albanian_words_and_offices_are_kept(text: str, kept: str) -> None:
    assert found(text, "name") == []
    assert kept in redact(text, "sq").text


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("pasaporta e Kosovës me ka skaduar", ["Kosovës"]),
        ("ai fliste per Londrën sikur ishte shtepia e tij", ["Londrën"]),
        ("jam nga nje fshat afer Podujevës", ["Podujevës"]),
        ("shoqja ime nga Vietnami flet pak anglisht", ["Vietnami"]),
        ("hajt se s'du me u kthy n'Mitrovicë", ["Mitrovicë"]),
        ("motra ime tani jeton ne Kanada me burrin", ["Kanada"]),
        ("e pashe prape ne Birmingham, Fluturën kurre me", ["Birmingham"]),
        ("kur erdha ne UK vetem nje shoqe fliste anglisht per ne", ["UK"]),
        ("vellai im punon ne SHBA, ai me dergoi pare per avokatin", ["SHBA"]),
    ],
)
def test_places_in_their_albanian_cases_are_places_not_names(
        text: str, places: list[str]) -> None:
    assert found(text, "place") == places
    assert not set(found(text, "name")) & set(places)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("i dhashe lleshit 300 euro per vizen", ["lleshit"]),
        ("ia dhashe pasaporten klajdit dhe s'e pashe me", ["klajdit"]),
        ("i thashe arditit qe dua te kthehem ne shtepi", ["arditit"]),
        ("te gjithe i thoshin Tani, emrin e vertete nuk e di", ["Tani"]),
        ('nje qe i thone "Cimi" e ka ende pasaporten time', ["Cimi"]),
        ("gjergj kola ma mori pasaporten ne Milano", ["gjergj kola"]),
        ("Francescën e sportelit e dua, gjithmone ka kohe per ne", ["Francescën"]),
    ],
)
def test_albanian_names_in_lower_case_and_in_their_cases_are_found(
        text: str, expected: list[str]) -> None:
    assert found(text, "name") == expected


def test_now_at_the_start_of_a_sentence_is_no_one() -> None:
    text = "Tani jam mire. tani kam pune dhe nje dhome timen"
    assert found(text, "name") == []


def test_letters_that_are_no_country_stay_in_an_albanian_answer() -> None:
    text = "me dhane nje leter nga NHS dhe nje tjeter nga UKVI per vizen"
    assert found(text, "place") == []
