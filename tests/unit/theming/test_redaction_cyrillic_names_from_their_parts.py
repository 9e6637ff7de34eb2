# ruff: noqa: RUF001, RUF002  (Cyrillic letters that look like Latin ones are the point)
"""Russian and Ukrainian answers name people by a patronymic or a surname made from a given
name, in any case ("тамара ашотовна", "Петровна", "следователь петров"), by a nickname after
"звали", by a name that is a word before a role ("слава водитель"), and in transliterated
sentences by a name in a case form ("rabotala na Timura"). Dates of birth written "р. 1993",
streets abroad after "на" and case signs with dots are taken out too. Months, money services,
regions, documents and everyday words stay."""

from __future__ import annotations

import pytest

from feedback_app.theming import redact


def found(text: str, language: str, kind: str) -> list[str]:
    return [text[s.start:s.end] for s in redact(text, language).spans if s.kind == kind]


@pytest.mark.parametrize(
    ("text", "language", "names"),
    [
        # a patronymic made from a listed given name, in lower case or alone
        ("за комнату платили хозяйке, ее звали нина ашотовна, она грубая", "ru",
         ["нина ашотовна"]),
        ("Сергеевна из центра помогла с документами", "ru", ["Сергеевна"]),
        ("нам допомогла Ігорівна з притулку", "uk", ["Ігорівна"]),
        # a surname made from a given name, after a role in lower case
        ("инспектор павлов сказал ждать ответа", "ru", ["павлов"]),
        # a nickname just after the verb that gives it
        ("бригадира все звали кабан, он бил нас", "ru", ["кабан"]),
        # a name that is a word too, before a role
        ("вера повариха давала нам хлеб тайком", "ru", ["вера"]),
        # a possessive made from a name, in lower case
        # (never "машин", a stem of three letters, which is cars)
        ("паспорт забрал лейлин брат, он приехал на двух машин", "ru", ["лейлин"]),
        # a diminutive addressed to her, and a short form of Алексей
        ("Оксаночко, подзвони мені, будь ласка", "uk", ["Оксаночко"]),
        ("Лехе я больше не верю, он нас продал", "ru", ["Лехе"]),
        # Марта in the dative and vocative, which "март" never is in Ukrainian
        ("я все розповіла Марті з фонду, дякую тобі Марто", "uk", ["Марті", "Марто"]),
        # transliterated: a listed name in a case form after "na", a word-name after thanks
        ("ya rabotala na Rustama, on ne platil nam", "ru", ["Rustama"]),
        ("spasibo lyubov, vy nam ochen pomogli", "ru", ["lyubov"]),
    ],
)
def test_names_made_from_names_and_nicknames_are_taken_out(
        text: str, language: str, names: list[str]) -> None:
    assert found(text, language, "name") == names


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("на 8 Марта нам ничего не подарили", "ru"),
        ("деньги слала через Золотую Корону, а он брал себе процент", "ru"),
        ("Віри в людей вже нема після всього", "uk"),
        ("нас звали домой, но денег не было", "ru"),
        ("жаловались много раз, а толку никакого", "ru"),
        ("мій Aufenthaltstitel забрав шеф", "uk"),
        ("Головна проблема це житло", "uk"),
        ("в Госуслугах можно записаться онлайн", "ru"),
    ],
)
def test_months_services_documents_and_everyday_words_stay(text: str, language: str) -> None:
    assert found(text, language, "name") == []


def test_a_region_named_after_its_town_is_a_place_not_a_name() -> None:
    text = "ми з Полтавщини, приїхали разом"
    assert found(text, "uk", "name") == []
    assert found(text, "uk", "place") == ["Полтавщини"]


def test_a_birth_year_after_r_is_a_date_of_birth_but_a_year_after_a_year_stays() -> None:
    assert found("пишу за сестру, Каримова Дилноза, р. 1996, она в Дубае", "ru", "date") == [
        "1996"]
    assert found("у 2019 р. нас перевезли до Польщі", "uk", "date") == []


def test_a_street_abroad_after_na_is_an_address() -> None:
    assert found("у Брно ми жили на Cejlova 12, там було холодно", "uk", "address") == [
        "Cejlova 12"]


def test_a_case_sign_with_letters_and_dots_is_one_number() -> None:
    text = "номер мого дела KRA-IV.2210.118.2024, а ответа нет"
    assert found(text, "ru", "number") == ["KRA-IV.2210.118.2024"]
    assert found(text, "ru", "phone") == []
