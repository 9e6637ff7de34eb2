"""Names, ID numbers and addresses as Spanish speakers from Spain, Mexico, Central America,
Colombia, Venezuela and the US write them: English roles in a Spanish answer, the "a" before a
person said again, who someone is set between commas, names that are countries too, a
prosecutor's reference, a Venezuelan cédula, an A-number, a house in a colonia. Ordinary words,
counts, rooms and buses stay."""

from __future__ import annotations

import pytest

from feedback_app.theming import redact


def found(text: str, kind: str, language: str = "es") -> list[str]:
    return [text[s.start:s.end] for s in redact(text, language).spans if s.kind == kind]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # an English role in a Spanish answer, as people in the US talk
        ("le dije a my sponsor chucho que ya no queria ir", ["chucho"]),
        ("mi case manager yoana me consiguio la cita", ["yoana"]),
        # the "a" before a person, said again for the second one
        ("gracias a luz y a rosario por todo lo que hicieron", ["luz", "rosario"]),
        ("ni a pili ni a consuelo les contaron nada", ["pili", "consuelo"]),
        # who she is, set between commas, after a name that is a word
        ("paz, la psicologa, me escucho cuando nadie lo hacia", ["paz"]),
        ("rosario, mi abogada del centro, nunca contesta", ["rosario"]),
        # the answer opens on the one it thanks
        ("luz, gracias por todo", ["luz"]),
        # the article before a given name, after "vivia con"
        ("yo vivia con la yesi y la kari en un cuarto", ["yesi", "kari"]),
        # given names that are countries too, with a person around them
        ("la abogada kenia me ayudo con el asilo", ["kenia"]),
        ("mi hermana guadalupe sigue alla con los niños", ["guadalupe"]),
        ("le dije a israel que no podia pagar", ["israel"]),
        # what is done to a person, never to a thing
        ("denuncie a oscar en la fiscalia", ["oscar"]),
        ("a los tres meses deportaron a maribel", ["maribel"]),
        # a kinship word in the plural before the names
        ("mis hijos mateo y lucia estan en honduras", ["mateo", "lucia"]),
        # a nickname after what the person did to the one speaking
        ("nos encerraba el chino en la bodega", ["el chino"]),
        # how she is addressed, then her name: the form of address stays
        ("mi contacto en la ong es una señora, maritza", ["maritza"]),
        # someone "llamada" so, even a word
        ("cuando llegue me atendio una señora llamada esperanza", ["esperanza"]),
    ],
)
def test_spanish_grammar_around_a_word_shows_a_person(text: str, names: list[str]) -> None:
    # Given a survivor's words in Spanish, when they are redacted, then each person goes
    assert found(text, "name") == names


@pytest.mark.parametrize(
    "text",
    [
        "en kenia trabaje dos años antes de venir",
        "soy de el salvador y llegue hace poco",
        "trabajé en israel en una fábrica",
        "la paz que siento ahora es grande",
        "gracias a dios y a la virgen estoy bien",
        "la luz se fue toda la noche, gracias a que nadie pagaba",
        "mi sponsor me llamo ayer para saber como estaba",
        "le dije a la lawyer que no tenia papeles",
        "recibi una llamada importante.",
        "denuncie a la policia lo que paso",
        "mis hijos mayores estan alla",
        "me gustaba el negro para la ropa",
        "le rezo a la virgen y a nuestro salvador todas las noches",
        "me dio mucha esperanza hablar con ella",
    ],
)
def test_countries_feelings_and_roles_alone_stay(text: str) -> None:
    # Given Spanish words naming a country, a feeling, God or a role with no name after it,
    # when they are redacted, then no name is found
    assert found(text, "name") == []


