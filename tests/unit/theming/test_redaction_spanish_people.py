"""How Spanish shows a person where the word alone does not: the "a" before a person, a
vocative, what only a person has, kinship words and roles, the article before a given name, who
the person is or what they did right after the name. Words that are no one stay."""

from __future__ import annotations

import pytest

from feedback_app.theming import redact


def names_in(text: str) -> list[str]:
    return [text[s.start:s.end] for s in redact(text, "es").spans if s.kind == "name"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # the "a" Spanish puts before a person, doubled by a pronoun
        ("le pregunte a yesenia donde quedaba la oficina y no sabia", ["yesenia"]),
        ("yo le conte todo a ana y ella se lo dijo a todo el albergue", ["ana"]),
        ("ya se lo dije a inma y a sergio pero nada", ["inma", "sergio"]),
        ("dile a chayo que la extraño mucho", ["chayo"]),
        ("le tengo miedo a fercho, todavia me busca", ["fercho"]),
        ("eso no se olvida, ni a ella ni a fercho", ["fercho"]),
        ("si ven a yorleidis diganle que la extraño", ["yorleidis"]),
        # calling someone
        ("oye kenia si lees esto gracias x todo", ["kenia"]),
        ("mirá yanina, no te preocupes", ["yanina"]),
        ("te quiero mucho yorleidis", ["yorleidis"]),
        # what only a person has
        ("el cuarto de bisi y precious siempre huele a humo", ["bisi", "precious"]),
        ("el cheque de justo nunca llego y ya van tres semanas", ["justo"]),
        ("la mama de yeni esta enferma en honduras", ["yeni"]),
        # kinship words, roles, "el señor", before a name that is a word or in no list
        ("mi hija alegria cumple 5 años y no la puedo ver", ["alegria"]),
        ("mi hijo salvador ya va a la escuela", ["salvador"]),
        ("en la oficina el señor castro no me creyo", ["castro"]),
        ("la coordinadora pilar dice que no se puede salir", ["pilar"]),
        ("la psicologa milagros me escucha mucho", ["milagros"]),
        ("me atendio la doctora reyes, muy buena", ["reyes"]),
        ("la fiscal yorleidis no me llama desde enero", ["yorleidis"]),
        # the article people put before a given name
        ("explica con paciencia y no se burla como la vanessa", ["vanessa"]),
        ("el pepe nos llevaba al trabajo en su carro", ["pepe"]),
        # who the person is, or what they did, right after the name
        ("yoana la rumana y fatu me enseñaron a usar el metro", ["yoana", "fatu"]),
        ("pancho el de seguridad nos grita", ["pancho"]),
        ("chela la que cocina nos da doble porcion", ["chela"]),
        ("yorleidis se fue del albergue sin avisar", ["yorleidis"]),
        ("yorleidis de la oficina de extranjeria fue muy amable", ["yorleidis"]),
        ("el tipo que nos recluto, dairon, tenia un insta", ["dairon"]),
        ("la que me recibio fue rocio", ["rocio"]),
        ("luz y flor me acompañaron al juzgado", ["luz", "flor"]),
        # lists joined by "y" and "ni"
        ("a yurany y stefany si las dejan salir", ["yurany", "stefany"]),
        ("las demas ni jenny ni sofi se acuerdan de mi", ["jenny", "sofi"]),
        # nicknames with their article
        ("la güera del turno de noche es buena onda", ["la güera"]),
        ("el gordo y el flaco eran los que manejaban el bar", ["el gordo", "el flaco"]),
        ("frente a la tortilleria, el dueño es el chato", ["el chato"]),
        ("el dueño era el negro y el que cobraba era el gordo", ["el negro", "el gordo"]),
    ],
)
def test_spanish_grammar_shows_the_person(text: str, names: list[str]) -> None:
    # Given a survivor naming someone the way Spanish does, When it is redacted
    # Then each name, and only it, is a [name]
    assert names_in(text) == names


@pytest.mark.parametrize(
    "text",
    [
        "le dije a la trabajadora social que no tengo donde ir",
        "le pedi ayuda a todos y nadie me hizo caso",
        "les dije que vayan a caritas por la comida",
        "oye, si alguien lee esto, necesitamos mas cobijas",
        "mira, la verdad el albergue esta bien",
        "gracias mija por escucharme",
        "gracias amiga, sin vos no podia",
        "la cama de abajo esta rota y nadie la arregla",
        "el cheque de mayo no llego",
        "los papeles de extranjeria tardan mucho",
        "mi hija mayor tiene 12 años y mi hijo menor 5",
        "el señor que me trajo se fue",
        "la policia vino a las 3 de la mañana",
        "yo soy modesta, no pido mucho",
        "yo soy modesto, no pido mucho, solo un trabajo justo",
        "luz y agua no hay en el cuarto",
        "me dio esperanza hablar con ella",
        "el de seguridad nos grita",
        "el dueño es el que manda aqui",
        "el van de la fundacion nos recoge a las 8",
        "en el cuarto 14 somos cinco y el bus 27 nunca llega",
        "gracias a Dios y a la Cruz Roja por el techo",
        "fui a la misa de la Santisima Trinidad con las otras chicas",
        "tu eres la mejor caseworker, te quiero mucho",
        "por tiktok me contacto un tipo y me ofrecio trabajo",
    ],
)
def test_words_that_are_no_one_stay(text: str) -> None:
    # Given a sentence that names no one, When it is redacted, Then nothing changes
    assert redact(text, "es").text == text


def test_a_saint_names_a_town_not_a_person() -> None:
    text = "mi hermano sigue en san pedro sula y me preocupa mucho"
    assert "pedro" not in names_in(text) and "pedro sula" not in names_in(text)
