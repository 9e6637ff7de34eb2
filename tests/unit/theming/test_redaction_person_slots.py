"""Names no list knows, found by where they stand: beside "ella y" or "yo,", after "con", after
the "a" before a person and "tampoco", after what was said or passed on, after "por ... supe";
a family by its surname, a Chinese name, a nickname after "la que ... fue", a compound name that
opens on a month. Words typed in a hurry, and words that say how something is, stay."""

from __future__ import annotations

import pytest

from feedback_app.theming import redact
from feedback_app.theming.person_slots import typo_of_everyday


def names_in(text: str, language: str = "es") -> list[str]:
    return [text[s.start:s.end] for s in redact(text, language).spans if s.kind == "name"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # beside a pronoun of a person, or the one speaking, in a list of people
        ("la señora fue bien amable, ella y luz nos dieron cafe y cobijas", ["luz"]),
        ("ella y precious no hablan español y nunca les traen interprete", ["precious"]),
        ("yo, soledad y la chela dormimos en el mismo cuarto", ["soledad", "chela"]),
        ("yo, yusneidy y mi prima llegamos juntas en el bus", ["yusneidy"]),
        # names no list knows, after "con", the "a" before a person, a verb of telling
        ("ahora estoy en bogota con yorleidis, por si me quieren mandar la carta", ["yorleidis"]),
        ("el PEP no me lo renovaron, a yusmely tampoco, ahora estamos ilegales", ["yusmely"]),
        ("la pagina que me paso rosmery no abre en mi telefono", ["rosmery"]),
        ("me dijo esperanza que el lunes hay taller de costura", ["esperanza"]),
        ("por milagros supe del programa, ella me paso el numero", ["milagros"]),
        # who someone is, then the name between commas
        ("el ucraniano de la obra, mijail, tambien estaba sin papeles", ["mijail"]),
        ("mi compañera de cuarto es blessing, de nigeria, y no habla español", ["blessing"]),
        # a family, a Chinese name, a compound name that opens on a month
        ("yo era empleada en la casa de los Villanueva en Lima, 14 horas al dia", ["Villanueva"]),
        ("en el hotel trabajaba con Li Na, ella no podia salir ni al super", ["Li Na"]),
        ("Julio César el de la iglesia bautista nos llevo ropa", ["Julio César"]),
        # nicknames with their article
        ("la que nos recibio en la oficina fue la güera, bien amable", ["la güera"]),
        ("el tigre y la colocha nos tenian encerradas en la casa", ["el tigre", "la colocha"]),
        ("en la casa estaban yuli, la mona y otra muchacha de cali", ["yuli", "la mona"]),
        # a given name before a surname found is part of that name
        ("Estuve en casa de Rocío Peña tres semanas", ["Rocío Peña"]),
    ],
)
def test_where_a_word_stands_shows_a_person(text: str, names: list[str]) -> None:
    # Given a survivor naming someone only the sentence shows is a person
    # When it is redacted
    # Then each name, and only it, is a [name]
    assert names_in(text) == names


@pytest.mark.parametrize(
    ("text", "language", "names"),
    [
        ("me echaron a mi y yuleisy tambien, sin pagarnos", "es", ["yuleisy"]),
        ("j ai rate mon rdv a cause de ca et aya aussi", "fr", ["aya"]),
        ("et moi aussi j'ai eu peur ce jour-la", "fr", []),
        ("compre arroz y frijoles tambien para la semana", "es", []),
    ],
)
def test_one_more_person_too(text: str, language: str, names: list[str]) -> None:
    # Given an answer adding one more person with "too" (or only a thing, or "me too")
    # When it is redacted
    # Then only a person's name is a [name]
    assert names_in(text, language) == names


def test_a_colombian_or_spanish_mobile_in_one_run_is_a_phone() -> None:
    # Given mobiles written in one run of digits, with no word saying they are phones
    text = "el numero del man que nos recluto es 3124567890 y el de ella 612489307"
    # When it is redacted
    spans = [(s.kind, text[s.start:s.end]) for s in redact(text, "es").spans]
    # Then each is a [phone], and an amount stays
    assert ("phone", "3124567890") in spans and ("phone", "612489307") in spans
    assert redact("me cobraron 3000000 pesos por el viaje", "es").spans == ()


def test_a_chinese_name_in_a_portuguese_answer_is_one_name() -> None:
    # Given a Portuguese answer naming a woman by her Chinese name
    text = "a patroa era Li Na e o marido, guardavam os passaportes"
    # When it is redacted, Then her whole name is one [name]
    assert names_in(text, "pt") == ["Li Na"]


@pytest.mark.parametrize(
    "text",
    [
        # words typed in a hurry, a verb without its accent, how something is
        "fui a la cita con la doctora, toa la semana he estado enferma",
        "en julio cumple un año que sali de ahi y todavia me despierto asustada",
        "la curp que me dieron esta mal, dice otra fecha",
        "no busco consuelo, busco que me paguen lo que me deben",
        "el cuartito que nos dieron es modesto pero limpio y tiene ventana",
        "la iglesia bautista y su esposa nos regalaron ropa de invierno",
        # what comes with "con", "a ... tambien", "me dijo", "por ... supe", "de los"
        "vivo con miedo y con hambre desde que llegue",
        "a mi tambien me quitaron el pasaporte",
        "me dijo mentiras desde el primer dia",
        "por casualidad supe del programa en el comedor",
        "vengo de los Andes y aqui hace mucho frio",
        "el tigre del zoologico era lo unico bonito de la ciudad",
        "ella y yo no hablamos ingles",
        "en la tienda venden ropa, la mona y otras cosas",
        "Fuimos a Santa Marta en bus con mi hija",
    ],
)
def test_words_that_are_no_one_stay(text: str) -> None:
    # Given an answer that names no one
    # When it is redacted
    # Then no word is taken for a name
    assert names_in(text) == []


@pytest.mark.parametrize(
    ("word", "typo"),
    [("toa", True), ("aki", True), ("tambein", True), ("tambiien", True),
     ("yorleidis", False), ("yusmely", False), ("brayner", False), ("yorman", False),
     ("bisi", False)],
)
def test_a_typo_is_one_letter_from_an_everyday_word(word: str, typo: bool) -> None:
    # Given a word in no list, When it is compared with everyday Spanish
    # Then only one letter from a word of the language (never the first) is a typo
    assert typo_of_everyday(word, "es") is typo
