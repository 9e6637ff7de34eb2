"""Names that are words first ("el chino", "will", "sunday", "luz marina", "bonheur") are taken out
where they name someone, and stay where they are words."""

from __future__ import annotations

import pytest

from feedback_app.theming import redact


def names_in(text: str, language: str) -> list[str]:
    return [text[s.start:s.end] for s in redact(text, language).spans if s.kind == "name"]


@pytest.mark.parametrize(
    ("text", "language", "names"),
    [
        # a Spanish article nickname in an English answer is always someone
        ("i keep thinking about la flaca, she stayed behind in the house", "en", ["la flaca"]),
        ("i dont trust el chino, he still works with the men who brought us", "en",
         ["el chino"]),
        # in Spanish and Portuguese, what the person did or was
        ("la flaca se quedo en la casa, no se nada de ella", "es", ["la flaca"]),
        ("el chino era el que cobraba, todos le teniamos miedo", "es", ["el chino"]),
        ("la gorda nos cobraba el cuarto cada semana", "es", ["la gorda"]),
        ("porfa que no me manden donde vive el chato", "es", ["el chato"]),
        ("yo trabajaba con el guero en la obra", "es", ["el guero"]),
        ("o baiano era quem cobrava a divida", "pt", ["o baiano"]),
        # "big", "lil" and the Haitian "ti" belong to the nickname
        ("me and big mo waited 4 hrs at the asylum office", "en", ["big mo"]),
        ("big T still message me on instagram", "en", ["big T"]),
        ("ma soeur est encore a gonaives avec ti jean, aidez moi", "fr", ["ti jean"]),
        # after "we call", a kinship title is part of the nickname; a real name keeps it out
        ("the madam we call mama joy bring me from benin", "en", ["mama joy"]),
        ("EL JEFE SE LLAMABA DON CHEPE Y NOS PEGABA", "es", ["CHEPE"]),
    ],
)
def test_nicknames_made_of_words_are_taken_out(text: str, language: str,
                                               names: list[str]) -> None:
    # Given a survivor naming someone by a nickname, When it is redacted
    # Then the whole nickname, and only it, is a [name]
    assert names_in(text, language) == names


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("la comida china del albergue es rica", "es"),
        ("fui al chino a comprar pan y leche", "es"),
        ("el negro te queda bien, dijo la voluntaria", "es"),
        ("quiero aprender el chino y el ingles", "es"),
        ("el curso fue a big help for me", "en"),
        ("it was a big relief when the letter came", "en"),
        ("ela usava o vestido preto e a gorda blusa", "pt"),
    ],
)
def test_adjectives_and_big_words_stay_words(text: str, language: str) -> None:
    assert redact(text, language).text == text


@pytest.mark.parametrize(
    ("text", "language", "names"),
    [
        # grammar words: a verb in the past or a place cannot follow the future
        ("will said i can stay until my case is decided", "en", ["will"]),
        ("bill told me to wait for the letter", "en", ["bill"]),
        ("Will at reception always remembers my name", "en", ["Will"]),
        ("will from the job training is so patient with us", "en", ["will"]),
        ("bill from the food bank gave us extra bread", "en", ["bill"]),
        ("the boss bill made us sleep in the van", "en", ["bill"]),
        # days and months after a title, a kinship word, or before what they said
        ("el profe julio de ingles es el mejor", "es", ["julio"]),
        ("my son minh and my daughter mai need a school place", "en", ["minh", "mai"]),
        ("sunday told me the lawyer would call", "en", ["sunday"]),
        ("sunday and obinna from the salvation army drove me to the hospital", "en",
         ["sunday", "obinna"]),
    ],
)
def test_grammar_words_days_and_months_that_name_someone(text: str, language: str,
                                                          names: list[str]) -> None:
    assert names_in(text, language) == names


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("will you call me when the letter comes", "en"),
        ("my lawyer will call when the date is set", "en"),
        ("the bill said i owe 40 pounds for the gas", "en"),
        ("bill from the council came and it was too high", "en"),
        ("they will help us at the shelter", "en"),
        ("on sunday the office is closed", "en"),
        ("sunday and monday the office is closed", "en"),
        ("my daughter starts school in june", "en"),
        ("el profe viene en julio y se va en agosto", "es"),
        ("mi hija empieza la escuela en mayo 2025", "es"),
        ("ma fille a son rendez-vous en mai", "fr"),
    ],
)
def test_grammar_words_days_and_months_stay_words(text: str, language: str) -> None:
    assert redact(text, language).text == text


