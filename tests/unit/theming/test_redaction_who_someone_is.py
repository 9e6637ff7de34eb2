"""Who someone is, as Spanish and Portuguese speakers say it: a role or a young person before the
name ("el agente quintero", "la niña flor"), two people who did something together, the person
put first with her "a", nicknames after "al" and at the end of a list, Portuguese articles with
what the person did, names given for a saint, and short forms. Things, feelings, offices and
towns stay words; a landmark before a house is an address, a landmark alone is not."""

from __future__ import annotations

import pytest

from feedback_app.theming import redact


def found(text: str, kind: str, language: str) -> list[str]:
    return [text[s.start:s.end] for s in redact(text, language).spans if s.kind == kind]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a role before a name that is a word: the name is hers
        ("me reviso la doctora luz y me mando pastillas", ["luz"]),
        ("el agente mendoza me tomo la declaracion", ["mendoza"]),
        ("la niña rosa de la guarderia cuida a mi bebe", ["rosa"]),
        ("la seño irma nos enseña a leer", ["irma"]),
        ("Hassan el mediador me explico los papeles", ["Hassan"]),
        ("ramon el del almacen me regalo zapatos", ["ramon"]),
        # two people, then what they did together or where they work
        ("la yoli y marcos me llevaron a la clinica", ["yoli", "marcos"]),
        ("y brayner y nelson de cocina tambien", ["brayner", "nelson"]),
        # the person put first with her "a", and the pronoun for her
        ("a yulitza tambien la amenazaron", ["yulitza"]),
        # who came or ran away with her
        ("llegue con dariela desde el salvador", ["dariela"]),
        ("me escape con yuleidy una noche", ["yuleidy"]),
        # an English name that is a feeling, in a Spanish answer, then what she did
        ("joy me presto su telefono para llamar a mi mama", ["joy"]),
        # nicknames: after "al" with who he is, at the end of a list, after what he did
        ("todo se lo contaban al gordo, el que nos vigilaba", ["gordo"]),
        ("yo, jenny y la negra limpiabamos las mesas", ["jenny", "la negra"]),
        ("la droga la traia el flaco", ["el flaco"]),
        ("la que nos cobraba todo era la chata", ["la chata"]),
        # short forms people go by
        ("juancho nos compro comida", ["juancho"]),
    ],
)
def test_spanish_says_who_someone_is(text: str, names: list[str]) -> None:
    # Given a survivor naming someone the way Spanish does, When it is redacted
    # Then each name, and only it, is a [name]
    assert found(text, "name", "es") == names


@pytest.mark.parametrize(
    "text",
    [
        "la doctora dijo que estoy bien",
        "la niña llora mucho de noche",
        "vine con miedo y sin papeles",
        "a veces la extraño mucho",
        "la luz y el agua del albergue fallan",
        "el bus y el metro llegaron tarde",
        "que alegria me dio cuando me dieron el permiso",
        "que paz siento ahora",
        "aprendi a hablar el chino",
        "vamos al chino a comprar pan",
        "lo que mas me cuesta es el chino",
        "fue un negro dia para mi",
        "el agente de migracion me trato mal",
        "vivo en manzana 4 lote 12 colonia las flores, alla estoy bien",
        "my address es 1420 nw 36th st apt 4, mandenme la carta",
        "mi primo dice que en houston hay trabajo",
    ],
)
def test_spanish_things_feelings_and_towns_stay(text: str) -> None:
    # Given Spanish words that are names elsewhere, with no person meant, When redacted
    # Then no [name] appears
    assert found(text, "name", "es") == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # what the person did, right after her name
        ("o jefferson usou meu nome pra alugar a casa", ["jefferson"]),
        ("o kwame me ensinou portugues", ["kwame"]),
        # where she works, then what only a person does
        ("a flor da recepcao sempre guarda minhas cartas", ["flor"]),
        ("a esperanca de luanda me explicou tudo", ["esperanca"]),
        ("a luz da equipe me acalmou", ["luz"]),
        ("a rosa la do cras e um anjo", ["rosa"]),
        # the one who did it
        ("foi o ibrahima que me trouxe", ["ibrahima"]),
        # beside the one speaking
        ("sobrou comida pra mim e pra aparecida", ["aparecida"]),
        # thanks, shortened
        ("obg flor pela paciencia", ["flor"]),
        # what he was called
        ("bonito era o apelido do patrao", ["bonito"]),
        # a name given for a saint
        ("a maria do carmo me arrumou trabalho", ["maria do carmo"]),
    ],
)
def test_portuguese_says_who_someone_is(text: str, names: list[str]) -> None:
    # Given a survivor naming someone the way Portuguese does, When it is redacted
    # Then each name, and only it, is a [name]
    assert found(text, "name", "pt") == names


@pytest.mark.parametrize(
    "text",
    [
        "a luz do quarto apagou de novo",
        "o onibus chegou atrasado",
        "o wifi caiu de novo",
        "a paz do abrigo me acalma",
        "a esperanca de voltar me ajuda",
        "a aima nao atende nunca o telefone",
        "foi o patrao que fez isso",
        "ele era o aliciador que levou a gente",
        "o cafetao se chamava amor, imagina",
        "pra mim e pra ela foi dificil",
        "obrigada pela ajuda",
    ],
)
def test_portuguese_things_feelings_and_offices_stay(text: str) -> None:
    # Given Portuguese words that are names elsewhere, with no person meant, When redacted
    # Then no [name] appears, except where the words say who
    names = found(text, "name", "pt")
    assert names == (["amor"] if "se chamava amor" in text else [])


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("nos tenian en una casa frente a la escuela, colonia el pino, casa 14, con rejas",
         "frente a la escuela, colonia el pino, casa 14"),
        ("vivo al lado de la farmacia, apto 3", "al lado de la farmacia, apto 3"),
        ("my address es 2210 sw 8th st apt 12, porfa", "2210 sw 8th st apt 12"),
    ],
)
def test_a_landmark_before_the_house_is_an_address(text: str, address: str) -> None:
    # Given an address told by a landmark and a house, or a US street with its quarter
    # When redacted Then the whole of it is one [address]
    assert found(text, "address", "es") == [address]


@pytest.mark.parametrize(
    "text",
    [
        "vivo frente a la escuela y me gusta",
        "la casa frente a la iglesia era grande",
        "me sente al lado de la ventana",
    ],
)
def test_a_landmark_alone_stays(text: str) -> None:
    # Given a landmark said in passing, with no house, When redacted Then it stays
    assert found(text, "address", "es") == []
