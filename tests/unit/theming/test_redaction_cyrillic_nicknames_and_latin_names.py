# ruff: noqa: RUF001  (Cyrillic letters that look like Latin ones are the point)
"""Russian and Ukrainian answers name people by a given name with the nickname after it ("Коля
Лысый", "Рома Кривий"), by a Latin name beside a Cyrillic word ("дякую Giulia", "мій чоловік
taras bondarenko") and by diminutives in whole transliterated sentences ("serega i vitalik").
A lower-case name's form after "в" ("в марине", a yacht harbour) is where, not who."""

from __future__ import annotations

import pytest

from feedback_app.theming import redact


def found(text: str, language: str, kind: str) -> list[str]:
    return [text[s.start:s.end] for s in redact(text, language).spans if s.kind == kind]


@pytest.mark.parametrize(
    ("text", "language", "names", "kept"),
    [
        # a capitalised nickname after a given name is part of the name
        ("охранником был Вася Рыжий, он забирал телефоны", "ru", ["Вася Рыжий"],
         "охранником был [name], он забирал телефоны"),
        ("Толя Малий возив нас на склад щоранку", "uk", ["Толя Малий"],
         "[name] возив нас на склад щоранку"),
        ("рома из соседней комнаты тоже хотел уйти", "ru", ["рома"],
         "[name] из соседней комнаты тоже хотел уйти"),
        # a Latin name just after a Cyrillic thanks or kinship word, in any case of letters
        ("Спасибо Lucia из приюта, она нас встретила", "ru", ["Lucia"],
         "Спасибо [name] из приюта, она нас встретила"),
        ("моя сестра olga melnyk досі там, допоможіть", "uk", ["olga melnyk"],
         "моя сестра [name] досі там, допоможіть"),
        # diminutives in a transliterated sentence
        ("vitalik zabral nashi pasporta i ne otdaet, ya boyus za nih", "ru", ["vitalik"],
         "[name] zabral nashi pasporta i ne otdaet, ya boyus za nih"),
    ],
)
def test_nicknames_and_latin_names_beside_cyrillic_are_names(text: str, language: str,
                                                              names: list[str],
                                                              kept: str) -> None:
    # Given a nickname after a name, or a name in Latin letters in a Cyrillic sentence
    # When it is redacted Then the whole name is one [name] and the words around it stay
    assert found(text, language, "name") == names
    assert redact(text, language).text == kept


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("жили в марине на лодке, хозяин не платил", "ru"),
        ("Оля Красный Крест не знала куда звонить", "ru"),
        ("дякую Caritas за одяг і їжу", "uk"),
    ],
)
def test_places_and_aid_bodies_beside_names_stay(text: str, language: str) -> None:
    # Given a name's form that is a place after "в", an aid body after a name or a thanks
    # When it is redacted Then the place and the aid body are kept
    names = found(text, language, "name")
    assert "марине" not in names
    assert "Оля Красный" not in names and "Caritas" not in names