@pytest.mark.parametrize(
    ("text", "language", "names"),
    [
        # only a person is "the only one who"
        ("goodluck was the only one who warned me it was a trap", "en", ["goodluck"]),
        ("bonheur du foyer est la seule qui m a aidee a remplir le formulaire", "fr",
         ["bonheur"]),
        # honorifics after a name, and what belongs to someone
        ("sita didi and bikash came with me to the lawyer", "en", ["sita", "bikash"]),
        ("bisi's room was always cold", "en", ["bisi"]),
        ("Zhang Wei's baby was sick all week", "en", ["Zhang Wei"]),
        # a name that is a word, then where the person is from and what they did
        ("patience from the hostel helped me fill the form", "en", ["patience"]),
        ("esperance du cada m'a trouvé une place pour la formation", "fr", ["esperance"]),
        ("joie notre cuisiniere fait le meilleur ndole", "fr", ["joie"]),
        ("gift my son is 6 now and he goes to school", "en", ["gift"]),
        # after "with", a given name and a surname
        ("elle m a amenee d abidjan avec aya kouame en disant travail", "fr", ["aya kouame"]),
        # compound given names whose first half is a word
        ("luz marina soy yo jaja", "es", ["luz marina"]),
        ("Ana Belén y mari carmen del comedor social nos guardan tuppers", "es",
         ["Ana Belén", "mari carmen"]),
        ("maria de los angeles me ayudo con los papeles", "es", ["maria de los angeles"]),
        ("mon mari jean-luc travaille la nuit", "fr", ["jean-luc"]),  # her husband, Jean-Luc
        # a surname that opens with its particles
        ("merci ma soeur, pas comme van den broeck qui crie tout le temps", "fr",
         ["van den broeck"]),
        # lists of people: with the one speaking, after a name, after thanks
        ("rose, marvellous and me did the sewing course together", "en",
         ["rose", "marvellous"]),
        ("doña dolores and rocío in the kitchen always keep a plate for me", "en",
         ["dolores", "rocío"]),
        ("shout out a kenia y yaritza que me ayudaron con la mudanza", "es",
         ["kenia", "yaritza"]),
        ("ca fait du bien, merci jb et wilson aussi", "fr", ["jb", "wilson"]),
    ],
)
def test_words_that_name_someone_by_what_is_around_them(text: str, language: str,
                                                         names: list[str]) -> None:
    assert names_in(text, language) == names


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("le foyer de schaerbeek est le seul qui reste ouvert", "fr"),
        ("hope from the staff keeps me going", "en"),
        ("la paz del alma es lo que busco", "es"),
        ("mis dolores de espalda son por cargar cajas", "es"),
        ("la rosa blanca del jardin es bonita", "es"),
        ("today's class was cancelled again", "en"),
        ("i came with hope and with patience", "en"),
        ("los niños van de paseo los sabados", "es"),
        ("bread, rice and me, that is all the week", "en"),
    ],
)
def test_words_beside_such_cues_stay_words(text: str, language: str) -> None:
    assert redact(text, language).text == text


@pytest.mark.parametrize(
    ("text", "language", "names"),
    [
        # who the person is to the one speaking, and what they did
        ("fue mi vecina consuelo quien me trajo aca", "es", ["consuelo"]),
        ("cuando llegue, nelly me recibio", "es", ["nelly"]),
        ("i share a room with precious and her baby", "en", ["precious"]),
        ("yuleidy y yo llegamos juntas", "es", ["yuleidy"]),
        ("me dijo la chela que viniera", "es", ["chela"]),
        # nicknames, intros and titles as people type them
        ("le passeur qu'on appelait le vieux nous frappait", "fr", ["vieux"]),
        ("el que nos engaño fue un tal chucho", "es", ["chucho"]),
        ("su nombre era yulexi", "es", ["yulexi"]),
        ("mon educatrice s appelle aurelie", "fr", ["aurelie"]),
        ("bonjour, je suis espérance, j'ai 25 ans", "fr", ["espérance"]),
        ("c'est grâce à maman rose que j'ai trouvé le foyer", "fr", ["rose"]),
        ("gracias a doña mari por el cafe", "es", ["mari"]),
        ("shout out to will and the team", "en", ["will"]),
        # a role, where it is, then the name between commas; a sign-off
        ("the nurse at the clinic, joy, always smiles", "en", ["joy"]),
        ("la señora carmen del comedor siempre nos sonrie", "es", ["carmen"]),
        ("profe, gracias por todo, atte. rosario", "es", ["rosario"]),
        # where someone is from is no part of the name
        ("el hermano beto de la iglesia nos dio ropa", "es", ["beto"]),
    ],
)
def test_names_by_the_company_they_keep(text: str, language: str, names: list[str]) -> None:
    assert names_in(text, language) == names


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("they sent me to the clinic for the xray and i waited 5 hours", "en"),
        ("i am tired, the room is cold", "en"),
        ("thanks to will power i finished the course", "en"),
        ("the nurse at the clinic, again, was late", "en"),
        ("j'ai la foi, je suis fière de moi", "fr"),
    ],
)
def test_such_company_without_a_person_stays_words(text: str, language: str) -> None:
    assert redact(text, language).text == text