@pytest.mark.parametrize(
    ("text", "number"),
    [
        # a prosecutor's reference whose last digits look like a phone number
        ("el numero de caso de la fiscalia es FGE-TRATA-0457/2022, nadie me llama",
         "FGE-TRATA-0457/2022"),
        ("el caso de la fiscalia es FGE/TRATA/0912/2021", "FGE/TRATA/0912/2021"),
        # a Venezuelan cédula with its V or E
        ("mi cedula venezolana es V-24.561.908 pero aqui no la aceptan", "V-24.561.908"),
        ("cedula e-12345678, de extranjera", "e-12345678"),
        # the A-number of the US immigration office, said in Spanish
        ("mi numero A: 215-447-893", "215-447-893"),
        ("mi numero a es 215 447 893", "215 447 893"),
    ],
)
def test_id_numbers_as_spanish_speakers_write_them(text: str, number: str) -> None:
    # Given an ID number written the way its country writes it, when redacted, then it goes
    # as a number, not a phone
    assert found(text, "number") == [number]
    assert found(text, "phone") == []


@pytest.mark.parametrize(
    "text",
    [
        "le di mi numero a la señora de recepcion y no me llamo",
        "tomamos el bus 45 y luego caminamos dos cuadras",
        "pague 3500 pesos por el cuarto 12",
        "el caso 2019 fue archivado y llevo 2 años esperando",
    ],
)
def test_counts_buses_rooms_and_years_are_no_id(text: str) -> None:
    # Given a count, a bus, a price, a room or a year, when redacted, then no number is found
    assert found(text, "number") == []


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("vivia en la colonia las brisas casa 45 con mi tia", "colonia las brisas casa 45"),
        ("nos tenian en el barrio san jose casa 14", "barrio san jose casa 14"),
        # Honduras, Guatemala, El Salvador: streets named by their number, where two meet
        ("ella vivia en barrio el carmen, 3 calle 5 avenida, casa 22 en la ciudad",
         "barrio el carmen, 3 calle 5 avenida, casa 22"),
        ("vivo en 7a avenida y 3 calle, casa 12", "7a avenida y 3 calle, casa 12"),
        ("nos llevaron a la 2 avenida norte casa 15", "2 avenida norte casa 15"),
        # a street named after two people, and a door letter written onto the floor
        ("me cambiaron al piso de c/ ramon y cajal 8, 1ºa con mis amigas",
         "c/ ramon y cajal 8, 1ºa"),
    ],
)
def test_a_house_in_a_neighbourhood_is_an_address(text: str, address: str) -> None:
    # Given a neighbourhood named, then a house in it, when redacted, then both go together
    assert found(text, "address") == [address]


@pytest.mark.parametrize(
    "text",
    [
        "en el barrio la gente es buena, van casa por casa",
        "en la colonia hay 3 casas para mujeres",
        "la calle 5 es peligrosa de noche",
        "tome el bus en la 5 avenida para llegar al curso",
        "caminamos 2 calles y 3 avenidas hasta la clinica",
        "en la calle mayor y nos fuimos 3 veces a la oficina",
    ],
)
def test_a_neighbourhood_without_a_house_stays(text: str) -> None:
    # Given a neighbourhood or a street spoken of in passing, when redacted, then it stays
    assert found(text, "address") == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("i told rosa about it and she helped", ["rosa"]),
        ("ask lupe how to fill the form", ["lupe"]),
        # an abstract noun told about is no one
        ("i told hope about it", []),
        ("i told the lawyer everything", []),
    ],
)
def test_someone_told_about_something_is_a_person(text: str, names: list[str]) -> None:
    # Given "told" or "ask" before a word, then what was told, when redacted in English, then
    # the word is a person unless it is a feeling
    assert found(text, "name", "en") == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("when jenny teach it was much better", ["jenny"]),
        ("only ana understood me at the start", ["ana"]),
        # a name that is a thing first, and a name that is a word people use, stay words
        ("ginger helps with the nausea", []),
        ("grant helped me pay the rent", []),
        ("the nick on my arm came from the factory", []),
    ],
)
def test_a_dictionary_name_in_lower_case_then_what_a_person_did(
        text: str, names: list[str]) -> None:
    # Given a name a dictionary lists with a capital, typed in lower case in English, then a
    # verb of what people do, when redacted, then it is a person unless it is a thing first
    assert found(text, "name", "en") == names
